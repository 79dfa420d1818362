"""From cleaned blocks to the corpus's paragraphs: stable ids (p1, p2 ...) and kinds."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.ingest.debris import Cleaned, Removal, ends_sentence, words


@dataclass(frozen=True)
class Para:
    """A paragraph as the corpus file stores it."""

    id: str
    kind: str
    text: str


def kind_of(text: str, hint: str) -> str:
    """heading, item, question or text: from the markup's hint, else from the text's shape."""
    if hint == "heading":
        return "question" if text.rstrip().endswith("?") else "heading"
    if hint == "item":
        return "item"
    if text.rstrip().endswith("?") and len(words(text)) <= 30:
        return "question"
    if len(words(text)) <= 20 and not ends_sentence(text) and not text[:1].islower():
        return "heading"
    return "text"


def number(cleaned: Cleaned) -> tuple[list[Para], list[Removal]]:
    """Paragraphs with ids in source order, and the removals with each duplicate's kept twin."""
    ids: dict[int, str] = {}
    paragraphs: list[Para] = []
    for n, (index, block) in enumerate(cleaned.kept, start=1):
        ids[index] = f"p{n}"
        paragraphs.append(Para(f"p{n}", kind_of(block.text, block.hint), block.text))
    removals = [replace(r, first=ids.get(cleaned.twins[k], "")) if k in cleaned.twins else r
                for k, r in enumerate(cleaned.removals)]
    return paragraphs, removals
