"""The shipped knowledge base's plain path: the candidates of a full scan, for less work.

No timing is asserted here (``python -m benchmarks.compare`` measures the speed); the work is
counted instead: how many examples have their character similarity worked out, the costly part
of scoring an example.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rapidfuzz import fuzz

from bot.config import default_path
from bot.core import matcher as matcher_module
from bot.core.matcher import OVERLAP_SHARE, MatchResult
from bot.core.responder import Responder
from bot.tools.evaluate import load_questions

#: An example sharing no word with a question scores at most its character part; the plain
#: path never scores those, so places at or below this are not compared with a full scan.
CHARACTERS_ONLY = 100.0 * (1.0 - OVERLAP_SHARE)
WORDY = ("I run a small NGO in Cambodia and wondered whether these ASEAN ministerial meetings "
         "ever acknowledge the role of non-police actors")


#: The evaluation sets the comparison count below was first measured on (sets added later
#: would change the count, not the saving).
MEASURED_SETS = ("heldout", "independent", "independent-2", "independent-3", "questions",
                 "tuning-strangers")


def _questions(responder: Responder, names: tuple[str, ...] | None = None) -> list[str]:
    paths = sorted(Path(default_path("tests/eval")).glob("*.yaml")) if names is None else [
        Path(default_path("tests/eval")) / f"{name}.yaml" for name in names]
    return [q.text for path in paths for q in load_questions(path, responder.kb)]


def _places(result: MatchResult) -> list[tuple[str, float]]:
    return [(c.intent_id, c.score) for c in result.candidates if c.score > CHARACTERS_ONLY]


class _CountingFuzz:
    """``rapidfuzz.fuzz`` as the matcher uses it, counting the character comparisons."""

    def __init__(self) -> None:
        self.compared = 0

    def ratio(self, first: str, second: str, processor: None = None) -> float:
        self.compared += 1
        return fuzz.ratio(first, second, processor=processor)


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[_CountingFuzz]:
    counter = _CountingFuzz()
    monkeypatch.setattr(matcher_module, "fuzz", counter)
    yield counter


def _wordy(responder: Responder, names: tuple[str, ...] | None = None) -> list[str]:
    """The evaluation questions of 15 words or more: those whose intents are most often set
    aside."""
    return [q for q in _questions(responder, names) if len(q.split()) >= 15]


@pytest.mark.timeout(300)   # a full scan per wordy question of every set: grows with the sets
def test_wordy_evaluation_questions_get_the_top_candidates_of_scoring_every_example(
        shipped_responder: Responder) -> None:
    matcher = shipped_responder.matcher
    for question in _wordy(shipped_responder):
        only = shipped_responder.events.allowed(question, "", None, None)
        plain = matcher.match(question, limit=3, only=only)
        full = matcher.match(question, limit=3, only=only, exhaustive=True)
        assert _places(plain) == _places(full), question
        assert plain.best is None or full.best is None or plain.best.example == full.best.example


def test_a_wordy_question_compares_characters_with_few_of_the_examples_it_shares_words_with(
        shipped_responder: Responder, counting: _CountingFuzz) -> None:
    result = shipped_responder.match(WORDY)
    assert result.best is not None
    # About 700 examples share a word with it. Before intents that cannot place were set aside,
    # nearly all of those in the intents it could match were compared; now about 100 are, and
    # the bound is a share that holds as the knowledge base grows.
    postings = shipped_responder.matcher._postings
    sharing = {p for token in result.tokens for p in postings.get(token, ())}
    assert len(sharing) > 150
    assert counting.compared < 0.25 * len(sharing), (counting.compared, len(sharing))


def test_wordy_questions_compare_characters_with_a_small_share_of_the_examples(
        shipped_responder: Responder, counting: _CountingFuzz) -> None:
    wordy = _wordy(shipped_responder, MEASURED_SETS)
    for question in wordy:
        shipped_responder.match(question)
    # Scaled to the knowledge base, which grows: with intents that cannot place set aside,
    # these 209 questions cost 6,892 comparisons against 2,429 examples, about 1.4% of the
    # examples a question (an exhaustive scan compares every one).
    examples = len(shipped_responder.matcher._examples)
    assert counting.compared < 0.02 * examples * len(wordy), len(wordy)


def test_wordy_questions_leave_a_quarter_of_the_examples_sharing_their_words_unscored(
        shipped_responder: Responder, monkeypatch: pytest.MonkeyPatch) -> None:
    """An intent's examples are scored only as far as its best could still be among them: those
    far behind it, and all of an intent whose best cannot place, are never scored."""
    sharing, scored = 0, 0
    groups_class = matcher_module._Groups
    original_init, original_ranked = groups_class.__init__, groups_class.ranked

    def counted_init(self: Any, order: list[int], weights: list[float], info: Any,
                     groups: list[tuple[int, float]]) -> None:
        nonlocal sharing
        sharing += sum(bin(members).count("1") for members, _ in groups)
        original_init(self, order, weights, info, groups)

    def counted_ranked(self: Any) -> list[tuple[float, int]]:
        nonlocal scored
        ranked = original_ranked(self)
        scored += len(ranked)
        return ranked

    monkeypatch.setattr(groups_class, "__init__", counted_init)
    monkeypatch.setattr(groups_class, "ranked", counted_ranked)
    matcher = shipped_responder.matcher
    # (on the sets the saving was first measured on: every set's wordy questions against a full
    # scan, each one's cost growing with the sets, is the test above)
    for question in _wordy(shipped_responder, MEASURED_SETS):
        only = shipped_responder.events.allowed(question, "", None, None)
        plain = matcher.match(question, limit=5, only=only)
        full = matcher.match(question, limit=5, only=only, exhaustive=True)
        assert _places(plain)[:3] == _places(full)[:3], question
    # On every set of an earlier round, all 27,144 were scored when every intent past the
    # bounds had all its examples ranked, and 18,026 with the set-aside reading.
    assert scored < sharing * 0.75
