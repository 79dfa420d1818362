"""The playground in a real browser: ``briefbot playground`` as a curator starts it, driven by
headless Chromium (Debian's, through Playwright), read through its accessible markup.

One server and one browser for the module: a copy of the shipped knowledge base with a document
ingested (so there are drafts), and a live database path that must never be created. Each view
leaves a screenshot in tests/artifacts/.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.playground_support import CHROMIUM, CLI, need_chromium, start_playground, stop_playground

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
NEWS = ROOT / "tests" / "ingest" / "mekong-wildlife-news.txt"

EVAL_SET = """\
questions:
  - q: when was the gscc
    expect: gscc-dates
  - q: where was the 2023 conference held
    expect: gscc-venue
  - q: what is the weather in paris
    expect: out_of_scope
  - q: who chaired the 11th ammtc
    expect: gscc-venue
"""


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the shipped knowledge base with the news page ingested as drafts."""
    folder = tmp_path_factory.mktemp("kb")
    shutil.copy(ROOT / "intents.yaml", folder / "intents.yaml")
    shutil.copytree(ROOT / "corpus", folder / "corpus")
    subprocess.run([*CLI, "--intents", str(folder / "intents.yaml"), "--corpus",
                    str(folder / "corpus"), "ingest", str(NEWS), "--id", "mekong"],
                   check=True, capture_output=True, cwd=ROOT)
    (folder / "eval.yaml").write_text(EVAL_SET, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def server(kb: Path) -> Iterator[tuple[str, Path]]:
    live = kb / "live.sqlite3"
    before = _digest(kb)
    process, address = start_playground(["--intents", str(kb / "intents.yaml"), "--corpus",
                                         str(kb / "corpus")], {"BRIEFBOT_DB": str(live)})
    try:
        yield address, live
    finally:
        stop_playground(process)
    after = _digest(kb)
    changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
    assert changed <= {"drafts/mekong.yaml"}, f"the playground wrote {changed}"
    assert not live.exists(), "the playground created the live database"


@pytest.fixture(scope="module")
def page(server: tuple[str, Path]) -> Iterator[object]:
    need_chromium()
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        tab = context.new_page()
        tab.set_default_timeout(20_000)
        tab.goto(server[0])
        yield tab
        browser.close()


def _ask(page: object, text: str) -> object:
    """Type ``text`` in the Message box, press Enter and return the bot's last reply."""
    from playwright.sync_api import Page, expect  # noqa: PLC0415

    assert isinstance(page, Page)
    replies = page.get_by_role("log").get_by_role("article")
    before = replies.count()
    box = page.get_by_role("textbox", name="Message")
    box.fill(text)
    box.press("Enter")
    page.wait_for_load_state()
    expect(replies.nth(before)).to_be_attached()
    return replies.last


def _go(page: object, name: str) -> None:
    from playwright.sync_api import Page  # noqa: PLC0415

    assert isinstance(page, Page)
    page.get_by_role("navigation", name="Views").get_by_role("link", name=name, exact=True).click()
    page.wait_for_load_state()


def test_a_question_is_answered_with_its_source_as_telegram_shows_it(page: object) -> None:
    from playwright.sync_api import Page, expect  # noqa: PLC0415

    assert isinstance(page, Page)
    reply = _ask(page, "when was the gscc")
    expect(reply).to_contain_text("from 19 to 21 September")
    expect(reply).to_contain_text("Source: The 2nd Global Security Cooperation Conference (2023)")
    expect(reply.locator("b")).to_have_text("When was the 2023 security conference held?")
    expect(reply.locator("i").first).to_contain_text("Source:")
    expect(reply.get_by_role("button", name="Where was the 2023 conference held?")).to_be_visible()
    expect(page.get_by_role("complementary", name="Why the latest reply")).to_contain_text(
        "Matched example")


def test_a_follow_up_button_can_be_pressed(page: object) -> None:
    from playwright.sync_api import Page, expect  # noqa: PLC0415

    assert isinstance(page, Page)
    log = page.get_by_role("log")
    before = log.get_by_role("article").count()
    log.get_by_role("article").last.get_by_role("button",
                                                name="Where was the 2023 conference held?").click()
    expect(log.get_by_role("article").nth(before)).to_be_attached()
    expect(log.get_by_role("article").last).to_contain_text("People’s Republic of China")
    page.screenshot(path=str(ARTIFACTS / "chat.png"))


def test_brief_gives_the_cited_briefing(page: object) -> None:
    from playwright.sync_api import Page, expect  # noqa: PLC0415

    assert isinstance(page, Page)
    reply = _ask(page, "/brief")
    expect(page.get_by_role("log")).to_contain_text("Bottom line")
    expect(reply.locator("xpath=..")).to_contain_text("AMMTC-11 ¶")


def test_did_you_mean_and_a_refusal_as_in_telegram(page: object) -> None:
    from playwright.sync_api import Page, expect  # noqa: PLC0415

    assert isinstance(page, Page)
    reply = _ask(page, "myanmar")
    expect(reply.get_by_role("button", name="None of these")).to_be_visible()
    refused = _ask(page, "how do i launder money through a casino")
    expect(refused).to_contain_text("can't help")
    expect(refused).not_to_contain_text("Source:")


def test_topics_buttons_lead_to_questions_to_tap(page: object) -> None:
    from playwright.sync_api import Page, expect  # noqa: PLC0415

    assert isinstance(page, Page)
    topics = _ask(page, "/topics")
    expect(topics).to_contain_text("Pick a topic")
    topics.get_by_role("button", name="The 2023 Global Security Cooperation Conference").click()
    page.wait_for_load_state()
    log = page.get_by_role("log")
    expect(log).to_contain_text("Questions I can answer; tap one")
    expect(log.get_by_role("button", name="When was the 2023 security conference held?").last
           ).to_be_visible()


def test_why_shows_the_decision_and_the_highlighted_quote(page: object) -> None:
    from playwright.sync_api import Page, expect  # noqa: PLC0415

    assert isinstance(page, Page)
    _ask(page, "when was the gscc")
    _go(page, "Why")
    expect(page.get_by_role("heading", name="Why I answered that")).to_be_visible()
    expect(page.locator("dl")).to_contain_text("Matched example")
    expect(page.locator("dl")).to_contain_text("Runner-up")
    expect(page.locator("figure.context mark")).to_have_text("from 19 to 21 September")
    expect(page.locator("figure.context")).to_contain_text("paragraph p1")
    page.screenshot(path=str(ARTIFACTS / "why.png"), full_page=True)
    _go(page, "Chat")


def test_evaluation_draws_its_charts_and_opens_a_failure_in_the_chat(
        page: object, kb: Path) -> None:
    from playwright.sync_api import Page, expect  # noqa: PLC0415

    assert isinstance(page, Page)
    _go(page, "Evaluation")
    page.get_by_role("textbox", name="or another file").fill(str(kb / "eval.yaml"))
    page.get_by_role("button", name="Run evaluation").click()
    page.wait_for_load_state()
    for title in ("Per-intent accuracy", "Confusion pairs", "Threshold sweep"):
        expect(page.get_by_role("img", name=re.compile(title))).to_be_visible()
    failures = page.get_by_role("table", name=re.compile("Questions the bot got wrong"))
    expect(failures).to_contain_text("who chaired the 11th ammtc")
    page.screenshot(path=str(ARTIFACTS / "evaluation.png"), full_page=True)
    failures.get_by_role("row", name=re.compile("who chaired")).get_by_role(
        "link", name="Open in chat").click()
    page.wait_for_load_state()
    expect(page.get_by_role("textbox", name="Message")).to_have_value("who chaired the 11th ammtc")


def test_review_groups_a_declined_question(page: object) -> None:
    from playwright.sync_api import Page, expect  # noqa: PLC0415

    assert isinstance(page, Page)
    _go(page, "Chat")
    _ask(page, "what is the weather in paris today")
    _ask(page, "what's the weather in paris")
    _go(page, "Review")
    page.get_by_role("link", name="This playground's chats").click()
    page.wait_for_load_state()
    expect(page.get_by_role("img", name=re.compile("Daily answer, clarify and decline"))).to_be_visible()
    group = page.get_by_role("region", name=re.compile(r"Group \d+: ×2"))
    expect(group).to_contain_text("weather in paris")
    expect(group.locator("pre")).to_contain_text("out_of_scope")
    expect(group.get_by_role("button", name="Copy YAML")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "review.png"), full_page=True)


def test_drafts_show_quotes_collisions_and_can_be_marked_reviewed(page: object, kb: Path) -> None:
    from playwright.sync_api import Page, expect  # noqa: PLC0415

    assert isinstance(page, Page)
    _go(page, "Drafts")
    drafts = page.get_by_role("article")
    expect(drafts.first).to_be_visible()
    first = drafts.first
    expect(first.locator("figure.context mark")).to_be_visible()
    expect(first).to_contain_text("not reviewed")
    page.screenshot(path=str(ARTIFACTS / "drafts.png"))
    first.get_by_role("button", name="Mark reviewed").click()
    page.wait_for_load_state()
    expect(page.get_by_role("status")).to_contain_text("marked reviewed")
    text = (kb / "drafts" / "mekong.yaml").read_text(encoding="utf-8")
    flags = re.findall(r"^ +draft: (true|false)$", text, re.MULTILINE)
    assert flags.count("false") == 1 and flags.count("true") == text.count("- id:") - 1


def test_a_group_hears_only_what_is_addressed_to_the_bot(page: object) -> None:
    from playwright.sync_api import Page, expect  # noqa: PLC0415

    assert isinstance(page, Page)
    _go(page, "Chat")
    page.get_by_role("link", name="Group chat").click()
    page.wait_for_load_state()
    box = page.get_by_role("textbox", name="Message")
    box.fill("when was the gscc")
    box.press("Enter")
    page.wait_for_load_state()
    expect(page.get_by_role("log").get_by_role("article")).to_have_count(0)
    reply = _ask(page, "/ask when was the gscc")
    expect(reply).to_contain_text("from 19 to 21 September")
    page.get_by_role("link", name="Private chat").click()
    page.wait_for_load_state()
