"""Telegram's ``parse_mode=HTML`` parser, ported from TDLib's ``parse_html``.

:func:`parse_telegram_html` turns Telegram-HTML into the visible text and the
message entities Telegram would make of it, or raises
:class:`TelegramHtmlError` with the very description Telegram puts after
``"Bad Request: can't parse entities: "``. Byte offsets count UTF-8 bytes of
the input, entity offsets count UTF-16 code units, as Telegram does.

``strict=True`` (the default) adds two checks real Telegram does not make,
both of which catch renderer bugs that Telegram would hide:

* a ``&`` that does not start an entity (Telegram keeps it literally, so an
  unescaped ``&lt;`` in source text would silently turn into ``<``);
* an ``<a href>`` that is not a usable link (Telegram silently drops the link).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

__all__ = ["TelegramHtmlError", "parse_telegram_html"]

_SUPPORTED_TAGS = frozenset(
    {
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
        "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote",
    }
)  # fmt: skip
_SIMPLE_TYPES = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic",
    "u": "underline", "ins": "underline", "s": "strikethrough", "strike": "strikethrough",
    "del": "strikethrough", "tg-spoiler": "spoiler", "span": "spoiler",
}  # fmt: skip
_NAMED_ENTITIES = {b"lt": 0x3C, b"gt": 0x3E, b"amp": 0x26, b"quot": 0x22}
_SPACES = frozenset(b" \t\r\n\v\f\0")
_AMP, _LT, _GT, _SLASH, _EQ = 0x26, 0x3C, 0x3E, 0x2F, 0x3D
_QUOTES = frozenset(b"\"'")
_ATTR_STOP = frozenset(b"=>/\"'")
_MAX_INT64 = 2**63 - 1


class TelegramHtmlError(ValueError):
    """Telegram refused the HTML; ``str(err)`` is Telegram's description."""


@dataclass
class _Open:
    tag: str
    argument: str
    utf16_offset: int
    result_pos: int
    byte_offset: int


class _Reader:
    """Byte access that reads past the end as NUL, like TDLib's C strings."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def at(self, i: int) -> int:
        return self.data[i] if i < len(self.data) else 0

    def skip_spaces(self, i: int) -> int:
        while self.at(i) != 0 and self.at(i) in _SPACES:
            i += 1
        return i


def parse_telegram_html(text: str, *, strict: bool = True) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram-HTML into ``(visible_text, entities)`` or raise TelegramHtmlError."""
    data = text.encode("utf-8", "surrogatepass")
    reader = _Reader(data)
    out = bytearray()
    entities: list[dict[str, Any]] = []
    stack: list[_Open] = []
    utf16 = 0
    bad_surrogate = False
    i = 0
    while i < len(data):
        c = data[i]
        if c == _AMP:
            code, end = _decode_entity(reader, i)
            if code:
                utf16 += 2 if code > 0xFFFF else 1
                bad_surrogate = bad_surrogate or 0xD800 <= code <= 0xDFFF
                out += chr(code).encode("utf-8", "surrogatepass")
                i = end
                continue
            if strict:
                raise TelegramHtmlError(
                    f'Unescaped "&" at byte offset {i} '
                    "(emulator strict check; Telegram would keep it literally)"
                )
        if c != _LT:
            if c & 0xC0 != 0x80:
                utf16 += 2 if c >= 0xF0 else 1
            out.append(c)
            i += 1
            continue
        begin = i
        if reader.at(i + 1) != _SLASH:
            opened, i = _read_start_tag(reader, begin, utf16, len(out))
            stack.append(opened)
        else:
            i = _read_end_tag(reader, begin, stack)
            opened = stack.pop()
            if utf16 > opened.utf16_offset:
                _add_entity(entities, opened, utf16 - opened.utf16_offset, out, strict=strict)
        i += 1  # past '>'
    if stack:
        raise TelegramHtmlError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    if bad_surrogate:
        raise TelegramHtmlError(
            "Text contains invalid Unicode characters after decoding HTML entities, "
            "check for unmatched surrogate code units"
        )
    for entity in entities:
        if entity["type"] == "code":
            entity.pop("language", None)
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return out.decode("utf-8"), entities


def _decode_entity(reader: _Reader, pos: int) -> tuple[int, int]:
    """TDLib's decode_html_entity: (code point or 0, position after the reference)."""
    end = pos + 1
    code = 0
    if reader.at(pos + 1) == ord("#"):
        end += 1
        if reader.at(pos + 2) == ord("x"):
            end += 1
            while reader.at(end) and chr(reader.at(end)) in "0123456789abcdefABCDEF":
                code = code * 16 + int(chr(reader.at(end)), 16)
                end += 1
        else:
            while ord("0") <= reader.at(end) <= ord("9"):
                code = code * 10 + reader.at(end) - ord("0")
                end += 1
        if code == 0 or code >= 0x10FFFF or end - pos >= 10:
            return 0, pos
    else:
        while chr(reader.at(end)).isascii() and chr(reader.at(end)).isalpha():
            end += 1
        code = _NAMED_ENTITIES.get(reader.data[pos + 1 : end], 0)
        if code == 0:
            return 0, pos
    if reader.at(end) == ord(";"):
        end += 1
    return code, end


def _read_start_tag(reader: _Reader, begin: int, utf16: int, result_pos: int) -> tuple[_Open, int]:
    """Read ``<tag attr=...>`` from ``begin``; returns the open tag and the index of '>'."""
    i = begin + 1
    while reader.at(i) not in _SPACES and reader.at(i) != _GT:
        i += 1
    if reader.at(i) == 0:
        raise TelegramHtmlError(f"Unclosed start tag at byte offset {begin}")
    tag = reader.data[begin + 1 : i].decode("utf-8", "replace").lower()
    if tag not in _SUPPORTED_TAGS:
        raise TelegramHtmlError(f'Unsupported start tag "{tag}" at byte offset {begin}')
    argument = ""
    while reader.at(i) != _GT:
        i = reader.skip_spaces(i)
        if reader.at(i) == _GT:
            break
        name_begin = i
        while reader.at(i) not in _SPACES and reader.at(i) not in _ATTR_STOP:
            i += 1
        name = reader.data[name_begin:i].decode("utf-8", "replace")
        if not name:
            raise TelegramHtmlError(f'Empty attribute name in the tag "{tag}" at byte offset {begin}')
        i = reader.skip_spaces(i)
        if reader.at(i) != _EQ:
            if reader.at(i) == 0:
                raise TelegramHtmlError(f'Unclosed start tag "{tag}" at byte offset {begin}')
            if tag == "blockquote" and name == "expandable":
                argument = "1"
            continue
        i = reader.skip_spaces(i + 1)
        if reader.at(i) == 0:
            raise TelegramHtmlError(f'Unclosed start tag "{tag}" at byte offset {begin}')
        value, i = _read_attribute_value(reader, i)
        if reader.at(i) == 0:
            raise TelegramHtmlError(f"Unclosed start tag at byte offset {begin}")
        argument = _tag_argument(tag, name, value, argument)
    if tag == "span" and argument != "spoiler":
        raise TelegramHtmlError(f'Tag "span" must have class "tg-spoiler" at byte offset {begin}')
    return _Open(tag, argument, utf16, result_pos, begin), i


def _read_attribute_value(reader: _Reader, i: int) -> tuple[str, int]:
    """A lower-cased name token or a quoted string with entities decoded."""
    if reader.at(i) not in _QUOTES:
        token_begin = i
        while chr(reader.at(i)).isascii() and (chr(reader.at(i)).isalnum() or reader.at(i) in b".-"):
            i += 1
        if reader.at(i) not in _SPACES and reader.at(i) != _GT:
            raise TelegramHtmlError(f"Unexpected end of name token at byte offset {token_begin}")
        return reader.data[token_begin:i].decode("ascii").lower(), i
    quote = reader.at(i)
    i += 1
    value = bytearray()
    while reader.at(i) != quote and reader.at(i) != 0:
        if reader.at(i) == _AMP:
            code, end = _decode_entity(reader, i)
            if code:
                value += chr(code).encode("utf-8", "surrogatepass")
                i = end
                continue
        value.append(reader.at(i))
        i += 1
    if reader.at(i) == quote:
        i += 1
    return value.decode("utf-8", "replace"), i


def _tag_argument(tag: str, name: str, value: str, current: str) -> str:
    if (tag, name) in {("a", "href"), ("tg-emoji", "emoji-id")}:
        return value
    if tag == "code" and name == "class" and value.startswith("language-"):
        return value[len("language-") :]
    if tag == "span" and name == "class" and value.startswith("tg-"):
        return value[len("tg-") :]
    if tag == "blockquote" and name == "expandable":
        return "1"
    return current


def _read_end_tag(reader: _Reader, begin: int, stack: list[_Open]) -> int:
    """Check ``</tag>`` at ``begin`` against the innermost open tag; returns index of '>'."""
    if not stack:
        raise TelegramHtmlError(f"Unexpected end tag at byte offset {begin}")
    i = begin + 1
    while reader.at(i) not in _SPACES and reader.at(i) != _GT:
        i += 1
    name = reader.data[begin + 2 : i].decode("utf-8", "replace").lower()
    i = reader.skip_spaces(i)
    if reader.at(i) != _GT:
        raise TelegramHtmlError(f"Unclosed end tag at byte offset {begin}")
    expected = stack[-1].tag
    if name and name != expected:
        raise TelegramHtmlError(
            f'Unmatched end tag at byte offset {begin}, expected "</{expected}>", found "</{name}>"'
        )
    return i


def _add_entity(
    entities: list[dict[str, Any]], opened: _Open, length: int, out: bytearray, *, strict: bool
) -> None:
    """Append the entity an element makes, merging ``<pre><code class>`` like TDLib."""
    offset = opened.utf16_offset
    last = entities[-1] if entities else None
    same_span = last is not None and last["offset"] == offset and last["length"] == length
    entity: dict[str, Any] = {"offset": offset, "length": length}
    if opened.tag in _SIMPLE_TYPES:
        entity["type"] = _SIMPLE_TYPES[opened.tag]
    elif opened.tag == "tg-emoji":
        arg = opened.argument
        if not (arg.isascii() and arg.isdigit()) or not 0 < int(arg) <= _MAX_INT64:
            raise TelegramHtmlError("Invalid custom emoji identifier specified")
        entity.update(type="custom_emoji", custom_emoji_id=arg)
    elif opened.tag == "a":
        url = opened.argument or out[opened.result_pos :].decode("utf-8", "replace")
        if not _is_valid_link(url):
            if strict:
                raise TelegramHtmlError(
                    f'Invalid URL "{url}" in the tag "a" at byte offset {opened.byte_offset} '
                    "(emulator strict check; Telegram would drop the link silently)"
                )
            return
        entity.update(type="text_link", url=url)
    elif opened.tag == "pre":
        if last is not None and same_span and last["type"] == "code" and last.get("language"):
            last["type"] = "pre"
            return
        entity["type"] = "pre"
    elif opened.tag == "code":
        if last is not None and same_span and last["type"] == "pre" and opened.argument:
            last["language"] = opened.argument
            return
        entity["type"] = "code"
        if opened.argument:
            entity["language"] = opened.argument
    else:  # blockquote
        entity["type"] = "expandable_blockquote" if opened.argument else "blockquote"
    entities.append({"type": entity.pop("type"), **entity})


def _is_valid_link(url: str) -> bool:
    """Roughly TDLib's check_url: http(s)/tg/ton links or a bare domain name."""
    candidate = url.strip()
    if not candidate or any(ch.isspace() for ch in candidate):
        return False
    if "://" not in candidate:
        candidate = "http://" + candidate
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return False
    if parts.scheme.lower() in {"tg", "ton"}:
        return bool(parts.netloc or parts.path)
    if parts.scheme.lower() not in {"http", "https"}:
        return False
    host = parts.hostname or ""
    return "." in host.strip(".")
