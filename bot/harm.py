"""The harm boundary: recognise requests for operational help with a crime.

A question is refused when a lead-in that asks for instructions ("how do i", "where can i",
"best way to") is followed within ``WINDOW`` words by an operation ("launder", "smuggle", "buy"),
or when it contains one of the boundary's unmistakable phrases. Words are compared as stems, and
an operation also matches a close misspelling ("laundr"), so typos do not slip through.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from bot.knowledge import HarmBoundary
from bot.normalise import Normaliser, stem

#: How many words after a lead-in an operation may appear.
WINDOW = 5
#: Minimum ``fuzz.ratio`` for a misspelt operation word (of 5+ letters) to count.
TYPO_CUTOFF = 85.0


class HarmGuard:
    """Decides whether a question asks for operational help with a crime."""

    def __init__(self, boundary: HarmBoundary, normaliser: Normaliser) -> None:
        self.refusal = boundary.refusal
        self._normaliser = normaliser
        self._lead_ins = [tuple(normaliser.normalise(p).split()) for p in boundary.lead_ins]
        self._lead_ins = [lead for lead in self._lead_ins if lead]
        self._operations = frozenset(stem(w) for o in boundary.operations
                                     for w in normaliser.normalise(o).split())
        self._phrases = [f" {normaliser.normalise(p)} " for p in boundary.phrases if p.strip()]

    def _is_operation(self, word: str) -> bool:
        stemmed = stem(word)
        if stemmed in self._operations:
            return True
        if len(stemmed) < 5:
            return False
        return any(fuzz.ratio(stemmed, op, processor=None) >= TYPO_CUTOFF
                   for op in self._operations if abs(len(op) - len(stemmed)) <= 2)

    def is_harmful(self, question: str) -> bool:
        """True when ``question`` asks how to commit, hide or profit from a crime."""
        normalised = self._normaliser.normalise(question)
        padded = f" {normalised} "
        if any(phrase in padded for phrase in self._phrases):
            return True
        words = normalised.split()
        for start in range(len(words)):
            for lead in self._lead_ins:
                end = start + len(lead)
                if tuple(words[start:end]) != lead:
                    continue
                if any(self._is_operation(w) for w in words[end:end + WINDOW]):
                    return True
        return False
