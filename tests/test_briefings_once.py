"""Scheduled briefings exactly once: claimed in the database, posted by one process, taken over
when the process that claimed one dies; the same path on SQLite with one process."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings, default_path
from bot.core.responder import Responder
from bot.core.schedule import Schedule
from bot.emulator import BotApiEmulator
from bot.emulator.testing import running_application
from bot.storage import open_store
from bot.telegram_adapter.app import build_application, on_startup
from bot.telegram_adapter.subscriptions import due_key, last_due
from tests.conftest import BOT_NAME, Telegram

#: A time of day far from now: no catch-up at start, no midnight between claim and post.
LATER = (datetime.now(UTC) + timedelta(hours=12)).strftime("%H:%M")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, Any]:
    """The database settings of each kind (a fresh SQLite file, or a PostgreSQL database)."""
    if request.param == "sqlite":
        return {"db_path": tmp_path / "bot.sqlite3"}
    return {"db_url": request.getfixturevalue("postgres_url")}


@asynccontextmanager
async def replicas(emu: BotApiEmulator, responder: Responder, database: dict[str, Any],
                   count: int) -> AsyncIterator[list[Any]]:
    """``count`` bot processes' Applications on one emulator and one database."""
    settings = Settings(token=emu.token, api_base_url=emu.base_url,
                        intents_path=default_path("intents.yaml"),
                        corpus_dir=default_path("corpus"), **database)
    async with AsyncExitStack() as stack:
        apps = []
        for _ in range(count):
            app = build_application(settings, responder, request_timeout=5.0)
            await stack.enter_async_context(running_application(app))
            await on_startup(app)
            apps.append(app)
        yield apps


def _subscribe_group(telegram: Telegram, database: dict[str, Any], at: str) -> tuple[Any, int]:
    group = telegram.group("Crime desk", ("Ada",), creator="Ada")
    store = open_store(database.get("db_url") or database["db_path"])
    sub = store.add_subscription(group.id, Schedule("daily", None, at, "UTC", None))
    store.close()
    return group, sub.id


async def _run_everywhere(apps: list[Any], sub_id: int) -> None:
    jobs = [(app, job) for app in apps
            for job in app.job_queue.get_jobs_by_name(f"subscription:{sub_id}")]
    assert len(jobs) == len(apps)
    await asyncio.gather(*(job.run(app) for app, job in jobs))


@pytest.mark.postgres
async def test_two_replicas_post_a_due_briefing_once(shipped_responder: Responder,
                                                     postgres_url: str) -> None:
    database = {"db_url": postgres_url}
    async with BotApiEmulator(bot_username=BOT_NAME) as emu:
        group, sub_id = _subscribe_group(Telegram(emu), database, LATER)
        async with replicas(emu, shipped_responder, database, 2) as apps:
            await _run_everywhere(apps, sub_id)
            [briefing] = await group.replies()
            await _run_everywhere(apps, sub_id)  # the same occurrence again: nobody reposts
            await group.silence(0.5)
    assert briefing.text.startswith("Briefing:")


async def test_a_briefing_claimed_by_a_process_that_died_is_posted_by_another(
        shipped_responder: Responder, database: dict[str, Any]) -> None:
    async with BotApiEmulator(bot_username=BOT_NAME) as emu:
        group, sub_id = _subscribe_group(Telegram(emu), database, LATER)
        due = due_key(datetime.now(UTC))
        store = open_store(database.get("db_url") or database["db_path"])
        assert store.claim_briefing(sub_id, due, "a process that died", lease_seconds=1.0)
        async with replicas(emu, shipped_responder, database, 1) as [app]:
            [job] = app.job_queue.get_jobs_by_name(f"subscription:{sub_id}")
            await job.run(app)
            await group.silence(0.5)  # the claim still holds: nothing yet
            [briefing] = await group.replies(timeout=5.0)  # the lease lapsed: taken over
            await group.silence(1.5)
        posted = store.briefing_lease(sub_id, due)
        store.close()
    assert briefing.text.startswith("Briefing:")
    assert posted is not None and posted[0]


async def test_a_restart_posts_a_briefing_it_missed_once_and_never_repeats_one(
        shipped_responder: Responder, database: dict[str, Any]) -> None:
    missed_at = (datetime.now(UTC) - timedelta(minutes=5)).strftime("%H:%M")
    async with BotApiEmulator(bot_username=BOT_NAME) as emu:
        group, _ = _subscribe_group(Telegram(emu), database, missed_at)
        async with replicas(emu, shipped_responder, database, 1):
            [briefing] = await group.replies()  # down at its time: posted on start
        async with replicas(emu, shipped_responder, database, 1):
            await group.silence(1.0)  # started again: already posted
    assert briefing.text.startswith("Briefing:")


def test_the_last_due_time_follows_the_weekday_and_the_time_zone() -> None:
    weekly = Schedule("weekly", 0, "07:00", "Asia/Yangon", None)
    wednesday = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    assert due_key(last_due(weekly, wednesday)) == "2026-11-30T07:00"
    daily = Schedule("daily", None, "23:30", "UTC", None)
    assert due_key(last_due(daily, wednesday)) == "2026-12-01T23:30"
