"""The bot's state while it runs, as typed classes, and every piece of it bounded.

``CONTEXT_TYPES`` makes ``context.bot_data`` a ``BotState``, so handlers read attributes the
type checker knows instead of string keys. python-telegram-bot creates it without arguments;
``build_application`` then fills it. What the bot remembers per chat (``ChatState``) is kept in
``BotState.chats``, not in python-telegram-bot's ``chat_data``, which keeps every chat ever seen
for as long as the bot runs: here at most ``chat_states`` chats are remembered, each for
``chat_state_seconds`` after its last use, the least recently used forgotten first. Refused chats
and the ids of updates already handled are bounded the same way (``Recent``).
"""

from __future__ import annotations

import math
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.core.conversation import Conversations
from bot.core.reply import Reply
from bot.core.responder import Responder
from bot.storage.base import UPDATE_LEASE_SECONDS, Storage
from bot.telegram_adapter.gate import AccessPolicy, QuestionLimiter
from bot.telegram_adapter.records import Recorder
from bot.telegram_adapter.serving import Engine

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

#: Defaults of the settings with the same names (``bot.config``).
DEFAULT_CHAT_STATES = 10_000
DEFAULT_CHAT_STATE_SECONDS = 24 * 3_600.0
DEFAULT_SEEN_UPDATES = 10_000
#: "Did you mean" messages per chat whose "None of these" press is still recorded.
KEPT_CLARIFIES = 20


class Recent(Generic[K, V]):
    """A map that forgets: at most ``limit`` keys, none kept ``max_age`` seconds past its last
    ``put``; the least recently put are forgotten first."""

    def __init__(self, limit: int, max_age: float = math.inf,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.max_age = max_age
        self._clock = clock
        self._items: OrderedDict[K, tuple[float, V]] = OrderedDict()

    def get(self, key: K) -> V | None:
        """The value kept for ``key``, if it is still remembered."""
        item = self._items.get(key)
        if item is None:
            return None
        if self._clock() - item[0] > self.max_age:
            del self._items[key]
            return None
        return item[1]

    def put(self, key: K, value: V) -> None:
        """Keep ``value`` for ``key`` as of now; forget what is too old or one too many."""
        now = self._clock()
        self._items[key] = (now, value)
        self._items.move_to_end(key)
        items = self._items
        while items and (len(items) > self.limit
                         or now - next(iter(items.values()))[0] > self.max_age):
            items.popitem(last=False)

    def forget(self, key: K) -> None:
        """Forget ``key`` now (if it is kept)."""
        self._items.pop(key, None)

    def __contains__(self, key: object) -> bool:
        item = self._items.get(key)  # type: ignore[arg-type]
        return item is not None and self._clock() - item[0] <= self.max_age

    def __len__(self) -> int:
        return len(self._items)


class ChatState:
    """What the bot remembers about one chat while it runs (nothing of it is stored)."""

    def __init__(self) -> None:
        #: The last reply, for /why.
        self.last_reply: Reply | None = None
        #: "Did you mean" replies by message id, with when they were sent, so "None of these"
        #: records its question.
        self.clarifies: dict[int, tuple[Reply, float]] = {}

    def remember_clarify(self, message_id: int, reply: Reply, now: float) -> None:
        """Keep a "did you mean" reply for its "None of these" (the last ``KEPT_CLARIFIES``)."""
        self.clarifies[message_id] = (reply, now)
        for old in list(self.clarifies)[:-KEPT_CLARIFIES]:
            del self.clarifies[old]

    def take_clarify(self, message_id: int, now: float, max_age: float) -> Reply | None:
        """The "did you mean" reply of ``message_id`` if it is recent enough; forgotten after."""
        kept = self.clarifies.pop(message_id, None)
        if kept is None or now - kept[1] > max_age:
            return None
        return kept[0]


class ChatStates:
    """Each chat's ``ChatState``, bounded in number and in time (module docstring)."""

    def __init__(self, limit: int = DEFAULT_CHAT_STATES,
                 max_age: float = DEFAULT_CHAT_STATE_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_age = max_age
        self._chats: Recent[int, ChatState] = Recent(limit, max_age, clock)

    def of(self, chat_id: int) -> ChatState:
        """The chat's state (a fresh one if it was never seen or has been forgotten)."""
        state = self._chats.get(chat_id) or ChatState()
        self._chats.put(chat_id, state)
        return state

    def __len__(self) -> int:
        return len(self._chats)


class BotState:
    """What every handler shares: the serving knowledge, the database, the gate and settings.

    ``engine``, ``store``, ``recorder``, ``timezone`` and ``retention_days`` are set by
    ``build_application`` (python-telegram-bot must be able to create this class without
    arguments), and so are the bounded maps, from the settings.
    """

    engine: Engine
    store: Storage
    #: Counts and unanswered questions on their way to the store.
    recorder: Recorder
    #: The time zone of a /subscribe that names none.
    timezone: str
    #: Days an unanswered question is kept, as /privacy tells users.
    retention_days: int

    def __init__(self) -> None:
        self.policy = AccessPolicy()
        self.limiter: QuestionLimiter | None = None
        #: What the bot remembers of each chat.
        self.chats = ChatStates()
        #: Chats already told that the bot is not theirs (told again once forgotten).
        self.refused_chats: Recent[int, bool] = Recent(DEFAULT_CHAT_STATES,
                                                       DEFAULT_CHAT_STATE_SECONDS)
        #: The ids of the latest updates taken here, Telegram may deliver one again: True once
        #: handled, False while being handled.
        self.seen_updates: Recent[int, bool] = Recent(DEFAULT_SEEN_UPDATES)
        #: This process among the replicas sharing a database (who holds a briefing's or an
        #: update's claim).
        self.replica = uuid.uuid4().hex
        #: Seconds this replica's claim on an update it handles holds (``BRIEFBOT_UPDATE_LEASE``).
        self.update_lease = UPDATE_LEASE_SECONDS
        #: Each conversation's last answered intent, for follow-ups: one per private chat, one
        #: per user in each group.
        self.conversations = Conversations()

    @property
    def responder(self) -> Responder:
        """The responder serving now (read once per update, so a reload never splits one)."""
        return self.engine.responder


#: The ``context`` argument of every handler and job.
Context = CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotState]

CONTEXT_TYPES = ContextTypes(bot_data=BotState)
