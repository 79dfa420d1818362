"""Quotes that stand alone: the source's words, and editor's notes in square brackets.

A quoted sentence that leans on the one before it ("these unscrupulous groups", "such criminal
entities") is unclear on its own. The curator may then add what it refers to in square brackets
right after the words that lean: ``these unscrupulous groups [online criminal networks]``. The
note is the only text that is not the source's, so a check strips the notes and requires the rest
word for word in the cited paragraph, and the renderer shows notes as notes (in italics).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: An editor's note: text in square brackets, not nested.
_NOTE = re.compile(r"\[([^\[\]]*)\]")
#: Words that point back to something said before: "these plans", "such criminal entities",
#: "this endeavour" ("such as" introduces examples and leans on nothing).
_LEANING = re.compile(r"\b(?:these|those|this|such(?!\s+as\b))\s+[a-z]", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u2018\u201c\"'])")


@dataclass(frozen=True)
class Span:
    """A run of a quote: the source's words, or an editor's note (with its brackets)."""

    text: str
    is_note: bool = False


def spans(text: str) -> tuple[Span, ...]:
    """``text`` split into the source's words and editor's notes, in order."""
    parts: list[Span] = []
    position = 0
    for match in _NOTE.finditer(text):
        if match.start() > position:
            parts.append(Span(text[position:match.start()]))
        parts.append(Span(match.group(0), is_note=True))
        position = match.end()
    if position < len(text):
        parts.append(Span(text[position:]))
    return tuple(parts)


def has_notes(text: str) -> bool:
    """Whether ``text`` carries an editor's note."""
    return _NOTE.search(text) is not None


def without_notes(text: str) -> str:
    """The source's words only: notes taken out, spaces collapsed."""
    return squash(_NOTE.sub(" ", text)).replace(" ,", ",").replace(" .", ".")


def squash(text: str) -> str:
    """Whitespace collapsed, as quotes are compared."""
    return " ".join(text.split())


def quote_problem(text: str, source: str) -> str | None:
    """What is wrong with ``text`` as a quote of ``source``, or None when it is faithful.

    Faithful means: word for word in the source once the editor's notes are taken out, every
    bracket closed, and no note empty. The message names the words that are not the source's.
    """
    if squash(text) in squash(source):
        return None
    if text.count("[") != text.count("]") or _NOTE.sub("", text).count("[") or _NOTE.sub(
            "", text).count("]"):
        return "has an unclosed or nested '[' ']' (an editor's note is one pair of brackets)"
    if any(not note.strip() for note in _NOTE.findall(text)):
        return "has an empty editor's note '[]'"
    bare = without_notes(text)
    if bare in squash(source):
        return None
    source_words = set(re.findall(r"[\w\u2019']+", source.casefold()))
    invented = [w for w in re.findall(r"[\w\u2019']+", bare) if w.casefold() not in source_words]
    if invented:
        return ("has words that are not the source's outside square brackets: "
                + ", ".join(repr(w) for w in dict.fromkeys(invented)))
    return "is not word for word in the source outside its square brackets"


def sentences(text: str) -> list[str]:
    """``text`` split into sentences (at ". " before a capital)."""
    return [s for s in _SENTENCE_END.split(squash(text)) if s]


def leaning_sentences(text: str) -> list[str]:
    """The sentences of ``text`` with words that point back ("these plans") and no note."""
    return [s for s in sentences(text)
            if not has_notes(s) and _LEANING.search(s) is not None]
