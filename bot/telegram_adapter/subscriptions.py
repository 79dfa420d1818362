"""Scheduled group briefings: /subscribe, /unsubscribe, /subscriptions, and the jobs that post.

Subscriptions live in the database (``bot.storage``) and are put back on the job queue at start, so a
restart loses none. A group that becomes a supergroup keeps its subscriptions; a chat the bot
was removed from, or that no longer exists, loses them.

Each briefing is posted once, however many bot processes share the database: at its time every
process's job tries to claim it (``Storage.claim_briefing``: the subscription and the minute it
is due), only the one that gets it posts it and then marks it done. A claim is a lease: when the
process that holds it dies before marking it done, another takes it over once the lease lapses
(each process that lost the claim looks again then). A bot started within ``CATCH_UP`` of a
briefing that nobody posted (it was down at the time) posts it then. With SQLite, one process,
the same path runs and every claim succeeds.

Every database call runs on a worker thread (``_stored``), never on the event loop: while the
database is locked a subscription command waits (and, past the store's busy time-out, says
something went wrong), but every other chat is answered meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from telegram import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, ChatMigrated, Forbidden
from telegram.ext import JobQueue

from bot import texts
from bot.core.briefing import find_topics, overview_briefing, topic_briefing
from bot.core.schedule import Schedule, ScheduleError, parse_subscription
from bot.knowledge.intents import Topic
from bot.render import (
    describe_schedule,
    plain,
    read_subscribe_callback,
    render_briefing_html,
    render_privacy_html,
    render_subscriptions_html,
    subscribe_choice_buttons,
)
from bot.storage.base import DATABASE_ERRORS, Storage, Subscription
from bot.telegram_adapter.state import Context

log = logging.getLogger(__name__)

T = TypeVar("T")

JOB_PREFIX = "subscription:"

#: Scheduled briefings one chat may have: enough for every topic on its own day, few enough
#: that a chat cannot crowd out everyone else's answers at one minute.
MAX_SUBSCRIPTIONS_PER_CHAT = 10
#: A briefing missed while no bot was running is still posted when one starts within this time.
CATCH_UP = timedelta(minutes=15)
#: Seconds past a lapsed lease before a process that lost the claim looks again.
LEASE_GRACE = 1.0
RETRY_PREFIX = "briefing-retry:"


async def _stored(call: Callable[..., T], *args: Any) -> T:
    """Run one storage call on a worker thread, so the event loop never waits for the database."""
    return await asyncio.to_thread(call, *args)


async def _reply_failed(message: Message, error: Exception) -> None:
    """A subscription change or listing the database refused: say so, change nothing."""
    log.warning("chat %s: subscriptions unavailable (%s)", message.chat.id, error)
    await message.reply_text(plain(texts.FAILURE))


def schedule_job(job_queue: JobQueue[Any], sub: Subscription) -> None:
    """Put one subscription on the job queue (replacing an older job of the same id)."""
    name = f"{JOB_PREFIX}{sub.id}"
    for job in job_queue.get_jobs_by_name(name):
        job.schedule_removal()
    schedule = sub.schedule
    job_queue.run_daily(post_briefing, schedule.time_of_day, days=schedule.job_days,
                        data=sub.id, name=name, chat_id=sub.chat_id)


def unschedule(job_queue: JobQueue[Any] | None, ids: list[int]) -> None:
    """Take subscriptions off the job queue."""
    if job_queue is None:
        return
    for sub_id in ids:
        for job in job_queue.get_jobs_by_name(f"{JOB_PREFIX}{sub_id}"):
            job.schedule_removal()


def due_key(when: datetime) -> str:
    """The occurrence a briefing belongs to: its local date and minute (one claim each)."""
    return when.strftime("%Y-%m-%dT%H:%M")


def last_due(schedule: Schedule, now: datetime) -> datetime:
    """The latest time at or before ``now`` the schedule was due, in its own time zone."""
    local = now.astimezone(ZoneInfo(schedule.timezone))
    hour, minute = (int(part) for part in schedule.at_time.split(":"))
    due = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    while due > local or (schedule.weekday is not None and due.weekday() != schedule.weekday):
        due -= timedelta(days=1)
    return due


async def restore_jobs(job_queue: JobQueue[Any], database: Storage) -> int:
    """Re-schedule every saved subscription (at start), and post a briefing missed within
    ``CATCH_UP`` that no process posted; returns how many subscriptions there are."""
    subscriptions = await _stored(database.subscriptions)
    now = datetime.now(UTC)
    for sub in subscriptions:
        schedule_job(job_queue, sub)
        due = last_due(sub.schedule, now)
        if now - due <= CATCH_UP:
            lease = await _stored(database.briefing_lease, sub.id, due_key(due))
            if lease is None or not lease[0]:
                _run_again(job_queue, sub, due_key(due), 0.0)
    return len(subscriptions)


def _run_again(job_queue: JobQueue[Any] | None, sub: Subscription, due: str,
               delay: float) -> None:
    """Try the briefing ``due`` of ``sub`` again in ``delay`` seconds."""
    if job_queue is None:
        return
    name = f"{RETRY_PREFIX}{sub.id}:{due}"
    if not job_queue.get_jobs_by_name(name):
        job_queue.run_once(retry_briefing, max(delay, 0.0), data=(sub.id, due), name=name,
                           chat_id=sub.chat_id)


async def post_briefing(context: Context) -> None:
    """The job at a subscription's time: post its briefing unless another process does."""
    job = context.job
    if job is None or not isinstance(job.data, int):
        return
    await _post_once(context, job.data, None)


async def retry_briefing(context: Context) -> None:
    """A later look at a briefing another process claimed (or a missed one, at start)."""
    job = context.job
    if job is None or not isinstance(job.data, tuple):
        return
    sub_id, due = job.data
    await _post_once(context, sub_id, due)


async def _post_once(context: Context, sub_id: int, due: str | None) -> None:
    """Claim the briefing (the one due now when ``due`` is None), post it, mark it done."""
    database = context.bot_data.store
    owner = context.bot_data.replica
    try:
        sub = next((s for s in await _stored(database.subscriptions) if s.id == sub_id), None)
        if sub is None:
            if context.job is not None and due is None:
                context.job.schedule_removal()
            return
        due = due or due_key(datetime.now(ZoneInfo(sub.schedule.timezone)))
        if not await _stored(database.claim_briefing, sub.id, due, owner):
            lease = await _stored(database.briefing_lease, sub.id, due)
            if lease is not None and not lease[0]:  # another holds it: look again once it lapses
                _run_again(context.job_queue, sub, due, lease[1] - time.time() + LEASE_GRACE)
            return
    except DATABASE_ERRORS as error:
        log.warning("subscription %s: not posted, the database is unavailable (%s)", sub_id,
                    error)
        return
    await _post(context, sub)  # if this raises, the claim lapses and another process may post
    try:
        await _stored(database.finish_briefing, sub.id, due, owner)
    except DATABASE_ERRORS as error:
        log.warning("subscription %s: posted, but not marked done (%s)", sub.id, error)


async def _post(context: Context, sub: Subscription) -> None:
    """Post a subscription's briefing; follow migrations, drop dead chats."""
    database = context.bot_data.store
    if not context.bot_data.policy.chat_allowed(sub.chat_id):
        log.info("subscription %s: chat %s is not allowed any more; skipped", sub.id, sub.chat_id)
        return
    kb = context.bot_data.responder.kb
    topic = kb.topic(sub.schedule.topic) if sub.schedule.topic else None
    briefing = topic_briefing(kb, topic) if topic else overview_briefing(kb)
    chat_id = sub.chat_id
    for part in render_briefing_html(briefing):
        try:
            await context.bot.send_message(chat_id, part)
        except ChatMigrated as moved:
            chat_id = moved.new_chat_id
            await _stored(database.move_chat, sub.chat_id, chat_id)
            await context.bot.send_message(chat_id, part)
        except (Forbidden, BadRequest) as gone:
            if isinstance(gone, BadRequest) and "chat not found" not in gone.message.lower():
                raise
            log.info("subscription %s: chat is gone (%s); removing it", sub.id, gone.message)
            unschedule(context.job_queue, await _stored(database.remove_subscriptions, sub.chat_id))
            return


async def _may_change(update: Update, context: Context) -> bool:
    """Anyone in a private chat; in a group, its administrators only (asked of Telegram)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return False
    if chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
        return True
    message = update.effective_message
    if message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # an anonymous administrator, posting as the group itself
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)


async def _changer(update: Update, context: Context
                   ) -> tuple[Message, Chat] | None:
    """The message and chat of a subscription change the sender may make (else a refusal)."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return None
    if not await _may_change(update, context):
        await message.reply_text(plain(texts.ADMINS_ONLY_HERE))
        return None
    return message, chat


async def on_subscribe(update: Update, context: Context) -> None:
    """/subscribe daily 08:30 [topic] | weekly mon 08:30 [Area/City] [topic]."""
    allowed = await _changer(update, context)
    if allowed is None:
        return
    message, chat = allowed
    kb = context.bot_data.responder.kb
    meant: list[tuple[Topic, ...]] = []  # the topics an ambiguous word may mean

    def topic_of(text: str) -> Topic | None:
        found = find_topics(kb, text)
        if len(found) > 1:
            meant.append(found)
        return found[0] if found else None  # the schedule is still read (and checked) whole

    try:
        schedule = parse_subscription(context.args or [], context.bot_data.timezone, topic_of)
    except ScheduleError as error:
        await message.reply_text(plain(str(error)))
        return
    if meant:
        await _ask_which_topic(message, meant[0], schedule)
        return
    await _subscribe(message, chat, schedule, context)


async def _ask_which_topic(message: Message, topics: tuple[Topic, ...],
                           schedule: Schedule) -> None:
    """"Which do you mean?" with a button per topic, each subscribing to this schedule (or, if
    the schedule does not fit in a button, the topics to send /subscribe again with)."""
    rows = subscribe_choice_buttons(topics, schedule)
    if rows is None:
        await message.reply_text(plain(texts.which_topic_to_subscribe([t.id for t in topics])))
        return
    await message.reply_text(plain(texts.WHICH_TOPIC), reply_markup=InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.text, callback_data=b.data) for b in row] for row in rows]))


async def on_subscribe_choice(update: Update, context: Context, data: str) -> None:
    """A "which topic?" button of /subscribe pressed: subscribe to that topic, if the presser
    may change this chat's subscriptions."""
    allowed = await _changer(update, context)
    if allowed is None:
        return
    message, chat = allowed
    schedule = read_subscribe_callback(data)
    kb = context.bot_data.responder.kb
    if schedule is None or schedule.topic is None or kb.topic(schedule.topic) is None:
        await message.reply_text(plain(texts.GONE))
        return
    await _subscribe(message, chat, schedule, context)


async def _subscribe(message: Message, chat: Chat, schedule: Schedule, context: Context) -> None:
    """Keep ``schedule`` for ``chat`` (once, and at most so many), put it on the job queue, and
    confirm it."""
    kb = context.bot_data.responder.kb
    topic = kb.topic(schedule.topic) if schedule.topic else None
    description = describe_schedule(schedule, topic.title if topic else None)
    store = context.bot_data.store
    try:
        existing = await _stored(store.subscriptions, chat.id)
        if any(sub.schedule == schedule for sub in existing):  # the same schedule twice is one
            await message.reply_text(plain(texts.already_subscribed(description)))
            return
        if len(existing) >= MAX_SUBSCRIPTIONS_PER_CHAT:
            await message.reply_text(
                plain(texts.too_many_subscriptions(MAX_SUBSCRIPTIONS_PER_CHAT)))
            return
        sub = await _stored(store.add_subscription, chat.id, schedule)
    except DATABASE_ERRORS as error:
        await _reply_failed(message, error)
        return
    if context.job_queue is not None:
        schedule_job(context.job_queue, sub)
    await message.reply_text(plain(texts.subscribed(description)))


async def on_unsubscribe(update: Update, context: Context) -> None:
    """/unsubscribe: stop this chat's scheduled briefings."""
    allowed = await _changer(update, context)
    if allowed is None:
        return
    message, chat = allowed
    try:
        removed = await _stored(context.bot_data.store.remove_subscriptions, chat.id)
    except DATABASE_ERRORS as error:
        await _reply_failed(message, error)
        return
    unschedule(context.job_queue, removed)
    text = texts.unsubscribed(len(removed)) if removed else texts.NONE_YET
    await message.reply_text(plain(text))


async def on_subscriptions(update: Update, context: Context) -> None:
    """/subscriptions: this chat's scheduled briefings (anyone may ask)."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    try:
        subs = await _stored(context.bot_data.store.subscriptions, chat.id)
    except DATABASE_ERRORS as error:
        await _reply_failed(message, error)
        return
    if not subs:
        await message.reply_text(plain(texts.NONE_YET))
        return
    kb = context.bot_data.responder.kb
    descriptions = []
    for sub in subs:
        topic = kb.topic(sub.schedule.topic) if sub.schedule.topic else None
        descriptions.append(describe_schedule(sub.schedule, topic.title if topic else None))
    for part in render_subscriptions_html(descriptions):
        await message.reply_text(part)


async def on_privacy(update: Update, context: Context) -> None:
    """/privacy: what the bot stores."""
    message = update.effective_message
    if message is None:
        return
    state = context.bot_data
    await message.reply_text(render_privacy_html(state.store.log_chats, state.retention_days))


async def on_migrate(update: Update, context: Context) -> None:
    """A group became a supergroup: move its subscriptions to the new chat id."""
    message = update.effective_message
    if message is None or message.migrate_to_chat_id is None:
        return
    old, new = message.chat.id, message.migrate_to_chat_id
    if context.bot_data.policy.follow_migration(old, new):
        log.warning("allowed chat %s became supergroup %s: add %s to BRIEFBOT_ALLOWED_CHATS",
                    old, new, new)
    database = context.bot_data.store
    if await _stored(database.move_chat, old, new) and context.job_queue is not None:
        for sub in await _stored(database.subscriptions, new):
            schedule_job(context.job_queue, sub)
        log.info("subscriptions of chat %s moved to %s", old, new)


async def on_removed(update: Update, context: Context) -> None:
    """The bot left or was removed from a chat: drop that chat's subscriptions."""
    change = update.my_chat_member
    if change is None or change.new_chat_member.status not in (ChatMemberStatus.LEFT,
                                                                ChatMemberStatus.BANNED):
        return
    removed = await _stored(context.bot_data.store.remove_subscriptions, change.chat.id)
    unschedule(context.job_queue, removed)
    if removed:
        log.info("removed from chat %s: dropped %d subscription(s)", change.chat.id, len(removed))

