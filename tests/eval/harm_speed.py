"""How the harm boundary does and what it costs: ``python tests/eval/harm_speed.py``.

Runs the shipped guard over every question of questions.yaml and heldout.yaml and over the lists of
tests/test_harm.py, and prints how many of each kind are refused and the guard's cost per question
(the best of several timed rounds, so that a busy machine disturbs it less), next to the cost of
normalising the same questions, which the guard includes.
"""

from __future__ import annotations

import statistics
import sys
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.config import default_path  # noqa: E402
from bot.core.responder import Responder  # noqa: E402
from bot.tools.evaluate import REFUSE, load_questions  # noqa: E402
from tests.test_harm import FAIR, HARMFUL  # noqa: E402

ROUNDS = 7
EACH = 20


def per_question(function: object, question: str) -> float:
    """The best of ``ROUNDS`` timings of ``EACH`` calls, in microseconds per call."""
    timer = timeit.Timer(lambda: function(question))  # type: ignore[operator]
    return min(timer.repeat(ROUNDS, EACH)) / EACH * 1e6


def main() -> None:
    responder = Responder.from_files(default_path("intents.yaml"), default_path("corpus"))
    guard = responder.guard
    sets: dict[str, tuple[list[str], bool]] = {
        "test_harm harmful": (HARMFUL, True),
        "test_harm fair": (FAIR, False),
    }
    for name in ("questions", "heldout"):
        labelled = load_questions(ROOT / "tests" / "eval" / f"{name}.yaml")
        sets[f"{name} harmful"] = ([q.text for q in labelled if q.expect == REFUSE], True)
        sets[f"{name} other"] = ([q.text for q in labelled if q.expect != REFUSE], False)
    questions: list[str] = []
    for name, (texts, harmful) in sets.items():
        refused = sum(guard.is_harmful(q) for q in texts)
        wanted = len(texts) if harmful else 0
        print(f"{name:20} {refused:4} of {len(texts):3} refused (want {wanted})")
        questions += texts
    guard_us = sorted(per_question(guard.is_harmful, q) for q in questions)
    normalise_us = sorted(per_question(responder.normaliser.normalise, q) for q in questions)
    for label, times in (("guard", guard_us), ("normalise alone", normalise_us)):
        p99 = times[min(len(times) - 1, round(0.99 * len(times)))]
        print(f"{label:16} over {len(times)} questions: mean {statistics.mean(times):5.1f} us, "
              f"p50 {statistics.median(times):5.1f} us, p99 {p99:5.1f} us, max {times[-1]:5.1f} us")


if __name__ == "__main__":
    main()
