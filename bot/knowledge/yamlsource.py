"""Safe YAML loading that remembers the line of every mapping key and list item.

Only ``yaml.SafeLoader`` is used. Anchors and aliases are refused (they are never needed in the
knowledge files, and they are how a "YAML bomb" makes a small file expand without bound), and
files larger than ``MAX_BYTES`` are refused before parsing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.errors import KnowledgeError, Problem

MAX_BYTES = 5 * 1024 * 1024


class LineDict(dict[str, Any]):
    """A mapping from YAML that knows its own line and the line of each key (1-based)."""

    line: int
    key_lines: dict[str, int]


class LineList(list[Any]):
    """A sequence from YAML that knows its own line and the line of each item (1-based)."""

    line: int
    item_lines: list[int]


class _AliasRefusedError(Exception):
    """An alias (``*name``) was found; carries its 1-based line."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class _DuplicateKeyError(Exception):
    """A mapping has the same key twice (YAML forbids it; PyYAML would keep the last silently)."""

    def __init__(self, key: str, line: int, first: int) -> None:
        super().__init__(key)
        self.key, self.line, self.first = key, line, first


class _Loader(yaml.SafeLoader):
    """SafeLoader that builds LineDict/LineList and rejects aliases."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]
            mark = event.start_mark
            raise _AliasRefusedError(mark.line + 1 if mark is not None else 0)
        return super().compose_node(parent, index)


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)
        if key in result:
            raise _DuplicateKeyError(key, key_node.start_mark.line + 1, result.key_lines[key])
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def line_of(container: object, key: str | int) -> int | None:
    """The 1-based line of ``key`` in a LineDict or of item ``key`` in a LineList, if known."""
    if isinstance(container, LineDict) and isinstance(key, str):
        return container.key_lines.get(key, container.line)
    if isinstance(container, LineList) and isinstance(key, int):
        if 0 <= key < len(container.item_lines):
            return container.item_lines[key]
        return container.line
    return None


def own_line(container: object) -> int | None:
    """The 1-based line where a LineDict or LineList starts, if known."""
    if isinstance(container, LineDict | LineList):
        return container.line
    return None


def load_yaml(path: Path) -> Any:
    """Parse ``path`` safely; raise KnowledgeError(unreadable=True) naming the file and line."""
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise KnowledgeError(
            [Problem(name, None, f"cannot be read ({exc.strerror}).", "check the path and permissions.")],
            unreadable=True,
        ) from None
    if size > MAX_BYTES:
        raise KnowledgeError(
            [Problem(name, None, f"is {size:,} bytes, over the {MAX_BYTES:,}-byte limit.",
                     "point to the right file; knowledge files are small text files.")],
            unreadable=True,
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise KnowledgeError(
            [Problem(name, None, f"cannot be read ({exc.strerror}).", "check the path and permissions.")],
            unreadable=True,
        ) from None
    if b"\x00" in raw:
        raise KnowledgeError(
            [Problem(name, None, "is a binary file, not YAML text.", "point to the YAML file.")],
            unreadable=True,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise KnowledgeError(
            [Problem(name, line, f"is not valid UTF-8 (byte 0x{raw[exc.start]:02x}).",
                     "save the file as UTF-8.")],
            unreadable=True,
        ) from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader subclass
    except _DuplicateKeyError as exc:
        raise KnowledgeError(
            [Problem(name, exc.line, f"key '{exc.key}' appears twice in the same block (first at "
                     f"line {exc.first}); the first would be silently lost.",
                     "merge the two into one key.")],
            unreadable=True,
        ) from None
    except _AliasRefusedError as exc:
        raise KnowledgeError(
            [Problem(name, exc.line, "uses a YAML alias (*name); anchors and aliases are not allowed.",
                     "write the value out in full instead of referring to an anchor.")],
            unreadable=True,
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        error_line: int | None = mark.line + 1 if mark is not None else None
        what = exc.problem or exc.context or "invalid YAML"
        raise KnowledgeError(
            [Problem(name, error_line, f"YAML syntax error: {what}.",
                     "check the indentation and quoting on that line and the one above "
                     "(a value containing ': ' or starting with a special character "
                     "needs quotes).")],
            unreadable=True,
        ) from None
    except yaml.YAMLError as exc:
        raise KnowledgeError(
            [Problem(name, None, f"YAML error: {exc}.", "fix the YAML syntax.")],
            unreadable=True,
        ) from None
