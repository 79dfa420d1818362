"""What replicas behind one webhook share through a PostgreSQL store: update ids and limits.

Telegram may deliver an update again, and to another replica; each replica's per-user limit
alone would let a user ask once per replica. With a shared store (``Storage.shared``),
``on_shared_gate`` runs before the gate (``handlers.on_gate``) and, on a worker thread:

1. claims the update id in the database, so an update any replica took is ignored here;
2. counts the question against the user's limit in the database (``SharedQuestionLimiter``),
   leaving the verdict for the gate's ``limiter.check`` in this update's context.

A database that fails here is logged and the replica falls back on its own memory (its seen
update ids and its own count), so a question is still limited and answered once by it. With
SQLite (one process) none of this runs: the gate's in-memory state is the whole truth.
"""

from __future__ import annotations

import asyncio
import logging
from contextvars import ContextVar

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.storage.base import DATABASE_ERRORS, Storage
from bot.telegram_adapter.gate import QuestionLimiter, Verdict
from bot.telegram_adapter.handlers import _is_addressed, sender_of
from bot.telegram_adapter.state import Context

log = logging.getLogger(__name__)

#: The verdict counted in the database for this update: (sender, verdict).
_counted: ContextVar[tuple[int, Verdict] | None] = ContextVar("briefbot_counted", default=None)


class SharedQuestionLimiter(QuestionLimiter):
    """One per-user limit for every replica: counted in the database by ``count`` (before the
    gate), handed to the gate's synchronous ``check``; its own memory when the database failed."""

    def __init__(self, store: Storage, limit: int, window: float) -> None:
        super().__init__(limit, window)
        self.store = store

    async def count(self, sender: int) -> None:
        """Count a question from ``sender`` in the database (on a worker thread)."""
        verdict = await asyncio.to_thread(self.store.count_question, sender, self.limit,
                                          self.window)
        _counted.set((sender, Verdict(verdict)))

    def check(self, user_id: int) -> Verdict:
        """The verdict ``count`` left for this update, else this replica's own count."""
        counted = _counted.get()
        if counted is not None and counted[0] == user_id:
            _counted.set(None)
            return counted[1]
        return super().check(user_id)


async def on_shared_gate(update: Update, context: Context) -> None:
    """Before the gate: an update another replica took stops here; the question is counted."""
    state = context.bot_data
    if not state.store.shared:
        return
    try:
        new = await asyncio.to_thread(state.store.claim_update, update.update_id)
    except DATABASE_ERRORS as error:
        log.warning("update %s: the shared update ids are unavailable (%s); this replica's "
                    "own are used", update.update_id, error)
        return
    if not new:
        log.info("update %s arrived again (taken by a replica); ignored", update.update_id)
        raise ApplicationHandlerStop
    limiter, sender = state.limiter, sender_of(update)
    chat, user = update.effective_chat, update.effective_user
    if not isinstance(limiter, SharedQuestionLimiter) or sender is None or limiter.limit <= 0:
        return
    if not state.policy.permits(chat.id if chat else None, user.id if user else None):
        return
    if update.inline_query is None and not _is_addressed(update, context.bot.id,
                                                         context.bot.username):
        return
    try:
        await limiter.count(sender)
    except DATABASE_ERRORS as error:
        log.warning("update %s: the shared limit is unavailable (%s); this replica's own "
                    "count is used", update.update_id, error)
