"""A Telegram message (its text and entities) as browser HTML, as Telegram shows it.

The emulator keeps what Telegram keeps: the visible text and entities whose offsets count UTF-16
code units. Each entity becomes one tag from a fixed list; all text is escaped, and a link keeps
its address only when it is http(s) or tg:, so nothing the bot sends can add markup or script.
"""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import urlsplit

#: Entity type -> (opening tag, closing tag). Anything else is shown as plain text.
_TAGS = {
    "bold": ("<b>", "</b>"),
    "italic": ("<i>", "</i>"),
    "underline": ("<u>", "</u>"),
    "strikethrough": ("<s>", "</s>"),
    "spoiler": ('<span class="spoiler">', "</span>"),
    "code": ("<code>", "</code>"),
    "pre": ("<pre>", "</pre>"),
    "blockquote": ("<blockquote>", "</blockquote>"),
    "expandable_blockquote": ("<blockquote>", "</blockquote>"),
}
_LINK_SCHEMES = ("http", "https", "tg")


def _units(text: str) -> list[str]:
    """The text as UTF-16 code units' worth of characters: a character outside the BMP is
    followed by an empty string, so indexes match Telegram's offsets."""
    units: list[str] = []
    for char in text:
        units.append(char)
        if ord(char) > 0xFFFF:
            units.append("")
    return units


def safe_link(url: str) -> str | None:
    """``url`` if it is a link a page may follow (http, https, tg), else None."""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in _LINK_SCHEMES else None


def _tags(entity: dict[str, Any], covered: str) -> tuple[str, str]:
    kind = entity.get("type")
    if kind in ("text_link", "url"):
        url = safe_link(str(entity.get("url") or covered))
        if url is None:
            return "", ""
        return f'<a href="{escape(url)}" rel="noopener noreferrer" target="_blank">', "</a>"
    return _TAGS.get(str(kind), ("", ""))


def message_html(text: str, entities: list[dict[str, Any]] | None) -> str:
    """The message as safe HTML: text escaped, entities as tags, properly nested."""
    units = _units(text)
    opens: dict[int, list[tuple[int, str, str]]] = {}
    for entity in entities or []:
        start, length = int(entity.get("offset", 0)), int(entity.get("length", 0))
        end = min(start + length, len(units))
        if length <= 0 or not 0 <= start < end:
            continue
        opening, closing = _tags(entity, "".join(units[start:end]))
        if opening:
            opens.setdefault(start, []).append((end, opening, closing))
    out: list[str] = []
    stack: list[tuple[int, str, str]] = []  # (end, closing tag, opening tag) of open entities
    for index in range(len(units) + 1):
        closing_now = [item for item in stack if item[0] == index]
        if closing_now:  # close down to the outermost that ends here, reopen the rest
            depth = min(stack.index(item) for item in closing_now)
            for _end, closing, _opening in reversed(stack[depth:]):
                out.append(closing)
            kept = [item for item in stack[depth:] if item[0] != index]
            del stack[depth:]
            for item in kept:
                out.append(item[2])
                stack.append(item)
        if index == len(units):
            break
        for end, opening, closing in sorted(opens.get(index, []), key=lambda o: -o[0]):
            out.append(opening)
            stack.append((end, closing, opening))
        out.append(escape(units[index], quote=False))
    return "".join(out)
