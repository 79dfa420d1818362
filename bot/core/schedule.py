"""Reading "/subscribe daily 08:30 [topic]" and "/subscribe weekly mon 08:30 Asia/Yangon [topic]".

Pure: ``parse_subscription`` turns the words after the command into a ``Schedule`` or raises
``ScheduleError`` with a one-line message for the user. ``Schedule`` is also what the database
stores for a subscription, so it lives here, below both the adapter and the storage.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import time
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot import texts
from bot.core.timezones import valid_timezone
from bot.errors import BriefbotError

if TYPE_CHECKING:  # the storage imports this module; it need not load the knowledge loader
    from bot.knowledge.intents import Topic

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME = re.compile(r"^(\d{1,2})[:.h](\d{2})$")


def _quoted(text: str, limit: int = 30) -> str:
    """User input echoed back: printable, short, never longer than ``limit``."""
    shown = "".join(ch for ch in text if ch.isprintable())
    return f"'{shown[:limit]}\u2026'" if len(shown) > limit else f"'{shown}'"


class ScheduleError(BriefbotError):
    """The subscription command could not be understood; the message says how to fix it."""


@dataclass(frozen=True)
class Schedule:
    """When a briefing is due: daily or on one weekday (0 = Monday), at a time, in a zone."""

    frequency: str
    weekday: int | None
    at_time: str
    timezone: str
    topic: str | None

    @property
    def time_of_day(self) -> time:
        """The time with its zone, as the job queue wants it."""
        hour, minute = (int(part) for part in self.at_time.split(":"))
        return time(hour, minute, tzinfo=ZoneInfo(self.timezone))

    @property
    def job_days(self) -> tuple[int, ...]:
        """Days for python-telegram-bot's ``run_daily`` (0 = Sunday ... 6 = Saturday)."""
        if self.weekday is None:
            return (0, 1, 2, 3, 4, 5, 6)
        return ((self.weekday + 1) % 7,)


def _parse_time(word: str) -> str:
    match = _TIME.match(word)
    if not match:
        raise ScheduleError(texts.unreadable_time(_quoted(word)))
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ScheduleError(texts.not_a_time_of_day(_quoted(word)))
    return f"{hour:02d}:{minute:02d}"


def parse_subscription(words: Sequence[str], default_timezone: str,
                       find_topic: Callable[[str], Topic | None]) -> Schedule:
    """Read the words after /subscribe."""
    rest = [w for w in words if w.strip()]
    if not rest or rest[0].lower() not in ("daily", "weekly"):
        raise ScheduleError(texts.SUBSCRIBE_USAGE)
    frequency = rest.pop(0).lower()
    weekday = None
    if frequency == "weekly":
        if not rest or rest[0].lower()[:3] not in WEEKDAYS:
            raise ScheduleError(texts.SAY_WHICH_DAY)
        weekday = WEEKDAYS.index(rest.pop(0).lower()[:3])
    if not rest:
        raise ScheduleError(texts.SAY_WHAT_TIME)
    at_time = _parse_time(rest.pop(0))
    timezone = default_timezone
    zones = [w for w in rest if "/" in w or w.upper() in ("UTC", "GMT")]
    if zones:
        if not valid_timezone(zones[0]):
            raise ScheduleError(texts.unknown_timezone(_quoted(zones[0])))
        timezone = zones[0]
        rest.remove(zones[0])
    topic = None
    if rest:
        found = find_topic(" ".join(rest))
        if found is None:
            raise ScheduleError(texts.unknown_topic(_quoted(" ".join(rest))))
        topic = found.id
    return Schedule(frequency, weekday, at_time, timezone, topic)
