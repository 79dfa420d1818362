"""The chat of the playground: the real Application against the built-in emulator.

The same pieces as ``briefbot run`` without a token (``bot.tools.telegram_harness``): one
emulator, the Application built by ``build_application`` and polling it, one person ("You", the
bot's administrator) in a private chat and in a group with the bot. A turn sends a message or
presses a button and waits until the bot has been quiet for a moment. The transcript is read
back from the emulator's history, so edits and deletions show as in Telegram. Each reply the
bot decided on is kept beside its first message, for the Why view. The Application records to
a scratch database in a temporary folder, never the live one.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.core.reply import Reply
from bot.core.responder import Responder
from bot.emulator import BotApiEmulator, Chat, JsonDict, User
from bot.emulator.testing import running_application
from bot.telegram_adapter.app import build_application
from bot.telegram_adapter.state import BotState
from bot.tools.telegram_harness import (
    BOT_USERNAME,
    LOCAL_USER_ID,
    QUIET_SECONDS,
    WAIT_SECONDS,
    local_settings,
)

PRIVATE = "private"
GROUP = "group"
CHAT_KINDS = (PRIVATE, GROUP)
SCRATCH_DB = "playground.sqlite3"


@dataclass(frozen=True)
class Line:
    """One message of the transcript: the user's or the bot's, as Telegram shows it now."""

    message_id: int
    from_bot: bool
    text: str
    entities: list[dict[str, Any]]
    keyboard: list[list[tuple[str, str | None]]]
    reply: Reply | None = None


@dataclass
class Room:
    """One chat (private or group) and the replies decided in it, by message id."""

    chat: Chat
    replies: dict[int, Reply] = field(default_factory=dict)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class ChatSession:
    """The running bot and the playground's two chats with it."""

    def __init__(self, emu: BotApiEmulator, state: BotState, user: User, rooms: dict[str, Room],
                 scratch: Path) -> None:
        self.emu = emu
        self.state = state
        self.user = user
        self.rooms = rooms
        #: The scratch database the Application records to (the Review view can read it).
        self.scratch = scratch

    @property
    def responder(self) -> Responder:
        """The responder the bot serves with now."""
        return self.state.responder

    def transcript(self, kind: str) -> list[Line]:
        """Every message in the chat, oldest first, with the reply behind each bot message."""
        room = self.rooms[kind]
        lines = []
        for message in self.emu.history(room.chat):
            if "text" not in message and "caption" not in message:
                continue  # joins, leaves and other service messages
            from_bot = message.get("from", {}).get("id") == self.emu.bot.id
            lines.append(Line(
                message["message_id"], from_bot, str(message.get("text", message.get("caption", ""))),
                list(message.get("entities") or message.get("caption_entities") or []),
                BotApiEmulator.keyboard(message) if from_bot else [],
                room.replies.get(message["message_id"])))
        return lines

    def reply_of(self, kind: str, message_id: int | None) -> tuple[int, Reply] | None:
        """The reply behind a bot message (the latest when ``message_id`` is None)."""
        replies = self.rooms[kind].replies
        if message_id is None:
            return max(replies.items()) if replies else None
        found = replies.get(message_id)
        return (message_id, found) if found is not None else None

    async def send(self, kind: str, text: str) -> None:
        """Send ``text`` as the user and wait for the bot's reply (or its silence)."""
        room = self.rooms[kind]
        async with room.lock:
            await self._turn(room, lambda: self.emu.send_text(room.chat, self.user, text))

    async def press(self, kind: str, message_id: int, data: str) -> bool:
        """Press the button with callback ``data`` on the bot's message; False if it has none."""
        room = self.rooms[kind]
        async with room.lock:
            message = self.emu.message(room.chat, message_id)
            if message is None or not any(d == data for row in BotApiEmulator.keyboard(message)
                                          for _label, d in row):
                return False
            await self._turn(room, lambda: self.emu.press_button(message, data, self.user))
            return True

    async def _turn(self, room: Room, act: Any) -> None:
        before_count = self.emu.bot_log_length(room.chat)
        before_reply = self.state.chats.of(room.chat.id).last_reply
        edits = sum(r["edit_count"] for r in self.emu.sent_messages(room.chat, include_deleted=True))
        act()
        await self._settle(room, before_count, edits)
        after = self.state.chats.of(room.chat.id).last_reply
        if after is not None and after is not before_reply:
            new = self.emu.sent_messages(room.chat, include_deleted=True)[before_count:]
            if new:
                room.replies[int(new[0]["message_id"])] = after

    async def _settle(self, room: Room, before: int, edits: int) -> None:
        """Wait for the first new or edited message, then until the bot has been quiet."""
        def changed() -> tuple[int, int]:
            records = self.emu.sent_messages(room.chat, include_deleted=True)
            return len(records), sum(r["edit_count"] for r in records)

        try:
            await self.emu.wait_for(lambda: changed() != (before, edits), WAIT_SECONDS, "a reply")
        except AssertionError:
            return  # a group rightly says nothing to a message not addressed to the bot
        seen = (-1, -1)
        while seen != changed():
            seen = changed()
            await asyncio.sleep(QUIET_SECONDS)


@asynccontextmanager
async def chat_session(settings: Settings) -> AsyncIterator[ChatSession]:
    """Start the emulator and the bot (recording to a scratch database); stop both after."""
    responder = Responder.from_files(settings.intents_path, settings.corpus_dir,
                                     settings.thresholds)
    async with AsyncExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="briefbot-playground-")))
        scratch = folder / SCRATCH_DB
        emu = await stack.enter_async_context(BotApiEmulator(bot_username=BOT_USERNAME))
        local = replace(local_settings(settings, emu), db_path=scratch, db_url=None)
        application = build_application(local, responder, request_timeout=5.0)
        application.bot_data.limiter = None  # one person trying the bot is not throttled
        await stack.enter_async_context(running_application(application))
        user = emu.user("You", "you", user_id=LOCAL_USER_ID)
        rooms = {PRIVATE: Room(emu.private_chat(user)),
                 GROUP: Room(emu.group_chat("Briefing room", [user]))}
        yield ChatSession(emu, application.bot_data, user, rooms, scratch)


def message_ids(lines: list[Line]) -> list[int]:
    """The ids of the bot's messages in a transcript (for tests and anchors)."""
    return [line.message_id for line in lines if line.from_bot]


__all__ = ["CHAT_KINDS", "GROUP", "PRIVATE", "ChatSession", "JsonDict", "Line", "chat_session"]
