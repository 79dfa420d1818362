"""The corpus file and the drafts file as YAML, in the layout of the hand-made ones."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

from bot.ingest.dates import FoundDate
from bot.ingest.debris import Removal
from bot.ingest.drafting import Draft
from bot.ingest.paragraphs import Para


class _Dumper(yaml.SafeDumper):
    """Block style; text with a line break as a ``|-`` block, as the knowledge files write it."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def dump(data: Any) -> str:
    """YAML the loaders read back unchanged (UTF-8, keys in the given order, no line folding)."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000,
                     default_flow_style=False)


CORPUS_HEADER = """\
# Source document for briefbot, written by `briefbot ingest` from {original}. The paragraph texts
# are the authors' words, unchanged; each paragraph's id is stable: answers cite it as
# <document id>#<paragraph id>. 'removed' records the web-page debris left out of the original
# file, and why ('text' is exactly what was left out). Review it: give a better title and
# 'covers', add 'names' (how people name the event) and 'not_stated' as for the other documents.
# 'draft: true': the bot does not serve or list this document until its drafts are promoted.
"""

DRAFTS_HEADER = """\
# Draft intents for {doc_id}, written by `briefbot ingest`. Drafts are never served.
# Review each one: reword the title and examples people would really type, check the topics,
# then set 'draft: false'. `briefbot check` validates drafts (quotes, collisions with the intents
# already served, what a draft would take from them) and lists those ready;
# `briefbot ingest --promote {doc_id}` moves the ready ones into intents.yaml; then /reload.
"""


def corpus_yaml(doc_id: str, title: str, covers: str, original: str, *,
                dates: Sequence[FoundDate], removals: Sequence[Removal], paragraphs: Sequence[Para],
                title_note: str | None = None) -> str:
    """The corpus file's text."""
    data: dict[str, Any] = {"id": doc_id, "draft": True, "title": title}
    if title_note:
        data["title_note"] = title_note
    data["covers"] = covers
    data["dates"] = [{"date": d.date, "what": d.sentence, "paragraph": d.paragraph} for d in dates]
    data["original_file"] = original
    data["removed"] = [{"what": r.what, "why": r.why, "kind": r.kind, "text": r.text}
                       for r in removals]
    data["paragraphs"] = [{"id": p.id, "kind": p.kind, "text": p.text} for p in paragraphs]
    return CORPUS_HEADER.format(original=original) + dump(data)


def draft_entry(draft: Draft, *, is_draft: bool = True) -> dict[str, Any]:
    """One draft as a mapping in intents.yaml's order, with its ``draft`` flag first."""
    entry: dict[str, Any] = {"id": draft.id}
    if is_draft:
        entry["draft"] = True
    entry.update({"kind": "content", "title": draft.title, "topics": draft.topics,
                  "examples": draft.examples, "answer": draft.answer, "sources": draft.sources})
    if draft.related:
        entry["related"] = draft.related
    return entry


def drafts_yaml(doc_id: str, drafts: Sequence[Draft]) -> str:
    """The drafts file's text."""
    return DRAFTS_HEADER.format(doc_id=doc_id) + dump(
        {"document": doc_id, "drafts": [draft_entry(d) for d in drafts]})
