"""The question as both readings see it: its words (read as ``lexicon`` says), their stems, the bits
of the tables a phrase may start at each word, and the lookups both readings share (a phrase of a
table at a word, contraband, an operation, an object, goods dealt with illicitly).

It is a module of its own so that the second reading (``asker``) can take a question without
importing the first.
"""

from __future__ import annotations

from bot.core.harm.lexicon import Lexicon
from bot.core.harm.phrases import Phrases
from bot.core.normalise import stem

#: What reading a request, a command or a writing task decides: refused, fair, or neither yet.
HARM, FAIR, OPEN = 1, -1, 0

#: Words that end a request's clause: "how do i report a scam if *i was scammed*".
CLAUSE_BREAKS = frozenset({"if", "because", "since", "although", "whether", "while", "whereas",
                           "without", "so", "instead"})
#: Negations that, with a detection word soon after, make a purpose evasive.
NEGATIONS = frozenset({
    "dont", "doesnt", "wont", "cant", "cannot", "never", "not", "no", "nobody", "noone", "nothing",
    "didnt", "isnt", "arent", "wouldnt", "couldnt", "neither", "nor", "none",
})
#: Words that weigh the asker's risk, which only matters to someone doing wrong ("the least
#: *risky* way to carry pills through the airport").
RISK = frozenset({"risky", "riskiest", "risk", "risks", "riskless"})
#: Adverbs of secrecy: filler to the reading, but they make goods illicit ("transfer my
#: earnings abroad *discreetly*").
SECRECY = frozenset({"discreetly", "secretly", "quietly", "covertly", "anonymously",
                     "untraceably", "unnoticed", "undetected"})
#: Words that make an authority after them an impostor: "avoid *fake* agents".
IMPOSTORS = frozenset({"fake", "bogus", "false", "sham", "phony", "phoney", "pretend"})
#: Words that take something across a control.
CROSSINGS = frozenset({"through", "across", "past", "into", "over", "via"})


#: What "details" after them are: data ("bank details"), not a request for detail.
DATA = frozenset({"bank", "card", "account", "contact", "login", "personal", "payment", "credit",
                  "banking", "passport", "billing"})


class Question:
    """One question, read word by word against the guard's tables."""

    def __init__(self, guard: Lexicon, words: list[str], known: list[tuple[str, int, bool]],
                 said: list[str]) -> None:
        self.g = guard
        self.words = words
        self.stems = [facts[0] for facts in known]
        self.masks = [facts[1] for facts in known]
        self._said = said
        self._detailed: bool | None = None
        #: Whether the question has an evasive purpose (``purpose.evasive``), once the first
        #: reading has looked.
        self.evasive_purpose = False
        self._qualified: bool | None = None

    def at(self, table: Phrases, index: int) -> int:
        """The length of the phrase of ``table`` starting at word ``index`` (0: none)."""
        if not self.masks[index] & table.bit or self._posing(table, index):
            return 0
        return table.at(self.words, self.stems, index)

    def within(self, table: Phrases, start: int, end: int) -> bool:
        """Whether a phrase of ``table`` starts at a word in ``start:end``."""
        bit, masks = table.bit, self.masks
        return any(masks[i] & bit and not self._posing(table, i)
                   and table.at(self.words, self.stems, i)
                   for i in range(max(start, 0), min(end, len(masks))))

    def _posing(self, table: Phrases, index: int) -> bool:
        """Whether the authority at word ``index`` is an impostor ("*fake* agents"), or the
        qualifier there is "someone" who owns nothing ("someone's account" is another's, but
        "where can someone get help" asks for no one's)."""
        if table is self.g.qualifiers:
            return self.words[index] == "someone" \
                and self.words[index + 1:index + 2] not in (["elses"], ["else"])
        return table is self.g.authorities and index > 0 and self.words[index - 1] in IMPOSTORS

    @property
    def qualified(self) -> bool:
        """Whether goods in this question are dealt with illicitly: it has a qualifier ("dirty",
        "fake") or an evasive purpose."""
        if self._qualified is None:
            self._qualified = self.evasive_purpose or self.weighs_risk() \
                or not SECRECY.isdisjoint(self.words) \
                or self.within(self.g.qualifiers, 0, len(self.words)) \
                or any(self.at(self.g.goods, i) and (self.masks[i - 1] & self.g.operation_bit
                                                     or self.is_contraband(i - 1))
                       for i in range(1, len(self.words)))  # "scam money", "drug cash"
        return self._qualified

    def weighs_risk(self) -> bool:
        """Whether the question weighs the asker's risk in taking something across a control
        ("the least risky way to carry pills *through* the airport"; not "to invest my savings")."""
        words = self.words
        return not RISK.isdisjoint(words) and not CROSSINGS.isdisjoint(words)

    @property
    def detailed(self) -> bool:
        """Whether the question asks for details ("step by step", "exactly"; not "bank
        details", which are data)."""
        if self._detailed is None:
            said = [word for at, word in enumerate(self._said)
                    if not (word in ("details", "detail") and at and self._said[at - 1] in DATA)]
            self._detailed = self.g.details.within(said, [stem(w) for w in said], 0, len(said))
        return self._detailed

    def how_to_moved_last(self) -> Question | None:
        """The question read again with its first inner "how to" moved to the end (None when it
        has none): "ransomware how to deploy" as the bare keywords "ransomware deploy how to"."""
        said = self._said
        inner = next((i for i in range(1, len(said) - 2) if said[i:i + 2] == ["how", "to"]),
                     None)
        if inner is None:
            return None
        kept = [*said[:inner], *said[inner + 2:], "how", "to"]
        words, known = self.g._read(kept)
        return Question(self.g, words, known, kept)

    def by_criminals(self, start: int) -> bool:
        """Whether "by" at word ``start`` names criminals: "avoid being found *by the
        traffickers*" is a victim's fear, not an evasion."""
        words = self.words
        return words[start:start + 1] == ["by"] and any(
            w in self.g.one_actor for w in words[start + 1:start + 4])

    def is_contraband(self, index: int) -> bool:
        """Contraband starts at word ``index`` (a misspelt single word counts too)."""
        return bool(self.at(self.g.contraband, index)
                    or self.masks[index] & self.g.contraband_typo_bit)

    def operation(self, index: int) -> int:
        """The length of the operation starting at word ``index`` (0: none)."""
        return self.at(self.g.operation_phrases, index) or int(
            bool(self.masks[index] & self.g.operation_bit))

    def is_object(self, index: int) -> bool:
        return self.is_contraband(index) or bool(self.at(self.g.goods, index))

    def modified(self, index: int) -> bool:
        """Contraband naming a subject: "drug *policy*", "drug *trafficking* routes"."""
        following = index + 1
        if following >= len(self.words):
            return False
        word = self.words[following]
        return bool(self.at(self.g.subjects, following)) or (
            word.endswith(("ing", "er", "ers")) and bool(self.masks[following] & self.g.operation_bit))
