"""The playground's server as an operator meets it, without a browser: where it listens, who
may use it, what bad requests get; and its two pure pieces, Telegram entities as browser HTML
and the reviewed flag of a draft."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.errors import KnowledgeError
from bot.knowledge.drafts import set_reviewed
from bot.tools.playground.entities import message_html
from tests.playground_support import CLI, ROOT, start_playground, stop_playground

TOKEN = "a-long-enough-playground-token"


@pytest.fixture(scope="module")
def open_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A playground on 127.0.0.1 with no token."""
    live = tmp_path_factory.mktemp("live") / "live.sqlite3"
    process, address = start_playground([], {"BRIEFBOT_DB": str(live)})
    try:
        yield address
    finally:
        assert stop_playground(process) == 0
    assert not live.exists()


@pytest.fixture(scope="module")
def guarded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A playground on every interface, which then needs its token."""
    live = tmp_path_factory.mktemp("live") / "live.sqlite3"
    process, address = start_playground([], {"BRIEFBOT_DB": str(live),
                                             "BRIEFBOT_PLAYGROUND_TOKEN": TOKEN},
                                        ("--host", "0.0.0.0"))
    try:
        yield address
    finally:
        stop_playground(process)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], check=False, cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "TELEGRAM_BOT_TOKEN": ""})


def test_another_interface_is_refused_without_a_token_and_a_short_token_too() -> None:
    bare = _run("playground", "--host", "0.0.0.0", "--port", "0")
    assert bare.returncode == 2
    assert "--token" in bare.stderr and "127.0.0.1" in bare.stderr
    assert "Traceback" not in bare.stderr and len(bare.stderr.strip().splitlines()) == 1
    short = _run("playground", "--host", "0.0.0.0", "--port", "0", "--token", "abc")
    assert short.returncode == 2 and "at least 16" in short.stderr
    port = _run("playground", "--port", "99999")
    assert port.returncode == 2 and "port number" in port.stderr


def test_it_listens_on_loopback_by_default(open_server: str) -> None:
    assert open_server.startswith("http://127.0.0.1:")
    assert httpx.get(open_server).status_code == 200


def test_with_a_token_every_request_must_carry_it(guarded_server: str) -> None:
    address = guarded_server.split("?", maxsplit=1)[0]
    assert "token=" + TOKEN in guarded_server  # the address printed opens it
    assert httpx.get(address).status_code == 401
    assert httpx.get(address, headers={"X-Playground-Token": "wrong-" + TOKEN}).status_code == 401
    assert httpx.get(address + "assets/playground.css").status_code == 401
    assert httpx.get(address + "why", headers={"X-Playground-Token": TOKEN}).status_code == 200
    with httpx.Client() as browser:
        first = browser.get(guarded_server)
        assert first.status_code == 302 and "token" not in first.headers["location"]
        assert browser.get(address).status_code == 200  # the cookie carries it now
        sent = browser.post(address + "send", data={"chat": "private", "text": "hello"})
        assert sent.status_code == 303


def test_a_page_from_elsewhere_cannot_use_a_loopback_playground(open_server: str) -> None:
    port = open_server.rstrip("/").rsplit(":", 1)[1]
    rebound = httpx.get(open_server, headers={"Host": f"evil.example:{port}"})
    assert rebound.status_code == 403
    forged = httpx.post(open_server + "send", data={"chat": "private", "text": "/brief"},
                        headers={"Origin": "http://evil.example"})
    assert forged.status_code == 403
    assert 'class="bot"' not in httpx.get(open_server).text  # the bot never got it


@pytest.mark.parametrize(("method", "path", "data", "status", "says"), [
    ("GET", "why?chat=nope", None, 400, "chat must be one of private, group"),
    ("GET", "why?message=abc", None, 400, "message must be a whole number"),
    ("GET", "why?message=999", None, 404, "no reply to explain"),
    ("POST", "press", {"chat": "private", "message": "1", "data": "x"}, 400, "That button"),
    ("POST", "send", {"chat": "private", "text": "x" * 5000}, 400, "at most 4096"),
    ("POST", "drafts/mark", {"file": "../intents.yaml", "id": "x", "reviewed": "1"}, 400,
     "no drafts file"),
    ("GET", "review?days=0", None, 400, "days must be a whole number from 1"),
    ("GET", "nowhere", None, 404, "no such page"),
])
def test_bad_requests_get_a_clear_page_and_never_a_traceback(
        open_server: str, method: str, path: str, data: dict[str, str] | None, status: int,
        says: str) -> None:
    response = httpx.request(method, open_server + path, data=data)
    assert response.status_code == status
    assert says in response.text and "Traceback" not in response.text


def test_an_unreadable_question_set_is_named_on_the_page(open_server: str, tmp_path: Path) -> None:
    missing = httpx.get(open_server + "evaluation", params={"file": str(tmp_path / "nope.yaml")})
    assert missing.status_code == 200 and "nope.yaml" in missing.text
    broken = tmp_path / "broken.yaml"
    broken.write_text("questions: 3\n", encoding="utf-8")
    page = httpx.get(open_server + "evaluation", params={"file": str(broken)})
    assert "has no &#x27;questions:&#x27; list" in page.text and 'role="alert"' in page.text


def test_telegram_entities_become_safe_tags_only() -> None:
    text = "Bold <script>alert(1)</script> & link 🙂 end"
    entities = [
        {"type": "bold", "offset": 0, "length": 4},
        {"type": "text_link", "offset": 33, "length": 4, "url": "javascript:alert(1)"},
        {"type": "italic", "offset": 41, "length": 3},  # after an emoji: UTF-16 offsets
        {"type": "text_link", "offset": 0, "length": 4, "url": "https://example.org/?a=1&b=\"2\""},
    ]
    html = message_html(text, entities)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert "javascript:" not in html
    assert '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;"' in html
    assert "link</a>" not in html  # a javascript: link is shown as its text only
    assert "<i>end</i>" in html
    crossing = message_html("abcdef", [{"type": "bold", "offset": 0, "length": 4},
                                       {"type": "italic", "offset": 2, "length": 4}])
    assert crossing == "<b>ab<i>cd</i></b><i>ef</i>"


DRAFTS = """\
# a comment that says draft: true
document: doc
drafts:
  - id: first
    draft: true
    title: First
  - id: second
    title: Second
"""


def test_marking_a_draft_reviewed_changes_its_flag_line_only(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(DRAFTS, encoding="utf-8")
    set_reviewed(path, "first", True)
    assert path.read_text(encoding="utf-8") == DRAFTS.replace("    draft: true", "    draft: false")
    set_reviewed(path, "second", True)
    assert "  - id: second\n    draft: false\n    title: Second\n" in path.read_text(encoding="utf-8")
    with pytest.raises(KnowledgeError, match="no draft 'third'"):
        set_reviewed(path, "third", True)


def test_a_postgresql_live_database_is_not_opened_by_the_playground(
        tmp_path: Path) -> None:
    process, address = start_playground([], {"BRIEFBOT_DB": "postgresql://u:p@127.0.0.1:9/none"})
    try:
        refused = httpx.get(address + "review", params={"source": "live"})
        assert refused.status_code == 409 and "reads only SQLite files" in refused.text
        assert httpx.get(address + "review", params={"source": "playground"}).status_code == 200
    finally:
        stop_playground(process)
