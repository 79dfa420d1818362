"""Which database ``BRIEFBOT_DB`` names, and opening it: a file path is SQLite, a
``postgresql://`` (or ``postgres://``) URL is PostgreSQL, imported only then."""

from __future__ import annotations

from pathlib import Path

from bot.errors import StorageError
from bot.storage.base import Storage
from bot.storage.sqlite import Store

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
INSTALL_POSTGRES = "pip install 'briefbot[postgres]'"


def is_postgres_url(location: str) -> bool:
    """Whether ``location`` names a PostgreSQL database rather than an SQLite file."""
    return location.strip().lower().startswith(POSTGRES_SCHEMES)


def open_store(location: str | Path, *, log_chats: bool = False,
               setting: str = "BRIEFBOT_DB", read_only: bool = False) -> Storage:
    """The database at ``location``; ``StorageError`` (naming ``setting``) when it cannot be used.

    ``read_only``: neither created nor migrated, nothing written (an SQLite file must exist).
    """
    text = str(location)
    if not is_postgres_url(text):
        return Store(text, log_chats=log_chats, setting=setting, read_only=read_only)
    try:
        from bot.storage.postgres import PostgresStore  # noqa: PLC0415 - optional
    except ImportError:
        raise StorageError("a PostgreSQL URL", setting,
                           "needs the PostgreSQL driver, which is not installed.",
                           f"install it with {INSTALL_POSTGRES}, or point {setting} to an "
                           "SQLite file.") from None
    return PostgresStore(text, log_chats=log_chats, setting=setting, read_only=read_only)
