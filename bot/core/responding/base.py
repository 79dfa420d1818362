"""What a responder prepares once from the knowledge base: the matcher, the event guard, the
harm guard and the word sets its readings look up; and matching a question within its event."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping

from bot.core.events import EventGuard
from bot.core.harm import HarmGuard
from bot.core.harm.model import shipped_model
from bot.core.matcher import Matcher, MatchResult
from bot.core.normalise import STOPWORDS, Normaliser, fold, stem
from bot.core.phrasing import (
    NUMBER_WORDS,
    YEAR,
    counted,
    term_to_define,
)
from bot.core.thresholds import Thresholds
from bot.knowledge.corpus import Document
from bot.knowledge.intents import Intent, KnowledgeBase
from bot.knowledge.quotes import sentences, without_notes

#: A figure counts a thing named at most this many words after it ("50 regional and
#: international organizations").
COUNT_REACH = 5

#: Words that speak of things in general, naming none: "these unscrupulous groups", "relevant
#: companies", "various countries"; what follows them within this many words is unnamed.
GENERIC = frozenset({"these", "those", "such", "relevant", "various", "several",
                     "certain", "different", "many", "some"})
GENERIC_REACH = 2

#: Words of an answer saying how often an event is held, which tells when the next one is.
PERIODIC = frozenset({"often", "frequency"})
#: Questions are cut to this many characters before matching.
MAX_QUESTION_CHARS = 1000

#: Matcher ids of "what the sources don't say" entries start with this.
GAP = "not-stated:"

#: A word written with a capital, and any word: for the names the sources know.
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")
WORD = re.compile(r"[a-z0-9']+")

#: An answer that says why, or what for.
_GIVES_REASON = re.compile(r"\b(?:crucial|critical|essential|vital|safeguard|ensure|ensuring|in order to|"
                           r"because|aims?\b|so that|necessary|important|key to|enabl|enhanc|"
                           r"for a safer|fueling|threat)", re.I)
#: A sentence that opens with what it is for: "*To effectively implement these plans*, ...".
_PURPOSE_FIRST = re.compile(r"^\W*to\s+(?:\w+ly\s+)?\w+", re.I)

#: A kind followed by a named example of it: "technologies *like Artificial* Intelligence".
_EXEMPLIFIED = re.compile(r"\b([a-z]+)\s+(?:like|such\s+as)\s+(?=[A-Z])")
#: An interjection opening a message ("ok and what's AMMTC for?", "cool, what about drugs?"),
#: and how many words must follow it for it to be only that (not "ok thanks").
_INTERJECTION = re.compile(r"^\W*(?:ok(?:ay)?|alright|cool|great|nice|hmm+|um+|oh)\b[\s,.!]+", re.I)
INTERJECTED_WORDS = 3
#: A figure in an answer: a number that is not an ordinal ("11th") or a year.
_FIGURE = re.compile(r"\b(?!(?:19|20)\d\d\b)\d+\b")
#: A figure given only roughly: "over 50", "more than 50", "nearly 50".
_ROUGH_FIGURE = re.compile(r"\b(?:over|more\s+than|about|around|nearly|almost|some|at\s+least|"
                           r"roughly|approximately|up\s+to)\s+\d+\b", re.I)
#: Words of an answer that reports what was said or put forward ("Myanmar's representatives
#: *discussed* ...", "the conference *emphasized* ...").
_REPORTS_SPEECH = re.compile(
    r"\b(?:said|says|stated|emphasi[sz]ed|emphasi[sz]es|highlighted|highlights|stressed|"
    r"underscored|urged|called\s+for|pledged|noted|discussed|raised|proposed|recogni[sz]ed|"
    r"acknowledged|reaffirmed|agreed|committed|expressed|outlined|identified|explored|"
    r"addressed|shared|pointed\s+out|affirmed|declared|announced|shed\s+light|underlining|"
    r"underlined|underscores|emphasizing|emphasising|spoke|presented|described|explained)\b",
    re.I)
#: An answer that says what is to be done.
_GIVES_MEASURES = re.compile(r"\b(?:must|should|needs?\b|requires?|required|call(?:s|ed)? for|"
                             r"emphasi[sz]e|vital|essential|crucial|recommend|commit|priorit|"
                             r"strengthen|enhanc|improv|harmoniz|invest)", re.I)
#: An answer that says what something leads to: "*fueling* addiction, violence, and instability".
_GIVES_CONSEQUENCE = re.compile(r"\b(?:fuel|lead(?:s|ing)?\s+to|result(?:s|ing)?\s+in|caus|"
                                r"undermin|instabilit|destabili)", re.I)
#: Words of a follow-up that ask what something leads to, naming nothing.
_LEADING_TO = "lead leads fuel fuels cause causes result results effect effects consequence " \
              "consequences impact impacts bring"
#: Words of a follow-up that ask why or what to do, naming nothing (filler words such as "deal"
#: and "done" are dropped before these are compared).
_ASKING = ("why matter matters meant supposed achieve needed necessary point purpose reason "
           "fight counter tackle combat stop address solve handle measure measures step steps "
           "solution solutions fix remedy action actions propose proposed suggest suggested recommend "
           "recommended concrete plan important much exactly "
           # who was asked for it: "what did the ministers want done about it?"
           "ministers minister")
#: Verbs of urging, which ask what was urged: "what approach did they *push for*?".
_URGING = ("push pushed pushing urge urged urging call called calling advocate advocated "
           "stress stressed emphasise emphasised emphasize emphasized want wanted")
#: Words that ask what a text says (filler words such as "say" and "mention" are dropped before
#: these are compared).
_TELLING = ("claim", "claims", "claimed", "state", "states", "stated", "texts", "write", "writes",
            "written", "discuss", "discussed", "noted", "makes", "among", "connection")

#: A title with this asks what something means.
_MEANING = re.compile(r"\bmean(?:s|t)?\b", re.I)
#: What a plural in general must, can or is: "nations must", "partners can", "campaigns are".
_ASKED_OF = frozenset({"must", "should", "can", "could", "need", "will", "are"})
#: Kinds of things that have names: "*which* NGOs" asks for names an answer may not give.
#: Kinds of things a question may ask to name, of an answer that never speaks of any ("which
#: training programmes were launched?" of "investing in the training ... of law enforcement
#: officers"); countries and drugs have rules of their own.
NAMEABLE_UNMENTIONED = frozenset(stem(w) for w in (
    "programmes", "programs", "projects", "campaigns", "initiatives", "mechanisms", "laws",
    "ministries", "agencies", "companies", "platforms", "apps", "operations"))
#: Things whose kinds "what kind of ..." asks an answer to name.
#: (Not crimes, chemicals and the like, whose kind the answer's words often are: "precursor
#: chemicals", "transnational crimes".)
_KINDS_ASKED = frozenset(stem(w) for w in ("drones", "weapons", "arms"))
_NAMEABLE = frozenset(stem(w) for w in (
    "organizations", "organization", "ngos", "ngo", "companies", "company", "countries",
    "country", "nations", "nation", "agencies", "agency", "officials", "ministers", "partners",
    "governments", "institutions", "groups", "gangs", "drugs", "laws", "chemicals",
    "strategies", "mechanisms", "trends", "technologies", "campaigns", "initiatives",
    "programmes", "programs", "projects", "operations", "platforms", "apps", "crimes"))

#: "when" or "where" inside a sentence before its subject: a clause, not a question of time
#: or place ("what did they say *when they* spoke", "the region *where the* drugs are made").
_CLAUSE_WH = re.compile(r"(?<=\w)(\s+)(?:when|where)\s+(?=(?:they|it|he|she|we|i|you|the|a|an|"
                        r"their|its|this|these|those|people|countries|nations)\b)", re.I)
#: Words after which "when" or "where" asks again: "*and* when it was held".
_JOINING = frozenset({"and", "or", "but", "so", "then", "also", "plus", "n", "&", "since",
                      "until", "till", "from", "know", "asking", "ask", "wondering", "tell",
                      "say", "says", "said", "explain", "remember", "sure", "clear", "unclear",
                      "me", "us", "about", "regarding", "concerning", "of", "on", "as", "to"})
#: Words of a question already asking: the "when" after them opens a clause.
_ASKED_BEFORE = frozenset({"what", "whats", "what's", "which", "how", "who", "why", "does", "did",
                           "do", "is", "are", "was", "were", "can", "could", "should", "would",
                           "must", "will", "has", "have"})


def _unless_joined(found: re.Match[str]) -> str:
    """The clause's "when" or "where" dropped, unless the sentence asked nothing before it
    ("gscc 2023 where it held") or a word before it joins a question ("and when", "tell me
    where")."""
    before = re.split(r"[.?!]\s", found.string[:found.start()])[-1].lower().split()
    if (before and before[-1].strip(",;:") in _JOINING) or _ASKED_BEFORE.isdisjoint(before):
        return found.group(0)                # "gscc 2023 where it held??" asks where
    return found.group(1)


_POSSESSIVE = re.compile(r"[’']s\b")
#: Words after a plural that go on to name its members: "organizations *such as* ...".
_NAMING_NEXT = frozenset({"such", "like", "including", "namely", "eg"})

#: At most this many content intents speak of a word that a question asks "about" for it to
#: pick among the candidates.
RARE_SUBJECT = 3


def _named_texts(kb: KnowledgeBase) -> list[str]:
    """The texts whose capitalised words are names the sources know."""
    texts_: list[str] = []
    for document in kb.corpus.documents.values():
        texts_ += [document.title, *document.names, *(p.text for p in document.paragraphs)]
    for intent in kb.intents.values():
        texts_ += [intent.title, *intent.examples]
    return texts_


def _items(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Content intent with a list in its answer -> its related intents from the same document:
    those its items stand for (the priorities: information sharing, legal frameworks ...)."""
    documents = {intent.id: {s.document for s in intent.sources} for intent in kb.intents.values()}
    return {intent.id: frozenset(r for r in intent.related if r in kb.intents
                                 and documents[r] & documents[intent.id])
            for intent in kb.intents.values()
            if any(line.is_list_item for line in intent.answer_lines)}


def _items_in_order(listing: Intent, items: frozenset[str],
                    paragraphs: Mapping[str, frozenset[tuple[str, str]]]) -> tuple[str, ...]:
    """The intents a list answer's items stand for, in the list's order: each item is the one
    citing the paragraph the list quotes that item from (empty when an item has no one such);
    ``paragraphs`` are the paragraphs each content intent quotes."""
    order: list[str] = []
    for line in listing.answer_lines:
        if not line.is_list_item:
            continue
        quoted = {(s.document, s.paragraph) for s in listing.sources
                  if fold(s.quote) == fold(line.text)}
        owners = [item for item in sorted(items)
                  if quoted & paragraphs.get(item, frozenset())]
        if len(owners) != 1:
            return ()
        order.append(owners[0])
    return tuple(order)


def _evidence_of(intent: Intent, kb: KnowledgeBase) -> str:
    """What an intent answers with: its title and answer, the words a document-minded asker uses."""
    return " ".join((intent.title, *(line.text for line in intent.answer_lines)))


def _event_names(intent: Intent, kb: KnowledgeBase) -> list[str]:
    """The names of the events an intent answers from ("gscc", "conference", ...)."""
    documents = dict.fromkeys(source.document for source in intent.sources)
    return [kb.corpus.documents[document].names[0] for document in documents
            if document in kb.corpus.documents and kb.corpus.documents[document].names]


def _closing_paragraph(document: Document) -> str | None:
    """The id of a document's closing paragraph: its last text before its first question (the
    FAQ after an article's end), or its last text."""
    before = next((i for i, p in enumerate(document.paragraphs) if p.kind == "question"),
                  len(document.paragraphs))
    texts = [p.id for p in document.paragraphs[:before] if p.kind == "text"]
    return texts[-1] if texts else None


def _opening_paragraph(document: Document) -> str | None:
    """The id of a document's opening paragraph: its first text."""
    return next((p.id for p in document.paragraphs if p.kind == "text"), None)


def _own_sentences(kb: KnowledgeBase) -> dict[str, list[str]]:
    """The sentences each content intent alone answers with, less the words put in brackets for
    context: a question quoting one is asked of that intent. A sentence several answers give
    belongs to the shortest of them (the list item's own intent, not the whole list), or to
    none when two are as short (one sentence the dates, venue and participants all quote)."""
    said = {intent.id: [sentence for line in intent.answer_lines
                        for sentence in sentences(without_notes(line.text).split(": ")[-1])]
            for intent in kb.intents.values() if intent.kind == "content"}  # less list headings
    length = {intent: sum(map(len, own)) for intent, own in said.items()}
    owned: dict[str, list[str]] = {intent: [] for intent in said}
    for sentence in dict.fromkeys(s for own in said.values() for s in own):  # in answer order
        users = [intent for intent, own in said.items() if sentence in own]
        least = min(length[i] for i in users)
        shortest = [i for i in users if length[i] == least]
        if len(shortest) == 1:
            owned[shortest[0]].append(sentence)
    return owned


def _unnamed(intent: Intent, normaliser: Normaliser) -> frozenset[str]:
    """The stems of the words an answer says only in general: those at most ``GENERIC_REACH``
    words after "these", "relevant", "various" ... (``COUNT_REACH`` after "over" and a number),
    and a plural that something is asked or said of ("nations must refrain ...", "public
    awareness campaigns are vital"), in an answer without a list."""
    if any(line.is_list_item for line in intent.answer_lines):
        return frozenset()
    words = normaliser.normalise(" ".join(line.text for line in intent.answer_lines)).split()
    after = frozenset(stem(w) for i, word in enumerate(words)
                      if word in GENERIC or (word.isdigit() and words[i - 1:i] == ["over"])
                      for w in words[i + 1:i + 1 + (COUNT_REACH if word.isdigit() else
                                                    GENERIC_REACH)] if w not in STOPWORDS)
    asked_of = frozenset(stem(words[i - 1]) for i, word in enumerate(words)
                         if word in _ASKED_OF and i > 0 and words[i - 1].endswith("s")
                         and not words[i - 1].endswith("ss"))
    return after | asked_of


def _kinds_unnamed(intent: Intent, normaliser: Normaliser,
                   nameable: frozenset[str] | None = None) -> frozenset[tuple[str | None, str]]:
    """The kinds of named things (organisations, companies, countries ...) an answer speaks of
    only as a kind, in a plural no names follow, each with the word before it that says which
    kind ("governmental" organizations), as stems: "which NGOs?" of "law enforcement agencies,
    non-governmental organizations ... must work together" (but not "which organizations?":
    the kinds answer it)."""
    text = " ".join(line.text for line in intent.answer_lines)
    words = normaliser.normalise(_POSSESSIVE.sub("", text)).split()  # not "their nation's"
    kinds = set()
    for index, word in enumerate(words):
        following = words[index + 1:index + 2]
        if not word.endswith("s") or (following and following[0] in _NAMING_NEXT):
            continue
        token = stem(word)
        if token in (_NAMEABLE if nameable is None else nameable):
            before = words[index - 1] if index else ""
            kinds.add((stem(before) if before and before not in STOPWORDS
                       and before not in GENERIC and not before.endswith("ed") else None, token))
    return frozenset(kinds)


#: Where a sentence goes on to name the things before it: "one of the *themes* ... *was* the
#: anticipation ..., the promotion ..., ... and ...", "*activities such as* human trafficking, ...".
_NAMING = re.compile(r"\b(?:was|were|are|is|include|includes|including|such\s+as|like)\b")
#: Words before "was", "such as" ... where the things enumerated may be named.
ENUMERATED_REACH = 4


def _enumerated(intent: Intent, normaliser: Normaliser) -> frozenset[str]:
    """The stems of the things an answer without list items names one by one in a sentence (a
    plural just before "was", "such as" and the like, followed by items in commas, not by a
    verb: "populations are often exploited ..." names no populations): "list the themes" is
    answered by "One of the themes ... was A, B, C and D"."""
    found: set[str] = set()
    for line in intent.answer_lines:
        for sentence in sentences(line.text):
            for naming in _NAMING.finditer(sentence):
                after = sentence[naming.end():].split()
                if sentence[naming.end():].count(",") < 2 or any(
                        word.endswith("ed") for word in after[:2]):
                    continue
                before = normaliser.normalise(sentence[:naming.start()]).split()
                found.update(stem(word) for word in before[-ENUMERATED_REACH:]
                             if word.endswith("s") and word not in STOPWORDS)
    return frozenset(found)


def _what_it_counts(intent: Intent, normaliser: Normaliser) -> frozenset[str]:
    """The stems of what an intent gives a figure for: each word its answer names at most
    ``COUNT_REACH`` words after a number, and what its examples count."""
    words = normaliser.normalise(" ".join(line.text for line in intent.answer_lines)).split()
    answered = {stem(w) for i, word in enumerate(words) if word.isdigit() or word in NUMBER_WORDS
                for w in words[i + 1:i + 1 + COUNT_REACH]}
    asked = {stem(normaliser.normalise(thing)) for e in intent.examples if (thing := counted(e))}
    return frozenset(answered | asked)


def _texts_used(kb: KnowledgeBase) -> list[str]:
    """The knowledge base's examples and answers (whose words chat spellings may stand for)."""
    texts = [example for intent in kb.intents.values() for example in intent.examples]
    return texts + [line.text for intent in kb.intents.values() for line in intent.answer_lines]


class ResponderBase:
    """The knowledge a responder works with, prepared once (see the module docstring)."""

    def __init__(self, kb: KnowledgeBase, thresholds: Thresholds | None = None) -> None:
        self.kb = kb
        self.thresholds = thresholds or Thresholds()
        self.normaliser = Normaliser(kb.synonyms, _texts_used(kb))
        self.gaps = {GAP + gap.id: gap for document in kb.corpus.documents.values()
                     for gap in document.not_stated if gap.nearest in kb.intents}
        topics = {intent.id: intent.topics for intent in kb.intents.values()}
        topics.update({key: kb.intents[gap.nearest].topics for key, gap in self.gaps.items()})
        self.matcher = Matcher(
            [*((intent.id, example) for intent in kb.intents.values()
               for example in intent.examples),
             *((key, example) for key, gap in self.gaps.items() for example in gap.examples)],
            self.normaliser,
            topics,
            evidence={intent.id: _evidence_of(intent, kb) for intent in kb.intents.values()
                      if intent.kind == "content"},
            passages=_own_sentences(kb),
            names={intent.id: " ".join(_event_names(intent, kb)) for intent in kb.intents.values()
                   if intent.kind == "content"},
        )
        self.events = EventGuard(kb, self.normaliser, self.gaps)
        #: Each document's names as one pattern, longest first, to find or replace them in a
        #: question ("the 11th AMMTC" in "When was the 11th AMMTC?").
        self._name_patterns = {
            document.id: re.compile(r"\b(?:" + "|".join(
                re.escape(n) for n in sorted(document.names, key=len, reverse=True)) + r")\b",
                re.I)
            for document in kb.corpus.documents.values() if document.names}
        # document -> its content intents, in the knowledge base's order (for another edition)
        self._content_of: dict[str, tuple[str, ...]] = {
            document: tuple(i.id for i in kb.intents.values() if i.kind == "content"
                            and any(s.document == document for s in i.sources))
            for document in kb.corpus.documents}
        #: Words that name an event: where, not what, a question asks about.
        self._naming_words = frozenset(
            token for document in kb.corpus.documents.values() for name in document.names
            for token in self.normaliser.content_tokens(name))
        #: The paragraphs each content intent quotes, for answers drawn from one paragraph.
        self._paragraphs = {intent.id: frozenset((s.document, s.paragraph) for s in intent.sources)
                            for intent in kb.intents.values() if intent.kind == "content"}
        #: The intents each list answer's items stand for (the priorities: information sharing,
        #: legal frameworks ...).
        self._items_of = _items(kb)
        #: Each list answer's item intents in the list's order, and the list each item is in:
        #: "and the second priority?" after the priorities (or one of them) is the second.
        self._items_in_order = {lst: order for lst in self._items_of
                                if (order := _items_in_order(kb.intents[lst], self._items_of[lst],
                                                             self._paragraphs))}
        self._list_of = {item: lst for lst, order in self._items_in_order.items()
                         for item in order}
        #: Each list answer's items with the words of their labels ("Capacity Building"), for
        #: a question that names one item by its label.
        self._item_labels = {lst: dict(zip(order, (
            tuple(self.normaliser.content_tokens(line.text))
            for line in kb.intents[lst].answer_lines if line.is_list_item), strict=False))
            for lst, order in self._items_in_order.items()}
        #: What each intent gives a figure for, worked out once: what its answer counts and what
        #: its own examples ask to count ("how many groups took part").
        self._counts_of = {intent.id: _what_it_counts(intent, self.normaliser)
                           for intent in kb.intents.values()}
        #: What each answer speaks of only in general ("these unscrupulous groups", "relevant
        #: companies", "over 50 ... organizations"): it names none of them.
        self._unnamed_in = {intent.id: _unnamed(intent, self.normaliser)
                            for intent in kb.intents.values()}
        self._kinds_unnamed_in = {intent.id: _kinds_unnamed(intent, self.normaliser)
                                  for intent in kb.intents.values()}
        #: ... and the things of any kind it speaks of only in general, for "what kind of X"
        #: ("what kind of drones did they use?" of "the increasing use of drones by ...").
        self._sorts_unnamed_in = {intent.id: frozenset(token for _, token in _kinds_unnamed(
            intent, self.normaliser, _KINDS_ASKED)) for intent in kb.intents.values()}
        #: Each document's closing paragraph (its last text before any FAQ) and its opening one
        #: (its first text), with the content intents that quote them: what "how does the
        #: article end?" and "per the opening paragraph ..." ask for.
        self._closing_intents = self._quoting(kb, _closing_paragraph)
        self._opening_intents = self._quoting(kb, _opening_paragraph)
        #: Words that ask about an article's end or start, not about a subject.
        self._position_words = frozenset(self.normaliser.content_tokens(
            "opening first introduction intro beginning start introductory "
            "end ends ending conclusion concluding closing wrap final last paragraph part section "
            "sentence word words message point line bit article piece text story report"))
        #: The kinds each answer gives a named example of ("advanced technologies *like
        #: Artificial Intelligence*"), as stems: a "which technology ...?" question it answers.
        self._exemplified = {intent.id: frozenset(
            stem(fold(kind)) for line in intent.answer_lines
            for kind in _EXEMPLIFIED.findall(line.text)) for intent in kb.intents.values()}
        #: What each answer without list items names one by one ("themes"): a question asking
        #: to list those is answered.
        self._enumerated_in = {intent.id: _enumerated(intent, self.normaliser)
                               for intent in kb.intents.values()}
        #: Each answer's words as written, not stemmed ("drugs" is not the "drug" of "drug
        #: trafficking"), worked out once.
        self._answer_spelling = {intent.id: frozenset(fold(" ".join(
            line.text for line in intent.answer_lines)).split()) for intent in kb.intents.values()}
        #: Small talk answers only questions made of small-talk words ("good morning", not
        #: "translate 'good morning' into Burmese").
        self._small_talk = frozenset(intent.id for intent in kb.intents.values()
                                     if intent.kind == "smalltalk")
        self._small_talk_words = frozenset(
            token for intent in self._small_talk for example in kb.intents[intent].examples
            for token in self.normaliser.content_tokens(example))
        #: Every word (asking words too) of each small-talk intent's examples: "ok, what's it
        #: for?" asks what no thanks ever asks.
        self._small_talk_said = {intent: frozenset(
            word for example in kb.intents[intent].examples
            for word in WORD.findall(self.normaliser.normalise(example)))
            for intent in self._small_talk}
        #: What each intent says a thing is, for questions asking what a term is: its title's
        #: words when the title asks what something is or means ("What does ASEAN mean by
        #: capacity building?", not "How do criminals use AI for online fraud?"), and the words
        #: of each of its examples that asks what something is.
        self._title_words = {intent.id: frozenset(self.normaliser.content_tokens(intent.title))
                             for intent in kb.intents.values()
                             if term_to_define(intent.title) or _MEANING.search(intent.title)}
        self._defined_by = {intent.id: [
            frozenset(self.normaliser.content_tokens(term)) for term in map(
                term_to_define, intent.examples) if term] for intent in kb.intents.values()}
        #: Content intents whose answer gives a reason ("crucial for ensuring peace") or what
        #: must be done ("must refrain", "emphasized the need"), and the words that ask for them.
        self._gives_reason = frozenset(
            intent.id for intent in kb.intents.values() if intent.kind == "content"
            and (_GIVES_REASON.search(" ".join(line.text for line in intent.answer_lines))
                 or any(_PURPOSE_FIRST.match(line.text) for line in intent.answer_lines)))
        self._gives_measures = frozenset(
            intent.id for intent in kb.intents.values() if intent.kind == "content"
            and _GIVES_MEASURES.search(" ".join(line.text for line in intent.answer_lines)))
        self._gives_consequence = frozenset(
            intent.id for intent in kb.intents.values() if intent.kind == "content"
            and _GIVES_CONSEQUENCE.search(" ".join(line.text for line in intent.answer_lines)))
        self._leading_to = frozenset(self.normaliser.content_tokens(_LEADING_TO))
        #: Answers that report something said ("Myanmar's representatives *discussed* ..."):
        #: what a speaker said is asked of them; of the others it is said not to be reported.
        self._reports_speech = frozenset(
            intent.id for intent in kb.intents.values() if intent.kind == "content"
            and _REPORTS_SPEECH.search(" ".join(line.text for line in intent.answer_lines)))
        #: ... and those whose figure is only rough ("over 50"): no exact count.
        self._rough_figures = frozenset(
            intent.id for intent in kb.intents.values() if intent.kind == "content"
            and any(_ROUGH_FIGURE.search(line.text) for line in intent.answer_lines))
        self._gives_figure = frozenset(
            intent.id for intent in kb.intents.values() if intent.kind == "content"
            and any(_FIGURE.search(line.text) for line in intent.answer_lines))
        self._asking_words = frozenset(self.normaliser.content_tokens(" ".join(_ASKING)))
        #: Words that ask what someone urged, not about what: "what approach did they *push
        #: for*?".
        self._urging_words = frozenset(self.normaliser.content_tokens(" ".join(_URGING)))
        #: Words for any event: "the meeting" names none of an answer's subjects.
        self._any_event_words = frozenset(self.normaliser.content_tokens(
            "meeting conference event summit gathering"))
        #: Words that ask what a text says, not what it says it about ("does the FAQ *claim*
        #: ...", "is X *mentioned* in the *text*").
        self._telling = frozenset(self.normaliser.content_tokens(" ".join(_TELLING)))
        #: The words each answer says (its title and text), for follow-ups that ask about it.
        self._answer_words = {intent.id: frozenset(self.normaliser.content_tokens(
            _evidence_of(intent, kb))) for intent in kb.intents.values()}
        #: Each content answer's words in order, for questions that quote one.
        self._answer_texts = {intent.id: " {} ".format(" ".join(self.normaliser.content_tokens(
            " ".join(line.text for line in intent.answer_lines))))
            for intent in kb.intents.values() if intent.kind == "content"}
        #: Words few content intents speak of ("chemicals"): a question asking "about" one is
        #: asking of those intents.
        spread = Counter(word for intent in kb.intents.values() if intent.kind == "content"
                         for word in self.matcher.words_of(intent.id, answer=True))
        self._rare_subjects = frozenset(w for w, n in spread.items() if n <= RARE_SUBJECT)
        #: Intents (and not-stated entries) that say how often an event is held: which tells
        #: when its next edition is.
        self._tells_frequency = frozenset(
            key for key in (*kb.intents, *self.gaps)
            if self.matcher.words_of(key, answer=True) >= PERIODIC)
        self.guard = HarmGuard(kb.harm, self.normaliser,
                               shipped_model() if kb.harm.learned_model else None)
        #: Words the sources write with a capital: the names they know.
        self._capitalised = frozenset(
            stem(fold(word)) for text in _named_texts(kb) for word in _CAPITALISED.findall(text))
        self._topic_titles = tuple(t.title for t in kb.topics)
        #: The years the documents speak of ("2023"): one they never do names another time.
        self._documented_years = frozenset(
            year for document in kb.corpus.documents.values()
            for paragraph in document.paragraphs for year in YEAR.findall(paragraph.text))
        #: Answers on crimes alone (every topic of theirs names a crime: "drugs", "money
        #: laundering"; not "cooperation" or "myanmar"): what a follow-up asking how to do "that"
        #: would be doing.
        crimes = frozenset(t.id for t in kb.topics if any(
            self.guard.names_crime(alias) for alias in (t.title, *t.aliases)))
        self._crime_answers = frozenset(
            intent.id for intent in kb.intents.values()
            if intent.kind == "content" and intent.topics and set(intent.topics) <= crimes)

    def _one_event(self, text: str) -> str | None:
        """The document whose event ``text`` names, when it names exactly one that has names."""
        named = self.events.named(text)
        document = next(iter(named)) if len(named) == 1 else None
        return document if document in self._name_patterns else None

    def _match(self, question: str, context: str = "", *, with_context: bool = False,
               normalised: str | None = None, previous: str | None = None,
               unweighed: frozenset[str] = frozenset()) -> MatchResult:
        """Match (the question, or with ``with_context`` the question and its context), keeping
        only intents of the event the question names, or else the one its context (or the
        ``previous`` answer) belongs to."""
        if _CLAUSE_WH.search(question):
            # "what did they emphasize *when they spoke* about ...": not a question of time
            question, normalised = _CLAUSE_WH.sub(_unless_joined, question), None
        asked = _INTERJECTION.sub("", question, count=1)
        if asked != question and len(asked.split()) >= INTERJECTED_WORDS:
            # "ok and what's AMMTC for?": the "ok" says nothing of what is asked
            question, normalised = asked, None
        text = f"{question} {context}" if with_context and context else question
        return self.matcher.match(text, limit=5,
                                  only=self.events.allowed(question, context, normalised,
                                                           previous),
                                  normalised=None if with_context else normalised,
                                  unweighed=unweighed)

    def match(self, question: str) -> MatchResult:
        """The candidates ``respond`` decides on for a plain question (the event kept)."""
        return self._match(question[:MAX_QUESTION_CHARS])

    def _quoting(self, kb: KnowledgeBase, paragraph_of: Callable[[Document], str | None]
                 ) -> dict[str, frozenset[str]]:
        """Document id -> the content intents that quote its paragraph ``paragraph_of`` picks."""
        found: dict[str, frozenset[str]] = {}
        for document in kb.corpus.documents.values():
            paragraph = paragraph_of(document)
            if paragraph is not None:
                found[document.id] = frozenset(
                    intent for intent, quoted in self._paragraphs.items()
                    if (document.id, paragraph) in quoted)
        return found

    def _same_paragraph(self, first: str, second: str) -> bool:
        """Whether two content intents quote one paragraph."""
        return bool(self._paragraphs.get(first, frozenset())
                    & self._paragraphs.get(second, frozenset()))
