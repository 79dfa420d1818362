"""Group chats, end to end: quiet unless addressed, briefings, one-line declines."""

from bot.texts import ASK_USAGE, GROUP_INTRO
from tests.conftest import BOT_NAME, TelegramWorld


def _group(world: TelegramWorld) -> tuple[dict[str, object], object, object]:
    emu = world.emu
    alice, bob = emu.user("Alice", "alice"), emu.user("Bob", "bob")
    return emu.group_chat("Crime desk", [alice, bob]), alice, bob


async def test_unaddressed_chatter_gets_nothing(world: TelegramWorld) -> None:
    emu = world.emu
    group, alice, bob = _group(world)
    emu.send_text(group, alice, "anyone read the report on drug trafficking?")
    emu.send_text(group, bob, "what is the ammtc again")
    emu.send_text(group, alice, "/ask@SomeOtherBot what is the ammtc")
    await emu.expect_silence(group, 0.5)


async def test_brief_at_botname_posts_one_cited_overview(world: TelegramWorld) -> None:
    emu = world.emu
    group, alice, _ = _group(world)
    emu.send_text(group, alice, f"/brief@{BOT_NAME}")
    [briefing] = await emu.wait_for_messages(group)
    await emu.expect_silence(group, 0.3)
    text = briefing["text"]
    assert text.startswith("Briefing: transnational crime, all key areas")
    assert "Key areas" in text and "Cooperation measures" in text and "Sources" in text
    assert "[1] " in text and "paragraph p" in text


async def test_brief_on_a_topic(world: TelegramWorld) -> None:
    emu = world.emu
    group, alice, _ = _group(world)
    emu.send_text(group, alice, "/brief drug trafficking")
    [briefing] = await emu.wait_for_messages(group)
    assert briefing["text"].startswith("Briefing: Drug trafficking and precursor chemicals")
    assert "precursor chemicals" in briefing["text"]
    assert "Key points" in briefing["text"] and "Cooperation measures" in briefing["text"]
    emu.send_text(group, alice, "/brief knitting")
    [unknown] = await emu.wait_for_messages(group)
    assert unknown["text"].startswith("I have no topic like that.")
    assert "\n" not in unknown["text"]


async def test_ask_mention_and_reply_each_get_one_answer(world: TelegramWorld) -> None:
    emu = world.emu
    group, alice, bob = _group(world)
    emu.send_text(group, alice, "/ask when was the 2023 security conference held")
    [asked] = await emu.wait_for_messages(group)
    assert "from 19 to 21 September" in asked["text"]
    emu.send_text(group, bob, f"@{BOT_NAME} how often does the ammtc meet")
    [mentioned] = await emu.wait_for_messages(group)
    assert "every two years" in mentioned["text"]
    emu.send_text(group, alice, "and what are precursor chemicals about?", reply_to=mentioned)
    [replied] = await emu.wait_for_messages(group)
    assert "precursor chemicals" in replied["text"]
    await emu.expect_silence(group, 0.3)


async def test_group_decline_is_one_short_line(world: TelegramWorld) -> None:
    emu = world.emu
    group, alice, _ = _group(world)
    emu.send_text(group, alice, f"/ask@{BOT_NAME} who won the football last night")
    [decline] = await emu.wait_for_messages(group)
    assert "\n" not in decline["text"] and len(decline["text"]) < 80
    assert "understand" not in decline["text"].lower()
    assert not emu.keyboard(decline)
    emu.send_text(group, alice, "/ask")
    [usage] = await emu.wait_for_messages(group)
    assert usage["text"] == ASK_USAGE


async def test_clarify_in_a_group_uses_buttons(world: TelegramWorld) -> None:
    emu = world.emu
    group, alice, _ = _group(world)
    emu.send_text(group, alice, "/ask myanmar")
    [clarify] = await emu.wait_for_messages(group)
    rows = emu.keyboard(clarify)
    assert len(rows) >= 3 and rows[-1] == [("None of these", "none")]


async def test_added_to_group_introduces_itself_once(world: TelegramWorld) -> None:
    emu = world.emu
    alice = emu.user("Alice", "alice")
    group = emu.group_chat("New desk", [alice], bot_status="left")
    emu.add_bot_to_group(group, alice)
    [intro] = await emu.wait_for_messages(group)
    assert intro["text"] == GROUP_INTRO
    await emu.expect_silence(group, 0.4)


async def test_mentions_with_punctuation_and_in_ask_are_understood(world: TelegramWorld) -> None:
    emu = world.emu
    group, alice, _ = _group(world)
    for text in (f"@{BOT_NAME}, how often does the ammtc meet?",
                 f"how often does the ammtc meet @{BOT_NAME}?",
                 f"/ask @{BOT_NAME} how often does the ammtc meet"):
        emu.send_text(group, alice, text)
        [answer] = await emu.wait_for_messages(group)
        assert "every two years" in answer["text"], text
