"""What a conversation remembers between questions: the intent it last answered, for a while.

A follow-up ("and who hosts it?", "when was that?") is read with the last answered intent if it
comes within ``FOLLOW_UP_SECONDS``; after that the conversation starts afresh. Telegram keeps one
per private chat and one per user in each group; ``briefbot chat`` keeps one; ``ask`` none.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from typing import TypeVar

from bot.core.phrasing import asks_count_only
from bot.core.reply import Decision, Reason, Reply
from bot.core.responder import Responder

#: How long an answer stays the subject that a follow-up leans on.
FOLLOW_UP_SECONDS = 300.0
#: Conversations remembered at once; the least recently used are forgotten first.
MAX_CONVERSATIONS = 10_000


@dataclass
class _Subject:
    intent: str
    at: float
    answered: bool      # False: the fact a "the article doesn't say" reply quoted


@dataclass
class _Said:
    question: str
    at: float


_Entry = TypeVar("_Entry", _Subject, _Said)


class Conversations:
    """The last answered intent of each conversation, bounded in number and in time."""

    def __init__(self, follow_up_seconds: float = FOLLOW_UP_SECONDS,
                 limit: int = MAX_CONVERSATIONS) -> None:
        self._subjects: OrderedDict[Hashable, _Subject] = OrderedDict()
        #: the question asked last, answered or not: what a follow-up's "it" may stand for
        self._said: OrderedDict[Hashable, _Said] = OrderedDict()
        self._seconds = follow_up_seconds
        self._limit = limit

    def previous(self, key: Hashable, now: float, question: str = "") -> str | None:
        """The intent the follow-up ``question`` in this conversation leans on, if it is recent
        enough. After "the article doesn't say ..., it says only that over 50 organizations
        attended", only a question about that figure ("how many?") leans on it: others ("who
        came up with them?") would be answered with a fact the asker did not ask about."""
        subject = self._subjects.get(key)
        if subject is None or now - subject.at > self._seconds:
            return None
        return subject.intent if subject.answered or asks_count_only(question) else None

    def remember(self, key: Hashable, reply: Reply, now: float) -> None:
        """Keep what a reply told as the conversation's subject: the intent it answered, or the
        fact a "the article doesn't say" reply quotes ("which organisations attended?" -- "...
        it says only that over 50 attended"; "how many?" then asks about that fact)."""
        subject = _subject_of(reply)
        if subject is not None:
            _keep(self._subjects, key, _Subject(subject, now, reply.decision is Decision.ANSWER),
                  self._limit)

    def said_before(self, key: Hashable, now: float) -> str | None:
        """The question asked last in this conversation, if recent enough."""
        said = self._said.get(key)
        return said.question if said is not None and now - said.at <= self._seconds else None

    def ask(self, responder: Responder, key: Hashable, question: str, now: float) -> Reply:
        """Answer ``question`` in the conversation ``key`` and remember what it answered."""
        reply = responder.respond(question, previous=self.previous(key, now, question),
                                  said_before=self.said_before(key, now))
        self.remember(key, reply, now)
        _keep(self._said, key, _Said(question, now), self._limit)
        return reply


def _keep(store: OrderedDict[Hashable, _Entry], key: Hashable, value: _Entry, limit: int) -> None:
    """Store ``value`` as the newest entry, forgetting the least recently used past ``limit``."""
    store[key] = value
    store.move_to_end(key)
    while len(store) > limit:
        store.popitem(last=False)


def _subject_of(reply: Reply) -> str | None:
    """The intent a follow-up to ``reply`` leans on, if it told anything."""
    if reply.decision is Decision.ANSWER and reply.intent:
        intents = reply.answered_intents
        return intents[-1] if intents else reply.intent
    if reply.reason is Reason.NOT_STATED and len(reply.suggestions) == 1:
        return reply.suggestions[0].intent
    return None
