"""Tests of the Bot API emulator, mostly through a real python-telegram-bot Application."""

from __future__ import annotations

import asyncio
import html
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from telegram import (
    Bot,
    BotCommandScopeAllGroupChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.error import BadRequest, ChatMigrated, InvalidToken, NetworkError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.emulator import BotApiEmulator, TelegramHtmlError, parse_telegram_html, utf16_len
from bot.emulator.testing import application_builder, running_application

BOT_NAME = "briefbot_test_bot"
Context = ContextTypes.DEFAULT_TYPE


# -- a tiny bot -------------------------------------------------------------------------------


async def start(update: Update, context: Context) -> None:
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("More", callback_data="more"),
                InlineKeyboardButton("Site", url="https://example.org"),
            ]
        ]
    )
    assert update.effective_message is not None
    await update.effective_message.reply_html("<b>Hello</b>, friend &amp; co", reply_markup=keyboard)


async def bad_html(update: Update, context: Context) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_html("<foo>bar</foo>")


async def too_long(update: Update, context: Context) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_html("<b>" + "x" * 4097 + "</b>")


async def big_button(update: Update, context: Context) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Big", callback_data="é" * 33)]])
    assert update.effective_message is not None
    await update.effective_message.reply_text("buttons", reply_markup=keyboard)


async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer(text=f"got {query.data}")
    await query.edit_message_text(f"You chose {query.data}")


async def on_inline(update: Update, context: Context) -> None:
    query = update.inline_query
    assert query is not None
    text = f"<b>{html.escape(query.query)}</b>"
    content = InputTextMessageContent(text, parse_mode="HTML")
    await query.answer([InlineQueryResultArticle("r1", "Echo", content)], cache_time=0)


async def echo(update: Update, context: Context) -> None:
    message = update.effective_message
    assert message is not None and message.text is not None
    await message.reply_text(f"echo: {message.text}")


def build_app(
    emu: BotApiEmulator, seen: list[Update] | None = None, *, rate_limited: bool = False
) -> Application[Any, Any, Any, Any, Any, Any]:
    app: Application[Any, Any, Any, Any, Any, Any]
    if rate_limited:
        app = application_builder(emu).rate_limiter(AIORateLimiter(max_retries=2)).build()
    else:
        app = application_builder(emu).build()
    if seen is not None:

        async def remember(update: Update, context: Context) -> None:
            seen.append(update)

        app.add_handler(TypeHandler(Update, remember), group=-1)
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("bad", bad_html))
    app.add_handler(CommandHandler("long", too_long))
    app.add_handler(CommandHandler("bigbutton", big_button))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(InlineQueryHandler(on_inline))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return app


@pytest.fixture
async def emu() -> AsyncIterator[BotApiEmulator]:
    async with BotApiEmulator(bot_username=BOT_NAME) as emulator:
        yield emulator


async def raw_call(emu: BotApiEmulator, method: str, **params: Any) -> tuple[int, Any]:
    """POST form data the way python-telegram-bot encodes it."""
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{emu.base_url}{emu.token}/{method}", data=form)
    return response.status_code, response.json()


# -- through a real Application -------------------------------------------------------------


async def test_private_echo_and_html_reply_with_keyboard(emu: BotApiEmulator) -> None:
    alice = emu.user("Alice", "alice")
    chat = emu.private_chat(alice)
    async with running_application(build_app(emu)):
        emu.send_text(chat, alice, "hello there")
        [reply] = await emu.wait_for_messages(chat)
        assert reply["text"] == "echo: hello there"

        emu.send_text(chat, alice, "/start")
        [welcome] = await emu.wait_for_messages(chat)
    assert welcome["text"] == "Hello, friend & co"
    assert welcome["raw_text"] == "<b>Hello</b>, friend &amp; co"
    assert welcome["parse_mode"] == "HTML"
    assert welcome["entities"] == [{"type": "bold", "offset": 0, "length": 5}]
    assert emu.keyboard(welcome) == [[("More", "more"), ("Site", None)]]
    assert welcome["message_id"] > reply["message_id"]
    assert ("getMe", {}) in emu.requests


async def test_bad_html_is_refused_with_telegrams_error(emu: BotApiEmulator) -> None:
    alice = emu.user("Alice")
    chat = emu.private_chat(alice)
    async with running_application(build_app(emu)) as running:
        emu.send_text(chat, alice, "/bad")
        error = await running.wait_for_error(BadRequest)
        await emu.expect_silence(chat, 0.1)
    assert emu.errors_for("sendMessage")[-1].description == (
        'Bad Request: can\'t parse entities: Unsupported start tag "foo" at byte offset 0'
    )
    # PTB strips "Bad Request: " and capitalize()s the rest: compare case-insensitively.
    assert "unsupported start tag" in str(error).lower()


async def test_message_over_4096_visible_chars_is_refused(emu: BotApiEmulator) -> None:
    alice = emu.user("Alice")
    chat = emu.private_chat(alice)
    async with running_application(build_app(emu)) as running:
        emu.send_text(chat, alice, "/long")
        await running.wait_for_error(BadRequest)
    assert emu.errors_for("sendMessage")[-1].description == "Bad Request: message is too long"
    assert emu.sent_messages(chat) == []


async def test_callback_data_over_64_bytes_is_refused(emu: BotApiEmulator) -> None:
    alice = emu.user("Alice")
    chat = emu.private_chat(alice)
    async with running_application(build_app(emu)) as running:
        emu.send_text(chat, alice, "/bigbutton")
        await running.wait_for_error(BadRequest)
    assert emu.errors_for("sendMessage")[-1].description == "Bad Request: BUTTON_DATA_INVALID"


async def test_button_press_is_answered_and_message_edited(emu: BotApiEmulator) -> None:
    alice = emu.user("Alice")
    chat = emu.private_chat(alice)
    async with running_application(build_app(emu)):
        emu.send_text(chat, alice, "/start")
        [menu] = await emu.wait_for_messages(chat)
        query_id = emu.press_button(menu, "more", alice)
        answer = await emu.wait_for_callback_answer(query_id)
        edited = await emu.wait_for_edit(menu)
    assert answer["text"] == "got more"
    assert edited["text"] == "You chose more"
    assert edited["reply_markup"] is None  # editMessageText without markup drops the keyboard
    status, body = await raw_call(emu, "answerCallbackQuery", callback_query_id=query_id)
    assert (status, body["description"]) == (
        400,
        "Bad Request: query is too old and response timeout expired or query ID is invalid",
    )


async def test_inline_query_is_answered(emu: BotApiEmulator) -> None:
    bob = emu.user("Bob", "bob")
    async with running_application(build_app(emu)):
        query_id = emu.inline_query(bob, "a<b")
        answer = await emu.wait_for_inline_answer(query_id)
    [result] = answer["results"]
    assert result["id"] == "r1"
    assert result["input_message_content"]["message_text"] == "<b>a&lt;b</b>"


async def test_group_privacy_mode_delivers_only_addressed_messages(emu: BotApiEmulator) -> None:
    alice, bob = emu.user("Alice", "alice"), emu.user("Bob", "bob")
    group = emu.group_chat("Crime desk", [alice, bob])
    seen: list[Update] = []
    async with running_application(build_app(emu, seen)):
        chatter = emu.send_text(group, alice, "anyone read the report?")
        other_bot = emu.send_text(group, bob, "/start@SomeOtherBot")
        await emu.expect_silence(group, 0.2)

        emu.send_text(group, bob, f"/start@{BOT_NAME}")
        [menu] = await emu.wait_for_messages(group)
        emu.send_text(group, alice, "thanks!", reply_to=menu)
        [reply_echo] = await emu.wait_for_messages(group)
        emu.send_text(group, bob, f"hey @{BOT_NAME} are you there")
        [mention_echo] = await emu.wait_for_messages(group)
    delivered = {u.message.message_id for u in seen if u.message}
    assert chatter["message_id"] not in delivered
    assert other_bot["message_id"] not in delivered
    assert menu["text"] == "Hello, friend & co"
    assert reply_echo["text"] == "echo: thanks!"
    assert mention_echo["text"] == f"echo: hey @{BOT_NAME} are you there"
    assert emu.history(group)[0]["text"] == "anyone read the report?"


async def test_429_is_retried_by_aioratelimiter_and_delivered_once(emu: BotApiEmulator) -> None:
    alice = emu.user("Alice")
    chat = emu.private_chat(alice)
    emu.inject_fault("sendMessage", "429", retry_after=1)
    async with running_application(build_app(emu, rate_limited=True)):
        emu.send_text(chat, alice, "ping")
        [reply] = await emu.wait_for_messages(chat, timeout=3)
        await emu.expect_silence(chat, 0.1)
    assert reply["text"] == "echo: ping"
    assert emu.fault_count("429", "sendMessage") == 1
    assert len(emu.calls("sendMessage")) == 2
    assert len(emu.sent_messages(chat)) == 1


async def test_500_surfaces_as_network_error(emu: BotApiEmulator) -> None:
    alice = emu.user("Alice")
    chat = emu.private_chat(alice)
    emu.inject_fault("sendMessage", "500")
    async with running_application(build_app(emu)) as running:
        emu.send_text(chat, alice, "first")
        error = await running.wait_for_error(NetworkError)
        emu.send_text(chat, alice, "second")
        [reply] = await emu.wait_for_messages(chat)
    assert "Internal Server Error" in str(error)
    assert reply["text"] == "echo: second"
    assert emu.fault_count("500") == 1


async def test_restarted_application_does_not_see_updates_twice(emu: BotApiEmulator) -> None:
    alice = emu.user("Alice")
    chat = emu.private_chat(alice)
    seen: list[Update] = []
    async with running_application(build_app(emu, seen)):
        emu.send_text(chat, alice, "one")
        await emu.wait_for_messages(chat)
    emu.send_text(chat, alice, "two")  # arrives while the bot is stopped
    async with running_application(build_app(emu, seen)):
        [reply] = await emu.wait_for_messages(chat)
    ids = [u.update_id for u in seen]
    assert reply["text"] == "echo: two"
    assert len(ids) == len(set(ids)) == 2
    assert [u.message.text for u in seen if u.message] == ["one", "two"]


async def test_wrong_token_is_401(emu: BotApiEmulator) -> None:
    app = application_builder(emu, token="123456789:wrong").build()
    with pytest.raises(InvalidToken):
        await app.initialize()
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{emu.base_url}123456789:wrong/getMe")
    assert response.status_code == 401
    assert response.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    status, body = await raw_call(emu, "noSuchMethod")
    assert (status, body) == (404, {"ok": False, "error_code": 404, "description": "Not Found"})


# -- the API directly -------------------------------------------------------------------------


async def test_get_updates_offset_limit_and_long_polling(emu: BotApiEmulator) -> None:
    alice = emu.user("Alice")
    chat = emu.private_chat(alice)
    for text in ("a", "b", "c"):
        emu.send_text(chat, alice, text)
    _, first = await raw_call(emu, "getUpdates", limit=2)
    ids = [u["update_id"] for u in first["result"]]
    assert [u["message"]["text"] for u in first["result"]] == ["a", "b"]
    _, again = await raw_call(emu, "getUpdates", offset=ids[1])
    assert [u["message"]["text"] for u in again["result"]] == ["b", "c"]
    _, last = await raw_call(emu, "getUpdates", offset=-1)
    assert [u["message"]["text"] for u in last["result"]] == ["c"]

    started = time.monotonic()
    poll = asyncio.create_task(raw_call(emu, "getUpdates", offset=ids[1] + 2, timeout=5))
    await asyncio.sleep(0.1)
    emu.send_text(chat, alice, "d")
    _, woken = await poll
    assert [u["message"]["text"] for u in woken["result"]] == ["d"]
    assert time.monotonic() - started < 1.0


async def test_newer_get_updates_terminates_older_with_conflict(emu: BotApiEmulator) -> None:
    older = asyncio.create_task(raw_call(emu, "getUpdates", timeout=5))
    await asyncio.sleep(0.1)
    newer = asyncio.create_task(raw_call(emu, "getUpdates", timeout=0))
    status, body = await older
    assert status == 409 and body["description"].startswith("Conflict: terminated by other")
    assert (await newer)[0] == 200


async def test_edit_errors_chat_not_found_and_migration(emu: BotApiEmulator) -> None:
    alice = emu.user("Alice")
    chat = emu.private_chat(alice)
    group = emu.group_chat("Old group", [alice])
    async with Bot(emu.token, base_url=emu.base_url) as bot:
        sent = await bot.send_message(chat.id, "<i>hi</i>", parse_mode="HTML")
        assert sent.text == "hi" and sent.from_user is not None and sent.from_user.is_bot
        with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
            await bot.edit_message_text("<i>hi</i>", chat.id, sent.message_id, parse_mode="HTML")
        with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
            await bot.edit_message_text("x", chat.id, 999)
        with pytest.raises(BadRequest, match=r"(?i)chat not found"):
            await bot.send_message(424242, "hello?")
        supergroup = emu.migrate_to_supergroup(group)
        with pytest.raises(ChatMigrated) as migrated:
            await bot.send_message(group.id, "still there?")
        assert migrated.value.new_chat_id == supergroup.id
        emu.block_bot(alice)
        with pytest.raises(Exception, match=r"(?i)blocked by the user"):
            await bot.send_message(chat.id, "hello?")
    kinds = [set(u) - {"update_id"} for u in emu.updates.pending()]
    assert {"message"} in kinds  # the migrate_to/migrate_from service messages
    notes = [u["message"] for u in emu.updates.pending()]
    assert notes[0]["migrate_to_chat_id"] == supergroup.id
    assert notes[1]["migrate_from_chat_id"] == group.id


async def test_members_commands_and_bot_joining_a_group(emu: BotApiEmulator) -> None:
    alice, bob = emu.user("Alice"), emu.user("Bob")
    group = emu.group_chat("Desk", [alice, bob], type="supergroup", bot_status="left")
    emu.set_member_status(group, bob, "kicked")
    service = emu.add_bot_to_group(group, alice)
    assert service["new_chat_members"][0]["id"] == emu.bot.id
    async with Bot(emu.token, base_url=emu.base_url) as bot:
        assert (await bot.get_chat_member(group.id, alice.id)).status == "creator"
        assert (await bot.get_chat_member(group.id, bob.id)).status == "kicked"
        assert (await bot.get_chat_member(group.id, emu.bot.id)).status == "member"
        admins = await bot.get_chat_administrators(group.id)
        assert [a.user.id for a in admins] == [alice.id]
        full = await bot.get_chat(group.id)
        assert full.title == "Desk" and full.type == "supergroup"
        await bot.set_my_commands([("start", "Start"), ("brief", "Get a brief")])
        await bot.set_my_commands([("admin", "Admin")], scope=BotCommandScopeAllGroupChats())
        assert [c.command for c in await bot.get_my_commands()] == ["start", "brief"]
        with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
            await bot.set_my_commands([("Bad-Name", "x")])
        await bot.send_chat_action(group.id, "typing")
    assert emu.commands["all_group_chats"] == [{"command": "admin", "description": "Admin"}]
    assert emu.chat_actions == [(group.id, "typing")]
    kinds = [next(k for k in u if k != "update_id") for u in emu.updates.pending()]
    assert kinds == ["my_chat_member", "message"]


async def test_inline_answer_validation(emu: BotApiEmulator) -> None:
    bob = emu.user("Bob")

    def article(rid: str, text: str = "x", mode: str | None = None) -> dict[str, Any]:
        content: dict[str, Any] = {"message_text": text}
        if mode:
            content["parse_mode"] = mode
        return {"type": "article", "id": rid, "title": "t", "input_message_content": content}

    cases = [
        ([article(str(i)) for i in range(51)], "Bad Request: RESULTS_TOO_MUCH"),
        ([article("a"), article("a")], "Bad Request: RESULT_ID_DUPLICATE"),
        ([article("i" * 65)], "Bad Request: RESULT_ID_INVALID"),
        ([article("a", "<b>x", "HTML")], 'can\'t find end tag corresponding to start tag "b"'),
    ]
    for results, description in cases:
        query_id = emu.inline_query(bob, "q")
        status, body = await raw_call(emu, "answerInlineQuery", inline_query_id=query_id, results=results)
        assert status == 400 and description.lower() in body["description"].lower()


async def test_faults_reset_slow_and_down(emu: BotApiEmulator) -> None:
    alice = emu.user("Alice")
    chat = emu.private_chat(alice)
    port = emu.port
    async with Bot(emu.token, base_url=emu.base_url) as bot:
        emu.inject_fault("sendMessage", "reset")
        with pytest.raises(NetworkError):
            await bot.send_message(chat.id, "lost")
        assert emu.sent_messages(chat) == []

        emu.inject_fault("sendMessage", "slow", seconds=0.5)
        with pytest.raises(TimedOut):
            await bot.send_message(chat.id, "late", read_timeout=0.1)
        assert [m["text"] for m in emu.sent_messages(chat)] == ["late"]  # it DID arrive

        emu.inject_fault("getMe", "down", seconds=0.3)
        with pytest.raises(NetworkError):
            await bot.get_me()
        await asyncio.sleep(0.05)
        assert not emu.running
        await emu.wait_for(lambda: emu.running, 2.0, "the server to come back")
        assert emu.port == port
        assert (await bot.send_message(chat.id, "back")).message_id == 2

        await emu.restart()
        assert (await bot.send_message(chat.id, "again")).message_id == 3

        emu.inject_fault(None, "502", times=2)  # None: whatever method comes next
        for _ in range(2):
            with pytest.raises(NetworkError, match="Bad Gateway"):
                await bot.get_me()
    assert [f.kind for f in emu.fired_faults] == ["reset", "slow", "down", "502", "502"]
    assert emu.fault_count("502", "getMe") == 2


async def test_wait_for_messages_reports_what_arrived(emu: BotApiEmulator) -> None:
    alice = emu.user("Alice")
    chat = emu.private_chat(alice)
    async with Bot(emu.token, base_url=emu.base_url) as bot:
        await bot.send_message(chat.id, "only one")
    with pytest.raises(AssertionError, match="got 1: \\['only one'\\]"):
        await emu.wait_for_messages(chat, count=2, timeout=0.1)
    assert [m["text"] for m in await emu.wait_for_messages(chat)] == ["only one"]
    await emu.expect_silence(chat, 0.05)


async def test_every_update_the_world_makes_parses_in_ptb(emu: BotApiEmulator) -> None:
    alice, bob = emu.user("Alice", "alice"), emu.user("Bob")
    chat = emu.private_chat(alice)
    group = emu.group_chat("Desk", [alice, bob], bot_status="left")
    emu.add_bot_to_group(group, alice, as_admin=True)  # admins see all group messages
    emu.send_text(group, bob, "plain chatter")
    said = emu.send_text(chat, alice, "typo")
    emu.edit_text(said, "fixed")
    emu.send_sticker(chat, alice)
    emu.send_photo(chat, alice, caption="look #here")
    voice = emu.send_voice(chat, alice, duration=3, data=b"OggS-voice")
    emu.user_joins(group, emu.user("Carol"), by_user=alice)
    emu.remove_bot_from_group(group, alice)
    async with Bot(emu.token, base_url=emu.base_url, base_file_url=emu.base_file_url) as bot:
        menu = await bot.send_message(
            chat.id,
            "menu",
            reply_markup=InlineKeyboardMarkup.from_button(InlineKeyboardButton("Go", callback_data="go")),
        )
        emu.press_button(emu.sent_messages(chat)[-1], "go", alice)
        emu.inline_query(alice, "query")
        updates = [Update.de_json(raw, bot) for raw in emu.updates.pending()]
        downloaded = await (await bot.get_file(voice["voice"]["file_id"])).download_as_bytearray()
    kinds = [
        "my_chat_member", "message", "message", "message", "edited_message", "message",
        "message", "message", "message", "my_chat_member", "callback_query", "inline_query",
    ]  # fmt: skip
    assert [next(k for k in raw if k != "update_id") for raw in emu.updates.pending()] == kinds
    assert updates[2].message is not None and updates[2].message.text == "plain chatter"
    assert updates[4].edited_message is not None and updates[4].edited_message.text == "fixed"
    assert updates[5].message is not None and updates[5].message.sticker is not None
    assert updates[7].message is not None and updates[7].message.voice is not None
    query = updates[10].callback_query
    assert query is not None and query.data == "go" and query.message is not None
    assert query.message.message_id == menu.message_id
    assert bytes(downloaded) == b"OggS-voice"


async def test_privacy_mode_off_and_empty_text() -> None:
    async with BotApiEmulator(privacy_mode=False) as emu:
        alice = emu.user("Alice")
        group = emu.group_chat("Desk", [alice])
        emu.send_text(group, alice, "chatter")
        assert [u["message"]["text"] for u in emu.updates.pending()] == ["chatter"]
        _, me = await raw_call(emu, "getMe")
        assert me["result"]["can_read_all_group_messages"] is True
        for text in ("   ", "<b></b>"):
            status, body = await raw_call(emu, "sendMessage", chat_id=group.id, text=text, parse_mode="HTML")
            assert (status, body["description"]) == (400, "Bad Request: message text is empty")


# -- the pure pieces ----------------------------------------------------------------------------


def test_user_text_entities_use_utf16_offsets(emu: BotApiEmulator) -> None:
    alice = emu.user("Alice")
    chat = emu.private_chat(alice)
    message = emu.send_text(chat, alice, f"😀 /brief@{BOT_NAME} hi @alice #crime")
    kinds = [(e["type"], e["offset"], e["length"]) for e in message["entities"]]
    assert kinds == [
        ("bot_command", 3, 7 + len(BOT_NAME)),
        ("mention", 14 + len(BOT_NAME), 6),
        ("hashtag", 21 + len(BOT_NAME), 6),
    ]


@pytest.mark.parametrize(
    ("markup", "error"),
    [
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("привет <br>", 'Unsupported start tag "br" at byte offset 13'),
        ("AT&T", 'Unescaped "&" at byte offset 2'),
    ],
)
def test_html_parser_names_the_error_and_its_byte_offset(markup: str, error: str) -> None:
    with pytest.raises(TelegramHtmlError) as raised:
        parse_telegram_html(markup)
    assert str(raised.value).startswith(error)


def test_html_entities_and_lenient_mode() -> None:
    text, entities = parse_telegram_html(
        '<pre><code class="language-python">x</code></pre> 😀<a href="https://e.org">l</a>'
        "<blockquote expandable>q</blockquote> &lt;&#65;&#x42;"
    )
    assert text == "x 😀lq <AB"
    assert entities == [
        {"type": "pre", "offset": 0, "length": 1, "language": "python"},
        {"type": "text_link", "offset": 4, "length": 1, "url": "https://e.org"},
        {"type": "expandable_blockquote", "offset": 5, "length": 1},
    ]
    assert parse_telegram_html("AT&T &copy", strict=False) == ("AT&T &copy", [])
    assert utf16_len("😀a") == 3
