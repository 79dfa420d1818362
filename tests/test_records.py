"""What the bot writes down never holds up an answer: counts and unanswered questions are kept in
memory and written in the background, one sender cannot flood the log, and a locked database
delays only what needs it."""

import sqlite3
from pathlib import Path

from bot import texts
from bot.telegram_adapter.records import DAY, HOUR, SenderThrottle

DISHES = ("banana", "bread", "pancakes", "waffles", "pizza", "lasagne", "risotto", "curry")
ANSWERED = "how often is the ammtc held"


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as raw:
        return dict(raw.execute("SELECT decision, SUM(count) FROM daily_counts GROUP BY decision"))


def _questions(db: Path) -> list[str]:
    with sqlite3.connect(db) as raw:
        return [q for (q,) in raw.execute("SELECT question FROM unanswered ORDER BY id")]


def test_a_senders_records_are_limited_by_the_hour_and_by_the_day() -> None:
    now = [0.0]
    throttle = SenderThrottle(per_hour=2, per_day=3, clock=lambda: now[0])
    first_hour = [throttle.allow(7) for _ in range(3)]
    someone_else = throttle.allow(8)
    now[0] = HOUR + 1
    next_hour = [throttle.allow(7) for _ in range(2)]
    now[0] = DAY + 1
    next_day = throttle.allow(7)
    assert first_hour == [True, True, False]
    assert someone_else
    assert next_hour == [True, False]  # the day's three are used up
    assert next_day


async def test_one_senders_flood_is_throttled_while_anothers_question_is_kept(start_bot) -> None:
    settings = {"records_per_user_hour": 3, "records_per_user_day": 5, "user_limit": 100}
    async with start_bot(settings=settings) as world:
        alice, bob = world.private("Alice"), world.private("Bob")
        for dish in DISHES:
            await alice.ask(f"recipe for {dish}")
        await bob.ask("who won the football world cup")
    kept = _questions(world.db_path)
    assert sorted(kept) == sorted(["recipe for banana", "recipe for bread", "recipe for pancakes",
                                   "who won the football world cup"])
    assert _counts(world.db_path) == {"decline": len(DISHES) + 1}  # every reply still counted


async def test_the_unanswered_log_in_service_keeps_only_the_newest(start_bot) -> None:
    async with start_bot(settings={"max_unanswered": 5}) as world:
        chat = world.private()
        for dish in DISHES:
            await chat.ask(f"recipe for {dish}")
    assert _questions(world.db_path) == [f"recipe for {dish}" for dish in DISHES[-5:]]


async def test_answers_never_wait_for_a_locked_database_and_the_counts_land_after(
        start_bot) -> None:
    async with start_bot() as world:
        chats = [world.private(f"Reader{n}") for n in range(8)]
        holder = sqlite3.connect(world.db_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another writer holds the database
        try:
            for _ in range(5):
                for chat in chats:
                    chat.say(ANSWERED)
            answers = [reply for chat in chats for reply in await chat.replies(5, timeout=5)]
            written_meanwhile = _counts(world.db_path)
        finally:
            holder.execute("COMMIT")
            holder.close()
        await world.emu.wait_for(lambda: _counts(world.db_path) == {"answer": 40}, 15,
                                 "the counts to land")
    assert len(answers) == 40 and all("every two years" in a.text for a in answers)
    assert written_meanwhile == {}
    assert not world.errors


async def test_a_subscription_command_on_a_locked_database_holds_up_no_other_chat(
        start_bot) -> None:
    async with start_bot() as world:
        ada, bob = world.private("Ada"), world.private("Bob")
        order: list[int] = []
        world.emu.bot_message_observers.append(lambda record: order.append(record["chat_id"]))
        holder = sqlite3.connect(world.db_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            ada.say("/subscribe daily 08:30")
            for _ in range(3):
                bob.say(ANSWERED)
            answers = await bob.replies(3, timeout=5)
            [refused] = await ada.replies(timeout=15)
        finally:
            holder.execute("COMMIT")
            holder.close()
        confirmed = await ada.ask("/subscribe daily 08:30", timeout=10)
    assert all("every two years" in a.text for a in answers)
    assert order[:4] == [bob.id, bob.id, bob.id, ada.id]  # Bob was answered while Ada waited
    assert refused.text == texts.FAILURE
    assert confirmed.text.startswith("Subscribed: daily at 08:30")
