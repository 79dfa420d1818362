"""What Telegram is told about an update it posted to the webhook, once the update is handled.

Telegram delivers an update again (to whichever replica the load balancer picks) until one
answers 200. Answering before handling would lose an update whose replica dies mid-way, so the
webhook answers only after handling, with the status this module derives from how it went:

- handled, or handled already (a redelivery): 200, and nothing more to do;
- another replica (or this one) is handling it and its lease holds: 503, try again later;
- a failure that may pass (the database; Telegram busy, down or unreachable, so that nothing
  was sent): 503, and the claim on it is given up so that the next delivery is handled at once,
  here or elsewhere;
- a bug in a handler, or a request Telegram refuses (400, 403): 200. Delivering it again would
  fail the same way, over and over; the failure is logged once (``handlers.on_error``). So is a
  send that timed out: its message may have arrived, and handling again could post it twice.

The ``Handling`` of the update in hand lives in a context variable: the gate and the error
handler mark it (``mark``, ``failed``), the webhook reads it, and ``BriefbotApplication`` settles
the claims by it (``sharing.settle``) in polling mode too.
"""

from __future__ import annotations

from contextvars import ContextVar, Token
from dataclasses import dataclass
from enum import Enum
from http import HTTPStatus
from typing import Any

from telegram import Update
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application

from bot.storage.base import DATABASE_ERRORS
from bot.telegram_adapter.delivery import sent_nothing

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


class Result(Enum):
    """How handling an update went, worst last (a later, worse mark wins)."""

    HANDLED = 0
    #: Handled already (a redelivery): dropped.
    DROPPED = 1
    #: A bug, or a request Telegram refused: delivering it again would fail the same way.
    BROKEN = 2
    #: Being handled by a replica whose lease holds: Telegram should deliver it again later.
    BUSY = 3
    #: A failure that may pass: Telegram should deliver it again.
    RETRY = 4

    @property
    def status(self) -> HTTPStatus:
        """The webhook's answer to Telegram."""
        if self in (Result.BUSY, Result.RETRY):
            return HTTPStatus.SERVICE_UNAVAILABLE
        return HTTPStatus.OK

    @property
    def settled(self) -> bool:
        """Whether the update is done with: handled, handled before, or broken for good."""
        return self in (Result.HANDLED, Result.DROPPED, Result.BROKEN)


@dataclass
class Handling:
    """One update being handled: how it went, and who holds its shared claim (if anyone)."""

    update_id: int
    result: Result = Result.HANDLED
    #: The replica that claimed it in the shared store, to finish or release the claim.
    claimed_by: str | None = None
    #: Whether this process marked it as being handled in its own memory.
    held_here: bool = False
    #: Whether Telegram waits for the outcome (webhook) and delivers the update again unless
    #: it is 200; with polling the update is never delivered again.
    awaited: bool = False

    def mark(self, result: Result) -> None:
        """Record ``result`` unless a worse one is recorded already."""
        if result.value > self.result.value:
            self.result = result


_current: ContextVar[Handling | None] = ContextVar("briefbot_handling", default=None)


def current() -> Handling | None:
    """The update being handled in this task, if any."""
    return _current.get()


def mark(result: Result) -> None:
    """Record how the update in hand went (nothing outside handling)."""
    handling = _current.get()
    if handling is not None:
        handling.mark(result)


def redelivered_on_failure() -> bool:
    """Whether Telegram delivers the update in hand again when it is not answered 200."""
    handling = _current.get()
    return handling is not None and handling.awaited


def may_pass(error: BaseException | None) -> bool:
    """Whether a failure is worth Telegram delivering the update again: the database, or a
    request to Telegram that cannot have been acted on (flood control, a 5xx, no connection;
    ``delivery.sent_nothing``). Not a bug, not a request Telegram refused (BadRequest is a
    NetworkError in python-telegram-bot, but retrying cannot help it), and not a time-out or a
    connection lost while reading the answer: the reply may well have arrived, and handling
    the update again would post it twice (as ``delivery`` never resends those either)."""
    if isinstance(error, (*DATABASE_ERRORS, RetryAfter)):
        return True
    if isinstance(error, BadRequest | TimedOut) or not isinstance(error, NetworkError):
        return False
    return sent_nothing(error)


def failed(error: BaseException | None) -> Result:
    """Record a handler's failure for the update in hand; returns what it counts as."""
    result = Result.RETRY if may_pass(error) else Result.BROKEN
    mark(result)
    return result


async def status_after_handling(application: AnyApplication, update: Update) -> HTTPStatus:
    """Handle ``update`` now (within the application's limit on concurrent updates), then say
    what Telegram should be told."""
    handling = Handling(update.update_id, awaited=True)
    token = _current.set(handling)
    try:
        await application.update_processor.process_update(update,
                                                          application.process_update(update))
    finally:
        _current.reset(token)
    return handling.result.status


def enter(update: object) -> tuple[Handling | None, Token[Handling | None]]:
    """Start handling ``update`` in this task (reusing a ``Handling`` the webhook made);
    returns it and the token to ``leave`` with."""
    if not isinstance(update, Update):
        return None, _current.set(None)
    handling = _current.get()
    if handling is None or handling.update_id != update.update_id:
        handling = Handling(update.update_id)
    return handling, _current.set(handling)


def leave(token: Token[Handling | None]) -> None:
    """Stop handling (the token ``enter`` returned)."""
    _current.reset(token)
