"""A learned second opinion for the harm boundary: a logistic model over a message's words and
word pairs, trained on the project's harm tuning sets (``briefbot harm-model``).

The rules (``guard``) read a request's grammar and miss what their authors never wrote down;
the model reads its words, as thousands of requests and fair look-alikes by other writers have
used them ("passes as industrial solvent at the border", "so nobody escapes"). A message is
refused when either says so; the threshold is set high, so the model only adds requests it is
sure of. The weights ship with the package (``model.json``); loading fails loudly when they
are missing or broken, so a bot never serves without them.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TypeGuard

from bot.core.normalise import fold, stem
from bot.errors import BriefbotError

#: Where the shipped weights are.
MODEL_PATH = Path(__file__).with_name("model.json")
#: The file format this code reads.
MODEL_VERSION = 1


class HarmModelError(BriefbotError):
    """The model file is missing or not one this code can read."""


def features(text: str) -> list[str]:
    """The stems of a message's words and its pairs of neighbouring stems, sorted and unique
    (sorted, so that training sums them in one order whatever the process)."""
    stems = [stem(word) for word in fold(text).split()]
    pairs = (f"{first}_{second}" for first, second in pairwise(stems))
    return sorted({*stems, *pairs})


@dataclass(frozen=True)
class HarmModel:
    """Weights by feature, a bias, and the probability at or above which a message is harmful."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, text: str) -> float:
        """How likely the model thinks it is that ``text`` asks for help with a crime."""
        weights = self.weights
        score = self.bias + sum(weights.get(feature, 0.0) for feature in features(text))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def is_harmful(self, text: str) -> bool:
        """Whether the model is sure enough that ``text`` asks for help with a crime."""
        return self.probability(text) >= self.threshold


@cache
def shipped_model() -> HarmModel:
    """The model that ships with the package, read once per process."""
    return load_model(MODEL_PATH)


def load_model(path: Path = MODEL_PATH) -> HarmModel:
    """The model stored at ``path``; raises HarmModelError saying what is wrong with it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise HarmModelError(f"{path}: cannot read the harm model ({error}); rebuild it with "
                             "`briefbot harm-model`") from error
    if not isinstance(data, dict) or data.get("version") != MODEL_VERSION:
        raise HarmModelError(f"{path}: not a version {MODEL_VERSION} harm model; rebuild it "
                             "with `briefbot harm-model`")
    weights, bias = data.get("weights"), data.get("bias")
    threshold = data.get("threshold")
    if not (isinstance(weights, dict) and all(
            isinstance(k, str) and _number(v) for k, v in weights.items())
            and _number(bias) and _number(threshold) and 0.5 <= threshold < 1.0):
        raise HarmModelError(f"{path}: the harm model's weights, bias or thresholds are "
                             "malformed; rebuild it with `briefbot harm-model`")
    return HarmModel({k: float(v) for k, v in weights.items()}, float(bias), float(threshold))


def _number(value: object) -> TypeGuard[float]:
    """A finite JSON number (not a boolean)."""
    return isinstance(value, int | float) and not isinstance(value, bool) \
        and math.isfinite(value)
