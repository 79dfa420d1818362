"""`briefbot run` given a database file it must not use: one message naming the file, the setting
and the fix, exit status 2, and the file left exactly as it was."""

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.config import default_path
from bot.storage.sqlite import MIGRATIONS, Store

TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789"


def _run(args: list[str], db: Path) -> subprocess.CompletedProcess[str]:
    """The real command with a token and a Bot API nobody answers: a database that is accepted
    would start polling (and time out here); a refused one stops at once."""
    home = next(folder for folder in db.parents if folder.is_dir())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "TELEGRAM_"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL="http://127.0.0.1:9/bot",
               BRIEFBOT_DB=str(db), BRIEFBOT_INTENTS=str(default_path("intents.yaml")),
               BRIEFBOT_CORPUS=str(default_path("corpus")), HOME=str(home))
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True,
                          env=env, cwd=home, timeout=60, stdin=subprocess.DEVNULL,
                          check=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The database's folder."""
    return tmp_path


@contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """Make ``path`` unwritable for this user: its mode, and for root (whom modes do not stop)
    the immutable attribute."""
    path.chmod(0o444)
    if os.geteuid() != 0:
        yield
        return
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(path)],
                                                    check=False).returncode != 0:
        pytest.skip("running as root on a file system without the immutable attribute")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def _briefbot_database(path: Path, questions: int = 0) -> Path:
    store = Store(path)
    for n in range(questions):
        store.record_unanswered(chat_type="private", question=f"question {n} " + "x" * 300,
                                decision="decline", reason="out_of_scope", candidates=[])
    store.close()
    return path


def _corrupt(folder: Path) -> Path:
    path = folder / "briefbot.sqlite3"
    path.write_bytes(bytes(range(256)) * 20)
    return path


def _truncated(folder: Path) -> Path:
    path = _briefbot_database(folder / "briefbot.sqlite3", questions=2000)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _foreign(folder: Path) -> Path:
    path = folder / "accounts.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    db.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    db.execute("INSERT INTO customers (name) VALUES ('Ada')")
    db.commit()
    db.close()
    return path


def _foreign_with_a_version_table(folder: Path) -> Path:
    path = _foreign(folder)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (1)")
    db.commit()
    db.close()
    return path


def _newer(folder: Path) -> Path:
    path = _briefbot_database(folder / "briefbot.sqlite3")
    db = sqlite3.connect(path)
    db.execute("INSERT INTO schema_version (version) VALUES (?)", (len(MIGRATIONS) + 1,))
    db.execute("CREATE TABLE from_the_future (id INTEGER)")
    db.commit()
    db.close()
    return path


# How to make the bad file; what the message must say.
REFUSED = {
    "corrupt": (_corrupt, "is not an SQLite database"),
    "truncated": (_truncated, "is damaged"),
    "foreign": (_foreign, "is not a briefbot database: it has tables briefbot did not make (customers, "
                          "invoices)"),
    "foreign with a schema_version table": (_foreign_with_a_version_table,
                                            "briefbot did not make (customers, invoices)"),
    "newer schema": (_newer, f"newer briefbot (schema version {len(MIGRATIONS) + 1}; this one "
                             f"knows up to {len(MIGRATIONS)})"),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_a_database_briefbot_must_not_use_is_refused_untouched(folder: Path, case: str) -> None:
    make, says = REFUSED[case]
    path = make(folder)
    before = path.read_bytes()
    beside = sorted(p.name for p in folder.iterdir())
    result = _run(["run"], path)
    assert result.returncode == 2, result.stderr
    message = result.stderr
    assert says in message
    assert f"{path} (BRIEFBOT_DB)" in message and "Fix:" in message
    assert "Traceback" not in message and len(message.splitlines()) == 1
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == beside


def test_a_read_only_database_is_refused_with_what_to_do(folder: Path) -> None:
    path = _briefbot_database(folder / "briefbot.sqlite3")
    before = path.read_bytes()
    with _read_only(path):
        result = _run(["run"], path)
    assert result.returncode == 2, result.stderr
    assert f"{path} (BRIEFBOT_DB) is read-only for this user" in result.stderr
    assert "Fix: give the bot's user write access to it" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_a_database_in_a_missing_folder_is_an_error_not_a_new_database(folder: Path) -> None:
    path = folder / "dta" / "briefbot.sqlite3"
    result = _run(["run"], path)
    assert result.returncode == 2, result.stderr
    assert f"{path} (BRIEFBOT_DB) is in a folder that does not exist ({folder / 'dta'})" in (
        result.stderr)
    assert f"Fix: create the folder (mkdir -p {folder / 'dta'}) or correct BRIEFBOT_DB" in (
        result.stderr)
    assert not (folder / "dta").exists()


def test_review_refuses_a_foreign_database_naming_the_option(folder: Path) -> None:
    path = _foreign(folder)
    before = path.read_bytes()
    result = _run(["review", "--db", str(path)], path)
    assert result.returncode == 2
    assert f"{path} (--db) is not a briefbot database" in result.stderr
    assert path.read_bytes() == before


def test_an_empty_file_or_a_new_path_becomes_a_briefbot_database(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert Store(empty).schema_version == len(MIGRATIONS)
    assert Store(tmp_path / "new.sqlite3").schema_version == len(MIGRATIONS)
