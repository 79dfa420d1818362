"""The Review view (unanswered questions grouped as ``briefbot review`` groups them, the daily
rates, each group's YAML to paste) and the Drafts view (``briefbot ingest``'s drafts with their
quotes in context, what they would collide with, and the reviewed flag)."""

from __future__ import annotations

from itertools import count

from bot.core.responder import Responder
from bot.errors import Problem
from bot.knowledge.corpus import Corpus
from bot.knowledge.drafts import DraftFile, whole_corpus
from bot.storage.base import Outcome
from bot.tools.check import DraftReview
from bot.tools.playground.charts import stacked_bars
from bot.tools.playground.context import in_context
from bot.tools.playground.layout import h, page, url
from bot.tools.review import YAML_HEADER, Group, format_yaml

LIVE = "live"
PLAYGROUND = "playground"
_RATES = ((Outcome.ANSWER, "answer"), (Outcome.CLARIFY, "clarify"), (Outcome.DECLINE, "decline"))


def rates_chart(daily: dict[str, dict[Outcome, int]], days: int) -> str:
    """Each day's replies split into answered, asked which and declined."""
    columns = []
    for day, by_decision in sorted(daily.items()):
        total = sum(by_decision.get(o, 0) for o, _name in _RATES)
        if total:
            columns.append((day, [(name, by_decision.get(o, 0) / total) for o, name in _RATES]))
    return stacked_bars(f"Daily answer, clarify and decline rates, last {days} days", columns,
                        [name for _o, name in _RATES])


def _group_html(number: int, group: Group, responder: Responder) -> str:
    near = (f"nearly matched {group.near_intent} ({group.near_score:.0f})" if group.near_intent
            else "matched nothing")
    how = ", ".join(f"{d} {n}" for d, n in group.decisions)
    examples = "".join(f"<li>{h(e)}</li>" for e in group.examples)
    ident = f"yaml-{number}"
    return (f'<section class="group" aria-labelledby="group-{number}">'
            f'<h3 id="group-{number}">Group {number}: ×{group.count}</h3>'
            f'<p class="note">{h(how)}; {h(near)}</p><ul>{examples}</ul>'
            f'<div class="yaml"><pre id="{ident}">{h(format_yaml([group], responder, header=False))}</pre>'
            f'<button type="button" class="copy" data-copy="{ident}">Copy YAML</button></div></section>')


def review_page(source: str, days: int, groups: list[Group] | None, *,
                daily: dict[str, dict[Outcome, int]], responder: Responder, where: str,
                live_exists: bool) -> str:
    """The groups of one source (the live database or this playground's chats) and its rates."""
    sources = [(LIVE, "Live database"), (PLAYGROUND, "This playground's chats")]
    switch = "".join(
        f'<a href="{h(url("/review", source=key, days=days))}"'
        f'{" aria-current=page" if key == source else ""}>{h(name)}</a>' for key, name in sources)
    body = ['<h1>Review</h1>', f'<div class="switch" role="group" aria-label="Questions from">{switch}</div>',
            f'<p class="note">{h(where)} (read only), last {days} days.</p>']
    if groups is None:
        body.append('<p class="empty">There is no database there yet: nothing to review.</p>'
                    if not live_exists else "")
        return page("Review", "Review", "".join(body))
    body += ['<h2>Daily rates</h2>', rates_chart(daily, days)]
    if groups:
        body.append(f'<p class="note">Each group comes with the YAML to paste where it belongs '
                    f'({h(YAML_HEADER.splitlines()[1].removeprefix("# "))})</p>')
    total = sum(g.count for g in groups)
    body.append(f'<h2>Unanswered questions: {total} in {len(groups)} groups</h2>')
    if not groups:
        body.append(f'<p class="empty">No unanswered questions in the last {days} days.</p>')
    numbers = count(1)
    body += [_group_html(next(numbers), group, responder) for group in groups]
    return page("Review", "Review", "".join(body))


def _problems(problems: list[Problem]) -> str:
    if not problems:
        return '<p class="ok">No collisions and no problems.</p>'
    return '<ul class="problems">' + "".join(
        f'<li>{h(p.message)} <span class="fix">Fix: {h(p.fix)}</span></li>' for p in problems) + "</ul>"


def drafts_page(review: DraftReview, responder: Responder, notice: str = "") -> str:
    """Each draft: its answer and quote in context, what ``check`` says of it, and its flag."""
    corpus = whole_corpus(responder.kb)
    body = ['<h1>Drafts</h1>', '<p class="note">Drafts written by <code>briefbot ingest</code> '
            'in drafts/. Marking one reviewed sets its <code>draft:</code> flag in its drafts '
            'file; promotion into intents.yaml is still <code>briefbot ingest --promote ID</code>.</p>']
    if notice:
        body.append(f'<p class="notice" role="status">{h(notice)}</p>')
    if not review.files:
        body.append('<p class="empty">No drafts: run <code>briefbot ingest FILE</code> first.</p>')
    by_intent: dict[str | None, list[Problem]] = {}
    for problem in review.problems:
        by_intent.setdefault(problem.intent, []).append(problem)
    for file in review.files:
        body.append(_file_html(file, review, by_intent, corpus))
    return page("Drafts", "Drafts", "".join(body))


def _file_html(file: DraftFile, review: DraftReview, by_intent: dict[str | None, list[Problem]],
               corpus: Corpus) -> str:
    name = file.path.name
    parts = [f'<section class="draftfile"><h2>{h(name)} <span class="note">document '
             f'{h(file.document)}</span></h2>']
    loose = [p for p in file.problems if p.intent is None]
    if loose:
        parts.append(_problems(loose))
    for draft in file.drafts:
        intent = draft.intent
        status = ("ready to promote" if intent.id in review.ready else
                  "reviewed, but not ready" if draft.reviewed else "not reviewed")
        quotes = "".join(in_context(corpus, s.document, s.paragraph, s.quote) for s in intent.sources)
        examples = "".join(f"<li>{h(e)}</li>" for e in intent.examples)
        flip = "0" if draft.reviewed else "1"
        label = "Mark not reviewed" if draft.reviewed else "Mark reviewed"
        parts.append(
            f'<article class="draft" aria-labelledby="d-{h(intent.id)}">'
            f'<h3 id="d-{h(intent.id)}">{h(intent.title)} <code>{h(intent.id)}</code></h3>'
            f'<p class="status">{h(status)}</p>'
            f'<details><summary>Examples ({len(intent.examples)})</summary><ul>{examples}</ul></details>'
            f'<p class="answer">{h(intent.answer)}</p>{quotes}'
            f'<h4>Collisions and problems</h4>{_problems(by_intent.get(intent.id, []))}'
            '<form method="post" action="/drafts/mark">'
            f'<input type="hidden" name="file" value="{h(name)}">'
            f'<input type="hidden" name="id" value="{h(intent.id)}">'
            f'<input type="hidden" name="reviewed" value="{flip}">'
            f'<button type="submit">{h(label)}</button></form></article>')
    parts.append("</section>")
    return "".join(parts)
