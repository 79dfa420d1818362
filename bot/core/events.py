"""Keep a question about one event away from the other's facts.

Each document lists the words that name its event (``names`` in ``corpus/``: "ammtc",
"ministers"; "gscc", "conference", "china"). A question that names the events of some documents
and not the others is matched only against intents citing those documents (small talk always
stays): "when was the 11th meeting held" must never get the conference's dates.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.core.normalise import Normaliser, content_tokens_of
from bot.knowledge.corpus import NotStated
from bot.knowledge.intents import KnowledgeBase


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

    def named(self, text: str, normalised: str | None = None) -> frozenset[str]:
        """The documents whose event ``text`` (already ``normalised``, if given) names."""
        tokens = content_tokens_of(normalised if normalised is not None
                                   else self._normaliser.normalise(text))
        joined = f" {' '.join(tokens)} "
        return frozenset(doc for doc, phrases in self._names.items()
                         if any(phrase in joined for phrase in phrases))

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
