"""briefbot's one SQLite file: subscriptions, what the bot could not answer, and daily counts.

Standard library only, besides the ``Schedule`` a subscription keeps. The schema is created and
migrated by ``Store`` itself (``schema_version`` table), the database runs in WAL mode, and every
write is one transaction, so a bot killed mid-write loses at most the write in flight. No user
id, name or chat id is stored with a question unless ``log_chats`` is on; old questions are
deleted after ``retention_days``.

A file that is not briefbot's, is damaged, or was written by a newer release is refused before
anything is written to it (``bot.storage.preflight``).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.core.schedule import Schedule
from bot.errors import StorageError
from bot.storage.base import (
    BRIEFING_LEASE_SECONDS,
    SEEN_UPDATE_SECONDS,
    UPDATE_LEASE_SECONDS,
    Outcome,
    QuestionRecord,
    RecordsThroughMany,
    Subscription,
    TrimSchedule,
    Unanswered,
    UpdateClaim,
    next_window,
)
from bot.storage.preflight import briefbot_tables, check_database_file

MIGRATIONS: tuple[str, ...] = (
    # 1: subscriptions, unanswered questions, daily decision counts
    """
    CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL,
        frequency TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly')),
        weekday INTEGER CHECK (weekday BETWEEN 0 AND 6),
        at_time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        topic TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX subscriptions_chat ON subscriptions (chat_id);
    CREATE TABLE unanswered (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        chat_type TEXT NOT NULL,
        question TEXT NOT NULL,
        decision TEXT NOT NULL,
        reason TEXT NOT NULL,
        candidates TEXT NOT NULL,
        thresholds TEXT NOT NULL,
        chat_id INTEGER,
        user_id INTEGER
    );
    CREATE INDEX unanswered_at ON unanswered (at);
    CREATE TABLE daily_counts (
        day TEXT NOT NULL,
        decision TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (day, decision)
    );
    """,
    # 2: the thresholds kept with each unanswered question were never read
    """
    ALTER TABLE unanswered DROP COLUMN thresholds;
    """,
    # 3: what replicas share: briefing runs claimed with a lease, update ids already taken,
    #    each user's recent questions (``bot.storage.base``)
    """
    CREATE TABLE briefing_runs (
        subscription_id INTEGER NOT NULL,
        due TEXT NOT NULL,
        owner TEXT NOT NULL,
        lease_until REAL NOT NULL,
        done INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (subscription_id, due)
    );
    CREATE TABLE seen_updates (
        update_id INTEGER PRIMARY KEY,
        at REAL NOT NULL
    );
    CREATE INDEX seen_updates_at ON seen_updates (at);
    CREATE TABLE question_windows (
        user_id INTEGER PRIMARY KEY,
        times TEXT NOT NULL,
        noticed INTEGER NOT NULL,
        last_at REAL NOT NULL
    );
    """,
    # 4: an update id is claimed with a lease while it is handled and marked done after, so the
    #    redelivery of one whose replica died is handled elsewhere (ids taken before were done)
    """
    ALTER TABLE seen_updates ADD COLUMN owner TEXT NOT NULL DEFAULT '';
    ALTER TABLE seen_updates ADD COLUMN lease_until REAL NOT NULL DEFAULT 0;
    ALTER TABLE seen_updates ADD COLUMN done INTEGER NOT NULL DEFAULT 1;
    """,
)


#: How long a write waits for another writer before giving up.
BUSY_SECONDS = 2.0




class Store(RecordsThroughMany):
    """The SQLite database (``bot.storage.base.Storage``). Thread-safe; every method is one
    short transaction. One bot process at a time: ``shared`` is False."""

    shared = False

    def __init__(self, path: Path | str, *, log_chats: bool = False,
                 read_only: bool = False, setting: str = "BRIEFBOT_DB") -> None:
        """Open (creating or migrating) the database at ``path``, which ``setting`` chose.

        A file that is not briefbot's, is damaged, is newer than this release or cannot be
        written, and a path in a folder that does not exist, raise ``StorageError`` before
        anything is written.
        """
        self.path = str(path)
        self.log_chats = log_chats
        self._lock = threading.Lock()
        self._trims = TrimSchedule()
        if self.path != ":memory:":
            check_database_file(Path(self.path), setting, schema_version=len(MIGRATIONS),
                                tables=briefbot_tables(MIGRATIONS), writable=not read_only)
        try:
            self._db = self._connect(read_only)
        except sqlite3.Error as error:
            raise _unusable(self.path, setting, error) from None
        if not read_only:
            try:
                self._migrate()
            except sqlite3.Error as error:
                self._db.close()
                raise _unusable(self.path, setting, error) from None

    def _connect(self, read_only: bool) -> sqlite3.Connection:
        if read_only:
            uri = f"{Path(self.path).resolve().as_uri()}?mode=ro"
            return sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None,
                             timeout=BUSY_SECONDS)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        return db

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _migrate(self) -> None:
        with self._transaction() as db:
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = db.execute("SELECT MAX(version) FROM schema_version").fetchone()
            current = row[0] or 0
            for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in script.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))

    @property
    def schema_version(self) -> int:
        """The schema version this file is at."""
        with self._lock:
            return int(self._db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0])

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._db.close()

    # --- subscriptions -----------------------------------------------------------------------

    def add_subscription(self, chat_id: int, schedule: Schedule) -> Subscription:
        """Save a subscription and return it with its id."""
        s = schedule
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO subscriptions (chat_id, frequency, weekday, at_time, timezone, "
                "topic, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (chat_id, s.frequency, s.weekday, s.at_time, s.timezone, s.topic, _now()))
            new_id = int(cursor.lastrowid or 0)
        return Subscription(new_id, chat_id, schedule)

    def subscriptions(self, chat_id: int | None = None) -> list[Subscription]:
        """All subscriptions, or one chat's, oldest first."""
        query = "SELECT id, chat_id, frequency, weekday, at_time, timezone, topic FROM subscriptions"
        args: tuple[Any, ...] = ()
        if chat_id is not None:
            query += " WHERE chat_id = ?"
            args = (chat_id,)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY id", args).fetchall()
        return [Subscription(sub_id, chat_id, Schedule(*schedule))
                for sub_id, chat_id, *schedule in rows]

    def remove_subscriptions(self, chat_id: int) -> list[int]:
        """Delete a chat's subscriptions; return their ids."""
        with self._transaction() as db:
            ids = [r[0] for r in db.execute("SELECT id FROM subscriptions WHERE chat_id = ?",
                                            (chat_id,))]
            db.execute("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,))
        return ids

    def move_chat(self, old_chat_id: int, new_chat_id: int) -> int:
        """Follow a group that became a supergroup; returns how many subscriptions moved."""
        with self._transaction() as db:
            cursor = db.execute("UPDATE subscriptions SET chat_id = ? WHERE chat_id = ?",
                                (new_chat_id, old_chat_id))
            return cursor.rowcount

    # --- what the bot could not answer ----------------------------------------------------------

    def record_many(self, counts: Mapping[tuple[date, Outcome], int],
                    questions: Sequence[QuestionRecord] = (), *,
                    keep_questions: int | None = None) -> None:
        """Add to the daily counts and keep questions, all in one transaction; then, with
        ``keep_questions``, keep only that many questions, the oldest going first.

        Questions are kept without the control characters and bidi overrides that could
        rewrite a curator's terminal.
        """
        keep_ids = self.log_chats
        rows = [(q.at.isoformat(timespec="seconds"), q.chat_type,
                 "".join(ch for ch in q.question if ch.isprintable() or ch == " "),
                 q.decision, q.reason, json.dumps([[i, s] for i, s in q.candidates]),
                 q.chat_id if keep_ids else None, q.user_id if keep_ids else None)
                for q in questions]
        with self._transaction() as db:
            db.executemany("INSERT INTO daily_counts (day, decision, count) VALUES (?, ?, ?) "
                           "ON CONFLICT (day, decision) DO UPDATE SET count = count + excluded.count",
                           [(day.isoformat(), decision, n) for (day, decision), n in counts.items()
                            if n > 0])
            db.executemany(
                "INSERT INTO unanswered (at, chat_type, question, decision, reason, candidates, "
                "chat_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
            if rows and keep_questions is not None:
                db.execute("DELETE FROM unanswered WHERE id <= (SELECT id FROM unanswered "
                           "ORDER BY id DESC LIMIT 1 OFFSET ?)", (max(keep_questions, 0),))

    def unanswered(self, days: int, now: datetime | None = None) -> list[Unanswered]:
        """Questions recorded in the last ``days`` days, oldest first."""
        since = ((now or datetime.now(UTC)) - timedelta(days=days)).isoformat(timespec="seconds")
        with self._lock:
            rows = self._db.execute(
                "SELECT at, chat_type, question, decision, reason, candidates "
                "FROM unanswered WHERE at >= ? ORDER BY at, id", (since,)).fetchall()
        return [Unanswered(datetime.fromisoformat(at), chat_type, question, Outcome(decision), reason,
                           tuple((str(i), float(s)) for i, s in json.loads(candidates)))
                for at, chat_type, question, decision, reason, candidates in rows]

    def daily_counts(self, days: int, today: date | None = None) -> dict[str, dict[Outcome, int]]:
        """day -> decision -> count, for the last ``days`` days."""
        since = ((today or datetime.now(UTC).date()) - timedelta(days=days)).isoformat()
        with self._lock:
            rows = self._db.execute("SELECT day, decision, count FROM daily_counts WHERE day >= ? "
                                    "ORDER BY day", (since,)).fetchall()
        result: dict[str, dict[Outcome, int]] = {}
        for day, decision, count in rows:
            result.setdefault(day, {})[Outcome(decision)] = count
        return result

    def purge(self, retention_days: int, now: datetime | None = None) -> int:
        """Delete questions older than ``retention_days``; returns how many went."""
        cutoff = ((now or datetime.now(UTC)) - timedelta(days=retention_days)).isoformat(
            timespec="seconds")
        with self._transaction() as db:
            db.execute("DELETE FROM briefing_runs WHERE lease_until < ?",
                       (time.time() - retention_days * 86_400.0,))
            db.execute("DELETE FROM question_windows WHERE last_at < ?",
                       (time.time() - SEEN_UPDATE_SECONDS,))
            db.execute("DELETE FROM seen_updates WHERE at < ?", (time.time() - SEEN_UPDATE_SECONDS,))
            return db.execute("DELETE FROM unanswered WHERE at < ?", (cutoff,)).rowcount

    # --- what replicas share (``bot.storage.base``) ------------------------------------------------

    def announce_reload(self) -> None:
        """One process: nobody else to tell."""

    def listen(self, on_reload: Callable[[], None]) -> None:
        """One process: no other announces a reload."""

    def claim_briefing(self, subscription_id: int, due: str, owner: str,
                       lease_seconds: float = BRIEFING_LEASE_SECONDS,
                       now: float | None = None) -> bool:
        """Take a due briefing unless it was posted or another owner's lease still holds."""
        moment = time.time() if now is None else now
        with self._transaction() as db:
            row = db.execute(
                "INSERT INTO briefing_runs (subscription_id, due, owner, lease_until) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (subscription_id, due) DO UPDATE SET "
                "owner = excluded.owner, lease_until = excluded.lease_until "
                "WHERE briefing_runs.done = 0 AND (briefing_runs.lease_until < ? "
                "OR briefing_runs.owner = excluded.owner) RETURNING owner",
                (subscription_id, due, owner, moment + lease_seconds, moment)).fetchone()
        return row is not None

    def finish_briefing(self, subscription_id: int, due: str, owner: str) -> None:
        """Mark a claimed briefing posted."""
        with self._transaction() as db:
            db.execute("UPDATE briefing_runs SET done = 1 WHERE subscription_id = ? AND due = ? "
                       "AND owner = ?", (subscription_id, due, owner))

    def briefing_lease(self, subscription_id: int, due: str) -> tuple[bool, float] | None:
        """(posted, lease expiry) of a briefing run, or None if it was never claimed."""
        with self._lock:
            row = self._db.execute("SELECT done, lease_until FROM briefing_runs WHERE "
                                   "subscription_id = ? AND due = ?",
                                   (subscription_id, due)).fetchone()
        return None if row is None else (bool(row[0]), float(row[1]))

    def claim_update(self, update_id: int, owner: str,
                     lease_seconds: float = UPDATE_LEASE_SECONDS,
                     now: float | None = None) -> UpdateClaim:
        """Take ``update_id`` for ``owner`` unless it was handled or another's lease holds."""
        moment = time.time() if now is None else now
        with self._transaction() as db:
            taken = db.execute(
                "INSERT INTO seen_updates (update_id, at, owner, lease_until, done) "
                "VALUES (?, ?, ?, ?, 0) ON CONFLICT (update_id) DO UPDATE SET "
                "at = excluded.at, owner = excluded.owner, lease_until = excluded.lease_until "
                "WHERE seen_updates.done = 0 AND seen_updates.lease_until < ? RETURNING owner",
                (update_id, moment, owner, moment + lease_seconds, moment)).fetchone()
            done = None if taken else db.execute(
                "SELECT done FROM seen_updates WHERE update_id = ?", (update_id,)).fetchone()
            if self._trims.due(moment):
                db.execute("DELETE FROM seen_updates WHERE at < ?",
                           (moment - SEEN_UPDATE_SECONDS,))
        if taken:
            return UpdateClaim.TAKEN
        return UpdateClaim.DONE if done and done[0] else UpdateClaim.BUSY

    def finish_update(self, update_id: int, owner: str) -> None:
        """Mark an update ``owner`` claimed as handled."""
        with self._transaction() as db:
            db.execute("UPDATE seen_updates SET done = 1 WHERE update_id = ? AND owner = ?",
                       (update_id, owner))

    def release_update(self, update_id: int, owner: str) -> None:
        """Give up ``owner``'s claim on an update that was not handled."""
        with self._transaction() as db:
            db.execute("DELETE FROM seen_updates WHERE update_id = ? AND owner = ? AND done = 0",
                       (update_id, owner))

    def count_question(self, user_id: int, limit: int, window: float,
                       now: float | None = None) -> str:
        """Count a question from ``user_id`` under the limit: allow, notice or silent."""
        moment = time.time() if now is None else now
        with self._transaction() as db:
            row = db.execute("SELECT times, noticed FROM question_windows WHERE user_id = ?",
                             (user_id,)).fetchone()
            times, noticed = (json.loads(row[0]), bool(row[1])) if row else ([], False)
            verdict, kept, noticed = next_window(times, noticed, moment, limit, window)
            db.execute("INSERT INTO question_windows (user_id, times, noticed, last_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                       "times = excluded.times, noticed = excluded.noticed, "
                       "last_at = excluded.last_at",
                       (user_id, json.dumps(kept), int(noticed), moment))
        return verdict


def _unusable(path: str, setting: str, error: sqlite3.Error) -> StorageError:
    """What to say when SQLite itself fails to open or migrate a file that looked right."""
    return StorageError(path, setting, f"could not be opened ({error}).",
                        "make sure no other program holds it locked and the disk has room, or "
                        f"point {setting} to another file.")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
