"""The emulator facade: the simulated world served over HTTP, plus test waits."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

from .faults import Fault, FaultKind, FaultPlan, FiredFault
from .frontend import ErrorRecord, Frontend, RequestRecord
from .markup import keyboard_rows
from .models import JsonDict, User
from .server import HttpServer
from .simulation import Simulation
from .world import ChatRef

DEFAULT_TOKEN = "123456789:AAEmulatorTestTokenNotARealOneAtAll01"  # noqa: S105 - fake
POLL_SLICE = 0.05


def _bot_id(token: str) -> int:
    prefix = token.split(":", 1)[0]
    return int(prefix) if prefix.isdigit() else 123456789


class BotApiEmulator(Simulation):
    """A local Telegram Bot API server with a scriptable world behind it.

    Start it with ``await emu.start()`` (or ``async with BotApiEmulator() as emu``)
    in the test's event loop and point python-telegram-bot at
    :attr:`base_url` / :attr:`base_file_url`.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "briefbot_test_bot",
        bot_name: str = "Brief Bot",
        privacy_mode: bool = True,
        strict_html: bool = True,
        host: str = "127.0.0.1",
        port: int = 0,
        first_update_id: int = 1,
        clock: Callable[[], float] = time.time,
    ) -> None:
        bot = User(_bot_id(token), bot_name, bot_username, is_bot=True, language_code=None)
        super().__init__(
            bot,
            privacy_mode=privacy_mode,
            strict_html=strict_html,
            first_update_id=first_update_id,
            clock=clock,
        )
        self.token = token
        self.faults = FaultPlan()
        self._frontend = Frontend(self, token, self.faults, self._schedule_outage)
        self._server = HttpServer(self._frontend.handle, host, port)
        self._read_marks: dict[int, int] = {}
        self._outages: set[asyncio.Task[None]] = set()

    # -- lifecycle ----------------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The TCP port (fixed after the first start)."""
        return self._server.port

    @property
    def base_url(self) -> str:
        """For ``ApplicationBuilder().base_url(...)``; PTB appends token and method."""
        return f"http://{self._server.host}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """For ``ApplicationBuilder().base_file_url(...)``."""
        return f"http://{self._server.host}:{self.port}/file/bot"

    @property
    def running(self) -> bool:
        """Whether the server is listening."""
        return self._server.listening

    async def start(self) -> None:
        """Start listening on 127.0.0.1 (a free port the first time)."""
        await self._server.start()

    async def stop(self) -> None:
        """Stop listening and cut all connections; the world's state is kept."""
        for task in list(self._outages):
            task.cancel()
        await self._server.stop()

    async def restart(self, downtime: float = 0.0) -> None:
        """Go down, stay down ``downtime`` seconds, come back on the same port."""
        await self._server.stop()
        if downtime > 0:
            await asyncio.sleep(downtime)
        await self._server.start()

    async def __aenter__(self) -> BotApiEmulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    def _schedule_outage(self, seconds: float) -> None:
        task = asyncio.get_running_loop().create_task(self.restart(seconds))
        self._outages.add(task)
        task.add_done_callback(self._outages.discard)

    # -- faults and the request log -----------------------------------------------------------

    def inject_fault(
        self,
        method: str | None = "sendMessage",
        kind: FaultKind = "500",
        *,
        times: int = 1,
        retry_after: int = 1,
        seconds: float = 1.0,
        after: bool = False,
    ) -> Fault:
        """Make the next ``times`` calls of ``method`` (None: any) fail as ``kind``."""
        return self.faults.add(Fault(kind, method, times, retry_after, seconds, after))

    def fault_count(self, kind: str | None = None, method: str | None = None) -> int:
        """How many injected faults fired (optionally of a kind / for a method)."""
        return self.faults.count(kind, method)

    @property
    def fired_faults(self) -> list[FiredFault]:
        """Every injected fault that struck, in order."""
        return list(self.faults.fired)

    @property
    def requests(self) -> list[RequestRecord]:
        """Every Bot API call received, as ``(method, params)``."""
        return self._frontend.requests

    @property
    def api_errors(self) -> list[ErrorRecord]:
        """Every call answered with an error, as ``(method, code, description)``."""
        return self._frontend.errors

    def errors_for(self, method: str) -> list[ErrorRecord]:
        """The errors answered to calls of ``method``."""
        return [e for e in self.api_errors if e.method.lower() == method.lower()]

    def calls(self, method: str) -> list[dict[str, Any]]:
        """The params of every call of ``method``."""
        return [r.params for r in self.requests if r.method.lower() == method.lower()]

    # -- reading what the bot did -------------------------------------------------------------

    @staticmethod
    def keyboard(message: JsonDict) -> list[list[tuple[str, str | None]]]:
        """A bot message's inline keyboard as rows of ``(text, callback_data)``."""
        return keyboard_rows(message)

    def last_message(self, chat: ChatRef) -> JsonDict | None:
        """The most recent (not deleted) message the bot sent to ``chat``."""
        sent = self.sent_messages(chat)
        return sent[-1] if sent else None

    def read_new_messages(self, chat: ChatRef) -> list[JsonDict]:
        """Bot messages sent since the last read/wait for ``chat``; marks them read."""
        chat_id = self.chat_of(chat).id
        every = self.sent_messages(chat_id, include_deleted=True)
        fresh = every[self._read_marks.get(chat_id, 0) :]
        self._read_marks[chat_id] = len(every)
        return fresh

    async def wait_for_messages(self, chat: ChatRef, count: int = 1, timeout: float = 5.0) -> list[JsonDict]:
        """Wait for ``count`` new bot messages in ``chat``; returns exactly those.

        Messages beyond ``count`` stay unread for the next wait. On timeout an
        AssertionError says what did arrive and which API calls failed.
        """
        chat_id = self.chat_of(chat).id
        mark = self._read_marks.get(chat_id, 0)

        def arrived() -> bool:
            return self.bot_log_length(chat_id) - mark >= count

        try:
            await self.wait_for(arrived, timeout, f"{count} new bot message(s) in chat {chat_id}")
        except AssertionError:
            fresh = self.sent_messages(chat_id, include_deleted=True)[mark:]
            raise AssertionError(
                f"expected {count} new bot message(s) in chat {chat_id} within {timeout}s, "
                f"got {len(fresh)}: {[m['text'] for m in fresh]!r}; {self._context()}"
            ) from None
        self._read_marks[chat_id] = mark + count
        return self.sent_messages(chat_id, include_deleted=True)[mark : mark + count]

    async def expect_silence(self, chat: ChatRef, seconds: float = 0.3) -> None:
        """Assert the bot sends nothing new to ``chat`` for ``seconds``."""
        chat_id = self.chat_of(chat).id
        mark = self._read_marks.get(chat_id, 0)
        await asyncio.sleep(seconds)
        fresh = self.sent_messages(chat_id, include_deleted=True)[mark:]
        if fresh:
            raise AssertionError(
                f"expected silence in chat {chat_id}, but the bot sent {[m['text'] for m in fresh]!r}"
            )

    async def wait_for(
        self, predicate: Callable[[], bool], timeout: float = 5.0, what: str = "condition"
    ) -> None:
        """Wait until ``predicate()`` holds, else AssertionError after ``timeout``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(f"timed out after {timeout}s waiting for {what}")
            await self.changed.wait(min(remaining, POLL_SLICE))

    async def wait_for_callback_answer(self, query_id: str, timeout: float = 5.0) -> JsonDict:
        """Wait until the bot answers callback query ``query_id``; returns its params."""
        await self.wait_for(
            lambda: self.callback_queries[query_id]["answered"],
            timeout,
            f"an answer to callback query {query_id}; {self._context()}",
        )
        return dict(self.callback_queries[query_id]["answer"])

    async def wait_for_inline_answer(self, query_id: str, timeout: float = 5.0) -> JsonDict:
        """Wait until the bot answers inline query ``query_id``; returns its params."""
        await self.wait_for(
            lambda: self.inline_queries[query_id]["answered"],
            timeout,
            f"an answer to inline query {query_id}; {self._context()}",
        )
        return dict(self.inline_queries[query_id]["answer"])

    async def wait_for_edit(self, message: JsonDict, timeout: float = 5.0) -> JsonDict:
        """Wait until the bot edits ``message`` (a record) again; returns the new record."""
        chat_id, message_id = int(message["chat_id"]), int(message["message_id"])
        before = int(message.get("edit_count", 0))

        def edited() -> bool:
            record = self.bot_record(chat_id, message_id)
            return record is not None and record["edit_count"] > before

        await self.wait_for(edited, timeout, f"an edit of message {message_id}")
        record = self.bot_record(chat_id, message_id)
        assert record is not None
        return dict(record)

    async def wait_until_fetched(self, timeout: float = 5.0) -> None:
        """Wait until the bot has fetched and confirmed every queued update."""
        await self.wait_for(lambda: self.updates.pending_count == 0, timeout, "the bot to fetch its updates")

    def _context(self) -> str:
        calls = [r.method for r in self.requests if r.method != "getUpdates"][-8:]
        errors = [f"{e.method}: {e.description}" for e in self.api_errors[-5:]]
        return f"recent calls {calls}; recent API errors {errors}"
