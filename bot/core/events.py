"""Keep a question about one event away from the other's facts.

Each document lists the words that name its event (``names`` in ``corpus/``: "ammtc",
"ministers"; "gscc", "conference", "china"). A question that names the events of some documents
and not the others is matched only against intents citing those documents (small talk always
stays): "when was the 11th meeting held" must never get the conference's dates.

An ordinal among a document's names is its edition ("11th", "2nd"): a question about another
edition of the same event ("the 17th AMMTC", "the first GSCC", "a third conference") is about
something the document does not report.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.core.normalise import Normaliser, content_tokens_of
from bot.knowledge.corpus import NotStated
from bot.knowledge.intents import KnowledgeBase

#: An edition of a series of meetings: "17th", "first", "previous" (not "next": "the article says it
#: is held every two years" answers when the next one is).
_ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|previous|inaugural)$")
#: Words for a meeting, which name an edition of whichever event the question names (not the
#: people at it: "the first minister to speak", nor a part of it: "the first session").
_MEETINGS = frozenset({"meeting", "meetings", "summit", "conference", "ammtc", "gscc", "somtc"})
#: Words that may stand between an ordinal and the event: "the 10th *asean* ministerial meeting".
_BETWEEN = frozenset({"asean", "annual", "ministerial", "global", "security", "regional"})
#: Words that stand for the event after an ordinal in a follow-up: "and the first *one*?".
_ONES = frozenset({"one", "edition", "time"})
#: "was *this* the very first gscc?" asks about the document's own edition.
_THIS = frozenset({"this", "it", "that"})
#: A question for which edition of an event it is: "which edition does the article cover?".
_ASKS_EDITION = re.compile(r"\b(?:which|what)\s+(?:edition|iteration)\b")
#: All the words of a question asking only which edition the event was (not "what edition of
#: the *index* is it?").
_OF_AN_EDITION = frozenset({"which", "what", "edition", "iteration", "cover", "covers",
                            "covered", "report", "reports", "reported", "describe", "describes"})


class EventGuard:
    """Which documents a question names, and the candidates that may answer it."""

    def __init__(self, kb: KnowledgeBase, normaliser: Normaliser,
                 gaps: Mapping[str, NotStated]) -> None:
        """``gaps`` are the not-stated entries by their matcher id; each belongs to its document."""
        self._normaliser = normaliser
        # Each name as its content words between spaces, ready to find in a question's.
        self._names: dict[str, list[str]] = {}
        for document in kb.corpus.documents.values():
            phrases = (content_tokens_of(normaliser.normalise(n)) for n in document.names)
            self._names[document.id] = [f" {' '.join(p)} " for p in phrases if p]
        self._documents = {intent.id: frozenset(s.document for s in intent.sources)
                           for intent in kb.intents.values()}
        self._documents.update({key: frozenset({gap.document}) for key, gap in gaps.items()})
        self._allowed: dict[frozenset[str], frozenset[str]] = {}
        # Each document's editions (the ordinals among its names) and the single words that
        # name its event.
        self._editions: dict[str, frozenset[str]] = {}
        self._event_words: dict[str, frozenset[str]] = {}
        for document in kb.corpus.documents.values():
            words = [normaliser.normalise(n) for n in document.names]
            self._editions[document.id] = frozenset(w for w in words if _ORDINAL.match(w))
            self._event_words[document.id] = frozenset(
                w for w in words if " " not in w and w and not _ORDINAL.match(w))

    def named(self, text: str, normalised: str | None = None) -> frozenset[str]:
        """The documents whose event ``text`` (already ``normalised``, if given) names."""
        tokens = content_tokens_of(normalised if normalised is not None
                                   else self._normaliser.normalise(text))
        joined = f" {' '.join(tokens)} "
        return frozenset(doc for doc, phrases in self._names.items()
                         if any(phrase in joined for phrase in phrases))

    def other_edition(self, normalised: str) -> tuple[str, str] | None:
        """(the edition asked about, the document) when the (normalised) question asks about
        another edition of a documented event ("17th ammtc outcomes", "the first gscc"), else
        None."""
        words = normalised.split()
        if words[:1] in (["was"], ["is"], ["were"], ["are"]) and words[1:2] != ["there"]:
            return None                  # "was the 2023 conference the first gscc?": it was not
        for index, word in enumerate(words):
            if not _ORDINAL.match(word) or not _THIS.isdisjoint(words[max(index - 3, 0):index]):
                continue
            after = index + 1
            while after < len(words) and words[after] in _BETWEEN:
                after += 1
            if after >= len(words):
                continue
            following = words[after]
            if following not in _MEETINGS and following not in ("edition", "one"):
                continue                 # ("a 3rd edition" of the conference the question names)
            documents = [doc for doc, names in self._event_words.items() if following in names]
            if not documents:
                documents = sorted(self.named("", normalised))
            if len(documents) == 1 and self._editions[documents[0]] \
                    and word not in self._editions[documents[0]]:
                return word, documents[0]
        return None

    def asks_which_edition(self, question: str, normalised: str) -> bool:
        """Whether the (``normalised``) question asks only which edition the event is and names
        no event: "which edition does the article cover?" (as a follow-up, of the event the
        answer before it reports)."""
        return bool(_ASKS_EDITION.search(normalised)) and not self.named(question, normalised) \
            and set(self._normaliser.content_tokens(question)) <= _OF_AN_EDITION

    def edition_asked_after(self, normalised: str, intent: str) -> tuple[str, str] | None:
        """(the edition, the document) when a follow-up asks about another edition of the event
        the answer it follows (``intent``) reports: "and the first one?" after the 2nd
        conference's dates. None otherwise."""
        documents = self.documents_of(intent)
        if len(documents) != 1:
            return None
        document = next(iter(documents))
        words = normalised.split()
        for index, word in enumerate(words[:-1]):
            if _ORDINAL.match(word) and words[index + 1] in _ONES \
                    and self._editions[document] and word not in self._editions[document]:
                return word, document
        return None

    def editions_of(self, document: str) -> frozenset[str]:
        """The edition a document reports ("11th"), as normalised; none for a one-off."""
        return self._editions.get(document, frozenset())

    def documents_of(self, intent: str) -> frozenset[str]:
        """The documents an intent (or a not-stated entry) answers from; none for small talk."""
        return self._documents.get(intent, frozenset())

    def apart(self, first: str, second: str) -> bool:
        """Whether two intents answer from different events' documents (small talk is of none)."""
        one, other = self._documents.get(first, frozenset()), self._documents.get(second, frozenset())
        return bool(one and other and not one & other)

    def allowed(self, question: str, context: str = "", normalised: str | None = None,
                previous: str | None = None) -> frozenset[str] | None:
        """The intents that may answer: those of the documents the question names (or, when it
        names none, its context, or else the document of the ``previous`` answer), small talk
        included; None when any may."""
        named = self.named(question, normalised) or (
            self.named(context) if context and context != question else frozenset())
        if not named and previous is not None:
            named = self._documents.get(previous, frozenset())
        if not named or len(named) == len(self._names):
            return None
        cached = self._allowed.get(named)
        if cached is None:
            cached = self._allowed[named] = frozenset(
                i for i, docs in self._documents.items() if not docs or docs & named)
        return cached
