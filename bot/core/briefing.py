"""Compose a briefing: several cited snippets on one topic, or an overview of every topic.

A briefing is built only from intents' answers (word for word from the corpus), each point
carrying the number of its source, so a team can paste it into a report and trace every line.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot import texts
from bot.core.normalise import fold
from bot.knowledge.intents import Intent, KnowledgeBase, SourceRef, Topic

#: The topic whose intents are the cooperation measures of every briefing.
COOPERATION_TOPIC = "cooperation"
#: Minimum ``fuzz.WRatio`` for "/brief drug trafficking" to pick a topic by its title.
TOPIC_MATCH_CUTOFF = 80.0
#: Most points in one section.
MAX_POINTS = 8


@dataclass(frozen=True)
class Point:
    """One line of a briefing and the number of its source in ``Briefing.sources``."""

    text: str
    source: int


@dataclass(frozen=True)
class Section:
    """A titled list of points."""

    title: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Briefing:
    """A headline, sections of cited points, and the numbered sources."""

    headline: str
    sections: tuple[Section, ...]
    sources: tuple[SourceRef, ...]
    topic: str | None = None


class _Citations:
    """Numbers sources in order of first use."""

    def __init__(self) -> None:
        self.sources: list[SourceRef] = []

    def number(self, source: SourceRef) -> int:
        for index, known in enumerate(self.sources, 1):
            if (known.document, known.paragraph) == (source.document, source.paragraph):
                return index
        self.sources.append(source)
        return len(self.sources)


def _lead(intent: Intent) -> str:
    """The answer line that holds the intent's quote (its key sentence), else the first line."""
    lines = [line.text for line in intent.answer_lines]
    quote = intent.sources[0].quote if intent.sources else ""
    return next((line for line in lines if quote and quote in line), lines[0])


def _points(intents: list[Intent], citations: _Citations) -> tuple[Point, ...]:
    seen: set[str] = set()
    points: list[Point] = []
    for intent in intents:
        text = _lead(intent)
        if text in seen or not intent.sources:
            continue
        seen.add(text)
        points.append(Point(text, citations.number(intent.sources[0])))
        if len(points) == MAX_POINTS:
            break
    return tuple(points)


def find_topic(kb: KnowledgeBase, text: str) -> Topic | None:
    """The topic a user means by ``text`` (its id or its title, allowing typos), or None."""
    wanted = fold(text)
    if not wanted:
        return None
    for topic in kb.topics:
        if wanted in (fold(topic.id), fold(topic.title)):
            return topic
    names = {topic.id: fold(f"{topic.id.replace('-', ' ')} {topic.title}") for topic in kb.topics}
    hit = process.extractOne(wanted, names, scorer=fuzz.WRatio, processor=None,
                             score_cutoff=TOPIC_MATCH_CUTOFF)
    return kb.topic(hit[2]) if hit else None


def topic_briefing(kb: KnowledgeBase, topic: Topic) -> Briefing:
    """Key points on ``topic`` and the cooperation measures that bear on it."""
    citations = _Citations()
    own = kb.intents_of_topic(topic.id)
    key = [i for i in own if COOPERATION_TOPIC not in i.topics or topic.id == COOPERATION_TOPIC]
    measures: list[Intent] = [i for i in own if i not in key]
    for intent in own:
        for related in intent.related:
            other = kb.intents.get(related)
            if other and COOPERATION_TOPIC in other.topics and other not in measures + key:
                measures.append(other)
    sections = [Section(texts.KEY_POINTS, _points(key, citations))]
    if measures and topic.id != COOPERATION_TOPIC:
        sections.append(Section(texts.COOPERATION_MEASURES, _points(measures, citations)))
    return Briefing(texts.briefing_headline(topic.title), tuple(s for s in sections if s.points),
                    tuple(citations.sources), topic.id)


def overview_briefing(kb: KnowledgeBase) -> Briefing:
    """One key point for every topic, then the cooperation measures."""
    citations = _Citations()
    firsts = [intents[0] for t in kb.topics if t.id != COOPERATION_TOPIC
              if (intents := kb.intents_of_topic(t.id))]
    sections = [Section(texts.KEY_AREAS, _points(firsts, citations))]
    measures = kb.intents_of_topic(COOPERATION_TOPIC)
    if measures:
        sections.append(Section(texts.COOPERATION_MEASURES, _points(measures, citations)))
    return Briefing(texts.OVERVIEW_HEADLINE, tuple(sections),
                    tuple(citations.sources))
