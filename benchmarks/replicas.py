"""Replies a second with one and with two `briefbot run` replicas behind a webhook, and what a
replica killed mid-run costs.

    python -m benchmarks.replicas            # writes benchmarks/results/replicas.json and .md

Everything runs on this machine: a PostgreSQL 15 server of its own (as the tests start it), the
emulated Bot API, and each replica as ``briefbot run`` in webhook mode (``BRIEFBOT_DB`` the
PostgreSQL URL, no per-user limit, Telegram's send limits off). This script is the load balancer
and Telegram at once: ``CHATS`` chats each ask a question, wait for the reply, and ask the next
(a closed loop); each update is posted to the replicas in turn, and to the next one when a
replica does not take it (as a proxy with retries does); when none answers 200 it is posted
again a little later, as Telegram delivers an update again until one does. The replicas claim
an update for ``--lease`` seconds (``BRIEFBOT_UPDATE_LEASE``) while they handle it, so one the
killed replica was handling is taken over that long after. Reported per run: replies a second,
p50/p99 from question to reply, questions never answered, and questions answered twice.
In the "one killed" run the first replica is killed (SIGKILL) halfway; the figures before and
after are given separately.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import signal
import socket
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx

from bot.emulator import BotApiEmulator
from tests.postgres_server import PostgresServer, running_postgres

QUESTIONS = (
    "what are precursor chemicals", "how often is the ammtc held", "what about human trafficking",
    "who must cooperate against cyber criminals", "what are the ammtc priorities", "drug cartels",
)
SECRET = "benchmark-secret"
#: Seconds Telegram keeps delivering an update again here, and its pauses between deliveries.
REDELIVERY_SECONDS = 120.0
FIRST_REDELIVERY = 0.5
LONGEST_REDELIVERY = 4.0
#: Seconds a replica's claim on an update it handles holds in these runs.
DEFAULT_LEASE = 10.0
RESULTS = Path(__file__).parent / "results"


@dataclass
class Run:
    """What one run measured."""

    name: str
    replicas: int
    questions: int
    seconds: float
    replies_per_second: float
    p50_ms: float
    p99_ms: float
    unanswered: int
    answered_twice: int


@dataclass
class Replica:
    process: asyncio.subprocess.Process
    url: str


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@asynccontextmanager
async def _replica(emu: BotApiEmulator, database: str, lease: float) -> AsyncIterator[Replica]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "TELEGRAM_"))}
    env.update(TELEGRAM_BOT_TOKEN=emu.token, TELEGRAM_API_BASE_URL=emu.base_url,
               BRIEFBOT_USER_LIMIT="0", BRIEFBOT_TELEGRAM_LIMITS="0", BRIEFBOT_DB=database,
               BRIEFBOT_WEBHOOK_URL="https://bot.example.org/telegram",
               BRIEFBOT_WEBHOOK_SECRET=SECRET, BRIEFBOT_WEBHOOK_LISTEN="127.0.0.1",
               BRIEFBOT_WEBHOOK_PORT=str(port), BRIEFBOT_UPDATE_LEASE=str(lease))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    replica = Replica(process, f"http://127.0.0.1:{port}/telegram")
    try:
        async with httpx.AsyncClient(timeout=2) as client:
            for _ in range(300):
                try:
                    if (await client.get(replica.url)).status_code == 405:
                        break
                except httpx.TransportError:
                    await asyncio.sleep(0.1)
        yield replica
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
            await asyncio.wait_for(process.wait(), 30)


async def _measure(server: PostgresServer, name: str, replicas: int, chats: int, per_chat: int,
                   kill_at: float | None = None, sqlite: Path | None = None,
                   lease: float = DEFAULT_LEASE) -> list[Run]:
    """One run; with ``kill_at`` (a fraction of the questions) the first replica is killed then,
    and the run is reported in two parts, before and after; with ``sqlite``, on that file."""
    database = str(sqlite) if sqlite else server.new_database()
    replied: Counter[int] = Counter()
    waiting: dict[int, asyncio.Future[float]] = {}
    update_ids = itertools.count(1)
    async with BotApiEmulator(bot_username="briefbot_replicas_bot") as emu, AsyncExitStack() as stack:

        def observe(record: dict[str, Any]) -> None:
            replied[record["chat_id"]] += 1
            future = waiting.pop(record["chat_id"], None)
            if future is not None and not future.done():
                future.set_result(time.perf_counter())

        emu.bot_message_observers.append(observe)
        alive = [await stack.enter_async_context(_replica(emu, database, lease))
                 for _ in range(replicas)]
        client = await stack.enter_async_context(httpx.AsyncClient(timeout=30))
        turn = itertools.count()
        people = [emu.user(f"User{n}", f"user{n}") for n in range(chats)]
        rooms = [emu.private_chat(person) for person in people]
        asked: Counter[int] = Counter()
        timings: list[tuple[float, float]] = []  # (asked at, latency ms)
        total = chats * per_chat
        killed_at: list[float] = []

        async def post(update: dict[str, Any]) -> None:
            deadline = time.perf_counter() + REDELIVERY_SECONDS
            pause = FIRST_REDELIVERY
            while time.perf_counter() < deadline:
                for _ in range(len(alive)):  # the proxy: the next replica when one fails
                    replica = alive[next(turn) % len(alive)]
                    try:
                        response = await client.post(
                            replica.url, json=update,
                            headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
                        if response.status_code == 200:
                            return
                    except httpx.TransportError:
                        pass
                await asyncio.sleep(pause)  # Telegram: delivered again a little later
                pause = min(2 * pause, LONGEST_REDELIVERY)

        async def ask(index: int, n: int) -> None:
            room = rooms[index]
            future = asyncio.get_running_loop().create_future()
            waiting[room.id] = future
            asked[room.id] += 1
            started = time.perf_counter()
            message = emu.send_text(room, people[index], QUESTIONS[n % len(QUESTIONS)])
            await post({"update_id": next(update_ids), "message": message})
            try:
                answered = await asyncio.wait_for(future, 10)  # set before the 200, as a rule
            except TimeoutError:
                return
            timings.append((started, (answered - started) * 1000))
            if kill_at is not None and not killed_at and len(timings) >= kill_at * total:
                killed_at.append(time.perf_counter())
                alive[0].process.send_signal(signal.SIGKILL)
                await alive[0].process.wait()
                del alive[0]

        async def chat_loop(index: int) -> None:
            for n in range(per_chat):
                await ask(index, n)

        began = time.perf_counter()
        await asyncio.gather(*(chat_loop(i) for i in range(chats)))
        ended = time.perf_counter()
        await asyncio.sleep(1.0)
    unanswered = sum(max(0, asked[c] - replied[c]) for c in asked)
    twice = sum(max(0, replied[c] - asked[c]) for c in replied)
    if not killed_at:
        return [_run(name, replicas, timings, began, ended, unanswered, twice)]
    cut = killed_at[0]
    return [_run(f"{name}: before the kill", replicas, [t for t in timings if t[0] < cut],
                 began, cut, unanswered, twice),
            _run(f"{name}: after the kill", replicas - 1, [t for t in timings if t[0] >= cut],
                 cut, ended, 0, 0)]


def _run(name: str, replicas: int, timings: list[tuple[float, float]], began: float,
         ended: float, unanswered: int, twice: int) -> Run:
    latencies = sorted(ms for _, ms in timings)
    seconds = max(ended - began, 1e-9)
    return Run(name=name, replicas=replicas, questions=len(latencies), seconds=round(seconds, 2),
               replies_per_second=round(len(latencies) / seconds, 1),
               p50_ms=round(statistics.median(latencies), 1) if latencies else 0.0,
               p99_ms=round(latencies[int(0.99 * (len(latencies) - 1))], 1) if latencies else 0.0,
               unanswered=unanswered, answered_twice=twice)


async def run_all(chats: int, per_chat: int, lease: float = DEFAULT_LEASE) -> list[Run]:
    """The runs: one replica on SQLite, one and two on PostgreSQL, two with one killed halfway."""
    with running_postgres() as server, tempfile.TemporaryDirectory() as scratch:
        return [
            *await _measure(server, "one replica on SQLite (for comparison)", 1, chats, per_chat,
                            sqlite=Path(scratch) / "bot.sqlite3", lease=lease),
            *await _measure(server, "one replica", 1, chats, per_chat, lease=lease),
            *await _measure(server, "two replicas", 2, chats, per_chat, lease=lease),
            *await _measure(server, "two replicas, one killed halfway", 2, chats, per_chat,
                            kill_at=0.5, lease=lease),
        ]


def _markdown(runs: list[Run], chats: int, per_chat: int, lease: float) -> str:
    lines = [f"# Replicas ({chats} chats x {per_chat} questions, closed loop, update lease "
             f"{lease:g} s)", "",
             "| run | replicas serving | questions | replies/s | p50 ms | p99 ms | unanswered | "
             "answered twice |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    lines += [f"| {r.name} | {r.replicas} | {r.questions} | {r.replies_per_second} | {r.p50_ms} | "
              f"{r.p99_ms} | {r.unanswered} | {r.answered_twice} |" for r in runs]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--questions", type=int, default=20, help="per chat")
    parser.add_argument("--lease", type=float, default=DEFAULT_LEASE,
                        help="seconds a replica's claim on an update holds (BRIEFBOT_UPDATE_LEASE)")
    args = parser.parse_args()
    runs = asyncio.run(run_all(args.chats, args.questions, args.lease))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "replicas.json").write_text(json.dumps([asdict(r) for r in runs], indent=2) + "\n")
    table = _markdown(runs, args.chats, args.questions, args.lease)
    (RESULTS / "replicas.md").write_text(table)
    print(table)


if __name__ == "__main__":
    main()
