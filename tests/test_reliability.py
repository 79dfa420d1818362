"""Telegram faults, access control, limits, reload and secrets, end to end through the emulator."""

import asyncio
import logging
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import httpx
import pytest

from bot.config import Settings, default_path
from bot.core.responder import Responder
from bot.emulator import BotApiEmulator
from bot.logs import REDACTED, TokenRedactor
from bot.telegram_adapter.app import build_application
from bot.telegram_adapter.delivery import ReliableRateLimiter
from bot.telegram_adapter.webhook import WebhookServer
from bot.texts import ADMINS_ONLY, FAILURE, NOT_ALLOWED, SLOW_DOWN

QUESTION = "what are precursor chemicals"


@pytest.mark.parametrize("kind", ["500", "502", "reset"])
async def test_failed_sends_are_retried_and_delivered_once(chat, kind: str) -> None:
    chat.emu.inject_fault("sendMessage", kind)
    answer = await chat.ask(QUESTION)
    await chat.silence(0.5)
    assert "precursor chemicals" in answer.text
    assert chat.emu.fault_count(kind, "sendMessage") == 1
    assert len(chat.bot_messages) == 1


async def test_slow_answer_past_the_timeout_is_not_sent_twice(
        start_bot, caplog: pytest.LogCaptureFixture) -> None:
    async with start_bot(request_timeout=0.5) as world:
        chat = world.private()
        world.emu.inject_fault("sendMessage", "slow", seconds=1.5)
        update = chat.say(QUESTION)
        [answer] = await chat.replies()
        await asyncio.sleep(2.0)
        later = await chat.ask("how often is the ammtc held")
        sent = chat.bot_messages
    assert "precursor chemicals" in answer.text
    assert "every two years" in later.text
    assert len(sent) == 2, "no duplicate and no apology after a time-out"
    failures = [r for r in caplog.records if "failed:" in r.getMessage()]
    assert len(failures) == 1 and "update " in failures[0].getMessage()
    assert update["message_id"]


async def test_bot_rides_out_a_server_outage(chat) -> None:
    chat.emu.inject_fault("sendMessage", "down", seconds=1.2)
    first = await chat.ask(QUESTION, timeout=15)
    second = await chat.ask("how often is the ammtc held", timeout=15)
    await chat.silence(0.5)
    assert "precursor chemicals" in first.text and "every two years" in second.text
    assert len(chat.bot_messages) == 2


async def test_failures_are_logged_once_by_update_without_the_token(
        start_bot, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    quick = ReliableRateLimiter(retry_delays=(0.05, 0.05))
    async with start_bot(rate_limiter=quick) as world:
        emu = world.emu
        caplog.handler.addFilter(TokenRedactor((emu.token,)))
        caplog.set_level(logging.DEBUG)
        chat = world.private()
        engine = world.application.bot_data.engine

        def explode(question: str, previous: str | None = None,
                    said_before: str | None = None) -> None:
            raise RuntimeError(f"lost https://api.example/bot{emu.token}/sendMessage")

        monkeypatch.setattr(engine.responder, "respond", explode)
        apology = await chat.ask(QUESTION)
        emu.inject_fault("sendMessage", "500", times=3)
        chat.say("/sources")
        await emu.wait_for(lambda: emu.fault_count("500") == 3, 5, "three failed sends")
        await asyncio.sleep(0.3)
        sources = await chat.ask("/sources")
        sent = chat.bot_messages
    assert apology.text == FAILURE
    assert "My sources" in sources.text
    secret = emu.token.split(":", 1)[1]
    logged = [r.getMessage() + (r.exc_text or "") for r in caplog.records]
    assert all(secret not in line for line in logged)
    assert any(REDACTED in line for line in logged)
    failures = [r.getMessage().split(" failed")[0] for r in caplog.records
                if r.getMessage().startswith("update ") and " failed" in r.getMessage()]
    assert len(failures) == 2 and len(set(failures)) == 2, "each failed update logged once"
    assert all(secret not in m.text for m in sent)


async def test_allow_list_refuses_outsiders_once_and_answers_members(start_bot) -> None:
    async with start_bot(settings={"allowed_users": frozenset({1001})}) as world:
        insider = world.private("Alice", user_id=1001)
        outsider = world.private("Bob", user_id=2002)
        refusal = await outsider.ask(QUESTION)
        outsider.say("please?")
        await outsider.silence(0.4)
        inline = await world.inline("drug cartels", by="Bob")
        answer = await insider.ask(QUESTION)
    assert refusal.text == NOT_ALLOWED
    assert inline == []
    assert "precursor chemicals" in answer.text


async def test_the_gate_stays_shut_when_its_refusal_cannot_be_sent(start_bot) -> None:
    async with start_bot(settings={"allowed_users": frozenset({1001})}) as world:
        outsider = world.private("Bob", user_id=2002)
        world.emu.inject_fault("sendMessage", "400")
        outsider.say(QUESTION)
        await outsider.silence(0.6)
        assert world.emu.fault_count("400", "sendMessage") == 1
        world.emu.inject_fault("answerInlineQuery", "400")
        query_id = world.emu.inline_query(world.user("Bob"), "drug cartels")
        await outsider.silence(0.4)
        assert world.emu.fault_count("400", "answerInlineQuery") == 1
        assert not world.emu.inline_queries[query_id]["answered"], "no results after a failed refusal"


async def test_a_user_over_the_limit_is_not_answered_when_the_notice_fails(start_bot) -> None:
    async with start_bot(settings={"user_limit": 1, "user_window": 60.0}) as world:
        alice = world.private("Alice")
        await alice.ask(QUESTION)
        world.emu.inject_fault("sendMessage", "400")
        alice.say(QUESTION)
        await alice.silence(0.6)
        assert world.emu.fault_count("400", "sendMessage") == 1


async def test_per_user_limit_notices_once_then_goes_quiet_for_that_user_only(start_bot) -> None:
    async with start_bot(settings={"user_limit": 3, "user_window": 60.0}) as world:
        alice, bob = world.private("Alice"), world.private("Bob")
        for _ in range(3):
            await alice.ask(QUESTION)
        notice = await alice.ask(QUESTION)
        alice.say(QUESTION)
        await alice.silence(0.4)
        other = await bob.ask(QUESTION)
    assert notice.text == SLOW_DOWN
    assert "precursor chemicals" in other.text


def _copy_knowledge(tmp_path: Path) -> tuple[Path, Path]:
    intents = tmp_path / "intents.yaml"
    shutil.copy(default_path("intents.yaml"), intents)
    corpus = tmp_path / "corpus"
    shutil.copytree(default_path("corpus"), corpus)
    return intents, corpus


NEW_EXAMPLE = "zebra crossing briefing question"


def _add_example(intents: Path) -> None:
    text = intents.read_text(encoding="utf-8")
    marker = "  - id: gscc-dates\n"
    start = text.index(marker)
    at = text.index("    examples:\n", start) + len("    examples:\n")
    intents.write_text(text[:at] + f"      - {NEW_EXAMPLE}\n" + text[at:], encoding="utf-8")


async def test_reload_by_admin_swaps_knowledge_and_a_bad_edit_keeps_the_old(
        start_bot, tmp_path: Path) -> None:
    intents, corpus = _copy_knowledge(tmp_path)
    admin_id = 4242
    async with start_bot(settings={"intents_path": intents, "corpus_dir": corpus,
                                   "admins": frozenset({admin_id})}) as world:
        admin, alice = world.private("Ada", user_id=admin_id), world.private("Alice")
        refused = await alice.ask("/reload")
        before = await admin.ask(NEW_EXAMPLE)
        _add_example(intents)
        reloaded = await admin.ask("/reload")
        after = await admin.ask(NEW_EXAMPLE)
        intents.write_text(intents.read_text(encoding="utf-8").replace(
            "version: 1", "version: 1\nintents: [", 1), encoding="utf-8")
        failed = await admin.ask("/reload")
        still = await admin.ask(NEW_EXAMPLE)
    assert refused.text == ADMINS_ONLY
    assert "from 19 to 21 September" not in before.text
    assert reloaded.text.startswith("Reloaded.")
    assert "from 19 to 21 September" in after.text
    assert failed.text.startswith("Reload failed; the old knowledge is still serving.")
    assert f"{intents}:" in failed.text and "Fix:" in failed.text
    assert "from 19 to 21 September" in still.text


async def test_questions_during_reloads_are_all_answered_once(start_bot, tmp_path: Path) -> None:
    intents, corpus = _copy_knowledge(tmp_path)
    async with start_bot(settings={"intents_path": intents, "corpus_dir": corpus,
                                   "user_limit": 0}) as world:
        engine = world.application.bot_data.engine
        chats = [world.private(f"User{n}") for n in range(20)]
        reloads = [asyncio.to_thread(engine.reload) for _ in range(3)]
        for chat in chats:
            chat.say(QUESTION)
        results = await asyncio.gather(*reloads)
        for chat in chats:
            [answer] = await chat.replies(timeout=10)
            assert "precursor chemicals" in answer.text
        for chat in chats:
            await chat.silence(0.05)
    assert all(r.ok for r in results)


async def test_webhook_answers_only_requests_with_the_secret_token(
        telegram, shipped_responder: Responder, unused_tcp_port: int, tmp_path: Path) -> None:
    emu = telegram.emu
    settings = Settings(intents_path=default_path("intents.yaml"),
                        corpus_dir=default_path("corpus"), token=emu.token,
                        api_base_url=emu.base_url, webhook_url="https://bot.example/telegram",
                        webhook_secret="s3cret-token", webhook_listen="127.0.0.1",
                        webhook_port=unused_tcp_port, db_path=tmp_path / "db.sqlite3")
    application = build_application(settings, shipped_responder, request_timeout=5.0)
    await application.initialize()
    await application.start()
    server = WebhookServer(application, settings)
    await server.start()
    try:
        chat = telegram.private()
        update = {"update_id": 1, "message": chat.say(QUESTION)}
        url = f"http://127.0.0.1:{unused_tcp_port}/telegram"
        async with httpx.AsyncClient() as client:
            missing = await client.post(url, json=update)
            wrong = await client.post(url, json=update,
                                      headers={"X-Telegram-Bot-Api-Secret-Token": "guess"})
            await chat.silence(0.3)
            right = await client.post(url, json=update,
                                      headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"})
        [answer] = await chat.replies()
    finally:
        await server.stop()
        await application.stop()
        await application.shutdown()
    assert missing.status_code == 403 and wrong.status_code == 403
    assert right.status_code == 200
    assert "precursor chemicals" in answer.text


@pytest.mark.parametrize("around", ["", "  ", "\n", " \t\r\n"],
                         ids=["as-is", "trailing-spaces", "trailing-newline", "mixed-whitespace"])
async def test_a_rejected_token_is_never_printed(telegram, tmp_path: Path, around: str) -> None:
    # A token pasted with whitespace around it is used stripped; neither form may be printed.
    revoked = "123456789:AAHrevokedTOKENrevokedTOKENrevoked00"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "TELEGRAM"))}
    env.update(TELEGRAM_BOT_TOKEN=around + revoked + around,
               TELEGRAM_API_BASE_URL=telegram.emu.base_url,
               BRIEFBOT_DB=str(tmp_path / "db.sqlite3"))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(process.communicate(), timeout=30)
    output = (out + err).decode()
    assert process.returncode == 1
    assert "AAHrevoked" not in output and REDACTED in output
    assert output.splitlines()[-1] == (f"briefbot: InvalidToken: The token `{REDACTED}` was "
                                       "rejected by the server.")


async def test_inline_queries_respect_the_chat_allow_list(start_bot) -> None:
    async with start_bot(settings={"allowed_chats": frozenset({-1001})}) as world:
        results = await world.inline("drug cartels", by="Eve")
    assert results == []


async def test_a_failed_callback_answer_does_not_cost_the_reply(start_bot) -> None:
    quick = ReliableRateLimiter(retry_delays=(0.05,))
    async with start_bot(rate_limiter=quick) as world:
        chat = world.private()
        clarify = await chat.ask("myanmar")
        world.emu.inject_fault("answerCallbackQuery", "500", times=5)
        answer = await chat.press(clarify, clarify.buttons[0][0], answered=False)
    assert "Source:" in answer.text


async def test_group_chatter_never_counts_against_the_limit(start_bot) -> None:
    async with start_bot(privacy_mode=False, settings={"user_limit": 2}) as world:
        group = world.group("Desk", ["Alice"])
        for n in range(5):
            group.say(f"just chatting {n}")
        group.say("/start@SomeOtherBot")
        await group.silence(0.5)
        answer = await group.ask("/ask how often is the ammtc held")
    assert "every two years" in answer.text


async def test_an_allowed_group_stays_allowed_as_a_supergroup(start_bot, bot_name: str) -> None:
    async with BotApiEmulator(bot_username=bot_name) as probe:
        group_id = probe.group_chat("Desk", [probe.user("A")]).id
    async with start_bot(settings={"allowed_chats": frozenset({group_id})}) as world:
        group = world.group("Desk", ["Alice"], creator="Alice")
        assert group.id == group_id
        supergroup = group.migrate()
        await supergroup.silence(0.3)
        answer = await supergroup.ask("/ask how often is the ammtc held")
    assert "every two years" in answer.text


async def test_a_broken_database_never_costs_an_answer(world, chat,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    store = world.application.bot_data.store

    def locked(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store, "record_many", locked)
    decline = await chat.ask("the weather on mars")
    assert "I don't have that in my sources" in decline.text
    assert not world.errors
