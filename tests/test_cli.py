"""The harness as a curator uses it: the real `briefbot` command in a subprocess."""

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

WriteKb = Callable[..., tuple[Path, Path]]


def _run(args: list[str], stdin: str = "", env: dict[str, str] | None = None
         ) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True,
                          text=True, env=full_env, timeout=60, check=False)


def _kb_args(write_kb: WriteKb, intents: str | None = None) -> list[str]:
    path, corpus = write_kb() if intents is None else write_kb(intents)
    return ["--intents", str(path), "--corpus", str(corpus)]


def test_ask_prints_the_reply_with_its_source(write_kb: WriteKb) -> None:
    result = _run([*_kb_args(write_kb), "ask", "when", "was", "the", "meeting", "held?"])
    assert result.returncode == 0
    assert "The meeting was held in Bangkok from 3 to 5 May." in result.stdout
    assert "Source: A small test document, paragraph p1" in result.stdout


def test_ask_json_lines_from_stdin_in_order(write_kb: WriteKb) -> None:
    questions = ["where was the meeting", "", "how do i smuggle chemicals", "capital of peru",
                 "<b>precurser</b> chemicals"]
    result = _run([*_kb_args(write_kb), "ask", "--json", "-"], stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in rows] == questions
    assert [r["decision"] for r in rows] == ["answer", "decline", "decline", "decline", "answer"]
    assert rows[0]["intent"] == "meeting-venue" and rows[0]["sources"][0]["paragraph"] == "p1"
    assert rows[2]["reason"] == "harmful" and rows[2]["sources"] == []
    assert rows[4]["intent"] == "precursors"
    for row in rows:
        assert set(row) >= {"question", "decision", "intent", "score", "answer", "sources",
                            "suggestions"}
        assert 0 <= row["score"] <= 100


def test_check_exits_0_when_clean_and_2_on_a_syntax_error_without_traceback(write_kb: WriteKb) -> None:
    clean = _run([*_kb_args(write_kb), "check"])
    assert clean.returncode == 0 and "OK:" in clean.stdout
    broken = _run([*_kb_args(write_kb, "version: 1\nintents:\n  - id: x\n    title: a: b\n"),
                   "check"])
    assert broken.returncode == 2
    assert "intents.yaml:4: error: YAML syntax error" in broken.stdout
    assert "Traceback" not in broken.stdout + broken.stderr


def test_ask_with_broken_knowledge_names_the_problem(write_kb: WriteKb) -> None:
    result = _run([*_kb_args(write_kb, "version: 1\n"), "ask", "hello"])
    assert result.returncode == 1
    assert "intents.yaml" in result.stderr and "Fix:" in result.stderr
    assert "Traceback" not in result.stderr


def test_chat_reads_questions_until_eof_with_explain(write_kb: WriteKb) -> None:
    result = _run([*_kb_args(write_kb), "chat", "--explain"],
                  stdin="precursor chemicals\ntopics\nquit\nnever reached\n")
    assert result.returncode == 0
    assert "Drug cartels move precursor chemicals" in result.stdout
    assert "matched example: 'precursor chemicals'" in result.stdout
    assert "- What about precursor chemicals?" in result.stdout
    assert "never reached" not in result.stdout


def test_run_without_token_starts_the_harness(write_kb: WriteKb) -> None:
    result = _run([*_kb_args(write_kb), "run"], stdin="hello\n")
    assert result.returncode == 0
    assert "TELEGRAM_BOT_TOKEN is not set" in result.stderr
    assert "Hello! I brief on The meeting, Drugs." in result.stdout


def test_bad_setting_is_a_clear_error(write_kb: WriteKb) -> None:
    result = _run([*_kb_args(write_kb), "ask", "hi"], env={"BRIEFBOT_ANSWER_THRESHOLD": "lots"})
    assert result.returncode == 2
    assert "BRIEFBOT_ANSWER_THRESHOLD must be a number" in result.stderr


def test_eval_prints_the_report(write_kb: WriteKb, tmp_path: Path) -> None:
    questions = tmp_path / "q.yaml"
    questions.write_text("questions:\n  - q: meeting venue please\n    expect: meeting-venue\n")
    result = _run([*_kb_args(write_kb), "eval", str(questions)])
    assert result.returncode == 0
    assert "in-scope accuracy:        100.0%" in result.stdout


def test_settings_that_would_leak_or_fail_later_are_refused_up_front(write_kb: WriteKb) -> None:
    bad_url = _run([*_kb_args(write_kb), "ask", "hi"],
                   env={"TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081"})
    assert bad_url.returncode == 2 and "must be an http(s) URL ending in /bot" in bad_url.stderr
    bad_secret = _run([*_kb_args(write_kb), "ask", "hi"],
                      env={"BRIEFBOT_WEBHOOK_SECRET": "has spaces and +/="})
    assert bad_secret.returncode == 2 and "BRIEFBOT_WEBHOOK_SECRET must be" in bad_secret.stderr


def test_review_days_out_of_range_is_a_one_line_error() -> None:
    for days in ("0", "36501", "-1", "ten", "1.5"):
        result = _run(["review", "--days", days, "--db", "/nonexistent/briefbot.sqlite3"])
        assert result.returncode == 2, (days, result.stderr)
        assert f"argument --days: must be a whole number from 1 to 36500, not '{days}'" \
            in result.stderr
        assert len(result.stderr) < 400 and len(result.stderr.splitlines()) <= 4, result.stderr
        assert result.stdout == ""
    accepted = _run(["review", "--days", "36500", "--db", "/nonexistent/briefbot.sqlite3"])
    assert accepted.returncode == 0 and "No database at" in accepted.stdout
