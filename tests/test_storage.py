"""storage: schema migrations, WAL, retention, privacy, and surviving a kill mid-write."""

import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.core.schedule import Schedule
from bot.storage.sqlite import MIGRATIONS, Outcome, QuestionRecord, Store


def test_schema_is_created_and_migrated_once(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    store = Store(path)
    assert store.schema_version == len(MIGRATIONS)
    store.close()
    again = Store(path)
    assert again.schema_version == len(MIGRATIONS)
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_subscriptions_round_trip_move_and_remove(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    daily = store.add_subscription(-100, Schedule("daily", None, "08:30", "UTC", "drugs"))
    weekly = store.add_subscription(-100, Schedule("weekly", 0, "09:00", "Asia/Yangon", None))
    store.add_subscription(55, Schedule("daily", None, "07:00", "UTC", None))
    assert store.subscriptions(-100) == [daily, weekly]
    assert store.move_chat(-100, -100200) == 2
    assert [s.chat_id for s in store.subscriptions(-100200)] == [-100200, -100200]
    assert sorted(store.remove_subscriptions(-100200)) == [daily.id, weekly.id]
    assert [s.chat_id for s in store.subscriptions()] == [55]


def test_unanswered_keep_no_ids_unless_asked(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    store.record_unanswered(chat_type="group", question="who won?", decision="decline",
                            reason="out_of_scope", candidates=[("gscc-dates", 31.0)],
                            chat_id=-5, user_id=7)
    row = sqlite3.connect(tmp_path / "db.sqlite3").execute(
        "SELECT chat_id, user_id, question FROM unanswered").fetchone()
    assert row == (None, None, "who won?")
    logging_store = Store(tmp_path / "logged.sqlite3", log_chats=True)
    logging_store.record_unanswered(chat_type="group", question="q", decision="clarify",
                                    reason="ambiguous", candidates=[],
                                    chat_id=-5, user_id=7)
    row = sqlite3.connect(tmp_path / "logged.sqlite3").execute(
        "SELECT chat_id, user_id FROM unanswered").fetchone()
    assert row == (-5, 7)
    [kept] = store.unanswered(days=1)
    assert kept.candidates == (("gscc-dates", 31.0),)


def test_a_version_1_database_still_reads_after_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0])
    old.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    old.execute("INSERT INTO schema_version (version) VALUES (1)")
    old.execute("INSERT INTO unanswered (at, chat_type, question, decision, reason, candidates, "
                "thresholds) VALUES (?, 'group', 'who won?', 'none_of_these', 'ambiguous', "
                "'[[\"gscc-dates\", 31.0]]', '{\"answer_threshold\": 58.0}')",
                (datetime.now(UTC).isoformat(timespec="seconds"),))
    old.commit()
    old.close()
    assert [r.question for r in Store(path, read_only=True).unanswered(days=1)] == ["who won?"]
    store = Store(path)
    assert store.schema_version == len(MIGRATIONS)
    store.record_unanswered(chat_type="private", question="and now?", decision="decline",
                            reason="out_of_scope", candidates=[])
    assert [(r.question, r.decision) for r in store.unanswered(days=1)] == [
        ("who won?", "none_of_these"), ("and now?", "decline")]


def test_retention_deletes_old_questions_only(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    now = datetime.now(UTC)
    for age in (1, 89, 91, 200):
        store.record_unanswered(chat_type="private", question=f"{age} days old", decision="decline",
                                reason="out_of_scope", candidates=[],
                                when=now - timedelta(days=age))
    assert store.purge(90, now=now) == 2
    assert [r.question for r in store.unanswered(days=365, now=now)] == ["89 days old", "1 days old"]


def test_decisions_are_counted_per_day(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    day = datetime(2026, 11, 20, 12, tzinfo=UTC)
    for decision in ("answer", "answer", "clarify", "decline"):
        store.record_decision(decision, when=day)
    counts = store.daily_counts(30, today=day.date())
    assert counts == {"2026-11-20": {"answer": 2, "clarify": 1, "decline": 1}}


WRITER = textwrap.dedent("""
    import sys
    from bot.core.schedule import Schedule
    from bot.storage.sqlite import Store
    store = Store(sys.argv[1])
    n = 0
    while True:
        store.add_subscription(n, Schedule("daily", None, "08:30", "UTC", None))
        n += 1
        print(n, flush=True)
""")


def test_committed_rows_survive_a_kill_mid_write(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                              text=True)
    assert writer.stdout is not None
    committed = 0
    deadline = time.monotonic() + 20
    while committed < 300 and time.monotonic() < deadline:
        committed = int(writer.stdout.readline())
    writer.kill()
    writer.wait()
    store = Store(path)
    rows = store.subscriptions()
    assert len(rows) >= committed >= 300
    assert [r.chat_id for r in rows] == list(range(len(rows)))
    check = sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0]
    assert check == "ok"


def test_the_unanswered_log_stays_at_its_cap_with_the_oldest_dropped(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    now = datetime.now(UTC)

    def batch(first: int, size: int) -> list[QuestionRecord]:
        return [QuestionRecord(now, "private", f"question {n}", Outcome.DECLINE, "out_of_scope", ())
                for n in range(first, first + size)]

    store.record_many({(now.date(), Outcome.DECLINE): 30}, batch(0, 30), keep_questions=25)
    for first in (30, 40):
        store.record_many({(now.date(), Outcome.DECLINE): 10}, batch(first, 10),
                          keep_questions=25)
    kept = [row.question for row in store.unanswered(days=1, now=now)]
    assert kept == [f"question {n}" for n in range(25, 50)]
    assert store.daily_counts(1, today=now.date()) == {now.date().isoformat(): {"decline": 50}}
