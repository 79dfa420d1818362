"""The bot's state in python-telegram-bot's ``bot_data`` and ``chat_data``, as typed classes.

``CONTEXT_TYPES`` makes ``context.bot_data`` a ``BotState`` and ``context.chat_data`` a
``ChatState``, so handlers read attributes the type checker knows instead of string keys.
python-telegram-bot creates both without arguments; ``build_application`` then fills the
``BotState``.
"""

from __future__ import annotations

from typing import Any

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.core.conversation import Conversations
from bot.core.reply import Reply
from bot.core.responder import Responder
from bot.storage.sqlite import Store
from bot.telegram_adapter.gate import AccessPolicy, QuestionLimiter
from bot.telegram_adapter.serving import Engine


class BotState:
    """What every handler shares: the serving knowledge, the database, the gate and settings.

    ``engine``, ``store``, ``timezone`` and ``retention_days`` are set by ``build_application``
    (python-telegram-bot must be able to create this class without arguments).
    """

    engine: Engine
    store: Store
    #: The time zone of a /subscribe that names none.
    timezone: str
    #: Days an unanswered question is kept, as /privacy tells users.
    retention_days: int

    def __init__(self) -> None:
        self.policy = AccessPolicy()
        self.limiter: QuestionLimiter | None = None
        #: Chats already told once that the bot is not theirs.
        self.refused_chats: set[int] = set()
        #: Each conversation's last answered intent, for follow-ups: one per private chat, one
        #: per user in each group.
        self.conversations = Conversations()

    @property
    def responder(self) -> Responder:
        """The responder serving now (read once per update, so a reload never splits one)."""
        return self.engine.responder


class ChatState:
    """What the bot remembers about one chat while it runs (nothing of it is stored)."""

    def __init__(self) -> None:
        #: The last reply, for /why.
        self.last_reply: Reply | None = None
        #: "Did you mean" replies by message id, so "None of these" records its question.
        self.clarifies: dict[int, Reply] = {}


#: The ``context`` argument of every handler and job.
Context = CallbackContext[ExtBot[Any], dict[Any, Any], ChatState, BotState]

CONTEXT_TYPES = ContextTypes(chat_data=ChatState, bot_data=BotState)
