"""A minimal HTTP/1.1 server on asyncio streams, enough for httpx clients.

It keeps connections alive, can drop a connection without answering (the
handler returns None) and can stop listening and come back on the same port.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from http import HTTPStatus

_LOG = logging.getLogger(__name__)
MAX_HEAD_BYTES = 64 * 1024


@dataclass
class HttpRequest:
    """One parsed request."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes


@dataclass
class HttpResponse:
    """A response to serialise."""

    status: int
    body: bytes
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)

    def encode(self, keep_alive: bool) -> bytes:
        """The bytes on the wire."""
        try:
            reason = HTTPStatus(self.status).phrase
        except ValueError:
            reason = "Unknown"
        lines = [
            f"HTTP/1.1 {self.status} {reason}",
            "Server: bot-api-emulator",
            f"Content-Type: {self.content_type}",
            f"Content-Length: {len(self.body)}",
            f"Connection: {'keep-alive' if keep_alive else 'close'}",
        ]
        lines += [f"{name}: {value}" for name, value in self.headers.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + self.body


RequestHandler = Callable[[HttpRequest], Awaitable[HttpResponse | None]]


class HttpServer:
    """Serve ``handler`` on ``host:port`` (port 0 picks a free one, kept on restart)."""

    def __init__(self, handler: RequestHandler, host: str = "127.0.0.1", port: int = 0) -> None:
        self._handler = handler
        self.host = host
        self.port = port
        self._server: asyncio.Server | None = None
        self._connections: dict[asyncio.Task[None], asyncio.StreamWriter] = {}
        self._stopping = False

    @property
    def listening(self) -> bool:
        """Whether the server accepts connections now."""
        return self._server is not None

    async def start(self) -> None:
        """Listen (again) on the configured or previously chosen port."""
        if self._server is not None:
            return
        self._server = await asyncio.start_server(
            self._serve, self.host, self.port, reuse_address=True, limit=MAX_HEAD_BYTES
        )
        self.port = self._server.sockets[0].getsockname()[1]
        _LOG.debug("emulator listening on %s:%s", self.host, self.port)

    async def stop(self) -> None:
        """Stop listening and cut every open connection (in-flight requests die)."""
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        self._stopping = True
        try:
            tasks = list(self._connections)
            for task, writer in list(self._connections.items()):
                writer.transport.abort()
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        finally:
            self._stopping = False
        await server.wait_closed()
        _LOG.debug("emulator stopped listening on port %s", self.port)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections[task] = writer
        try:
            await self._serve_connection(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            # Cancelled by stop(): end quietly, as Python 3.11's stream server logs
            # cancelled connection tasks as errors.
            if not self._stopping:
                raise
        finally:
            self._connections.pop(task, None)
            writer.close()

    async def _serve_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            request = await _read_request(reader)
            if request is None:
                return
            response = await self._handler(request)
            if response is None:  # drop the connection without a word
                writer.transport.abort()
                return
            keep_alive = request.headers.get("connection", "").lower() != "close"
            if writer.is_closing():
                return
            writer.write(response.encode(keep_alive))
            await writer.drain()
            if not keep_alive:
                return


async def _read_request(reader: asyncio.StreamReader) -> HttpRequest | None:
    """Read one request; None at a clean end of the connection."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as err:
        if err.partial.strip():
            raise
        return None
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    method, target, _version = request_line.split(" ", 2)
    headers: dict[str, str] = {}
    for line in header_lines:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = await _read_chunked(reader)
    else:
        body = await reader.readexactly(int(headers.get("content-length", "0") or 0))
    return HttpRequest(method.upper(), target, headers, body)


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    body = bytearray()
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size = int(size_line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            await reader.readuntil(b"\r\n")
            return bytes(body)
        body += await reader.readexactly(size)
        await reader.readexactly(2)
