"""What the bot writes down after a reply, kept in memory and written in batches: an answer never
waits for the database.

Handlers hand each reply's outcome to ``Recorder.add``, which only adds to memory. A background
task (``run``) writes everything pending every ``FLUSH_SECONDS`` in one transaction, on a thread
of its own, so a locked, slow or full database holds up neither the event loop nor the threads
other work runs on. While the database refuses, the daily counts keep adding up in memory (one
number per day and outcome) and questions wait, at most ``MAX_PENDING`` of them (the oldest are
dropped first, and the log says how many); everything lands once the database answers again.
``close`` writes what is left when the bot stops.

What is kept of one sender is throttled (``SenderThrottle``): at most so many unanswered
questions an hour and a day, so one person, or one script at the question limit, cannot fill the
curators' log. Every reply is still counted. The database keeps at most ``RecordLimits.kept``
questions; the store drops the oldest.

This is the adapter's buffering, whatever the store: it needs only ``record_many``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol

from bot.storage.base import Outcome, QuestionRecord

log = logging.getLogger(__name__)

#: Seconds between writes of what is pending.
FLUSH_SECONDS = 1.0
#: Questions waiting in memory at most while the database refuses them (the oldest go first).
MAX_PENDING = 5_000
#: Senders whose recent records are remembered for the throttle (the least recent are forgotten).
MAX_SENDERS = 10_000
HOUR = 3_600.0
DAY = 86_400.0


class RecordStore(Protocol):
    """The one storage call the recorder makes: counts and questions in one transaction."""

    def record_many(self, counts: Mapping[tuple[date, Outcome], int],
                    questions: Sequence[QuestionRecord] = (), *,
                    keep_questions: int | None = None) -> None:
        """Add ``counts``, keep ``questions``, then keep only ``keep_questions`` questions."""


@dataclass(frozen=True)
class RecordLimits:
    """How much of the unanswered questions is kept (the settings with the same names)."""

    #: Unanswered questions one sender may add to the log in an hour, and in a day.
    per_sender_hour: int = 10
    per_sender_day: int = 30
    #: Questions the database keeps at most.
    kept: int = 20_000


class SenderThrottle:
    """At most ``per_hour`` records an hour and ``per_day`` a day for each sender."""

    def __init__(self, per_hour: int, per_day: int, clock: Callable[[], float] = time.monotonic,
                 max_senders: int = MAX_SENDERS) -> None:
        self.per_hour = per_hour
        self.per_day = per_day
        self._clock = clock
        self._max_senders = max_senders
        self._recent: OrderedDict[int, deque[float]] = OrderedDict()

    def allow(self, sender: int | None) -> bool:
        """Count a record from ``sender`` if it is within both limits; say whether it was."""
        if sender is None:
            return self.per_hour > 0 and self.per_day > 0
        now = self._clock()
        recent = self._recent.get(sender)
        if recent is None:
            recent = self._recent[sender] = deque()
            while len(self._recent) > self._max_senders:
                self._recent.popitem(last=False)
        self._recent.move_to_end(sender)
        while recent and now - recent[0] >= DAY:
            recent.popleft()
        last_hour = sum(1 for at in recent if now - at < HOUR)
        if len(recent) >= self.per_day or last_hour >= self.per_hour:
            return False
        recent.append(now)
        return True


class Recorder:
    """Counts and questions in memory, written to ``store`` in batches off the event loop."""

    def __init__(self, store: RecordStore, limits: RecordLimits = RecordLimits(), *,
                 flush_seconds: float = FLUSH_SECONDS, max_pending: int = MAX_PENDING,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self.limits = limits
        self.flush_seconds = flush_seconds
        self.throttle = SenderThrottle(limits.per_sender_hour, limits.per_sender_day, clock)
        self._counts: Counter[tuple[date, Outcome]] = Counter()
        self._questions: deque[QuestionRecord] = deque(maxlen=max_pending)
        self._writer: ThreadPoolExecutor | None = None
        self._writing = asyncio.Lock()
        self._closing = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @property
    def pending(self) -> tuple[int, int]:
        """(replies counted, questions kept) not yet written."""
        return sum(self._counts.values()), len(self._questions)

    def add(self, outcome: Outcome, question: QuestionRecord | None = None,
            sender: int | None = None) -> None:
        """Count a reply; keep its question too, unless its sender has reached the limits."""
        self._counts[datetime.now(UTC).date(), outcome] += 1
        if question is not None and self.throttle.allow(sender):
            self._keep([question])

    def _keep(self, questions: Sequence[QuestionRecord]) -> None:
        room = self._questions.maxlen or 0
        overflow = len(self._questions) + len(questions) - room
        if overflow > 0:
            log.warning("%d unanswered question(s) dropped: the database has not taken them "
                        "in time", overflow)
        self._questions.extend(questions)

    def start(self) -> None:
        """Write what is pending every ``flush_seconds`` from now on, until ``close``."""
        if self._task is None:
            self._closing.clear()
            self._task = asyncio.get_running_loop().create_task(self._run(),
                                                               name="briefbot-records")

    async def _run(self) -> None:
        while not self._closing.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), self.flush_seconds)
            await self.flush()

    async def flush(self) -> bool:
        """Write everything pending in one transaction; on failure keep it for the next try.

        Returns whether everything pending was written.
        """
        async with self._writing:
            counts, questions = self._counts, list(self._questions)
            if not counts and not questions:
                return True
            self._counts = Counter()
            self._questions.clear()
            if self._writer is None:  # one thread of its own: never queued behind other work
                self._writer = ThreadPoolExecutor(max_workers=1,
                                                  thread_name_prefix="briefbot-records")
            loop = asyncio.get_running_loop()
            try:
                await loop.run_in_executor(self._writer, self._write, counts, questions)
            except Exception as error:  # any store, any failure: keep the records, try again
                self._counts.update(counts)
                waiting = list(self._questions)
                self._questions.clear()
                self._keep(questions)
                self._keep(waiting)
                log.warning("could not write %d count(s) and %d question(s) yet (%s: %s); "
                            "kept for the next try", sum(counts.values()), len(questions),
                            type(error).__name__, error)
                return False
            return True

    def _write(self, counts: Mapping[tuple[date, Outcome], int],
               questions: Sequence[QuestionRecord]) -> None:
        self.store.record_many(counts, questions, keep_questions=self.limits.kept)

    async def close(self) -> None:
        """Stop the background writes and write what is left (the bot is stopping)."""
        self._closing.set()
        if self._task is not None:
            await self._task
            self._task = None
        if not await self.flush():
            replies, questions = self.pending
            log.error("stopping with %d count(s) and %d question(s) unwritten: the database "
                      "refused them", replies, questions)
        if self._writer is not None:
            self._writer.shutdown(wait=False)
            self._writer = None
