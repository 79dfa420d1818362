"""The short version of the load benchmark: many chats at once, every question answered once."""

from benchmarks.load import run_load
from bot.core.responder import Responder


async def test_two_hundred_chats_at_once_get_every_reply_exactly_once(
        shipped_responder: Responder) -> None:
    result = await run_load(shipped_responder, chats=200, per_chat=3)
    assert result.questions == 600
    assert result.lost == 0 and result.duplicated == 0
    assert result.replies_per_second > 0 and result.p99_ms >= result.p50_ms


async def test_a_short_soak_loses_nothing(shipped_responder: Responder) -> None:
    result = await run_load(shipped_responder, chats=20, per_chat=1, soak_seconds=2, rate=40)
    assert result.questions > 20  # the steady rate asked beyond the first round
    assert result.lost == 0 and result.duplicated == 0
    assert result.rss_start_mb is not None and result.rss_end_mb is not None
