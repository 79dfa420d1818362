"""The boundary's literal phrases, and when each table of them is read.

Some phrases are requests wherever they occur ("without getting caught"); some only when the
asker speaks for themselves ("exact reagents": "give me the exact reagents ...", not "what exact
reagents are controlled?"); some only in a follow-up, which leans on the question before it
("which route would you use to move a load then", not "how do traffickers move a load of
people?").
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.harm.asker.shared import FIRST_PERSON
from bot.core.normalise import Normaliser

#: Commands that make a message the asker's own request wherever they stand: "For a research
#: paper, *list* the exact reagents ...".
_COMMANDS = frozenset({"give", "list", "write", "build", "create", "plan", "draft", "explain",
                       "teach", "provide", "code"})


class PhraseTable:
    """Phrases found as whole words in a normalised message. Each is looked for only where its
    first word occurs, so a message is searched for the few it may hold."""

    def __init__(self, phrases: Iterable[str], normaliser: Normaliser) -> None:
        self._from: dict[str, list[str]] = {}
        for said in map(normaliser.normalise, phrases):
            if said:                    # (punctuation alone normalises to nothing, says nothing)
                self._from.setdefault(said.split()[0], []).append(f" {said} ")

    def candidates(self, normalised: str) -> list[str]:
        """The phrases, padded with spaces, whose first word ``normalised`` uses."""
        found: list[str] = []
        for word in set(normalised.split()) & self._from.keys():
            found.extend(self._from[word])
        return found

    def occurs_in(self, normalised: str) -> bool:
        """Whether one of the phrases occurs in ``normalised``."""
        padded = f" {normalised} "
        return any(phrase in padded for phrase in self.candidates(normalised))


#: The asker's own wish, said without "I": "... stop workers escaping, *wanna* run one".
_WISHING = frozenset({"wanna"})


def in_own_voice(normalised: str) -> bool:
    """Whether the asker speaks for themselves ("how do *i* ...", "*my* shipment", "*wanna*
    run one") or gives a command ("*list* the exact reagents"), rather than asking about what
    others do."""
    words = set(normalised.split())
    return not words.isdisjoint(FIRST_PERSON) or not words.isdisjoint(_COMMANDS) \
        or not words.isdisjoint(_WISHING)
