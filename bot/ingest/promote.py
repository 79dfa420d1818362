"""Promotion: reviewed drafts written into intents.yaml's text, the rest of the file untouched.

The entries go at the end of the ``intents:`` list, under a comment naming the document, so the
file's comments, order and layout stay as the curators wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.ingest.emit import dump

_TOP_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")


class PromoteError(Exception):
    """intents.yaml is not laid out so that entries can be added (no top-level ``intents:``)."""


def entries_text(entries: Sequence[dict[str, Any]]) -> str:
    """The entries as intents.yaml writes them: list items indented by two spaces."""
    lines = dump(list(entries)).splitlines()
    return "\n".join(f"  {line}" if line else "" for line in lines) + "\n"


def insert_intents(text: str, entries: Sequence[dict[str, Any]], heading: str) -> str:
    """``text`` (intents.yaml) with ``entries`` appended to its ``intents:`` list."""
    lines = text.splitlines(keepends=True)
    start = next((n for n, line in enumerate(lines) if re.match(r"^intents\s*:\s*$", line)), None)
    if start is None:
        raise PromoteError("has no top-level 'intents:' list to add to.")
    end = next((n for n in range(start + 1, len(lines)) if _TOP_KEY.match(lines[n])), len(lines))
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1
    if end and not lines[end - 1].endswith("\n"):
        lines[end - 1] += "\n"
    block = f"\n  # {'-' * 64} {heading}\n" + entries_text(entries)
    return "".join(lines[:end]) + block + "".join(lines[end:])
