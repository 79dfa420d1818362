"""Draft intents in ``drafts/`` beside intents.yaml: read and validated like intents, never served.

A drafts file (written by ``briefbot ingest``) holds ``document:`` and ``drafts:``, a list of
intents in intents.yaml's schema, each with ``draft: true`` until a curator has reviewed it and
set ``draft: false``. Only the loader here reads them; the bot's knowledge never includes them.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bot.errors import KnowledgeError, Problem
from bot.knowledge.corpus import Corpus
from bot.knowledge.intents import Intent, KnowledgeBase, _read_intent, _Reader
from bot.knowledge.yamlsource import LineDict, LineList, line_of, load_yaml

DRAFTS_FOLDER = "drafts"


@dataclass(frozen=True)
class DraftIntent:
    """A draft as read: the intent, whether the curator marked it reviewed, and where it is."""

    intent: Intent
    reviewed: bool
    line: int | None


@dataclass(frozen=True)
class DraftFile:
    """One drafts file: its document, its drafts, and what is wrong with them as written."""

    path: Path
    document: str
    drafts: tuple[DraftIntent, ...]
    problems: tuple[Problem, ...]


def drafts_folder(intents_path: Path) -> Path:
    """Where drafts live: ``drafts/`` beside intents.yaml."""
    return intents_path.parent / DRAFTS_FOLDER


def whole_corpus(kb: KnowledgeBase) -> Corpus:
    """The documents served and those still drafts, together: what drafts may cite."""
    return Corpus({**kb.corpus.documents, **kb.corpus.drafts})


def read_drafts(path: Path, kb: KnowledgeBase) -> DraftFile:
    """Read one drafts file against the served knowledge (its topics and corpus); raises
    KnowledgeError only when the file cannot be read or parsed at all."""
    data = load_yaml(path)
    reader = _Reader(path)
    if not isinstance(data, LineDict) or not isinstance(data.get("drafts"), LineList):
        reader.error(1, "is not a drafts file.", "write 'document:' and 'drafts:' with intents, "
                     "as briefbot ingest does.")
        return DraftFile(path, "", (), tuple(reader.problems))
    document = str(data.get("document") or path.stem)
    corpus = whole_corpus(kb)
    if document not in corpus.documents:
        reader.error(line_of(data, "document"), f"its document '{document}' is not in the corpus.",
                     "ingest the document again, or put its corpus file back in corpus/.")
    topic_ids = {t.id for t in kb.topics}
    drafts: list[DraftIntent] = []
    raw: LineList = data["drafts"]
    for index, item in enumerate(raw):
        line = line_of(raw, index)
        reviewed = False
        if isinstance(item, LineDict):
            flag = item.get("draft", True)
            if not isinstance(flag, bool):
                reader.error(line_of(item, "draft"), f"'draft' is {flag!r}.",
                             "write 'draft: true' (not reviewed) or 'draft: false' (reviewed).")
            reviewed = flag is False
            bare = LineDict({k: v for k, v in item.items() if k != "draft"})
            bare.line, bare.key_lines = item.line, dict(item.key_lines)
            item = bare  # noqa: PLW2901 - the draft read as the intent it will become
        intent = _read_intent(reader, item, line, topic_ids, corpus)
        if intent is None:
            continue
        if intent.id in kb.intents:
            reader.error(line, f"id '{intent.id}' is already an intent in intents.yaml.",
                         "rename the draft.", intent.id)
        if any(d.intent.id == intent.id for d in drafts):
            reader.error(line, f"id '{intent.id}' is used twice in this file.", "rename one.",
                         intent.id)
        drafts.append(DraftIntent(intent, reviewed, line))
    return DraftFile(path, document, tuple(drafts), tuple(reader.problems))


def read_all_drafts(intents_path: Path, kb: KnowledgeBase) -> list[DraftFile]:
    """Every ``drafts/*.yaml`` beside intents.yaml (none when the folder does not exist)."""
    folder = drafts_folder(intents_path)
    if not folder.is_dir():
        return []
    files: list[DraftFile] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            files.append(read_drafts(path, kb))
        except KnowledgeError as exc:
            files.append(DraftFile(path, path.stem, (), tuple(exc.problems)))
    return files



_FLAG = re.compile(r"^(\s*(?:-\s+)?draft:\s*)(true|false)\b", re.IGNORECASE)


def set_reviewed(path: Path, intent_id: str, reviewed: bool) -> None:
    """Set draft ``intent_id``'s ``draft:`` flag in its drafts file (``false``: reviewed), every
    other line kept as it was; a draft written without the flag gets one line after its id. The
    file is replaced whole, so a reader never sees half of it. Raises KnowledgeError when the file
    cannot be read or has no such draft."""
    data = load_yaml(path)
    text = path.read_text(encoding="utf-8")
    drafts = data.get("drafts") if isinstance(data, LineDict) else None
    lines = text.splitlines(keepends=True)
    value = "false" if reviewed else "true"
    for index, item in enumerate(drafts if isinstance(drafts, LineList) else []):
        if not isinstance(item, LineDict) or item.get("id") != intent_id:
            continue
        if "draft" in item.key_lines:
            number = item.key_lines["draft"] - 1
            lines[number] = _FLAG.sub(lambda m: m.group(1) + value, lines[number], count=1)
        else:
            number = (item.key_lines.get("id") or line_of(drafts, index) or 1) - 1
            first = lines[number]
            ending = "\r\n" if first.endswith("\r\n") else "\n"
            lines.insert(number + 1, " " * first.index("id:") + f"draft: {value}{ending}")
        _replace(path, "".join(lines))
        return
    raise KnowledgeError([Problem(str(path), None, f"has no draft '{intent_id}'.",
                                  "run briefbot ingest again, or pick a draft the file holds.")])


def _replace(path: Path, text: str) -> None:
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
