"""The error a Bot API method answers with, shaped like Telegram's JSON."""

from __future__ import annotations

from .models import JsonDict


class ApiError(Exception):
    """A Bot API failure: ``{"ok": false, "error_code": ..., "description": ...}``."""

    def __init__(
        self,
        code: int,
        description: str,
        *,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after
        self.migrate_to_chat_id = migrate_to_chat_id

    def to_dict(self) -> JsonDict:
        """The response body Telegram sends for this error."""
        body: JsonDict = {"ok": False, "error_code": self.code, "description": self.description}
        parameters: JsonDict = {}
        if self.retry_after is not None:
            parameters["retry_after"] = self.retry_after
        if self.migrate_to_chat_id is not None:
            parameters["migrate_to_chat_id"] = self.migrate_to_chat_id
        if parameters:
            body["parameters"] = parameters
        return body


def bad_request(detail: str) -> ApiError:
    """A 400 with Telegram's ``"Bad Request: "`` prefix."""
    return ApiError(400, f"Bad Request: {detail}")


def forbidden(detail: str) -> ApiError:
    """A 403 with Telegram's ``"Forbidden: "`` prefix."""
    return ApiError(403, f"Forbidden: {detail}")


QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
