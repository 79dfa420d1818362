"""`briefbot db migrate --to URL`: the SQLite data moved into PostgreSQL, once, as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from bot.config import Settings
from bot.core.schedule import Schedule
from bot.storage import open_store
from bot.storage.sqlite import Outcome, QuestionRecord, Store


def _briefbot(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BRIEFBOT_"))}
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=60, check=False)


@pytest.mark.postgres
def test_migrate_copies_everything_once_and_keeps_the_sqlite_file(tmp_path: Path,
                                                                  postgres_url: str) -> None:
    source = tmp_path / "briefbot.sqlite3"
    old = Store(source)
    old.add_subscription(-100, Schedule("daily", None, "08:30", "UTC", "drugs"))
    weekly = old.add_subscription(55, Schedule("weekly", 0, "09:00", "Asia/Yangon", None))
    old.remove_subscriptions(-100)
    now = datetime.now(UTC).replace(microsecond=0)
    old.record_many({(now.date(), Outcome.ANSWER): 7},
                    [QuestionRecord(now, "group", "who won?", Outcome.DECLINE, "out_of_scope", ())])
    old.close()
    before = source.read_bytes()
    password_url = postgres_url.replace("postgres@", "postgres:s3cret@")

    done = _briefbot("db", "migrate", "--to", password_url, "--from", str(source), cwd=tmp_path)
    again = _briefbot("db", "migrate", "--to", password_url, "--from", str(source), cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    assert "1 subscription(s), 1 unanswered question(s), 1 daily count(s)" in done.stdout
    assert "s3cret" not in done.stdout + again.stderr
    assert again.returncode == 2 and "already holds data" in again.stderr
    assert "Traceback" not in again.stderr
    assert source.read_bytes() == before
    moved = open_store(postgres_url)
    assert moved.subscriptions() == [weekly]
    assert moved.add_subscription(1, Schedule("daily", None, "07:00", "UTC", None)).id > weekly.id
    assert [q.question for q in moved.unanswered(days=1)] == ["who won?"]
    assert moved.daily_counts(days=1)[now.date().isoformat()] == {Outcome.ANSWER: 7}
    moved.close()


def test_migrate_refuses_a_target_that_is_not_postgresql_and_a_missing_file(tmp_path: Path
                                                                            ) -> None:
    not_a_url = _briefbot("db", "migrate", "--to", "/tmp/other.sqlite3", "--from",
                          str(tmp_path / "none.sqlite3"), cwd=tmp_path)
    missing = _briefbot("db", "migrate", "--to", "postgresql://u@127.0.0.1:1/db", "--from",
                        str(tmp_path / "none.sqlite3"), cwd=tmp_path)
    assert not_a_url.returncode == 2 and "is not a PostgreSQL URL" in not_a_url.stderr
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    assert "Traceback" not in not_a_url.stderr + missing.stderr


@pytest.mark.postgres
def test_review_reads_the_postgresql_database(tmp_path: Path, postgres_url: str) -> None:
    store = open_store(postgres_url)
    store.record_many({}, [QuestionRecord(datetime.now(UTC), "private", "who funds the cartels",
                                          Outcome.DECLINE, "out_of_scope", ())])
    store.close()
    review = _briefbot("review", "--db", postgres_url, cwd=tmp_path)
    assert review.returncode == 0, review.stderr
    assert "who funds the cartels" in review.stdout


@pytest.mark.postgres
def test_review_of_an_empty_postgresql_database_says_so_and_creates_nothing(
        tmp_path: Path, postgres_url: str) -> None:
    review = _briefbot("review", "--db", postgres_url, cwd=tmp_path)
    stats = _briefbot("review", "--stats", "--db", postgres_url, cwd=tmp_path)
    assert review.returncode == 0 and stats.returncode == 0, review.stderr + stats.stderr
    assert review.stdout.startswith("Nothing in postgresql://") and "yet" in review.stdout
    assert stats.stdout == review.stdout
    with psycopg.connect(postgres_url) as conn:
        tables = conn.execute("SELECT count(*) FROM information_schema.tables "
                              "WHERE table_schema = 'public'").fetchone()
    assert tables == (0,)


def test_run_with_an_unreachable_postgresql_says_so_without_the_password(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BRIEFBOT_"))}
    env.update(TELEGRAM_BOT_TOKEN="123456:ABCdefGhIJKlmNoPQRstuVWxyz",
               TELEGRAM_API_BASE_URL="http://127.0.0.1:1/bot",
               BRIEFBOT_DB="postgresql://briefbot:hunter2@127.0.0.1:1/briefbot")
    run = subprocess.run([sys.executable, "-m", "bot", "run"], capture_output=True, text=True,
                         env=env, cwd=tmp_path, timeout=60, check=False)
    assert run.returncode == 2
    assert "cannot be reached" in run.stderr and "BRIEFBOT_DB" in run.stderr
    assert "hunter2" not in run.stderr and "Traceback" not in run.stderr


def test_a_postgresql_url_in_briefbot_db_is_kept_apart_from_the_sqlite_path() -> None:
    url = "postgresql://briefbot:hunter2@db:5432/briefbot"
    settings = Settings.from_env({"BRIEFBOT_DB": url})
    assert settings.database == url and settings.db_url == url
    assert "hunter2" not in repr(settings)
    assert Settings.from_env({"BRIEFBOT_DB": "/data/bot.sqlite3"}).database == "/data/bot.sqlite3"
