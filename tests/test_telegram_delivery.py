"""Inline mode, long briefings and Telegram faults, end to end through the emulator."""

from collections.abc import Callable
from pathlib import Path

from bot.core.responder import Responder
from bot.emulator import parse_telegram_html
from bot.knowledge.intents import load_knowledge
from bot.render import MAX_BRIEFING_TEXT

WriteKb = Callable[..., tuple[Path, Path]]


async def test_inline_query_offers_up_to_five_cited_cards(world) -> None:
    results = await world.inline("drug cartels")
    assert 1 <= len(results) <= 5
    assert results[0]["id"] == "drug-cartels"
    assert results[0]["title"]
    content = results[0]["input_message_content"]
    text, _ = parse_telegram_html(content["message_text"])
    assert "drug cartels" in text and "Source:" in text
    assert content["parse_mode"] == "HTML"


async def test_inline_offers_nothing_for_harmful_or_unknown_and_cards_when_empty(world) -> None:
    assert await world.inline("how to smuggle people") == []
    assert await world.inline("banana bread recipe") == []
    assert 1 <= len(await world.inline("")) <= 5


def _long_kb(write_kb: WriteKb) -> tuple[Path, Path]:
    sentence = "Officers in every member state must share what they learn quickly and fully. "
    paragraphs = "".join(
        f"- id: p{n}\n  kind: text\n  text: |-\n    Point {n}. {sentence * 8}\n" for n in range(1, 9)
    )
    document = ("id: doc\ntitle: A long test document\ncovers: Many long points.\n"
                "original_file: long.txt\ndates: []\nparagraphs:\n" + paragraphs)
    intents = "".join(
        f"  - id: point-{n}\n    title: Point {n}?\n    topics: [sharing]\n    examples:\n"
        + "".join(f"      - point {n} question {w}\n" for w in ("a", "b", "c", "d", "e", "f"))
        + f"    answer: |-\n      Point {n}. {sentence * 8}\n".rstrip(" \n") + "\n"
        + f"    sources:\n      - document: doc\n        paragraph: p{n}\n"
        f"        quote: Point {n}.\n"
        for n in range(1, 9)
    )
    text = ("version: 1\ntopics:\n  - id: sharing\n    title: Sharing\nintents:\n" + intents
            + "harm_boundary:\n  refusal: No.\n  lead_ins: [how to]\n  operations: [smuggle]\n")
    return write_kb(text, document)


async def test_a_long_briefing_is_cut_to_fit_and_says_so(write_kb: WriteKb, start_bot) -> None:
    responder = Responder(load_knowledge(*_long_kb(write_kb)))
    async with start_bot(responder) as world:
        chat = world.private()
        briefing = await chat.ask("/brief sharing")
        await chat.silence(0.3)
    assert briefing.text.startswith("Briefing: Sharing")
    assert len(briefing.text) <= MAX_BRIEFING_TEXT and len(briefing.html) <= 4096
    parse_telegram_html(briefing.html)
    assert "(DOC \u00b61)" in briefing.text and "more point(s) left out for length" in briefing.text
    assert briefing.text.endswith("Sources: DOC = A long test document.")


async def test_429_on_send_is_retried_and_delivered_once(chat) -> None:
    chat.emu.inject_fault("sendMessage", "429", retry_after=1)
    answer = await chat.ask("what are precursor chemicals")
    await chat.silence(0.3)
    assert "precursor chemicals" in answer.text
    assert chat.emu.fault_count("429", "sendMessage") == 1
    assert len(chat.bot_messages) == 1
