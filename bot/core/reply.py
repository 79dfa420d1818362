"""What the core answers: a ``Reply`` that every front end (Telegram, terminal, JSON) renders."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.knowledge.intents import Line, SourceRef


class Decision(StrEnum):
    """The three things the bot can do with a question."""

    ANSWER = "answer"
    CLARIFY = "clarify"
    DECLINE = "decline"


class Reason(StrEnum):
    """Why the bot decided what it did."""

    MATCHED = "matched"
    SMALLTALK = "smalltalk"
    AMBIGUOUS = "ambiguous"
    UNSURE = "unsure"
    OUT_OF_SCOPE = "out_of_scope"
    HARMFUL = "harmful"
    EMPTY = "empty"
    NOT_STATED = "not_stated"


@dataclass(frozen=True)
class Suggestion:
    """An intent offered among "The closest I have" or as a follow-up."""

    intent: str
    title: str


@dataclass(frozen=True)
class Explanation:
    """Why this reply: the best example, its score, and the runner-up."""

    matched_example: str | None
    score: float
    runner_up: str | None
    runner_up_score: float | None
    corrections: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Reply:
    """The core's answer to one question, free of any presentation.

    ``lines`` is the body: for an answer, the snippet's lines (some of them list items); for the
    other decisions, the bot's short message. ``topics`` lists what the bot covers, for declines.
    """

    question: str
    decision: Decision
    reason: Reason
    lines: tuple[Line, ...]
    intent: str | None = None
    title: str | None = None
    score: float = 0.0
    sources: tuple[SourceRef, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    topics: tuple[str, ...] = ()
    explanation: Explanation | None = None
    candidates: tuple[tuple[str, float], ...] = ()
    as_of: str | None = None
    parts: tuple[Reply, ...] = ()

    @property
    def answered_intents(self) -> tuple[str, ...]:
        """Every intent this reply answers with: its own, or each part's for a two-part question."""
        if self.parts:
            return tuple(p.intent for p in self.parts if p.intent)
        return (self.intent,) if self.intent else ()

    @property
    def offers_closest(self) -> bool:
        """Whether its buttons are "the closest I have": the whole question's, or those of the
        part of a two-part question it was unsure of."""
        return self.decision is Decision.CLARIFY or any(
            p.decision is Decision.CLARIFY for p in self.parts)

    @property
    def is_refusal(self) -> bool:
        """A harmful request that was refused."""
        return self.reason is Reason.HARMFUL
