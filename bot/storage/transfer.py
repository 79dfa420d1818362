"""Moving from SQLite to PostgreSQL: ``briefbot db migrate --to URL`` copies everything stored.

Subscriptions (with their ids, which the schedule goes by), the unanswered-question log, the daily
counts and the record of briefings already posted are read from the SQLite file (checked first,
as the bot checks it, and never written) and written to the PostgreSQL database in one
transaction, after its schema is created. A target that holds data already is refused untouched,
so running the command twice copies nothing twice. What replicas keep only for minutes (update
ids, per-user windows) is not copied.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.errors import StorageError
from bot.storage.opening import is_postgres_url, open_store
from bot.storage.sqlite import Store

#: What is copied, table by table, in this order.
COPIED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("subscriptions", ("id", "chat_id", "frequency", "weekday", "at_time", "timezone", "topic",
                       "created_at")),
    ("unanswered", ("id", "at", "chat_type", "question", "decision", "reason", "candidates",
                    "chat_id", "user_id")),
    ("daily_counts", ("day", "decision", "count")),
    ("briefing_runs", ("subscription_id", "due", "owner", "lease_until", "done")),
)


def copy_to_postgres(source: Path, url: str, *, source_setting: str = "--from",
                     target_setting: str = "--to") -> dict[str, int]:
    """Copy the SQLite database at ``source`` into the PostgreSQL database at ``url``; returns
    how many rows each table received. ``StorageError`` when either cannot be used."""
    if not is_postgres_url(url):
        raise StorageError(url, target_setting, "is not a PostgreSQL URL.",
                           "give one like postgresql://briefbot:PASSWORD@db:5432/briefbot.")
    if not source.is_file():
        raise StorageError(str(source), source_setting, "does not exist.",
                           f"point {source_setting} to the bot's SQLite file.")
    Store(source, read_only=True, setting=source_setting).close()  # briefbot's, and readable
    tables: list[tuple[str, Sequence[str], Sequence[Sequence[Any]]]] = []
    with contextlib.closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as db:
        present = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
        for table, columns in COPIED:  # a file of an older schema lacks the newer tables
            rows = (db.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()  # noqa: S608
                    if table in present else [])
            tables.append((table, columns, rows))
    target = open_store(url, setting=target_setting)  # says how to install the driver if need be
    from bot.storage.postgres import PostgresStore  # noqa: PLC0415 - installed, as opening showed

    assert isinstance(target, PostgresStore)
    try:
        target.load(tables)
    finally:
        target.close()
    return {table: len(rows) for table, _, rows in tables}
