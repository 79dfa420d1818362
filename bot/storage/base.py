"""What every briefbot database offers (``Storage``), whichever engine keeps it.

SQLite (``bot.storage.sqlite``) is the embedded default; PostgreSQL (``bot.storage.postgres``)
serves several replicas at once. Both implement this Protocol with the same schema version and
the same meaning, and the storage tests run against both. A failure of either engine reaches
callers as one of ``DATABASE_ERRORS``.

Besides what the bot stores for people (subscriptions, the unanswered-question log, daily
counts), ``Storage`` has the calls that let replicas share work: claiming a scheduled briefing
(``claim_briefing``/``finish_briefing``: a lease that expires, so a replica that dies after
claiming releases it), claiming an update while it is handled (``claim_update``/``finish_update``/
``release_update``: a lease too, so Telegram's redelivery is answered once, and an update whose
replica died is handled by whoever gets it next), and counting a user's questions
(``count_question``: one limit for all replicas).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit

from bot.core.schedule import Schedule


class Outcome(StrEnum):
    """What became of a reply, as counted and kept: the bot's decision (the values of
    ``bot.core.reply.Decision``), or a "None of these" pressed under its "did you mean".

    The values are what the database holds, so databases written before this enum still read.
    """

    ANSWER = "answer"
    CLARIFY = "clarify"
    DECLINE = "decline"
    NONE_OF_THESE = "none_of_these"


@dataclass(frozen=True)
class Subscription:
    """A chat's standing order for a briefing: which chat, and when and on what."""

    id: int
    chat_id: int
    schedule: Schedule


@dataclass(frozen=True)
class Unanswered:
    """A question the bot declined, asked about, or whose suggestions were all wrong."""

    at: datetime
    chat_type: str
    question: str
    decision: Outcome
    reason: str
    candidates: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class QuestionRecord:
    """A question the bot could not answer, handed over to be kept (``Store.record_many``).

    The chat and user ids are written only when the store's ``log_chats`` is on.
    """

    at: datetime
    chat_type: str
    question: str
    decision: Outcome
    reason: str
    candidates: tuple[tuple[str, float], ...]
    chat_id: int | None = None
    user_id: int | None = None


class DatabaseUnavailable(Exception):  # noqa: N818 - reads as what happened
    """A database other than SQLite refused or failed a call (the engine's error is chained)."""


#: What a storage call may raise when the database fails; callers catch these and go on.
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, DatabaseUnavailable)

#: Seconds a replica holds a claimed briefing before another may take it over.
BRIEFING_LEASE_SECONDS = 120.0
#: Seconds an update id is remembered as taken (Telegram redelivers within minutes).
SEEN_UPDATE_SECONDS = 86_400.0
#: Seconds a replica holds an update it is handling before a redelivery may be handled elsewhere
#: (longer than handling takes, 429 waits and time-outs included; ``BRIEFBOT_UPDATE_LEASE``).
UPDATE_LEASE_SECONDS = 60.0
#: Update ids older than ``SEEN_UPDATE_SECONDS`` are deleted at a process's first claim, then
#: after this many claims or this many seconds, whichever comes first (whatever the ids are).
TRIM_EVERY_CLAIMS = 1_000
TRIM_EVERY_SECONDS = 600.0


class UpdateClaim(StrEnum):
    """What ``claim_update`` found: whether this process is to handle the update."""

    #: New, or claimed by a replica whose lease lapsed (it died): handle it.
    TAKEN = "taken"
    #: A replica is handling it and its lease holds: Telegram should deliver it again later.
    BUSY = "busy"
    #: Handled already: drop it.
    DONE = "done"


class TrimSchedule:
    """When a store deletes old update ids: on a count of claims or the time since the last
    trim (by the claims' own clock), never on the value of an id, since ids skip numbers."""

    def __init__(self, every_claims: int = TRIM_EVERY_CLAIMS,
                 every_seconds: float = TRIM_EVERY_SECONDS) -> None:
        self.every_claims, self.every_seconds = every_claims, every_seconds
        self._claims = 0
        self._last: float | None = None
        self._lock = threading.Lock()

    def due(self, moment: float) -> bool:
        """Count one claim at ``moment``; True when this one should trim."""
        with self._lock:
            self._claims += 1
            if (self._last is not None and self._claims < self.every_claims
                    and moment - self._last < self.every_seconds):
                return False
            self._claims, self._last = 0, moment
            return True


class RecordsThroughMany:
    """The single-record calls, the same for every engine: each is one ``record_many``."""

    def record_many(self, counts: Mapping[tuple[date, Outcome], int],
                    questions: Sequence[QuestionRecord] = (), *,
                    keep_questions: int | None = None) -> None:
        """Each engine's one transaction for counts and questions."""
        raise NotImplementedError

    def record_decision(self, decision: Outcome, when: datetime | None = None) -> None:
        """Count one reply of this kind for its day (no text, no ids)."""
        day = (when or datetime.now(UTC)).date()
        self.record_many({(day, decision): 1})

    def record_unanswered(self, *, chat_type: str, question: str, decision: Outcome, reason: str,
                          candidates: Sequence[tuple[str, float]],
                          chat_id: int | None = None, user_id: int | None = None,
                          when: datetime | None = None) -> None:
        """Keep a question the bot could not answer, for the curators' review."""
        self.record_many({}, [QuestionRecord(when or datetime.now(UTC), chat_type, question,
                                             decision, reason, tuple(candidates),
                                             chat_id, user_id)])


class Storage(Protocol):
    """The database, as the bot and the command line use it. Every call is one transaction."""

    log_chats: bool

    @property
    def schema_version(self) -> int:
        """The schema version the database is at."""

    @property
    def shared(self) -> bool:
        """Whether several bot processes may use this database at once (limits, update ids and
        reloads then go through it)."""

    def close(self) -> None:
        """Release the connection(s)."""

    def add_subscription(self, chat_id: int, schedule: Schedule) -> Subscription:
        """Save a subscription and return it with its id."""

    def subscriptions(self, chat_id: int | None = None) -> list[Subscription]:
        """All subscriptions, or one chat's, oldest first."""

    def remove_subscriptions(self, chat_id: int) -> list[int]:
        """Delete a chat's subscriptions; return their ids."""

    def move_chat(self, old_chat_id: int, new_chat_id: int) -> int:
        """Follow a group that became a supergroup; returns how many subscriptions moved."""

    def record_decision(self, decision: Outcome, when: datetime | None = None) -> None:
        """Count one reply of this kind for its day."""

    def record_many(self, counts: Mapping[tuple[date, Outcome], int],
                    questions: Sequence[QuestionRecord] = (), *,
                    keep_questions: int | None = None) -> None:
        """Add to the daily counts and keep questions in one transaction."""

    def unanswered(self, days: int, now: datetime | None = None) -> list[Unanswered]:
        """Questions recorded in the last ``days`` days, oldest first."""

    def daily_counts(self, days: int, today: date | None = None) -> dict[str, dict[Outcome, int]]:
        """day -> decision -> count, for the last ``days`` days."""

    def purge(self, retention_days: int, now: datetime | None = None) -> int:
        """Delete questions older than ``retention_days``; returns how many went."""

    def claim_briefing(self, subscription_id: int, due: str, owner: str,
                       lease_seconds: float = BRIEFING_LEASE_SECONDS,
                       now: float | None = None) -> bool:
        """Take the briefing of ``subscription_id`` due at ``due`` for ``owner``; False when it
        was posted already or another owner's lease on it has not expired."""

    def finish_briefing(self, subscription_id: int, due: str, owner: str) -> None:
        """Mark a claimed briefing posted: nobody claims it again."""

    def briefing_lease(self, subscription_id: int, due: str) -> tuple[bool, float] | None:
        """(posted, lease expiry as a Unix time) of a briefing run, or None if never claimed."""

    def claim_update(self, update_id: int, owner: str,
                     lease_seconds: float = UPDATE_LEASE_SECONDS,
                     now: float | None = None) -> UpdateClaim:
        """Take ``update_id`` for ``owner`` to handle (TAKEN: new, or its holder's lease lapsed),
        or say why not: BUSY (another holds it) or DONE (handled)."""

    def finish_update(self, update_id: int, owner: str) -> None:
        """Mark an update ``owner`` claimed as handled: a redelivery of it is dropped."""

    def release_update(self, update_id: int, owner: str) -> None:
        """Give up ``owner``'s claim on an update not handled (a failure Telegram should retry):
        its redelivery is handled by whoever gets it, at once."""

    def count_question(self, user_id: int, limit: int, window: float,
                       now: float | None = None) -> str:
        """Count a question from ``user_id``: "allow", "notice" (the first over the limit in a
        window) or "silent"."""

    def announce_reload(self) -> None:
        """Tell every other process on this database to reload its knowledge (if shared)."""

    def listen(self, on_reload: Callable[[], None]) -> None:
        """Call ``on_reload`` (from another thread) when another process announces a reload,
        until ``close`` (if shared; else never)."""


def next_window(times: Sequence[float], noticed: bool, now: float, limit: int,
                window: float) -> tuple[str, list[float], bool]:
    """One question under a sliding-window limit: (verdict, the times to keep, noticed).

    The rule of the in-memory ``QuestionLimiter``, for a store that keeps the window in a row:
    at most ``limit`` questions in any ``window`` seconds; the first one over gets a notice,
    the rest silence until the window has room again.
    """
    recent = [at for at in times if now - at < window]
    if limit <= 0:
        return "allow", recent, False
    if len(recent) < limit:
        return "allow", [*recent, now], False
    if noticed:
        return "silent", recent, True
    return "notice", recent, True


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))
