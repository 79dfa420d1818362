"""Looking at a database file before briefbot opens it for writing, so a wrong one is refused untouched.

SQLite itself would adopt any database it is given (adding briefbot's tables to another program's
file), accept a schema newer than this release understands, and report a damaged or foreign file
only as "file is not a database" at the first write. Here the file is read, never written: its
header, its integrity and its tables are checked through a read-only connection, and anything that
is not briefbot's (or not usable as it is) raises a ``StorageError`` that names the file, the
setting that chose it and what to do. A path that does not exist yet, in a folder that does, is
fine: briefbot creates it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from bot.errors import StorageError
from bot.files import NotRegularFileError, read_regular_file

#: The first 16 bytes of every SQLite 3 database.
SQLITE_HEADER = b"SQLite format 3\x00"
#: SQLite's file header is 100 bytes; a shorter non-empty file is not a database.
HEADER_BYTES = 100
#: The table that marks a database as briefbot's, with its one column.
VERSION_TABLE = "schema_version"
#: Table names listed in a refusal before "and N more".
SHOWN_TABLES = 5

#: Builds the refusal for one file: (what is wrong, what to do) -> the error to raise.
Refuse = Callable[[str, str], StorageError]

_CREATE_TABLE = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", re.IGNORECASE)


def briefbot_tables(migrations: Iterable[str]) -> frozenset[str]:
    """Every table the migrations create, and the version table."""
    return frozenset(name for script in migrations for name in _CREATE_TABLE.findall(script)) | {
        VERSION_TABLE}


def check_database_file(path: Path, setting: str, *, schema_version: int,
                        tables: frozenset[str], writable: bool) -> None:
    """Raise StorageError unless ``path`` is briefbot's database (at ``schema_version`` or older),
    an empty file, or (when ``writable``) a new file in an existing folder. Reads only."""

    def refuse(problem: str, fix: str) -> StorageError:
        return StorageError(str(path), setting, problem, fix)

    folder = path.parent
    if writable:
        _check_folder(folder, setting, refuse)
    try:
        header = read_regular_file(path, HEADER_BYTES)
    except FileNotFoundError:
        if writable:
            return
        raise refuse("does not exist.", f"check {setting}.") from None
    except NotRegularFileError as error:
        example = (path if error.is_folder else folder) / "briefbot.sqlite3"
        raise refuse(f"is not a regular file (it is {error.kind}).",
                     f"point {setting} to a file, e.g. {example}.") from None
    except OSError as error:
        raise refuse(f"cannot be read ({error.strerror}).",
                     "give the bot's user read and write access to it, or correct "
                     f"{setting}.") from None
    if not header:
        return
    if len(header) < HEADER_BYTES or not header.startswith(SQLITE_HEADER):
        raise refuse("is not an SQLite database (another kind of file, or a damaged one).",
                     f"point {setting} to briefbot's database, or move this file aside so "
                     "briefbot creates a new one (restore it from a backup if it was briefbot's).")
    _check_content(path, setting, schema_version, tables, refuse)
    if writable and not os.access(path, os.W_OK):
        raise refuse("is read-only for this user; briefbot must write to it.",
                     f"give the bot's user write access to it (chmod u+w {path}), or point "
                     f"{setting} to a copy it may write.")


def _check_folder(folder: Path, setting: str, refuse: Refuse) -> None:
    """The folder must exist (a typo in the setting must not start an empty database) and be
    writable (SQLite keeps its write-ahead log and lock files beside the database)."""
    if not folder.is_dir():
        raise refuse(f"is in a folder that does not exist ({folder}).",
                     f"create the folder (mkdir -p {folder}) or correct {setting}.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise refuse(f"is in a folder this user cannot write to ({folder}); briefbot keeps its "
                     "write-ahead log beside the file.",
                     f"give the bot's user write access to {folder}, or point {setting} to a "
                     "writable folder.")


def _check_content(path: Path, setting: str, schema_version: int, tables: frozenset[str],
                   refuse: Refuse) -> None:
    """Integrity, then whose tables these are, through a read-only connection."""
    # immutable=1 lets SQLite create nothing beside the file (no -wal or -shm); a write-ahead log
    # left by a bot that was stopped holds committed rows, so then it is read through.
    wal = Path(f"{path}-wal")
    options = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True)
    except sqlite3.Error as error:
        raise refuse(f"cannot be opened ({error}).",
                     f"check its permissions, or correct {setting}.") from None
    try:
        with contextlib.closing(db):
            verdict = db.execute("PRAGMA quick_check(1)").fetchone()[0]
            if verdict != "ok":
                raise sqlite3.DatabaseError(verdict)
            names = {name for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                "AND name NOT LIKE 'sqlite!_%' ESCAPE '!'")}
            version = _version(db) if VERSION_TABLE in names else None
    except sqlite3.Error as error:
        raise refuse(f"is damaged ({error}).",
                     "restore it from a backup, or move it aside so briefbot creates a new one "
                     "(its subscriptions and unanswered questions are then lost).") from None
    if not names:
        return
    if version is not None and version > schema_version:
        raise refuse(f"was written by a newer briefbot (schema version {version}; this one "
                     f"knows up to {schema_version}). It was left unchanged.",
                     "run the newer briefbot with it, or point "
                     f"{setting} to a backup made by this version.")
    strangers = sorted(names - tables)
    if strangers or version is None:
        listed = strangers or sorted(names)
        more = f" and {len(listed) - SHOWN_TABLES} more" if len(listed) > SHOWN_TABLES else ""
        shown = f"{', '.join(listed[:SHOWN_TABLES])}{more}"
        what = (f"has tables briefbot did not make ({shown})" if strangers
                else f"has tables ({shown}) but no briefbot schema version")
        raise refuse(f"is not a briefbot database: it {what}. It was left unchanged.",
                     f"point {setting} to briefbot's own file (a new path in an existing folder "
                     "is fine: briefbot creates it).")


def _version(db: sqlite3.Connection) -> int | None:
    """The version in briefbot's ``schema_version`` table, or None when a table of that name is
    not briefbot's (another tool's, with other columns or a version that is not a number)."""
    columns = [row[1] for row in db.execute(f"PRAGMA table_info({VERSION_TABLE})")]
    if columns != ["version"]:
        return None
    value = db.execute(f"SELECT MAX(version) FROM {VERSION_TABLE}").fetchone()[0]  # noqa: S608
    return value if isinstance(value, int) else None
