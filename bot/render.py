"""The one place that formats Replies: Telegram HTML, terminal text and JSON.

Every piece of document or user text is escaped here; no Telegram message exceeds
``MAX_MESSAGE`` characters (long output is split between blocks, each part valid HTML on its own),
and no button's callback data exceeds ``MAX_CALLBACK_BYTES``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from html import escape
from typing import Any

from bot import texts
from bot.core.briefing import Briefing, Point, Section, cited
from bot.core.reply import Decision, Reason, Reply
from bot.core.schedule import Schedule
from bot.core.timezones import valid_timezone
from bot.knowledge.corpus import Document
from bot.knowledge.intents import Intent, KnowledgeBase, Line, SourceRef, Topic
from bot.knowledge.quotes import spans
from bot.knowledge.reload import ReloadResult

MAX_MESSAGE = 4096
MAX_CALLBACK_BYTES = 64
MAX_BUTTON_TEXT = 60
#: A block's visible text is cut to this length so any block fits a message with room to spare.
MAX_BLOCK = 3500
BULLET = "\u2022 "
CALLBACK_INTENT = "i:"
CALLBACK_NONE = "none"


@dataclass(frozen=True)
class Button:
    """An inline button: its label and callback data."""

    text: str
    data: str


def _h(text: str) -> str:
    return escape(text, quote=False)


def plain(text: str) -> str:
    """Plain text made safe to send as Telegram HTML."""
    return _h(text)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def source_labels(sources: Sequence[SourceRef]) -> list[str]:
    """One label per cited document, its paragraphs together (in the order first cited)."""
    by_document: dict[str, list[SourceRef]] = {}
    for source in sources:
        cited = by_document.setdefault(source.document, [])
        if all(c.paragraph != source.paragraph for c in cited):
            cited.append(source)
    labels = []
    for document, cited in by_document.items():
        if len(cited) == 1:
            labels.append(source_label(cited[0]))
            continue
        paragraphs = ", ".join(c.paragraph for c in cited)
        references = document + ", ".join(f"#{c.paragraph}" for c in cited)
        labels.append(texts.sources_label(cited[0].title or document, paragraphs, references))
    return labels


def source_label(source: SourceRef) -> str:
    """How a source is named to users: its document title and paragraph reference."""
    reference = f"{source.document}#{source.paragraph}"
    return texts.source_label(source.title or source.document, source.paragraph, reference)


def body_text(reply: Reply) -> str:
    """The reply's words as plain text: what a user reads, without sources or buttons."""
    if reply.parts:
        return "\n\n".join(body_text(part) for part in reply.parts)
    lines = [BULLET + line.text if line.is_list_item else line.text for line in reply.lines]
    if reply.decision is Decision.CLARIFY:
        lines += [f"{n}. {s.title}" for n, s in enumerate(reply.suggestions, 1)]
    elif reply.decision is Decision.DECLINE and reply.topics:
        lines += [BULLET + t for t in reply.topics]
    return "\n".join(lines)


# --- terminal ----------------------------------------------------------------------------------

def render_text(reply: Reply, *, explain: bool = False) -> str:
    """The reply as a terminal shows it: body, sources, follow-ups, and optionally why."""
    if reply.parts:
        return "\n\n".join(render_text(part, explain=explain) for part in reply.parts)
    parts = [body_text(reply)]
    if reply.sources:
        lines = [texts.source(label) for label in source_labels(reply.sources)]
        if reply.as_of:
            lines.append(texts.as_of(reply.as_of))
        parts.append("\n".join(lines))
    if reply.decision is Decision.ANSWER and reply.suggestions:
        parts.append(texts.related([s.title for s in reply.suggestions]))
    if reply.decision is Decision.DECLINE and reply.reason is Reason.OUT_OF_SCOPE:
        parts.append(texts.TOPICS_HINT_TERMINAL)
    if explain:
        parts.append(explain_text(reply))
    return "\n\n".join(p for p in parts if p)


def explain_text(reply: Reply) -> str:
    """Why the bot replied as it did: matched example, score, runner-up, source quote."""
    e = reply.explanation
    lines = [f"[decision: {reply.decision.value} ({reply.reason.value}), intent: {reply.intent or '-'}]"]
    if e is not None and e.matched_example is not None:
        lines.append(f"[matched example: {e.matched_example!r}, score {e.score:.1f}]")
        if e.runner_up:
            lines.append(f"[runner-up: {e.runner_up}, score {e.runner_up_score:.1f}]")
        if e.corrections:
            fixed = ", ".join(f"{a}->{b}" for a, b in e.corrections)
            lines.append(f"[spelling: {fixed}]")
    for source in reply.sources:
        lines.append(f"[quote {source.document}#{source.paragraph}: \"{source.quote}\"]")
    return "\n".join(lines)


# --- JSON ----------------------------------------------------------------------------------------

def to_json(reply: Reply) -> dict[str, Any]:
    """The reply as the harness's JSON object."""
    return {
        "question": reply.question,
        "decision": reply.decision.value,
        "reason": reply.reason.value,
        "intent": reply.intent if reply.decision is Decision.ANSWER else None,
        "intents": list(reply.answered_intents) if reply.decision is Decision.ANSWER else [],
        "score": round(reply.score, 1),
        "answer": body_text(reply),
        "sources": [
            {"document": s.document, "paragraph": s.paragraph, "title": s.title, "quote": s.quote}
            for s in (reply.sources if not reply.parts
                      else tuple(s for part in reply.parts for s in part.sources))
        ],
        "suggestions": [{"intent": s.intent, "title": s.title} for s in reply.suggestions],
        "as_of": reply.as_of,
    }


# --- Telegram HTML -------------------------------------------------------------------------------

def html_block(lines: Iterable[Line]) -> str:
    """Escape lines into one HTML block (list items get bullets, editor's notes italics)."""
    return "\n".join((BULLET if line.is_list_item else "") + quote_html(_cut(line.text, MAX_BLOCK))
                     for line in lines)


def quote_html(text: str) -> str:
    """A quote as HTML: the source's words escaped, editor's notes [in brackets] in italics."""
    return "".join(f"<i>{_h(span.text)}</i>" if span.is_note else _h(span.text)
                   for span in spans(text))


def sources_block(sources: Sequence[SourceRef], as_of: str | None = None) -> str:
    """The "Source:" lines of an answer, and "As of" when the intent gives a date."""
    lines = [f"<i>{_h(texts.source(label))}</i>" for label in source_labels(sources)]
    if as_of:
        lines.append(f"<i>{_h(texts.as_of(as_of))}</i>")
    return "\n".join(lines)


def render_html(reply: Reply, *, compact: bool = False, hint: str = "/topics") -> list[str]:
    """The reply as Telegram HTML messages (usually one). ``compact`` is for group chats."""
    if reply.parts:
        return split_blocks([block for part in reply.parts for block in _answer_blocks(part)])
    if reply.decision is Decision.ANSWER or reply.reason is Reason.NOT_STATED:
        return split_blocks(_answer_blocks(reply))
    if reply.decision is Decision.CLARIFY:
        return [_h(reply.lines[0].text if reply.lines else texts.CLARIFY_MESSAGE)]
    if reply.reason is Reason.HARMFUL:
        return [_h(" ".join(line.text for line in reply.lines))]
    if compact:
        return [_h(texts.short_decline(hint))]
    blocks = [html_block(reply.lines)]
    if reply.topics:
        blocks.append("\n".join(BULLET + _h(t) for t in reply.topics))
    if reply.reason is Reason.OUT_OF_SCOPE:
        blocks.append(_h(texts.browse_hint(hint)))
    return split_blocks(blocks)


def _answer_blocks(reply: Reply) -> list[str]:
    """An answer's (or a not-stated reply's) title, snippet and sources, as HTML blocks; for
    the part of a question it was unsure of, the line its buttons follow."""
    if reply.decision is Decision.CLARIFY:
        return [html_block(reply.lines)]
    if reply.decision is Decision.ANSWER:
        blocks = []
        if reply.title and reply.reason is Reason.MATCHED:
            blocks.append(f"<b>{_h(reply.title)}</b>")
        blocks.append(html_block(reply.lines))
    else:
        blocks = [html_block(reply.lines[:1]), html_block(reply.lines[1:])]
    if reply.sources:
        blocks.append(sources_block(reply.sources, reply.as_of))
    return blocks


def split_blocks(blocks: Sequence[str], limit: int = MAX_MESSAGE) -> list[str]:
    """Join HTML blocks with blank lines into as few messages as fit within ``limit``.

    Blocks are never cut, so each message is valid HTML when each block is; a block longer than
    the limit (not produced by this module) is hard-wrapped at a line boundary.
    """
    messages: list[str] = []
    current = ""
    for block in blocks:
        for piece in _fit(block, limit):
            candidate = f"{current}\n\n{piece}" if current else piece
            if len(candidate) <= limit:
                current = candidate
            else:
                messages.append(current)
                current = piece
    if current:
        messages.append(current)
    return messages


def _fit(block: str, limit: int) -> list[str]:
    if len(block) <= limit:
        return [block]
    pieces: list[str] = []
    current = ""
    for line in block.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
        else:
            if current:
                pieces.append(current)
            current = line[:limit]
    if current:
        pieces.append(current)
    return pieces


# --- buttons -------------------------------------------------------------------------------------

def intent_callback(intent_id: str) -> str:
    """Callback data for a button that answers ``intent_id`` (cut to 64 bytes, never more)."""
    return (CALLBACK_INTENT + intent_id).encode("utf-8")[:MAX_CALLBACK_BYTES].decode("utf-8", "ignore")


def buttons(reply: Reply) -> list[list[Button]]:
    """Inline keyboard rows: candidates and "None of these" for clarify, follow-ups for answers."""
    rows = [[Button(_cut(s.title, MAX_BUTTON_TEXT), intent_callback(s.intent))]
            for s in reply.suggestions]
    if reply.offers_closest:
        rows.append([Button(texts.NONE_OF_THESE_BUTTON, CALLBACK_NONE)])
    return rows


# --- briefings, topics, sources, welcome ---------------------------------------------------------

CALLBACK_TOPIC = "t:"


#: The most characters of text a briefing may show (the user's reading, not the HTML).
MAX_BRIEFING_TEXT = 2500
SUB_BULLET = "   \u25e6 "
CALLBACK_BRIEF = "b:"

#: A run of text and how it is set: None (plain), "b" (bold) or "i" (italics).
_Run = tuple[str, str | None]


@dataclass(frozen=True)
class RenderedBriefing:
    """A briefing as Telegram HTML messages and as the same text a user reads."""

    briefing: Briefing
    html: list[str]
    text: str


def render_briefing(briefing: Briefing, limit: int = MAX_BRIEFING_TEXT) -> RenderedBriefing:
    """A briefing as Telegram HTML and as plain text (the same words): per document, each point
    cited by a short label, full titles once at the foot; points are left out from the end (and
    said to be) until the text fits ``limit``."""
    total = sum(len(s.points) for s in briefing.sections)
    for dropped in range(total + 1):
        shown = _without_last(briefing, dropped)
        blocks = _briefing_blocks(shown, dropped)
        text = "\n\n".join(_text(block) for block in blocks)
        if len(text) <= limit or dropped == total:
            break
    return RenderedBriefing(shown, split_blocks([_html(block) for block in blocks]), text)


def render_briefing_html(briefing: Briefing) -> list[str]:
    """A briefing as Telegram HTML messages (see ``render_briefing``)."""
    return render_briefing(briefing).html


def briefing_json(rendered: RenderedBriefing) -> dict[str, Any]:
    """A rendered briefing as the harness's JSON object."""
    briefing = rendered.briefing
    return {"topic": briefing.topic, "title": briefing.title, "text": rendered.text,
            "sources": [{"document": s.document, "paragraph": s.paragraph}
                        for s in cited(briefing)]}


def _without_last(briefing: Briefing, count: int) -> Briefing:
    """``briefing`` less its last ``count`` points (sections left empty go too)."""
    sections = list(briefing.sections)
    for _ in range(count):
        last = sections[-1]
        sections[-1] = Section(last.document, last.points[:-1])
        if not sections[-1].points:
            sections.pop()
    return replace(briefing, sections=tuple(sections))


def _briefing_blocks(briefing: Briefing, dropped: int) -> list[list[list[_Run]]]:
    blocks: list[list[list[_Run]]] = [[[(briefing.headline, "b")]]]
    for section in briefing.sections:
        document = section.document
        lines: list[list[_Run]] = [[(document.event, "b"), (" \u2014 ", None), (
            texts.briefing_dated(document.when, document.as_of), "i")]]
        for point in section.points:
            lines.append([(BULLET, None), *_quote_runs(briefing, point)])
            lines += [[(SUB_BULLET, None), *_quote_runs(briefing, item)] for item in point.items]
        blocks.append(lines)
    if dropped:
        blocks.append([[(texts.briefing_cut(dropped), "i")]])
    if briefing.bottom_line is not None:
        bottom = briefing.bottom_line
        blocks.append([[(texts.BOTTOM_LINE, "b"), ("\u201c", None),
                        *_quote_runs(briefing, bottom, "\u201d")]])
    titles = [texts.full_title(_label(briefing, d), briefing.documents[d].title if d in
                               briefing.documents else d)
              for d in dict.fromkeys(s.document for s in cited(briefing))]
    blocks.append([[(texts.BRIEFING_SOURCES, "b"), ("; ".join(titles) + ".", None)]])
    return blocks


def _label(briefing: Briefing, document_id: str) -> str:
    document = briefing.documents.get(document_id)
    return document.label if document else document_id.upper()


def _quote_runs(briefing: Briefing, point: Point, closing: str = "") -> list[_Run]:
    """A point's quote (notes in italics), then its short citation in parentheses."""
    runs: list[_Run] = [(span.text, "i" if span.is_note else None) for span in spans(point.text)]
    where = texts.citation(_label(briefing, point.source.document), point.source.paragraph)
    return [*runs, (closing, None), (f" ({where})", "i")]


def _text(block: list[list[_Run]]) -> str:
    return "\n".join("".join(text for text, _ in line) for line in block)


def _html(block: list[list[_Run]]) -> str:
    return "\n".join("".join(f"<{style}>{_h(text)}</{style}>" if style and text else _h(text)
                             for text, style in line) for line in block)


def brief_callback(topic_id: str) -> str:
    """Callback data for a "which topic?" button (never over 64 bytes)."""
    data = (CALLBACK_BRIEF + topic_id).encode("utf-8")[:MAX_CALLBACK_BYTES]
    return data.decode("utf-8", "ignore")


def brief_choice_buttons(topics: Sequence[Topic]) -> list[list[Button]]:
    """One button per topic a /brief may mean."""
    return [[Button(_cut(t.title, MAX_BUTTON_TEXT), brief_callback(t.id))] for t in topics]


def topic_callback(topic_id: str) -> str:
    """Callback data for a topic button (never over 64 bytes)."""
    data = (CALLBACK_TOPIC + topic_id).encode("utf-8")[:MAX_CALLBACK_BYTES]
    return data.decode("utf-8", "ignore")


def topic_buttons(topics: Sequence[Topic]) -> list[list[Button]]:
    """One button per topic."""
    return [[Button(_cut(t.title, MAX_BUTTON_TEXT), topic_callback(t.id))] for t in topics]


def render_topic_html(topic: Topic, intents: Sequence[Intent]) -> tuple[str, list[list[Button]]]:
    """A topic's questions: the message and a button per question."""
    text = f"<b>{_h(topic.title)}</b>\n{_h(texts.TOPIC_QUESTIONS)}"
    rows = [[Button(_cut(i.title, MAX_BUTTON_TEXT), intent_callback(i.id))] for i in intents]
    return text, rows


def render_sources_html(documents: Sequence[Document]) -> list[str]:
    """The source documents with their titles, dates and what they cover."""
    blocks = [f"<b>{_h(texts.MY_SOURCES)}</b>\n{_h(texts.SOURCES_INTRO)}"]
    for doc in documents:
        dates = texts.dates(", ".join(doc.dates) if doc.dates else texts.NO_DATE)
        blocks.append(f"<b>{_h(doc.title)}</b>\n<i>{_h(dates)}</i>\n{_h(doc.covers)}")
    return split_blocks(blocks)


def render_start_html(reply: Reply) -> list[str]:
    """/start: what the bot is and covers, then how to begin (the questions to tap are the
    reply's buttons)."""
    steps = "\n".join(BULLET + _h(step) for step in texts.START_STEPS)
    return split_blocks([html_block(reply.lines),
                         f"<b>{_h(texts.START_TITLE)}</b>\n{steps}\n{_h(texts.START_MORE)}"])


def render_help_html(commands: Sequence[tuple[str, str]], *, group: bool) -> list[str]:
    """/help: how to ask (in a group: how to address the bot), then every command."""
    how = texts.HELP_GROUP if group else texts.HELP_PRIVATE
    listed = "\n".join(f"/{_h(name)} \u2014 {_h(about)}" for name, about in commands)
    return split_blocks([f"<b>{_h(texts.HELP_TITLE)}</b>\n{_h(how)}",
                         f"<b>{_h(texts.COMMANDS_TITLE)}</b>\n{listed}"])


def why_title(reply: Reply) -> str:
    """What /why is headed with: why it answered, asked which, declined or refused."""
    if reply.decision is Decision.ANSWER:
        return texts.WHY_TITLE
    return texts.WHY_NOT_TITLES.get(reply.reason.value, texts.WHY_TITLE)


def render_why_html(reply: Reply | None) -> str:
    """/why: why the last reply was what it was (answer, question back, decline or refusal),
    then the matched example, score, runner-up and source quote."""
    if reply is None:
        return _h(texts.WHY_NOTHING_YET)
    reason = texts.WHY_REASONS.get(reply.reason.value, "")
    return (f"<b>{_h(why_title(reply))}</b>\n{_h(reason)}\n"
            f"<pre>{_h(explain_text(reply))}</pre>")


#: Most problems listed in one reload message (the rest: run `briefbot check`).
MAX_LISTED_PROBLEMS = 10


def render_reload_html(result: ReloadResult) -> list[str]:
    """The outcome of /reload, for the administrator: what serves now, and what was wrong."""
    if result.ok:
        return [f"<b>{_h(texts.RELOADED)}</b> {_h(result.summary)}."]
    lines = [f"<b>{_h(texts.RELOAD_FAILED)}</b> {_h(result.summary)}."]
    lines += [f"{BULLET}{_h(p.format())}" for p in result.problems[:MAX_LISTED_PROBLEMS]]
    hidden = len(result.problems) - MAX_LISTED_PROBLEMS
    if hidden > 0:
        lines.append(_h(texts.more_problems(hidden)))
    return split_blocks(["\n".join(lines)])


def render_privacy_html(log_chats: bool, retention_days: int) -> str:
    """/privacy: what the bot stores, and for how long."""
    who = texts.PRIVACY_WITH_IDS if log_chats else texts.PRIVACY_WITHOUT_IDS
    stored = (texts.privacy_unanswered(who, retention_days), texts.PRIVACY_COUNTS,
              texts.PRIVACY_SUBSCRIPTIONS)
    return "\n".join([f"<b>{_h(texts.PRIVACY_TITLE)}</b>",
                      *(BULLET + _h(line) for line in stored),
                      _h(texts.PRIVACY_ANSWERED)])


# --- scheduled briefings -------------------------------------------------------------------------

def describe_schedule(schedule: Schedule, topic_title: str | None = None) -> str:
    """A subscription in words, e.g. "weekly on Monday at 08:30 (Asia/Yangon): Drugs"."""
    when = (texts.DAILY if schedule.weekday is None
            else texts.weekly_on(texts.DAY_NAMES[schedule.weekday]))
    about = topic_title or schedule.topic or texts.ALL_TOPICS
    return texts.schedule(when, schedule.at_time, schedule.timezone, about)


CALLBACK_SUBSCRIBE = "s:"
#: How a callback of a "which topic?" button of /subscribe says "daily".
_DAILY = "d"


def subscribe_callback(topic_id: str, schedule: Schedule) -> str | None:
    """Callback data for a button that subscribes to ``topic_id`` on ``schedule``
    ("s:drugs|d|08:30|UTC"); None when it would not fit in 64 bytes."""
    day = _DAILY if schedule.weekday is None else str(schedule.weekday)
    data = f"{CALLBACK_SUBSCRIBE}{topic_id}|{day}|{schedule.at_time}|{schedule.timezone}"
    return data if len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES else None


def read_subscribe_callback(data: str) -> Schedule | None:
    """The schedule (with its topic) a ``subscribe_callback`` stands for; None if it is not one
    (or names a time or time zone that is not valid)."""
    fields = data.removeprefix(CALLBACK_SUBSCRIBE).split("|")
    if not data.startswith(CALLBACK_SUBSCRIBE) or len(fields) != 4:
        return None
    topic, day, at_time, timezone = fields
    if not (day == _DAILY or (day.isdigit() and int(day) < len(texts.DAY_NAMES))):
        return None
    hour, _, minute = at_time.partition(":")
    if not (len(at_time) == 5 and hour.isdigit() and minute.isdigit() and int(hour) < 24
            and int(minute) < 60 and valid_timezone(timezone)):
        return None
    weekly = day != _DAILY
    return Schedule("weekly" if weekly else "daily", int(day) if weekly else None, at_time,
                    timezone, topic)


def subscribe_choice_buttons(topics: Sequence[Topic],
                             schedule: Schedule) -> list[list[Button]] | None:
    """One button per topic a /subscribe may mean, each subscribing on ``schedule``; None when
    a button's data would not fit."""
    rows = []
    for topic in topics:
        data = subscribe_callback(topic.id, schedule)
        if data is None:
            return None
        rows.append([Button(_cut(topic.title, MAX_BUTTON_TEXT), data)])
    return rows


def render_subscriptions_html(descriptions: Sequence[str]) -> list[str]:
    """/subscriptions: a chat's scheduled briefings, one per line (in several messages if long)."""
    return split_blocks(
        ["\n".join([_h(texts.SUBSCRIPTIONS_HERE), *(BULLET + _h(d) for d in descriptions)])])


# --- the terminal's topic list -------------------------------------------------------------------

def topics_text(kb: KnowledgeBase) -> str:
    """What the bot covers: each topic and the questions it answers."""
    lines = []
    for topic in kb.topics:
        lines.append(topic.title)
        lines += [f"  - {i.title}" for i in kb.intents_of_topic(topic.id)]
    return "\n".join(lines)


#: Bidi controls that reorder what a terminal shows (an override can hide or reverse text).
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def terminal_safe(text: str) -> str:
    """User text as a terminal may show it: control characters (escape sequences, bells,
    carriage returns) and bidi overrides written out as ``\\x1b``/``\\u202e`` escapes."""
    if text.isprintable() and not _BIDI.intersection(text):
        return text
    return "".join(
        (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        if (not ch.isprintable() and ch != " ") or ch in _BIDI else ch
        for ch in text)
