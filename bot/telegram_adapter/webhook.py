"""Webhook mode: the server Telegram posts updates to, with limits checked before reading.

python-telegram-bot's own webhook server (``Application.run_webhook``) reads a request's whole
body before it looks at the secret, has no time limits and no cap on connections, and its accept
loop (tornado's) retries a failing ``accept()`` as fast as it can, logging a traceback each time.
This one is tornado's HTTP parser with every limit set (``WebhookLimits``), behind
``listener.ConnectionListener`` (connection cap, accept back-off), and a request handler that
streams the body so that everything it can judge from the headers is judged first:

1. the method and path (``POST /telegram``), else 405 or 404;
2. the secret (``X-Telegram-Bot-Api-Secret-Token``), else 403;
3. the content type (``application/json``), else 415;
4. the announced length (``Content-Length``), else 413, and the connection is closed unread.

Only then is the body read (at most ``max_body`` bytes, within ``body_timeout``) and parsed; a
body that is not a Telegram update gets 400 and one log line. An update is handled before the
request is answered, not queued: the status says whether Telegram should deliver it again
(``acknowledge``), so an update whose replica dies mid-way is delivered again, not lost. On
stop, the server stops accepting and lets the updates in hand finish before it closes.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
import socket
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from telegram import Update
from telegram.ext import Application, ExtBot
from tornado.httpserver import HTTPServer
from tornado.iostream import IOStream
from tornado.netutil import bind_sockets
from tornado.web import Application as WebApplication
from tornado.web import HTTPError, RequestHandler, stream_request_body

from bot.config import Settings
from bot.telegram_adapter import acknowledge
from bot.telegram_adapter.listener import (
    ConnectionListener,
    derived_max_connections,
    descriptor_limit,
)

log = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
#: The path Telegram posts to (``BRIEFBOT_WEBHOOK_URL`` should end with it).
WEBHOOK_PATH = "/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
#: Largest request line and headers; Telegram's are well under 1 KB.
MAX_HEADER_SIZE = 16 * 1024
#: Bytes read from a connection at a time.
READ_CHUNK = 64 * 1024
#: Connections Telegram may open to us at once (its own default, 40).
TELEGRAM_MAX_CONNECTIONS = 40
#: Seconds a stopping server waits for the updates in hand before closing their connections.
STOP_GRACE_SECONDS = 10.0


@dataclass(frozen=True)
class WebhookLimits:
    """What one client may cost the webhook server."""

    max_body: int
    header_timeout: float
    body_timeout: float
    max_connections: int

    @classmethod
    def from_settings(cls, settings: Settings) -> WebhookLimits:
        """The configured limits; an unset connection cap is derived from ``ulimit -n``."""
        limit = descriptor_limit()
        max_connections = settings.webhook_max_connections or derived_max_connections(limit)
        if max_connections > limit:
            log.warning("BRIEFBOT_WEBHOOK_MAX_CONNECTIONS is %d but the process may open only %d "
                        "descriptors (ulimit -n); accepting will pause when they run out",
                        max_connections, limit)
        return cls(max_body=settings.webhook_max_body,
                   header_timeout=settings.webhook_header_timeout,
                   body_timeout=settings.webhook_body_timeout,
                   max_connections=max_connections)


@dataclass
class Receiver:
    """Where accepted updates go, what a request must show to be accepted, and how many
    updates are being handled now."""

    application: AnyApplication
    secret: str
    max_body: int
    in_hand: int = 0


def _media_type(content_type: str) -> str:
    """``application/json`` from ``Application/JSON; charset=utf-8``."""
    return content_type.split(";", 1)[0].strip().lower()


@stream_request_body
class UpdateHandler(RequestHandler):
    """``POST /telegram``: headers judged in ``prepare`` before any of the body is read."""

    SUPPORTED_METHODS = ("POST",)

    def initialize(self, receiver: Receiver) -> None:
        self.receiver = receiver
        self.received = bytearray()

    def prepare(self) -> None:
        headers = self.request.headers
        secret = headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(secret.encode(), self.receiver.secret.encode()):
            raise HTTPError(HTTPStatus.FORBIDDEN)
        if _media_type(headers.get("Content-Type", "")) != "application/json":
            raise HTTPError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE)
        length = headers.get("Content-Length", "0")  # none: chunked, stopped past max_body
        if not length.isdigit():
            raise HTTPError(HTTPStatus.BAD_REQUEST)
        if int(length) > self.receiver.max_body:
            raise HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)

    def data_received(self, chunk: bytes) -> None:
        # The server stops a chunked body past max_body; a fixed one was checked in prepare().
        self.received += chunk

    async def post(self) -> None:
        update = self._update()
        if update is None:
            raise HTTPError(HTTPStatus.BAD_REQUEST)
        bot = self.receiver.application.bot
        if isinstance(bot, ExtBot):
            bot.insert_callback_data(update)
        self.receiver.in_hand += 1
        try:
            status = await acknowledge.status_after_handling(self.receiver.application, update)
        finally:
            self.receiver.in_hand -= 1
        self.set_status(status)
        if status is not HTTPStatus.OK:
            self.finish(f"{status.value} {status.phrase}\n")

    def _update(self) -> Update | None:
        """The body as an Update, or None (logged in one line) when it is not one."""
        try:
            data = json.loads(self.received)
        except (ValueError, RecursionError) as error:
            log.warning("webhook: a request with the right secret was not JSON (%s)",
                        type(error).__name__)
            return None
        try:
            update = Update.de_json(data, self.receiver.application.bot)
        except Exception as error:  # any shape of bad data; Telegram never sends it
            log.warning("webhook: a request with the right secret was not a Telegram update "
                        "(%s: %s)", type(error).__name__, str(error)[:200])
            return None
        return update

    def set_default_headers(self) -> None:
        _plain_headers(self)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        _plain_error(self, status_code)

    def log_exception(self, *args: Any) -> None:
        """Refusals are answers, not errors: nothing to log."""


@stream_request_body
class NotFoundHandler(RequestHandler):
    """Any other path: 404 before any of the body is read."""

    def prepare(self) -> None:
        raise HTTPError(HTTPStatus.NOT_FOUND)

    def set_default_headers(self) -> None:
        _plain_headers(self)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        _plain_error(self, status_code)

    def log_exception(self, *args: Any) -> None:
        """Nothing to log."""


def _plain_headers(handler: RequestHandler) -> None:
    """Answers are short plain text, and do not name the server software."""
    handler.clear_header("Server")
    handler.set_header("Content-Type", "text/plain; charset=utf-8")


def _plain_error(handler: RequestHandler, status_code: int) -> None:
    # A refusal may come before the body is read, and the server then closes the connection
    # after answering: saying so up front keeps a client from sending its next request on it.
    handler.set_header("Connection", "close")
    handler.finish(f"{status_code} {HTTPStatus(status_code).phrase}\n")


class _QuietApplication(WebApplication):
    def log_request(self, handler: RequestHandler) -> None:
        """No line per request: the bot logs what it does with updates."""


class _CountingHTTPServer(HTTPServer):
    """tornado's HTTP server, counting the connections it serves (for the cap)."""

    open_connections = 0

    def handle_stream(self, stream: IOStream, address: tuple[Any, ...]) -> None:
        self.open_connections += 1
        super().handle_stream(stream, address)

    def on_close(self, server_conn: object) -> None:
        self.open_connections -= 1
        super().on_close(server_conn)


class WebhookServer:
    """The webhook server for ``application``: ``await start()``, then ``await stop()``."""

    def __init__(self, application: AnyApplication, settings: Settings,
                 limits: WebhookLimits | None = None) -> None:
        if not settings.webhook_secret:
            raise ValueError("the webhook server needs BRIEFBOT_WEBHOOK_SECRET")
        self.limits = limits or WebhookLimits.from_settings(settings)
        self.listen, self.port = settings.webhook_listen, settings.webhook_port
        self._receiver = Receiver(application, settings.webhook_secret, self.limits.max_body)
        routes = _QuietApplication([(rf"{WEBHOOK_PATH}/?", UpdateHandler,
                                     {"receiver": self._receiver})],
                                   default_handler_class=NotFoundHandler)
        self._http = _CountingHTTPServer(
            routes, max_header_size=MAX_HEADER_SIZE, chunk_size=READ_CHUNK,
            idle_connection_timeout=self.limits.header_timeout,
            body_timeout=self.limits.body_timeout, max_body_size=self.limits.max_body,
            max_buffer_size=MAX_HEADER_SIZE + self.limits.max_body + READ_CHUNK)
        self._listener: ConnectionListener | None = None

    async def start(self) -> None:
        """Bind ``listen:port`` and start accepting."""
        # Malformed requests and time-outs are the client's doing; tornado logs each at INFO.
        logging.getLogger("tornado.general").setLevel(logging.WARNING)
        sockets = bind_sockets(self.port, address=self.listen or None)
        self._listener = ConnectionListener(sockets, self._serve,
                                            lambda: self._http.open_connections,
                                            self.limits.max_connections)
        self._listener.start()

    def _serve(self, connection: socket.socket, address: object) -> None:
        stream = IOStream(connection, max_buffer_size=self._http.max_buffer_size,
                          read_chunk_size=READ_CHUNK)
        self._http.handle_stream(stream, address if isinstance(address, tuple) else ("", 0))

    async def stop(self, grace: float = STOP_GRACE_SECONDS) -> None:
        """Stop accepting, let the updates in hand finish (within ``grace`` seconds: Telegram
        delivers any left again), then close the connections still open."""
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        deadline = asyncio.get_running_loop().time() + grace
        while self._receiver.in_hand and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.05)
        await self._http.close_all_connections()


async def serve_webhook(application: AnyApplication, settings: Settings) -> None:
    """Run ``application`` in webhook mode until SIGINT or SIGTERM.

    The order is python-telegram-bot's: initialize, ``post_init``, start processing updates,
    listen, and only then tell Telegram where to post.
    """
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    server = WebhookServer(application, settings)
    async with application:
        if application.post_init is not None:
            await application.post_init(application)
        await application.start()
        try:
            await server.start()
            try:
                log.info("webhook server listening on %s:%s (body at most %d bytes, headers "
                         "within %g s, body within %g s, at most %d connections)",
                         settings.webhook_listen, settings.webhook_port, server.limits.max_body,
                         server.limits.header_timeout, server.limits.body_timeout,
                         server.limits.max_connections)
                await application.bot.set_webhook(
                    url=str(settings.webhook_url), secret_token=settings.webhook_secret,
                    allowed_updates=Update.ALL_TYPES,
                    max_connections=min(TELEGRAM_MAX_CONNECTIONS, server.limits.max_connections))
                await stop.wait()
            finally:
                await server.stop()
        finally:
            await application.stop()
