"""Storage: unanswered questions, daily counts and subscriptions, in SQLite or PostgreSQL."""

from bot.storage.base import DATABASE_ERRORS, Storage
from bot.storage.opening import is_postgres_url, open_store
from bot.storage.sqlite import Store

__all__ = ["DATABASE_ERRORS", "Storage", "Store", "is_postgres_url", "open_store"]
