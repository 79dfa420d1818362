"""Safe YAML loading that remembers the line of every mapping key and list item.

Only ``yaml.SafeLoader`` is used. Anchors and aliases are refused (they are never needed in the
knowledge files, and they are how a "YAML bomb" makes a small file expand without bound), so is
nesting deeper than ``MAX_DEPTH``, and only regular files are read, no more than ``MAX_BYTES``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import yaml

from bot.errors import KnowledgeError, Problem
from bot.files import NotRegularFileError, read_regular_file

MAX_BYTES = 5 * 1024 * 1024
#: The deepest nesting of lists and mappings read. The knowledge files need about six levels;
#: PyYAML builds nodes recursively, so a file of nothing but ``[[[[`` would otherwise end in a
#: RecursionError with no file or line.
MAX_DEPTH = 40


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


class _TooDeepError(Exception):
    """Lists or mappings nest deeper than MAX_DEPTH; carries the 1-based line where they do."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class _DuplicateKeyError(Exception):
    """A mapping has the same key twice (YAML forbids it; PyYAML would keep the last silently)."""

    def __init__(self, key: str, line: int, first: int) -> None:
        super().__init__(key)
        self.key, self.line, self.first = key, line, first


class _Loader(yaml.SafeLoader):
    """SafeLoader that builds LineDict/LineList, rejects aliases and bounds the nesting."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]
        line = event.start_mark.line + 1 if event.start_mark is not None else 0
        if isinstance(event, yaml.AliasEvent):
            raise _AliasRefusedError(line)
        if self._depth >= MAX_DEPTH:
            raise _TooDeepError(line)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


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


def _read(path: Path) -> bytes:
    """The file's bytes: a regular file only (never a pipe that would wait for a writer, nor a
    device that never ends), and no more than MAX_BYTES actually read."""
    name = str(path)
    try:
        raw = read_regular_file(path, MAX_BYTES + 1)
    except NotRegularFileError as exc:
        raise KnowledgeError(
            [Problem(name, None, f"is not a regular file (it is {exc.kind}).",
                     "point to the YAML file itself; knowledge files are plain text files.")],
            unreadable=True,
        ) from None
    except OSError as exc:
        raise KnowledgeError(
            [Problem(name, None, f"cannot be read ({exc.strerror}).", "check the path and permissions.")],
            unreadable=True,
        ) from None
    if len(raw) > MAX_BYTES:
        size = 0
        with contextlib.suppress(OSError):
            size = path.stat().st_size
        what = f"is {size:,} bytes, over" if size > MAX_BYTES else "is over"
        raise KnowledgeError(
            [Problem(name, None, f"{what} the {MAX_BYTES:,}-byte limit.",
                     "point to the right file; knowledge files are small text files.")],
            unreadable=True,
        )
    return raw


def load_yaml(path: Path) -> Any:
    """Parse ``path`` safely; raise KnowledgeError(unreadable=True) naming the file and line."""
    name = str(path)
    raw = _read(path)
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
    except _TooDeepError as exc:
        raise KnowledgeError(
            [Problem(name, exc.line, f"nests lists or mappings more than {MAX_DEPTH} deep.",
                     "knowledge files nest only a few levels: look for a '[' or '{' that is "
                     "never closed, or indentation that keeps growing, from that line on.")],
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
