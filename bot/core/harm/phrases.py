"""The boundary's phrases, found where they start in a question.

Each table of the boundary (lead-ins, operations, contraband, ...) is a trie of its phrases. Nouns
are compared stem by stem; verbs in their regular forms (``inflections``), not by stem, so the noun
"fighters" is not the safe verb "fight".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.core.normalise import stem

#: A node of a ``Phrases`` trie: the next word (or stem) to the node after it; ``_END`` marks
#: the end of a phrase.
_Node = dict[str, "_Node"]
_END = ""


class Phrases:
    """Phrases, found where they start in a question. Nouns are compared stem by stem ("drugs"
    meets "drug"), except a noun whose stem is also a verb's ("fighters" and "fight"), which is
    compared word by word, singular or plural. Verbs (``forms``) are compared word by word in
    the forms given, so "fighters" is not the safe verb "fight" nor "dealer" the dealing "deal".
    The phrases are kept in a trie, so finding the longest one at a word walks only its words."""

    def __init__(self, phrases: Iterable[tuple[str, ...]], verbs: frozenset[str] = frozenset(),
                 forms: bool = False, bit: int = 0) -> None:
        self.forms = forms
        self.bit = bit
        self.exact: set[str] = set()
        self._trie: _Node = {}
        for phrase in phrases:
            if not phrase:
                continue
            keys = list(phrase) if forms else [stem(w) for w in phrase]
            if len(phrase) == 1 and not forms and keys[0] in verbs:
                word = phrase[0]
                self.exact.update((word, word + "s", word.removesuffix("s")))
                continue
            node = self._trie
            for key in keys:
                node = node.setdefault(key, {})
            node[_END] = {}
        self.firsts = frozenset(set(self._trie) | self.exact)

    def starts(self, word: str, stemmed: str) -> bool:
        """Whether some phrase may start with this word."""
        return (word if self.forms else stemmed) in self.firsts or word in self.exact

    def at(self, words: Sequence[str], stems: Sequence[str], index: int) -> int:
        """The length of the longest phrase starting at ``words[index]``; 0 if none does."""
        keys = words if self.forms else stems
        longest = 1 if words[index] in self.exact else 0
        node = self._trie.get(keys[index])
        position = index + 1
        while node is not None:
            if _END in node:
                longest = position - index
            if position == len(keys):
                break
            node = node.get(keys[position])
            position += 1
        return longest

    def within(self, words: Sequence[str], stems: Sequence[str], start: int, end: int) -> bool:
        """Whether a phrase starts anywhere in ``words[start:end]``."""
        return any(self.at(words, stems, i)
                   for i in range(max(start, 0), min(end, len(stems))))


def inflections(word: str) -> set[str]:
    """A verb's regular forms ("move": moves, moved, moving; "rob": robbed, robbing), which the
    crude stemmer does not always bring back to the verb."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y") and len(word) > 2:
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if (len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou"
            and word[-3] not in "aeiou"):
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms
