"""Text normalisation shared by the knowledge base and every question.

``fold`` lowercases (Unicode case folding after NFKC), strips accents, drops apostrophes and turns
every other non-alphanumeric character into a space. ``Normaliser`` then replaces synonyms and
acronym expansions by their canonical form and ``content_tokens`` drops filler words and reduces
the rest to crude stems, so that "traffickers", "trafficking" and "trafficked" meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache

_APOSTROPHES = re.compile("['\u2019\u2018`\u00b4\u02bc]")
_NON_WORD = re.compile(r"[\W_]+")

#: Words that carry no topic: question scaffolding, pronouns and chat filler. Question words that
#: distinguish intents (when, where, who, why, often) are deliberately kept.
STOPWORDS: frozenset[str] = frozenset(
    """
    a an the and or but if then so of to in on at by for from with about as into onto over under
    is are was were be been being am do does did doing done have has had having will would shall
    should can could may might must i me my mine we us our ours you your yours he him his she her
    it its they them their this that these those there here what whats how hows
    please pls plz tell say said says know knows explain describe give show list any anything
    some something me let lets want wanna need like just also really very more most
    bit little quick quickly briefly brief summary summarise summarize overview details detail
    info question questions answer ask asking thing things stuff regarding re concerning
    hey yeah yes no not dont doesnt didnt cant im ive id youre u ur r pls
    one get got go going make made up out than too own same such only well even still
    kind sort lot lots whole within across via per
    article document doc text report mention mentioned mentions talk talks talking
    deal deals team prepare preparing remind mate actually now coming trying big somewhere
    regular person living piece bit guess wonder wondering curious quick
    """.split()
)


def fold(text: str) -> str:
    """Lowercase, strip accents and punctuation, and collapse whitespace."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text)
    return " ".join(_NON_WORD.sub(" ", text).split())


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately crude English stemmer: enough to meet plural, -ing, -ed, -er and -ation forms.

    Suffixes are stripped repeatedly, so "laundering", "launderers" and "launder" all meet.
    """
    for _ in range(3):
        shorter = _strip_suffix(word)
        if shorter == word:
            break
        word = shorter
    return word


def _strip_suffix(word: str) -> str:
    if len(word) <= 4 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    for suffix, replacement in (("ation", "at"), ("ition", "it"), ("tion", "t"), ("sion", "s")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + replacement
    for suffix in ("ing", "ed", "er"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    if word.endswith("e") and len(word) >= 6:
        return word[:-1]
    return word


class Normaliser:
    """Folds text and applies the knowledge base's synonyms; the same for examples and questions."""

    def __init__(self, synonyms: Mapping[str, Sequence[str]]) -> None:
        replacements: dict[str, str] = {}
        for canonical, variants in synonyms.items():
            target = fold(canonical)
            for variant in variants:
                key = fold(variant)
                if key and key != target:
                    replacements[key] = target
        self._replacements = replacements
        if replacements:
            alternatives = "|".join(
                re.escape(v) for v in sorted(replacements, key=lambda v: (-len(v), v))
            )
            self._pattern: re.Pattern[str] | None = re.compile(rf"(?<!\S)(?:{alternatives})(?!\S)")
        else:
            self._pattern = None

    def normalise(self, text: str) -> str:
        """Fold ``text`` and replace every synonym by its canonical form (longest first)."""
        folded = fold(text)
        if self._pattern is None:
            return folded
        return self._pattern.sub(lambda m: self._replacements[m.group(0)], folded)

    def content_tokens(self, text: str) -> list[str]:
        """The stemmed content words of ``text``, in order, filler words removed."""
        return content_tokens_of(self.normalise(text))


def content_tokens_of(normalised: str) -> list[str]:
    """The stemmed content words of an already normalised string."""
    return [stem(word) for word in normalised.split() if word not in STOPWORDS]


def content_words_of(normalised: str) -> list[tuple[str, str]]:
    """(word, stem) for each content word of an already normalised string."""
    return [(word, stem(word)) for word in normalised.split() if word not in STOPWORDS]
