"""Scheduled briefings and the review loop, end to end through the emulator."""

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.config import Settings, default_path
from bot.core.responder import Responder
from bot.core.schedule import Schedule
from bot.emulator import BotApiEmulator
from bot.emulator.testing import running_application
from bot.storage.sqlite import Store
from bot.telegram_adapter.app import build_application, on_startup
from bot.telegram_adapter.subscriptions import schedule_job
from bot.texts import ADMINS_ONLY_HERE, NONE_YET
from tests.conftest import BOT_NAME


@asynccontextmanager
async def _bot(emu: BotApiEmulator, responder: Responder, db: Path) -> AsyncIterator[Any]:
    """The bot's real Application on ``emu`` with its database at ``db`` (a restart = a new one)."""
    settings = Settings(intents_path=default_path("intents.yaml"),
                        corpus_dir=default_path("corpus"), token=emu.token,
                        api_base_url=emu.base_url, db_path=db)
    application = build_application(settings, responder, request_timeout=5.0)
    async with running_application(application):
        await on_startup(application)
        yield application


def _next_utc(hour: int, minute: int) -> datetime:
    now = datetime.now(UTC)
    due = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return due if due > now else due + timedelta(days=1)


async def test_subscription_survives_a_restart_and_posts_the_briefing(
        shipped_responder: Responder, tmp_path: Path) -> None:
    db = tmp_path / "briefbot.sqlite3"
    async with BotApiEmulator(bot_username=BOT_NAME) as emu:
        admin, member = emu.user("Ada", "ada"), emu.user("Bob", "bob")
        group = emu.group_chat("Crime desk", [admin, member], creator=admin)
        async with _bot(emu, shipped_responder, db) as app:
            emu.send_text(group, member, "/subscribe daily 08:30 drugs")
            [refused] = await emu.wait_for_messages(group)
            emu.send_text(group, admin, "/subscribe daily 25:99")
            [bad] = await emu.wait_for_messages(group)
            emu.send_text(group, admin, "/subscribe daily 08:30 drug trafficking")
            [confirmed] = await emu.wait_for_messages(group)
            emu.send_text(group, member, "/subscriptions")
            [listing] = await emu.wait_for_messages(group)
            assert len(app.job_queue.get_jobs_by_name("subscription:1")) == 1
        async with _bot(emu, shipped_responder, db) as restarted:
            [job] = restarted.job_queue.get_jobs_by_name("subscription:1")
            assert job.next_t is not None
            assert job.next_t.astimezone(UTC) == _next_utc(8, 30)
            await job.run(restarted)
            [briefing] = await emu.wait_for_messages(group)
    assert refused["text"] == ADMINS_ONLY_HERE
    assert "is not a time of day" in bad["text"] and "\n" not in bad["text"]
    assert confirmed["text"] == ("Subscribed: daily at 08:30 (UTC): Drug trafficking and "
                                 "precursor chemicals.")
    assert "daily at 08:30 (UTC)" in listing["text"]
    assert briefing["text"].startswith("Briefing: Drug trafficking and precursor chemicals")


async def test_weekly_in_a_time_zone_and_unsubscribe(shipped_responder: Responder,
                                                     tmp_path: Path) -> None:
    async with BotApiEmulator(bot_username=BOT_NAME) as emu:
        alice = emu.user("Alice", "alice")
        chat = emu.private_chat(alice)
        async with _bot(emu, shipped_responder, tmp_path / "db.sqlite3") as app:
            emu.send_text(chat, alice, "/subscribe weekly mon 07:00 Asia/Yangon")
            [confirmed] = await emu.wait_for_messages(chat)
            [job] = app.job_queue.get_jobs_by_name("subscription:1")
            due = job.next_t
            emu.send_text(chat, alice, "/unsubscribe")
            [gone] = await emu.wait_for_messages(chat)
            emu.send_text(chat, alice, "/subscriptions")
            [empty] = await emu.wait_for_messages(chat)
            remaining = [j for j in app.job_queue.jobs() if j.name == "subscription:1"
                         and not j.removed]
    assert confirmed["text"] == "Subscribed: weekly on Monday at 07:00 (Asia/Yangon): " \
                                "overview of all topics."
    assert due is not None and due.weekday() == 0
    assert (due.hour, due.minute) == (7, 0) and str(due.tzinfo) == "Asia/Yangon"
    assert gone["text"] == "Unsubscribed (1 removed)."
    assert empty["text"] == NONE_YET
    assert not remaining


async def test_migration_removal_and_vanished_chats(shipped_responder: Responder,
                                                    tmp_path: Path) -> None:
    async with BotApiEmulator(bot_username=BOT_NAME) as emu:
        admin = emu.user("Ada", "ada")
        group = emu.group_chat("Desk", [admin], creator=admin)
        other = emu.group_chat("Other desk", [admin], creator=admin)
        async with _bot(emu, shipped_responder, tmp_path / "db.sqlite3") as app:
            store: Store = app.bot_data.store
            emu.send_text(group, admin, "/subscribe daily 09:00")
            await emu.wait_for_messages(group)
            supergroup = emu.migrate_to_supergroup(group, admin)
            await emu.wait_for(lambda: bool(store.subscriptions(supergroup.id)), 5, "the move")
            [job] = app.job_queue.get_jobs_by_name("subscription:1")
            await job.run(app)
            [briefing] = await emu.wait_for_messages(supergroup)
            emu.send_text(other, admin, "/subscribe daily 10:00")
            await emu.wait_for_messages(other)
            emu.remove_bot_from_group(other, admin)
            await emu.wait_for(lambda: not store.subscriptions(other.id), 5, "the removal")
            ghost = store.add_subscription(-999_999, Schedule("daily", None, "11:00", "UTC", None))
            schedule_job(app.job_queue, ghost)
            [ghost_job] = app.job_queue.get_jobs_by_name(f"subscription:{ghost.id}")
            await ghost_job.run(app)
            leftover = store.subscriptions(-999_999)
    assert briefing["text"].startswith("Briefing: transnational crime, all key areas")
    assert leftover == []


async def test_unanswered_questions_are_recorded_without_ids(shipped_responder: Responder,
                                                             tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with BotApiEmulator(bot_username=BOT_NAME) as emu:
        alice = emu.user("Alice", "alice")
        chat = emu.private_chat(alice)
        async with _bot(emu, shipped_responder, db):
            for question in ("what's the weather in yangon", "myanmar", "how often is the "
                             "ammtc held"):
                emu.send_text(chat, alice, question)
                await emu.wait_for_messages(chat)
            emu.send_text(chat, alice, "myanmar")
            [clarify] = await emu.wait_for_messages(chat)
            emu.press_button(clarify, "none", alice)
            await emu.wait_for_messages(chat)
            emu.send_text(chat, alice, "/privacy")
            [privacy] = await emu.wait_for_messages(chat)
    rows = sqlite3.connect(db).execute(
        "SELECT question, decision, chat_type, chat_id, user_id, candidates FROM unanswered "
        "ORDER BY id").fetchall()
    assert [(q, d) for q, d, *_ in rows] == [
        ("what's the weather in yangon", "decline"), ("myanmar", "clarify"),
        ("myanmar", "clarify"), ("myanmar", "none_of_these")]
    assert all(r[2] == "private" and r[3] is None and r[4] is None for r in rows)
    assert "myanmar-security-challenges" in rows[1][5]
    counts = dict(sqlite3.connect(db).execute(
        "SELECT decision, SUM(count) FROM daily_counts GROUP BY decision").fetchall())
    assert counts == {"answer": 1, "clarify": 2, "decline": 1, "none_of_these": 1}
    assert "without any user id, name or chat id" in privacy["text"]
    assert "90 days" in privacy["text"]


async def test_none_of_these_records_the_question_it_was_pressed_under(
        shipped_responder: Responder, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with BotApiEmulator(bot_username=BOT_NAME) as emu:
        alice = emu.user("Alice", "alice")
        chat = emu.private_chat(alice)
        async with _bot(emu, shipped_responder, db):
            emu.send_text(chat, alice, "myanmar")
            [first] = await emu.wait_for_messages(chat)
            emu.send_text(chat, alice, "drugs")
            await emu.wait_for_messages(chat)
            emu.press_button(first, "none", alice)
            await emu.wait_for_messages(chat)
            emu.send_text(chat, alice, "/subscribe daily 08:30 " + "\u200b" * 800 + "x" * 3000)
            [refused] = await emu.wait_for_messages(chat)
    rows = sqlite3.connect(db).execute(
        "SELECT question FROM unanswered WHERE decision = 'none_of_these'").fetchall()
    assert rows == [("myanmar",)]
    assert refused["text"].startswith("I have no topic like") and len(refused["text"]) < 200
