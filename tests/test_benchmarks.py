"""The benchmark code keeps working (without the optional baseline libraries)."""

from benchmarks.compare import build, choose_threshold, quality
from benchmarks.generator import generate
from benchmarks.scale import measure
from bot.core.matcher import Matcher
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


def test_pruned_matcher_agrees_with_an_exhaustive_scan(shipped_kb: KnowledgeBase) -> None:
    generated = generate(shipped_kb, 3000, seed=5, n_questions=80)
    matcher = Matcher(generated.examples(), Normaliser(shipped_kb.synonyms),
                      {i["id"]: i["topics"] for i in generated.data["intents"]})
    same = 0
    for question in generated.questions:
        fast, full = matcher.match(question.text), matcher.match(question.text, exhaustive=True)
        same += (fast.best and fast.best.intent_id) == (full.best and full.best.intent_id)
    assert same == len(generated.questions)


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


def test_best_first_search_agrees_with_an_exhaustive_scan(shipped_kb: KnowledgeBase) -> None:
    generated = generate(shipped_kb, 3000, seed=11, n_questions=120)
    matcher = Matcher(generated.examples(), Normaliser(shipped_kb.synonyms),
                      {i["id"]: i["topics"] for i in generated.data["intents"]},
                      prune_min_examples=1000)
    same = 0
    for question in generated.questions:
        fast, full = matcher.match(question.text), matcher.match(question.text, exhaustive=True)
        same += (fast.best and fast.best.intent_id) == (full.best and full.best.intent_id)
        if fast.best and full.best:
            assert fast.best.score <= full.best.score + 1e-6
    assert same >= 0.97 * len(generated.questions)
