"""Accepting webhook connections without letting them exhaust the process.

Two guards sit between the listening socket and the HTTP server:

- a cap on open connections: past it, a new connection is accepted and closed at once, so the
  descriptors left over stay free for the database, the logs and the calls to Telegram;
- a back-off when ``accept()`` fails (out of descriptors, ``EMFILE``): the socket is left alone
  for a moment instead of being retried in a tight loop, since the connection that could not be
  accepted keeps it readable.

Each condition is logged once when it starts and once when it ends, not once per connection.
"""

from __future__ import annotations

import asyncio
import logging
import resource
import socket
import time
from collections.abc import Callable, Sequence

log = logging.getLogger(__name__)

#: Descriptors kept out of the connection cap's reach (database, logs, Telegram API, accepting).
DESCRIPTOR_RESERVE = 256
#: The derived cap never goes above this: Telegram opens at most 100 webhook connections.
MAX_DERIVED_CONNECTIONS = 1000
#: The derived cap never goes below this, however low the descriptor limit.
MIN_DERIVED_CONNECTIONS = 8
#: Connections accepted per wake-up before other work gets a turn.
ACCEPTS_PER_WAKEUP = 128
#: Seconds to leave the socket alone after a failed accept: the first wait, and the longest.
FIRST_BACKOFF = 0.1
LONGEST_BACKOFF = 1.0
#: A condition that comes back within this many seconds of being logged is not logged again.
QUIET_SECONDS = 60.0


def descriptor_limit() -> int:
    """The process's soft limit on open descriptors (``ulimit -n``)."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return soft if soft != resource.RLIM_INFINITY else 1 << 20


def derived_max_connections(limit: int) -> int:
    """The connection cap for a descriptor limit: a reserve below it, within sensible bounds."""
    return max(MIN_DERIVED_CONNECTIONS, min(MAX_DERIVED_CONNECTIONS, limit - DESCRIPTOR_RESERVE))


class EpisodeLog:
    """Logs a condition that repeats (every refused connection, every failed accept) as episodes:
    one line when it starts, one when it ends with how often it happened. An episode that starts
    within ``QUIET_SECONDS`` of the last logged one is counted but not logged."""

    def __init__(self, started: str, ended: str) -> None:
        self._started, self._ended = started, ended
        self._count = 0
        self._since = 0.0
        self._logged_at: float | None = None
        self._logging = False

    @property
    def active(self) -> bool:
        return self._count > 0

    def happened(self, detail: str) -> None:
        """One more occurrence; the first of an episode is logged (unless logged just now)."""
        now = time.monotonic()
        if not self._count:
            self._since = now
            self._logging = self._logged_at is None or now - self._logged_at >= QUIET_SECONDS
            if self._logging:
                self._logged_at = now
                log.warning(self._started, detail)
        self._count += 1

    def ended(self) -> None:
        """The condition is over; say so if its start was logged."""
        if self._count and self._logging:
            log.info(self._ended, self._count, time.monotonic() - self._since)
        self._count = 0


class ConnectionListener:
    """Accepts connections on ``sockets`` and hands each to ``serve``, within ``max_connections``
    open at once (``open_connections`` says how many are) and backing off when accept fails."""

    def __init__(self, sockets: Sequence[socket.socket], serve: Callable[[socket.socket, object], None],
                 open_connections: Callable[[], int], max_connections: int) -> None:
        self._sockets = list(sockets)
        self._serve = serve
        self._open_connections = open_connections
        self._max_connections = max_connections
        self._loop = asyncio.get_running_loop()
        self._backoff = FIRST_BACKOFF
        self._retries: dict[int, asyncio.TimerHandle] = {}
        self._failures = EpisodeLog(
            "webhook server: cannot accept connections (%s); retrying every second or so "
            "until descriptors are free",
            "webhook server: accepting connections again (%d failed attempt(s) over %.1f s)")
        self._full = EpisodeLog(
            "webhook server: %s; closing new connections until some close",
            "webhook server: below the connection cap again (%d connection(s) closed over %.1f s)")

    def start(self) -> None:
        """Start accepting on every socket."""
        for sock in self._sockets:
            self._watch(sock)

    def close(self) -> None:
        """Stop accepting and close the listening sockets (open connections are left alone)."""
        for sock in self._sockets:
            self._unwatch(sock)
            sock.close()
        self._sockets.clear()

    def _watch(self, sock: socket.socket) -> None:
        self._retries.pop(sock.fileno(), None)
        self._loop.add_reader(sock.fileno(), self._accept, sock)

    def _unwatch(self, sock: socket.socket) -> None:
        if sock.fileno() < 0:
            return
        self._loop.remove_reader(sock.fileno())
        retry = self._retries.pop(sock.fileno(), None)
        if retry is not None:
            retry.cancel()

    def _accept(self, sock: socket.socket) -> None:
        for _ in range(ACCEPTS_PER_WAKEUP):
            try:
                connection, address = sock.accept()
            except (BlockingIOError, InterruptedError):
                return  # nothing more waiting
            except ConnectionAbortedError:
                continue  # the client gave up before we got to it
            except OSError as error:
                self._back_off(sock, error)
                return
            self._backoff = FIRST_BACKOFF
            self._failures.ended()
            open_now = self._open_connections()
            if open_now >= self._max_connections:
                self._full.happened(f"{open_now} connections open, the cap "
                                    f"(BRIEFBOT_WEBHOOK_MAX_CONNECTIONS) is {self._max_connections}")
                connection.close()
                continue
            self._full.ended()
            self._serve(connection, address)

    def _back_off(self, sock: socket.socket, error: OSError) -> None:
        """Leave ``sock`` alone for a while: the connection that could not be accepted keeps it
        readable, so watching it now would only fail again, as fast as the loop can spin."""
        self._failures.happened(error.strerror or type(error).__name__)
        self._loop.remove_reader(sock.fileno())
        self._retries[sock.fileno()] = self._loop.call_later(self._backoff, self._watch, sock)
        self._backoff = min(self._backoff * 2, LONGEST_BACKOFF)
