"""Scheduled briefings and the review loop, end to end through the emulator."""

import sqlite3
from datetime import UTC, datetime, timedelta

from bot.core.schedule import Schedule
from bot.storage.sqlite import Store
from bot.telegram_adapter.subscriptions import schedule_job
from bot.texts import ADMINS_ONLY_HERE, NONE_YET


def _next_utc(hour: int, minute: int) -> datetime:
    now = datetime.now(UTC)
    due = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return due if due > now else due + timedelta(days=1)


async def test_subscription_survives_a_restart_and_posts_the_briefing(world) -> None:
    group = world.group("Crime desk", ["Ada", "Bob"], creator="Ada")
    refused = await group.ask("/subscribe daily 08:30 drugs", by="Bob")
    bad = await group.ask("/subscribe daily 25:99", by="Ada")
    confirmed = await group.ask("/subscribe daily 08:30 drug trafficking", by="Ada")
    listing = await group.ask("/subscriptions", by="Bob")
    assert len(world.application.job_queue.get_jobs_by_name("subscription:1")) == 1
    await world.restart()
    [job] = world.application.job_queue.get_jobs_by_name("subscription:1")
    assert job.next_t is not None
    assert job.next_t.astimezone(UTC) == _next_utc(8, 30)
    await job.run(world.application)
    [briefing] = await group.replies()
    assert refused.text == ADMINS_ONLY_HERE
    assert "is not a time of day" in bad.text and "\n" not in bad.text
    assert confirmed.text == ("Subscribed: daily at 08:30 (UTC): Drug trafficking and "
                              "precursor chemicals.")
    assert "daily at 08:30 (UTC)" in listing.text
    assert briefing.text.startswith("Briefing: Drug trafficking and precursor chemicals")


async def test_weekly_subscription_in_a_time_zone_is_due_then_and_unsubscribe_removes_it(
        world, chat) -> None:
    app = world.application
    confirmed = await chat.ask("/subscribe weekly mon 07:00 Asia/Yangon")
    [job] = app.job_queue.get_jobs_by_name("subscription:1")
    due = job.next_t
    gone = await chat.ask("/unsubscribe")
    empty = await chat.ask("/subscriptions")
    remaining = [j for j in app.job_queue.jobs() if j.name == "subscription:1" and not j.removed]
    assert confirmed.text == "Subscribed: weekly on Monday at 07:00 (Asia/Yangon): " \
                             "overview of all topics."
    assert due is not None and due.weekday() == 0
    assert (due.hour, due.minute) == (7, 0) and str(due.tzinfo) == "Asia/Yangon"
    assert gone.text == "Unsubscribed (1 removed)."
    assert empty.text == NONE_YET
    assert not remaining


async def test_a_word_for_two_topics_asks_which_with_buttons_and_an_alias_subscribes(
        world, chat) -> None:
    which = await chat.ask("/subscribe daily 08:30 trafficking")
    assert which.text == "Which do you mean?"
    assert [label for row in which.keyboard for label, _ in row] == [
        "Drug trafficking and precursor chemicals", "Human trafficking and smuggling"]
    bad_time = await chat.ask("/subscribe daily 25:00 trafficking")
    chosen = await chat.press(which, "Human trafficking and smuggling")
    alias = await chat.ask("/subscribe weekly mon 07:00 Asia/Yangon scams")
    listing = await chat.ask("/subscriptions")
    assert "is not a time of day" in bad_time.text
    assert chosen.text == "Subscribed: daily at 08:30 (UTC): Human trafficking and smuggling."
    assert alias.text == ("Subscribed: weekly on Monday at 07:00 (Asia/Yangon): Cybercrime and "
                          "online fraud.")
    assert "Human trafficking and smuggling" in listing.text
    assert "Cybercrime and online fraud" in listing.text
    [job] = world.application.job_queue.get_jobs_by_name("subscription:1")
    await job.run(world.application)
    [briefing] = await chat.replies()
    assert briefing.text.startswith("Briefing: Human trafficking and smuggling")


async def test_in_a_group_only_an_administrator_can_press_which_topic(world) -> None:
    group = world.group("Crime desk", ["Ada", "Bob"], creator="Ada")
    which = await group.ask("/subscribe daily 09:00 trafficking", by="Ada")
    refused = await group.press(which, "Drug trafficking and precursor chemicals", by="Bob")
    empty = await group.ask("/subscriptions", by="Bob")
    chosen = await group.press(which, "Drug trafficking and precursor chemicals", by="Ada")
    assert refused.text == ADMINS_ONLY_HERE
    assert empty.text == NONE_YET
    assert chosen.text == ("Subscribed: daily at 09:00 (UTC): Drug trafficking and precursor "
                           "chemicals.")


async def test_the_same_schedule_twice_is_one_and_a_chat_has_at_most_ten(world, chat) -> None:
    first = await chat.ask("/subscribe daily 08:30")
    again = await chat.ask("/subscribe daily 08:30")
    for hour in range(1, 10):
        await chat.ask(f"/subscribe daily {hour:02d}:00")
    too_many = await chat.ask("/subscribe daily 23:00")
    listing = await chat.ask("/subscriptions")
    jobs = [j for j in world.application.job_queue.jobs() if j.name.startswith("subscription:")]
    assert first.text.startswith("Subscribed:")
    assert again.text == "Already subscribed: daily at 08:30 (UTC): overview of all topics."
    assert "the most it may have" in too_many.text and "/unsubscribe" in too_many.text
    assert len(jobs) == 10
    assert listing.text.count("daily at") == 10 and "23:00" not in listing.text


async def test_subscription_follows_a_group_to_its_supergroup_and_ends_with_the_chat(
        world) -> None:
    app = world.application
    store: Store = app.bot_data.store
    group = world.group("Desk", ["Ada"], creator="Ada")
    other = world.group("Other desk", ["Ada"], creator="Ada")
    await group.ask("/subscribe daily 09:00")
    supergroup = group.migrate()
    await world.emu.wait_for(lambda: bool(store.subscriptions(supergroup.id)), 5, "the move")
    [job] = app.job_queue.get_jobs_by_name("subscription:1")
    await job.run(app)
    [briefing] = await supergroup.replies()
    await other.ask("/subscribe daily 10:00")
    other.remove_bot()
    await world.emu.wait_for(lambda: not store.subscriptions(other.id), 5, "the removal")
    ghost = store.add_subscription(-999_999, Schedule("daily", None, "11:00", "UTC", None))
    schedule_job(app.job_queue, ghost)
    [ghost_job] = app.job_queue.get_jobs_by_name(f"subscription:{ghost.id}")
    await ghost_job.run(app)
    leftover = store.subscriptions(-999_999)
    assert briefing.text.startswith("Briefing: transnational crime, all key areas")
    assert leftover == []


async def test_unanswered_questions_are_recorded_without_ids(start_bot) -> None:
    async with start_bot() as world:
        chat = world.private()
        for question in ("what's the weather in yangon", "myanmar",
                         "how often is the ammtc held"):
            await chat.ask(question)
        clarify = await chat.ask("myanmar")
        await chat.press(clarify, "None of these")
        privacy = await chat.ask("/privacy")
    db = world.db_path
    rows = sqlite3.connect(db).execute(
        "SELECT question, decision, chat_type, chat_id, user_id, candidates FROM unanswered "
        "ORDER BY id").fetchall()
    # A record is written after its reply is sent, so a "None of these" pressed at once may be
    # recorded before the "did you mean" it answers: compare without order.
    assert sorted((q, d) for q, d, *_ in rows) == sorted([
        ("what's the weather in yangon", "decline"), ("myanmar", "clarify"),
        ("myanmar", "clarify"), ("myanmar", "none_of_these")])
    assert all(r[2] == "private" and r[3] is None and r[4] is None for r in rows)
    assert all("myanmar-security-challenges" in r[5] for r in rows if r[1] == "clarify")
    counts = dict(sqlite3.connect(db).execute(
        "SELECT decision, SUM(count) FROM daily_counts GROUP BY decision").fetchall())
    assert counts == {"answer": 1, "clarify": 2, "decline": 1, "none_of_these": 1}
    assert "without any user id, name or chat id" in privacy.text
    assert "90 days" in privacy.text


async def test_none_of_these_records_the_question_it_was_pressed_under(start_bot) -> None:
    async with start_bot() as world:
        chat = world.private()
        first = await chat.ask("myanmar")
        await chat.ask("drugs")
        await chat.press(first, "None of these")
        refused = await chat.ask("/subscribe daily 08:30 " + "\u200b" * 800 + "x" * 3000)
    rows = sqlite3.connect(world.db_path).execute(
        "SELECT question FROM unanswered WHERE decision = 'none_of_these'").fetchall()
    assert rows == [("myanmar",)]
    assert refused.text.startswith("I have no topic like") and len(refused.text) < 200
