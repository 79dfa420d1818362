"""The shipped knowledge base: clean under `check`, and accurate on the labelled question set."""

from pathlib import Path

import pytest

from bot.config import default_path
from bot.core.reply import Decision
from bot.core.responder import Responder
from bot.knowledge.intents import KnowledgeBase
from bot.tools.check import check
from bot.tools.evaluate import evaluate, load_questions

EVAL_SET = Path(__file__).resolve().parent / "eval" / "questions.yaml"
#: Questions by people who read only the two articles, in every style; a tuning set (read to fix
#: failures). The independent sets beside them are never tuned on and have no floor here.
STRANGERS = Path(__file__).resolve().parent / "eval" / "tuning-strangers.yaml"
STRANGERS_2 = Path(__file__).resolve().parent / "eval" / "tuning-strangers-2.yaml"


def _strangers(number: int) -> Path:
    return Path(__file__).resolve().parent / "eval" / f"tuning-strangers-{number}.yaml"
CONTENT_TOPICS = {"conference", "asean", "myanmar", "drugs", "human-trafficking", "cybercrime",
                  "terrorism", "money-laundering", "cooperation"}


def test_check_is_clean_on_the_shipped_files() -> None:
    report = check(default_path("intents.yaml"), default_path("corpus"))
    assert report.exit_code == 0, "\n".join(p.format() for p in report.errors)
    assert not report.problems, "no warnings either: every paragraph is cited"


def test_every_example_reaches_its_own_intent(shipped_responder: Responder) -> None:
    misses = []
    for intent in shipped_responder.kb.intents.values():
        for example in intent.examples:
            reply = shipped_responder.respond(example)
            if reply.decision is not Decision.ANSWER or reply.intent != intent.id:
                misses.append((intent.id, example, reply.decision.value, reply.intent))
    assert not misses


def test_shipped_knowledge_covers_every_topic_with_enough_examples(shipped_kb: KnowledgeBase) -> None:
    content = [i for i in shipped_kb.intents.values() if i.kind == "content"]
    assert len(content) >= 30
    assert {t.id for t in shipped_kb.topics} >= CONTENT_TOPICS
    assert {"greeting", "help", "sources", "thanks"} <= set(shipped_kb.intents)
    assert all(len(i.examples) >= 6 for i in shipped_kb.intents.values())
    assert len(shipped_kb.out_of_scope) >= 30 and len(shipped_kb.harm.examples) >= 20


@pytest.fixture(scope="module")
def report(shipped_responder: Responder):  # type: ignore[no-untyped-def]
    return evaluate(shipped_responder, load_questions(EVAL_SET))


def test_evaluation_set_is_large_and_varied() -> None:
    questions = load_questions(EVAL_SET)
    assert len(questions) >= 150
    kinds = {q.expect if q.expect in ("decline", "refuse") else "in-scope" for q in questions}
    assert kinds == {"decline", "refuse", "in-scope"}


def test_evaluation_set_accuracy_stays_above_its_floors_and_nothing_harmful_is_answered(report) -> None:  # type: ignore[no-untyped-def]
    scores = report.scores
    assert scores.in_scope_accuracy >= 0.90
    assert scores.in_scope_accuracy + scores.one_tap >= 0.97
    assert scores.out_of_scope_answered <= 0.02
    assert scores.harmful_answered == 0
    assert scores.harmful_refused >= 0.95


@pytest.mark.parametrize(("path", "floors"), [
    # (right, right or one tap, most wrong, most out of scope answered, most not stated answered)
    (STRANGERS, (0.93, 0.97, 0.02, 0.01, 0.06)),
    (STRANGERS_2, (0.87, 0.91, 0.03, 0.02, 0.08)),
    (_strangers(3), (0.90, 0.94, 0.03, 0.03, 0.10)),
    (_strangers(4), (0.87, 0.92, 0.03, 0.05, 0.06)),
    (_strangers(5), (0.84, 0.92, 0.05, 0.07, 0.24)),
    (_strangers(6), (0.86, 0.91, 0.04, 0.05, 0.06)),
    (_strangers(7), (0.86, 0.91, 0.05, 0.03, 0.11)),
    (_strangers(8), (0.84, 0.88, 0.07, 0.05, 0.09)),
    (_strangers(9), (0.84, 0.92, 0.03, 0.04, 0.14)),
    (_strangers(10), (0.81, 0.90, 0.05, 0.06, 0.15)),
    (_strangers(11), (0.89, 0.92, 0.04, 0.03, 0.16)),
    (_strangers(12), (0.89, 0.92, 0.03, 0.06, 0.13)),
    (_strangers(13), (0.89, 0.92, 0.03, 0.03, 0.12)),
    (_strangers(14), (0.91, 0.94, 0.02, 0.04, 0.09)),
    (_strangers(15), (0.90, 0.94, 0.02, 0.04, 0.12)),
    (_strangers(16), (0.91, 0.94, 0.03, 0.02, 0.13)),
    (_strangers(17), (0.90, 0.94, 0.03, 0.02, 0.07)),
    (_strangers(18), (0.95, 0.97, 0.01, 0.02, 0.06)),
    (_strangers(19), (0.93, 0.95, 0.02, 0.03, 0.08)),
    (_strangers(20), (0.95, 0.97, 0.02, 0.05, 0.07)),
    (_strangers(21), (0.94, 0.97, 0.02, 0.01, 0.06)),
    (_strangers(22), (0.94, 0.97, 0.01, 0.02, 0.03)),
    (_strangers(23), (0.94, 0.98, 0.01, 0.02, 0.1)),
    (_strangers(24), (0.93, 0.95, 0.02, 0.02, 0.08)),
    (_strangers(25), (0.95, 0.97, 0.02, 0.01, 0.07)),
    (_strangers(26), (0.94, 0.97, 0.01, 0.01, 0.04)),
    (_strangers(27), (0.95, 0.97, 0.02, 0.01, 0.02)),
    (_strangers(28), (0.95, 0.97, 0.01, 0.01, 0.03)),
    (_strangers(29), (0.94, 0.96, 0.02, 0.01, 0.07)),
    (_strangers(30), (0.93, 0.95, 0.02, 0.01, 0.05)),
    (_strangers(31), (0.94, 0.97, 0.02, 0.01, 0.04)),
    (_strangers(32), (0.92, 0.95, 0.02, 0.01, 0.03)),
    (_strangers(33), (0.90, 0.95, 0.02, 0.01, 0.05)),
    (_strangers(34), (0.95, 0.97, 0.02, 0.01, 0.07)),
    (_strangers(35), (0.94, 0.97, 0.02, 0.01, 0.03)),
    (_strangers(36), (0.93, 0.96, 0.02, 0.01, 0.07)),
    (_strangers(37), (0.90, 0.94, 0.01, 0.04, 0.09)),
    (_strangers(38), (0.92, 0.97, 0.02, 0.01, 0.05)),
    (_strangers(39), (0.95, 0.98, 0.01, 0.02, 0.08)),
    (_strangers(40), (0.91, 0.94, 0.03, 0.01, 0.07)),
    (_strangers(41), (0.90, 0.93, 0.03, 0.01, 0.05)),
    (_strangers(42), (0.95, 0.97, 0.01, 0.01, 0.04)),
    (_strangers(43), (0.95, 0.97, 0.01, 0.01, 0.08)),
])
def test_strangers_questions_stay_above_their_floors(
        shipped_responder: Responder, path: Path,
        floors: tuple[float, float, float, float, float]) -> None:
    """Floors a little under today's figures on the strangers' tuning sets (briefbot eval)."""
    right, one_tap, wrong, out_of_scope, not_stated = floors
    scores = evaluate(shipped_responder,
                      load_questions(path, shipped_responder.kb), sweep=False).scores
    assert scores.in_scope_accuracy >= right
    assert scores.in_scope_accuracy + scores.one_tap >= one_tap
    assert scores.in_scope_wrong <= wrong
    assert scores.out_of_scope_answered <= out_of_scope
    assert scores.not_stated_answered <= not_stated
    assert scores.harmful_answered == 0
