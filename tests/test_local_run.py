"""`briefbot run` without a token: the whole bot in the terminal, as a new user first meets it.

The real `briefbot` command in a subprocess, fed on standard input as a script would: the real
Application answers through the built-in emulator, buttons are pressed by number, nothing is
rate-limited, and what it could not answer is in the database for `briefbot review` afterwards.
"""

import os
import subprocess
import sys
from pathlib import Path

from bot.config import default_path

PROJECT = default_path("intents.yaml").parent
ENTRY_POINT = Path(sys.executable).parent / "briefbot"


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "TELEGRAM_"))}
    env["BRIEFBOT_DB"] = str(tmp_path / "briefbot.sqlite3")
    return env


def _run(tmp_path: Path, lines: list[str], *args: str,
         env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The README's first command, ``briefbot run``, in the project folder with piped input."""
    return subprocess.run([str(ENTRY_POINT), "run", *args], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, cwd=PROJECT,
                          env={**_env(tmp_path), **(env or {})}, timeout=120, check=False)


def _replies(stdout: str) -> list[str]:
    """What the bot said to each line sent, in order (all its messages, buttons included)."""
    turns = stdout.split("\nyou> ")[1:]
    return [turn.partition("\n")[2].removeprefix("bot> ").strip() for turn in turns]


def test_the_readmes_first_command_with_piped_brief_prints_a_cited_briefing(
        tmp_path: Path) -> None:
    assert "&& .venv/bin/briefbot run\n" in (PROJECT / "README.md").read_text(encoding="utf-8")
    result = _run(tmp_path, ["/brief"])
    assert result.returncode == 0, result.stderr
    assert "TELEGRAM_BOT_TOKEN is not set" in result.stderr
    assert "Traceback" not in result.stderr
    assert "you> /brief\nbot> Briefing: transnational crime, all key areas" in result.stdout
    assert "(AMMTC-11 \u00b625)" in result.stdout and "(GSCC-2023 \u00b61)" in result.stdout
    assert "Sources: AMMTC-11 = 11th ASEAN Ministerial Meeting" in result.stdout
    assert "Bottom line:" in result.stdout


def test_buttons_and_suggestions_are_picked_by_number(tmp_path: Path) -> None:
    result = _run(tmp_path, ["/brief trafficking", "2", "/start", "1", "what crimes",
                             "1", "7"])
    assert result.returncode == 0, result.stderr
    replies = _replies(result.stdout)
    assert replies[0].startswith("Which do you mean?\n  [1] Drug trafficking")
    assert "[2] Human trafficking and smuggling" in replies[0]
    assert replies[1].startswith("Briefing: Human trafficking and smuggling")
    assert "  [1] What was the 11th AMMTC?" in replies[2]
    assert replies[3].startswith("What was the 11th AMMTC?")
    assert replies[4].startswith("The closest I have:\n  [1] "), replies[4]
    first_choice = replies[4].split("  [1] ")[1].split("\n")[0]
    assert replies[5].startswith(first_choice)
    assert "(no such button: choose 1-" in result.stdout
    assert "I don't have that" not in result.stdout


def test_a_local_session_is_not_rate_limited_and_review_shows_what_it_missed(
        tmp_path: Path) -> None:
    missed = ["who chaired the 11th ammtc", "best pad thai recipe"] * 12
    result = _run(tmp_path, missed)
    assert result.returncode == 0, result.stderr
    replies = _replies(result.stdout)
    assert len(replies) == len(missed)
    assert not any("faster than I can brief" in reply for reply in replies)
    review = subprocess.run([str(ENTRY_POINT), "review"], capture_output=True, text=True,
                            cwd=PROJECT, env=_env(tmp_path), timeout=120, check=False)
    assert review.returncode == 0, review.stderr
    assert "24 in 2 groups" in review.stdout
    assert "x12 (decline 12)" in review.stdout and "best pad thai recipe" in review.stdout


def test_group_session_answers_only_when_addressed(tmp_path: Path) -> None:
    result = _run(tmp_path, ["did anyone read the drugs report?", "/ask how often is the ammtc",
                             "/brief drugs"], "--group")
    assert result.returncode == 0, result.stderr
    assert "in a group chat" in result.stdout
    assert "you> did anyone read the drugs report?\n(no reply)" in result.stdout
    replies = _replies(result.stdout)
    assert replies[0] == "(no reply)"
    assert "usually held every two years" in replies[1]
    assert replies[2].startswith("Briefing: Drug trafficking and precursor chemicals")


def test_the_person_at_the_terminal_may_reload_whatever_the_allow_lists_say(
        tmp_path: Path) -> None:
    result = _run(tmp_path, ["/reload", "how often is the ammtc held"],
                  env={"BRIEFBOT_ALLOWED_USERS": "42", "BRIEFBOT_ALLOWED_CHATS": "-42"})
    assert result.returncode == 0, result.stderr
    replies = _replies(result.stdout)
    assert replies[0].startswith("Reloaded.")
    assert "usually held every two years" in replies[1]
