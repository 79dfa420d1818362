"""The harm boundary's lexicon: its lists as tables, and a question's words looked up in them.

A question is normalised like any other (look-alike letters, invisible characters and
spelled-out words are already folded, see ``bot.core.normalise``); here chat spellings are read as
words ("hw 2" is "how to", "ppl" is "people", "ilaunder" is "i launder", "w/o" is "without"), a
learner's "how make" is "how to make", politeness and adverbs are dropped ("kindly", "actually")
and every word is stemmed. Operations and contraband also match a close misspelling ("laundr",
"cocane", "herion").

Every distinct word is looked up once -- its stem, and which tables a phrase may start with it --
and remembered, so reading a question costs a few dictionary lookups per word.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.core.harm.phrases import Phrases, inflections
from bot.core.normalise import Normaliser, stem
from bot.knowledge.intents import HarmBoundary

#: Minimum ``fuzz.ratio`` for a misspelt operation or contraband word (of 5+ letters) to count.
TYPO_CUTOFF = 85.0
#: Cap on the memos of words already looked up (each holds a word's stem and tables, or whether
#: it misspells an operation or contraband).
MEMO_LIMIT = 100_000

#: Words that are themselves, not "a" or "i" run into a verb: "across" is not "a cross", "arent"
#: (folded from "aren't") is not "a rent".
WHOLE_WORDS = frozenset({"across", "abroad", "aboard", "ashore", "aside", "ahead", "afloat",
                         "amount", "amounts", "amass", "arise", "await", "award", "aware",
                         "ideal", "ideals", "icon", "icons", "item", "items", "arent"})
#: Contraband's names in phrases that mean something else: "what do fraudsters *lean on*"
#: (not the codeine drink), "one *bullet point* on the agenda", "a *bullet on* the agenda": the
#: word and the one after it, and the word read in its place.
IDIOMS = {("lean", "on"): "rely", ("leans", "on"): "rely", ("leaning", "on"): "rely",
          ("bullet", "point"): "item", ("bullet", "points"): "items", ("bullet", "on"): "item"}
#: The words ``_mend_grammar`` starts from.
_MENDED = frozenset({"how", "o", *(word for word, _ in IDIOMS)})
#: Words skipped while reading a request ("how do i quickly launder", "how to get the drugs").
FILLER = frozenset({
    "a", "an", "the", "i", "we", "you", "me", "my", "our", "your", "to", "be", "able", "some",
    "someone", "somebody", "anyone", "people", "person", "one", "best", "easily", "safely",
    "secretly", "successfully", "quietly", "cheaply", "fast", "quickly", "legally", "illegally",
    "still", "ever", "possibly", "go", "going", "really", "just", "even", "then", "also", "his",
    "her", "their", "them", "him", "us", "it", "this", "that", "these", "those", "lot", "lots",
    "large", "big", "small", "amount", "amounts", "quantity", "of", "more", "much", "many",
    "good", "reliable", "trusted", "trustworthy", "decent", "cheap", "new", "other",
    "bunch", "few", "couple", "with", "at", "all", "any", "most", "as", "is", "are",
    "am", "was", "were", "would", "could", "should", "might", "will", "can", "have", "has",
    "had", "in", "im", "ill", "id", "ive", "once", "again",
})
#: Adverbs and politeness that never change what is asked; dropped before anything is read, so
#: "how do i *actually* launder" still meets the lead-in "how do i".
DROPPED = frozenset({
    "actually", "exactly", "precisely", "really", "kindly", "please", "pls", "plz", "just",
    "hypothetically", "theoretically", "realistically", "purely", "honestly", "seriously",
    "basically", "literally", "simply", "um", "uh", "ok", "okay", "hey", "hi", "hello",
    "bot", "sir", "mate", "bro", "dude", "quick", "quickly", "briefly", "speaking", "lol", "yo",
    "typically", "usually", "normally", "generally", "commonly",
})
#: Chat spellings read as the words they stand for.
ALIASES: dict[str, tuple[str, ...]] = {
    "hw": ("how",), "hwo": ("how",), "howto": ("how", "to"), "how2": ("how", "to"),
    "2": ("to",), "4": ("for",), "u": ("you",), "ya": ("you",), "ur": ("your",), "r": ("are",),
    "ppl": ("people",), "ppls": ("people",), "wanna": ("want", "to"),
    # (a tool's name that stems to "card" would make "my credit card" one)
    "carding": ("card", "dumps"),
    "gonna": ("going", "to"), "gotta": ("have", "to"), "gimme": ("give", "me"),
    "lemme": ("let", "me"), "cn": ("can",), "cud": ("could",), "shud": ("should",),
    "wud": ("would",), "wer": ("where",), "wher": ("where",), "whr": ("where",),
    "wre": ("where",), "thru": ("through",), "da": ("the",), "dis": ("this",),
    "sum": ("some",), "sum1": ("someone",), "some1": ("someone",), "ne1": ("anyone",),
    "any1": ("anyone",), "abt": ("about",), "ma": ("my",), "n": ("and",), "nd": ("and",),
    "b4": ("before",), "msg": ("message",), "msgs": ("messages",), "txt": ("text",),
    "w": ("with",), "wo": ("without",), "w/o": ("without",), "cuz": ("because",),
    "coz": ("because",), "bc": ("because",), "mony": ("money",), "monies": ("money",),
    "mak": ("make",), "fak": ("fake",), "tel": ("tell",), "wat": ("what",), "wht": ("what",),
    "passprt": ("passport",), "mch": ("much",), "muc": ("much",), "pasport": ("passport",),
    "bordr": ("border",), "boarder": ("border",), "evry": ("every",), "wit": ("with",),
}
#: Operations that are never verbs: one counts only after an undertaking ("commit *fraud*"),
#: not named as a subject ("explain how *fraud* is investigated").
ONLY_NOUNS = frozenset({"fraud"})
#: Words that ``Lexicon._read`` drops or rewrites.
REWRITTEN = DROPPED | ALIASES.keys()


#: Nouns after "cross border" that make it an adjective ("how cross-border *cooperation*
#: helps"), not a learner's "how (to) cross border".
BORDER_COMPOUNDS = frozenset({
    "cooperation", "collaboration", "crime", "crimes", "criminal", "trafficking", "smuggling",
    "communication", "communications", "networks", "network", "trade", "exchange", "information",
    "operations", "movement", "movements", "flows", "efforts", "investigations", "data",
    "payments", "transfers", "threats", "activities", "issues", "partnerships", "policing"})


def compound_adjective(words: list[str]) -> bool:
    """Whether "cross border <noun>" (folded from "cross-border") opens these words."""
    return words[:2] == ["cross", "border"] and words[2:3] != [] and words[2] in BORDER_COMPOUNDS


class Lexicon:
    """The boundary's lists compiled into tables, and a question's words looked up in them."""

    def __init__(self, boundary: HarmBoundary, normaliser: Normaliser) -> None:
        self._normaliser = normaliser
        self._bits = 0
        words = self._words
        #: Nouns the boundary names: a verb's form that is one of them is not the verb ("arms").
        self.nouns = frozenset(w for group in (boundary.contraband, boundary.goods, boundary.tools,
                                                boundary.authorities, boundary.subjects,
                                                boundary.actors)
                                for p in group if len(words(p)) == 1 for w in words(p)) \
            | ONLY_NOUNS
        single = tuple(p for p in boundary.operations if len(words(p)) == 1)
        self._operations = frozenset(stem(form) for p in single
                                     for w in words(p) for form in self._forms(w))
        #: Operations of several words ("break into", "pay off"), in every form of the first.
        self.operation_phrases = self._verb_table(
            tuple(p for p in boundary.operations if len(words(p)) > 1))
        verb_lists = (boundary.dealings, boundary.undertakings, boundary.concealments,
                      boundary.evasions, boundary.writing, boundary.safe_verbs)
        verbs = self._operations | {stem(form) for group in verb_lists for p in group
                                    for w in words(p)[:1] for form in self._forms(w)}
        table, verb_table = self._table, self._verb_table
        self.leads = table(boundary.lead_ins)
        self.wants = table(boundary.wants)
        self.safe = verb_table(boundary.safe_verbs)
        self.subjects = table(boundary.subjects)
        self.dealings = verb_table(boundary.dealings)
        self.undertakings = verb_table(boundary.undertakings)
        self.concealments = verb_table(boundary.concealments)
        self.evasions = verb_table(boundary.evasions)
        self.writing = verb_table(boundary.writing)
        self.contraband = table(boundary.contraband, verbs)
        self.goods = table(boundary.goods, verbs)
        self.tools = table(boundary.tools, verbs)
        self.qualifiers = table(boundary.qualifiers, verbs)
        self.authorities = table(boundary.authorities)
        self.detections = table(boundary.detections)
        self.details = table(boundary.details)
        self.actors = frozenset(w for a in boundary.actors for w in words(a))
        #: "a trafficker", "a scheme": an actor after "how does a", but a service after "i need".
        self.one_actor = self.actors | {a.removesuffix("s") for a in self.actors}
        #: Words that can open a command ("launder this", "hide the cash", "write a ...").
        self.commands = frozenset(words(p)[0] for group in (boundary.operations, *verb_lists[:-1])
                                  for p in group if words(p))
        self._known = verbs | self.contraband.firsts | self.goods.firsts | \
            self.subjects.firsts | self.tools.firsts
        self._typo_operations = _by_initial(self._operations)
        self._typo_contraband = _by_initial(
            stem(w) for p in boundary.contraband for w in words(p)[:1] if stem(w) not in verbs)
        self._tables = (self.leads, self.wants, self.safe, self.subjects, self.dealings,
                        self.undertakings, self.concealments, self.evasions, self.writing,
                        self.contraband, self.goods, self.tools, self.qualifiers,
                        self.authorities, self.detections, self.details, self.operation_phrases)
        self.anchor_bits = self.leads.bit | self.wants.bit
        self.operation_bit, self.contraband_typo_bit = self._bit(), self._bit()
        #: Tables a word must start a phrase of to matter when looking for an object.
        self.object_bits = self.contraband_typo_bit
        for t in (self.safe, self.subjects, self.contraband, self.tools, self.goods):
            self.object_bits |= t.bit
        #: Tables a word must start a phrase of to matter past the opening of a request.
        self.request_bits = self.operation_bit
        for t in (self.subjects, self.writing, self.evasions, self.concealments, self.dealings,
                  self.undertakings, self.tools, self.qualifiers, self.operation_phrases):
            self.request_bits |= t.bit
        #: "ilaunder": "i launder" as folded from "i l a u n d e r".
        forms = {form for t in (self.operation_phrases, self.dealings, self.undertakings,
                                self.concealments, self.evasions, self.writing) for form in t.firsts}
        forms |= {form for p in single for w in words(p) for form in self._forms(w)}
        self._glued = {initial + form: (initial, form) for form in forms for initial in "ia"
                       if len(form) >= 4 and stem(initial + form) not in self._known
                       and initial + form not in WHOLE_WORDS}
        self._typo_of: dict[tuple[str, bool], bool] = {}
        self._memo: dict[str, tuple[str, int, bool]] = {}
        #: Every word the boundary names, verbs in all their forms: what run-together or split
        #: words are mended into.
        self._vocabulary = frozenset(
            {w for group in (boundary.lead_ins, boundary.wants, boundary.contraband,
                             boundary.goods, boundary.tools, boundary.qualifiers,
                             boundary.authorities, boundary.subjects, boundary.actors,
                             boundary.detections)
             for p in group for w in words(p)} | forms
            | {w for t in (self.safe, self.dealings, self.undertakings, self.concealments,
                           self.evasions, self.writing, self.operation_phrases)
               for w in t.firsts})
        self._pieces_of: dict[str, tuple[str, ...] | None] = {}
        #: Verbs in their bare form, which a learner may put right after "how" -- but not those
        #: that also open a named thing ("explain how *scam* compounds lure workers").
        self._bare_verbs = frozenset(
            words(p)[0] for group in (boundary.operations, *verb_lists[:-2]) for p in group
            if words(p)) - {"do"} - {words(p)[0] for group in (
                boundary.contraband, boundary.goods, boundary.tools, boundary.actors,
                boundary.subjects) for p in group if words(p)}
        self._plain = self._vocabulary | FILLER

    def _bit(self) -> int:
        self._bits += 1
        return 1 << self._bits

    def word(self, word: str) -> tuple[str, int, bool]:
        """The stem of ``word``, the bits of the tables in which a phrase may start with it (and
        of operations and contraband it may misspell), and whether it is filler or a word the
        boundary names; remembered."""
        known = self._memo.get(word)
        if known is None:
            stemmed = stem(word)
            mask = 0
            for table in self._tables:
                if table.starts(word, stemmed):
                    mask |= table.bit
            if stemmed in self._operations or self._typo(stemmed, True):
                mask |= self.operation_bit
            if self._typo(stemmed, False):
                mask |= self.contraband_typo_bit
            known = (stemmed, mask, word in self._plain)
            if len(self._memo) < MEMO_LIMIT:
                self._memo[word] = known
        return known

    def _words(self, phrase: str) -> list[str]:
        return [part for word in self._normaliser.normalise(phrase).split()
                for part in ALIASES.get(word, (word,))]

    def _table(self, phrases: tuple[str, ...], verbs: frozenset[str] = frozenset()) -> Phrases:
        return Phrases((tuple(self._words(p)) for p in phrases), verbs, bit=self._bit())

    def _verb_table(self, phrases: tuple[str, ...]) -> Phrases:
        """Verb phrases, their first word in every regular form: "hide", "hides", "hiding"."""
        return Phrases(((form, *words[1:]) for words in map(self._words, phrases) if words
                        for form in self._forms(words[0])), forms=True, bit=self._bit())

    def _forms(self, verb: str) -> set[str]:
        """The verb's regular forms but those that are nouns the boundary names ("arms")."""
        return {verb} | (inflections(verb) - self.nouns)

    def _read(self, words: list[str]) -> tuple[list[str], list[tuple[str, int, bool]]]:
        """Chat spellings expanded, filler adverbs dropped, and words put back together: "ilaunder"
        is "i launder", "laundermoney" is "launder money" (both folded from letters spelled out
        one by one) and "laun der" is "launder". Returns the words and what ``word`` knows of
        each."""
        if not (REWRITTEN.isdisjoint(words) and self._glued.keys().isdisjoint(words)):
            read: list[str] = []
            for word in words:
                if word not in DROPPED:
                    read.extend(ALIASES.get(word) or self._glued.get(word) or (word,))
            words = read
        if not _MENDED.isdisjoint(words):
            words = self._mend_grammar(words)
        lookup, vocabulary = self.word, self._vocabulary
        mended: list[str] = []
        known: list[tuple[str, int, bool]] = []
        after_unknown = False                    # the word before is unknown to the boundary
        for word in words:
            facts = lookup(word)
            if facts[2]:
                mended.append(word)
                known.append(facts)
                after_unknown = False
            elif after_unknown and mended[-1] + word in vocabulary:
                mended[-1] += word
                known[-1] = lookup(mended[-1])
                after_unknown = False
            else:
                pieces = self._pieces(word) if len(word) >= 7 else None
                if pieces:
                    mended.extend(pieces)
                    known.extend(map(lookup, pieces))
                    after_unknown = False
                else:
                    mended.append(word)
                    known.append(facts)
                    after_unknown = True
        return mended, known

    def _mend_grammar(self, words: list[str]) -> list[str]:
        """"how make meth" is "how to make meth" (a learner's English drops the "to"), "w o"
        (folded from "w/o") is "without", and an idiom's word is what the idiom means."""
        mended: list[str] = []
        index = 0
        while index < len(words):
            word = words[index]
            following = words[index + 1] if index + 1 < len(words) else ""
            if word in ("w", "with") and following == "o":
                mended.append("without")
                index += 2
                continue
            mended.append(IDIOMS.get((word, following), word))
            if word == "how" and following in self._bare_verbs \
                    and not compound_adjective(words[index + 1:index + 4]) \
                    and not (following == "police" and index + 2 < len(words)):
                # (not "how police stop drugs": the police are who stops them)
                mended.append("to")
            index += 1
        return mended

    def _pieces(self, word: str, depth: int = 3) -> tuple[str, ...] | None:
        """Words the boundary names that ``word`` runs together, if it is nothing but them."""
        if len(word) < 7 or depth == 0:
            return None
        if word in self._pieces_of:
            return self._pieces_of[word]
        found: tuple[str, ...] | None = None
        for cut in range(len(word) - 2, 1, -1):
            left, right = word[:cut], word[cut:]
            if left in self._vocabulary:
                rest = (right,) if right in self._vocabulary else self._pieces(right, depth - 1)
                if rest:
                    found = (left, *rest)
                    break
        if len(self._pieces_of) < MEMO_LIMIT:
            self._pieces_of[word] = found
        return found

    def _typo(self, stemmed: str, operation: bool) -> bool:
        """A misspelling: ``fuzz.ratio`` at least ``TYPO_CUTOFF`` (one letter missing or extra in a
        word of 6+ letters, one wrong in 7+), or two neighbouring letters swapped ("herion"). The
        first letter must be right, and a word the guard knows is never a misspelling."""
        if len(stemmed) < 5 or stemmed in self._known:
            return False
        key = (stemmed, operation)
        known = self._typo_of.get(key)
        if known is None:
            table = (self._typo_operations if operation else self._typo_contraband).get(
                stemmed[0], ())
            known = process.extractOne(stemmed, table, scorer=fuzz.ratio,
                                       score_cutoff=TYPO_CUTOFF) is not None or any(
                len(option) == len(stemmed) and sorted(option) == sorted(stemmed)
                and OSA.distance(stemmed, option, score_cutoff=1) == 1 for option in table)
            if len(self._typo_of) < MEMO_LIMIT:
                self._typo_of[key] = known
        return known


def _by_initial(stems: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Stems of 4+ letters grouped by first letter: a misspelling keeps its first letter."""
    groups: dict[str, list[str]] = {}
    for stemmed in stems:
        if len(stemmed) >= 4:
            groups.setdefault(stemmed[0], []).append(stemmed)
    return {initial: tuple(sorted(set(group))) for initial, group in groups.items()}
