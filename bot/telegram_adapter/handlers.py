"""The Telegram handlers: thin adapters from updates to the core and the renderer.

Every handler reads the current ``Responder`` from ``context.bot_data`` (a ``BotState``, so a
reload can swap it), asks the core, renders with ``bot.render`` and sends. In groups the bot speaks only when
addressed (a command, a reply to one of its messages, or a mention) and keeps declines to one line.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import Awaitable
from datetime import UTC, datetime

from telegram import (
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
    User,
)
from telegram.constants import ChatMemberStatus, ChatType, MessageEntityType, ParseMode
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot import texts
from bot.core.briefing import find_topics, overview_briefing, topic_briefing
from bot.core.reply import Decision, Reply
from bot.render import (
    CALLBACK_BRIEF,
    CALLBACK_INTENT,
    CALLBACK_NONE,
    CALLBACK_SUBSCRIBE,
    CALLBACK_TOPIC,
    Button,
    body_text,
    brief_choice_buttons,
    buttons,
    plain,
    render_briefing_html,
    render_help_html,
    render_html,
    render_reload_html,
    render_sources_html,
    render_start_html,
    render_topic_html,
    render_why_html,
    topic_buttons,
)
from bot.storage.base import Outcome, QuestionRecord
from bot.telegram_adapter import acknowledge, subscriptions
from bot.telegram_adapter.acknowledge import Result
from bot.telegram_adapter.gate import Verdict
from bot.telegram_adapter.state import Context

log = logging.getLogger(__name__)

MAX_INLINE_RESULTS = 5
INLINE_DESCRIPTION = 120


def _markup(rows: list[list[Button]]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.text, callback_data=b.data) for b in row]
                                 for row in rows])


def _is_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


async def _send(message: Message, parts: list[str],
                rows: list[list[Button]] | None = None) -> Message | None:
    """Send rendered parts as replies; buttons go on the last part, which is returned."""
    sent = None
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        sent = await message.reply_text(part, reply_markup=_markup(rows or []) if last else None)
    return sent


def sender_of(update: Update) -> int | None:
    """Whom a limit counts: the chat a message was sent on behalf of (an anonymous group
    administrator, who Telegram says is GroupAnonymousBot in every group, or a channel), or
    else the user."""
    message = update.message
    if message is not None and message.sender_chat is not None:
        return message.sender_chat.id
    user = update.effective_user
    return user.id if user else None


def _record(update: Update, context: Context, reply: Reply, outcome: Outcome, *,
            group: bool, chat_id: int | None, user_id: int | None) -> None:
    """Count the reply; keep the question when the bot could not answer it (for `review`).

    Only memory is touched: the recorder writes to the database in the background, so a
    database that is locked, busy, full or read-only never holds up an answer.
    """
    question = None
    if outcome is not Outcome.ANSWER:
        question = QuestionRecord(datetime.now(UTC), "group" if group else "private",
                                  reply.question, outcome, reply.reason.value,
                                  tuple(reply.candidates), chat_id, user_id)
    context.bot_data.recorder.add(outcome, question, sender_of(update))


def _conversation(chat_id: int, user: User | None, group: bool) -> tuple[int, int | None]:
    """A private chat is one conversation; in a group, each user has their own."""
    return (chat_id, user.id if group and user else None)


async def answer_question(update: Update, message: Message, context: Context, question: str,
                          *, group: bool) -> Reply:
    """Ask the core in this conversation, remember the reply for /why, record it, and send it."""
    state = context.bot_data
    reply = state.conversations.ask(
        state.responder, _conversation(message.chat.id, message.from_user, group),
        question, time.monotonic())
    state.chats.of(message.chat.id).last_reply = reply
    rows = buttons(reply)
    if group and reply.decision is Decision.DECLINE:
        rows = []
    sent = await _send(message, render_html(reply, compact=group), rows)
    if sent is not None and reply.offers_closest:
        state.chats.of(message.chat.id).remember_clarify(sent.message_id, reply, time.monotonic())
    _record(update, context, reply, Outcome(reply.decision.value), group=group,
            chat_id=message.chat.id,
            user_id=message.from_user.id if message.from_user else None)
    return reply


# --- the gate: access and per-user limits, before any other handler ----------------------------

async def on_gate(update: Update, context: Context) -> None:
    """Stop updates from chats and users outside the allow-lists, and users over their limit.

    The gate fails closed: a refusal or notice that cannot be sent is logged, and the update
    stops all the same (python-telegram-bot would otherwise run the normal handlers after it).
    """
    state = context.bot_data
    handled = state.seen_updates.get(update.update_id)
    if handled is not None:
        if handled:
            log.info("update %s arrived again; ignored", update.update_id)
            acknowledge.mark(Result.DROPPED)
        else:
            log.info("update %s arrived again while it is being handled here; Telegram will "
                     "deliver it again", update.update_id)
            acknowledge.mark(Result.BUSY)
        raise ApplicationHandlerStop
    state.seen_updates.put(update.update_id, False)
    handling = acknowledge.current()
    if handling is not None:
        handling.held_here = True
    user = update.effective_user
    chat = update.effective_chat
    user_id = user.id if user else None
    inline = update.inline_query
    addressed = _is_addressed(update, context.bot.id, context.bot.username)
    if not state.policy.permits(chat.id if chat else None, user_id):
        if addressed or inline is not None:
            await _say_at_the_gate(_refuse_once(update, context), update)
        raise ApplicationHandlerStop
    limiter = state.limiter
    sender = sender_of(update)
    if limiter is None or sender is None or not (addressed or inline is not None):
        return
    verdict = limiter.check(sender)
    if verdict is Verdict.ALLOW:
        return
    if inline is not None:  # no results, and none kept by Telegram for later
        await _say_at_the_gate(inline.answer([], cache_time=0, is_personal=True), update)
    elif verdict is Verdict.NOTICE:
        if update.callback_query is not None:
            await _say_at_the_gate(
                update.callback_query.answer(texts.SLOW_DOWN, show_alert=True), update)
        elif update.effective_message is not None:
            await _say_at_the_gate(
                update.effective_message.reply_text(plain(texts.SLOW_DOWN)), update)
    elif update.callback_query is not None:
        await _say_at_the_gate(update.callback_query.answer(), update)
    raise ApplicationHandlerStop


async def _say_at_the_gate(sending: Awaitable[object], update: Update) -> None:
    """Send what the gate says; a failure is logged once and never opens the gate."""
    try:
        await sending
    except Exception as error:  # the update stops whatever happened to the send
        log.warning("update %s: the gate's reply could not be sent (%s); the update is stopped",
                    update.update_id, type(error).__name__)


async def _refuse_once(update: Update, context: Context) -> None:
    """One short refusal per chat; inline queries get no results; nothing else is said."""
    if update.inline_query is not None:
        await update.inline_query.answer([], cache_time=0, is_personal=True)
        return
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer(texts.NOT_ALLOWED)
        return
    chat = update.effective_chat
    message = update.message
    refused = context.bot_data.refused_chats
    if chat is None or message is None or message.text is None or chat.id in refused:
        return
    refused.put(chat.id, True)
    await message.reply_text(plain(texts.NOT_ALLOWED))


async def on_reload(update: Update, context: Context) -> None:
    """/reload (administrators only): re-read the knowledge files; a bad edit keeps the old."""
    message = update.effective_message
    user = update.effective_user
    if message is None:
        return
    if not context.bot_data.policy.is_admin(user.id if user else None):
        await message.reply_text(plain(texts.ADMINS_ONLY))
        return
    result = await asyncio.to_thread(context.bot_data.engine.reload)
    log.info("reload by admin %s: %s", user.id if user else None, result.summary)
    await _send(message, render_reload_html(result))


# --- commands ------------------------------------------------------------------------------------

async def on_start(update: Update, context: Context) -> None:
    """/start: a greeting (what the bot is and covers) and how to begin, questions to tap."""
    message = update.effective_message
    if message is None:
        return
    if _is_group(update):
        await message.reply_text(plain(texts.GROUP_INTRO))
        return
    welcome = context.bot_data.responder.introduction()
    await _send(message, render_start_html(welcome), buttons(welcome))


async def on_help(update: Update, context: Context) -> None:
    """/help: how to ask, and every command of this kind of chat."""
    message = update.effective_message
    if message is None:
        return
    group = _is_group(update)
    commands = texts.GROUP_COMMANDS if group else texts.PRIVATE_COMMANDS
    await _send(message, render_help_html(commands, group=group))


async def on_topics(update: Update, context: Context) -> None:
    """/topics: a keyboard of topics."""
    message = update.effective_message
    if message is None:
        return
    await message.reply_text(plain(texts.PICK_A_TOPIC), reply_markup=_markup(
        topic_buttons(context.bot_data.responder.kb.topics)))


async def on_sources(update: Update, context: Context) -> None:
    """/sources: the documents with titles and dates."""
    message = update.effective_message
    if message is None:
        return
    documents = list(context.bot_data.responder.kb.corpus.documents.values())
    await _send(message, render_sources_html(documents))


async def on_why(update: Update, context: Context) -> None:
    """/why: why the last reply in this chat was an answer, a question back or a decline."""
    message = update.effective_message
    if message is None:
        return
    await message.reply_text(render_why_html(context.bot_data.chats.of(message.chat.id).last_reply))


async def on_ask(update: Update, context: Context) -> None:
    """/ask <question>, in any chat."""
    message = update.effective_message
    if message is None:
        return
    question = without_mention(" ".join(context.args or []), context.bot.username)
    if not question:
        await message.reply_text(plain(texts.ASK_USAGE))
        return
    await answer_question(update, message, context, question, group=_is_group(update))


async def on_brief(update: Update, context: Context) -> None:
    """/brief [topic]: a cited briefing on a topic, or an overview of all of them."""
    message = update.effective_message
    if message is None:
        return
    kb = context.bot_data.responder.kb
    wanted = " ".join(context.args or []).strip()
    if not wanted:
        await _send(message, render_briefing_html(overview_briefing(kb)))
        return
    topics = find_topics(kb, wanted)
    if not topics:
        await message.reply_text(plain(texts.no_such_topic([t.id for t in kb.topics])))
    elif len(topics) > 1:
        await message.reply_text(plain(texts.WHICH_TOPIC),
                                 reply_markup=_markup(brief_choice_buttons(topics)))
    else:
        await _send(message, render_briefing_html(topic_briefing(kb, topics[0])))


# --- messages --------------------------------------------------------------------------------------

def without_mention(text: str, username: str) -> str:
    """``text`` with "@BotName" (and the comma or colon after it) taken out."""
    pattern = re.compile(rf"@{re.escape(username)}\b[,:;]?", re.IGNORECASE)
    return " ".join(pattern.sub(" ", text).split())


def _is_reply_to_bot(message: Message, bot_id: int) -> bool:
    replied = message.reply_to_message
    return replied is not None and replied.from_user is not None and replied.from_user.id == bot_id


def _mentions(message: Message, username: str) -> bool:
    mention = f"@{username}".casefold()
    return any(entity.type == MessageEntityType.MENTION
               and message.parse_entity(entity).casefold() == mention
               for entity in message.entities)


def _addressed_text(message: Message, bot_id: int, username: str) -> str | None:
    """In a group: the question if the message is a reply to the bot or mentions it, else None."""
    if not (_is_reply_to_bot(message, bot_id) or _mentions(message, username)):
        return None
    return without_mention(message.text or "", username)


def _is_addressed(update: Update, bot_id: int, username: str) -> bool:
    """Whether the bot will act on this update (and so whether it counts against the limit)."""
    if update.callback_query is not None:
        return True
    message = update.message
    if message is None:
        return False
    if not _is_group(update):
        return True
    text = message.text or ""
    if text.startswith("/"):
        command = text.split()[0]
        return "@" not in command or command.casefold().endswith(f"@{username}".casefold())
    return _is_reply_to_bot(message, bot_id) or _mentions(message, username)


async def on_text(update: Update, context: Context) -> None:
    """Any text: a question in private; in groups only when addressed to the bot."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    if not _is_group(update):
        await answer_question(update, message, context,
                              without_mention(message.text, context.bot.username), group=False)
        return
    question = _addressed_text(message, context.bot.id, context.bot.username)
    if question is None:
        return
    if not question.strip():
        await message.reply_text(plain(texts.ASK_USAGE))
        return
    await answer_question(update, message, context, question, group=True)


async def on_non_text(update: Update, context: Context) -> None:
    """Stickers, photos, voice and the like: a short hint in private, silence in groups."""
    message = update.effective_message
    if message is None or _is_group(update):
        return
    await message.reply_text(plain(texts.NON_TEXT))


async def on_callback(update: Update, context: Context) -> None:
    """Button presses: an intent, a topic, a briefing's or a subscription's topic, or "None of
    these". Answered at once."""
    query = update.callback_query
    if query is None:
        return
    with contextlib.suppress(TelegramError):  # a late answer must not cost the reply
        await query.answer()
    message = query.message if isinstance(query.message, Message) else None
    data = query.data or ""
    if message is None:
        return
    responder = context.bot_data.responder
    chat = context.bot_data.chats.of(message.chat.id)
    if data == CALLBACK_NONE:
        asked = chat.take_clarify(message.message_id, time.monotonic(),
                                  context.bot_data.chats.max_age)
        await message.reply_text(plain(texts.NONE_OF_THESE))
        if asked is not None:
            _record(update, context, asked, Outcome.NONE_OF_THESE, group=_is_group(update),
                    chat_id=message.chat.id, user_id=query.from_user.id)
    elif data.startswith(CALLBACK_INTENT):
        intent = responder.kb.intents.get(data[len(CALLBACK_INTENT):])
        if intent is None:
            await message.reply_text(plain(texts.GONE))
            return
        reply = responder.answer(intent, intent.title)
        chat.last_reply = reply
        context.bot_data.conversations.remember(
            _conversation(message.chat.id, query.from_user, _is_group(update)), reply,
            time.monotonic())
        await _send(message, render_html(reply), buttons(reply))
    elif data.startswith(CALLBACK_SUBSCRIBE):
        await subscriptions.on_subscribe_choice(update, context, data)
    elif data.startswith(CALLBACK_BRIEF):
        chosen = responder.kb.topic(data[len(CALLBACK_BRIEF):])
        if chosen is None:
            await message.reply_text(plain(texts.GONE))
            return
        await _send(message, render_briefing_html(topic_briefing(responder.kb, chosen)))
    elif data.startswith(CALLBACK_TOPIC):
        topic = responder.kb.topic(data[len(CALLBACK_TOPIC):])
        if topic is None:
            await message.reply_text(plain(texts.GONE))
            return
        text, rows = render_topic_html(topic, responder.kb.intents_of_topic(topic.id))
        await message.reply_text(text, reply_markup=_markup(rows))


async def on_inline(update: Update, context: Context) -> None:
    """@BotName query: up to five answer cards to drop into any chat."""
    query = update.inline_query
    if query is None:
        return
    responder = context.bot_data.responder
    results: list[InlineQueryResultArticle] = []
    for intent in responder.inline_candidates(query.query, MAX_INLINE_RESULTS):
        reply = responder.answer(intent, query.query)
        parts = render_html(reply)
        results.append(InlineQueryResultArticle(
            id=intent.id[:64],
            title=intent.title,
            description=body_text(reply)[:INLINE_DESCRIPTION],
            input_message_content=InputTextMessageContent(parts[0], parse_mode=ParseMode.HTML),
        ))
    restricted = context.bot_data.policy.restricted
    await query.answer(results, cache_time=0 if restricted else 60, is_personal=restricted)


async def on_my_chat_member(update: Update, context: Context) -> None:
    """Introduce the bot once when it is added to a group."""
    change: ChatMemberUpdated | None = update.my_chat_member
    if change is None or change.chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
        return
    was_in = change.old_chat_member.status in (ChatMemberStatus.MEMBER,
                                               ChatMemberStatus.ADMINISTRATOR,
                                               ChatMemberStatus.OWNER)
    is_in = change.new_chat_member.status in (ChatMemberStatus.MEMBER,
                                              ChatMemberStatus.ADMINISTRATOR)
    if is_in and not was_in:
        await context.bot.send_message(change.chat.id, plain(texts.GROUP_INTRO))


async def on_error(update: object, context: Context) -> None:
    """Log the failure once with its update id; apologise briefly in private chats.

    No apology after a Telegram error: the reply may have arrived (a time-out) or the apology
    would fail the same way; only a fault of the bot's own earns one. A failure that may pass
    (``acknowledge.may_pass``) on an update Telegram will deliver again gets one warning line
    and no apology: the update is answered on its next delivery.
    """
    update_id = update.update_id if isinstance(update, Update) else None
    if (acknowledge.failed(context.error) is Result.RETRY
            and acknowledge.redelivered_on_failure()):
        log.warning("update %s failed (%s: %s); Telegram will deliver it again", update_id,
                    type(context.error).__name__, str(context.error)[:200])
        return
    log.error("update %s failed: %s", update_id, context.error, exc_info=context.error)
    if not isinstance(update, Update) or _is_group(update):
        return
    if isinstance(context.error, TelegramError):
        return
    chat = update.effective_chat
    if chat is None or update.callback_query is not None or update.inline_query is not None:
        return
    try:
        await context.bot.send_message(chat.id, plain(texts.FAILURE))
    except TelegramError:
        log.warning("update %s: could not send the apology either", update_id)

