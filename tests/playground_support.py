"""Starting ``briefbot playground`` as a subprocess for the tests, and finding the browser."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
START_SECONDS = 30
#: ``briefbot`` as this interpreter runs it.
CLI = [sys.executable, "-c", "import sys; from bot.tools.cli import main; sys.exit(main())"]


def need_chromium() -> None:
    """Skip without Debian's chromium, except in CI, where a missing browser is a failure."""
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is missing: .ci/run installs it (apt-get install chromium)")
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")


def start_playground(knowledge: list[str], env: dict[str, str], args: tuple[str, ...] = ()
                     ) -> tuple[subprocess.Popen[str], str]:
    """Run ``briefbot KNOWLEDGE playground --port 0 ARGS``; return it and the address it printed."""
    process = subprocess.Popen(
        [*CLI, *knowledge, "playground", "--port", "0", *args],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "TELEGRAM_BOT_TOKEN": "", **env})
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], START_SECONDS)
    line = process.stdout.readline() if ready else ""
    if not line.startswith("briefbot playground: "):
        process.kill()
        raise AssertionError(f"the playground did not start: {line!r} {process.stderr.read()!r}")
    return process, line.removeprefix("briefbot playground: ").strip()


def stop_playground(process: subprocess.Popen[str]) -> int:
    """Stop it as Ctrl-C does; its exit code."""
    process.send_signal(signal.SIGINT)
    try:
        return process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
