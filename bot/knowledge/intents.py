"""The knowledge base: ``intents.yaml`` (schema, loader, static problems) joined to the corpus.

``load_knowledge`` returns a ``KnowledgeBase`` or raises ``KnowledgeError`` naming, for every
problem, the file, the line, the intent and the fix. Checks that need the matcher (an example that
another intent would win, an out-of-scope question that gets answered) live in ``bot.tools.check``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from bot.errors import KnowledgeError, Problem
from bot.knowledge.briefings import BriefingPlan, read_briefings
from bot.knowledge.corpus import Corpus, load_corpus
from bot.knowledge.quotes import quote_problem
from bot.knowledge.yamlsource import LineDict, LineList, line_of, load_yaml, own_line

SCHEMA_VERSION = 1
MIN_EXAMPLES = 6
MAX_TITLE = 60
MAX_ID = 60
KINDS = ("content", "smalltalk")
#: How intents.yaml marks a list item in an answer; read once, into ``Line.is_list_item``.
LIST_ITEM = "- "
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TOP_KEYS = ("version", "topics", "synonyms", "intents", "out_of_scope", "harm_boundary",
             "briefings")
_TOPIC_KEYS = ("id", "title", "aliases")
_INTENT_KEYS = ("id", "kind", "title", "topics", "examples", "answer", "sources", "related",
                "as_of", "review_by")
_SOURCE_KEYS = ("document", "paragraph", "quote")
_HARM_KEYS = ("refusal", "lead_ins", "wants", "operations", "undertakings", "dealings",
              "concealments", "contraband", "goods", "qualifiers", "evasions", "authorities",
              "detections", "writing", "tools", "actors", "details", "safe_verbs", "subjects",
              "phrases", "asker_phrases", "follow_up_phrases", "examples", "learned_model")
#: The harm boundary's optional word lists (HarmBoundary fields of the same names).
_HARM_LISTS = ("safe_verbs", "dealings", "contraband", "wants", "undertakings", "concealments",
               "goods", "qualifiers", "evasions", "authorities", "detections", "writing", "tools",
               "actors", "details", "subjects", "asker_phrases", "follow_up_phrases")


@dataclass(frozen=True)
class Topic:
    """An area the bot covers, and the other words people use for it ("scams", "narcotics").

    An alias may belong to several topics ("trafficking"): /brief then asks which one.
    """

    id: str
    title: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Line:
    """One line of what the bot says; a list item carries a flag, not a marker in its text."""

    text: str
    is_list_item: bool = False

    @classmethod
    def parse(cls, raw: str) -> Line:
        """A line of an answer as written in intents.yaml, where "- " starts a list item."""
        if raw.startswith(LIST_ITEM):
            return cls(raw[len(LIST_ITEM):], is_list_item=True)
        return cls(raw)


@dataclass(frozen=True)
class SourceRef:
    """Where an answer comes from: a paragraph of a document and the exact words it rests on."""

    document: str
    paragraph: str
    quote: str
    title: str = ""


@dataclass(frozen=True)
class Intent:
    """One thing the bot can answer, the ways people ask for it, and its cited answer."""

    id: str
    kind: str
    title: str
    topics: tuple[str, ...]
    examples: tuple[str, ...]
    answer: str
    sources: tuple[SourceRef, ...]
    related: tuple[str, ...]
    line: int | None = None
    as_of: date | None = None
    review_by: date | None = None

    @property
    def answer_lines(self) -> tuple[Line, ...]:
        """The answer's non-empty lines."""
        return tuple(Line.parse(line.strip()) for line in self.answer.splitlines() if line.strip())


@dataclass(frozen=True)
class HarmBoundary:
    """How operational requests for help with a crime are recognised, and what the bot says."""

    refusal: str
    lead_ins: tuple[str, ...]
    operations: tuple[str, ...]
    phrases: tuple[str, ...]
    examples: tuple[str, ...]
    safe_verbs: tuple[str, ...] = ()
    dealings: tuple[str, ...] = ()
    contraband: tuple[str, ...] = ()
    wants: tuple[str, ...] = ()
    undertakings: tuple[str, ...] = ()
    concealments: tuple[str, ...] = ()
    goods: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()
    evasions: tuple[str, ...] = ()
    authorities: tuple[str, ...] = ()
    detections: tuple[str, ...] = ()
    writing: tuple[str, ...] = ()
    tools: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    #: Phrases that make a request only when the asker speaks for themselves or gives a command
    #: ("give me the exact reagents ..."): of others they are fair ("what exact reagents are
    #: controlled?").
    asker_phrases: tuple[str, ...] = ()
    #: Phrases that make a request only of a follow-up, read with the question before it ("which
    #: route would you use to move a load then" after why drugs transit the region): alone they
    #: are fair ("how do traffickers move a load of people").
    follow_up_phrases: tuple[str, ...] = ()
    #: Whether the model trained on the project's harm sets (``bot.core.harm.model``) has a say
    #: too: it was trained for this knowledge, so another knowledge base opts in.
    learned_model: bool = False


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything the bot knows, validated: topics, synonyms, intents, and the corpus they cite."""

    version: int
    topics: tuple[Topic, ...]
    synonyms: Mapping[str, tuple[str, ...]]
    intents: Mapping[str, Intent]
    out_of_scope: tuple[str, ...]
    harm: HarmBoundary
    corpus: Corpus
    intents_path: str = ""
    example_lines: Mapping[tuple[str, int], int] = field(default_factory=dict)
    #: Curated briefings by topic id (and "overview"); a topic without one is composed from
    #: its intents.
    briefings: Mapping[str, BriefingPlan] = field(default_factory=dict)

    def topic(self, topic_id: str) -> Topic | None:
        """The topic with this id, or None."""
        return next((t for t in self.topics if t.id == topic_id), None)

    def intents_of_topic(self, topic_id: str) -> list[Intent]:
        """Content intents that list ``topic_id``, in file order."""
        return [i for i in self.intents.values() if i.kind == "content" and topic_id in i.topics]


def _comparable(text: str) -> str:
    """Text as duplicates are compared: case, accents and punctuation ignored. (The matcher's
    own folding is the core's business; the knowledge base stays below the core.)"""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\W_]+", " ", bare.replace("'", "").replace("\u2019", "")).split())


def _suggest(key: str, allowed: tuple[str, ...]) -> str:
    hit = process.extractOne(key, allowed, scorer=fuzz.ratio, processor=None, score_cutoff=60)
    return f"did you mean '{hit[0]}'?" if hit else f"allowed keys: {', '.join(allowed)}."


class _Reader:
    """Collects problems while reading intents.yaml, with file and line."""

    def __init__(self, path: Path) -> None:
        self.name = str(path)
        self.problems: list[Problem] = []

    def error(self, line: int | None, message: str, fix: str, intent: str | None = None) -> None:
        self.problems.append(Problem(self.name, line, message, fix, intent))

    def unknown_keys(self, data: LineDict, allowed: tuple[str, ...], where: str,
                     intent: str | None = None) -> None:
        for key in data:
            if key not in allowed:
                self.error(line_of(data, key), f"unknown key '{key}' in {where}.",
                           f"remove it or rename it: {_suggest(key, allowed)}", intent)

    def date(self, data: LineDict, key: str, intent: str) -> date | None:
        """An optional date given as YYYY-MM-DD."""
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.error(line_of(data, key), f"'{key}' is {value!r}, not a date.",
                       "write it as YYYY-MM-DD, e.g. 2023-09-21.", intent)
            return None

    def text_list(self, data: LineDict, key: str, intent: str | None = None,
                  required: bool = True) -> tuple[str, ...]:
        value = data.get(key)
        if value is None and not required:
            return ()
        if not isinstance(value, list):
            self.error(line_of(data, key) if key in data else own_line(data),
                       f"'{key}' must be a list of text.", f"write '{key}:' followed by '- ...' lines.",
                       intent)
            return ()
        items: list[str] = []
        for index, item in enumerate(value):
            if isinstance(item, str | int | float) and not isinstance(item, bool) and str(item).strip():
                items.append(str(item).strip())
            else:
                self.error(line_of(value, index), f"an item of '{key}' is not text.",
                           "make it a plain text line (quote it if it contains ': ').", intent)
        return tuple(items)


def _read_topics(reader: _Reader, data: LineDict) -> tuple[Topic, ...]:
    raw = data.get("topics")
    if not isinstance(raw, list) or not raw:
        reader.error(line_of(data, "topics") if "topics" in data else 1, "'topics' must be a "
                     "non-empty list.", "add 'topics:' with items of id and title.")
        return ()
    topics: list[Topic] = []
    for index, item in enumerate(raw):
        line = line_of(raw, index)
        if not isinstance(item, LineDict) or not isinstance(item.get("id"), str) or not isinstance(
                item.get("title"), str):
            reader.error(line, "a topic needs an 'id' and a 'title'.", "write '- id: x' and 'title: X'.")
            continue
        if any(t.id == item["id"] for t in topics):
            reader.error(line, f"topic id '{item['id']}' is used twice.", "give each topic its own id.")
            continue
        reader.unknown_keys(item, _TOPIC_KEYS, f"topic '{item['id']}'")
        aliases = reader.text_list(item, "aliases", required=False)
        topics.append(Topic(item["id"], item["title"], aliases))
    return tuple(topics)


def _read_synonyms(reader: _Reader, data: LineDict) -> dict[str, tuple[str, ...]]:
    raw = data.get("synonyms")
    if raw is None:
        return {}
    if not isinstance(raw, LineDict):
        reader.error(line_of(data, "synonyms"), "'synonyms' must map a canonical word to a list of "
                     "variants.", "write 'canonical: [variant, other variant]'.")
        return {}
    synonyms: dict[str, tuple[str, ...]] = {}
    owner: dict[str, str] = {}
    for canonical in raw:
        variants = reader.text_list(raw, canonical)
        for variant in variants:
            key = _comparable(variant)
            if key in owner and owner[key] != canonical:
                reader.error(line_of(raw, canonical), f"synonym '{variant}' is listed under both "
                             f"'{owner[key]}' and '{canonical}'.", "keep it under one of them.")
            owner[key] = canonical
        synonyms[canonical] = variants
    return synonyms


def _read_sources(reader: _Reader, item: LineDict, intent_id: str, corpus: Corpus | None
                  ) -> tuple[SourceRef, ...]:
    raw = item.get("sources")
    if raw is None:
        return ()
    if not isinstance(raw, list):
        reader.error(line_of(item, "sources"), "'sources' must be a list.",
                     "write '- document: ...' items with paragraph and quote.", intent_id)
        return ()
    sources: list[SourceRef] = []
    for index, src in enumerate(raw):
        line = line_of(raw, index)
        if not isinstance(src, LineDict):
            reader.error(line, "a source must have document, paragraph and quote.",
                         "write 'document:', 'paragraph:' and 'quote:'.", intent_id)
            continue
        reader.unknown_keys(src, _SOURCE_KEYS, "a source", intent_id)
        values = {k: src.get(k) for k in _SOURCE_KEYS}
        missing = [k for k, v in values.items() if not isinstance(v, str) or not v.strip()]
        if missing:
            reader.error(line, f"a source lacks {', '.join(missing)}.",
                         "give each source a document id, a paragraph id and a quote.", intent_id)
            continue
        document, paragraph_id, quote = (str(values[k]) for k in _SOURCE_KEYS)
        title = ""
        if corpus is not None:
            doc = corpus.documents.get(document)
            if doc is None:
                reader.error(line_of(src, "document"), f"cites unknown document '{document}'.",
                             f"use one of: {', '.join(sorted(corpus.documents))}.", intent_id)
                continue
            title = doc.title
            paragraph = doc.paragraph(paragraph_id)
            if paragraph is None:
                reader.error(line_of(src, "paragraph"), f"cites paragraph '{paragraph_id}', which "
                             f"{document} does not have.", f"use a paragraph id of {doc.path}.",
                             intent_id)
                continue
            if _squash(quote) not in _squash(paragraph.text):
                reader.error(line_of(src, "quote"), f"the quote is not in {document}#{paragraph_id}: "
                             f"{quote[:60]!r}.", "copy the words exactly from that paragraph "
                             "(same apostrophes and spelling), or cite the paragraph that has them.",
                             intent_id)
        sources.append(SourceRef(document, paragraph_id, quote, title))
    return tuple(sources)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _check_answer_verbatim(reader: _Reader, item: LineDict, intent: Intent, corpus: Corpus) -> None:
    cited = [corpus.paragraph(s.document, s.paragraph) for s in intent.sources]
    texts = [_squash(p.text) for p in cited if p is not None]
    if not texts:
        return
    for line in intent.answer_lines:
        faults = [quote_problem(line.text, text) for text in texts]
        if all(faults):
            why = next((f for f in faults if f and "not word for word" not in f),
                       "is not word for word in the cited paragraphs")
            reader.error(line_of(item, "answer"), f"answer line {line.text[:60]!r} {why}.",
                         "copy the sentence exactly from a cited paragraph (only an editor's "
                         "note in [square brackets] may add words), or add the paragraph it "
                         "comes from to 'sources'.", intent.id)


def _read_intent(reader: _Reader, item: object, line: int | None, topic_ids: set[str],
                 corpus: Corpus | None) -> Intent | None:
    if not isinstance(item, LineDict):
        reader.error(line, "an intent must be a mapping.", "start it with '- id: ...'.")
        return None
    intent_id = item.get("id")
    if not isinstance(intent_id, str) or not _ID.match(intent_id) or len(intent_id) > MAX_ID:
        reader.error(line, f"intent id {intent_id!r} is missing or not lowercase-with-dashes.",
                     f"use an id like 'gscc-dates', at most {MAX_ID} characters.")
        return None
    reader.unknown_keys(item, _INTENT_KEYS, "an intent", intent_id)
    kind = item.get("kind", "content")
    if kind not in KINDS:
        reader.error(line_of(item, "kind"), f"kind {kind!r} is unknown.", "use 'content' or "
                     "'smalltalk'.", intent_id)
        kind = "content"
    title = item.get("title")
    if not isinstance(title, str) or not title.strip():
        reader.error(line, "has no 'title'.", "add a short question as 'title:'.", intent_id)
        title = intent_id
    elif len(title) > MAX_TITLE:
        reader.error(line_of(item, "title"), f"title is {len(title)} characters.",
                     f"shorten it to {MAX_TITLE} or fewer (it is shown on a button).", intent_id)
    topics = reader.text_list(item, "topics", intent_id, required=kind == "content")
    for topic in topics:
        if topic not in topic_ids:
            reader.error(line_of(item, "topics"), f"unknown topic '{topic}'.",
                         f"use one of: {', '.join(sorted(topic_ids))}.", intent_id)
    if kind == "content" and not topics:
        reader.error(line, "has no topics.", "add 'topics: [<topic id>]'.", intent_id)
    examples = reader.text_list(item, "examples", intent_id)
    if len(examples) < MIN_EXAMPLES:
        reader.error(line_of(item, "examples") if "examples" in item else line,
                     f"has {len(examples)} examples.", f"give at least {MIN_EXAMPLES} ways people "
                     "ask it: questions, keywords and common misspellings.", intent_id)
    answer = item.get("answer")
    if not isinstance(answer, str) or not answer.strip():
        reader.error(line, "has no 'answer'.", "add 'answer: |-' with the snippet.", intent_id)
        answer = ""
    sources = _read_sources(reader, item, intent_id, corpus)
    if kind == "content" and not sources and "sources" not in item:
        reader.error(line, "a content intent has no sources.", "add 'sources:' with document, "
                     "paragraph and quote, or set 'kind: smalltalk'.", intent_id)
    related = reader.text_list(item, "related", intent_id, required=False)
    as_of = reader.date(item, "as_of", intent_id)
    review_by = reader.date(item, "review_by", intent_id)
    intent = Intent(intent_id, str(kind), title, topics, examples, answer, sources, related, line,
                    as_of, review_by)
    if corpus is not None and kind == "content" and answer and sources:
        _check_answer_verbatim(reader, item, intent, corpus)
    return intent


def _read_harm(reader: _Reader, data: LineDict) -> HarmBoundary:
    raw = data.get("harm_boundary")
    if not isinstance(raw, LineDict):
        reader.error(line_of(data, "harm_boundary") if "harm_boundary" in data else 1,
                     "'harm_boundary' is missing or not a mapping.",
                     f"add 'harm_boundary:' with {', '.join(_HARM_KEYS)}.")
        return HarmBoundary("", (), (), (), ())
    reader.unknown_keys(raw, _HARM_KEYS, "harm_boundary")
    refusal = raw.get("refusal")
    if not isinstance(refusal, str) or not refusal.strip():
        reader.error(own_line(raw), "'harm_boundary.refusal' is missing.", "add the refusal text.")
        refusal = ""
    learned = raw.get("learned_model", False)
    if not isinstance(learned, bool):
        reader.error(line_of(raw, "learned_model"), "'harm_boundary.learned_model' must be true or "
                     "false.", "write 'learned_model: true' to use the trained model, or drop it.")
        learned = False
    return HarmBoundary(
        refusal.strip(),
        reader.text_list(raw, "lead_ins"),
        reader.text_list(raw, "operations"),
        reader.text_list(raw, "phrases", required=False),
        reader.text_list(raw, "examples", required=False),
        **{key: reader.text_list(raw, key, required=False) for key in _HARM_LISTS},
        learned_model=learned,
    )


def parse_knowledge(data: Any, path: Path, corpus: Corpus | None) -> KnowledgeBase:
    """Validate parsed intents.yaml data against the schema and the corpus."""
    reader = _Reader(path)
    if not isinstance(data, LineDict):
        reader.error(1, "is empty or not a mapping.", "start the file with 'version: 1'.")
        raise KnowledgeError(reader.problems)
    reader.unknown_keys(data, _TOP_KEYS, "the top level")
    version = data.get("version")
    if version != SCHEMA_VERSION:
        reader.error(line_of(data, "version") if "version" in data else 1,
                     f"version is {version!r}; this briefbot reads version {SCHEMA_VERSION}.",
                     f"set 'version: {SCHEMA_VERSION}'.")
    topics = _read_topics(reader, data)
    synonyms = _read_synonyms(reader, data)
    raw_intents = data.get("intents")
    intents: dict[str, Intent] = {}
    example_lines: dict[tuple[str, int], int] = {}
    if not isinstance(raw_intents, LineList) or not raw_intents:
        reader.error(line_of(data, "intents") if "intents" in data else 1,
                     "'intents' must be a non-empty list.", "add 'intents:' with '- id: ...' items.")
    else:
        topic_ids = {t.id for t in topics}
        for index, item in enumerate(raw_intents):
            line = line_of(raw_intents, index)
            intent = _read_intent(reader, item, line, topic_ids, corpus)
            if intent is None:
                continue
            if intent.id in intents:
                reader.error(line, f"id '{intent.id}' is used twice (first at line "
                             f"{intents[intent.id].line}).", "rename one of them.", intent.id)
                continue
            intents[intent.id] = intent
            raw_examples = item.get("examples") if isinstance(item, LineDict) else None
            for n in range(len(intent.examples)):
                ex_line = line_of(raw_examples, n) if raw_examples is not None else line
                example_lines[(intent.id, n)] = ex_line or 0
    _cross_check(reader, intents, example_lines)
    out_of_scope = reader.text_list(data, "out_of_scope", required=False)
    harm = _read_harm(reader, data)
    for document in (corpus.documents.values() if corpus else ()):
        for gap in document.not_stated:
            target = intents.get(gap.nearest)
            if target is None or target.kind != "content":
                reader.problems.append(Problem(
                    document.path, gap.line, f"not_stated '{gap.id}' names nearest intent "
                    f"'{gap.nearest}', which is not a content intent.",
                    "name the id of the content intent whose answer comes closest."))
    briefings = read_briefings(data, reader.name, {t.id for t in topics}, corpus, reader.problems)
    if reader.problems or corpus is None:
        raise KnowledgeError(reader.problems)
    return KnowledgeBase(version or SCHEMA_VERSION, topics, synonyms, intents, out_of_scope, harm,
                         corpus, str(path), example_lines, briefings)


def _cross_check(reader: _Reader, intents: dict[str, Intent],
                 example_lines: dict[tuple[str, int], int]) -> None:
    first_owner: dict[str, tuple[str, int]] = {}
    for intent in intents.values():
        for related in intent.related:
            if related not in intents:
                reader.error(intent.line, f"related intent '{related}' does not exist.",
                             _suggest(related, tuple(intents)).replace("did you mean", "use"),
                             intent.id)
            elif related == intent.id:
                reader.error(intent.line, "lists itself as related.", "remove it.", intent.id)
        for n, example in enumerate(intent.examples):
            key = _comparable(example)
            line = example_lines.get((intent.id, n))
            if key in first_owner:
                other, other_line = first_owner[key]
                where = "twice in this intent" if other == intent.id else f"also under '{other}'"
                reader.error(line, f"example {example!r} appears {where} (line {other_line}).",
                             "keep it under the one intent it belongs to.", intent.id)
            else:
                first_owner[key] = (intent.id, line or 0)


def load_knowledge(intents_path: Path, corpus_dir: Path) -> KnowledgeBase:
    """Load and validate ``intents.yaml`` and ``corpus/``; raise KnowledgeError on any problem."""
    corpus_error: KnowledgeError | None = None
    corpus: Corpus | None = None
    try:
        corpus = load_corpus(corpus_dir)
    except KnowledgeError as exc:
        corpus_error = exc
    data = load_yaml(intents_path)
    try:
        kb = parse_knowledge(data, intents_path, corpus)
    except KnowledgeError as exc:
        problems = (corpus_error.problems if corpus_error else []) + exc.problems
        unreadable = corpus_error.unreadable if corpus_error else False
        raise KnowledgeError(problems, unreadable=unreadable) from None
    return kb
