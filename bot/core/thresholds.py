"""The decision settings, apart from the matcher so that reading settings loads no matching code."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Thresholds:
    """The matcher's named decision settings (scores are 0-100)."""

    answer_threshold: float = 65.0
    clarify_threshold: float = 35.0
    ambiguity_margin: float = 0.0
    gap_weight: float = 0.5
    gap_cap: float = 20.0
    clarify_window: float = 12.0
    max_suggestions: int = 3
    min_information: float = 0.8

    def confidence(self, best: float, runner_up: float) -> float:
        """How sure an answer is: the best score plus a capped share of its lead."""
        return best + self.gap_weight * min(best - runner_up, self.gap_cap)
