"""The Evaluation view: ``briefbot eval`` on a question set, drawn: per-intent accuracy as bars,
the confusion pairs, the threshold sweep as a curve with the settings serving now and the
recommended ones, and every question the bot got wrong, each a link that opens it in the chat."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.core.responder import Responder
from bot.core.thresholds import Thresholds
from bot.tools.evaluate import Outcome, Report, Scores, evaluate, load_questions
from bot.tools.playground.charts import Bar, Mark, bar_chart, curve_chart
from bot.tools.playground.layout import h, page, url

#: Below this many intents every one gets a bar; above it, those not always right.
ALL_BARS = 40
SHOWN_CONFUSIONS = 25


@dataclass(frozen=True)
class QuestionSet:
    """A question file offered in the view: what to call it and where it is."""

    name: str
    path: Path


def question_sets(folder: Path) -> list[QuestionSet]:
    """The labelled sets in ``folder`` (``tests/eval``), the tuning set first."""
    paths = sorted(folder.glob("*.yaml"), key=lambda p: (p.name != "questions.yaml", p.name))
    return [QuestionSet(p.name, p) for p in paths]


class Evaluations:
    """Reports already worked out, by file, its modification time and the responder (an
    evaluation of the shipped tuning set takes many seconds)."""

    def __init__(self) -> None:
        self._reports: dict[tuple[str, int, int], Report] = {}

    def report(self, path: Path, responder: Responder) -> Report:
        """The report for ``path`` (KnowledgeError for a file that is not a question set)."""
        key = (str(path.resolve()), path.stat().st_mtime_ns, id(responder))
        if key not in self._reports:
            self._reports[key] = evaluate(responder, load_questions(path, responder.kb))
        return self._reports[key]


def _scores_table(scores: Scores) -> str:
    rows = [("questions", f"{scores.total}"),
            ("right answer (in scope)", f"{scores.in_scope_accuracy:.1%}"),
            ("…or one tap away", f"{scores.in_scope_accuracy + scores.one_tap:.1%}"),
            ("wrong answer (in scope)", f"{scores.in_scope_wrong:.1%}"),
            ("out of scope declined", f"{scores.out_of_scope_declined:.1%}"),
            ("harmful refused", f"{scores.harmful_refused:.1%} ({scores.harmful_answered} answered)"),
            ("clarify rate", f"{scores.clarify_rate:.1%}")]
    body = "".join(f'<tr><th scope="row">{h(k)}</th><td>{h(v)}</td></tr>' for k, v in rows)
    return f'<table class="scores"><caption>Headline figures</caption>{body}</table>'


def per_intent_chart(report: Report) -> str:
    """Each intent's share of its questions answered right, the weakest first."""
    rows = sorted(report.per_intent.items(), key=lambda item: (item[1][1], item[0]))
    if len(rows) > ALL_BARS:
        rows = [row for row in rows if row[1][1] < 1.0]
    bars = [Bar(intent, recall, f"{recall:.0%} of {support}", "bar" if recall >= 0.8 else "bad")
            for intent, (_precision, recall, support) in rows]
    perfect = len(report.per_intent) - len(rows)
    note = f'<p class="note">{perfect} more intents answered right every time.</p>' if perfect else ""
    return bar_chart("Per-intent accuracy: questions answered right, weakest first", bars) + note


def confusion_chart(report: Report) -> str:
    """The wrong answers as pairs: what was expected, what was answered, how often."""
    pairs = report.confusions[:SHOWN_CONFUSIONS]
    most = max((n for _a, _b, n in pairs), default=1)
    bars = [Bar(f"{expected} → {got}", n / most, f"{n}", "bad") for expected, got, n in pairs]
    return bar_chart("Confusion pairs: expected intent → intent answered instead", bars)


def _frontier(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The best accuracy reachable at each wrong-answer rate (the sweep's upper edge)."""
    highest: dict[float, float] = {}
    for x, y in points:
        highest[x] = max(y, highest.get(x, 0.0))
    best: list[tuple[float, float]] = []
    for x, y in sorted(highest.items()):
        if not best or y > best[-1][1]:
            best.append((x, y))
    return best


def sweep_chart(report: Report, serving: Thresholds) -> str:
    """Right answers against wrong ones for every setting tried, the serving and recommended
    settings marked."""
    points = [(s.in_scope_wrong, s.in_scope_accuracy) for _t, s in report.sweep]
    marks = [Mark(report.scores.in_scope_wrong, report.scores.in_scope_accuracy,
                  "serving now", "now")]
    chosen = next((s for t, s in report.sweep if t == report.recommended), None)
    if chosen is not None:
        marks.append(Mark(chosen.in_scope_wrong, chosen.in_scope_accuracy, "recommended", "chosen"))
    chart = curve_chart("Threshold sweep: right answers against wrong answers, in scope",
                        points, _frontier(points), marks, x_label="wrong answers (in scope)",
                        y_label="right answers (in scope)")
    settings = _describe(serving, "Serving now")
    if report.recommended is not None:
        settings += _describe(report.recommended, "Recommended")
    else:
        settings += '<p class="note">No setting tried meets the targets.</p>'
    return chart + settings


def _describe(t: Thresholds, name: str) -> str:
    return (f'<p class="settings"><b>{h(name)}:</b> answer {t.answer_threshold:g}, clarify '
            f'{t.clarify_threshold:g}, margin {t.ambiguity_margin:g}, gap {t.gap_weight:g}</p>')


def _did(outcome: Outcome) -> str:
    if outcome.answered:
        return f"{outcome.category}: answered {', '.join(outcome.answered)}"
    if outcome.suggested:
        return f"{outcome.category}: offered {', '.join(outcome.suggested)}"
    return f"{outcome.category} ({outcome.decision.value})"


def failures_table(report: Report) -> str:
    """Every question not handled right, each with a link that opens it in the chat."""
    failed = [o for o in report.outcomes if not o.correct]
    if not failed:
        return '<p class="empty">Every question was handled right.</p>'
    rows = []
    for o in failed:
        q = o.question
        note = f"asked after “{q.context}”" if q.context else ""
        link = url("/", chat="private", ask=q.text, after=q.context)
        rows.append(f'<tr><td>{h(q.text)}<div class="note">{h(note)}</div></td>'
                    f'<td>{h(", ".join(q.acceptable) or q.expect)}</td><td>{h(_did(o))}</td>'
                    f'<td class="open"><a href="{h(link)}">Open in chat</a></td></tr>')
    return ('<table class="failures"><caption>Questions the bot got wrong '
            f'({len(failed)})</caption><tr><th scope="col">question</th><th scope="col">expected'
            '</th><th scope="col">the bot</th><th scope="col"></th></tr>' + "".join(rows) + "</table>")


def evaluation_page(sets: list[QuestionSet], chosen: str, other: str, report: Report | None, *,
                    serving: Thresholds, problem: str = "") -> str:
    """The form to pick a set, and the report drawn when one was run."""
    options = "".join(f'<option value="{h(s.name)}"{" selected" if s.name == chosen else ""}>'
                      f'{h(s.name)}</option>' for s in sets)
    form = ('<form method="get" action="/evaluation" class="pick">'
            f'<label for="set">Question set</label><select id="set" name="set">{options}</select>'
            '<label for="file">or another file</label>'
            f'<input id="file" name="file" type="text" value="{h(other)}" '
            'placeholder="path/to/questions.yaml">'
            '<button type="submit">Run evaluation</button></form>')
    body = ['<h1>Evaluation</h1>', form]
    if problem:
        body.append(f'<p class="problem" role="alert">{h(problem)}</p>')
    if report is not None:
        body += [f'<p class="note">{h(other or chosen)}</p>', _scores_table(report.scores),
                 '<h2>Per-intent accuracy</h2>', per_intent_chart(report),
                 '<h2>Confusion pairs</h2>', confusion_chart(report),
                 '<h2>Threshold sweep</h2>', sweep_chart(report, serving),
                 '<h2>Failing questions</h2>', failures_table(report)]
    elif not problem:
        body.append('<p class="empty">Pick a set and run it (the shipped tuning set takes a few '
                    'seconds; the result is kept until the file changes).</p>')
    return page("Evaluation", "Evaluation", "".join(body))
