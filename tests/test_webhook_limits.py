"""Webhook mode under abuse: `briefbot run` as deployed, posted to the way Telegram (or an attacker)
would, with the Bot API emulated. Oversized bodies, slow clients, too many connections and running
out of descriptors must cost the bot little, and real updates must still be answered."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import resource
import signal
import sys
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.config import ConfigError, Settings
from bot.emulator import JsonDict
from bot.telegram_adapter.listener import derived_max_connections

SECRET = "webhook-secret_0123456789"
QUESTION = "what are precursor chemicals"
ANSWERED = "precursor chemicals"
MB = 1024 * 1024
_update_ids = itertools.count(1)


def _stat(pid: int, field_name: str) -> int:
    """A ``/proc/PID/status`` figure in kB (VmRSS, VmHWM...)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1])
    raise AssertionError(f"no {field_name} for {pid}")


def _cpu_seconds(pid: int) -> float:
    """User plus system CPU time the process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class WebhookBot:
    """`briefbot run` in webhook mode, its port and what it has logged so far."""

    process: asyncio.subprocess.Process
    port: int
    lines: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram"

    @property
    def log(self) -> str:
        return "".join(self.lines)

    def count(self, text: str) -> int:
        return sum(text in line for line in self.lines)

    async def post(self, body: bytes | JsonDict, *, secret: str | None = SECRET,
                   content_type: str = "application/json",
                   client: httpx.AsyncClient | None = None) -> httpx.Response:
        headers = {"Content-Type": content_type}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        content = body if isinstance(body, bytes) else httpx.Request(
            "POST", self.url, json=body).content
        if client is not None:
            return await client.post(self.url, content=content, headers=headers)
        async with httpx.AsyncClient(timeout=10) as fresh:
            return await fresh.post(self.url, content=content, headers=headers)

    async def deliver(self, message: JsonDict, *, within: float = 15.0) -> None:
        """Post ``message`` as Telegram would, retrying (as Telegram does) until it is taken."""
        update = {"update_id": next(_update_ids), "message": message}
        deadline = time.monotonic() + within
        while True:
            try:
                response = await self.post(update)
            except httpx.TransportError:
                response = None
            if response is not None and response.status_code == 200:
                return
            assert time.monotonic() < deadline, f"update not taken: {response}"
            await asyncio.sleep(0.2)

    async def connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        return await asyncio.open_connection("127.0.0.1", self.port)


async def _closed_within(reader: asyncio.StreamReader, seconds: float) -> bytes | None:
    """What the server sent before closing the connection, or None if it is still open."""
    received = b""
    try:
        async with asyncio.timeout(seconds):
            while chunk := await reader.read(65536):
                received += chunk
    except TimeoutError:
        return None
    except ConnectionError:
        pass
    return received


@pytest.fixture
def webhook_bot(telegram, tmp_path: Path, unused_tcp_port: int
                ) -> Callable[..., Any]:
    """``async with webhook_bot(BRIEFBOT_X="1", limit_files=N) as bot``: `briefbot run` in webhook
    mode on a free port against the emulator; stopped with SIGINT afterwards."""

    @asynccontextmanager
    async def start(*, limit_files: int | None = None, **settings: str) -> AsyncIterator[WebhookBot]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BRIEFBOT_"))}
        env.update(TELEGRAM_BOT_TOKEN=telegram.emu.token, TELEGRAM_API_BASE_URL=telegram.emu.base_url,
                   BRIEFBOT_DB=str(tmp_path / "bot.sqlite3"), BRIEFBOT_TELEGRAM_LIMITS="0",
                   BRIEFBOT_WEBHOOK_URL="https://bot.example.org/telegram",
                   BRIEFBOT_WEBHOOK_SECRET=SECRET, BRIEFBOT_WEBHOOK_LISTEN="127.0.0.1",
                   BRIEFBOT_WEBHOOK_PORT=str(unused_tcp_port), **settings)

        def limit() -> None:
            if limit_files is not None:
                resource.setrlimit(resource.RLIMIT_NOFILE, (limit_files, limit_files))

        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=env, stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE, preexec_fn=limit)
        bot = WebhookBot(process, unused_tcp_port)

        async def read_log() -> None:
            assert process.stderr is not None
            while line := await process.stderr.readline():
                bot.lines.append(line.decode(errors="replace"))

        reader = asyncio.create_task(read_log())
        try:
            deadline = time.monotonic() + 30
            while not telegram.emu.webhook.get("url"):  # set once the server listens
                assert process.returncode is None, bot.log
                assert time.monotonic() < deadline, bot.log
                await asyncio.sleep(0.1)
            yield bot
        finally:
            if process.returncode is None:
                process.send_signal(signal.SIGINT)
            await asyncio.wait_for(process.wait(), timeout=20)
            await asyncio.wait_for(reader, timeout=5)
        assert "Traceback" not in bot.log
        assert telegram.emu.token.split(":", 1)[1] not in bot.log and SECRET not in bot.log
        assert process.returncode == 0, bot.log

    return start


async def test_only_updates_with_the_secret_are_taken_and_bad_ones_get_a_clear_answer(
        telegram, webhook_bot) -> None:
    chat = telegram.private("Alice")
    async with webhook_bot() as bot:
        update = {"update_id": next(_update_ids), "message": chat.say(QUESTION)}
        missing = await bot.post(update, secret=None)
        wrong = await bot.post(update, secret="guess")
        not_json = await bot.post(update, content_type="text/plain")
        await chat.silence(0.3)
        malformed = await bot.post(b'{"update_id": 1, "message": ')
        not_an_update = await bot.post(b'["not", "an", "update"]')
        deep = await bot.post(b"[" * 100_000)
        async with httpx.AsyncClient() as client:
            other_path = await client.post(bot.url.replace("telegram", "admin"), content=b"{}")
            other_method = await client.get(bot.url)
        right = await bot.post(update)
        [answer] = await chat.replies(timeout=10)
        await chat.silence(0.3)
    assert missing.status_code == 403 and wrong.status_code == 403
    assert not_json.status_code == 415
    assert malformed.status_code == 400 and not_an_update.status_code == 400
    assert deep.status_code == 400
    assert other_path.status_code == 404 and other_method.status_code == 405
    assert right.status_code == 200 and ANSWERED in answer.text
    assert bot.count("webhook: a request with the right secret was not") == 3
    webhook = telegram.emu.webhook
    assert webhook["url"] == "https://bot.example.org/telegram"
    assert webhook["secret_token"] == SECRET and int(webhook["max_connections"]) == 40


def test_the_limits_are_read_from_the_environment_with_clear_errors() -> None:
    base = {"BRIEFBOT_WEBHOOK_URL": "https://bot.example.org/telegram",
            "BRIEFBOT_WEBHOOK_SECRET": SECRET}
    default = Settings.from_env(base)
    assert (default.webhook_max_body, default.webhook_header_timeout,
            default.webhook_body_timeout, default.webhook_max_connections) == (262144, 5, 10, None)
    custom = Settings.from_env({**base, "BRIEFBOT_WEBHOOK_MAX_BODY": "65536",
                                "BRIEFBOT_WEBHOOK_HEADER_TIMEOUT": "2.5",
                                "BRIEFBOT_WEBHOOK_BODY_TIMEOUT": "3",
                                "BRIEFBOT_WEBHOOK_MAX_CONNECTIONS": "200"})
    assert (custom.webhook_max_body, custom.webhook_header_timeout,
            custom.webhook_body_timeout, custom.webhook_max_connections) == (65536, 2.5, 3, 200)
    for name, value, message in [
            ("BRIEFBOT_WEBHOOK_MAX_BODY", "256k", "must be a whole number from 1024 to"),
            ("BRIEFBOT_WEBHOOK_MAX_BODY", "100", "must be from 1024 to"),
            ("BRIEFBOT_WEBHOOK_HEADER_TIMEOUT", "0", "must be from 0.1 to 300"),
            ("BRIEFBOT_WEBHOOK_BODY_TIMEOUT", "soon", "must be a number from 0.1 to 300"),
            ("BRIEFBOT_WEBHOOK_MAX_CONNECTIONS", "-5", "must be a whole number from 1 to")]:
        with pytest.raises(ConfigError, match=f"^{name} {message}"):
            Settings.from_env({**base, name: value})
    # Unset, the cap leaves a reserve of descriptors below `ulimit -n`, within bounds.
    assert derived_max_connections(1024) == 768
    assert derived_max_connections(1 << 20) == 1000 and derived_max_connections(100) == 8


async def _send_oversized(bot: WebhookBot, size: int, secret: str, *,
                          send_body: bool = True) -> bytes | None:
    """Announce a ``size``-byte body and (with ``send_body``) send it without waiting; what came
    back before the server closed the connection (None: it never did)."""
    reader, writer = await bot.connect()
    writer.write((f"POST /telegram HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n"
                  f"X-Telegram-Bot-Api-Secret-Token: {secret}\r\n"
                  f"Content-Length: {size}\r\n\r\n").encode())
    chunk = b" " * MB
    with suppress(ConnectionError):
        for _ in range(size // MB if send_body else 0):
            writer.write(chunk)
            await writer.drain()
    try:
        return await _closed_within(reader, 10)
    finally:
        writer.close()


async def test_an_oversized_body_is_refused_unread_and_costs_no_memory(telegram, webhook_bot) -> None:
    chat = telegram.private("Alice")
    async with webhook_bot() as bot:
        await bot.deliver(chat.say(QUESTION))
        await chat.replies(timeout=10)
        peak_before = _stat(bot.process.pid, "VmHWM")
        announced = await _send_oversized(bot, 100 * MB, SECRET, send_body=False)
        one = await _send_oversized(bot, 100 * MB, SECRET)
        eight = await asyncio.gather(*(_send_oversized(bot, 100 * MB, secret)
                                       for secret in [SECRET, "guess"] * 4))
        peak_after = _stat(bot.process.pid, "VmHWM")
        just_enough = await bot.post(b"{" + b" " * (256 * 1024 - 2) + b"}")
        one_byte_more = await bot.post(b"{" + b" " * (256 * 1024 - 1) + b"}")
        reader, writer = await bot.connect()  # no length announced: stopped past the limit
        writer.write(b"POST /telegram HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n"
                     b"X-Telegram-Bot-Api-Secret-Token: " + SECRET.encode() + b"\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n" + b"50000\r\n" + b" " * 0x50000 + b"\r\n")
        chunked = await _closed_within(reader, 10)
        writer.close()
        await bot.deliver(chat.say(QUESTION))
        [answer] = await chat.replies(timeout=10)
    # Refused on its headers: 413, and the connection closed without waiting for the body.
    assert announced is not None and announced.startswith(b"HTTP/1.1 413 ")
    # The default limit is 256 KB: read (and found not to be an update) up to it, refused past it.
    assert just_enough.status_code == 400 and one_byte_more.status_code == 413
    assert chunked is not None and (chunked == b"" or chunked.startswith(b"HTTP/1.1 400 "))
    # Sent regardless: the refusal (or, once the client's data is discarded, a reset).
    for response in [one, *eight]:
        assert response is not None, "the connection was left open"
        assert response == b"" or response.startswith((b"HTTP/1.1 413 ", b"HTTP/1.1 403 "))
    # Ten bodies of 100 MB were announced, nine sent; the bot's peak memory grew by far less
    # than one.
    assert (peak_after - peak_before) * 1024 < 10 * MB
    assert ANSWERED in answer.text


async def test_slow_clients_are_disconnected_after_the_time_outs(telegram, webhook_bot) -> None:
    chat = telegram.private("Alice")
    async with webhook_bot(BRIEFBOT_WEBHOOK_HEADER_TIMEOUT="1",
                           BRIEFBOT_WEBHOOK_BODY_TIMEOUT="1") as bot:
        started = time.monotonic()
        half_header = await bot.connect()
        half_header[1].write(b"POST /telegram HTTP/1.1\r\nHost: bot\r\nContent-Le")
        dripping = await bot.connect()
        half_body = await bot.connect()
        half_body[1].write(b"POST /telegram HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json"
                           b"\r\nX-Telegram-Bot-Api-Secret-Token: " + SECRET.encode() +
                           b"\r\nContent-Length: 1000\r\n\r\n{\"update_id\": ")

        async def drip() -> float:
            reader, writer = dripping
            for byte in b"POST /telegram HTTP/1.1\r\nHost: bot\r\n" * 2:  # 16 s at most
                # Closed with a FIN (end of stream) or, when a byte was still unread on the
                # server's side, with a reset (the transport is closed; no end of stream comes).
                if reader.at_eof() or writer.is_closing():
                    break
                writer.write(bytes([byte]))
                try:
                    await writer.drain()
                except ConnectionError:
                    break
                await asyncio.sleep(0.2)
            await _closed_within(reader, 10)
            return time.monotonic() - started

        async def until_closed(reader: asyncio.StreamReader) -> float:
            assert await _closed_within(reader, 10) == b""
            return time.monotonic() - started

        header_closed, drip_closed, body_closed = await asyncio.gather(
            until_closed(half_header[0]), drip(), until_closed(half_body[0]))
        for _, writer in (half_header, dripping, half_body):
            writer.close()
        await bot.deliver(chat.say(QUESTION))
        [answer] = await chat.replies(timeout=10)
    # Disconnected after the time-out (one second), however slowly the bytes kept coming.
    assert 0.9 < header_closed < 5 and 0.9 < drip_closed < 5 and 0.9 < body_closed < 5
    assert ANSWERED in answer.text


async def test_at_the_connection_cap_new_connections_are_closed_until_some_go(
        telegram, webhook_bot) -> None:
    chat = telegram.private("Alice")
    group = telegram.group("Desk", ["Bob"])
    async with webhook_bot(BRIEFBOT_WEBHOOK_MAX_CONNECTIONS="20",
                           BRIEFBOT_WEBHOOK_HEADER_TIMEOUT="60") as bot:
        # Twenty keep-alive connections, each proved open by one update taken (group chatter,
        # which the bot does not answer), then left idle.
        clients = [httpx.AsyncClient(limits=httpx.Limits(max_connections=1)) for _ in range(20)]
        for client in clients:
            update = {"update_id": next(_update_ids), "message": group.say("chatting", by="Bob")}
            assert (await bot.post(update, client=client)).status_code == 200
        refused = []
        for _ in range(30):
            reader, writer = await bot.connect()
            refused.append(await _closed_within(reader, 5))
            writer.close()
        update = {"update_id": next(_update_ids), "message": chat.say(QUESTION)}
        with pytest.raises(httpx.TransportError):
            await bot.post(update)
        for client in clients:
            await client.aclose()
        await bot.deliver(chat.say(QUESTION))
        [answer] = await chat.replies(timeout=10)
        await chat.silence(0.3)
        await group.silence(0.1)
    assert refused == [b""] * 30  # closed at once, without a byte
    assert ANSWERED in answer.text
    assert bot.count("connections open, the cap (BRIEFBOT_WEBHOOK_MAX_CONNECTIONS) is 20") == 1
    assert bot.count("below the connection cap again") == 1


async def test_running_out_of_descriptors_does_not_spin_or_flood_the_log(
        telegram, webhook_bot) -> None:
    chat = telegram.private("Alice")
    async with webhook_bot(limit_files=64, BRIEFBOT_WEBHOOK_MAX_CONNECTIONS="1000",
                           BRIEFBOT_WEBHOOK_HEADER_TIMEOUT="3") as bot:
        await bot.deliver(chat.say(QUESTION))
        await chat.replies(timeout=10)
        connections = [await bot.connect() for _ in range(80)]
        await asyncio.sleep(0.5)  # the bot accepts what it can, then runs out
        cpu_before, started = _cpu_seconds(bot.process.pid), time.monotonic()
        await asyncio.sleep(2.0)
        cpu_used, elapsed = _cpu_seconds(bot.process.pid) - cpu_before, time.monotonic() - started
        for _, writer in connections:
            writer.close()
        await bot.deliver(chat.say(QUESTION), within=30)
        [answer] = await chat.replies(timeout=10)
    assert bot.count("is 1000 but the process may open only 64 descriptors") == 1
    assert cpu_used < elapsed / 4, f"{cpu_used:.2f} s of CPU in {elapsed:.2f} s"
    assert bot.count("webhook server: cannot accept connections (Too many open files)") == 1
    assert len(bot.lines) < 30, bot.log
    assert ANSWERED in answer.text


async def _post_all(bot: WebhookBot, updates: list[JsonDict], connections: int) -> list[int]:
    """Post every update over ``connections`` keep-alive connections at once, as Telegram does
    (up to 100); the status of each answer, in order. (A plain client: httpx's pool slows down
    with thousands of queued requests.)"""
    statuses = [0] * len(updates)
    todo = iter(range(len(updates)))

    async def worker() -> None:
        reader, writer = await bot.connect()
        for index in todo:
            body = json.dumps(updates[index]).encode()
            writer.write(b"POST /telegram HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json"
                         b"\r\nX-Telegram-Bot-Api-Secret-Token: " + SECRET.encode() +
                         b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
            head = (await reader.readuntil(b"\r\n\r\n")).decode()
            length = next(int(line.split(":", 1)[1]) for line in head.split("\r\n")
                          if line.lower().startswith("content-length:"))
            await reader.readexactly(length)
            statuses[index] = int(head.split(" ", 2)[1])
        writer.close()

    await asyncio.gather(*(worker() for _ in range(connections)))
    return statuses


async def test_many_concurrent_posts_are_each_answered_once(telegram, webhook_bot) -> None:
    # Telegram's most connections at once (100), five updates on each, every one a question.
    chats = [telegram.private(f"User{n}") for n in range(100)]
    async with webhook_bot(BRIEFBOT_USER_LIMIT="0") as bot:
        updates = [{"update_id": next(_update_ids), "message": chat.say(QUESTION)}
                   for _ in range(5) for chat in chats]
        statuses = await _post_all(bot, updates, connections=100)
        for chat in chats:
            replies = await chat.replies(5, timeout=60)
            assert all(ANSWERED in reply.text for reply in replies)
        await chats[0].silence(0.5)
    assert statuses == [200] * len(updates)
    assert sum(len(chat.bot_messages) for chat in chats) == len(updates)


async def test_a_refusal_tells_the_client_not_to_reuse_the_connection(telegram, webhook_bot) -> None:
    # The server closes a connection whose body it refused unread; a client that was not told
    # so would send its next request on a closed connection ("server disconnected").
    async with webhook_bot() as bot, httpx.AsyncClient(timeout=10) as client:
        for _ in range(20):
            refused = await client.post(bot.url.replace("telegram", "admin"), content=b"{}" * 1000)
            assert refused.status_code == 404 and refused.headers["connection"] == "close"
            again = await client.get(bot.url)
            assert again.status_code == 405 and again.headers["connection"] == "close"
