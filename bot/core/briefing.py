"""Compose a briefing an official can forward: quotes grouped by source document, each cited.

A briefing is built only from the sources' words: the curated points of ``briefings:`` in
intents.yaml when the topic has them, else the answers of the topic's intents. Points are grouped
by document (so two events are never mixed), a line that introduces a list keeps its list, every
point cites the paragraph that says it (never an FAQ question), and the overview ends with a
bottom line quoted from the text. How long it may be is the renderer's business.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process

from bot import texts
from bot.core.normalise import Normaliser
from bot.knowledge.briefings import OVERVIEW, QUESTION_KIND, BriefingPlan, PlannedPoint
from bot.knowledge.corpus import Document
from bot.knowledge.intents import Intent, KnowledgeBase, Line, SourceRef, Topic
from bot.knowledge.quotes import squash, without_notes

#: Minimum ``fuzz.WRatio`` for "/brief drugz" to pick a topic by a misspelt name.
TOPIC_MATCH_CUTOFF = 80.0
#: Most points a briefing composed from intents takes from one topic.
MAX_POINTS = 8


@dataclass(frozen=True)
class Point:
    """One quote of a briefing, the paragraph that says it, and the list it introduces."""

    text: str
    source: SourceRef
    items: tuple[Point, ...] = ()


@dataclass(frozen=True)
class Section:
    """The points from one source document, with how the document is named and dated."""

    document: Document
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Briefing:
    """A title, one section per source document, and (for the overview) a bottom line."""

    title: str
    sections: tuple[Section, ...]
    bottom_line: Point | None = None
    topic: str | None = None
    #: Every document cited, by id (for the short labels and the full titles).
    documents: Mapping[str, Document] = field(default_factory=dict)

    @property
    def headline(self) -> str:
        """What the briefing is headed with."""
        return texts.briefing_headline(self.title)


def cited(briefing: Briefing) -> tuple[SourceRef, ...]:
    """The paragraphs a briefing cites, once each, in order (points, their items, bottom line)."""
    seen: dict[tuple[str, str], SourceRef] = {}
    points = [p for s in briefing.sections for p in s.points]
    points += [briefing.bottom_line] if briefing.bottom_line else []
    for point in points:
        for one in (point, *point.items):
            seen.setdefault((one.source.document, one.source.paragraph), one.source)
    return tuple(seen.values())


# --- finding the topic a user means -----------------------------------------------------------

def _names(topic: Topic) -> list[str]:
    return [topic.id.replace("-", " "), topic.title, *topic.aliases]


def find_topics(kb: KnowledgeBase, text: str) -> tuple[Topic, ...]:
    """The topics ``text`` may mean: one, several when it is ambiguous ("trafficking"), or none.

    Names (id, title, aliases) and ``text`` go through the questions' normaliser (synonyms,
    filler words, stems). A name said exactly wins; else the topics whose names contain every
    word said; else the closest name allowing typos.
    """
    normaliser = Normaliser(kb.synonyms)
    wanted = normaliser.content_tokens(text)
    if not wanted:
        return ()
    names = [(topic, normaliser.content_tokens(name)) for topic in kb.topics
             for name in _names(topic)]
    exact = _unique(topic for topic, tokens in names if tokens == wanted)
    if exact:
        return exact
    contained = _unique(topic for topic, tokens in names if tokens and set(wanted) <= set(tokens))
    if contained:
        return contained
    choices = {f"{n}:{topic.id}": " ".join(tokens) for n, (topic, tokens) in enumerate(names)}
    hit = process.extractOne(" ".join(wanted), choices, scorer=fuzz.WRatio, processor=None,
                             score_cutoff=TOPIC_MATCH_CUTOFF)
    found = kb.topic(hit[2].split(":", 1)[1]) if hit else None
    return (found,) if found else ()


def _unique(topics: Iterable[Topic]) -> tuple[Topic, ...]:
    return tuple(dict.fromkeys(topics))


def find_topic(kb: KnowledgeBase, text: str) -> Topic | None:
    """The one topic ``text`` means, or None (unknown, or ambiguous between several)."""
    found = find_topics(kb, text)
    return found[0] if len(found) == 1 else None


# --- composing ----------------------------------------------------------------------------------

def topic_briefing(kb: KnowledgeBase, topic: Topic) -> Briefing:
    """The briefing on ``topic``: its curated points, else its intents' answers."""
    plan = kb.briefings.get(topic.id)
    if plan is not None:
        return _from_plan(kb, plan, topic.title, topic.id)
    points = _points_of_intents(kb, kb.intents_of_topic(topic.id), lead_only=False)
    return _briefing(kb, topic.title, points[:MAX_POINTS], None, topic.id)


def overview_briefing(kb: KnowledgeBase) -> Briefing:
    """The overview: the curated one, else the lead of every topic's first intent."""
    plan = kb.briefings.get(OVERVIEW)
    if plan is not None:
        return _from_plan(kb, plan, texts.OVERVIEW_TITLE, None)
    firsts = [intents[0] for t in kb.topics if (intents := kb.intents_of_topic(t.id))]
    points = _points_of_intents(kb, list(dict.fromkeys(firsts)), lead_only=True)
    return _briefing(kb, texts.OVERVIEW_TITLE, points, None, None)


def all_briefings(kb: KnowledgeBase) -> list[Briefing]:
    """The overview and every topic's briefing."""
    return [overview_briefing(kb), *(topic_briefing(kb, topic) for topic in kb.topics)]


def _from_plan(kb: KnowledgeBase, plan: BriefingPlan, title: str, topic: str | None) -> Briefing:
    points = [_planned(kb, p) for p in plan.points]
    bottom = _planned(kb, plan.bottom_line) if plan.bottom_line else None
    return _briefing(kb, title, points, bottom, topic)


def _briefing(kb: KnowledgeBase, title: str, points: Sequence[Point], bottom: Point | None,
              topic: str | None) -> Briefing:
    cited_ids = [p.source.document for point in [*points, *([bottom] if bottom else [])]
                 for p in (point, *point.items)]
    documents = {d: kb.corpus.documents[d] for d in cited_ids if d in kb.corpus.documents}
    return Briefing(title, _sections(kb, points), bottom, topic, documents)


def _planned(kb: KnowledgeBase, planned: PlannedPoint) -> Point:
    return Point(planned.quote, _source(kb, planned.document, planned.paragraph, planned.quote),
                 tuple(_planned(kb, item) for item in planned.items))


def _source(kb: KnowledgeBase, document: str, paragraph: str, text: str) -> SourceRef:
    doc = kb.corpus.documents.get(document)
    return SourceRef(document, paragraph, without_notes(text), doc.title if doc else "")


def _sections(kb: KnowledgeBase, points: Sequence[Point]) -> tuple[Section, ...]:
    """Points grouped by document, documents in the order first cited."""
    by_document: dict[str, list[Point]] = {}
    for point in points:
        by_document.setdefault(point.source.document, []).append(point)
    return tuple(Section(kb.corpus.documents[doc], tuple(found))
                 for doc, found in by_document.items() if doc in kb.corpus.documents)


def _points_of_intents(kb: KnowledgeBase, intents: Sequence[Intent], *,
                       lead_only: bool) -> list[Point]:
    """Points from intents' answers: each line cited to the paragraph that holds it, a line
    ending in ":" with the list items after it; the same text only once."""
    points: list[Point] = []
    seen: set[str] = set()
    for intent in intents:
        groups = _line_groups(intent.answer_lines)[: 1 if lead_only else None]
        found = [p for group in groups if (p := _point_of_lines(kb, intent, group))]
        for point in _joined(found):
            if point.text not in seen:
                seen.add(point.text)
                points.append(point)
    return points


def _joined(points: list[Point]) -> list[Point]:
    """Consecutive plain lines of one paragraph as one point, so a sentence that leans on the
    one before it ("these cartels") keeps it."""
    joined: list[Point] = []
    for point in points:
        last = joined[-1] if joined else None
        if last and not last.items and not point.items and (
                last.source.document, last.source.paragraph) == (point.source.document,
                                                                 point.source.paragraph):
            text = f"{last.text} {point.text}"
            joined[-1] = Point(text, replace(last.source, quote=without_notes(text)))
        else:
            joined.append(point)
    return joined


def _line_groups(lines: Sequence[Line]) -> list[list[Line]]:
    """Answer lines as points: a plain line, with the list items that follow it."""
    groups: list[list[Line]] = []
    for line in lines:
        if line.is_list_item and groups:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _point_of_lines(kb: KnowledgeBase, intent: Intent, group: list[Line]) -> Point | None:
    lead = _cited_point(kb, intent, group[0].text)
    if lead is None:
        return None
    items = tuple(p for line in group[1:] if (p := _cited_point(kb, intent, line.text)))
    return Point(lead.text, lead.source, items)


def _cited_point(kb: KnowledgeBase, intent: Intent, text: str) -> Point | None:
    """``text`` cited to the first of the intent's paragraphs that holds it (never a question)."""
    bare = without_notes(text)
    for source in intent.sources:
        paragraph = kb.corpus.paragraph(source.document, source.paragraph)
        if paragraph and paragraph.kind != QUESTION_KIND and bare in squash(paragraph.text):
            return Point(text, _source(kb, source.document, source.paragraph, text))
    return None
