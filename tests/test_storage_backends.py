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
from bot.storage.base import SEEN_UPDATE_SECONDS, TrimSchedule, UpdateClaim
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


def test_an_update_is_handled_once_and_a_dead_replicas_lease_is_taken_over(store: Storage
                                                                           ) -> None:
    assert store.claim_update(41, "replica-a", lease_seconds=60, now=1000.0) is UpdateClaim.TAKEN
    # replica-a is handling it: a redelivery to replica-b is to be retried later...
    assert store.claim_update(41, "replica-b", lease_seconds=60, now=1030.0) is UpdateClaim.BUSY
    # ...as it is to replica-a itself (still handling the first delivery).
    assert store.claim_update(41, "replica-a", lease_seconds=60, now=1030.0) is UpdateClaim.BUSY
    # replica-a died: once its lease lapses, the redelivery is handled by whoever gets it.
    assert store.claim_update(41, "replica-b", lease_seconds=60, now=1061.0) is UpdateClaim.TAKEN
    store.finish_update(41, "replica-a")  # too late: replica-b holds it now
    assert store.claim_update(41, "replica-a", lease_seconds=60, now=1062.0) is UpdateClaim.BUSY
    store.finish_update(41, "replica-b")
    assert store.claim_update(41, "replica-a", lease_seconds=60, now=9000.0) is UpdateClaim.DONE
    assert store.claim_update(42, "replica-a", now=9000.0) is UpdateClaim.TAKEN


def test_an_update_released_after_a_failure_is_handled_again_at_once(store: Storage) -> None:
    assert store.claim_update(7, "replica-a", lease_seconds=60, now=1000.0) is UpdateClaim.TAKEN
    store.release_update(7, "replica-b")  # not its claim: nothing happens
    assert store.claim_update(7, "replica-b", lease_seconds=60, now=1001.0) is UpdateClaim.BUSY
    store.release_update(7, "replica-a")
    assert store.claim_update(7, "replica-b", lease_seconds=60, now=1002.0) is UpdateClaim.TAKEN


def test_update_ids_are_forgotten_after_a_day_whatever_their_numbers(location: str) -> None:
    day = SEEN_UPDATE_SECONDS
    store = open_store(location)
    for update_id in (41, 43, 157):  # no multiple of 100 among them
        store.claim_update(update_id, "replica-a", now=1000.0)
        store.finish_update(update_id, "replica-a")
    store.close()
    store = open_store(location)  # another process, a day later
    assert store.claim_update(301, "replica-b", now=1000.0 + day + 1) is UpdateClaim.TAKEN
    assert store.claim_update(41, "replica-b", now=1000.0 + day + 2) is UpdateClaim.TAKEN
    store.close()


def test_update_ids_are_trimmed_every_so_many_claims_and_seconds() -> None:
    schedule = TrimSchedule(every_claims=3, every_seconds=60)
    assert [schedule.due(t) for t in (0, 1, 2, 3, 4, 5, 6)] == [True, False, False, True,
                                                                  False, False, True]
    assert schedule.due(7) is False
    assert schedule.due(70) is True


def _at_version_3_with_update_41_taken(location: str) -> None:
    """The database as a release before update leases left it."""
    if location.startswith("postgresql"):
        with psycopg.connect(location, autocommit=True) as conn:
            conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            for version, script in enumerate(pg.MIGRATIONS[:3], start=1):
                conn.execute(script.encode())
                conn.execute("INSERT INTO schema_version VALUES (%s)", (version,))
            conn.execute("INSERT INTO seen_updates (update_id, at) VALUES (41, 1000)")
        return
    db = sqlite3.connect(location)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for version, script in enumerate(lite.MIGRATIONS[:3], start=1):
        db.executescript(script)
        db.execute("INSERT INTO schema_version VALUES (?)", (version,))
    db.execute("INSERT INTO seen_updates (update_id, at) VALUES (41, 1000)")
    db.commit()
    db.close()


def test_an_update_taken_before_leases_is_still_done_after_the_migration(location: str) -> None:
    _at_version_3_with_update_41_taken(location)
    store = open_store(location)
    assert store.schema_version == len(lite.MIGRATIONS)
    assert store.claim_update(41, "replica-a", now=1001.0) is UpdateClaim.DONE
    assert store.claim_update(42, "replica-a", now=1001.0) is UpdateClaim.TAKEN
    store.close()


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
