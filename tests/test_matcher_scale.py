"""The best-first search of large knowledge bases gives what an exhaustive scan gives.

A generated knowledge base of a few thousand examples (real words recombined, see
``benchmarks.generator``) is searched with pruning forced on; every question is also scored
exhaustively, every example with the same formula. No timing is asserted here: the benchmark
(``python -m benchmarks.run``) measures the speed.
"""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks.generator import GeneratedKB, generate
from bot.core import matcher as matcher_module
from bot.core.matcher import ALL_EXACT_WITHIN, EXACT_PLACES, EXACT_WITHIN, Matcher, MatchResult
from bot.core.normalise import Normaliser
from bot.core.responder import Responder
from bot.knowledge.intents import KnowledgeBase


@pytest.fixture(scope="module")
def generated(shipped_kb: KnowledgeBase) -> GeneratedKB:
    return generate(shipped_kb, 3000, seed=21, n_questions=150)


@pytest.fixture(scope="module")
def pruned(shipped_kb: KnowledgeBase, generated: GeneratedKB) -> Matcher:
    """A matcher that searches best-first whatever the size of the knowledge base."""
    return Matcher(generated.examples(), Normaliser(shipped_kb.synonyms),
                   {i["id"]: i["topics"] for i in generated.data["intents"]},
                   prune_min_examples=0)


def _places(result: MatchResult) -> list[tuple[str, float]]:
    return [(c.intent_id, c.score) for c in result.candidates]


def test_top_answer_and_close_rivals_are_those_of_an_exhaustive_scan(
        generated: GeneratedKB, pruned: Matcher, monkeypatch: pytest.MonkeyPatch) -> None:
    searches = 0
    run = matcher_module._BestFirst.run

    def counted(self: Any) -> None:
        nonlocal searches
        searches += 1
        run(self)

    monkeypatch.setattr(matcher_module._BestFirst, "run", counted)
    for question in generated.questions:
        fast = pruned.match(question.text)
        full = pruned.match(question.text, exhaustive=True)
        assert (fast.best is None) == (full.best is None), question.text
        if full.best is None or fast.best is None:
            continue
        assert (fast.best.intent_id, fast.best.score) == (full.best.intent_id, full.best.score), \
            question.text
        # The guarantee: the top places within EXACT_WITHIN points of the best are exact, and
        # so is every place within ALL_EXACT_WITHIN of it (the decision reads them all).
        close = [(i, s) for place, (i, s) in enumerate(_places(full))
                 if (place < EXACT_PLACES and s >= full.best.score - EXACT_WITHIN)
                 or s >= full.best.score - ALL_EXACT_WITHIN]
        assert _places(fast)[:len(close)] == close, question.text
    assert searches >= len(generated.questions) // 4  # the best-first path really ran


def test_replies_are_those_of_an_exhaustive_scan(
        shipped_kb: KnowledgeBase, generated: GeneratedKB, pruned: Matcher) -> None:
    responder = Responder(generated.knowledge_base(shipped_kb))
    for question in generated.questions:
        fast = responder.decide(question.text, pruned.match(question.text))
        full = responder.decide(question.text, pruned.match(question.text, exhaustive=True))
        assert (fast.decision, fast.intent, fast.suggestions) == \
               (full.decision, full.intent, full.suggestions), question.text


def test_small_knowledge_bases_never_take_the_best_first_path(
        shipped_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(self: Any) -> None:
        raise AssertionError("the shipped knowledge base must be scored as before")

    monkeypatch.setattr(matcher_module._BestFirst, "run", forbidden)
    responder = Responder(shipped_kb)
    for intent in shipped_kb.intents.values():
        responder.matcher.match(" ".join(intent.examples))  # long questions, long postings
