"""schedule: reading /subscribe, with one-line answers to bad input."""

from datetime import time
from zoneinfo import ZoneInfo

import pytest

from bot.core.briefing import find_topic
from bot.core.schedule import ScheduleError, parse_subscription
from bot.knowledge.intents import KnowledgeBase
from bot.render import describe_schedule


def _parse(kb: KnowledgeBase, text: str, tz: str = "UTC"):  # type: ignore[no-untyped-def]
    return parse_subscription(text.split(), tz, lambda words: find_topic(kb, words))


def test_daily_and_weekly_schedules_read_day_time_zone_and_topic(shipped_kb: KnowledgeBase) -> None:
    daily = _parse(shipped_kb, "daily 8:30")
    assert (daily.frequency, daily.weekday, daily.at_time, daily.timezone, daily.topic) == (
        "daily", None, "08:30", "UTC", None)
    assert daily.job_days == (0, 1, 2, 3, 4, 5, 6)
    weekly = _parse(shipped_kb, "weekly Monday 07:05 Asia/Yangon drug trafficking")
    assert (weekly.weekday, weekly.timezone, weekly.topic) == (0, "Asia/Yangon", "drugs")
    assert weekly.job_days == (1,), "PTB counts 0 = Sunday"
    assert weekly.time_of_day == time(7, 5, tzinfo=ZoneInfo("Asia/Yangon"))
    assert _parse(shipped_kb, "weekly sun 23:59").job_days == (0,)
    assert _parse(shipped_kb, "daily 06:00", tz="Europe/London").timezone == "Europe/London"
    assert "weekly on Monday at 07:05 (Asia/Yangon)" in describe_schedule(weekly)


@pytest.mark.parametrize(("text", "says"), [
    ("", "Use: /subscribe daily"),
    ("hourly 08:30", "Use: /subscribe daily"),
    ("daily 25:99", "is not a time of day"),
    ("daily noon", "can't read the time"),
    ("weekly 08:30", "Say which day"),
    ("daily", "Say what time"),
    ("daily 08:30 Mars/Olympus", "don't know the time zone"),
    ("daily 08:30 knitting", "no topic like 'knitting'"),
])
def test_bad_input_gets_one_clear_line(shipped_kb: KnowledgeBase, text: str, says: str) -> None:
    with pytest.raises(ScheduleError) as info:
        _parse(shipped_kb, text)
    assert says in str(info.value) and "\n" not in str(info.value)
