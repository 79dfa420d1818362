"""What a conversation remembers between questions: the intent it last answered, for a while.

A follow-up ("and who hosts it?", "when was that?") is read with the last answered intent if it
comes within ``FOLLOW_UP_SECONDS``; after that the conversation starts afresh. Telegram keeps one
per private chat and one per user in each group; ``briefbot chat`` keeps one; ``ask`` none.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass

from bot.core.reply import Decision, Reply
from bot.core.responder import Responder

#: How long an answer stays the subject that a follow-up leans on.
FOLLOW_UP_SECONDS = 300.0
#: Conversations remembered at once; the least recently used are forgotten first.
MAX_CONVERSATIONS = 10_000


@dataclass
class _Subject:
    intent: str
    at: float


class Conversations:
    """The last answered intent of each conversation, bounded in number and in time."""

    def __init__(self, follow_up_seconds: float = FOLLOW_UP_SECONDS,
                 limit: int = MAX_CONVERSATIONS) -> None:
        self._subjects: OrderedDict[Hashable, _Subject] = OrderedDict()
        self._seconds = follow_up_seconds
        self._limit = limit

    def previous(self, key: Hashable, now: float) -> str | None:
        """The intent a follow-up in this conversation leans on, if it is recent enough."""
        subject = self._subjects.get(key)
        if subject is None or now - subject.at > self._seconds:
            return None
        return subject.intent

    def remember(self, key: Hashable, reply: Reply, now: float) -> None:
        """Keep an answered reply's intent as the conversation's subject."""
        if reply.decision is Decision.ANSWER and reply.intent:
            intents = reply.answered_intents
            self._subjects[key] = _Subject(intents[-1] if intents else reply.intent, now)
            self._subjects.move_to_end(key)
            while len(self._subjects) > self._limit:
                self._subjects.popitem(last=False)

    def ask(self, responder: Responder, key: Hashable, question: str, now: float) -> Reply:
        """Answer ``question`` in the conversation ``key`` and remember what it answered."""
        reply = responder.respond(question, previous=self.previous(key, now))
        self.remember(key, reply, now)
        return reply
