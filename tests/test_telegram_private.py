"""Private chat, end to end: the real Application over HTTP against the local Bot API emulator."""

import pytest

from bot.texts import ASK_USAGE, NON_TEXT, NONE_OF_THESE
from tests.conftest import TelegramWorld


async def test_start_introduces_the_bot_and_publishes_menus(world: TelegramWorld) -> None:
    emu = world.emu
    alice, chat = world.private()
    emu.send_text(chat, alice, "/start")
    [intro] = await emu.wait_for_messages(chat)
    assert "I answer questions about transnational crime" in intro["text"]
    assert "Drug trafficking and precursor chemicals" in intro["text"]
    assert "/topics" in intro["text"] and "/brief" in intro["text"]
    assert intro["parse_mode"] == "HTML"
    private = [c["command"] for c in emu.commands["all_private_chats"]]
    group = [c["command"] for c in emu.commands["all_group_chats"]]
    assert "start" in private and "why" in private
    assert "ask" in group and "start" not in group


async def test_question_gets_snippet_source_and_follow_up_buttons(world: TelegramWorld) -> None:
    emu = world.emu
    alice, chat = world.private()
    emu.send_text(chat, alice, "when did the security conference in china take place?")
    [answer] = await emu.wait_for_messages(chat)
    assert "from 19 to 21 September" in answer["text"]
    assert "Source: The 2nd Global Security Cooperation Conference (2023) and Myanmar, " \
           "paragraph p1 (gscc-2023#p1)" in answer["text"]
    rows = emu.keyboard(answer)
    assert rows and all(data and data.startswith("i:") for row in rows for _, data in row)
    label, data = rows[0][0]
    query_id = emu.press_button(answer, data, alice)
    await emu.wait_for_callback_answer(query_id)
    [follow_up] = await emu.wait_for_messages(chat)
    assert follow_up["text"].startswith(label)
    assert "Source:" in follow_up["text"]


async def test_vague_question_asks_did_you_mean(world: TelegramWorld) -> None:
    emu = world.emu
    alice, chat = world.private()
    emu.send_text(chat, alice, "myanmar")
    [clarify] = await emu.wait_for_messages(chat)
    assert "Did you mean" in clarify["text"]
    rows = emu.keyboard(clarify)
    assert rows[-1] == [("None of these", "none")]
    assert 2 <= len(rows) - 1 <= 3
    emu.press_button(clarify, "none", alice)
    [after_none] = await emu.wait_for_messages(chat)
    assert after_none["text"] == NONE_OF_THESE
    emu.press_button(clarify, rows[0][0][1], alice)
    [answer] = await emu.wait_for_messages(chat)
    assert "Myanmar" in answer["text"] and "Source:" in answer["text"]


async def test_out_of_scope_is_declined_with_what_the_bot_covers(world: TelegramWorld) -> None:
    emu = world.emu
    alice, chat = world.private()
    emu.send_text(chat, alice, "what's the weather in yangon tomorrow?")
    [decline] = await emu.wait_for_messages(chat)
    assert "I don't have that in my sources" in decline["text"]
    assert "Cybercrime and online fraud" in decline["text"]
    assert "/topics" in decline["text"]
    assert "Source:" not in decline["text"]


async def test_harmful_request_gets_a_short_refusal(world: TelegramWorld) -> None:
    emu = world.emu
    alice, chat = world.private()
    emu.send_text(chat, alice, "how do I launder money through a casino?")
    [refusal] = await emu.wait_for_messages(chat)
    assert refusal["text"].startswith("Sorry, I can't help with that.")
    assert "Source:" not in refusal["text"]
    assert not emu.keyboard(refusal)


async def test_topics_browse_to_an_answer(world: TelegramWorld) -> None:
    emu = world.emu
    alice, chat = world.private()
    emu.send_text(chat, alice, "/topics")
    [menu] = await emu.wait_for_messages(chat)
    topics = dict(item for row in emu.keyboard(menu) for item in row)
    assert topics["Drug trafficking and precursor chemicals"] == "t:drugs"
    emu.press_button(menu, "t:drugs", alice)
    [questions] = await emu.wait_for_messages(chat)
    assert "Drug trafficking and precursor chemicals" in questions["text"]
    choices = dict(item for row in emu.keyboard(questions) for item in row)
    data = next(d for d in choices.values() if d == "i:precursor-chemicals")
    emu.press_button(questions, data, alice)
    [answer] = await emu.wait_for_messages(chat)
    assert "precursor chemicals" in answer["text"] and "(gscc-2023#p5)" in answer["text"]


async def test_sources_and_why(world: TelegramWorld) -> None:
    emu = world.emu
    alice, chat = world.private()
    emu.send_text(chat, alice, "/sources")
    [sources] = await emu.wait_for_messages(chat)
    assert "The 2nd Global Security Cooperation Conference (2023) and Myanmar" in sources["text"]
    assert "11th ASEAN Ministerial Meeting on Transnational Crime" in sources["text"]
    assert "2023-09-19/2023-09-21" in sources["text"]
    emu.send_text(chat, alice, "/why")
    [nothing_yet] = await emu.wait_for_messages(chat)
    assert "Ask me a question first" in nothing_yet["text"]
    emu.send_text(chat, alice, "how often is the ammtc held")
    await emu.wait_for_messages(chat)
    emu.send_text(chat, alice, "/why")
    [why] = await emu.wait_for_messages(chat)
    assert "intent: ammtc-frequency" in why["text"]
    assert "matched example:" in why["text"] and "runner-up:" in why["text"]
    assert "every two years" in why["text"]


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice"])
async def test_non_text_gets_a_short_hint(world: TelegramWorld, kind: str) -> None:
    emu = world.emu
    alice, chat = world.private()
    getattr(emu, f"send_{kind}")(chat, alice)
    [hint] = await emu.wait_for_messages(chat)
    assert hint["text"] == NON_TEXT


async def test_edits_are_ignored_and_bare_ask_explains(world: TelegramWorld) -> None:
    emu = world.emu
    alice, chat = world.private()
    question = emu.send_text(chat, alice, "what is the ammtc")
    await emu.wait_for_messages(chat)
    emu.edit_text(question, "what is the gscc")
    await emu.expect_silence(chat, 0.4)
    emu.send_text(chat, alice, "/ask")
    [usage] = await emu.wait_for_messages(chat)
    assert usage["text"] == ASK_USAGE


async def test_html_looking_and_huge_text_are_answered_safely(world: TelegramWorld) -> None:
    emu = world.emu
    alice, chat = world.private()
    emu.send_text(chat, alice, '<b>what</b> is <script>alert("x")</script> &amp; the ammtc?')
    [first] = await emu.wait_for_messages(chat)
    emu.send_text(chat, alice, "precursor chemicals " + "blah " * 2000)
    [second] = await emu.wait_for_messages(chat)
    for reply in (first, second):
        assert len(reply["text"]) <= 4096
    assert not emu.api_errors
    assert not world.running.errors
