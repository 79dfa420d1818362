"""``briefbot chat --telegram``: the real Application against the local emulator, in a terminal.

What is printed is exactly what Telegram would show: the message text (HTML already parsed by
the emulator's checker) and the inline buttons, numbered. Type a question to send it;
``!press N`` presses button N of the bot's last message; ``!quit`` (or end of input) stops.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TextIO

from bot.config import Settings
from bot.core.responder import Responder
from bot.emulator import BotApiEmulator
from bot.emulator.testing import running_application
from bot.telegram_adapter.app import build_application
from bot.tools.input_text import read_line

BOT_USERNAME = "briefbot_local_bot"
WAIT_SECONDS = 1.5


def _show(message: dict[str, Any], out: TextIO) -> list[str]:
    """Print one bot message and its buttons; return the buttons' callback data in order."""
    out.write(f"bot> {message['text']}\n")
    datas: list[str] = []
    for row in BotApiEmulator.keyboard(message):
        for label, data in row:
            datas.append(data or "")
            out.write(f"  [{len(datas)}] {label}\n")
    out.write("\n")
    return datas


def _more_than(emu: BotApiEmulator, chat: Any, count: int) -> Callable[[], bool]:
    """A predicate: the bot has sent more than ``count`` messages to ``chat``."""
    return lambda: len(emu.sent_messages(chat)) > count


async def _session(settings: Settings, group: bool, out: TextIO) -> int:
    responder = Responder.from_files(settings.intents_path, settings.corpus_dir,
                                     settings.thresholds)
    async with BotApiEmulator(bot_username=BOT_USERNAME) as emu:
        local = replace(settings, token=emu.token, api_base_url=emu.base_url)
        application = build_application(local, responder, request_timeout=5.0)
        async with running_application(application):
            user = emu.user("You", "you")
            chat = emu.group_chat("Briefing room", [user]) if group else emu.private_chat(user)
            where = f"a group (address me as /ask ..., @{BOT_USERNAME} ...)" if group else "private"
            out.write(f"Local Telegram ({where}). '!press N' presses a button; '!quit' ends.\n")
            last: dict[str, Any] | None = None
            buttons: list[str] = []
            loop = asyncio.get_running_loop()
            while True:
                out.write("you> ")
                out.flush()
                line = await loop.run_in_executor(None, read_line, sys.stdin.buffer)
                if line is None or line.strip() in ("!quit", "!exit"):
                    break
                text = line.strip()
                before = len(emu.sent_messages(chat))
                if text.startswith("!press"):
                    number = text.removeprefix("!press").strip()
                    if last is None or not number.isdigit() or not 0 < int(number) <= len(buttons):
                        out.write("(no such button)\n")
                        continue
                    emu.press_button(last, buttons[int(number) - 1], user)
                else:
                    emu.send_text(chat, user, text)
                await asyncio.sleep(0)
                try:
                    await emu.wait_for(_more_than(emu, chat, before), WAIT_SECONDS, "a reply")
                except AssertionError:
                    out.write("(no reply)\n\n")
                    continue
                await asyncio.sleep(0.2)
                for message in emu.read_new_messages(chat):
                    last, buttons = message, _show(message, out)
    return 0


def run_telegram_chat(settings: Settings, *, group: bool, out: TextIO) -> int:
    """Run the interactive Telegram harness until end of input."""
    return asyncio.run(_session(settings, group, out))
