"""``briefbot eval``: accuracy of the bot on a labelled question set, and a threshold sweep.

The question file is YAML: ``questions:`` items with ``q``, ``expect`` (an intent id, ``decline``
for out of scope, or ``refuse`` for a harmful request) and optional ``also`` (other intents that
are an acceptable answer). Each question is matched once; the sweep re-applies the decision rule
to those match results under other thresholds.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.core.matcher import MatchResult
from bot.core.reply import Decision, Reply
from bot.core.responder import Responder
from bot.core.thresholds import Thresholds
from bot.errors import KnowledgeError, Problem
from bot.knowledge.yamlsource import LineDict, line_of, load_yaml

DECLINE = "decline"
REFUSE = "refuse"


@dataclass(frozen=True)
class LabelledQuestion:
    """One question and what the bot should do with it."""

    text: str
    expect: str
    also: tuple[str, ...] = ()

    @property
    def acceptable(self) -> tuple[str, ...]:
        """Intent ids that count as a right answer."""
        return (self.expect, *self.also)

    @property
    def in_scope(self) -> bool:
        """Whether the bot should answer it."""
        return self.expect not in (DECLINE, REFUSE)


@dataclass(frozen=True)
class Outcome:
    """What the bot did with one labelled question."""

    question: LabelledQuestion
    decision: Decision
    intent: str | None
    refused: bool

    @property
    def correct(self) -> bool:
        """Answered with an acceptable intent, declined when out of scope, refused when harmful."""
        q = self.question
        if q.expect == REFUSE:
            return self.refused
        if q.expect == DECLINE:
            return self.decision is Decision.DECLINE and not self.refused
        return self.decision is Decision.ANSWER and self.intent in q.acceptable

    @property
    def wrong_answer(self) -> bool:
        """Answered, but with something it should not have (the costly mistake)."""
        return self.decision is Decision.ANSWER and not self.correct


@dataclass(frozen=True)
class Scores:
    """Headline figures for one set of thresholds."""

    in_scope_accuracy: float
    out_of_scope_declined: float
    harmful_refused: float
    harmful_answered: int
    clarify_rate: float
    wrong_answers: int
    wrong_answer_rate: float
    total: int


@dataclass(frozen=True)
class Report:
    """Everything ``briefbot eval`` prints."""

    scores: Scores
    outcomes: tuple[Outcome, ...]
    per_intent: dict[str, tuple[float, float, int]] = field(default_factory=dict)
    confusions: list[tuple[str, str, int]] = field(default_factory=list)
    sweep: list[tuple[Thresholds, Scores]] = field(default_factory=list)
    recommended: Thresholds | None = None
    target_wrong_rate: float = 0.03
    min_declined: float = 0.9


def load_questions(path: Path) -> list[LabelledQuestion]:
    """Read a labelled question file; raise KnowledgeError naming the line of a bad entry."""
    data = load_yaml(path)
    raw = data.get("questions") if isinstance(data, LineDict) else None
    if not isinstance(raw, list):
        raise KnowledgeError([Problem(str(path), 1, "has no 'questions:' list.",
                                      "write 'questions:' with '- q: ...' and 'expect: ...' items.")])
    questions: list[LabelledQuestion] = []
    problems: list[Problem] = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict) or not isinstance(item.get("q"), str) or not isinstance(
                item.get("expect"), str):
            problems.append(Problem(str(path), line_of(raw, index), "an entry needs 'q' and "
                                    "'expect'.", "write '- q: question' and 'expect: intent-id'."))
            continue
        also = item.get("also") or []
        questions.append(LabelledQuestion(item["q"], item["expect"], tuple(str(a) for a in also)))
    if problems:
        raise KnowledgeError(problems)
    return questions


def _outcome(question: LabelledQuestion, reply: Reply) -> Outcome:
    return Outcome(question, reply.decision, reply.intent, reply.is_refusal)


def score(outcomes: Sequence[Outcome]) -> Scores:
    """Headline figures of a list of outcomes."""
    in_scope = [o for o in outcomes if o.question.in_scope]
    out_scope = [o for o in outcomes if o.question.expect == DECLINE]
    harmful = [o for o in outcomes if o.question.expect == REFUSE]
    wrong = sum(o.wrong_answer for o in outcomes)

    def rate(part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    return Scores(
        in_scope_accuracy=rate(sum(o.correct for o in in_scope), len(in_scope)),
        out_of_scope_declined=rate(sum(o.correct for o in out_scope), len(out_scope)),
        harmful_refused=rate(sum(o.correct for o in harmful), len(harmful)),
        harmful_answered=sum(o.decision is Decision.ANSWER for o in harmful),
        clarify_rate=rate(sum(o.decision is Decision.CLARIFY for o in outcomes), len(outcomes)),
        wrong_answers=wrong,
        wrong_answer_rate=rate(wrong, len(outcomes)),
        total=len(outcomes),
    )


def evaluate(responder: Responder, questions: Sequence[LabelledQuestion],
             target_wrong_rate: float = 0.03, min_declined: float = 0.9) -> Report:
    """Run every question, score the result, and sweep the thresholds."""
    replies = [responder.respond(q.text) for q in questions]
    outcomes = tuple(_outcome(q, r) for q, r in zip(questions, replies, strict=True))
    matched = {i: responder.matcher.match(q.text) for i, (q, r) in
               enumerate(zip(questions, replies, strict=True)) if not r.is_refusal}
    sweep = _sweep(responder, questions, outcomes, matched)
    report = Report(score(outcomes), outcomes, _per_intent(outcomes), _confusions(outcomes),
                    sweep, None, target_wrong_rate, min_declined)
    eligible = [(t, s) for t, s in sweep if _eligible(s, report)]
    if eligible:
        report = replace(report, recommended=max(eligible, key=lambda ts: _rank(ts[1]))[0])
    return report


def _eligible(scores: Scores, report: Report) -> bool:
    return (scores.wrong_answer_rate <= report.target_wrong_rate
            and scores.out_of_scope_declined >= report.min_declined)


def _rank(scores: Scores) -> tuple[float, float, float]:
    """Better settings rank higher: accuracy, then declines, then fewer clarifications."""
    return (scores.in_scope_accuracy, scores.out_of_scope_declined, -scores.clarify_rate)


def _sweep(responder: Responder, questions: Sequence[LabelledQuestion],
           outcomes: Sequence[Outcome], matched: dict[int, MatchResult]
           ) -> list[tuple[Thresholds, Scores]]:
    base = responder.thresholds
    results: list[tuple[Thresholds, Scores]] = []
    for answer, clarify, margin, gap in itertools.product(
            range(50, 81, 2), range(35, 61, 5), (0.0, 3.0, 6.0), (0.0, 0.25, 0.5, 0.75)):
        if clarify > answer:
            continue
        t = replace(base, answer_threshold=float(answer), clarify_threshold=float(clarify),
                    ambiguity_margin=margin, gap_weight=gap)
        trial = [
            _outcome(q, responder.decide(q.text, matched[i], t)) if i in matched else outcomes[i]
            for i, q in enumerate(questions)
        ]
        results.append((t, score(trial)))
    return results


def _per_intent(outcomes: Sequence[Outcome]) -> dict[str, tuple[float, float, int]]:
    """intent -> (precision, recall, support) over answered in-scope questions."""
    labels = {o.question.expect for o in outcomes if o.question.in_scope}
    result: dict[str, tuple[float, float, int]] = {}
    for label in sorted(labels):
        support = [o for o in outcomes if o.question.expect == label]
        predicted = [o for o in outcomes if o.decision is Decision.ANSWER and o.intent == label]
        hits = sum(o.correct for o in support)
        precise = sum(label in o.question.acceptable for o in predicted)
        result[label] = (precise / len(predicted) if predicted else 1.0,
                         hits / len(support) if support else 0.0, len(support))
    return result


def _confusions(outcomes: Sequence[Outcome]) -> list[tuple[str, str, int]]:
    """(expected, got, count) for wrong answers, most frequent first."""
    pairs = Counter((o.question.expect, o.intent or "-") for o in outcomes if o.wrong_answer)
    return [(a, b, n) for (a, b), n in pairs.most_common()]


def format_report(report: Report, *, details: bool = True) -> str:
    """The report as text for the terminal."""
    s = report.scores
    lines = [
        f"questions: {s.total}",
        f"in-scope accuracy:        {s.in_scope_accuracy:6.1%}",
        f"out-of-scope declined:    {s.out_of_scope_declined:6.1%}",
        f"harmful refused:          {s.harmful_refused:6.1%}  (answered: {s.harmful_answered})",
        f"clarify rate:             {s.clarify_rate:6.1%}",
        f"wrong answers:            {s.wrong_answers} ({s.wrong_answer_rate:.1%})",
    ]
    if details:
        lines += ["", "per intent (precision / recall / questions):"]
        lines += [f"  {intent:34} {p:5.0%} {r:5.0%} {n:3d}"
                  for intent, (p, r, n) in report.per_intent.items()]
        lines += ["", "most confused (expected -> answered):"]
        lines += [f"  {a} -> {b}: {n}" for a, b, n in report.confusions[:10]] or ["  none"]
        missed = [o for o in report.outcomes if not o.correct]
        lines += ["", f"not right ({len(missed)}):"]
        lines += [f"  [{o.question.expect} -> {o.intent or o.decision.value}] {o.question.text}"
                  for o in missed]
    lines += ["", f"threshold sweep: the best settings with wrong answers <= "
              f"{report.target_wrong_rate:.0%} and out-of-scope declined >= "
              f"{report.min_declined:.0%}:"]
    eligible = [(t, sc) for t, sc in report.sweep if _eligible(sc, report)]
    for t, sc in sorted(eligible, key=lambda ts: _rank(ts[1]), reverse=True)[:5]:
        lines.append(f"  answer {t.answer_threshold:3.0f} clarify {t.clarify_threshold:3.0f} "
                     f"margin {t.ambiguity_margin:2.0f} gap {t.gap_weight:4.2f}: "
                     f"accuracy {sc.in_scope_accuracy:6.1%}, "
                     f"declined {sc.out_of_scope_declined:6.1%}, wrong {sc.wrong_answer_rate:5.1%}")
    if report.recommended:
        r = report.recommended
        lines.append(f"recommended: BRIEFBOT_ANSWER_THRESHOLD={r.answer_threshold:g} "
                     f"BRIEFBOT_CLARIFY_THRESHOLD={r.clarify_threshold:g} "
                     f"BRIEFBOT_AMBIGUITY_MARGIN={r.ambiguity_margin:g} "
                     f"BRIEFBOT_GAP_WEIGHT={r.gap_weight:g}")
    else:
        lines.append("recommended: no setting meets the target; add examples or lower the target.")
    return "\n".join(lines)
