"""`briefbot run` itself, as deployed: a subprocess serving a local Bot API server."""

import asyncio
import os
import shutil
import signal
import sys
from pathlib import Path

from bot.config import default_path


async def test_briefbot_run_answers_and_stays_quiet_in_groups(telegram, tmp_path: Path) -> None:
    emu = telegram.emu
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    env.update(TELEGRAM_BOT_TOKEN=emu.token, TELEGRAM_API_BASE_URL=emu.base_url,
               BRIEFBOT_DB=str(tmp_path / "briefbot.sqlite3"))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        private, group = telegram.private("Alice"), telegram.group("Crime desk", ["Alice", "Bob"])
        answer = await private.ask("how often does the ammtc take place?", timeout=30)
        assert "usually held every two years" in answer.text
        assert "(ammtc-11#p25)" in answer.text and "p24" not in answer.text
        group.say("did anyone see the drug trafficking numbers?", by="Bob")
        await group.silence(1.0)
        briefing = await group.ask(f"/brief@{group.bot_name}", timeout=10)
        assert briefing.text.startswith("Briefing:")
        assert emu.commands["all_group_chats"]
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=20)
    log = stderr.decode()
    assert "starting with long polling" in log
    assert emu.token.split(":", 1)[1] not in log
    assert "Traceback" not in log
    assert process.returncode == 0


async def test_sighup_reloads_and_a_bad_edit_keeps_serving(telegram, tmp_path: Path) -> None:
    intents = tmp_path / "intents.yaml"
    shutil.copy(default_path("intents.yaml"), intents)
    question = "zebra crossing briefing question"
    emu = telegram.emu
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    env.update(TELEGRAM_BOT_TOKEN=emu.token, TELEGRAM_API_BASE_URL=emu.base_url,
               BRIEFBOT_INTENTS=str(intents), BRIEFBOT_CORPUS=str(default_path("corpus")),
               BRIEFBOT_DB=str(tmp_path / "briefbot.sqlite3"))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    lines: list[str] = []

    async def read_log() -> None:
        assert process.stderr is not None
        async for raw in process.stderr:
            lines.append(raw.decode())

    async def logged(text: str) -> None:
        """Wait for the bot to log ``text`` (a reload takes longer on a busy machine)."""
        async def seen() -> None:
            while not any(text in line for line in lines):
                await asyncio.sleep(0.05)
        await asyncio.wait_for(seen(), timeout=60)

    reader = asyncio.create_task(read_log())
    try:
        chat = telegram.private("Alice")
        before = await chat.ask(question, timeout=30)
        text = intents.read_text(encoding="utf-8")
        at = text.index("    examples:\n", text.index("  - id: gscc-dates\n"))
        at += len("    examples:\n")
        intents.write_text(text[:at] + f"      - {question}\n" + text[at:], encoding="utf-8")
        process.send_signal(signal.SIGHUP)
        await logged("SIGHUP: reloaded")
        after = await chat.ask(question, timeout=10)
        intents.write_text("version: 1\nintents: [\n", encoding="utf-8")
        process.send_signal(signal.SIGHUP)
        await logged("SIGHUP: kept the old knowledge")
        still = await chat.ask(question, timeout=10)
    finally:
        process.send_signal(signal.SIGINT)
        await asyncio.wait_for(process.wait(), timeout=20)
        await reader
    log = "".join(lines)
    assert "from 19 to 21 September" not in before.text
    assert "from 19 to 21 September" in after.text
    assert "from 19 to 21 September" in still.text
    assert "SIGHUP: reloaded" in log and "SIGHUP: kept the old knowledge" in log
    assert f"{intents}:3: error: YAML syntax error" in log
    assert "Traceback" not in log
