"""SQLite storage: unanswered questions, daily counts and subscriptions."""

from bot.storage.sqlite import Store

__all__ = ["Store"]
