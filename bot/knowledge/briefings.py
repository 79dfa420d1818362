"""Curated briefings (``briefings:`` in intents.yaml): which quotes brief on each topic.

A briefing is a list of points, each a quote of the paragraph it cites (``cite: gscc-2023#p5``),
word for word but for editor's notes in [square brackets]; a point whose quote ends with ":"
carries the list it introduces as ``items``. The overview (key ``overview``) ends with a
``bottom_line``. Points are checked here, where the file and line are known: the paragraph exists
and is not an FAQ question, the quote is faithful, and no line is left ending in ":".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.errors import Problem
from bot.knowledge.corpus import Corpus
from bot.knowledge.quotes import quote_problem
from bot.knowledge.yamlsource import LineDict, line_of

#: The key of the briefing on every topic at once.
OVERVIEW = "overview"
#: A paragraph of this kind asks; the answer is in the paragraph after it.
QUESTION_KIND = "question"
_PLAN_KEYS = ("points", "bottom_line")
_POINT_KEYS = ("cite", "quote", "items")


@dataclass(frozen=True)
class PlannedPoint:
    """One quote of a briefing, the paragraph it cites, and the list it introduces (if any)."""

    document: str
    paragraph: str
    quote: str
    items: tuple[PlannedPoint, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class BriefingPlan:
    """The curated points of one briefing (a topic's, or the overview), and its bottom line."""

    key: str
    points: tuple[PlannedPoint, ...]
    bottom_line: PlannedPoint | None = None
    line: int | None = None


class _PlanReader:
    """Reads and checks the plans, collecting problems with their lines."""

    def __init__(self, name: str, corpus: Corpus | None, problems: list[Problem]) -> None:
        self.name = name
        self.corpus = corpus
        self.problems = problems

    def error(self, line: int | None, message: str, fix: str) -> None:
        self.problems.append(Problem(self.name, line, message, fix))

    def point(self, raw: object, line: int | None, where: str,
              nested: bool = False) -> PlannedPoint | None:
        if not isinstance(raw, LineDict):
            self.error(line, f"a point of {where} is not a mapping.",
                       "write it as 'cite: <document>#<paragraph>' and 'quote: ...'.")
            return None
        for key in raw:
            if key not in _POINT_KEYS:
                self.error(line_of(raw, key), f"unknown key '{key}' in a point of {where}.",
                           f"use only {', '.join(_POINT_KEYS)}.")
        cite, quote = raw.get("cite"), raw.get("quote")
        if not isinstance(cite, str) or "#" not in cite or not isinstance(quote, str) or not (
                quote.strip()):
            self.error(line, f"a point of {where} needs 'cite' (document#paragraph) and 'quote'.",
                       "write e.g. 'cite: gscc-2023#p5' and the quoted sentence as 'quote'.")
            return None
        document, paragraph = cite.split("#", 1)
        quote = " ".join(quote.split())
        self._verify(raw, document, paragraph, quote, where)
        items = self._items(raw, where, nested)
        if quote.endswith(":") and not items:
            self.error(line_of(raw, "quote"), f"a point of {where} ends with ':' but its list "
                       "is missing.", "add the items it introduces under 'items:', or quote a "
                       "sentence that stands without them.")
        return PlannedPoint(document, paragraph, quote, items, line)

    def _items(self, raw: LineDict, where: str, nested: bool) -> tuple[PlannedPoint, ...]:
        value: Any = raw.get("items") or []
        if not isinstance(value, list) or (value and nested):
            self.error(line_of(raw, "items"), f"'items' of a point of {where} must be a list of "
                       "points (one level only).", "write '- cite: ...' and 'quote: ...' items.")
            return ()
        items = [self.point(item, line_of(value, n), where, nested=True)
                 for n, item in enumerate(value)]
        return tuple(i for i in items if i is not None)

    def _verify(self, raw: LineDict, document: str, paragraph_id: str, quote: str,
                where: str) -> None:
        if self.corpus is None:
            return
        doc = self.corpus.documents.get(document)
        paragraph = doc.paragraph(paragraph_id) if doc else None
        if doc is None or paragraph is None:
            self.error(line_of(raw, "cite"), f"a point of {where} cites {document}#{paragraph_id}, "
                       "which does not exist.", "cite a document id and paragraph id of corpus/.")
            return
        if paragraph.kind == QUESTION_KIND:
            self.error(line_of(raw, "cite"), f"a point of {where} cites {document}#{paragraph_id}, "
                       "an FAQ question.", "cite the paragraph that answers it (the one after).")
            return
        fault = quote_problem(quote, paragraph.text)
        if fault:
            self.error(line_of(raw, "quote"), f"the quote of a point of {where} {fault} "
                       f"({document}#{paragraph_id}): {quote[:60]!r}.",
                       "copy the words exactly from that paragraph; only an editor's note in "
                       "[square brackets] may add words.")


def read_briefings(data: LineDict, name: str, topic_ids: set[str], corpus: Corpus | None,
                   problems: list[Problem]) -> Mapping[str, BriefingPlan]:
    """The ``briefings:`` section of ``data`` (optional), checked; problems are appended to
    ``problems``."""
    raw = data.get("briefings")
    if raw is None:
        return {}
    line = line_of(data, "briefings")
    reader = _PlanReader(name, corpus, problems)
    if not isinstance(raw, LineDict):
        reader.error(line, "'briefings' must map 'overview' and topic ids to briefings.",
                     "write 'briefings:' then 'overview:' or a topic id with 'points:'.")
        return {}
    plans: dict[str, BriefingPlan] = {}
    for key, value in raw.items():
        key_line = line_of(raw, key)
        if key != OVERVIEW and key not in topic_ids:
            reader.error(key_line, f"briefing '{key}' is neither 'overview' nor a topic id.",
                         f"use 'overview' or one of: {', '.join(sorted(topic_ids))}.")
            continue
        where = f"briefing '{key}'"
        if not isinstance(value, LineDict) or not isinstance(value.get("points"), list):
            reader.error(key_line, f"{where} has no 'points' list.",
                         "add 'points:' with '- cite: ...' and 'quote: ...' items.")
            continue
        for extra in value:
            if extra not in _PLAN_KEYS:
                reader.error(line_of(value, extra), f"unknown key '{extra}' in {where}.",
                             f"use only {', '.join(_PLAN_KEYS)}.")
        raw_points = value["points"]
        points = [reader.point(p, line_of(raw_points, n), where) for n, p in enumerate(raw_points)]
        bottom = value.get("bottom_line")
        bottom_line = (reader.point(bottom, line_of(value, "bottom_line"), where)
                       if bottom is not None else None)
        plans[key] = BriefingPlan(key, tuple(p for p in points if p is not None), bottom_line,
                                  key_line)
    return plans
