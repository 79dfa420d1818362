"""Who may ask, and how often: allow-lists and a per-user question limit. Pure and sync.

``QuestionLimiter`` keeps a sliding window of each user's recent questions. Over the limit, the
first question gets one polite notice and the rest silence, until the window has room again.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum


class Verdict(Enum):
    """What to do with a question under the per-user limit."""

    ALLOW = "allow"
    NOTICE = "notice"
    SILENT = "silent"


class QuestionLimiter:
    """At most ``limit`` questions per user in any ``window`` seconds (0 means no limit)."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic,
                 max_users: int = 100_000) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._max_users = max_users
        self._recent: dict[int, deque[float]] = {}
        self._noticed: set[int] = set()

    def check(self, user_id: int) -> Verdict:
        """Count a question from ``user_id`` and say whether to answer it."""
        if self.limit <= 0:
            return Verdict.ALLOW
        now = self._clock()
        recent = self._recent.get(user_id)
        if recent is None:
            if len(self._recent) >= self._max_users:
                self._forget_idle(now)
            recent = self._recent[user_id] = deque()
        while recent and now - recent[0] >= self.window:
            recent.popleft()
        if len(recent) < self.limit:
            recent.append(now)
            self._noticed.discard(user_id)
            return Verdict.ALLOW
        if user_id in self._noticed:
            return Verdict.SILENT
        self._noticed.add(user_id)
        return Verdict.NOTICE

    def _forget_idle(self, now: float) -> None:
        idle = [u for u, times in self._recent.items() if not times or now - times[-1] >= self.window]
        for user in idle:
            del self._recent[user]
            self._noticed.discard(user)


@dataclass
class AccessPolicy:
    """Optional allow-lists; a list that is None lets everyone through.

    With ``allowed_chats`` set, an update without a chat (an inline query) is let through only
    for an allowed user. A listed group that becomes a supergroup stays allowed under its new id
    (``follow_migration``) for as long as the bot runs; the log says which id to add.
    """

    allowed_chats: frozenset[int] | None = None
    allowed_users: frozenset[int] | None = None
    admins: frozenset[int] = frozenset()
    migrated: set[int] = field(default_factory=set)

    @property
    def restricted(self) -> bool:
        """Whether any allow-list is in force."""
        return self.allowed_chats is not None or self.allowed_users is not None

    def permits(self, chat_id: int | None, user_id: int | None) -> bool:
        """Whether this user in this chat may use the bot (administrators always may)."""
        if user_id is not None and user_id in self.admins:
            return True
        user_listed = self.allowed_users is not None and user_id in self.allowed_users
        if self.allowed_users is not None and not user_listed:
            return False
        if self.allowed_chats is None:
            return True
        if chat_id is None:
            return user_listed
        return chat_id in self.allowed_chats or chat_id in self.migrated

    def chat_allowed(self, chat_id: int) -> bool:
        """Whether the chat allow-list (if any) lets the bot post to ``chat_id``."""
        return (self.allowed_chats is None or chat_id in self.allowed_chats
                or chat_id in self.migrated)

    def follow_migration(self, old_chat_id: int, new_chat_id: int) -> bool:
        """Allow a supergroup whose old group was allowed; True if that happened."""
        if self.allowed_chats is None:
            return False
        if old_chat_id in self.allowed_chats or old_chat_id in self.migrated:
            self.migrated.add(new_chat_id)
            return True
        return False

    def is_admin(self, user_id: int | None) -> bool:
        """Whether ``user_id`` may run administrator commands."""
        return user_id is not None and user_id in self.admins
