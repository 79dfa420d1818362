"""The per-user limit counts everything a user asks, an update Telegram delivers again is handled
once, and what the bot remembers per chat is bounded and expires."""

import asyncio
import sqlite3
from pathlib import Path

import httpx
import pytest

from bot import texts
from bot.config import ConfigError, Settings, default_path
from bot.core.responder import Responder
from bot.emulator import Chat, User
from bot.emulator.text_entities import detect_entities
from bot.telegram_adapter.app import build_application
from bot.telegram_adapter.state import ChatState, ChatStates, Recent
from bot.telegram_adapter.webhook import WebhookServer

ANSWERED = "how often is the ammtc held"
#: Telegram's stand-in for an anonymous group administrator, the same in every group.
ANONYMOUS_ADMIN = User(1087968824, "Group", "GroupAnonymousBot", is_bot=True)


def _as_anonymous_admin(emu, chat: Chat, text: str) -> None:
    """An anonymous administrator of ``chat`` sends ``text`` (on behalf of the group).

    Queued as Telegram delivers it: the emulator's delivery rules would take GroupAnonymousBot
    for another bot, whose messages bots never see.
    """
    emu.register_user(ANONYMOUS_ADMIN)
    content = {"text": text, "entities": detect_entities(text), "sender_chat": chat.to_dict()}
    emu.updates.push("message", emu.store_message(chat, ANONYMOUS_ADMIN, content, None))


async def test_a_limited_users_inline_queries_are_limited_too(start_bot) -> None:
    async with start_bot(settings={"user_limit": 2}) as world:
        bob = world.private("Bob")
        for _ in range(2):
            await bob.ask(ANSWERED)
        notice = await bob.ask(ANSWERED)
        limited = await world.inline("drug cartels", by="Bob")
        others = await world.inline("drug cartels", by="Carol")
        typed = [await world.inline(text, by="Dave") for text in ("drug", "drug car", "drug cartels")]
    assert notice.text == texts.SLOW_DOWN
    assert limited == [] and others
    assert typed[0] and typed[1] and typed[2] == []  # each inline query counts as one


async def test_anonymous_administrators_of_two_groups_are_counted_apart(start_bot) -> None:
    async with start_bot(settings={"user_limit": 2}) as world:
        desk = world.group("Desk", ["Alice"])
        other = world.group("Other desk", ["Bob"])
        for _ in range(2):
            _as_anonymous_admin(world.emu, desk.chat, f"/ask {ANSWERED}")
        answers = await desk.replies(2)
        _as_anonymous_admin(world.emu, other.chat, f"/ask {ANSWERED}")
        [elsewhere] = await other.replies()
        _as_anonymous_admin(world.emu, desk.chat, f"/ask {ANSWERED}")
        [notice] = await desk.replies()
    assert all("every two years" in a.text for a in answers)
    assert "every two years" in elsewhere.text
    assert notice.text == texts.SLOW_DOWN


async def test_the_same_update_posted_four_times_to_the_webhook_is_answered_once(
        telegram, shipped_responder: Responder, unused_tcp_port: int, tmp_path: Path) -> None:
    emu = telegram.emu
    settings = Settings(intents_path=default_path("intents.yaml"),
                        corpus_dir=default_path("corpus"), token=emu.token,
                        api_base_url=emu.base_url, webhook_url="https://bot.example/telegram",
                        webhook_secret="s3cret-token", webhook_listen="127.0.0.1",
                        webhook_port=unused_tcp_port, db_path=tmp_path / "db.sqlite3")
    application = build_application(settings, shipped_responder, request_timeout=5.0)
    server = WebhookServer(application, settings)
    async with application:
        await application.start()
        await server.start()
        try:
            chat = telegram.private()
            update = {"update_id": 41, "message": chat.say(ANSWERED)}
            url = f"http://127.0.0.1:{unused_tcp_port}/telegram"
            headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
            async with httpx.AsyncClient() as client:
                posted = await asyncio.gather(*(client.post(url, json=update, headers=headers)
                                                for _ in range(4)))
                again = await client.post(url, json=update, headers=headers)
            [answer] = await chat.replies()
            await chat.silence(0.5)
        finally:
            await server.stop()
            await application.stop()
    # One is handled (200 once answered); the three that arrive meanwhile are told to come
    # again later (503), and when one does it is dropped as handled (200).
    assert sorted(p.status_code for p in posted) == [200, 503, 503, 503]
    assert again.status_code == 200
    assert "every two years" in answer.text


def test_recent_forgets_the_least_recently_put_and_the_too_old() -> None:
    now = [0.0]
    recent: Recent[int, str] = Recent(limit=2, max_age=10, clock=lambda: now[0])
    recent.put(1, "one")
    recent.put(2, "two")
    recent.put(3, "three")  # one too many: 1 goes
    now[0] = 5
    recent.put(2, "two again")  # 2 is used again: 3 is now the least recent
    now[0] = 12
    assert 1 not in recent and recent.get(3) is None  # 3 is older than 10 seconds
    assert recent.get(2) == "two again"
    recent.put(4, "four")
    assert len(recent) == 2


def test_pending_suggestions_are_bounded_per_chat_and_expire() -> None:
    now = [0.0]
    chats = ChatStates(limit=2, max_age=60, clock=lambda: now[0])
    first = chats.of(1)
    chats.of(2)
    chats.of(3)
    assert chats.of(1) is not first and len(chats) == 2  # chat 1 was forgotten
    state = ChatState()
    for message_id in range(25):
        state.remember_clarify(message_id, object(), now=0.0)  # type: ignore[arg-type]
    assert sorted(state.clarifies) == list(range(5, 25))
    assert state.take_clarify(24, now=30.0, max_age=60) is not None
    assert state.take_clarify(23, now=61.0, max_age=60) is None


async def test_a_none_of_these_pressed_after_the_chat_was_forgotten_is_not_recorded(
        start_bot) -> None:
    async with start_bot(settings={"chat_state_hours": 0.5 / 3600}) as world:
        chat = world.private()
        clarify = await chat.ask("myanmar")
        await asyncio.sleep(0.7)
        pressed = await chat.press(clarify, "None of these")
        kept = len(world.application.bot_data.chats)
        python_telegram_bot_kept = len(world.application.chat_data)
    with sqlite3.connect(world.db_path) as raw:
        decisions = [d for (d,) in raw.execute("SELECT decision FROM unanswered")]
    assert pressed.text == texts.NONE_OF_THESE
    assert decisions == ["clarify"]
    assert kept == 1 and python_telegram_bot_kept == 0


async def test_state_is_kept_for_at_most_so_many_chats_and_a_refusal_is_repeated_once_forgotten(
        start_bot) -> None:
    settings = {"chat_states": 3, "chat_state_hours": 0.5 / 3600,
                "allowed_chats": frozenset({-1})}
    async with start_bot(settings=settings) as world:
        eve = world.private("Eve")
        first = await eve.ask("hello")
        eve.say("hello again")
        await eve.silence(0.3)
        await asyncio.sleep(0.3)  # past the half second a refusal is remembered
        again = await eve.ask("hello once more")
        for name in ("Fay", "Gus", "Hal", "Ivy"):
            await world.private(name).ask("hello")
        refused = len(world.application.bot_data.refused_chats)
    assert first.text == again.text == texts.NOT_ALLOWED
    assert refused == 3


def test_the_caps_are_settings_with_defaults_and_clear_errors() -> None:
    defaults = Settings.from_env({})
    tuned = Settings.from_env({"BRIEFBOT_MAX_UNANSWERED": "500", "BRIEFBOT_SEEN_UPDATES": "2000",
                               "BRIEFBOT_CHAT_STATES": "300", "BRIEFBOT_CHAT_STATE_HOURS": "0.5",
                               "BRIEFBOT_RECORDS_PER_USER_HOUR": "0",
                               "BRIEFBOT_RECORDS_PER_USER_DAY": "0"})
    assert (defaults.max_unanswered, defaults.records_per_user_hour,
            defaults.records_per_user_day) == (20_000, 10, 30)
    assert (defaults.seen_updates, defaults.chat_states, defaults.chat_state_hours) == (
        10_000, 10_000, 24.0)
    assert (tuned.max_unanswered, tuned.seen_updates, tuned.chat_states,
            tuned.chat_state_hours, tuned.records_per_user_day) == (500, 2000, 300, 0.5, 0)
    with pytest.raises(ConfigError, match="BRIEFBOT_RECORDS_PER_USER_DAY must not be below"):
        Settings.from_env({"BRIEFBOT_RECORDS_PER_USER_HOUR": "5",
                           "BRIEFBOT_RECORDS_PER_USER_DAY": "2"})
    with pytest.raises(ConfigError, match="BRIEFBOT_MAX_UNANSWERED must be a whole number"):
        Settings.from_env({"BRIEFBOT_MAX_UNANSWERED": "lots"})
