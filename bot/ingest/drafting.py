"""Draft intents from a document's paragraphs: one per substantive point, never served as is.

A point is a paragraph (a list's lead line with its items is one more), or each sentence of a
long paragraph; a FAQ question with its answer is one intent. Each draft quotes the source word
for word, guesses its topics from the words the existing topics use, and gets example questions
made from its own text: question forms of its sentence, keyword forms and the document's acronyms.
The curator rewrites what reads badly; ``briefbot check`` says what collides.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bot.core.normalise import STOPWORDS, Normaliser
from bot.ingest.debris import words
from bot.ingest.paragraphs import Para
from bot.knowledge.intents import MAX_ID, MAX_TITLE, MIN_EXAMPLES, KnowledgeBase
from bot.knowledge.quotes import sentences

#: A paragraph with this many sentences or more is drafted sentence by sentence.
LONG_PARAGRAPH = 4
#: How many examples a draft gets (the schema asks for at least MIN_EXAMPLES).
EXAMPLES_PER_DRAFT = 10
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,9}\b")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+")
_LABEL = re.compile(r"^([^:.;?!]{3,60}):\s+\S")
_EXTRA_STOP = {"also", "such", "more", "other", "various", "well", "including", "within",
               "among", "across", "often", "every", "usually", "while", "like", "very", "there",
               "their", "these", "those", "this", "that", "which", "with", "from", "into",
               "significant", "crucial", "essential", "vital", "important", "relevant",
               "effective", "effectively", "increasingly", "pose", "poses", "need", "needs",
               "several", "ensure", "ensuring", "made", "make", "many", "much",
               "take", "took", "place", "part", "said", "says", "year", "years", "time"}
_VERB_SPLIT = re.compile(r"^(?P<subject>.{3,90}?)\s+(?P<verb>must|should|can|will|is|are|was|"
                         r"were|has|have|remains|requires|require|aims to|serves as|provides|"
                         r"addresses|demonstrated|underscored|emphasized|emphasised|highlighted|"
                         r"highlights|pose|poses)\s+(?P<rest>.+)$")


@dataclass
class Draft:
    """A draft intent, in the shape of an intents.yaml entry plus its ``draft`` flag."""

    id: str
    title: str
    topics: list[str]
    examples: list[str]
    answer: str
    sources: list[dict[str, str]]
    related: list[str] = field(default_factory=list)


def slug(text: str, limit: int = 40) -> str:
    """lowercase-with-dashes from the first words of ``text``, at most ``limit`` characters."""
    out = ""
    for word in re.findall(r"[a-z0-9]+", re.sub(r"['\u2019]s\b", "", text.lower())):
        if word in STOPWORDS:
            continue
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or "document"


def acronyms(paragraphs: Sequence[Para]) -> list[str]:
    """Acronyms the document uses twice or more (AMMTC, ASEAN), most used first."""
    counts = Counter(m for p in paragraphs for m in _ACRONYM.findall(p.text))
    return [a for a, n in counts.most_common() if n >= 2 and not a.isdigit()]


def _short_title(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_TITLE:
        return text
    cut = text[:MAX_TITLE - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "\u2026"


class _Keywords:
    """The words that set a paragraph apart within its document (tf-idf over paragraphs)."""

    def __init__(self, paragraphs: Sequence[Para], asked: Counter[str]) -> None:
        #: How many intents already ask with a word: such words would pull questions to them,
        #: so they weigh less.
        self.asked = asked
        self.docs = [self._words(p.text) for p in paragraphs]
        self.df = Counter(w for d in self.docs for w in set(d))
        self.n = max(1, len(self.docs))

    def _words(self, text: str) -> list[str]:
        return [w for w in (_bare(w) for w in words(text)) if self.usable(w)]

    def usable(self, word: str) -> bool:
        """A word people might type to ask: not filler, not an adverb or a participle (a word
        in -ing counts when people already ask with it: "trafficking", "laundering")."""
        return (len(word) > 3 and word not in STOPWORDS and word not in _EXTRA_STOP
                and not word.isdigit() and not word.endswith(("ed", "ly"))
                and (not word.endswith("ing") or self.asked[word] > 0))

    def _weight(self, word: str) -> float:
        return math.log(1 + self.n / self.df.get(word, 1)) / (
            1 + 0.5 * math.log(1 + self.asked[word]))

    def top(self, text: str, count: int) -> list[str]:
        found = self._words(text)
        tf = Counter(found)
        order = {w: i for i, w in reversed(list(enumerate(found)))}
        scored = sorted(tf, key=lambda w: (-tf[w] * self._weight(w), order[w]))
        return scored[:count]

    def phrase(self, text: str) -> str | None:
        """The best two-word phrase of content words ("precursor chemicals")."""
        found = [_bare(w) for w in words(text)]
        best, score = None, 0.0
        for a, b in itertools.pairwise(found):
            if not (self.usable(a) and self.usable(b)):
                continue
            value = self._weight(a) + self._weight(b)
            if value > score:
                best, score = f"{a} {b}", value
        return best


class _Topics:
    """Guesses topics from the words the existing topics use (titles, aliases, their intents)."""

    def __init__(self, kb: KnowledgeBase, normaliser: Normaliser) -> None:
        self.normaliser = normaliser
        self.vocab: dict[str, Counter[str]] = {}
        for topic in kb.topics:
            text = " ".join([topic.title, *topic.aliases,
                             *(" ".join([i.title, i.answer, *i.examples])
                               for i in kb.intents.values() if i.topics[:1] == (topic.id,))])
            self.vocab[topic.id] = Counter(normaliser.content_tokens(text))
        owners = Counter(w for v in self.vocab.values() for w in v)
        self.weight = {w: 1.0 / n for w, n in owners.items()}
        self.fallback = kb.topics[0].id if kb.topics else "general"

    def guess(self, text: str) -> list[str]:
        tokens = set(self.normaliser.content_tokens(text))
        scores = {t: sum(self.weight[w] * math.log(1 + v[w]) for w in tokens if w in v)
                  for t, v in self.vocab.items()}
        ranked = sorted(scores, key=lambda t: -scores[t])
        if not ranked or scores[ranked[0]] <= 0:
            return [self.fallback]
        chosen = [ranked[0]]
        if len(ranked) > 1 and scores[ranked[1]] >= 0.7 * scores[ranked[0]]:
            chosen.append(ranked[1])
        return chosen


def _bare(word: str) -> str:
    """A word in lower case without its possessive ("nation's" -> "nation")."""
    return re.sub(r"['\u2019]s$", "", word.lower())


def _base(verb: str) -> str:
    """The verb without its third-person -s ("provides" -> "provide", "addresses" -> "address")."""
    head, _, tail = verb.partition(" ")
    if head.endswith("sses"):
        head = head[:-2]
    elif head.endswith("s"):
        head = head[:-1]
    return f"{head} {tail}".strip()


def _question_forms(sentence: str, label: str | None) -> list[str]:
    """Questions made from the sentence's own shape ("X must do Y" -> "who must do Y")."""
    forms: list[str] = []
    body = sentence[len(label) + 1:].strip() if label else sentence
    match = _VERB_SPLIT.match(body.rstrip(".!"))
    if match:
        subject = match["subject"].rsplit(",", 1)[-1].strip(" \"'\u201c\u201d\u2018\u2019")
        verb = match["verb"]
        rest = " ".join(match["rest"].split()[:7]).rstrip(",;:")
        if subject and subject.split()[0].lower() in STOPWORDS | {"one", "the", "a", "an"}:
            subject = subject[0].lower() + subject[1:]
        if verb in ("must", "should", "can", "will") and rest.startswith("be "):
            forms.append(f"what {verb} be {' '.join(rest.split()[1:])}")
        elif verb in ("must", "should", "can", "will"):
            forms.append(f"who {verb} {rest}")
            forms.append(f"what {verb} {subject} do")
        elif verb in ("is", "are", "was", "were"):
            forms.append(f"what {verb} {subject}")
            forms.append(f"what {verb} said about {subject}")
        elif verb not in ("has", "have") and len(subject.split()) <= 8:
            forms.append(f"what has {subject} {verb}" if verb.endswith("ed") else
                         f"what does {subject} {_base(verb)}")
    if label:
        forms.append(f"what about {label.lower()}")
    return forms


class Drafter:
    """Writes the drafts for one document, avoiding examples the knowledge base already has."""

    def __init__(self, doc_id: str, paragraphs: Sequence[Para], kb: KnowledgeBase,
                 normaliser: Normaliser) -> None:
        self.doc_id = doc_id
        self.paragraphs = list(paragraphs)
        asked = Counter(w for i in kb.intents.values()
                        for w in {w.lower() for e in i.examples for w in words(e)})
        self.keywords = _Keywords(self.paragraphs, asked)
        self.topics = _Topics(kb, normaliser)
        self.acronyms = acronyms(self.paragraphs)[:2]
        self.taken = {_comparable(e) for i in kb.intents.values() for e in i.examples}
        self.ids = set(kb.intents)
        self.drafts: list[Draft] = []

    def _id(self, text: str) -> str:
        base = f"{self.doc_id}-{slug(text, MAX_ID - len(self.doc_id) - 5)}"[:MAX_ID - 4].strip("-")
        candidate, n = base, 2
        while candidate in self.ids:
            candidate, n = f"{base}-{n}", n + 1
        self.ids.add(candidate)
        return candidate

    def _examples(self, text: str, first: Iterable[str], label: str | None) -> list[str]:
        keys = self.keywords.top(text, 4)
        phrase = self.keywords.phrase(text)
        lead = sentences(text)[0] if sentences(text) else text
        candidates = [*first, *_question_forms(lead, label)]
        if phrase:
            candidates += [f"what does the document say about {phrase}", phrase,
                           *(f"{a.lower()} {phrase}" for a in self.acronyms
                             if a.lower() not in phrase.split())]
        if keys:
            candidates += [" ".join(keys[:2]), " ".join(keys[:3]),
                           f"tell me about {phrase or ' '.join(keys[:2])}",
                           *(f"{a.lower()} {' '.join(keys[:2])}" for a in self.acronyms
                             if a.lower() not in keys[:2]),
                           f"{keys[0]} and {keys[1]}" if len(keys) > 1 else f"{keys[0]} facts",
                           f"info on {' '.join(keys[1:4])}" if len(keys) > 2 else f"{keys[0]} info",
                           f"what is said about {keys[0]}", f"{keys[0]} summary",
                           f"explain {' '.join(keys[:2])}"]
        chosen: list[str] = []
        for candidate in candidates:
            text_form = " ".join(candidate.split())
            key = _comparable(text_form)
            if not key or key in self.taken or len(key.split()) > 20:
                continue
            self.taken.add(key)
            chosen.append(text_form)
            if len(chosen) >= EXAMPLES_PER_DRAFT:
                break
        n = 1
        while len(chosen) < MIN_EXAMPLES:  # a paragraph with too few words of its own
            filler = f"{self.doc_id} point {len(self.drafts) + 1} question {n}"
            n += 1
            if _comparable(filler) not in self.taken:
                self.taken.add(_comparable(filler))
                chosen.append(filler)
        return chosen

    def _add(self, title: str, answer: str, sources: list[dict[str, str]],
             first: Iterable[str] = (), label: str | None = None) -> None:
        self.drafts.append(Draft(self._id(title), _short_title(title), self.topics.guess(answer),
                                 self._examples(answer, first, label), answer, sources))

    def run(self) -> list[Draft]:
        """All drafts, in document order."""
        covered: set[str] = set()
        paras = self.paragraphs
        for n, para in enumerate(paras):
            nxt = paras[n + 1] if n + 1 < len(paras) else None
            if para.kind == "question" and nxt is not None and nxt.kind == "text":
                question = _NUMBERED.sub("", para.text).strip()
                # cites the answer only: the question paragraph says nothing (check refuses it)
                self._add(question, nxt.text, [_source(self.doc_id, nxt, nxt.text)],
                          first=[question, question.rstrip("?").lower()])
                covered.add(nxt.id)
                continue
            if para.id in covered or para.kind not in ("text", "item"):
                continue
            items = _items_after(paras, n)
            if para.text.rstrip().endswith(":") and items:
                answer = "\n".join([para.text, *(f"- {i.text}" for i in items)])
                labels = [m.group(1) for i in items if (m := _LABEL.match(i.text))]
                self._add(para.text.rstrip(":"), answer,
                          [_source(self.doc_id, para, para.text),
                           *(_source(self.doc_id, i, _lead(i.text)) for i in items)],
                          first=[", ".join(labels[:3]).lower()] if labels else ())
                continue  # the lead line's point is its list
            label_match = _LABEL.match(para.text) if para.kind == "item" else None
            label = label_match.group(1) if label_match else None
            points = _points(para.text)
            for point in points:
                title = label if label and len(points) == 1 else point
                self._add(title, point, [_source(self.doc_id, para, point)], label=label)
        return self.drafts


def _items_after(paras: Sequence[Para], n: int) -> list[Para]:
    items: list[Para] = []
    for later in paras[n + 1:]:
        if later.kind != "item":
            break
        items.append(later)
    return items


def _lead(text: str) -> str:
    """The words a list item's quote rests on: its label, or its first sentence."""
    label = _LABEL.match(text)
    return label.group(1) if label else (sentences(text) or [text])[0]


def _points(text: str) -> list[str]:
    """The paragraph whole, or its sentences when it is long; a sentence that leans on the one
    before ("This collective effort ...") stays with it."""
    found = sentences(text)
    if len(found) < LONG_PARAGRAPH:
        return [text]
    points: list[str] = []
    for sentence in found:
        if points and _leans_at_start(sentence):
            points[-1] = f"{points[-1]} {sentence}"
        else:
            points.append(sentence)
    return points


def _leans_at_start(sentence: str) -> bool:
    """Whether the sentence opens on what the one before said ("This collective effort")."""
    return bool(re.match(r"(?:this|these|those|such|it|they)\b", sentence, re.IGNORECASE))


def _source(doc_id: str, para: Para, quote: str) -> dict[str, str]:
    return {"document": doc_id, "paragraph": para.id, "quote": quote}


def _comparable(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold().replace("'", "").replace("\u2019", ""))
                    .split())
