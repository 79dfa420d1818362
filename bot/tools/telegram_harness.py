"""The whole bot in a terminal: the real Application against the local emulator.

``briefbot run`` without a token (and ``briefbot chat --telegram``) starts it. What is printed is
exactly what Telegram would show: the message text (HTML already parsed by the emulator's
checker) and the inline buttons, numbered. A line is sent as a message; a bare number presses
that button of the bot's last reply (``!press N`` too); ``!quit`` or end of input stops. Piped
input works for scripts: one message a line, each line echoed after the prompt, every reply
printed and flushed before the next line is sent.

A local session is one person trying the bot: the per-user question limit and the cap on the
questions one sender adds to the log are off (they guard a shared deployment), and Telegram's
send rates are not imposed on a server that is not Telegram. Unanswered questions are recorded
to the database (``BRIEFBOT_DB``) as in Telegram, so ``briefbot review`` has them afterwards.
The person at the terminal is the bot's administrator (``/reload`` after editing the knowledge).
"""

from __future__ import annotations

import asyncio
import logging
import queue
import sys
import threading
from dataclasses import dataclass, field, replace
from typing import Any, BinaryIO, TextIO

from bot import texts
from bot.config import Settings
from bot.core.responder import Responder
from bot.emulator import BotApiEmulator
from bot.emulator.testing import running_application
from bot.logs import configure_logging
from bot.render import terminal_safe
from bot.telegram_adapter.app import build_application
from bot.tools.input_text import read_line

BOT_USERNAME = "briefbot_local_bot"
PROMPT = "you> "
#: Seconds to wait for the first message of a reply (a group may rightly say nothing).
WAIT_SECONDS = 3.0
#: A reply is complete once no further message has come for this long.
QUIET_SECONDS = 0.3
#: The records one sender may add to the log in a local session: as many as the log keeps.
LOCAL_RECORDS = 1_000_000
QUIT = ("!quit", "!exit")
#: The Telegram user id of the person at the terminal.
LOCAL_USER_ID = 1


@dataclass
class Buttons:
    """The buttons of the bot's last reply, numbered from 1 in the order they are shown."""

    message: dict[str, Any] | None = None
    data: list[str] = field(default_factory=list)

    def pick(self, text: str) -> str | None:
        """The callback data that ``text`` ("2" or "!press 2") presses, else None."""
        number = text.removeprefix("!press").strip()
        if not number.isdigit() or not 0 < int(number) <= len(self.data):
            return None
        return self.data[int(number) - 1]


def local_settings(settings: Settings, emu: BotApiEmulator) -> Settings:
    """``settings`` for a session against ``emu``: its token and URL, and no limits meant for a
    shared deployment (module docstring; the limiter itself is taken off in ``_session``). The
    person at the terminal is an administrator, so ``/reload`` works after an edit and no
    allow-list shuts them out of their own bot."""
    return replace(settings, token=emu.token, api_base_url=emu.base_url, telegram_limits=False,
                   records_per_user_hour=LOCAL_RECORDS, records_per_user_day=LOCAL_RECORDS,
                   admins=settings.admins | {LOCAL_USER_ID})


class LineReader:
    """Lines from the terminal or a pipe, read on a daemon thread only when asked for (so the
    prompt follows the replies, and an interrupted session does not wait for a line)."""

    def __init__(self, source: BinaryIO, interactive: bool) -> None:
        self._source = source
        self._interactive = interactive
        self._asked: queue.SimpleQueue[asyncio.Future[str | None]] = queue.SimpleQueue()
        self._loop = asyncio.get_running_loop()
        threading.Thread(target=self._serve, name="briefbot-input", daemon=True).start()

    async def next(self) -> str | None:
        """The next line, or None at the end of input."""
        future: asyncio.Future[str | None] = self._loop.create_future()
        self._asked.put(future)
        return await future

    def _serve(self) -> None:
        while True:
            future = self._asked.get()
            try:
                line = input(PROMPT) if self._interactive else read_line(self._source)
            except EOFError:
                line = None
            except Exception as error:  # handed to the session, which ends with it
                self._loop.call_soon_threadsafe(_settle_error, future, error)
                return
            self._loop.call_soon_threadsafe(_settle, future, line)
            if line is None:
                return


def _settle(future: asyncio.Future[str | None], line: str | None) -> None:
    if not future.done():
        future.set_result(line)


def _settle_error(future: asyncio.Future[str | None], error: Exception) -> None:
    if not future.done():
        future.set_exception(error)


def _show(message: dict[str, Any], out: TextIO) -> list[str]:
    """Print one bot message and its buttons; return the buttons' callback data in order."""
    lines = [terminal_safe(line) for line in str(message.get("text", "")).split("\n")]
    out.write("bot> " + "\n".join(lines) + "\n")
    datas: list[str] = []
    for row in BotApiEmulator.keyboard(message):
        for label, data in row:
            datas.append(data or "")
            out.write(f"  [{len(datas)}] {terminal_safe(label)}\n")
    out.write("\n")
    return datas


async def _replies(emu: BotApiEmulator, chat: Any, before: int) -> list[dict[str, Any]]:
    """The bot's messages to ``chat`` after the first ``before``: wait for the first, then
    until it has been quiet for a moment (a long briefing comes in parts)."""
    try:
        await emu.wait_for(lambda: len(emu.sent_messages(chat)) > before, WAIT_SECONDS, "a reply")
    except AssertionError:
        return []
    count = -1
    while count != len(emu.sent_messages(chat)):
        count = len(emu.sent_messages(chat))
        await asyncio.sleep(QUIET_SECONDS)
    return emu.read_new_messages(chat)


async def _session(settings: Settings, group: bool, out: TextIO, source: BinaryIO,
                   interactive: bool) -> int:
    responder = Responder.from_files(settings.intents_path, settings.corpus_dir,
                                     settings.thresholds)
    async with BotApiEmulator(bot_username=BOT_USERNAME) as emu:
        application = build_application(local_settings(settings, emu), responder,
                                         request_timeout=5.0)
        application.bot_data.limiter = None  # one person at a terminal is not throttled
        async with running_application(application):
            user = emu.user("You", "you", user_id=LOCAL_USER_ID)
            chat = emu.group_chat("Briefing room", [user]) if group else emu.private_chat(user)
            out.write(texts.local_session(group, BOT_USERNAME) + "\n\n")
            out.flush()
            reader = LineReader(source, interactive)
            shown = Buttons()
            while True:
                line = await reader.next()
                if line is None or line.strip() in QUIT:
                    break
                text = line.strip()
                if not interactive:  # the transcript shows what was sent
                    out.write(PROMPT + terminal_safe(text) + "\n")
                if not text:
                    continue
                before = len(emu.sent_messages(chat))
                pressed = shown.pick(text) if shown.data else None
                if pressed is not None and shown.message is not None:
                    emu.press_button(shown.message, pressed, user)
                elif text.startswith("!press") or (shown.data and text.isdigit()):
                    out.write(texts.no_such_button(len(shown.data)) + "\n\n")
                    out.flush()
                    continue
                else:
                    emu.send_text(chat, user, text)
                replies = await _replies(emu, chat, before)
                if not replies:
                    out.write(texts.NO_REPLY + "\n\n")
                shown = Buttons()
                for message in replies:
                    data = _show(message, out)
                    if data:
                        shown = Buttons(message, data)
                out.flush()
    return 0


def run_telegram_chat(settings: Settings, *, group: bool, out: TextIO,
                      source: BinaryIO | None = None, interactive: bool | None = None) -> int:
    """Run the local session until ``!quit`` or the end of input (standard input by default)."""
    configure_logging(logging.WARNING)
    stream = source if source is not None else sys.stdin.buffer
    tty = sys.stdin.isatty() if interactive is None else interactive
    return asyncio.run(_session(settings, group, out, stream, tty))
