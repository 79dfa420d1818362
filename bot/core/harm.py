"""The harm boundary: recognise requests for operational help with a crime.

A question is refused when

* it contains one of the boundary's unmistakable phrases ("fake passport", "undetected"); or
* it starts with an operation in the imperative ("hack into ...", "launder this"); or
* a lead-in that asks for instructions ("how do i", "where can i", "best way to", "write me")
  is followed within ``WINDOW`` words by an operation ("launder", "smuggle", "hack"), or by a
  dealing ("buy", "make", "ship") with contraband ("drugs", "guns", "migrants") within
  ``OBJECT_WINDOW`` words after it -- unless a safe verb comes first ("how to *stop*
  smuggling", "how can i *report* a scam"). So "how do i make meth" is refused and "how do i
  make pad thai" is not.

Words are compared as stems, and an operation also matches a close misspelling ("laundr"), so
typos do not slip through.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from bot.core.normalise import Normaliser, stem
from bot.knowledge.intents import HarmBoundary

#: How many words after a lead-in are searched for an operation.
WINDOW = 8
#: How many words after a dealing verb are searched for contraband.
OBJECT_WINDOW = 6
#: Words skipped between a lead-in and the verb that follows it ("how do i quickly launder").
FILLER = frozenset({
    "a", "an", "the", "i", "we", "you", "me", "my", "our", "your", "to", "be", "able", "some",
    "someone", "somebody", "anyone", "people", "person", "one", "actually", "best", "easily",
    "safely", "secretly", "successfully", "quietly", "cheaply", "fast", "quickly", "legally",
    "illegally", "still", "ever", "exactly", "possibly", "realistically", "theoretically",
    "hypothetically", "go", "about", "really", "just", "even", "then", "also",
})
#: Minimum ``fuzz.ratio`` for a misspelt operation word (of 5+ letters) to count.
TYPO_CUTOFF = 85.0


class HarmGuard:
    """Decides whether a question asks for operational help with a crime."""

    def __init__(self, boundary: HarmBoundary, normaliser: Normaliser) -> None:
        self.refusal = boundary.refusal
        self._normaliser = normaliser
        self._leads_by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in boundary.lead_ins:
            lead = tuple(normaliser.normalise(phrase).split())
            if lead:
                self._leads_by_first.setdefault(lead[0], []).append(lead)
        self._operation_of: dict[str, bool] = {}
        self._operations = self._stems(boundary.operations)
        self._phrases = [f" {normaliser.normalise(p)} " for p in boundary.phrases if p.strip()]
        self._imperatives = frozenset(normaliser.normalise(o) for o in boundary.operations)
        self._safe = frozenset(stem(w) for v in boundary.safe_verbs
                               for w in normaliser.normalise(v).split())
        self._dealings = self._stems(boundary.dealings)
        self._contraband = self._stems(boundary.contraband)

    def _stems(self, words: tuple[str, ...]) -> frozenset[str]:
        return frozenset(stem(w) for phrase in words for w in self._normaliser.normalise(phrase).split())

    def _is_operation(self, word: str) -> bool:
        known = self._operation_of.get(word)
        if known is not None:
            return known
        stemmed = stem(word)
        found = stemmed in self._operations or (len(stemmed) >= 5 and any(
            fuzz.ratio(stemmed, op, processor=None) >= TYPO_CUTOFF
            for op in self._operations if abs(len(op) - len(stemmed)) <= 2))
        if len(self._operation_of) < 100_000:
            self._operation_of[word] = found
        return found

    def is_harmful(self, question: str) -> bool:
        """True when ``question`` asks how to commit, hide or profit from a crime."""
        normalised = self._normaliser.normalise(question)
        padded = f" {normalised} "
        if any(phrase in padded for phrase in self._phrases):
            return True
        words = normalised.split()
        if words and words[0] in self._imperatives:
            return True
        for start, word in enumerate(words):
            for lead in self._leads_by_first.get(word, ()):
                end = start + len(lead)
                if tuple(words[start:end]) == lead and self._asks_for_operation(words[end:]):
                    return True
        return False

    def _asks_for_operation(self, following: list[str]) -> bool:
        for index, word in enumerate(following[:WINDOW]):
            if word in FILLER:
                continue
            stemmed = stem(word)
            if stemmed in self._safe:
                return False
            if self._is_operation(word):
                return True
            if stemmed in self._dealings and any(
                    stem(w) in self._contraband for w in following[index + 1:index + 1 + OBJECT_WINDOW]):
                return True
        return False
