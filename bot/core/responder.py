"""Decide answer / clarify / decline for a question and compose the ``Reply``. Pure and sync.

The decision (Rasa's fallback, with "did you mean" in between):

* ``answer`` when the best intent's *confidence* reaches ``answer_threshold`` and it beats the
  runner-up by at least ``ambiguity_margin``. Confidence is the best score plus ``gap_weight``
  times its lead over the runner-up (at most ``gap_cap`` of it counts): a clear winner needs a
  lower score than one with a close rival. A vague question (its known words weigh less than
  ``min_information``, e.g. just "myanmar") is answered only by an exact example; otherwise
  it gets "did you mean";
* ``clarify`` when the best score is at least ``clarify_threshold`` but not a clear win: up to
  ``max_suggestions`` intents within ``clarify_window`` of the best are offered;
* ``decline`` otherwise, saying what the bot covers. A harmful operational request is declined
  with the refusal, before any matching.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot import texts
from bot.core.harm import HarmGuard
from bot.core.matcher import Matcher, MatchResult
from bot.core.normalise import Normaliser
from bot.core.reply import Decision, Explanation, Reason, Reply, Suggestion
from bot.core.thresholds import Thresholds
from bot.knowledge.intents import Intent, KnowledgeBase, Line, load_knowledge

#: A score this high means the question is one of the examples, word for word.
EXACT = 100.0
#: The small-talk intent whose answer introduces the bot.
HELP_INTENT = "help"
#: Questions are cut to this many characters before matching.
MAX_QUESTION_CHARS = 1000

#: The core's own messages, as reply lines (their words are in ``bot.texts``).
EMPTY_MESSAGE = Line(texts.EMPTY_MESSAGE)
DECLINE_MESSAGE = Line(texts.DECLINE_MESSAGE)
CLARIFY_MESSAGE = Line(texts.CLARIFY_MESSAGE)


class Responder:
    """Turns questions into Replies using one loaded knowledge base. Safe to share across tasks."""

    @classmethod
    def from_files(cls, intents_path: Path, corpus_dir: Path,
                   thresholds: Thresholds | None = None) -> Responder:
        """Load, validate and prepare; raises KnowledgeError naming file, line and fix."""
        return cls(load_knowledge(intents_path, corpus_dir), thresholds)

    def __init__(self, kb: KnowledgeBase, thresholds: Thresholds | None = None) -> None:
        self.kb = kb
        self.thresholds = thresholds or Thresholds()
        self.normaliser = Normaliser(kb.synonyms)
        self.matcher = Matcher(
            ((intent.id, example) for intent in kb.intents.values() for example in intent.examples),
            self.normaliser,
            {intent.id: intent.topics for intent in kb.intents.values()},
        )
        self.guard = HarmGuard(kb.harm, self.normaliser)
        self._topic_titles = tuple(t.title for t in kb.topics)

    def respond(self, question: str) -> Reply:
        """The reply to ``question``: deterministic, never raises for any text."""
        question = question[:MAX_QUESTION_CHARS]
        if self.guard.is_harmful(question):
            return Reply(question, Decision.DECLINE, Reason.HARMFUL, (Line(self.kb.harm.refusal),))
        result = self.matcher.match(question)
        if not result.normalised:
            return Reply(question, Decision.DECLINE, Reason.EMPTY, (EMPTY_MESSAGE,),
                         topics=self._topic_titles)
        return self.decide(question, result)

    def decide(self, question: str, result: MatchResult,
               thresholds: Thresholds | None = None) -> Reply:
        """Apply the thresholds (this responder's unless given) to a match result."""
        t = thresholds or self.thresholds
        explanation = _explain(result)
        ranked = tuple((c.intent_id, c.score) for c in result.candidates[:3])
        best = result.best
        if best is None or best.score < t.clarify_threshold:
            return Reply(question, Decision.DECLINE, Reason.OUT_OF_SCOPE, (DECLINE_MESSAGE,),
                         score=best.score if best else 0.0, topics=self._topic_titles,
                         explanation=explanation, candidates=ranked)
        runner_up = result.candidates[1].score if len(result.candidates) > 1 else 0.0
        confident = t.confidence(best.score, runner_up) >= t.answer_threshold
        specific = result.information >= t.min_information or best.score >= EXACT
        if confident and specific and best.score - runner_up >= t.ambiguity_margin:
            reply = self.answer(self.kb.intents[best.intent_id], question, best.score, explanation)
            return replace(reply, candidates=ranked)
        close = [c for c in result.candidates
                 if c.score >= max(t.clarify_threshold, best.score - t.clarify_window)]
        suggestions = tuple(self._suggestion(c.intent_id) for c in close[: t.max_suggestions])
        reason = Reason.AMBIGUOUS if len(close) > 1 else Reason.UNSURE
        return Reply(question, Decision.CLARIFY, reason, (CLARIFY_MESSAGE,), score=best.score,
                     suggestions=suggestions, explanation=explanation, candidates=ranked)

    def answer(self, intent: Intent, question: str, score: float = 100.0,
               explanation: Explanation | None = None) -> Reply:
        """The reply that answers with ``intent`` (also used for buttons and follow-ups)."""
        related = tuple(self._suggestion(r) for r in intent.related if r in self.kb.intents)
        if intent.kind == "smalltalk":
            lines = tuple(self._fill(line) for line in intent.answer_lines)
            return Reply(question, Decision.ANSWER, Reason.SMALLTALK, lines, intent=intent.id,
                         title=intent.title, score=score, suggestions=related,
                         explanation=explanation)
        return Reply(question, Decision.ANSWER, Reason.MATCHED, intent.answer_lines,
                     intent=intent.id, title=intent.title, score=score, sources=intent.sources,
                     suggestions=related, explanation=explanation,
                     as_of=intent.as_of.isoformat() if intent.as_of else None)

    def introduction(self) -> Reply:
        """What the bot is and covers: the "help" small-talk answer, with follow-ups to try."""
        intent = self.kb.intents.get(HELP_INTENT)
        if intent is not None:
            return self.answer(intent, "")
        lines = (Line(texts.INTRODUCTION), Line(texts.topics_line(self._topic_titles)))
        return Reply("", Decision.ANSWER, Reason.SMALLTALK, lines)

    def inline_candidates(self, question: str, limit: int) -> list[Intent]:
        """Content intents worth offering as inline answer cards for ``question``."""
        if self.guard.is_harmful(question):
            return []
        if not question.strip():
            firsts = (self.kb.intents_of_topic(t.id) for t in self.kb.topics)
            return list(dict.fromkeys(intents[0] for intents in firsts if intents))[:limit]
        result = self.matcher.match(question[:MAX_QUESTION_CHARS], limit=limit * 2)
        intents = [self.kb.intents[c.intent_id] for c in result.candidates
                   if c.score >= self.thresholds.clarify_threshold]
        return [i for i in intents if i.kind == "content"][:limit]

    def _suggestion(self, intent_id: str) -> Suggestion:
        return Suggestion(intent_id, self.kb.intents[intent_id].title)

    def _fill(self, line: Line) -> Line:
        topics = ", ".join(self._topic_titles)
        documents = "; ".join(d.title for d in self.kb.corpus.documents.values())
        text = line.text.replace("{topics}", topics).replace("{documents}", documents)
        return replace(line, text=text)


def _explain(result: MatchResult) -> Explanation:
    best = result.best
    second = result.candidates[1] if len(result.candidates) > 1 else None
    return Explanation(
        matched_example=best.example if best else None,
        score=best.score if best else 0.0,
        runner_up=second.intent_id if second else None,
        runner_up_score=second.score if second else None,
        corrections=result.corrections,
    )
