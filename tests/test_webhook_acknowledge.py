"""The webhook answers Telegram once an update is handled, with a status that says whether to
deliver it again: a failure that may pass is retried and then answered once; a request Telegram
refused, or a send that timed out (its message may have arrived), is not delivered again."""

from __future__ import annotations

import itertools
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.config import Settings, default_path
from bot.core.responder import Responder
from bot.storage.base import DatabaseUnavailable
from bot.telegram_adapter.acknowledge import may_pass
from bot.telegram_adapter.app import build_application
from bot.telegram_adapter.delivery import ReliableRateLimiter
from bot.telegram_adapter.webhook import WebhookServer

QUESTION = "how often is the ammtc held"
ANSWERED = "every two years"
SECRET = "s3cret-token"
_ids = itertools.count(700)

Post = Callable[[dict[str, Any]], Any]


@pytest.fixture
def webhook(telegram, shipped_responder: Responder, unused_tcp_port: int, tmp_path: Path
            ) -> Callable[..., Any]:
    """``async with webhook(request_timeout=...) as post``: the bot's webhook server in this
    process (sends that fail in transit are not retried by the bot itself, so a failure reaches
    the handler at once); ``await post(update)`` is Telegram posting it, with the status back."""

    @asynccontextmanager
    async def start(request_timeout: float = 5.0) -> AsyncIterator[Post]:
        emu = telegram.emu
        settings = Settings(intents_path=default_path("intents.yaml"),
                            corpus_dir=default_path("corpus"), token=emu.token,
                            api_base_url=emu.base_url, webhook_url="https://bot.example/telegram",
                            webhook_secret=SECRET, webhook_listen="127.0.0.1",
                            webhook_port=unused_tcp_port, db_path=tmp_path / "db.sqlite3")
        limiter = ReliableRateLimiter(retry_delays=(), overall_max_rate=0, group_max_rate=0)
        application = build_application(settings, shipped_responder, rate_limiter=limiter,
                                        request_timeout=request_timeout)
        server = WebhookServer(application, settings)
        url = f"http://127.0.0.1:{unused_tcp_port}/telegram"
        async with application, httpx.AsyncClient(timeout=30) as client:
            await application.start()
            await server.start()

            async def post(update: dict[str, Any]) -> int:
                response = await client.post(url, json=update,
                                             headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
                return response.status_code

            try:
                yield post
            finally:
                await server.stop()
                await application.stop()

    return start


async def test_a_send_that_failed_before_telegram_acted_is_delivered_again_and_answered_once(
        telegram, webhook, caplog: pytest.LogCaptureFixture) -> None:
    chat = telegram.private("Alice")
    telegram.emu.inject_fault("sendMessage", "500")
    update = {"update_id": next(_ids), "message": chat.say(QUESTION)}
    with caplog.at_level(logging.WARNING):
        async with webhook() as post:
            first = await post(update)  # Telegram failed: nothing was sent
            await chat.silence(0.3)
            second = await post(update)  # Telegram delivers it again
            [answer] = await chat.replies()
            third = await post(update)  # and, had the 200 been lost, again
            await chat.silence(0.5)
    assert (first, second, third) == (503, 200, 200)
    assert ANSWERED in answer.text
    assert "Telegram will deliver it again" in caplog.text
    assert "Traceback" not in caplog.text


async def test_a_request_telegram_refused_is_not_delivered_again(telegram, webhook) -> None:
    chat = telegram.private("Alice")
    telegram.emu.inject_fault("sendMessage", "400")
    update = {"update_id": next(_ids), "message": chat.say(QUESTION)}
    async with webhook() as post:
        first = await post(update)  # a retry would be refused the same way: 200, logged
        again = await post(update)  # delivered again all the same: dropped
        await chat.silence(0.5)
    assert (first, again) == (200, 200)
    assert telegram.emu.fault_count("400", "sendMessage") == 1


async def test_a_send_that_timed_out_is_not_delivered_again_so_nothing_is_posted_twice(
        telegram, webhook) -> None:
    chat = telegram.private("Alice")
    telegram.emu.inject_fault("sendMessage", "slow", seconds=2.0)  # sent, answer held back
    update = {"update_id": next(_ids), "message": chat.say(QUESTION)}
    async with webhook(request_timeout=0.5) as post:
        first = await post(update)
        again = await post(update)
        [answer] = await chat.replies()
        await chat.silence(2.0)
    assert (first, again) == (200, 200)
    assert ANSWERED in answer.text


def test_which_failures_telegram_is_asked_to_deliver_again() -> None:
    assert may_pass(DatabaseUnavailable("PostgreSQL: connection refused"))
    assert may_pass(RetryAfter(5))
    assert may_pass(NetworkError("Bad Gateway"))
    assert not may_pass(BadRequest("Bad Request: message to be replied not found"))
    assert not may_pass(TimedOut())
    assert not may_pass(RuntimeError("a bug"))
    assert not may_pass(None)
