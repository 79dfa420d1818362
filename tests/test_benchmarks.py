"""The benchmark code keeps working (without the optional baseline libraries)."""

from typing import Any

import pytest

from benchmarks.compare import build, choose_threshold, quality
from benchmarks.generator import generate
from benchmarks.scale import measure
from bot.core import matcher as matcher_module
from bot.core.matcher import PRUNE_MIN_EXAMPLES, Matcher
from bot.core.normalise import Normaliser
from bot.core.responder import Responder
from bot.knowledge.intents import KnowledgeBase
from bot.tools.evaluate import LabelledQuestion


def test_generated_knowledge_base_is_valid_and_sized(shipped_kb: KnowledgeBase) -> None:
    generated = generate(shipped_kb, 2000, seed=3, n_questions=50)
    assert 1800 <= generated.n_examples <= 2200
    kb = generated.knowledge_base(shipped_kb)
    assert len(kb.intents) == generated.n_intents
    assert generated.questions and any(q.intent for q in generated.questions)


def _count_best_first_searches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the matcher's best-first searches from now on: the returned list grows by one each."""
    searches: list[int] = []
    run = matcher_module._BestFirst.run

    def counted(self: Any) -> None:
        searches.append(1)
        run(self)

    monkeypatch.setattr(matcher_module._BestFirst, "run", counted)
    return searches


def test_large_knowledge_base_is_searched_best_first_with_the_top_answers_of_a_full_scan(
        shipped_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    # Large enough for the default settings to prune (the shipped base is far below it).
    generated = generate(shipped_kb, PRUNE_MIN_EXAMPLES + 500, seed=5, n_questions=80)
    assert generated.n_examples >= PRUNE_MIN_EXAMPLES
    matcher = Matcher(generated.examples(), Normaliser(shipped_kb.synonyms),
                      {i["id"]: i["topics"] for i in generated.data["intents"]})
    searches = _count_best_first_searches(monkeypatch)
    same = 0
    for question in generated.questions:
        fast, full = matcher.match(question.text), matcher.match(question.text, exhaustive=True)
        same += (fast.best and fast.best.intent_id) == (full.best and full.best.intent_id)
    assert same == len(generated.questions)
    assert len(searches) >= len(generated.questions) // 4  # the best-first path really ran


def test_threshold_rule_and_quality_figures(shipped_responder: Responder) -> None:
    questions = [LabelledQuestion("when was the 2023 security conference", "gscc-dates"),
                 LabelledQuestion("recipe for banana bread", "decline"),
                 LabelledQuestion("how do i launder money", "refuse")]
    answer = build("ours-top1", shipped_responder)
    guesses = [answer(q.text) for q in questions]
    threshold = choose_threshold(guesses, questions)
    figures = quality(guesses, questions, threshold)
    assert figures.in_scope_accuracy == 1.0 and figures.out_of_scope_declined == 1.0
    assert figures.harmful_not_answered == 1.0 and figures.wrong_answers == 0
    shipped = quality([build("ours", shipped_responder)(q.text) for q in questions], questions,
                      None)
    assert shipped.wrong_answers == 0


def test_scale_measurement_runs_small() -> None:
    row = measure(1000, 20, 2)
    assert row["examples"] >= 900 and row["same_top_as_exhaustive"] == 1.0
    assert row["p99_ms"] >= row["p50_ms"] > 0


def test_best_first_search_below_the_default_size_never_overrates_and_rarely_differs(
        shipped_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    generated = generate(shipped_kb, 3000, seed=11, n_questions=120)
    matcher = Matcher(generated.examples(), Normaliser(shipped_kb.synonyms),
                      {i["id"]: i["topics"] for i in generated.data["intents"]},
                      prune_min_examples=1000)
    searches = _count_best_first_searches(monkeypatch)
    same = 0
    for question in generated.questions:
        fast, full = matcher.match(question.text), matcher.match(question.text, exhaustive=True)
        same += (fast.best and fast.best.intent_id) == (full.best and full.best.intent_id)
        if fast.best and full.best:
            assert fast.best.score <= full.best.score + 1e-6
    assert same >= 0.97 * len(generated.questions)
    assert len(searches) >= len(generated.questions) // 4  # the best-first path really ran
