"""Private chat, end to end: the real Application over HTTP against the local Bot API emulator."""

import pytest

from bot.texts import ASK_USAGE, NON_TEXT, NONE_OF_THESE


async def test_start_introduces_the_bot_and_publishes_menus(chat) -> None:
    intro = await chat.ask("/start")
    assert "I answer questions about transnational crime" in intro.text
    assert "Drug trafficking and precursor chemicals" in intro.text
    assert "/topics" in intro.text and "/brief" in intro.text
    assert intro.parse_mode == "HTML"
    private = [c["command"] for c in chat.emu.commands["all_private_chats"]]
    group = [c["command"] for c in chat.emu.commands["all_group_chats"]]
    assert "start" in private and "why" in private
    assert "ask" in group and "start" not in group


async def test_question_gets_snippet_source_and_follow_up_buttons(chat) -> None:
    answer = await chat.ask("when did the security conference in china take place?")
    assert "from 19 to 21 September" in answer.text
    assert "Source: The 2nd Global Security Cooperation Conference (2023) and Myanmar, " \
           "paragraph p1 (gscc-2023#p1)" in answer.text
    rows = answer.keyboard
    assert rows and all(data and data.startswith("i:") for row in rows for _, data in row)
    follow_up = await chat.press(answer, answer.buttons[0][0])
    assert follow_up.text.startswith(answer.buttons[0][0])
    assert "Source:" in follow_up.text


async def test_vague_question_asks_did_you_mean_with_a_way_out(chat) -> None:
    clarify = await chat.ask("myanmar")
    assert "The closest I have" in clarify.text
    assert clarify.keyboard[-1] == [("None of these", "none")]
    assert 2 <= len(clarify.buttons) - 1 <= 3
    after_none = await chat.press(clarify, "None of these")
    assert after_none.text == NONE_OF_THESE
    answer = await chat.press(clarify, clarify.buttons[0][0])
    assert "Myanmar" in answer.text and "Source:" in answer.text


async def test_out_of_scope_is_declined_with_what_the_bot_covers(chat) -> None:
    decline = await chat.ask("what's the weather in yangon tomorrow?")
    assert "I don't have that in my sources" in decline.text
    assert "Cybercrime and online fraud" in decline.text
    assert "/topics" in decline.text
    assert "Source:" not in decline.text


async def test_harmful_request_gets_a_short_refusal_without_buttons(chat) -> None:
    refusal = await chat.ask("how do I launder money through a casino?")
    assert refusal.text.startswith("Sorry, I can't help with that.")
    assert "Source:" not in refusal.text
    assert not refusal.buttons


async def test_topics_menu_leads_to_a_cited_answer(chat) -> None:
    menu = await chat.ask("/topics")
    topics = dict(item for row in menu.keyboard for item in row)
    assert topics["Drug trafficking and precursor chemicals"] == "t:drugs"
    questions = await chat.press(menu, "Drug trafficking and precursor chemicals")
    assert "Drug trafficking and precursor chemicals" in questions.text
    [label] = [text for row in questions.keyboard for text, data in row
               if data == "i:precursor-chemicals"]
    answer = await chat.press(questions, label)
    assert "precursor chemicals" in answer.text and "(gscc-2023#p5)" in answer.text


async def test_sources_lists_documents_and_why_explains_the_last_match(chat) -> None:
    sources = await chat.ask("/sources")
    assert "The 2nd Global Security Cooperation Conference (2023) and Myanmar" in sources.text
    assert "11th ASEAN Ministerial Meeting on Transnational Crime" in sources.text
    assert "2023-09-19/2023-09-21" in sources.text
    nothing_yet = await chat.ask("/why")
    assert "Ask me a question first" in nothing_yet.text
    await chat.ask("how often is the ammtc held")
    why = await chat.ask("/why")
    assert "intent: ammtc-frequency" in why.text
    assert "matched example:" in why.text and "runner-up:" in why.text
    assert "every two years" in why.text


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice"])
async def test_non_text_gets_a_short_hint(chat, kind: str) -> None:
    hint = await chat.send(kind)
    assert hint.text == NON_TEXT


async def test_edited_question_gets_no_second_answer_and_bare_ask_explains_usage(chat) -> None:
    question = chat.say("what is the ammtc")
    await chat.replies()
    chat.edit(question, "what is the gscc")
    await chat.silence(0.4)
    usage = await chat.ask("/ask")
    assert usage.text == ASK_USAGE


async def test_html_looking_and_huge_text_are_answered_safely(world, chat) -> None:
    first = await chat.ask('<b>what</b> is <script>alert("x")</script> &amp; the ammtc?')
    second = await chat.ask("precursor chemicals " + "blah " * 2000)
    for reply in (first, second):
        assert len(reply.text) <= 4096
    assert not world.emu.api_errors
    assert not world.errors


async def test_a_follow_up_leans_on_the_last_answer(chat) -> None:
    await chat.ask("what was the aim of the 2023 security conference?")
    where = await chat.ask("and where was it held?")
    assert "People’s Republic of China" in where.text and "Source:" in where.text


async def test_what_the_sources_do_not_say_is_said_with_the_nearest_fact(chat) -> None:
    reply = await chat.ask("who chaired the 11th AMMTC?")
    assert reply.text.startswith("The article doesn't say")
    assert "Source:" in reply.text


async def test_two_questions_in_one_message_get_both_answers(chat) -> None:
    reply = await chat.ask("what is the purpose of the AMMTC and how often is it held?")
    assert "every two years" in reply.text
    assert reply.text.count("Source:") == 2


async def test_a_part_it_is_unsure_of_is_offered_as_buttons_under_the_answer(chat) -> None:
    reply = await chat.ask("what is the AMMTC and what about the criminals' tech?")
    assert "provides a platform for ASEAN member states" in reply.text
    assert reply.text.endswith("On \u201cwhat about the criminals' tech\u201d, the closest I have:")
    assert reply.keyboard == [[("What did the AMMTC say about cybercrime?", "i:cybercrime-asean")],
                              [("None of these", "none")]]
    offered = await chat.press(reply, "What did the AMMTC say about cybercrime?")
    assert "targeting individuals, businesses, and governments" in offered.text
    assert "Source:" in offered.text
    after_none = await chat.press(reply, "None of these")
    assert after_none.text == NONE_OF_THESE


async def test_start_greets_and_shows_how_to_begin_while_help_lists_the_commands(chat) -> None:
    start = await chat.ask("/start")
    assert start.text.startswith("I answer questions about transnational crime")
    assert "How to begin" in start.text and "/brief" in start.text
    assert "/help lists every command." in start.text
    assert "/privacy" not in start.text
    assert start.buttons
    example = await chat.press(start, start.buttons[0][0])
    assert "Source:" in example.text
    help_ = await chat.ask("/help")
    assert help_.text.startswith("How to ask me")
    assert "Commands\n/start \u2014 what I am and what I cover" in help_.text
    assert "/privacy \u2014 what I store" in help_.text and "/why" in help_.text
    assert "Topics I cover" not in help_.text
    assert help_.text != start.text


async def test_why_after_a_decline_or_a_question_back_says_why_not(chat) -> None:
    await chat.ask("what's the weather in yangon tomorrow?")
    declined = await chat.ask("/why")
    assert declined.text.startswith("Why I didn't answer that\nNothing in my sources came close")
    assert "Why I answered" not in declined.text
    assert "decision: decline (out_of_scope)" in declined.text
    assert "matched example: None" not in declined.text
    await chat.ask("myanmar")
    asked = await chat.ask("/why")
    assert asked.text.startswith("Why I asked which you meant\n")
    assert "decision: clarify" in asked.text and "runner-up:" in asked.text
    await chat.ask("who chaired the 11th ammtc")
    unstated = await chat.ask("/why")
    assert unstated.text.startswith("Why I said my sources don't say that\n")
    await chat.ask("how do I launder money through a casino?")
    refused = await chat.ask("/why")
    assert refused.text.startswith("Why I refused\nIt asked for operational help with a crime")
