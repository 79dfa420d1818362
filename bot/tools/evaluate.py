"""``briefbot eval``: accuracy of the bot on a labelled question set, and a threshold sweep.

The question file is YAML: ``questions:`` items with ``q`` and ``expect``, one of

* an intent id (with optional ``also``: other intents that are an acceptable answer);
* ``answer`` with ``evidence``: the sentences of the source documents that answer it, one per part
  of a two-part question. The right intents are those whose cited quotes overlap the evidence, so
  a set written by someone who never saw ``intents.yaml`` labels itself;
* ``not_stated`` (on topic, but the sources do not say), ``decline`` / ``out_of_scope`` (not about
  the sources) or ``refuse`` / ``harmful`` (operational help with a crime).

Optional: ``style`` (reported separately), ``context`` (the question a follow-up leans on: asked
first in the same conversation) and ``hard``. Each question is matched once; the sweep re-applies
the decision rule to those match results under other thresholds.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.core.conversation import Conversations
from bot.core.matcher import MatchResult
from bot.core.normalise import fold
from bot.core.reply import Decision, Reason, Reply
from bot.core.responder import Responder
from bot.core.thresholds import Thresholds
from bot.errors import KnowledgeError, Problem
from bot.knowledge.intents import KnowledgeBase
from bot.knowledge.yamlsource import LineDict, line_of, load_yaml

DECLINE = "decline"
REFUSE = "refuse"
NOT_STATED = "not_stated"
ANSWER = "answer"
_ALIASES = {"out_of_scope": DECLINE, "harmful": REFUSE}


@dataclass(frozen=True)
class LabelledQuestion:
    """One question and what the bot should do with it."""

    text: str
    expect: str
    also: tuple[str, ...] = ()
    style: str = ""
    context: str | None = None
    hard: bool = False
    #: For a question labelled by evidence: the acceptable intents of each part.
    parts: tuple[tuple[str, ...], ...] = ()

    @property
    def acceptable(self) -> tuple[str, ...]:
        """Intent ids that count as a right answer (for any part)."""
        if self.parts:
            return tuple(dict.fromkeys(i for part in self.parts for i in part))
        return (self.expect, *self.also)

    @property
    def in_scope(self) -> bool:
        """Whether the bot should answer it."""
        return self.expect not in (DECLINE, REFUSE, NOT_STATED)

    @property
    def needed(self) -> tuple[tuple[str, ...], ...]:
        """The parts a right answer must cover, each as its acceptable intents."""
        return self.parts or ((self.expect, *self.also),)


@dataclass(frozen=True)
class Outcome:
    """What the bot did with one labelled question."""

    question: LabelledQuestion
    decision: Decision
    intent: str | None
    refused: bool
    answered: tuple[str, ...] = ()
    suggested: tuple[str, ...] = ()
    not_stated: bool = False
    #: Answered with small talk ("hi there": a greeting; "thanks bro": you're welcome): no facts.
    small_talk: bool = False

    @property
    def gives_facts(self) -> bool:
        """Answered with the sources' facts (small talk gives none)."""
        return self.decision is Decision.ANSWER and not self.small_talk

    @property
    def correct(self) -> bool:
        """Answered with an acceptable intent, declined when out of scope, refused when harmful."""
        q = self.question
        if q.expect == REFUSE:
            return self.refused
        if q.expect == DECLINE and self.small_talk:
            return True                          # "hi there", "thanks bro": no fact given
        if q.expect in (DECLINE, NOT_STATED):
            return self.decision is Decision.DECLINE and not self.refused
        return self.decision is Decision.ANSWER and all(
            any(i in part for i in self.answered) for part in q.needed)

    @property
    def one_tap(self) -> bool:
        """Not answered, but the right intent is among the "closest I have" buttons; or, for a
        two-part question, one part answered rightly and the other among the buttons offered
        for it."""
        q = self.question
        if not q.in_scope or self.correct:
            return False
        if self.decision is Decision.CLARIFY:
            return any(i in q.acceptable for i in self.suggested)
        return (self.decision is Decision.ANSWER and bool(self.suggested)
                and any(i in q.acceptable for i in self.answered)
                and all(any(i in part for i in (*self.answered, *self.suggested))
                        for part in q.needed))

    @property
    def category(self) -> str:
        """right, one tap, partial, wrong or declined (in scope); or what was done otherwise."""
        if not self.question.in_scope:
            return "right" if self.correct else self.decision.value
        if self.correct:
            return "right"
        if self.one_tap:
            return "one tap"
        if self.decision is Decision.ANSWER:
            hit = any(i in self.question.acceptable for i in self.answered)
            return "partial" if hit else "wrong"
        return "declined"

    @property
    def wrong_answer(self) -> bool:
        """Answered, but with something it should not have (the costly mistake)."""
        return self.decision is Decision.ANSWER and not self.correct \
            and self.category not in ("partial", "one tap")


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
    one_tap: float = 0.0
    in_scope_wrong: float = 0.0
    out_of_scope_answered: float = 0.0
    not_stated_answered: float = 0.0
    not_stated_said: float = 0.0


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
    min_declined: float = 0.95


def load_questions(path: Path, kb: KnowledgeBase | None = None) -> list[LabelledQuestion]:
    """Read a labelled question file; raise KnowledgeError naming the line of a bad entry.

    Questions labelled by ``evidence`` need ``kb`` to find the intents that quote it.
    """
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
        expect = str(_ALIASES.get(item["expect"], item["expect"]))
        parts: tuple[tuple[str, ...], ...] = ()
        if expect == ANSWER:
            evidence = item.get("evidence") or []
            if kb is None or not isinstance(evidence, list) or not evidence:
                problems.append(Problem(str(path), line_of(raw, index), "'expect: answer' needs "
                                        "'evidence' and a knowledge base to resolve it.",
                                        "list the sentences that answer it under 'evidence:'."))
                continue
            parts = tuple(intents_quoting(kb, str(e)) for e in evidence)
            if not all(parts):  # quotes text the knowledge base does not hold (e.g. removed debris)
                expect, parts = NOT_STATED, ()
        context = item.get("context")
        questions.append(LabelledQuestion(
            item["q"], expect, tuple(str(a) for a in item.get("also") or []),
            style=str(item.get("style") or ""), context=str(context) if context else None,
            hard=bool(item.get("hard")), parts=parts))
    if problems:
        raise KnowledgeError(problems)
    return questions


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(text)))


#: An answer line longer than this is a sentence of its own, not a list item's few words.
_WHOLE_SENTENCE = 40


def intents_quoting(kb: KnowledgeBase, evidence: str) -> tuple[str, ...]:
    """The content intents whose cited quotes overlap ``evidence`` (a sentence of a document)."""
    wanted = " ".join(fold(evidence).split())
    wanted_words = _words(evidence)
    found: list[str] = []
    for intent in kb.intents.values():
        lines = " ".join(fold(line.text) for line in intent.answer_lines)
        if intent.kind == "content" and len(wanted) > 20 and (wanted in lines or any(
                len(line) > _WHOLE_SENTENCE and line in wanted
                for line in (" ".join(fold(a.text).split()) for a in intent.answer_lines))):
            # the answer quotes the evidence, or quotes all of it but a list item's heading
            # ("Human Trafficking and Smuggling: Vulnerable populations are ...")
            found.append(intent.id)
            continue
        for source in intent.sources:
            quote = " ".join(fold(source.quote).split())
            if quote and (quote in wanted or wanted in quote):
                found.append(intent.id)
                break
            quote_words = _words(source.quote)
            shared = len(quote_words & wanted_words)
            if quote_words and wanted_words and shared >= 0.6 * min(len(quote_words),
                                                                    len(wanted_words)):
                found.append(intent.id)
                break
    return tuple(found)


def _outcome(question: LabelledQuestion, reply: Reply) -> Outcome:
    return Outcome(question, reply.decision, reply.intent, reply.is_refusal,
                   answered=reply.answered_intents if reply.decision is Decision.ANSWER else (),
                   suggested=tuple(s.intent for s in reply.suggestions)
                   if reply.offers_closest else (),
                   not_stated=reply.reason is Reason.NOT_STATED,
                   small_talk=reply.reason is Reason.SMALLTALK)


def score(outcomes: Sequence[Outcome]) -> Scores:
    """Headline figures of a list of outcomes."""
    in_scope = [o for o in outcomes if o.question.in_scope]
    out_scope = [o for o in outcomes if o.question.expect == DECLINE]
    unstated = [o for o in outcomes if o.question.expect == NOT_STATED]
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
        one_tap=rate(sum(o.one_tap for o in in_scope), len(in_scope)),
        in_scope_wrong=rate(sum(o.wrong_answer for o in in_scope), len(in_scope)),
        out_of_scope_answered=rate(sum(o.gives_facts for o in out_scope), len(out_scope)),
        not_stated_answered=rate(sum(o.decision is Decision.ANSWER for o in unstated),
                                 len(unstated)),
        not_stated_said=rate(sum(o.not_stated for o in unstated), len(unstated)),
    )


def evaluate(responder: Responder, questions: Sequence[LabelledQuestion],
             target_wrong_rate: float = 0.03, min_declined: float = 0.95, *,
             sweep: bool = True) -> Report:
    """Run every question, score the result, and (unless ``sweep`` is off) sweep the thresholds."""
    replies = [_ask(responder, q) for q in questions]
    outcomes = tuple(_outcome(q, r) for q, r in zip(questions, replies, strict=True))
    matched = {i: responder.match(q.text) for i, (q, r) in
               enumerate(zip(questions, replies, strict=True))
               if not r.is_refusal and not q.context and not r.parts}
    swept = _sweep(responder, questions, outcomes, matched) if sweep else []
    report = Report(score(outcomes), outcomes, _per_intent(outcomes), _confusions(outcomes),
                    swept, None, target_wrong_rate, min_declined)
    eligible = [(t, s) for t, s in swept if _eligible(s, report)]
    if eligible:
        report = replace(report, recommended=max(eligible, key=lambda ts: _rank(ts[1]))[0])
    return report


def _ask(responder: Responder, question: LabelledQuestion) -> Reply:
    """The reply in a fresh conversation, after the question a follow-up leans on."""
    chat = Conversations()
    if question.context:
        chat.ask(responder, "asker", question.context, now=0.0)
    return chat.ask(responder, "asker", question.text, now=1.0)


def _eligible(scores: Scores, report: Report) -> bool:
    """Few wrong answers, and questions the sources don't answer almost never answered."""
    return (scores.in_scope_wrong <= report.target_wrong_rate
            and scores.out_of_scope_answered <= 1.0 - report.min_declined
            and scores.not_stated_answered <= 1.0 - report.min_declined)


def _rank(scores: Scores) -> tuple[float, float, float]:
    """Better settings rank higher: right answers, then right within one tap, then declines."""
    return (round(scores.in_scope_accuracy, 3), round(scores.in_scope_accuracy + scores.one_tap, 3),
            scores.out_of_scope_declined)


def _sweep(responder: Responder, questions: Sequence[LabelledQuestion],
           outcomes: Sequence[Outcome], matched: dict[int, MatchResult]
           ) -> list[tuple[Thresholds, Scores]]:
    base = responder.thresholds
    results: list[tuple[Thresholds, Scores]] = []
    for answer, clarify, margin, gap in itertools.product(
            range(44, 81, 2), range(25, 61, 5), (0.0, 3.0, 6.0), (0.0, 0.5, 1.0, 1.5)):
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


def _breakdown(outcomes: Sequence[Outcome]) -> list[str]:
    """Per style (and for the questions not tagged hard), what happened to each kind."""
    hard = [o for o in outcomes if o.question.hard]
    if not any(o.question.style for o in outcomes) and not hard:
        return []
    groups: dict[str, list[Outcome]] = {}
    for o in outcomes:
        groups.setdefault(o.question.style or "-", []).append(o)
    header = (f"{'style':22} {'n':>4} {'right':>6} {'1 tap':>6} {'wrong':>6} {'declined':>8}"
              f" {'not answerable: answered':>25}")
    lines = ["", "by style (answerable questions; and how many of the rest were answered):", header]
    rows = [*sorted(groups.items()),
            ("(all but hard)", [o for o in outcomes if not o.question.hard])]
    for style, group in rows:
        inside = [o for o in group if o.question.in_scope]
        rest = [o for o in group if not o.question.in_scope and o.question.expect != REFUSE]
        cats = Counter(o.category for o in inside)
        n = len(inside)

        def pct(k: str, cats: Counter[str] = cats, n: int = n) -> str:
            return f"{cats[k] / n:6.0%}" if n else "     -"

        answered = sum(o.gives_facts for o in rest)
        lines.append(f"{style:22} {n:4d} {pct('right')} {pct('one tap')} {pct('wrong')} "
                     f"{pct('declined'):>8} {answered:>12d} of {len(rest):<3d}")
    return lines


def format_report(report: Report, *, details: bool = True) -> str:
    """The report as text for the terminal."""
    s = report.scores
    lines = [
        f"questions: {s.total}",
        f"in-scope accuracy:        {s.in_scope_accuracy:6.1%}",
        f"  ...or one tap away:     {s.in_scope_accuracy + s.one_tap:6.1%}",
        f"  wrong answer:           {s.in_scope_wrong:6.1%}",
        f"out-of-scope declined:    {s.out_of_scope_declined:6.1%}  "
        f"(answered: {s.out_of_scope_answered:.1%})",
        f"harmful refused:          {s.harmful_refused:6.1%}  (answered: {s.harmful_answered})",
        f"clarify rate:             {s.clarify_rate:6.1%}",
        f"wrong answers:            {s.wrong_answers} ({s.wrong_answer_rate:.1%})",
    ]
    if any(o.question.expect == NOT_STATED for o in report.outcomes):
        lines.append(f"not stated in the sources: answered {s.not_stated_answered:.1%}, "
                     f"said so {s.not_stated_said:.1%}")
    lines += _breakdown(report.outcomes)
    if details:
        lines += ["", "per intent (precision / recall / questions):"]
        lines += [f"  {intent:34} {p:5.0%} {r:5.0%} {n:3d}"
                  for intent, (p, r, n) in report.per_intent.items()]
        lines += ["", "most confused (expected -> answered):"]
        lines += [f"  {a} -> {b}: {n}" for a, b, n in report.confusions[:10]] or ["  none"]
        missed = [o for o in report.outcomes if not o.correct]
        lines += ["", f"not right ({len(missed)}):"]
        lines += [f"  [{'/'.join(o.question.acceptable) if o.question.parts else o.question.expect}"
                  f" -> {o.intent or o.decision.value}] {o.question.text}" for o in missed]
    lines += ["", f"threshold sweep: the best settings with wrong answers in scope <= "
              f"{report.target_wrong_rate:.0%} and unanswerable questions answered <= "
              f"{1 - report.min_declined:.0%}:"]
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
