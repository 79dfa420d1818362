"""From HTTP requests to Bot API calls: routing, token check, faults, JSON.

URLs are ``/bot<token>/<method>`` and ``/file/bot<token>/<file_path>``. The
token never reaches the logs: only method names are logged.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import Any, NamedTuple
from urllib.parse import unquote, urlsplit

from .api import call_method, canonical_name
from .errors import ApiError
from .faults import Fault, FaultPlan
from .params import parse_request
from .server import HttpRequest, HttpResponse
from .world import World

_LOG = logging.getLogger(__name__)

BAD_GATEWAY_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


class RequestRecord(NamedTuple):
    """One Bot API call as received: ``(method, params)`` with JSON fields decoded."""

    method: str
    params: dict[str, Any]


class ErrorRecord(NamedTuple):
    """One Bot API call that was answered with an error."""

    method: str
    code: int
    description: str


def json_response(status: int, payload: Any) -> HttpResponse:
    """A JSON response."""
    return HttpResponse(status, json.dumps(payload, ensure_ascii=False).encode("utf-8"))


def error_response(error: ApiError) -> HttpResponse:
    """Telegram's error body for ``error``."""
    return json_response(error.code, error.to_dict())


class Frontend:
    """Answers HTTP requests on behalf of the emulated Bot API."""

    def __init__(
        self,
        world: World,
        token: str,
        faults: FaultPlan,
        go_down: Callable[[float], None],
    ) -> None:
        self.world = world
        self.token = token
        self.faults = faults
        self._go_down = go_down
        self.requests: list[RequestRecord] = []
        self.errors: list[ErrorRecord] = []

    async def handle(self, request: HttpRequest) -> HttpResponse | None:
        """Answer one request (None drops the connection)."""
        target = urlsplit(request.target)
        path = unquote(target.path)
        if path.startswith("/file/bot"):
            return self._download(path.removeprefix("/file/bot"))
        if not path.startswith("/bot"):
            return error_response(ApiError(404, "Not Found"))
        token, _, method = path.removeprefix("/bot").partition("/")
        if token != self.token:
            return error_response(ApiError(401, "Unauthorized"))
        name = canonical_name(method) or method
        try:
            params = parse_request(request.headers.get("content-type", ""), request.body, target.query)
        except ApiError as err:
            return self._failed(name, err)
        self.requests.append(RequestRecord(name, params.decoded()))
        _LOG.debug("Bot API call %s", name)
        fault = self.faults.take(name)
        if fault is not None and not fault.strikes_after_execution:
            return self._strike(fault, name)
        try:
            response = json_response(200, {"ok": True, "result": await call_method(self.world, name, params)})
        except ApiError as err:
            response = self._failed(name, err)
        except Exception:  # an emulator bug must not look like a network failure
            _LOG.exception("emulator failed while running %s", name)
            response = self._failed(name, ApiError(500, "Internal Server Error"))
        if fault is None:
            return response
        if fault.kind == "slow":
            _LOG.debug("holding back the answer to %s for %.2fs", name, fault.seconds)
            await asyncio.sleep(fault.seconds)
            return response
        return self._strike(fault, name)

    def _failed(self, method: str, error: ApiError) -> HttpResponse:
        self.errors.append(ErrorRecord(method, error.code, error.description))
        _LOG.debug("Bot API call %s failed: %s", method, error.description)
        return error_response(error)

    def _strike(self, fault: Fault, method: str) -> HttpResponse | None:
        _LOG.info("injected fault %s on %s", fault.kind, method)
        if fault.kind == "400":
            return error_response(ApiError(400, "Bad Request: message to be replied not found"))
        if fault.kind == "429":
            return error_response(
                ApiError(
                    429,
                    f"Too Many Requests: retry after {fault.retry_after}",
                    retry_after=fault.retry_after,
                )
            )
        if fault.kind == "500":
            return error_response(ApiError(500, "Internal Server Error"))
        if fault.kind == "502":
            return HttpResponse(502, BAD_GATEWAY_PAGE, content_type="text/html")
        if fault.kind == "down":
            self._go_down(fault.seconds)
        return None

    def _download(self, rest: str) -> HttpResponse:
        token, _, file_path = rest.partition("/")
        if token != self.token:
            return error_response(ApiError(401, "Unauthorized"))
        for info in self.world.files.values():
            if info["file_path"] == file_path:
                return HttpResponse(200, info["content"], content_type="application/octet-stream")
        return error_response(ApiError(404, "Not Found"))
