"""The same storage behaviour on SQLite and on PostgreSQL (``bot.storage.base.Storage``)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from bot.core.schedule import Schedule
from bot.errors import StorageError
from bot.storage import Storage, open_store
from bot.storage import postgres as pg
from bot.storage import sqlite as lite
from bot.storage.sqlite import Outcome, QuestionRecord
from tests.postgres_server import PostgresServer

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each kind: an SQLite file, or a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "bot.sqlite3")
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def store(location: str) -> Iterator[Storage]:
    opened = open_store(location)
    yield opened
    opened.close()


def _question(text: str, at: datetime) -> QuestionRecord:
    return QuestionRecord(at, "private", text, Outcome.DECLINE, "out_of_scope",
                          (("gscc-dates", 31.0),), chat_id=-5, user_id=7)


def test_both_engines_know_the_same_schema_versions() -> None:
    assert len(pg.MIGRATIONS) == len(lite.MIGRATIONS)


def test_the_schema_is_created_once_and_opened_again(location: str) -> None:
    first = open_store(location)
    assert first.schema_version == len(lite.MIGRATIONS)
    first.close()
    again = open_store(location)
    assert again.schema_version == len(lite.MIGRATIONS)
    again.close()


def test_subscriptions_round_trip_move_and_remove(store: Storage) -> None:
    daily = store.add_subscription(-100, Schedule("daily", None, "08:30", "UTC", "drugs"))
    weekly = store.add_subscription(-100, Schedule("weekly", 0, "09:00", "Asia/Yangon", None))
    store.add_subscription(55, Schedule("daily", None, "07:00", "UTC", None))
    assert store.subscriptions(-100) == [daily, weekly]
    assert store.move_chat(-100, -100200) == 2
    assert [s.chat_id for s in store.subscriptions(-100200)] == [-100200, -100200]
    assert sorted(store.remove_subscriptions(-100200)) == [daily.id, weekly.id]
    assert [s.chat_id for s in store.subscriptions()] == [55]


def test_counts_add_up_per_day_and_questions_read_back(store: Storage) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    today = now.date()
    store.record_many({(today, Outcome.ANSWER): 3, (today, Outcome.DECLINE): 1},
                      [_question("who won?", now)])
    store.record_many({(today, Outcome.ANSWER): 2})
    assert store.daily_counts(days=1, today=today)[today.isoformat()] == {
        Outcome.ANSWER: 5, Outcome.DECLINE: 1}
    [kept] = store.unanswered(days=1, now=now)
    assert (kept.question, kept.decision, kept.candidates) == (
        "who won?", Outcome.DECLINE, (("gscc-dates", 31.0),))


def test_retention_and_the_cap_drop_the_oldest_questions(store: Storage) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    store.record_many({}, [_question("old", now - timedelta(days=100))])
    store.record_many({}, [_question(f"q{i}", now - timedelta(minutes=10 - i)) for i in range(5)],
                      keep_questions=3)
    assert [q.question for q in store.unanswered(days=1, now=now)] == ["q2", "q3", "q4"]
    store.record_many({}, [_question("old again", now - timedelta(days=100))])
    assert store.purge(retention_days=90, now=now) == 1
    assert len(store.unanswered(days=365, now=now)) == 3


def test_a_briefing_is_claimed_once_and_a_lapsed_lease_is_taken_over(store: Storage) -> None:
    due = "2026-12-02T08:30"
    assert store.claim_briefing(1, due, "replica-a", lease_seconds=60, now=1000.0)
    assert not store.claim_briefing(1, due, "replica-b", lease_seconds=60, now=1001.0)
    # replica-a died without posting: once its lease lapses, replica-b takes the briefing.
    assert store.claim_briefing(1, due, "replica-b", lease_seconds=60, now=1061.0)
    store.finish_briefing(1, due, "replica-b")
    assert not store.claim_briefing(1, due, "replica-a", lease_seconds=60, now=5000.0)
    assert store.briefing_lease(1, due) == (True, 1121.0)
    assert store.claim_briefing(1, "2026-12-03T08:30", "replica-a", now=5000.0)


def test_an_update_id_is_taken_once(store: Storage) -> None:
    assert store.claim_update(41)
    assert not store.claim_update(41)
    assert store.claim_update(42)


def test_the_question_limit_counts_a_sliding_window(store: Storage) -> None:
    verdicts = [store.count_question(7, limit=2, window=60, now=t) for t in (0, 1, 2, 3)]
    assert verdicts == ["allow", "allow", "notice", "silent"]
    assert store.count_question(7, limit=2, window=60, now=61) == "allow"
    assert store.count_question(8, limit=2, window=60, now=3) == "allow"


@pytest.mark.postgres
def test_sqlite_and_postgresql_have_the_same_tables_and_columns(postgres_url: str,
                                                                 tmp_path: Path) -> None:
    open_store(postgres_url).close()
    open_store(tmp_path / "bot.sqlite3").close()
    with psycopg.connect(postgres_url) as conn:
        rows = conn.execute("SELECT table_name, column_name FROM information_schema.columns "
                            "WHERE table_schema = 'public'").fetchall()
    on_postgres = {(table, column) for table, column in rows}
    db = sqlite3.connect(tmp_path / "bot.sqlite3")
    tables = [name for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")]
    on_sqlite = {(table, row[1]) for table in tables
                 for row in db.execute(f"PRAGMA table_info({table})")}
    assert on_sqlite == on_postgres


@pytest.mark.postgres
def test_replicas_starting_together_migrate_once(postgres_url: str) -> None:
    stores = [open_store(postgres_url) for _ in range(3)]
    with psycopg.connect(postgres_url) as conn:
        versions = [v for (v,) in conn.execute("SELECT version FROM schema_version ORDER BY 1")]
    assert versions == list(range(1, len(pg.MIGRATIONS) + 1))
    for opened in stores:
        opened.close()


@pytest.mark.postgres
def test_a_newer_postgresql_schema_is_refused_untouched(postgres_url: str) -> None:
    open_store(postgres_url).close()
    with psycopg.connect(postgres_url) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99)")
    with pytest.raises(StorageError, match="newer briefbot"):
        open_store(postgres_url)


@pytest.mark.postgres
def test_an_unreachable_server_is_named_without_its_password(postgres_server: PostgresServer
                                                             ) -> None:
    url = "postgresql://briefbot:hunter2@127.0.0.1:1/briefbot"
    with pytest.raises(StorageError) as refused:
        open_store(url)
    message = str(refused.value)
    assert "cannot be reached" in message and "BRIEFBOT_DB" in message
    assert "hunter2" not in message


def test_a_postgresql_url_without_the_driver_says_how_to_install_it(tmp_path: Path) -> None:
    env_script = ("import sys; sys.modules['psycopg'] = None\n"
                  "from bot.storage import open_store\n"
                  "from bot.errors import StorageError\n"
                  "try:\n    open_store('postgresql://u@127.0.0.1:1/db')\n"
                  "except StorageError as e:\n    print(e)\n")
    out = subprocess.run([sys.executable, "-c", env_script], capture_output=True, text=True,
                         check=True, cwd=tmp_path).stdout
    assert "pip install 'briefbot[postgres]'" in out
