"""Keep a question about one event away from the other's facts.

Each document lists the words that name its event (``names`` in ``corpus/``: "ammtc",
"ministers"; "gscc", "conference", "china"). A question that names the events of some documents
and not the others is matched only against intents citing those documents (small talk always
stays): "when was the 11th meeting held" must never get the conference's dates.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.matcher import MatchResult
from bot.core.normalise import Normaliser, content_tokens_of
from bot.knowledge.intents import KnowledgeBase


class EventGuard:
    """Which documents a question names, and the candidates that may answer it."""

    def __init__(self, kb: KnowledgeBase, normaliser: Normaliser) -> None:
        self._normaliser = normaliser
        self._names: dict[str, list[tuple[str, ...]]] = {}
        for document in kb.corpus.documents.values():
            phrases = [tuple(content_tokens_of(normaliser.normalise(n))) for n in document.names]
            self._names[document.id] = [p for p in phrases if p]
        self._documents = {intent.id: frozenset(s.document for s in intent.sources)
                           for intent in kb.intents.values()}
        self._allowed: dict[frozenset[str], frozenset[str]] = {}
        for document in kb.corpus.documents.values():
            for gap in document.not_stated:
                self._documents[f"not-stated:{gap.id}"] = frozenset({document.id})

    def named(self, text: str, normalised: str | None = None) -> frozenset[str]:
        """The documents whose event ``text`` (already ``normalised``, if given) names."""
        tokens = content_tokens_of(normalised if normalised is not None
                                   else self._normaliser.normalise(text))
        joined = f" {' '.join(tokens)} "
        return frozenset(doc for doc, phrases in self._names.items()
                         if any(f" {' '.join(p)} " in joined for p in phrases))

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

    def keep(self, result: MatchResult, question: str, context: str = "") -> MatchResult:
        """``result`` without candidates from documents other than those the question names
        (or, when it names none, those its context names)."""
        named = self.named(question) or (self.named(context) if context else frozenset())
        if not named or len(named) == len(self._names):
            return result
        kept = tuple(c for c in result.candidates
                     if not self._documents.get(c.intent_id) or self._documents[c.intent_id] & named)
        return result if len(kept) == len(result.candidates) else replace(result, candidates=kept)
