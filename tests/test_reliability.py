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
from bot.texts import ADMINS_ONLY, FAILURE, NOT_ALLOWED, SLOW_DOWN
from tests.conftest import TelegramWorld, telegram_world

QUESTION = "what are precursor chemicals"


@pytest.mark.parametrize("kind", ["500", "502", "reset"])
async def test_failed_sends_are_retried_and_delivered_once(world: TelegramWorld,
                                                           kind: str) -> None:
    emu = world.emu
    alice, chat = world.private()
    emu.inject_fault("sendMessage", kind)  # type: ignore[arg-type]
    emu.send_text(chat, alice, QUESTION)
    [answer] = await emu.wait_for_messages(chat, timeout=5)
    await emu.expect_silence(chat, 0.5)
    assert "precursor chemicals" in answer["text"]
    assert emu.fault_count(kind, "sendMessage") == 1
    assert len(emu.sent_messages(chat)) == 1


async def test_slow_answer_past_the_timeout_is_not_sent_twice(
        shipped_responder: Responder, caplog: pytest.LogCaptureFixture) -> None:
    async with telegram_world(shipped_responder, request_timeout=0.5) as world:
        emu = world.emu
        alice, chat = world.private()
        emu.inject_fault("sendMessage", "slow", seconds=1.5)
        update = emu.send_text(chat, alice, QUESTION)
        [answer] = await emu.wait_for_messages(chat, timeout=5)
        await asyncio.sleep(2.0)
        emu.send_text(chat, alice, "how often is the ammtc held")
        [later] = await emu.wait_for_messages(chat, timeout=5)
    assert "precursor chemicals" in answer["text"]
    assert "every two years" in later["text"]
    assert len(emu.sent_messages(chat)) == 2, "no duplicate and no apology after a time-out"
    failures = [r for r in caplog.records if "failed:" in r.getMessage()]
    assert len(failures) == 1 and "update " in failures[0].getMessage()
    assert update["message_id"]


async def test_bot_rides_out_a_server_outage(world: TelegramWorld) -> None:
    emu = world.emu
    alice, chat = world.private()
    emu.inject_fault("sendMessage", "down", seconds=1.2)
    emu.send_text(chat, alice, QUESTION)
    [first] = await emu.wait_for_messages(chat, timeout=15)
    emu.send_text(chat, alice, "how often is the ammtc held")
    [second] = await emu.wait_for_messages(chat, timeout=15)
    await emu.expect_silence(chat, 0.5)
    assert "precursor chemicals" in first["text"] and "every two years" in second["text"]
    assert len(emu.sent_messages(chat)) == 2


async def test_failures_are_logged_once_by_update_without_the_token(
        shipped_responder: Responder, caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    quick = ReliableRateLimiter(retry_delays=(0.05, 0.05))
    async with telegram_world(shipped_responder, rate_limiter=quick) as world:
        emu = world.emu
        caplog.handler.addFilter(TokenRedactor((emu.token,)))
        caplog.set_level(logging.DEBUG)
        alice, chat = world.private()
        engine = world.application.bot_data.engine

        def explode(question: str) -> None:
            raise RuntimeError(f"lost https://api.example/bot{emu.token}/sendMessage")

        monkeypatch.setattr(engine.responder, "respond", explode)
        emu.send_text(chat, alice, QUESTION)
        [apology] = await emu.wait_for_messages(chat)
        emu.inject_fault("sendMessage", "500", times=3)
        emu.send_text(chat, alice, "/sources")
        await emu.wait_for(lambda: emu.fault_count("500") == 3, 5, "three failed sends")
        await asyncio.sleep(0.3)
        emu.send_text(chat, alice, "/sources")
        [sources] = await emu.wait_for_messages(chat)
    assert apology["text"] == FAILURE
    assert "My sources" in sources["text"]
    secret = emu.token.split(":", 1)[1]
    logged = [r.getMessage() + (r.exc_text or "") for r in caplog.records]
    assert all(secret not in line for line in logged)
    assert any(REDACTED in line for line in logged)
    failures = [r.getMessage().split(" failed")[0] for r in caplog.records
                if r.getMessage().startswith("update ") and " failed" in r.getMessage()]
    assert len(failures) == 2 and len(set(failures)) == 2, "each failed update logged once"
    assert all(secret not in m["text"] for m in emu.sent_messages(chat))


async def test_allow_list_refuses_once_and_answers_members(shipped_responder: Responder
                                                           ) -> None:
    async with telegram_world(shipped_responder,
                              settings={"allowed_users": frozenset({1001})}) as world:
        emu = world.emu
        insider = emu.user("Alice", "alice", user_id=1001)
        outsider = emu.user("Bob", "bob", user_id=2002)
        out_chat, in_chat = emu.private_chat(outsider), emu.private_chat(insider)
        emu.send_text(out_chat, outsider, QUESTION)
        [refusal] = await emu.wait_for_messages(out_chat)
        emu.send_text(out_chat, outsider, "please?")
        await emu.expect_silence(out_chat, 0.4)
        inline = await emu.wait_for_inline_answer(emu.inline_query(outsider, "drug cartels"))
        emu.send_text(in_chat, insider, QUESTION)
        [answer] = await emu.wait_for_messages(in_chat)
    assert refusal["text"] == NOT_ALLOWED
    assert inline["results"] == []
    assert "precursor chemicals" in answer["text"]


async def test_per_user_limit_notices_once_then_goes_quiet(shipped_responder: Responder) -> None:
    async with telegram_world(shipped_responder,
                              settings={"user_limit": 3, "user_window": 60.0}) as world:
        emu = world.emu
        alice, chat = world.private()
        bob, bob_chat = world.private("Bob")
        for _ in range(3):
            emu.send_text(chat, alice, QUESTION)
            await emu.wait_for_messages(chat)
        emu.send_text(chat, alice, QUESTION)
        [notice] = await emu.wait_for_messages(chat)
        emu.send_text(chat, alice, QUESTION)
        await emu.expect_silence(chat, 0.4)
        emu.send_text(bob_chat, bob, QUESTION)
        [other] = await emu.wait_for_messages(bob_chat)
    assert notice["text"] == SLOW_DOWN
    assert "precursor chemicals" in other["text"]


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
        shipped_responder: Responder, tmp_path: Path) -> None:
    intents, corpus = _copy_knowledge(tmp_path)
    admin_id = 4242
    async with telegram_world(shipped_responder, settings={
            "intents_path": intents, "corpus_dir": corpus,
            "admins": frozenset({admin_id})}) as world:
        emu = world.emu
        admin = emu.user("Ada", "ada", user_id=admin_id)
        chat = emu.private_chat(admin)
        alice, alice_chat = world.private()
        emu.send_text(alice_chat, alice, "/reload")
        [refused] = await emu.wait_for_messages(alice_chat)
        emu.send_text(chat, admin, NEW_EXAMPLE)
        [before] = await emu.wait_for_messages(chat)
        _add_example(intents)
        emu.send_text(chat, admin, "/reload")
        [reloaded] = await emu.wait_for_messages(chat)
        emu.send_text(chat, admin, NEW_EXAMPLE)
        [after] = await emu.wait_for_messages(chat)
        intents.write_text(intents.read_text(encoding="utf-8").replace(
            "version: 1", "version: 1\nintents: [", 1), encoding="utf-8")
        emu.send_text(chat, admin, "/reload")
        [failed] = await emu.wait_for_messages(chat)
        emu.send_text(chat, admin, NEW_EXAMPLE)
        [still] = await emu.wait_for_messages(chat)
    assert refused["text"] == ADMINS_ONLY
    assert "from 19 to 21 September" not in before["text"]
    assert reloaded["text"].startswith("Reloaded.")
    assert "from 19 to 21 September" in after["text"]
    assert failed["text"].startswith("Reload failed; the old knowledge is still serving.")
    assert f"{intents}:" in failed["text"] and "Fix:" in failed["text"]
    assert "from 19 to 21 September" in still["text"]


async def test_questions_during_reloads_are_all_answered_once(
        shipped_responder: Responder, tmp_path: Path) -> None:
    intents, corpus = _copy_knowledge(tmp_path)
    async with telegram_world(shipped_responder, settings={
            "intents_path": intents, "corpus_dir": corpus, "user_limit": 0}) as world:
        emu = world.emu
        engine = world.application.bot_data.engine
        users = [emu.user(f"User{n}", f"user{n}") for n in range(20)]
        chats = [emu.private_chat(u) for u in users]
        reloads = [asyncio.to_thread(engine.reload) for _ in range(3)]
        for user, chat in zip(users, chats, strict=True):
            emu.send_text(chat, user, QUESTION)
        results = await asyncio.gather(*reloads)
        for chat in chats:
            [answer] = await emu.wait_for_messages(chat, timeout=10)
            assert "precursor chemicals" in answer["text"]
        for chat in chats:
            await emu.expect_silence(chat, 0.05)
    assert all(r.ok for r in results)


async def test_webhook_requires_the_secret_token(shipped_responder: Responder,
                                                 unused_tcp_port: int, tmp_path: Path) -> None:
    async with BotApiEmulator(bot_username="briefbot_test_bot") as emu:
        settings = Settings(intents_path=default_path("intents.yaml"),
                            corpus_dir=default_path("corpus"), token=emu.token,
                            api_base_url=emu.base_url, webhook_url="https://bot.example/telegram",
                            webhook_secret="s3cret-token", db_path=tmp_path / "db.sqlite3")
        application = build_application(settings, shipped_responder, request_timeout=5.0)
        await application.initialize()
        await application.start()
        assert application.updater is not None
        await application.updater.start_webhook(
            listen="127.0.0.1", port=unused_tcp_port, url_path="telegram",
            webhook_url=settings.webhook_url, secret_token=settings.webhook_secret)
        try:
            alice = emu.user("Alice", "alice")
            chat = emu.private_chat(alice)
            message = emu.send_text(chat, alice, QUESTION)
            update = {"update_id": 1, "message": message}
            url = f"http://127.0.0.1:{unused_tcp_port}/telegram"
            async with httpx.AsyncClient() as client:
                missing = await client.post(url, json=update)
                wrong = await client.post(url, json=update,
                                          headers={"X-Telegram-Bot-Api-Secret-Token": "guess"})
                await emu.expect_silence(chat, 0.3)
                right = await client.post(url, json=update,
                                          headers={"X-Telegram-Bot-Api-Secret-Token":
                                                   "s3cret-token"})
            [answer] = await emu.wait_for_messages(chat)
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()
    assert missing.status_code == 403 and wrong.status_code == 403
    assert right.status_code == 200
    assert "precursor chemicals" in answer["text"]


async def test_a_rejected_token_is_never_printed(tmp_path: Path) -> None:
    async with BotApiEmulator(bot_username="briefbot_test_bot") as emu:
        revoked = "123456789:AAHrevokedTOKENrevokedTOKENrevoked00"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "TELEGRAM"))}
        env.update(TELEGRAM_BOT_TOKEN=revoked, TELEGRAM_API_BASE_URL=emu.base_url,
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


async def test_inline_queries_respect_the_chat_allow_list(shipped_responder: Responder) -> None:
    async with telegram_world(shipped_responder,
                              settings={"allowed_chats": frozenset({-1001})}) as world:
        stranger = world.emu.user("Eve", "eve")
        answer = await world.emu.wait_for_inline_answer(
            world.emu.inline_query(stranger, "drug cartels"))
    assert answer["results"] == []


async def test_a_failed_callback_answer_does_not_cost_the_reply(shipped_responder: Responder
                                                                ) -> None:
    quick = ReliableRateLimiter(retry_delays=(0.05,))
    async with telegram_world(shipped_responder, rate_limiter=quick) as world:
        emu = world.emu
        alice, chat = world.private()
        emu.send_text(chat, alice, "myanmar")
        [clarify] = await emu.wait_for_messages(chat)
        emu.inject_fault("answerCallbackQuery", "500", times=5)
        emu.press_button(clarify, emu.keyboard(clarify)[0][0][1], alice)
        [answer] = await emu.wait_for_messages(chat)
    assert "Source:" in answer["text"]


async def test_group_chatter_never_counts_against_the_limit(shipped_responder: Responder) -> None:
    async with telegram_world(shipped_responder, privacy_mode=False,
                              settings={"user_limit": 2}) as world:
        emu = world.emu
        alice = emu.user("Alice", "alice")
        group = emu.group_chat("Desk", [alice])
        for n in range(5):
            emu.send_text(group, alice, f"just chatting {n}")
        emu.send_text(group, alice, "/start@SomeOtherBot")
        await emu.expect_silence(group, 0.5)
        emu.send_text(group, alice, "/ask how often is the ammtc held")
        [answer] = await emu.wait_for_messages(group)
    assert "every two years" in answer["text"]


async def test_an_allowed_group_stays_allowed_as_a_supergroup(shipped_responder: Responder
                                                              ) -> None:
    async with BotApiEmulator(bot_username="briefbot_test_bot") as probe:
        group_id = probe.group_chat("Desk", [probe.user("A")]).id
    async with telegram_world(shipped_responder,
                              settings={"allowed_chats": frozenset({group_id})}) as world:
        emu = world.emu
        alice = emu.user("Alice", "alice")
        group = emu.group_chat("Desk", [alice], creator=alice)
        assert group.id == group_id
        supergroup = emu.migrate_to_supergroup(group, alice)
        await emu.expect_silence(supergroup, 0.3)
        emu.send_text(supergroup, alice, "/ask how often is the ammtc held")
        [answer] = await emu.wait_for_messages(supergroup)
    assert "every two years" in answer["text"]


async def test_a_broken_database_never_costs_an_answer(world: TelegramWorld,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    store = world.application.bot_data.store

    def locked(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store, "record_decision", locked)
    alice, chat = world.private()
    world.emu.send_text(chat, alice, "the weather on mars")
    [decline] = await world.emu.wait_for_messages(chat)
    assert "I don't have that in my sources" in decline["text"]
    assert not world.running.errors
