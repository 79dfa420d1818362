"""What replicas behind one webhook share through a PostgreSQL store: update ids and limits.

Telegram may deliver an update again, and to another replica; each replica's per-user limit
alone would let a user ask once per replica. With a shared store (``Storage.shared``),
``on_shared_gate`` runs before the gate (``handlers.on_gate``) and, on a worker thread:

1. claims the update in the database for as long as it is handled (a lease): a redelivery of
   one handled already is dropped, one a live replica is handling is left for Telegram to
   deliver again later, and one whose replica died (its lease lapsed) is handled here;
2. counts the question against the user's limit in the database (``SharedQuestionLimiter``),
   leaving the verdict for the gate's ``limiter.check`` in this update's context.

After the handlers, ``settle`` marks the update done, or gives up the claim when it failed in a
way Telegram should retry (``acknowledge``), in the database and in this process's memory.

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

from bot.storage.base import DATABASE_ERRORS, Storage, UpdateClaim
from bot.telegram_adapter import acknowledge
from bot.telegram_adapter.acknowledge import Handling, Result
from bot.telegram_adapter.gate import QuestionLimiter, Verdict
from bot.telegram_adapter.handlers import _is_addressed, sender_of
from bot.telegram_adapter.state import BotState, Context

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
    """Before the gate: an update handled or being handled elsewhere stops here; the question
    is counted."""
    state = context.bot_data
    if not state.store.shared:
        return
    try:
        claim = await asyncio.to_thread(state.store.claim_update, update.update_id,
                                        state.replica, state.update_lease)
    except DATABASE_ERRORS as error:
        log.warning("update %s: the shared update ids are unavailable (%s); this replica's "
                    "own are used", update.update_id, error)
        return
    if claim is UpdateClaim.DONE:
        log.info("update %s arrived again (handled by a replica); ignored", update.update_id)
        acknowledge.mark(Result.DROPPED)
        raise ApplicationHandlerStop
    if claim is UpdateClaim.BUSY:
        log.info("update %s arrived again while a replica handles it; Telegram will deliver "
                 "it again", update.update_id)
        acknowledge.mark(Result.BUSY)
        raise ApplicationHandlerStop
    handling = acknowledge.current()
    if handling is not None:
        handling.claimed_by = state.replica
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


async def settle(state: BotState, handling: Handling) -> None:
    """After the handlers: the update is done (a redelivery is dropped), or, after a failure
    Telegram should retry, free to be handled again at once; else left as it is."""
    result = handling.result
    if result.settled:
        if handling.held_here:
            state.seen_updates.put(handling.update_id, True)
    elif result is Result.RETRY and handling.held_here:
        state.seen_updates.forget(handling.update_id)
    owner = handling.claimed_by
    if owner is None or not (result.settled or result is Result.RETRY):
        return
    call = state.store.finish_update if result.settled else state.store.release_update
    try:
        await asyncio.to_thread(call, handling.update_id, owner)
    except DATABASE_ERRORS as error:
        log.warning("update %s: could not %s its shared claim (%s); it lapses in %g s",
                    handling.update_id, "finish" if result.settled else "release", error,
                    state.update_lease)
