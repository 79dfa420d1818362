"""Briefings worth forwarding: /brief and `briefbot brief`, by topic or by the words people use,
cited per document within Telegram's reach, every paragraph briefed, quotes that stand alone."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.config import default_path
from bot.core.briefing import Point, all_briefings, find_topics, overview_briefing
from bot.core.responder import Responder
from bot.knowledge.briefings import QUESTION_KIND
from bot.knowledge.intents import KnowledgeBase, load_knowledge
from bot.knowledge.quotes import squash, without_notes
from bot.render import MAX_BRIEFING_TEXT, render_briefing, render_html
from bot.tools.check import check, leaning_quotes, unbriefed_paragraphs

WriteKb = Callable[..., tuple[Path, Path]]
AMMTC_TITLE = ("AMMTC-11 = 11th ASEAN Ministerial Meeting on Transnational Crime: Strengthening "
               "Cooperation for a Safer Region")
GSCC_TITLE = "GSCC-2023 = The 2nd Global Security Cooperation Conference (2023) and Myanmar"


def _lines_ending_in_a_colon_without_their_list(text: str) -> list[str]:
    lines = text.splitlines()
    return [line for n, line in enumerate(lines)
            if re.search(r":( \([^)]*\))?$", line) and not (
                n + 1 < len(lines) and lines[n + 1].lstrip().startswith("\u25e6"))]


# --- in Telegram ---------------------------------------------------------------------------------

async def test_brief_overview_is_per_document_dated_with_key_areas_and_a_bottom_line(chat) -> None:
    briefing = await chat.ask("/brief")
    text = briefing.text
    assert len(text) <= MAX_BRIEFING_TEXT
    assert ("11th ASEAN Ministerial Meeting on Transnational Crime (AMMTC) \u2014 undated; as of "
            "publication (no date given)") in text
    assert ("2nd Global Security Cooperation Conference, China \u2014 19\u201321 September 2023; "
            "as of 21 September 2023") in text
    ammtc, gscc = text.index("(AMMTC)"), text.index("Conference, China")
    for area, paragraph in (("Terrorism and Violent Extremism", 7), ("Cybercrime", 8),
                            ("Drug Trafficking", 9), ("Human Trafficking and Smuggling", 10)):
        assert f"\u25e6 {area} (AMMTC-11 \u00b6{paragraph})" in text[ammtc:gscc]
    assert "One of the themes of the conference was" in text[gscc:]
    assert not _lines_ending_in_a_colon_without_their_list(text)
    bottom = text.split("\n\n")[-2]
    assert re.fullmatch(r"Bottom line: \u201c.+\u201d \(AMMTC-11 \u00b620\)", bottom)
    assert text.count("Sources: ") == 1 and text.endswith(f"{AMMTC_TITLE}; {GSCC_TITLE}.")
    assert text.count("Strengthening Cooperation for a Safer Region") == 1
    assert "<b>Bottom line: </b>" in briefing.html


async def test_brief_on_a_topic_carries_its_core_facts(chat) -> None:
    humans = await chat.ask("/brief human trafficking")
    assert humans.text.startswith("Briefing: Human trafficking and smuggling")
    assert ("exploited by traffickers for forced labor, sexual exploitation, and other forms of "
            "abuse. (AMMTC-11 \u00b610)") in humans.text
    drugs = await chat.ask("/brief drugs")
    assert "border control" in drugs.text and "public awareness campaigns" in drugs.text
    cyber = await chat.ask("/brief cybercrime")
    assert "Collaboration on cybersecurity measures" in cyber.text
    money = await chat.ask("/brief money laundering")
    assert "financial investigation units" not in money.text
    asean = await chat.ask("/brief asean")
    assert "(AMMTC-11 \u00b623)" in asean.text and "\u00b622)" not in asean.text
    for reply in (humans, drugs, cyber, money, asean):
        assert len(reply.text) <= MAX_BRIEFING_TEXT
        assert not _lines_ending_in_a_colon_without_their_list(reply.text)


async def test_brief_knows_topics_by_the_words_people_use(chat) -> None:
    for words, headline in (("online fraud", "Cybercrime and online fraud"),
                            ("scams", "Cybercrime and online fraud"),
                            ("money", "Money laundering and illegal remittance"),
                            ("extradition", "Information sharing, law and capacity building"),
                            ("smuggling", "Human trafficking and smuggling"),
                            ("Narcotics", "Drug trafficking and precursor chemicals")):
        reply = await chat.ask(f"/brief {words}")
        assert reply.text.startswith(f"Briefing: {headline}"), words


async def test_brief_trafficking_asks_which_and_the_buttons_brief(chat) -> None:
    which = await chat.ask("/brief trafficking")
    assert which.text == "Which do you mean?"
    assert which.buttons == [["Drug trafficking and precursor chemicals"],
                             ["Human trafficking and smuggling"]]
    humans = await chat.press(which, "Human trafficking and smuggling")
    assert humans.text.startswith("Briefing: Human trafficking and smuggling")
    drugs = await chat.press(which, "Drug trafficking and precursor chemicals")
    assert drugs.text.startswith("Briefing: Drug trafficking and precursor chemicals")


async def test_brief_trafficking_in_a_group_asks_which_too(group) -> None:
    which = await group.ask(f"/brief@{group.bot_name} trafficking")
    assert len(which.buttons) == 2
    chosen = await group.press(which, "Drug trafficking and precursor chemicals", by="Bob")
    assert chosen.text.startswith("Briefing: Drug trafficking and precursor chemicals")


async def test_a_quote_that_leans_carries_an_editors_note_shown_as_one(chat) -> None:
    terrorism = await chat.ask("/brief terrorism")
    assert "these unscrupulous groups [online criminal networks] to breach" in terrorism.text
    assert "such criminal entities [online criminal networks]" in terrorism.text
    assert "<i>[online criminal networks]</i>" in terrorism.html
    answer = await chat.ask("how do countries exchange information across borders?")
    assert "To effectively implement these plans [the global security plan" in answer.text
    assert "<i>[the global security plan" in answer.html


# --- `briefbot brief` ----------------------------------------------------------------------------

def _briefbot(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, text=True,
                          capture_output=True, cwd=default_path("."), env=env, timeout=60,
                          check=False)


async def test_briefbot_brief_prints_exactly_what_brief_sends(chat) -> None:
    for topic in ("", "scams"):
        sent = await chat.ask(f"/brief {topic}".strip())
        printed = _briefbot("brief", *topic.split())
        assert printed.returncode == 0, printed.stderr
        assert printed.stdout == sent.text + "\n"


def test_briefbot_brief_json_gives_topic_title_text_and_sources() -> None:
    done = _briefbot("brief", "--json", "online", "fraud")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) == {"topic", "title", "text", "sources"}
    assert data["topic"] == "cybercrime" and data["title"] == "Cybercrime and online fraud"
    assert data["text"].startswith("Briefing: Cybercrime and online fraud")
    assert {"document": "ammtc-11", "paragraph": "p8"} in data["sources"]
    assert all(set(s) == {"document", "paragraph"} for s in data["sources"])
    overview = json.loads(_briefbot("brief", "--json").stdout)
    assert overview["topic"] is None and overview["text"].startswith("Briefing: transnational")


def test_briefbot_brief_asks_which_by_number() -> None:
    chosen = _briefbot("brief", "trafficking", stdin="2\n")
    assert chosen.returncode == 0, chosen.stderr
    assert "Which do you mean?\n1. Drug trafficking and precursor chemicals\n2. Human " in chosen.stdout
    assert "Briefing: Human trafficking and smuggling" in chosen.stdout
    refused = _briefbot("brief", "trafficking", stdin="banana\n")
    assert refused.returncode == 1 and "Briefing:" not in refused.stdout
    assert refused.stderr.strip() == "No topic chosen: answer with a number from 1 to 2."
    unknown = _briefbot("brief", "knitting")
    assert unknown.returncode == 1 and unknown.stderr.startswith("I have no topic like that.")
    assert "Traceback" not in refused.stderr + unknown.stderr


# --- the shipped briefings -----------------------------------------------------------------------

def _points(kb: KnowledgeBase) -> list[Point]:
    found = []
    for briefing in all_briefings(kb):
        points = [p for s in briefing.sections for p in s.points]
        points += [briefing.bottom_line] if briefing.bottom_line else []
        found += [one for point in points for one in (point, *point.items)]
    return found


def test_every_shipped_briefing_fits_the_cap_in_one_message(shipped_kb: KnowledgeBase) -> None:
    for briefing in all_briefings(shipped_kb):
        rendered = render_briefing(briefing)
        assert len(rendered.text) <= MAX_BRIEFING_TEXT, briefing.title
        assert len(rendered.html) == 1 and "left out for length" not in rendered.text


def test_every_point_quotes_the_paragraph_it_cites_never_an_faq_question(
        shipped_kb: KnowledgeBase) -> None:
    for point in _points(shipped_kb):
        paragraph = shipped_kb.corpus.paragraph(point.source.document, point.source.paragraph)
        assert paragraph is not None and paragraph.kind != QUESTION_KIND, point.text
        assert without_notes(point.text) in squash(paragraph.text), point.text


def test_every_substantive_paragraph_is_in_some_briefing(shipped_kb: KnowledgeBase) -> None:
    assert unbriefed_paragraphs(shipped_kb) == []
    assert leaning_quotes(shipped_kb) == []


def test_topic_names_go_through_the_questions_normaliser(shipped_kb: KnowledgeBase) -> None:
    assert [t.id for t in find_topics(shipped_kb, "Trafficking?")] == ["drugs", "human-trafficking"]
    assert [t.id for t in find_topics(shipped_kb, "cyber crimes")] == ["cybercrime"]
    assert [t.id for t in find_topics(shipped_kb, "burma")] == ["myanmar"]
    assert find_topics(shipped_kb, "knitting patterns") == ()


# --- check: coverage, editor's notes, quotes that lean, lists --------------------------------------

def test_check_warns_about_a_paragraph_in_no_briefing(write_kb: WriteKb,
                                                      small_intents: str) -> None:
    assert any("doc#p3 is in no briefing" in p.message for p in check(*write_kb()).problems)
    briefed = small_intents + ("briefings:\n  meeting:\n    points:\n      - cite: doc#p3\n"
                               "        quote: A paragraph nobody cites.\n")
    problems = check(*write_kb(briefed)).problems
    assert not any("in no briefing" in p.message for p in problems)


NOTED = "Drug cartels [criminal gangs] move precursor chemicals across borders."


def test_check_accepts_an_editors_note_and_rejects_other_invented_words(
        write_kb: WriteKb, small_intents: str) -> None:
    original = "      Drug cartels move precursor chemicals across borders.\n"
    noted = check(*write_kb(small_intents.replace(original, f"      {NOTED}\n")))
    assert noted.exit_code == 0, [p.format() for p in noted.errors]
    invented = small_intents.replace(
        original, "      Drug cartels quickly move precursor chemicals across borders.\n")
    [error] = check(*write_kb(invented)).errors
    assert "'quickly'" in error.message and error.intent == "precursors"
    unclosed = small_intents.replace(original, "      Drug cartels [gangs move precursors.\n")
    assert check(*write_kb(unclosed)).exit_code == 1
    point = small_intents + ("briefings:\n  drugs:\n    points:\n      - cite: doc#p2\n"
                             "        quote: Drug cartels secretly move precursor chemicals.\n")
    [error] = check(*write_kb(point)).errors
    assert "'secretly'" in error.message and "briefing 'drugs'" in error.message


def test_an_editors_note_is_shown_in_italics(write_kb: WriteKb, small_intents: str) -> None:
    original = "      Drug cartels move precursor chemicals across borders.\n"
    kb = load_knowledge(*write_kb(small_intents.replace(original, f"      {NOTED}\n")))
    [message] = render_html(Responder(kb).respond("precursor chemicals"))
    assert "Drug cartels <i>[criminal gangs]</i> move precursor chemicals" in message


LEANING_DOC = """\
id: doc
title: A small test document
covers: Drug cartels.
original_file: test.txt
dates: []
paragraphs:
- id: p1
  kind: text
  text: |-
    The meeting was held in Bangkok from 3 to 5 May. Delegates from ten countries attended.
- id: p2
  kind: text
  text: |-
    Drug cartels move precursor chemicals across borders. These cartels must be stopped.
- id: p3
  kind: question
  text: |-
    What about cartels?
"""


@pytest.mark.parametrize(("answer", "warned"), [
    ("These cartels must be stopped.", True),
    ("These cartels [drug cartels] must be stopped.", False),
    ("Drug cartels move precursor chemicals across borders.\n      These cartels must be "
     "stopped.", False),
])
def test_check_warns_about_a_quote_that_leans_on_a_sentence_it_leaves_out(
        write_kb: WriteKb, small_intents: str, answer: str, warned: bool) -> None:
    intents = small_intents.replace("Drug cartels move precursor chemicals across borders.\n"
                                    "      - Officers must share intelligence.", answer)
    report = check(*write_kb(intents, LEANING_DOC))
    assert report.exit_code == 0, [p.format() for p in report.errors]
    leaning = [p for p in report.problems if "leans on the sentence before" in p.message]
    assert bool(leaning) is warned
    if warned:
        assert leaning[0].intent == "precursors" and "[square brackets]" in leaning[0].fix


def test_check_warns_about_a_briefing_point_that_leans_with_its_line(
        write_kb: WriteKb, small_intents: str) -> None:
    intents = small_intents.replace("\n      - Officers must share intelligence.", "") + (
        "briefings:\n  drugs:\n    points:\n      - cite: doc#p2\n"
        "        quote: These cartels must be stopped.\n")
    [warning] = [p for p in check(*write_kb(intents, LEANING_DOC)).problems
                 if "leans on the sentence before" in p.message]
    assert warning.message.startswith("briefing 'drugs': ")
    assert warning.line == len(intents.splitlines()) - 1


def test_check_rejects_a_list_lead_without_its_list_and_a_cited_faq_question(
        write_kb: WriteKb, small_intents: str) -> None:
    lead = small_intents + ("briefings:\n  overview:\n    points:\n      - cite: doc#p3\n"
                            "        quote: 'What about cartels?'\n      - cite: doc#p1\n"
                            "        quote: 'The meeting was held in Bangkok from 3 to 5 May.'\n")
    messages = [p.message for p in check(*write_kb(lead, LEANING_DOC)).errors]
    assert any("doc#p3, an FAQ question" in m for m in messages)
    colon_doc = LEANING_DOC.replace("These cartels must be stopped.", "They move:")
    colon = small_intents.replace("Drug cartels move precursor chemicals across borders.\n"
                                  "      - Officers must share intelligence.",
                                  "Drug cartels move precursor chemicals across borders.") + (
        "briefings:\n  drugs:\n    points:\n      - cite: doc#p2\n        quote: 'They move:'\n")
    messages = [p.message for p in check(*write_kb(colon, colon_doc)).errors]
    assert any("ends with ':' but its list is missing" in m for m in messages)


def test_a_briefing_over_the_cap_is_cut_and_says_so(small_kb: KnowledgeBase) -> None:
    briefing = overview_briefing(small_kb)
    full = render_briefing(briefing)
    cut = render_briefing(briefing, limit=len(full.text) - 1)
    assert len(cut.text) < len(full.text)
    assert "more point(s) left out for length" in cut.text
    shown = [p for s in cut.briefing.sections for p in s.points]
    assert len(shown) < sum(len(s.points) for s in briefing.sections)


def test_check_names_a_misspelt_alias_key_and_a_bad_document_briefing_block(
        write_kb: WriteKb, small_intents: str, small_document: str) -> None:
    intents = small_intents.replace("    title: Drugs\n", "    title: Drugs\n    alias: [narcotics]\n")
    document = small_document.replace("dates: []\n", "dates: []\nbriefing:\n  label: 3\n")
    messages = [p.format() for p in check(*write_kb(intents, document)).errors]
    assert any("unknown key 'alias' in topic 'drugs'" in m and "'aliases'" in m for m in messages)
    assert any("'briefing' must map label, event, date, as_of to text." in m for m in messages)
