"""`briefbot run` itself, as deployed: a subprocess serving a local Bot API server."""

import asyncio
import os
import shutil
import signal
import sys
from pathlib import Path

from bot.config import default_path
from bot.emulator import BotApiEmulator
from tests.conftest import BOT_NAME


async def test_briefbot_run_answers_and_stays_quiet_in_groups(tmp_path: Path) -> None:
    async with BotApiEmulator(bot_username=BOT_NAME) as emu:
        env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
        env.update(TELEGRAM_BOT_TOKEN=emu.token, TELEGRAM_API_BASE_URL=emu.base_url,
                   BRIEFBOT_DB=str(tmp_path / "briefbot.sqlite3"))
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=env, stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        try:
            alice, bob = emu.user("Alice", "alice"), emu.user("Bob", "bob")
            private = emu.private_chat(alice)
            group = emu.group_chat("Crime desk", [alice, bob])
            emu.send_text(private, alice, "how often does the ammtc take place?")
            [answer] = await emu.wait_for_messages(private, timeout=30)
            assert "usually held every two years" in answer["text"]
            assert "(ammtc-11#p24, #p25)" in answer["text"]
            emu.send_text(group, bob, "did anyone see the drug trafficking numbers?")
            await emu.expect_silence(group, 1.0)
            emu.send_text(group, alice, f"/brief@{BOT_NAME}")
            [briefing] = await emu.wait_for_messages(group, timeout=10)
            assert briefing["text"].startswith("Briefing:")
            assert emu.commands["all_group_chats"]
        finally:
            process.send_signal(signal.SIGINT)
            _, stderr = await asyncio.wait_for(process.communicate(), timeout=20)
    log = stderr.decode()
    assert "starting with long polling" in log
    assert emu.token.split(":", 1)[1] not in log
    assert "Traceback" not in log
    assert process.returncode == 0


async def test_sighup_reloads_and_a_bad_edit_keeps_serving(tmp_path: Path) -> None:
    intents = tmp_path / "intents.yaml"
    shutil.copy(default_path("intents.yaml"), intents)
    question = "zebra crossing briefing question"
    async with BotApiEmulator(bot_username=BOT_NAME) as emu:
        env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
        env.update(TELEGRAM_BOT_TOKEN=emu.token, TELEGRAM_API_BASE_URL=emu.base_url,
                   BRIEFBOT_INTENTS=str(intents), BRIEFBOT_CORPUS=str(default_path("corpus")),
                   BRIEFBOT_DB=str(tmp_path / "briefbot.sqlite3"))
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=env, stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        try:
            alice = emu.user("Alice", "alice")
            chat = emu.private_chat(alice)
            emu.send_text(chat, alice, question)
            [before] = await emu.wait_for_messages(chat, timeout=30)
            text = intents.read_text(encoding="utf-8")
            at = text.index("    examples:\n", text.index("  - id: gscc-dates\n"))
            at += len("    examples:\n")
            intents.write_text(text[:at] + f"      - {question}\n" + text[at:], encoding="utf-8")
            process.send_signal(signal.SIGHUP)
            await asyncio.sleep(2.0)
            emu.send_text(chat, alice, question)
            [after] = await emu.wait_for_messages(chat, timeout=10)
            intents.write_text("version: 1\nintents: [\n", encoding="utf-8")
            process.send_signal(signal.SIGHUP)
            await asyncio.sleep(1.0)
            emu.send_text(chat, alice, question)
            [still] = await emu.wait_for_messages(chat, timeout=10)
        finally:
            process.send_signal(signal.SIGINT)
            _, stderr = await asyncio.wait_for(process.communicate(), timeout=20)
    log = stderr.decode()
    assert "from 19 to 21 September" not in before["text"]
    assert "from 19 to 21 September" in after["text"]
    assert "from 19 to 21 September" in still["text"]
    assert "SIGHUP: reloaded" in log and "SIGHUP: kept the old knowledge" in log
    assert f"{intents}:3: error: YAML syntax error" in log
    assert "Traceback" not in log
