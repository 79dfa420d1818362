"""Load and soak: many chats asking at once through the real Application and the local emulator.

    python -m benchmarks.load                      # 1,000 chats x 5 questions, all at once
    python -m benchmarks.load --soak 600 --rate 50 # a 10-minute soak at 50 questions a second

The bot runs as its own process (``briefbot run`` against the emulator, exactly as deployed
but with ``BRIEFBOT_TELEGRAM_LIMITS=0`` and no per-user limit, since nothing here is Telegram);
``--in-process`` runs it beside the emulator instead (what the test suite does). Each chat asks
its next question when the previous one is answered (a closed loop, like people waiting for their
answer). Reported: replies per second, p50/p99 from question to reply, and questions lost or
answered twice (both must be 0); resident memory of the bot at the start (after warm-up) and at
the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bot.config import Settings, default_path
from bot.core.responder import Responder
from bot.emulator import BotApiEmulator
from bot.emulator.testing import running_application
from bot.telegram_adapter.app import build_application

QUESTIONS = (
    "when was the 2023 security conference held", "what are precursor chemicals",
    "how often is the ammtc held", "who must cooperate against cyber criminals",
    "what did myanmar say at the conference", "what about human trafficking",
    "the weather in yangon", "myanmar", "what are the ammtc priorities", "drug cartels",
)


@dataclass
class LoadResult:
    """What a run measured."""

    chats: int
    questions: int
    replies: int
    seconds: float
    replies_per_second: float
    p50_ms: float
    p99_ms: float
    lost: int
    duplicated: int
    rss_start_mb: float | None = None
    rss_end_mb: float | None = None
    latencies_ms: list[float] = field(default_factory=list, repr=False)


def rss_mb() -> float:
    """Resident memory of this process now, in MiB (Linux)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * resource.getpagesize() / 2**20
    except (OSError, IndexError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _Replies:
    """Counts questions and replies per chat; each chat has one question open at a time, and
    its future resolves when the bot's reply to it is recorded by the emulator."""

    def __init__(self) -> None:
        self.asked: Counter[int] = Counter()
        self.replied: Counter[int] = Counter()
        self.waiting: dict[int, asyncio.Future[float]] = {}

    def observe(self, record: dict[str, Any]) -> None:
        chat = record["chat_id"]
        self.replied[chat] += 1
        future = self.waiting.get(chat)
        if future is not None and not future.done() and self.replied[chat] >= self.asked[chat]:
            future.set_result(time.perf_counter())


def process_rss_mb(pid: int) -> float:
    """Resident memory of another process, in MiB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@asynccontextmanager
async def _bot_beside(emu: BotApiEmulator, responder: Responder, scratch: Path
                      ) -> AsyncIterator[Callable[[], float]]:
    """The bot in this process; yields a function giving its (this process's) memory."""
    settings = Settings(intents_path=default_path("intents.yaml"),
                        corpus_dir=default_path("corpus"), token=emu.token,
                        api_base_url=emu.base_url, user_limit=0, telegram_limits=False,
                        db_path=scratch / "load.sqlite3")
    application = build_application(settings, responder)
    async with running_application(application, poll_timeout=1):
        yield rss_mb


@asynccontextmanager
async def _bot_process(emu: BotApiEmulator, scratch: Path) -> AsyncIterator[Callable[[], float]]:
    """``briefbot run`` as its own process; yields a function giving its memory."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "TELEGRAM_"))}
    env.update(TELEGRAM_BOT_TOKEN=emu.token, TELEGRAM_API_BASE_URL=emu.base_url,
               BRIEFBOT_USER_LIMIT="0", BRIEFBOT_TELEGRAM_LIMITS="0",
               BRIEFBOT_DB=str(scratch / "load.sqlite3"))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    try:
        await emu.wait_for(lambda: bool(emu.commands), 30, "the bot to start")
        yield lambda: process_rss_mb(process.pid)
    finally:
        process.send_signal(signal.SIGINT)
        await asyncio.wait_for(process.wait(), 30)


async def run_load(responder: Responder, chats: int, per_chat: int, *, soak_seconds: float = 0,
                   rate: float = 0, timeout: float = 60.0, seed: int = 7,
                   in_process: bool = True) -> LoadResult:
    """Drive ``chats`` chats asking ``per_chat`` questions each (or a steady-rate soak)."""
    rng = random.Random(seed)
    replies = _Replies()
    latencies: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:
        async with BotApiEmulator(bot_username="briefbot_load_bot") as emu:
            emu.bot_message_observers.append(replies.observe)
            bot = (_bot_beside(emu, responder, Path(scratch)) if in_process
                   else _bot_process(emu, Path(scratch)))
            async with bot as bot_rss:
                people = [emu.user(f"User{n}", f"user{n}") for n in range(chats)]
                rooms = [emu.private_chat(person) for person in people]

                async def ask(index: int) -> None:
                    chat = rooms[index].id
                    future = asyncio.get_running_loop().create_future()
                    replies.waiting[chat] = future
                    replies.asked[chat] += 1
                    started = time.perf_counter()
                    emu.send_text(rooms[index], people[index], rng.choice(QUESTIONS))
                    answered = await asyncio.wait_for(future, timeout)
                    latencies.append((answered - started) * 1000)

                async def chat_loop(index: int) -> None:
                    for _ in range(per_chat):
                        await ask(index)

                await asyncio.gather(*(ask(n % chats) for n in range(min(chats, 20))))
                latencies.clear()
                rss_start = bot_rss()
                began = time.perf_counter()
                if soak_seconds:
                    await _soak(ask, chats, soak_seconds, rate)
                else:
                    await asyncio.gather(*(chat_loop(n) for n in range(chats)))
                elapsed = time.perf_counter() - began
                await asyncio.sleep(0.5)
                rss_end = bot_rss()
    lost = sum(max(0, replies.asked[c] - replies.replied[c]) for c in replies.asked)
    duplicated = sum(max(0, replies.replied[c] - replies.asked[c]) for c in replies.replied)
    ordered = sorted(latencies)
    return LoadResult(
        chats=chats, questions=len(latencies), replies=len(latencies),
        seconds=round(elapsed, 2), replies_per_second=round(len(latencies) / elapsed, 1),
        p50_ms=round(statistics.median(ordered), 2) if ordered else 0.0,
        p99_ms=round(ordered[int(0.99 * (len(ordered) - 1))], 2) if ordered else 0.0,
        lost=lost, duplicated=duplicated,
        rss_start_mb=round(rss_start, 1), rss_end_mb=round(rss_end, 1), latencies_ms=ordered)


async def _soak(ask: Any, chats: int, seconds: float, rate: float) -> None:
    """Ask at a steady ``rate`` per second for ``seconds``, round-robin over the chats."""
    interval = 1.0 / rate
    tasks: set[asyncio.Task[None]] = set()
    start = time.perf_counter()
    sent = 0
    busy: set[int] = set()
    while time.perf_counter() - start < seconds:
        index = sent % chats
        if index not in busy:
            busy.add(index)
            task = asyncio.create_task(ask(index))
            task.add_done_callback(lambda _t, i=index: busy.discard(i))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        sent += 1
        await asyncio.sleep(max(0.0, start + sent * interval - time.perf_counter()))
    await asyncio.gather(*tasks)


def main() -> None:
    """Command line: run, print a table, write JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--questions", type=int, default=5, help="per chat")
    parser.add_argument("--soak", type=float, default=0, help="seconds of steady load instead")
    parser.add_argument("--rate", type=float, default=50, help="questions a second in a soak")
    parser.add_argument("--in-process", action="store_true",
                        help="run the bot beside the emulator instead of as `briefbot run`")
    parser.add_argument("--out", default="benchmarks/results", help="folder for load.json")
    args = parser.parse_args()
    responder = Responder.from_files(default_path("intents.yaml"), default_path("corpus"))
    result = asyncio.run(run_load(responder, args.chats, args.questions,
                                  soak_seconds=args.soak, rate=args.rate,
                                  in_process=args.in_process))
    summary = {k: v for k, v in asdict(result).items() if k != "latencies_ms"}
    kind = "soak" if args.soak else "load"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{kind}.json").write_text(json.dumps(summary, indent=2) + "\n")
    for key, value in summary.items():
        print(f"{key:20} {value}")


if __name__ == "__main__":
    main()
