"""The bot's update queue with Telegram's getUpdates semantics.

* update ids increase by one per update;
* ``offset`` confirms (forgets) every update with a smaller id; a negative
  offset keeps only the last ``-offset`` updates;
* a call with ``timeout`` waits until an update arrives (long polling);
* a newer getUpdates call terminates a waiting older one with 409 Conflict;
* ``allowed_updates`` is remembered and filters updates created afterwards.
"""

from __future__ import annotations

import asyncio
import copy
from collections import Counter
from collections.abc import Iterable

from .errors import ApiError
from .models import JsonDict
from .notify import ChangeSignal

DEFAULT_ALLOWED = frozenset(
    {
        "message", "edited_message", "channel_post", "edited_channel_post",
        "business_connection", "business_message", "edited_business_message",
        "deleted_business_messages", "inline_query", "chosen_inline_result",
        "callback_query", "shipping_query", "pre_checkout_query", "purchased_paid_media",
        "poll", "poll_answer", "my_chat_member", "chat_join_request", "chat_boost",
        "removed_chat_boost",
    }
)  # fmt: skip
MAX_LIMIT = 100
CONFLICT = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"


class UpdateQueue:
    """Pending (unconfirmed) updates and the long polls waiting for them."""

    def __init__(self, first_update_id: int = 1) -> None:
        self._pending: list[JsonDict] = []
        self._next_id = first_update_id
        self.allowed: frozenset[str] = DEFAULT_ALLOWED
        self.dropped: list[JsonDict] = []
        self.delivery_counts: Counter[int] = Counter()
        self._generation = 0
        self._signal = ChangeSignal()

    @property
    def pending_count(self) -> int:
        """How many updates are waiting to be confirmed."""
        return len(self._pending)

    def pending(self) -> list[JsonDict]:
        """Copies of the unconfirmed updates."""
        return copy.deepcopy(self._pending)

    def push(self, kind: str, payload: JsonDict) -> JsonDict | None:
        """Queue an update of ``kind``; None when allowed_updates filters it out."""
        update: JsonDict = {"update_id": self._next_id, kind: copy.deepcopy(payload)}
        self._next_id += 1
        if kind not in self.allowed:
            self.dropped.append(update)
            return None
        self._pending.append(update)
        self._signal.notify()
        return update

    def set_allowed(self, allowed: Iterable[str] | None) -> None:
        """Remember ``allowed_updates``; an empty list restores the default set."""
        if allowed is None:
            return
        chosen = frozenset(allowed)
        self.allowed = chosen or DEFAULT_ALLOWED

    def confirm(self, offset: int) -> None:
        """Forget updates as a getUpdates ``offset`` does."""
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        elif offset < 0:
            self._pending = self._pending[offset:]

    def drop_all(self) -> None:
        """Forget every pending update (``drop_pending_updates``)."""
        self._pending.clear()

    async def poll(self, offset: int, limit: int, timeout: float) -> list[JsonDict]:
        """One getUpdates call: confirm, then return updates, waiting up to ``timeout``."""
        self._generation += 1
        generation = self._generation
        self._signal.notify()  # older waiting polls see they are superseded
        self.confirm(offset)
        limit = min(max(limit, 1), MAX_LIMIT)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(timeout, 0.0)
        while not self._pending:
            if not await self._signal.wait(deadline - loop.time()):
                return []
            if generation != self._generation:
                raise ApiError(409, CONFLICT)
        batch = copy.deepcopy(self._pending[:limit])
        self.delivery_counts.update(u["update_id"] for u in batch)
        return batch
