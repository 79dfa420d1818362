"""Sending that survives Telegram's hiccups: rate limits, retries, and no duplicates.

``ReliableRateLimiter`` is python-telegram-bot's ``AIORateLimiter`` (Telegram's 30 messages a
second overall and 20 a minute per group, and a retry after every 429) plus retries of requests
that failed *before Telegram could have acted on them*: a 5xx answer, a refused connection, a
request that could not be written, or a connection closed with no answer at all (in practice a
stale keep-alive connection, closed before the request was read). A time-out or a connection
lost while reading the answer is not retried (the message may well have arrived, and sending it
again would post it twice), and neither is a request Telegram rejected (``BadRequest``,
``Forbidden``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

import httpx
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)

#: Seconds to wait before each retry of a request that failed in transit.
RETRY_DELAYS: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0, 8.0)
#: Errors that mean Telegram answered (or may have acted): never resent.
FINAL_ERRORS = (BadRequest, TimedOut, Forbidden, InvalidToken, ChatMigrated, Conflict, RetryAfter)
#: Long polling has its own retry loop in the Updater.
NOT_RETRIED_ENDPOINTS = frozenset({"getUpdates"})

JSONDict = dict[str, Any]
Callback = Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]]


def sent_nothing(error: NetworkError) -> bool:
    """Whether the failed request cannot have been acted on, so sending it again is safe."""
    cause = error.__cause__
    if cause is None or isinstance(cause, TelegramError):
        return True  # Telegram (or its proxy) answered with an error status
    return isinstance(cause, httpx.ConnectError | httpx.WriteError | httpx.RemoteProtocolError)


class ReliableRateLimiter(AIORateLimiter):
    """AIORateLimiter that also retries requests lost in transit (never ones that may have landed)."""

    def __init__(self, *, retry_delays: Sequence[float] = RETRY_DELAYS,
                 max_retries_on_429: int = 3, overall_max_rate: float = 30,
                 group_max_rate: float = 20) -> None:
        super().__init__(max_retries=max_retries_on_429, overall_max_rate=overall_max_rate,
                         group_max_rate=group_max_rate)
        self._retry_delays = tuple(retry_delays)

    async def process_request(  # noqa: PLR0917 - the signature PTB calls
        self, callback: Callback, args: Any, kwargs: dict[str, Any],
        endpoint: str, data: dict[str, Any], rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        """Run the request under the rate limits; retry it while it fails in transit."""
        delays = () if endpoint in NOT_RETRIED_ENDPOINTS else self._retry_delays
        for attempt in range(len(delays) + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data,
                                                     rate_limit_args)
            except FINAL_ERRORS:
                raise
            except NetworkError as error:
                if attempt == len(delays) or not sent_nothing(error):
                    raise
                log.warning("%s failed in transit (%s); retry %d of %d in %.1fs", endpoint,
                            error, attempt + 1, len(delays), delays[attempt])
                await asyncio.sleep(delays[attempt])
        raise AssertionError("unreachable")  # pragma: no cover
