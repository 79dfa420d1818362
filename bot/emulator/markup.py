"""Validation of ``reply_markup`` the way the Bot API server checks it."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from .errors import bad_request
from .models import JsonDict

MAX_CALLBACK_DATA_BYTES = 64
MAX_BUTTONS = 100
_ACTION_FIELDS = (
    "callback_data", "url", "switch_inline_query", "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat", "callback_game", "pay", "login_url", "web_app",
    "copy_text",
)  # fmt: skip
_BUTTON_ERROR = "can't parse inline keyboard button: "


def validate_reply_markup(markup: Any) -> JsonDict | None:
    """Check a decoded ``reply_markup``; returns it, or raises Telegram's 400."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        _check_inline_keyboard(markup["inline_keyboard"])
    elif "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request('field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays')
    elif not ({"remove_keyboard", "force_reply"} & markup.keys()):
        raise bad_request('can\'t find field "inline_keyboard"')
    return markup


def _check_inline_keyboard(rows: Any) -> None:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays')
    if sum(len(row) for row in rows) > MAX_BUTTONS:
        raise bad_request("reply markup is too long")
    for row in rows:
        for button in row:
            _check_button(button)


def _check_button(button: Any) -> None:
    if not isinstance(button, dict):
        raise bad_request(_BUTTON_ERROR + "InlineKeyboardButton should be an Object")
    if "text" not in button:
        raise bad_request(_BUTTON_ERROR + 'Can\'t find field "text"')
    if not isinstance(button["text"], str):
        raise bad_request(_BUTTON_ERROR + 'Field "text" must be of type String')
    actions = [name for name in _ACTION_FIELDS if button.get(name) is not None]
    if not actions:
        raise bad_request(_BUTTON_ERROR + "Text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:
        raise bad_request(
            _BUTTON_ERROR + f"exactly one of the optional fields must be used, got {', '.join(actions)} "
            "(emulator strict check; Telegram would silently keep one)"
        )
    if "callback_data" in button:
        _check_callback_data(button["callback_data"])
    if "url" in button:
        _check_url(button["url"])


def _check_callback_data(data: Any) -> None:
    if not isinstance(data, str):
        raise bad_request(_BUTTON_ERROR + 'Field "callback_data" must be of type String')
    if not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
        raise bad_request("BUTTON_DATA_INVALID")


def _check_url(url: Any) -> None:
    if not isinstance(url, str):
        raise bad_request(_BUTTON_ERROR + 'Field "url" must be of type String')
    candidate = url if "://" in url else "http://" + url
    try:
        parts = urlsplit(candidate)
    except ValueError:
        raise bad_request(f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL") from None
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https", "tg"}:
        raise bad_request(f"inline keyboard button URL '{url}' is invalid: Unsupported URL protocol")
    if scheme != "tg" and "." not in (parts.hostname or "").strip("."):
        raise bad_request("BUTTON_URL_INVALID")


def inline_keyboard_of(markup: JsonDict | None) -> JsonDict | None:
    """The markup a sent Message carries: only inline keyboards are echoed back."""
    if markup and "inline_keyboard" in markup:
        return {"inline_keyboard": markup["inline_keyboard"]}
    return None


def keyboard_rows(message: JsonDict) -> list[list[tuple[str, str | None]]]:
    """A message's inline keyboard as rows of ``(text, callback_data)`` tuples."""
    markup = message.get("reply_markup") or {}
    return [
        [(str(button["text"]), button.get("callback_data")) for button in row]
        for row in markup.get("inline_keyboard", [])
    ]


def callback_data_in(message: JsonDict) -> set[str]:
    """All callback_data values currently on a message's buttons."""
    return {data for row in keyboard_rows(message) for _, data in row if data is not None}
