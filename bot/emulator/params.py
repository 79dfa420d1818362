"""Decoding Bot API request parameters as clients send them.

python-telegram-bot 22 posts ``application/x-www-form-urlencoded`` bodies
(``multipart/form-data`` when uploading files) in which every string parameter
is sent as is and every other value (ints, bools, lists, objects) is
``json.dumps``-ed. JSON bodies and query strings are accepted too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from tornado.httputil import HTTPFile, parse_body_arguments

from .errors import ApiError, bad_request

# Parameters whose value is a JSON-serialised object or array.
JSON_FIELDS = frozenset(
    {
        "reply_markup", "entities", "caption_entities", "commands", "scope", "results",
        "link_preview_options", "allowed_updates", "reply_parameters", "button", "media",
        "options", "permissions", "prices", "reaction", "input_message_content",
    }
)  # fmt: skip


@dataclass
class Params:
    """The parameters of one call, with typed accessors raising Telegram's errors."""

    raw: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)

    def __contains__(self, name: str) -> bool:
        return self.raw.get(name) is not None

    def decoded(self) -> dict[str, Any]:
        """All parameters, JSON fields parsed where possible (for the request log)."""
        result: dict[str, Any] = {}
        for name, value in self.raw.items():
            if name in JSON_FIELDS and isinstance(value, str):
                try:
                    result[name] = json.loads(value)
                except ValueError:
                    result[name] = value
            else:
                result[name] = value
        return result

    def get_str(self, name: str, default: str | None = None) -> str | None:
        """A string parameter (numbers sent as JSON are turned into text)."""
        value = self.raw.get(name)
        if value is None:
            return default
        if isinstance(value, bool):
            return "true" if value else "false"
        return value if isinstance(value, str) else json.dumps(value)

    def require_str(self, name: str, missing: str | None = None) -> str:
        """A string parameter that must be present."""
        value = self.get_str(name)
        if value is None:
            raise bad_request(missing or f'parameter "{name}" is required')
        return value

    def get_int(self, name: str, default: int | None = None) -> int | None:
        """An integer parameter."""
        value = self.raw.get(name)
        if value is None or value == "":
            return default
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def require_int(self, name: str, missing: str | None = None) -> int:
        """An integer parameter that must be present."""
        value = self.get_int(name)
        if value is None:
            raise bad_request(missing or f"{name} is empty")
        return value

    def get_bool(self, name: str, default: bool = False) -> bool:
        """A boolean parameter (``true``/``false``/``1``/``0``)."""
        value = self.raw.get(name)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in {"true", "1"}

    def get_json(self, name: str, error: str | None = None) -> Any:
        """A JSON object/array parameter, parsed when sent as a string."""
        value = self.raw.get(name)
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(error or f"can't parse {name} JSON object") from None


def parse_request(
    content_type: str, body: bytes, query: str, headers: dict[str, str] | None = None
) -> Params:
    """Build :class:`Params` from a query string and a body of any supported type."""
    raw: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    files: dict[str, bytes] = {}
    mime = content_type.split(";", 1)[0].strip().lower()
    if not body:
        return Params(raw, files)
    if mime == "application/json":
        try:
            data = json.loads(body.decode("utf-8"))
        except ValueError:
            raise ApiError(400, "Bad Request: can't parse JSON encoded request") from None
        if not isinstance(data, dict):
            raise ApiError(400, "Bad Request: JSON request must be an object")
        raw.update(data)
    elif mime == "application/x-www-form-urlencoded":
        try:
            raw.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        except UnicodeDecodeError:
            raise bad_request("strings must be encoded in UTF-8") from None
    elif mime == "multipart/form-data":
        arguments: dict[str, list[bytes]] = {}
        uploads: dict[str, list[HTTPFile]] = {}
        parse_body_arguments(content_type, body, arguments, uploads)
        for name, values in arguments.items():
            raw[name] = values[-1].decode("utf-8", "replace")
        for name, parts in uploads.items():
            files[name] = parts[-1].body
            raw.setdefault(name, f"attach://{name}")
    return Params(raw, files)
