"""Turning a method's text + parse_mode into what the user would see."""

from __future__ import annotations

import logging
from typing import Any, Literal

from .errors import bad_request
from .html_check import TelegramHtmlError, parse_telegram_html
from .models import JsonDict
from .text_entities import utf16_len

_LOG = logging.getLogger(__name__)

MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024

TextKind = Literal["message", "edit", "caption", "inline"]


def render_text(
    text: str | None,
    parse_mode: str | None,
    entities: Any,
    *,
    strict: bool,
    kind: TextKind = "message",
) -> tuple[str, list[JsonDict]]:
    """Parse ``text`` like Telegram; returns ``(visible_text, entities)`` or raises 400."""
    raw = text or ""
    visible, found = _parse(raw, parse_mode, entities, strict=strict)
    length = utf16_len(visible)
    if kind == "caption":
        if length > MAX_CAPTION_LENGTH:
            raise bad_request("message caption is too long")
        return visible, found
    if not visible.strip():
        raise bad_request("message text is empty")
    if length > MAX_MESSAGE_LENGTH:
        raise bad_request("MESSAGE_TOO_LONG" if kind == "edit" else "message is too long")
    return visible, found


def _parse(raw: str, parse_mode: str | None, entities: Any, *, strict: bool) -> tuple[str, list[JsonDict]]:
    if isinstance(entities, list):
        return raw, [dict(e) for e in entities if isinstance(e, dict)]
    mode = (parse_mode or "").strip().lower()
    if not mode:
        return raw, []
    if mode == "html":
        try:
            return parse_telegram_html(raw, strict=strict)
        except TelegramHtmlError as err:
            raise bad_request(f"can't parse entities: {err}") from None
    if mode in {"markdown", "markdownv2"}:
        _LOG.warning("parse_mode %s is accepted but not validated by the emulator", parse_mode)
        return raw, []
    raise bad_request("unsupported parse_mode")
