"""The Chat view (the conversation as Telegram shows it) and the Why view (why a reply was what
it was, with its quotes in their paragraphs)."""

from __future__ import annotations

from bot import texts
from bot.core.reply import Reply
from bot.knowledge.corpus import Corpus
from bot.render import why_title
from bot.tools.playground.context import in_context
from bot.tools.playground.entities import message_html
from bot.tools.playground.layout import h, page, url
from bot.tools.playground.session import GROUP, PRIVATE, Line
from bot.tools.telegram_harness import BOT_USERNAME

_KIND_NAMES = {PRIVATE: "Private chat", GROUP: "Group chat"}
_HINTS = {
    PRIVATE: "A private chat with the bot: ask anything, try /start, /topics, /brief, /help.",
    GROUP: (f"A group with the bot in it, as in Telegram with privacy mode on: it hears only "
            f"/ask &lt;question&gt;, commands, @{BOT_USERNAME} &lt;question&gt; and replies to it."),
}


def _switch(kind: str, path: str = "/") -> str:
    links = "".join(
        f'<a href="{h(url(path, chat=k))}"{" aria-current=page" if k == kind else ""}>{h(name)}</a>'
        for k, name in _KIND_NAMES.items())
    return f'<div class="switch" role="group" aria-label="Chat kind">{links}</div>'


def _bot_line(kind: str, line: Line) -> str:
    buttons = ""
    if line.keyboard:
        rows = "".join(
            '<div class="row">' + "".join(
                f'<button name="data" value="{h(data)}">{h(label)}</button>' if data is not None
                else f'<button type="button" disabled>{h(label)}</button>' for label, data in row)
            + "</div>" for row in line.keyboard)
        buttons = (f'<form method="post" action="/press" class="buttons">'
                   f'<input type="hidden" name="chat" value="{h(kind)}">'
                   f'<input type="hidden" name="message" value="{line.message_id}">{rows}</form>')
    why = (f'<a class="whylink" href="{h(url("/why", chat=kind, message=line.message_id))}">'
           "Why this reply</a>" if line.reply is not None else "")
    return (f'<article class="bot" id="m{line.message_id}" aria-label="briefbot">'
            f'<div class="text">{message_html(line.text, line.entities)}</div>{buttons}{why}</article>')


def _user_line(line: Line) -> str:
    return f'<div class="you" id="m{line.message_id}"><span class="sr">You: </span>{h(line.text)}</div>'


def chat_page(kind: str, lines: list[Line], latest: tuple[int, Reply] | None, corpus: Corpus, *,
              prefill: str = "", note: str = "") -> str:
    """The conversation, the box to type in, and beside it why the latest reply was what it was."""
    shown = "".join(_bot_line(kind, line) if line.from_bot else _user_line(line) for line in lines)
    if not lines:
        shown = f'<p class="empty">{_HINTS[kind]}</p>'
    aside = (why_html(latest[1], corpus, compact=True) if latest is not None
             else '<p class="empty">Why the bot replied as it did shows here after a reply.</p>')
    noted = f'<p class="note">{h(note)}</p>' if note else ""
    body = (
        '<div class="chat-view"><section class="chat" aria-label="Chat with briefbot">'
        f'{_switch(kind)}<p class="hint">{_HINTS[kind]}</p>'
        f'<div id="log" class="log" role="log" aria-label="Conversation">{shown}</div>{noted}'
        '<form method="post" action="/send" class="composer">'
        f'<input type="hidden" name="chat" value="{h(kind)}">'
        '<label for="message">Message</label>'
        f'<input id="message" name="text" type="text" autocomplete="off" autofocus required '
        f'value="{h(prefill)}"><button type="submit">Send</button></form></section>'
        f'<aside class="why-panel" aria-label="Why the latest reply">{aside}</aside></div>')
    return page(_KIND_NAMES[kind], "Chat", body)


def _facts(reply: Reply) -> str:
    rows = [("Question", reply.question),
            ("Decision", f"{reply.decision.value} ({reply.reason.value})")]
    if reply.intent:
        rows.append(("Intent", f"{reply.intent}" + (f" — {reply.title}" if reply.title else "")))
    e = reply.explanation
    if e is not None and e.matched_example is not None:
        rows += [("Matched example", f"“{e.matched_example}”"), ("Score", f"{e.score:.1f}")]
        rows.append(("Runner-up", f"{e.runner_up}, score {e.runner_up_score or 0:.1f}"
                     if e.runner_up else "none"))
        if e.corrections:
            rows.append(("Spelling", ", ".join(f"{a} → {b}" for a, b in e.corrections)))
    elif reply.score:
        rows.append(("Score", f"{reply.score:.1f}"))
    if reply.offers_closest and reply.suggestions:
        rows.append(("Offered", ", ".join(s.intent for s in reply.suggestions)))
    return "<dl>" + "".join(f"<dt>{h(k)}</dt><dd>{h(v)}</dd>" for k, v in rows) + "</dl>"


def why_html(reply: Reply, corpus: Corpus, *, compact: bool = False) -> str:
    """Why ``reply``: its heading and reason as /why gives them, the figures behind the decision,
    the nearest candidates, and each quote highlighted in its paragraph."""
    level = "h2" if compact else "h1"
    parts = [f'<section class="why"><{level}>{h(why_title(reply))}</{level}>',
             f'<p>{h(texts.WHY_REASONS.get(reply.reason.value, ""))}</p>']
    for part in reply.parts or (reply,):
        if reply.parts:
            parts.append(f'<h3>Part: “{h(part.question)}”</h3>')
        parts.append(_facts(part))
        if part.candidates and not compact:
            rows = "".join(f"<tr><td>{h(i)}</td><td>{s:.1f}</td></tr>" for i, s in part.candidates[:5])
            parts.append('<table class="candidates"><caption>Nearest intents</caption>'
                         f'<tr><th scope="col">intent</th><th scope="col">score</th></tr>{rows}</table>')
        for source in part.sources:
            parts.append(in_context(corpus, source.document, source.paragraph, source.quote))
    parts.append("</section>")
    return "".join(parts)


def why_page(kind: str, chosen: tuple[int, Reply] | None, choices: list[tuple[int, Reply]],
             corpus: Corpus) -> str:
    """The Why view: one reply explained, and the other replies of the chat to pick from."""
    if chosen is None:
        body = (f'<h1>Why</h1>{_switch(kind, "/why")}<p class="empty">No reply yet in this chat: '
                'ask something in '
                f'<a href="{h(url("/", chat=kind))}">the chat</a> first.</p>')
        return page("Why", "Why", body)
    others = "".join(
        f'<li><a href="{h(url("/why", chat=kind, message=mid))}"'
        f'{" aria-current=true" if mid == chosen[0] else ""}>{h(reply.question or "(no text)")}</a></li>'
        for mid, reply in reversed(choices))
    body = (f'<div class="why-view">{why_html(chosen[1], corpus)}'
            f'<nav class="replies" aria-label="Replies in this chat">{_switch(kind, "/why")}'
            f'<h2>Replies</h2><ol>{others}</ol>'
            f'<p><a href="{h(url("/", chat=kind))}#m{chosen[0]}">Back to the chat</a></p></nav></div>')
    return page("Why", "Why", body)
