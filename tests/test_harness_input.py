"""What the harness reads on standard input: bytes that are not UTF-8 and lines of any length.

The real `briefbot` command in a subprocess: every line gets its reply, what comes out is valid
UTF-8 whatever the stdio settings, and a 50 MB line costs no more memory than a short one.
"""

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

WriteKb = Callable[..., tuple[Path, Path]]

BAD_BYTES = b"where was the \xff\xfe meeting \xc3"
# Stdio as Python sets it by default, strictly decoding UTF-8, and in the C locale (where
# undecodable bytes pass through as surrogates).
STDIO = {"default": {}, "strict": {"PYTHONIOENCODING": "utf-8:strict"},
         "C locale": {"LC_ALL": "C", "PYTHONUTF8": "0"}}
#: How much more memory (KiB) a 50 MB line may take than a short one: a piece, never the line.
HEADROOM_KIB = 16 * 1024


def _command(write_kb: WriteKb, *args: str) -> list[str]:
    intents, corpus = write_kb()
    return [sys.executable, "-m", "bot", "--intents", str(intents), "--corpus", str(corpus), *args]


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("BRIEFBOT_", "TELEGRAM_", "PYTHONIOENCODING", "LC_"))}
    env.update(extra)
    return env


@pytest.mark.parametrize("stdio", list(STDIO))
def test_ask_json_answers_every_line_in_valid_utf8_despite_bad_bytes(
        write_kb: WriteKb, stdio: str) -> None:
    lines = [b"where was the meeting", BAD_BYTES, b"\xe2\x80", b"precursor chemicals"]
    result = subprocess.run(_command(write_kb, "ask", "--json", "-"),
                            input=b"\n".join(lines) + b"\n", capture_output=True,
                            env=_env(STDIO[stdio]), timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [r["question"] for r in rows] == [
        "where was the meeting", "where was the \ufffd\ufffd meeting \ufffd", "\ufffd",
        "precursor chemicals"]
    assert [r["intent"] for r in rows] == ["meeting-venue", "meeting-venue", None, "precursors"]


def test_ask_json_argument_with_bad_bytes_is_valid_utf8(write_kb: WriteKb) -> None:
    result = subprocess.run([*_command(write_kb, "ask", "--json"),
                             os.fsdecode(BAD_BYTES)], capture_output=True, env=_env({}),
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    row = json.loads(result.stdout.decode("utf-8"))
    assert row["question"] == "where was the \ufffd\ufffd meeting \ufffd"


@pytest.mark.parametrize("stdio", list(STDIO))
def test_chat_keeps_going_after_bad_bytes(write_kb: WriteKb, stdio: str) -> None:
    result = subprocess.run(_command(write_kb, "chat"),
                            input=BAD_BYTES + b"\nprecursor chemicals\n", capture_output=True,
                            env=_env(STDIO[stdio]), timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    output = result.stdout.decode("utf-8")
    shown = "?" if stdio == "C locale" else "\ufffd"  # what an ASCII terminal can show
    assert f"you> where was the {shown * 2} meeting {shown}" in output
    assert "Drug cartels move precursor chemicals" in output


# Runs the command as its own child and reports that child's peak resident memory (KiB). A child
# forked straight from the test process would count the test process's memory as its own.
MEASURE = textwrap.dedent("""
    import os, sys
    pid = os.fork()
    if pid == 0:
        os.execv(sys.executable, [sys.executable, *sys.argv[1:]])
    _, status, usage = os.wait4(pid, 0)
    print(usage.ru_maxrss, file=sys.stderr)
    sys.exit(os.waitstatus_to_exitcode(status))
""")


def _peak_memory_kib(command: list[str], stdin: Path) -> tuple[int, str]:
    """Run ``command`` with ``stdin``; its peak resident memory (KiB) and its output."""
    with stdin.open("rb") as given:
        result = subprocess.run([sys.executable, "-c", MEASURE, *command[1:]], stdin=given,
                                capture_output=True, env=_env({}), timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return int(result.stderr.split()[-1]), result.stdout.decode("utf-8")


@pytest.mark.parametrize("args", [("ask", "--json", "-"), ("chat",)])
def test_a_50_mb_line_is_read_in_bounded_memory(
        write_kb: WriteKb, tmp_path: Path, args: tuple[str, ...]) -> None:
    command = _command(write_kb, *args)
    short, huge = tmp_path / "short.txt", tmp_path / "huge.txt"
    short.write_bytes(b"what about drug smuggling\nprecursor chemicals\n")
    huge.write_bytes(b"what about drug smuggling " + b"a" * 50_000_000 + b"\nprecursor chemicals\n")
    baseline, _ = _peak_memory_kib(command, short)
    peak, text = _peak_memory_kib(command, huge)
    assert peak - baseline < HEADROOM_KIB, (baseline, peak)
    assert "Drug cartels move precursor chemicals" in text
    if args[0] == "ask":
        first, second = (json.loads(line) for line in text.splitlines())
        assert len(first["question"]) == 1000 and first["question"].startswith("what about drug")
        assert second["intent"] == "precursors"
