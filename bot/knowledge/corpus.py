"""The source documents in ``corpus/``: their metadata and their paragraphs with stable ids."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.errors import KnowledgeError, Problem
from bot.knowledge.yamlsource import LineDict, line_of, load_yaml

PARAGRAPH_KINDS = ("text", "heading", "item", "question")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a document, in the authors' words."""

    id: str
    kind: str
    text: str
    line: int | None = None


@dataclass(frozen=True)
class NotStated:
    """A question people ask that the document does not answer, and the nearest fact it gives.

    ``what`` completes "The article doesn't say ..."; ``nearest`` is the content intent whose
    cited answer comes closest; ``examples`` are ways people ask it (matched like an intent's).
    """

    id: str
    document: str
    what: str
    nearest: str
    examples: tuple[str, ...]
    line: int | None = None


@dataclass(frozen=True)
class Document:
    """A source document: where it came from, what it covers, and its paragraphs in order."""

    id: str
    title: str
    covers: str
    original_file: str
    dates: tuple[str, ...]
    paragraphs: tuple[Paragraph, ...]
    path: str = ""
    removed: tuple[str, ...] = field(default=())
    not_stated: tuple[NotStated, ...] = field(default=())
    #: Words and phrases that name this document's event ("ammtc", "ministers"): a question that
    #: names one event is never answered from another document.
    names: tuple[str, ...] = field(default=())
    #: How briefings name the document: a short label for citations ("AMMTC-11"), the event it
    #: reports, its date in words (None: undated) and the date its information holds for.
    label: str = ""
    event: str = ""
    when: str | None = None
    as_of: str | None = None
    #: A document ``briefbot ingest`` wrote whose drafts are not promoted yet (``draft: true``):
    #: read, so drafts can be checked against it, but not served.
    draft: bool = False

    def paragraph(self, paragraph_id: str) -> Paragraph | None:
        """The paragraph with this id, or None."""
        for paragraph in self.paragraphs:
            if paragraph.id == paragraph_id:
                return paragraph
        return None


@dataclass(frozen=True)
class Corpus:
    """All documents served, by id; and those still drafts (never shown to users)."""

    documents: Mapping[str, Document]
    drafts: Mapping[str, Document] = field(default_factory=dict)

    def paragraph(self, document_id: str, paragraph_id: str) -> Paragraph | None:
        """The cited paragraph, or None when the document or paragraph does not exist."""
        document = self.documents.get(document_id)
        return document.paragraph(paragraph_id) if document else None


def _text(data: LineDict, key: str, name: str, problems: list[Problem]) -> str:
    value = data.get(key)
    if isinstance(value, str) and value.strip():
        return value
    problems.append(Problem(name, line_of(data, key), f"'{key}' is missing or not text.",
                            f"give the document a non-empty '{key}'."))
    return ""


def _entries(data: LineDict, key: str, field_name: str, name: str,
             problems: list[Problem]) -> tuple[str, ...]:
    """An optional list of plain items or mappings with ``field_name``, as text."""
    raw: Any = data.get(key) or []
    if not isinstance(raw, list):
        problems.append(Problem(name, line_of(data, key), f"'{key}' must be a list.",
                                f"write '{key}:' followed by '- {field_name}: ...' items."))
        return ()
    return tuple(str(item.get(field_name, "")) if isinstance(item, dict) else str(item)
                 for item in raw)


def _load_document(path: Path, problems: list[Problem]) -> Document | None:
    name = str(path)
    data = load_yaml(path)
    if not isinstance(data, LineDict):
        problems.append(Problem(name, None, "is not a mapping of document fields.",
                                "start the file with 'id:', 'title:' and 'paragraphs:'."))
        return None
    doc_id = _text(data, "id", name, problems)
    title = _text(data, "title", name, problems)
    covers = _text(data, "covers", name, problems)
    original = _text(data, "original_file", name, problems)
    dates = _entries(data, "dates", "date", name, problems)
    removed = _entries(data, "removed", "what", name, problems)
    raw_paragraphs = data.get("paragraphs")
    paragraphs: list[Paragraph] = []
    if not isinstance(raw_paragraphs, list) or not raw_paragraphs:
        problems.append(Problem(name, line_of(data, "paragraphs"), "has no 'paragraphs' list.",
                                "add 'paragraphs:' with items of id, kind and text."))
    else:
        seen: set[str] = set()
        for index, item in enumerate(raw_paragraphs):
            line = line_of(raw_paragraphs, index)
            if not isinstance(item, LineDict):
                problems.append(Problem(name, line, "a paragraph is not a mapping.",
                                        "write each paragraph as id, kind and text."))
                continue
            pid, kind, text = item.get("id"), item.get("kind", "text"), item.get("text")
            if not isinstance(pid, str) or not pid:
                problems.append(Problem(name, line, "a paragraph has no 'id'.", "add 'id: pN'."))
                continue
            if pid in seen:
                problems.append(Problem(name, line, f"paragraph id '{pid}' is used twice.",
                                        "give every paragraph its own id."))
            seen.add(pid)
            if kind not in PARAGRAPH_KINDS:
                problems.append(Problem(name, line_of(item, "kind"), f"paragraph '{pid}' has kind "
                                        f"{kind!r}.", f"use one of {', '.join(PARAGRAPH_KINDS)}."))
            if not isinstance(text, str) or not text.strip():
                problems.append(Problem(name, line, f"paragraph '{pid}' has no text.",
                                        "add the paragraph's text, in the authors' words."))
                continue
            paragraphs.append(Paragraph(pid, str(kind), text, line))
    if not doc_id:
        return None
    gaps = _not_stated(data, doc_id, name, problems)
    names = _entries(data, "names", "name", name, problems)
    label, event, when, as_of = _briefing_names(data, name, problems)
    return Document(doc_id, title, covers, original, dates, tuple(paragraphs), name, removed, gaps,
                    names, label or doc_id.upper(), event or title, when, as_of,
                    data.get("draft") is True)


_BRIEFING_KEYS = ("label", "event", "date", "as_of")


def _briefing_names(data: LineDict, name: str,
                    problems: list[Problem]) -> tuple[str, str, str | None, str | None]:
    """The optional ``briefing:`` mapping: label, event, date and as-of, each plain text."""
    raw: Any = data.get("briefing")
    if raw is None:
        return "", "", None, None
    if not isinstance(raw, dict) or any(
            key not in _BRIEFING_KEYS or not isinstance(value, str) or not value.strip()
            for key, value in raw.items()):
        problems.append(Problem(name, line_of(data, "briefing"), "'briefing' must map "
                                f"{', '.join(_BRIEFING_KEYS)} to text.",
                                "write e.g. 'label: GSCC-2023' and 'date: 19-21 September 2023'."))
        return "", "", None, None
    return (raw.get("label", ""), raw.get("event", ""), raw.get("date"), raw.get("as_of"))


def _not_stated(data: LineDict, doc_id: str, name: str,
                problems: list[Problem]) -> tuple[NotStated, ...]:
    """The document's ``not_stated`` entries (optional), each checked for its fields."""
    raw: Any = data.get("not_stated") or []
    if not isinstance(raw, list):
        problems.append(Problem(name, line_of(data, "not_stated"), "'not_stated' must be a list.",
                                "write '- id: ...' items with 'what', 'nearest' and 'examples'."))
        return ()
    gaps: list[NotStated] = []
    for index, item in enumerate(raw):
        line = line_of(raw, index)
        examples = item.get("examples") if isinstance(item, dict) else None
        fields = [item.get(k) if isinstance(item, dict) else None for k in ("id", "what", "nearest")]
        if not all(isinstance(f, str) and f.strip() for f in fields) or not isinstance(
                examples, list) or not examples:
            problems.append(Problem(name, line, "a 'not_stated' entry needs 'id', 'what', 'nearest' "
                                    "and 'examples'.", "write what the document doesn't say, the "
                                    "intent with the nearest fact, and how people ask it."))
            continue
        gap_id, what, nearest = (str(f) for f in fields)
        gaps.append(NotStated(gap_id, doc_id, what, nearest, tuple(str(e) for e in examples), line))
    return tuple(gaps)


def load_corpus(folder: Path) -> Corpus:
    """Load every ``*.yaml`` document in ``folder``; raise KnowledgeError listing all problems."""
    if not folder.is_dir():
        raise KnowledgeError(
            [Problem(str(folder), None, "is not a folder.", "point BRIEFBOT_CORPUS to corpus/.")],
            unreadable=True,
        )
    problems: list[Problem] = []
    documents: dict[str, Document] = {}
    drafts: dict[str, Document] = {}
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise KnowledgeError(
            [Problem(str(folder), None, "holds no *.yaml documents.", "add the corpus documents.")],
            unreadable=True,
        )
    for path in files:
        document = _load_document(path, problems)
        if document is None:
            continue
        if document.id in documents or document.id in drafts:
            other = (documents.get(document.id) or drafts[document.id]).path
            problems.append(Problem(str(path), None, f"document id '{document.id}' is also used by "
                                    f"{other}.", "give each document its own id."))
            continue
        (drafts if document.draft else documents)[document.id] = document
    if problems:
        raise KnowledgeError(problems)
    return Corpus(documents, drafts)
