"""Group chats, end to end: quiet unless addressed, briefings, one-line declines."""

from bot.texts import ASK_USAGE, GROUP_INTRO


async def test_unaddressed_chatter_gets_nothing(group) -> None:
    group.say("anyone read the report on drug trafficking?")
    group.say("what is the ammtc again", by="Bob")
    group.say("/ask@SomeOtherBot what is the ammtc")
    await group.silence(0.5)


async def test_brief_at_botname_posts_one_cited_overview(group) -> None:
    briefing = await group.ask(f"/brief@{group.bot_name}")
    await group.silence(0.3)
    assert briefing.text.startswith("Briefing: transnational crime, all key areas")
    assert "(AMMTC-11 \u00b62)" in briefing.text and "(GSCC-2023 \u00b61)" in briefing.text
    assert "Bottom line: " in briefing.text
    assert briefing.text.count("Sources: ") == 1


async def test_brief_on_a_topic_covers_it_and_an_unknown_topic_gets_one_line(group) -> None:
    briefing = await group.ask("/brief drug trafficking")
    assert briefing.text.startswith("Briefing: Drug trafficking and precursor chemicals")
    assert "precursor chemicals" in briefing.text and "(GSCC-2023 \u00b65)" in briefing.text
    unknown = await group.ask("/brief knitting")
    assert unknown.text.startswith("I have no topic like that.")
    assert "\n" not in unknown.text


async def test_ask_mention_and_reply_each_get_one_answer(group) -> None:
    asked = await group.ask("/ask when was the 2023 security conference held")
    assert "from 19 to 21 September" in asked.text
    mentioned = await group.ask(f"@{group.bot_name} how often does the ammtc meet", by="Bob")
    assert "every two years" in mentioned.text
    replied = await group.ask("and what are precursor chemicals about?", reply_to=mentioned)
    assert "precursor chemicals" in replied.text
    await group.silence(0.3)


async def test_group_decline_is_one_short_line_and_bare_ask_explains_usage(group) -> None:
    decline = await group.ask(f"/ask@{group.bot_name} who won the football last night")
    assert "\n" not in decline.text and len(decline.text) < 80
    assert "understand" not in decline.text.lower()
    assert not decline.buttons
    usage = await group.ask("/ask")
    assert usage.text == ASK_USAGE


async def test_vague_question_in_a_group_offers_did_you_mean_buttons(group) -> None:
    clarify = await group.ask("/ask myanmar")
    assert len(clarify.buttons) >= 3 and clarify.keyboard[-1] == [("None of these", "none")]


async def test_added_to_group_introduces_itself_once(world) -> None:
    desk = world.group("New desk", ["Alice"], bot_status="left")
    desk.add_bot()
    [intro] = await desk.replies()
    assert intro.text == GROUP_INTRO
    await desk.silence(0.4)


async def test_mentions_with_punctuation_and_in_ask_are_understood(group) -> None:
    for text in (f"@{group.bot_name}, how often does the ammtc meet?",
                 f"how often does the ammtc meet @{group.bot_name}?",
                 f"/ask @{group.bot_name} how often does the ammtc meet"):
        answer = await group.ask(text)
        assert "every two years" in answer.text, text


async def test_follow_ups_are_read_per_user_in_a_group(group) -> None:
    first = await group.ask("/ask what is the ammtc")
    assert "The AMMTC provides a platform for ASEAN member states" in first.text
    follow = await group.ask("/ask how often is it held?")
    assert "every two years" in follow.text
    await group.ask("/ask what was the aim of the 2023 security conference", by="Bob")
    # Alice's subject is still the AMMTC: her "when was that?" never gets the conference's dates.
    alices = await group.ask("/ask when was that?")
    assert "19 to 21 September" not in alices.text
    bobs = await group.ask("/ask when was that?", by="Bob")
    assert "from 19 to 21 September" in bobs.text


async def test_help_in_a_group_says_how_to_address_the_bot_and_lists_group_commands(group) -> None:
    help_ = await group.ask(f"/help@{group.bot_name}")
    assert help_.text.startswith("How to ask me\nIn a group I answer only when addressed")
    assert "/ask \u2014 ask a question" in help_.text
    assert "/why" not in help_.text
