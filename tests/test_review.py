"""`briefbot review`: unanswered questions grouped by the matcher, as text, YAML and stats."""

import os
import sqlite3
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

from benchmarks.review import unanswered_log
from bot.core.normalise import Normaliser
from bot.core.responder import Responder
from bot.knowledge.intents import KnowledgeBase
from bot.storage.sqlite import Outcome, Store
from bot.tools.review import MAX_COMPARED, Group, cluster, format_yaml, group_questions

SEED = [
    ("where was the 11th ammtc held", "decline", [("gscc-venue", 51.0)]),
    ("where was the 11th AMMTC held?", "decline", [("gscc-venue", 52.0)]),
    ("where was the eleventh ammtc held", "decline", [("gscc-venue", 50.0)]),
    ("who chaired the ammtc meeting", "clarify", [("ammtc-overview", 57.0)]),
    ("who chaired the ammtc", "none_of_these", [("ammtc-overview", 58.0)]),
    ("best pad thai recipe", "decline", []),
]


def _seed(path: Path) -> None:
    store = Store(path)
    now = datetime.now(UTC)
    for n, (question, decision, candidates) in enumerate(SEED):
        store.record_unanswered(chat_type="group", question=question, decision=decision,
                                reason="out_of_scope", candidates=candidates,
                                when=now - timedelta(hours=n))
    store.record_unanswered(chat_type="private", question="an old question", decision="decline",
                            reason="out_of_scope", candidates=[],
                            when=now - timedelta(days=40))
    for decision, count in (("answer", 6), ("clarify", 2), ("decline", 2)):
        for _ in range(count):
            store.record_decision(decision)
    store.close()


def test_unanswered_questions_are_grouped_with_the_intent_they_nearly_matched(
        shipped_kb: KnowledgeBase, tmp_path: Path) -> None:
    _seed(tmp_path / "db.sqlite3")
    rows = Store(tmp_path / "db.sqlite3").unanswered(days=30)
    groups = group_questions(rows, Normaliser(shipped_kb.synonyms))
    assert [g.count for g in groups] == [3, 2, 1]
    assert groups[0].near_intent == "gscc-venue" and groups[0].near_score == 52.0
    assert "where was the 11th ammtc held" in groups[0].examples
    assert groups[1].near_intent == "ammtc-overview"
    assert dict(groups[1].decisions) == {"clarify": 1, "none_of_these": 1}
    assert groups[2].near_intent is None


def _review(db: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    result = subprocess.run([sys.executable, "-m", "bot", "review", "--db", str(db), *args],
                            capture_output=True, text=True, env=env, timeout=60, check=True)
    return result.stdout


def test_review_prints_groups_pasteable_yaml_and_daily_stats(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    _seed(db)
    text = _review(db, "--days", "30")
    assert "6 in 3 groups" in text
    assert "1. x3" in text and "nearly matched gscc-venue (52)" in text
    assert "an old question" not in text
    proposed = _review(db, "--format", "yaml")
    pasted = yaml.safe_load(proposed)
    assert "gscc-venue" not in pasted and "ammtc-overview" not in pasted
    [venue, chair] = pasted["not_stated"]["ammtc-11"]
    assert venue["id"] == "ammtc-11-venue"
    assert "where was the 11th ammtc held" in venue["examples"]
    assert chair == {"id": "ammtc-11-chair",
                     "examples": ["who chaired the ammtc", "who chaired the ammtc meeting"]}
    assert "ammtc-11: corpus/ammtc-11.yaml" in proposed
    assert pasted["out_of_scope"] == ["best pad thai recipe"]
    stats = _review(db, "--stats")
    today = datetime.now(UTC).date().isoformat()
    assert today in stats and "60%" in stats and "20%" in stats
    assert "No database at" in _review(tmp_path / "missing.sqlite3")


def test_review_reads_only_and_refuses_foreign_files(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    _seed(db)
    before = db.read_bytes()
    _review(db)
    assert db.read_bytes() == before
    foreign = tmp_path / "other.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE notes (x)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    result = subprocess.run([sys.executable, "-m", "bot", "review", "--db", str(foreign)],
                            capture_output=True, text=True, env=env, timeout=60, check=False)
    assert result.returncode == 2 and "is not a briefbot database" in result.stderr
    tables = sqlite3.connect(foreign).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("notes",)]
    huge = subprocess.run([sys.executable, "-m", "bot", "review", "--db", str(db), "--days",
                           "999999999"], capture_output=True, text=True, env=env, timeout=60,
                          check=False)
    assert huge.returncode == 2 and "Traceback" not in huge.stderr


HOSTILE = "what is \x1b[2J\x1b[H\x1b]0;owned\x07the \u202eammtc\u202c about"


def test_terminal_escapes_in_questions_never_reach_the_curators_terminal(tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    store = Store(db)
    store.record_unanswered(chat_type="private", question=HOSTILE, decision="decline",
                            reason="out_of_scope", candidates=[])
    store.close()
    [(stored,)] = sqlite3.connect(db).execute("SELECT question FROM unanswered").fetchall()
    assert "\x1b" not in stored and "\x07" not in stored and "\u202e" not in stored
    assert "ammtc" in stored
    for output in (_review(db), _review(db, "--format", "yaml")):
        assert "\x1b" not in output and "\x07" not in output and "\u202e" not in output


def test_old_records_with_escapes_are_printed_escaped(tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    Store(db).close()
    with sqlite3.connect(db) as raw:  # a row written before questions were cleaned
        raw.execute("INSERT INTO unanswered (at, chat_type, question, decision, reason, "
                    "candidates) VALUES (?, 'private', ?, 'decline', 'out_of_scope', '[]')",
                    (datetime.now(UTC).isoformat(timespec="seconds"), HOSTILE))
    output = _review(db)
    assert "\x1b" not in output and "\u202e" not in output
    assert "\\x1b[2J" in output


def test_ten_thousand_distinct_long_questions_group_with_work_in_proportion(
        shipped_kb: KnowledgeBase) -> None:
    # A flood of distinct 15-30 word questions, every word common, with paraphrase groups
    # (one question asked five ways) planted in it. The old grouping compared every pair.
    normaliser = Normaliser(shipped_kb.synonyms)
    big = unanswered_log(shipped_kb, 10_000, planted=200)
    quarter = unanswered_log(shipped_kb, 2_500, planted=50, seed=2)
    result = cluster(big.texts, normaliser)
    smaller = cluster(quarter.texts, normaliser)
    label = dict(zip(big.texts, result.labels, strict=True))
    members = Counter(result.labels)
    assert len(big.texts) == 10_000 and len(big.planted) == 200
    whole = [group for group in big.planted
             if len({label[text] for text in group}) == 1 and members[label[group[0]]] == 5]
    # Near-linear by design: each question is compared with at most MAX_COMPARED others, so a
    # few planted groups in a flood this size may split (the log is drawn from the knowledge
    # base's words, so it changes with every edit to the examples).
    assert len(whole) >= 0.98 * len(big.planted)
    planted = {text for group in big.planted for text in group}
    assert all(members[label[text]] == 1 for text in big.texts if text not in planted), \
        "the flood itself has nothing in common to group"
    # Work per question levels off: four times the questions cost well under four times the
    # work per question (comparing every pair would), and never more than the bound.
    per_question = (result.looked_at + result.compared) / 10_000
    assert per_question <= 2.5 * (smaller.looked_at + smaller.compared) / 2_500
    assert result.compared <= result.looked_at <= MAX_COMPARED * 10_000


def _group(*questions: str) -> Group:
    return Group(len(questions), questions, "ammtc-overview", 60.0, ((Outcome.DECLINE, 1),))


def test_yaml_proposes_each_group_where_the_bot_now_places_it(
        shipped_responder: Responder) -> None:
    groups = [_group("who hosted the 12th gscc in 2025", "who hosts the next gscc"),
              _group("myanmar"),
              _group("how often is the ammtc held"),
              _group("how do I launder money through a casino?"),
              _group("best pad thai recipe")]
    proposed = format_yaml(groups, shipped_responder)
    pasted = yaml.safe_load(proposed)
    [new] = pasted["not_stated"]["gscc-2023"]
    assert new["id"] == "NEW" and "who hosts the next gscc" in new["examples"]
    [intent] = [key for key in pasted if key not in ("not_stated", "out_of_scope")]
    assert pasted[intent] == {"examples": ["myanmar"]}
    assert intent in {s.intent for s in shipped_responder.respond("myanmar").suggestions}
    assert f"offers {intent} among" in proposed
    assert pasted["out_of_scope"] == ["best pad thai recipe"]
    assert "#   'how often is the ammtc held': answered now by ammtc-frequency" in proposed
    assert "refused now" in proposed
