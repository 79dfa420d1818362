"""render: escaped Telegram HTML within limits, terminal text, and the harness's JSON."""

from bot.core.reply import Decision, Reason, Reply, Suggestion
from bot.core.responder import Responder
from bot.core.schedule import Schedule
from bot.emulator.html_check import parse_telegram_html
from bot.knowledge.intents import Line, SourceRef
from bot.render import (
    MAX_CALLBACK_BYTES,
    MAX_MESSAGE,
    buttons,
    intent_callback,
    read_subscribe_callback,
    render_html,
    render_text,
    split_blocks,
    subscribe_callback,
    to_json,
)

HOSTILE = '<script>alert("x")</script> & <b>bold</b> &amp; <a href="javascript:x">'


def _answer(lines: tuple[Line, ...]) -> Reply:
    return Reply(HOSTILE, Decision.ANSWER, Reason.MATCHED, lines, intent="x", title=HOSTILE,
                 score=88.0, sources=(SourceRef("doc", "p1", "quote <i>", "Title & <Co>"),),
                 suggestions=(Suggestion("y", "Follow <up>"),))


def test_every_piece_of_text_is_escaped() -> None:
    [message] = render_html(_answer((Line(HOSTILE), Line("item <b>", is_list_item=True))))
    text, _ = parse_telegram_html(message)
    assert HOSTILE in text and "item <b>" in text and "Title & <Co>" in text
    assert "<script>" not in message


def test_answer_html_shows_title_snippet_and_source(small_responder: Responder) -> None:
    [message] = render_html(small_responder.respond("precurser chemicals"))
    text, entities = parse_telegram_html(message)
    assert text.startswith("What about precursor chemicals?")
    assert "Drug cartels move precursor chemicals across borders." in text
    assert "\u2022 Officers must share intelligence." in text
    assert "Source: A small test document, paragraph p2 (doc#p2)" in text
    assert {e["type"] for e in entities} >= {"bold", "italic"}


def test_long_output_is_split_into_valid_parts() -> None:
    blocks = [f"<b>Part {n}</b>\n" + ("word &amp; " * 60) for n in range(40)]
    messages = split_blocks(blocks)
    assert len(messages) > 1
    assert "".join(messages).count("<b>Part") == 40
    for message in messages:
        assert len(message) <= MAX_MESSAGE
        parse_telegram_html(message)


def test_a_huge_line_is_cut_not_broken() -> None:
    [message] = render_html(_answer((Line("x" * 10_000),)))
    assert len(message) <= MAX_MESSAGE
    parse_telegram_html(message)


def test_group_decline_is_one_short_line(small_responder: Responder) -> None:
    reply = small_responder.respond("what is the weather in paris")
    [compact] = render_html(reply, compact=True)
    assert "\n" not in compact and len(compact) < 80
    [full] = render_html(reply)
    assert "The meeting" in full and "/topics" in full


def test_callback_data_never_exceeds_64_bytes() -> None:
    assert len(intent_callback("é" * 100).encode()) <= MAX_CALLBACK_BYTES
    reply = Reply("q", Decision.CLARIFY, Reason.AMBIGUOUS, (Line("Did you mean:"),),
                  suggestions=(Suggestion("a" * 80, "A" * 200), Suggestion("b", "B")))
    rows = buttons(reply)
    assert rows[-1][0].text == "None of these"
    for row in rows:
        for button in row:
            assert 0 < len(button.data.encode()) <= MAX_CALLBACK_BYTES
            assert len(button.text) <= 60


def test_terminal_text_shows_source_and_explanation_and_json_has_every_field(
        small_responder: Responder) -> None:
    reply = small_responder.respond("when was the meeting held")
    text = render_text(reply, explain=True)
    assert "Source: A small test document, paragraph p1 (doc#p1)" in text
    assert "Related: Where was the meeting?" in text
    assert "matched example: 'when was the meeting held'" in text
    data = to_json(reply)
    assert set(data) >= {"question", "decision", "intent", "score", "answer", "sources",
                         "suggestions"}
    assert data["decision"] == "answer" and data["intent"] == "meeting-dates"
    assert data["sources"][0] == {"document": "doc", "paragraph": "p1",
                                  "title": "A small test document", "quote": "from 3 to 5 May"}
    clarify = to_json(small_responder.respond("the meeting"))
    assert clarify["intent"] is None and len(clarify["suggestions"]) == 2


def test_answers_show_as_of_when_given(shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("when was the 2023 security conference held")
    assert reply.as_of == "2023-09-21"
    [message] = render_html(reply)
    text, _ = parse_telegram_html(message)
    assert "As of 2023-09-21" in text
    assert "As of 2023-09-21" in render_text(reply)
    assert to_json(reply)["as_of"] == "2023-09-21"
    assert shipped_responder.respond("how often is the ammtc held").as_of is None


def test_paragraphs_of_one_document_share_a_source_line() -> None:
    sources = tuple(SourceRef("ammtc-11", p, "q", "The AMMTC article") for p in ("p12", "p13", "p12"))
    reply = Reply("q", Decision.ANSWER, Reason.MATCHED, (Line("x"),), sources=sources)
    assert render_text(reply).splitlines()[-1] == (
        "Source: The AMMTC article, paragraphs p12, p13 (ammtc-11#p12, #p13)")


def test_a_subscribe_button_carries_its_schedule_within_64_bytes_or_is_not_made() -> None:
    weekly = Schedule("weekly", 3, "08:30", "America/Argentina/ComodRivadavia", None)
    data = subscribe_callback("human-trafficking", weekly)
    assert data is not None and len(data.encode("utf-8")) <= 64
    assert read_subscribe_callback(data) == Schedule(
        "weekly", 3, "08:30", "America/Argentina/ComodRivadavia", "human-trafficking")
    assert subscribe_callback("a-topic-whose-id-is-far-too-long-for-a-button", weekly) is None
    for bad in ("s:drugs|d|25:00|UTC", "s:drugs|9|08:30|UTC", "s:drugs|d|08:30|Mars/Base",
                "s:drugs|d|08:30", "b:drugs"):
        assert read_subscribe_callback(bad) is None
