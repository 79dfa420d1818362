"""Two `briefbot run` replicas in webhook mode against the emulated Telegram and one PostgreSQL:
updates spread over both are answered once, a limit holds across them, a scheduled briefing is
posted once, a /reload on one reaches the other, and one killed mid-traffic doubles nothing."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager, suppress
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from bot import texts
from bot.core.schedule import Schedule
from bot.emulator import JsonDict
from bot.storage import open_store
from tests.test_webhook_limits import SECRET, WebhookBot

pytestmark = pytest.mark.postgres

QUESTIONS = ("what are precursor chemicals", "what is money laundering",
             "what is human trafficking", "what is cybercrime", "what is terrorism financing",
             "what is online fraud")
ADMIN_ID = 4242


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@asynccontextmanager
async def _replica(telegram: Any, url: str, **settings: str) -> AsyncIterator[WebhookBot]:
    """One `briefbot run` in webhook mode on a free port, on the database at ``url``."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BRIEFBOT_"))}
    env.update(TELEGRAM_BOT_TOKEN=telegram.emu.token, TELEGRAM_API_BASE_URL=telegram.emu.base_url,
               BRIEFBOT_DB=url, BRIEFBOT_TELEGRAM_LIMITS="0",
               BRIEFBOT_WEBHOOK_URL="https://bot.example.org/telegram",
               BRIEFBOT_WEBHOOK_SECRET=SECRET, BRIEFBOT_WEBHOOK_LISTEN="127.0.0.1",
               BRIEFBOT_WEBHOOK_PORT=str(port), BRIEFBOT_ADMINS=str(ADMIN_ID), **settings)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    bot = WebhookBot(process, port)

    async def read_log() -> None:
        assert process.stderr is not None
        while line := await process.stderr.readline():
            bot.lines.append(line.decode(errors="replace"))

    reader = asyncio.create_task(read_log())
    try:
        deadline = time.monotonic() + 30
        async with httpx.AsyncClient(timeout=2) as client:
            while True:  # listening once a GET is refused with 405
                assert process.returncode is None, bot.log
                assert time.monotonic() < deadline, bot.log
                with_status = None
                with suppress(httpx.TransportError):
                    with_status = (await client.get(bot.url)).status_code
                if with_status == 405:
                    break
                await asyncio.sleep(0.1)
        yield bot
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
        await asyncio.wait_for(process.wait(), timeout=20)
        await asyncio.wait_for(reader, timeout=5)
    assert "Traceback" not in bot.log
    assert telegram.emu.token.split(":", 1)[1] not in bot.log and SECRET not in bot.log


Replicas = Callable[..., Any]


@pytest.fixture
def replicas(telegram: Any, postgres_url: str) -> Replicas:
    """``async with replicas(2, BRIEFBOT_X="1") as [a, b]``: replicas on one database."""

    @asynccontextmanager
    async def start(count: int = 2, **settings: str) -> AsyncIterator[list[WebhookBot]]:
        async with AsyncExitStack() as stack:
            yield [await stack.enter_async_context(_replica(telegram, postgres_url, **settings))
                   for _ in range(count)]

    return start


_ids = iter(range(10_000, 1_000_000))


def _update(message: JsonDict) -> JsonDict:
    return {"update_id": next(_ids), "message": message}


async def _post(bot: WebhookBot, update: JsonDict) -> int:
    try:
        return (await bot.post(update)).status_code
    except httpx.TransportError:
        return 0


async def test_updates_spread_over_two_replicas_are_each_answered_once(telegram, replicas) -> None:
    chat = telegram.private("Alice")
    async with replicas() as [a, b]:
        updates = [_update(chat.say(q)) for q in QUESTIONS]
        statuses = [await _post((a, b)[i % 2], u) for i, u in enumerate(updates)]
        answers = await chat.replies(len(QUESTIONS), timeout=20)
        again = [await _post((b, a)[i % 2], u) for i, u in enumerate(updates)]  # redelivered
        await chat.silence(1.0)
    assert statuses == [200] * len(QUESTIONS) and again == [200] * len(QUESTIONS)
    assert len(answers) == len(QUESTIONS)
    assert a.count("arrived again") + b.count("arrived again") == len(QUESTIONS)


async def test_the_per_user_limit_holds_across_replicas(telegram, replicas) -> None:
    chat = telegram.private("Alice")
    async with replicas(BRIEFBOT_USER_LIMIT="3", BRIEFBOT_USER_WINDOW="600") as [a, b]:
        for i, question in enumerate(QUESTIONS):
            await _post((a, b)[i % 2], _update(chat.say(question)))
            await asyncio.sleep(0.2)
        replies = await chat.replies(4, timeout=20)
        await chat.silence(1.0)
    assert [r.text for r in replies].count(texts.SLOW_DOWN) == 1
    assert len(replies) == 4  # three answers and one notice, however the six were spread


async def test_a_scheduled_briefing_is_posted_once_by_two_replicas(telegram, replicas,
                                                                   postgres_url: str) -> None:
    group = telegram.group("Crime desk", ("Ada",), creator="Ada")
    missed = (datetime.now(UTC) - timedelta(minutes=2)).strftime("%H:%M")
    store = open_store(postgres_url)
    store.add_subscription(group.id, Schedule("daily", None, missed, "UTC", None))
    store.close()
    async with replicas():  # both find it due at start; one posts it
        [briefing] = await group.replies(timeout=20)
        await group.silence(2.0)
    assert briefing.text.startswith("Briefing:")


async def test_a_reload_on_one_replica_reaches_the_other(telegram, replicas) -> None:
    admin = telegram.private("Root", user_id=ADMIN_ID)
    async with replicas() as [a, b]:
        await _post(a, _update(admin.say("/reload")))
        [done] = await admin.replies(timeout=20)
        deadline = time.monotonic() + 10
        while not b.count("reload announced by another replica"):
            assert time.monotonic() < deadline, b.log
            await asyncio.sleep(0.1)
        b.process.send_signal(signal.SIGHUP)  # reloads b alone
        deadline = time.monotonic() + 10
        while not b.count("SIGHUP:"):
            assert time.monotonic() < deadline, b.log
            await asyncio.sleep(0.1)
        await asyncio.sleep(1.0)
    assert "reloaded" in done.text.lower()
    assert not a.count("reload announced by another replica")
    assert b.count("reload announced by another replica") == 1


async def test_a_replica_killed_mid_traffic_doubles_nothing_and_the_other_answers_the_rest(
        telegram, replicas) -> None:
    chat = telegram.private("Alice")
    async with replicas() as [a, b]:
        for i, question in enumerate(QUESTIONS):  # spread over both
            await _post((a, b)[i % 2], _update(chat.say(question)))
        a.process.send_signal(signal.SIGKILL)  # mid-traffic: some of its updates unanswered
        await a.process.wait()
        await asyncio.sleep(1.0)
        before = len(chat.bot_messages)
        if before:
            await chat.replies(before)
        for round_ in range(2):  # a load balancer: to a, and to b when a does not take it
            for question in QUESTIONS:
                update = _update(chat.say(f"{question}?" * (round_ + 1)))
                assert await _post(a, update) != 200
                assert await _post(b, update) == 200
        answers = await chat.replies(2 * len(QUESTIONS), timeout=20)
        await chat.silence(1.0)
        a.lines.clear()  # killed: it left no clean log to check
    assert before <= len(QUESTIONS)
    assert len(answers) == 2 * len(QUESTIONS)


async def test_a_replica_killed_while_handling_an_update_leaves_it_to_the_other_answered_once(
        telegram, replicas) -> None:
    chat = telegram.private("Alice")
    async with replicas(BRIEFBOT_UPDATE_LEASE="3") as [a, b]:
        update = _update(chat.say(QUESTIONS[0]))
        telegram.emu.inject_fault("sendMessage", "429", retry_after=30)  # a's reply must wait
        posted_to_a = asyncio.create_task(_post(a, update))
        deadline = time.monotonic() + 20
        while not telegram.emu.fault_count("429", "sendMessage"):  # a is handling it now
            assert time.monotonic() < deadline, a.log
            await asyncio.sleep(0.05)
        a.process.send_signal(signal.SIGKILL)
        await a.process.wait()
        unanswered = await posted_to_a
        redeliveries = []  # Telegram delivers it again until a replica answers 200
        while (status := await _post(b, update)) != 200:
            redeliveries.append(status)
            assert time.monotonic() < deadline, b.log
            await asyncio.sleep(0.5)
        [answer] = await chat.replies(timeout=20)
        once_more = await _post(b, update)  # had that 200 been lost
        await chat.silence(1.0)
        a.lines.clear()  # killed: it left no clean log to check
    assert unanswered != 200
    assert redeliveries and set(redeliveries) == {503}  # a's lease still held: come again later
    assert b.count("arrived again while a replica handles it") == len(redeliveries)
    assert once_more == 200 and b.count("arrived again (handled by a replica)") == 1
    assert "precursor" in answer.text.lower()
