"""Text normalisation shared by the knowledge base and every question.

``fold`` lowercases (Unicode case folding after compatibility decomposition, so fullwidth and
mathematical letters read as plain ones), strips accents, drops invisible format characters inside
words (joiners, soft hyphens, direction marks; a zero-width *space* still separates words), reads
Cyrillic and Greek look-alikes as the Latin letters they imitate when they sit in a Latin word or
spell one on their own ("lаunder" with a Cyrillic "а"), joins letters spaced out one by one
("l a u n d e r", "s.c.a.m"), drops apostrophes and turns every other non-alphanumeric character
into a space. Plain ASCII text takes a fast path. ``Normaliser`` then replaces synonyms and
acronym expansions by their canonical form and ``content_tokens`` drops filler words and reduces
the rest to crude stems, so that "traffickers", "trafficking" and "trafficked" meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import zip_longest

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
    kind sort lot lots whole within inside across via per
    article document doc text report mention mentioned mentions talk talks talking
    deal deals team prepare preparing remind mate actually now coming trying big somewhere
    regular person living piece bit guess wonder wondering curious quick
    articles described describes describing summarising summarizing summarised summarized
    student paper essay newsletter writing honestly gonna nah director confirm note notes
    whether talked wondered love understand possibly either neither
    specifically story stories think thinks faq faqs section originally according stated
    lol lmao haha hahaha rofl xd btw tbh ngl omg idk
    """.split()
)


#: Look-alike letters from other scripts, read as the Latin letter they imitate (after
#: compatibility decomposition, so fullwidth and mathematical forms are already plain Latin).
#: Upper and lower case are mapped separately because they imitate different letters (Greek
#: "Η" looks like "H", its lower case "η" like "n").
_LOOKALIKES: dict[str, str] = {
    # Cyrillic capitals and small letters
    "А": "A", "В": "B", "С": "C", "Е": "E", "Ё": "E", "Н": "H", "І": "I", "Ї": "I", "Ј": "J",
    "К": "K", "М": "M", "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "У": "Y", "Ү": "Y",
    "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I", "Һ": "H",
    "а": "a", "в": "b", "г": "r", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j",
    "к": "k", "ӏ": "l", "м": "m", "н": "h", "о": "o", "п": "n", "р": "p", "с": "c", "ѕ": "s",
    "т": "t", "у": "y", "ү": "y", "х": "x", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ь": "b", "ш": "w",
    # Greek capitals and small letters
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ϲ": "C", "Ϳ": "J",
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "u", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ϳ": "j",
    # Armenian, and Latin letters that do not decompose to a plain one
    "օ": "o", "ս": "u", "հ": "h", "ո": "n", "ց": "g", "զ": "q",
    "ı": "i", "ȷ": "j", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ɑ": "a", "ɡ": "g", "ɩ": "i",
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j",
    "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t",
    "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
}
_UNCONFUSE = str.maketrans(_LOOKALIKES)
_LETTERS = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z]")
#: Four or more single letters separated by the same single character: "l a u n d e r",
#: "s.c.a.m", "s-m-u-g-g-l-e" (in "i s-m-u-g-g-l-e" the "i" stays a word).
_SPACED_OUT = re.compile(
    r"(?<![^\W\d_])[^\W\d_]([\W_])(?:[^\W\d_]\1){2,}[^\W\d_](?![^\W\d_])")
#: Once a text spells a word out like that, shorter runs are words too ("h o w  t o  m a k e").
_SPACED_SHORT = re.compile(r"(?<![^\W\d_])[^\W\d_]([\W_])(?:[^\W\d_]\1)*[^\W\d_](?![^\W\d_])")
_ZERO_WIDTH_SPACE = "\u200b"
#: For plain ASCII text (as bytes): lower case, and every character but a letter or digit is a
#: space; apostrophes are deleted (``_ASCII_APOSTROPHES``).
_ASCII_FOLD = bytes(ord(chr(c).lower()) if chr(c).isalnum() else 32 for c in range(128)) + bytes(
    range(128, 256))
_ASCII_APOSTROPHES = b"'`"


def _latin_word(match: re.Match[str]) -> str:
    """A word with look-alikes read as Latin, if it mixes them with Latin or consists of them."""
    word = match.group(0)
    latin = word.translate(_UNCONFUSE)
    if latin != word and (latin.isascii() or _LATIN.search(word)):
        return latin
    return word


def _unspaced(match: re.Match[str]) -> str:
    return _NON_WORD.sub("", match.group(0))


def fold(text: str) -> str:
    """Lowercase, strip accents, look-alikes, invisible characters and punctuation; collapse spaces."""
    if text.isascii():
        words = text.encode().translate(_ASCII_FOLD, _ASCII_APOSTROPHES).decode().split()
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text.replace(_ZERO_WIDTH_SPACE, " "))
        text = "".join(ch for ch in text
                       if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")
        text = _LETTERS.sub(_latin_word, text).casefold()
        if not text.isascii():
            text = "".join(ch for ch in unicodedata.normalize("NFKD", text)
                           if not unicodedata.combining(ch))
        words = _NON_WORD.sub(" ", _APOSTROPHES.sub("", text)).split()
    if list(map(len, words)).count(1) >= 4:
        # Perhaps a word spelled out letter by letter: worth the slower look.
        text = _APOSTROPHES.sub("", text)
        spelled = _SPACED_OUT.sub(_unspaced, text)
        if spelled != text:
            words = _NON_WORD.sub(" ", _SPACED_SHORT.sub(_unspaced, spelled)).split()
    return " ".join(words)


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
    if word.endswith("eed"):
        return word[:-1]                         # "agreed" meets "agree", not "agre"
    for suffix in ("ing", "ed", "er"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    if word.endswith("e") and len(word) >= 6:
        return word[:-1]
    return word


#: "what is the AMMTC (even) for": a question about a purpose whose only telling word, "for", is
#: a filler word; the word "purpose" is added ("what do traffickers use people for" asks what
#: the people are used for, not a purpose).
#: How many normalised texts a normaliser remembers (``Normaliser.normalise``): a few replies'
#: worth, far fewer than any set of questions measured for speed, which never asks one twice
#: within so few.
_RECENT_TEXTS = 128
_WHAT_FOR = re.compile(r"^(?:so |and |but )?(?:what|whats|wat|wats|wot)\b"
                       r"(?!.*\buse (?:\w+ )?\w+ for$).*\S for$")


#: "Myanmar's part in it": its role, not its taking part ("Myanmar takes part in it" stays).
_PART_IN = re.compile(r"\b(?!takes\b)(its|their|his|her|our|[a-z]+s) part in\b")


#: "was myanmar at the gscc", "myanmar was there?": whether someone attended, not what they said
#: ("at" and "there" are filler words, which would leave just "myanmar gscc").
_PRESENT = re.compile(r"^(?:(?:so|and|but|ok) )?(?:(?:was|were) (?!it\b|that\b|this\b|there\b)"
                      r"(?:the )?[a-z]+ (?:really |also |even )?(?:at|there|present)\b"
                      r"|(?!it\b|that\b|this\b|there\b|who\b|what\b|where\b)[a-z]+ "
                      r"(?:was|were) (?:really |also )?(?:at|there|present)\b)")


#: "ammtc meaning", "what does AMMTC mean": what a short name stands for (an "acronym" question),
#: not what something means for someone ("what does the AMMTC mean for citizens"); chatter may
#: follow ("wat does ammtc mean lol").
_NAME_MEANING = re.compile(r"^(?:(?:so |and )?(?:(?:what|wat|wht|wut|wot) (?:does|do|is)|whats|wats) )?"
                           r"(?:the )?"
                           r"([a-z][a-z0-9]{1,5}) (?:mean|means|meaning|stand for|stands for)"
                           r"(?: (?:lol|lmao|haha|pls|plz|please|exactly|again|tho|though|btw))*$"
                           r"|^(?:what is )?(?:the )?meaning of (?:the )?([a-z][a-z0-9]{1,5})$")


#: "what exactly is the AMMTC": in a short question of what one thing is, the adverb asks for no
#: topic of its own and is dropped; not "what exactly are the Five Principles" (their content,
#: which the sources do not give) nor "which chemicals exactly", "when exactly was it".
_WHAT_EXACTLY = re.compile(r"^((?:(?:so|and|but|ok) )?(?:what|wat|wht|wut|wot)) (?:exactly|precisely)"
                           r"(?= is(?: [a-z0-9]+){1,6}$)")


#: Words ending in "in" that are words of their own, not an "-ing" with its "g" dropped.
_REAL_IN = frozenset({"thin", "skin", "twin", "grin", "spin", "chin", "akin", "ruin", "stein",
                      "brin", "within", "again", "begin", "origin", "domain", "certain", "cousin",
                      "margin", "basin", "cabin", "robin", "resin", "toxin", "heroin", "protein",
                      "login", "admin", "plain", "train", "brain", "drain", "stain", "latin",
                      "satin", "raisin", "vitamin", "insulin", "penguin", "kremlin", "berlin",
                      "dublin", "darwin"})


#: Question words a chat spelling may stand for, which the readings of a question's wording look
#: for: "wat r the 5 principles" asks "what are" they.
_QUESTION_WORDS = frozenset({"what", "are", "you", "your", "about", "why", "when", "where", "how",
                             "the", "they", "is", "was", "were", "who", "which", "does", "did",
                             "do", "should", "could", "would", "can", "will", "must", "have"})


class Normaliser:
    """Folds text and applies the knowledge base's synonyms; the same for examples and questions."""

    def __init__(self, synonyms: Mapping[str, Sequence[str]], words: Iterable[str] = ()) -> None:
        """``words`` (or texts of them) are those the knowledge base uses: an "-ing" word among
        them is also read in its chat spelling without the "g" ("usin", "tryin", "gettin")."""
        self._recent: dict[str, str] = {}
        replacements: dict[str, str] = {}
        for canonical, variants in synonyms.items():
            target = fold(canonical)
            for variant in variants:
                key = fold(variant)
                if key and key != target:
                    replacements[key] = target
        for word in {each for text in words for each in fold(text).split()}:
            dropped = word[:-1]
            if word.endswith("ing") and len(dropped) >= 4 and dropped not in _REAL_IN \
                    and dropped not in replacements:
                replacements[dropped] = word
        self._replacements = replacements
        self._spelled = {variant: target for variant, target in replacements.items()
                         if target in _QUESTION_WORDS and variant.isalpha()}
        self._spelled_pattern = re.compile(r"\b(?:" + "|".join(
            re.escape(v) for v in sorted(self._spelled, key=lambda v: (-len(v), v))) + r")\b",
            re.I) if self._spelled else None
        if replacements:
            alternatives = "|".join(
                re.escape(v) for v in sorted(replacements, key=lambda v: (-len(v), v))
            )
            self._pattern: re.Pattern[str] | None = re.compile(rf"(?<!\S)(?:{alternatives})(?!\S)")
        else:
            self._pattern = None

    def normalise(self, text: str) -> str:
        """Fold ``text`` and replace every synonym by its canonical form (longest first).

        A reply normalises the same sentence in several places (the harm boundary, the event
        check, the matcher): the last few texts are remembered, a handful of replies' worth, so
        each is worked out once per reply."""
        remembered = self._recent.get(text)
        if remembered is None:
            if len(self._recent) >= _RECENT_TEXTS:
                self._recent.clear()
            remembered = self._recent[text] = self._normalise(text)
        return remembered

    def _normalise(self, text: str) -> str:
        folded = fold(text)
        if _WHAT_FOR.match(folded):
            folded += " purpose"
        folded = _PART_IN.sub(r"\1 role in", folded)
        folded = _WHAT_EXACTLY.sub(r"\1", folded)
        if _PRESENT.match(folded):
            folded += " attend"
        named = _NAME_MEANING.match(folded)
        if named:
            folded = f"what does {named.group(1) or named.group(2)} stand for"
        if self._pattern is None:
            return folded
        return self._pattern.sub(lambda m: self._replacements[m.group(0)], folded)

    def spelled_out(self, text: str) -> str:
        """``text`` as written, with its chat spellings of question words spelled out ("wat r the
        5 principles" -> "what are the 5 principles"), for the readings of its wording."""
        if self._spelled_pattern is None:
            return text
        return self._spelled_pattern.sub(lambda m: self._spelled[m.group(0).lower()], text)

    def content_tokens(self, text: str) -> list[str]:
        """The stemmed content words of ``text``, in order, filler words removed."""
        return content_tokens_of(self.normalise(text))


def content_tokens_of(normalised: str) -> list[str]:
    """The stemmed content words of an already normalised string."""
    return [stem(word) for word in normalised.split() if word not in STOPWORDS]


#: A verb in -ing: "describing", "talking" (not "bring", "king", "thing").
_GERUND = re.compile(r"[a-z]{3,}ing")


#: Questions that ask for something other than a time, so a later "when" before a subject
#: joins a clause ("what did they focus on *when they spoke* at the gscc").
_NOT_A_TIME = frozenset({"what", "whats", "which", "who", "why", "how"})
#: Subjects that open such a clause.
_SUBJECTS = frozenset({"they", "he", "she", "we", "i", "you", "it", "its", "theyre"})


def content_words_of(normalised: str) -> list[tuple[str, str]]:
    """(word, stem) for each content word of an already normalised string. "when" before a
    verb in -ing ("what did they underline when describing ..."), or before a subject in a
    question that asks something else ("what did they focus on when they spoke ..."), asks no
    time."""
    words = normalised.split()
    clause = bool(words) and words[0] in _NOT_A_TIME
    return [(word, stem(word)) for index, (word, after)
            in enumerate(zip_longest(words, words[1:], fillvalue=""))
            if word not in STOPWORDS and not (word == "when" and (
                _GERUND.fullmatch(after) or (clause and index > 1 and after in _SUBJECTS)))]
