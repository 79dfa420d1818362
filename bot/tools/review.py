"""``briefbot review``: what the bot could not answer, grouped, for the curators.

Questions from the database are grouped by the bot's own matcher (each question is matched
against the others; those that reach ``GROUP_SCORE`` join one group), most frequent group first,
each with its count, a few examples, and the intent it nearly matched. ``--format yaml`` prints
example lines ready to paste under that intent in intents.yaml. Nothing is written anywhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import yaml

from bot.core.matcher import Matcher
from bot.core.normalise import Normaliser
from bot.render import terminal_safe
from bot.storage.sqlite import Outcome, Unanswered

#: Two questions whose match score reaches this are the same question asked differently.
GROUP_SCORE = 70.0
#: Examples shown per group.
SHOWN_EXAMPLES = 3


@dataclass(frozen=True)
class Group:
    """Questions that ask the same thing, and the intent they came closest to."""

    count: int
    examples: tuple[str, ...]
    near_intent: str | None
    near_score: float
    decisions: tuple[tuple[Outcome, int], ...]


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def group_questions(rows: Sequence[Unanswered], normaliser: Normaliser) -> list[Group]:
    """Group similar questions with the matcher; most frequent first."""
    texts = list(dict.fromkeys(row.question.strip() for row in rows if row.question.strip()))
    if not texts:
        return []
    index = {text: n for n, text in enumerate(texts)}
    matcher = Matcher(((str(n), text) for n, text in enumerate(texts)), normaliser)
    union = _Union(len(texts))
    for n, text in enumerate(texts):
        for candidate in matcher.match(text, limit=20).candidates:
            if candidate.score >= GROUP_SCORE:
                union.join(n, int(candidate.intent_id))
    members: dict[int, list[Unanswered]] = {}
    for row in rows:
        text = row.question.strip()
        if text:
            members.setdefault(union.find(index[text]), []).append(row)
    groups = [_summarise(group) for group in members.values()]
    return sorted(groups, key=lambda g: (-g.count, g.examples))


def _summarise(rows: list[Unanswered]) -> Group:
    counts = Counter(row.question.strip() for row in rows)
    examples = tuple(text for text, _ in counts.most_common(SHOWN_EXAMPLES))
    nearest: Counter[str] = Counter()
    best_score: dict[str, float] = {}
    for row in rows:
        if row.candidates:
            intent, score = row.candidates[0]
            nearest[intent] += 1
            best_score[intent] = max(best_score.get(intent, 0.0), score)
    near = nearest.most_common(1)[0][0] if nearest else None
    decisions = tuple(sorted(Counter(row.decision for row in rows).items()))
    return Group(len(rows), examples, near, best_score.get(near, 0.0) if near else 0.0, decisions)


def format_text(groups: Sequence[Group], days: int) -> str:
    """The review for the terminal."""
    if not groups:
        return f"No unanswered questions in the last {days} days."
    lines = [f"Unanswered questions, last {days} days: {sum(g.count for g in groups)} in "
             f"{len(groups)} groups (most frequent first)", ""]
    for number, group in enumerate(groups, 1):
        near = (f"nearly matched {group.near_intent} ({group.near_score:.0f})"
                if group.near_intent else "matched nothing")
        how = ", ".join(f"{d} {n}" for d, n in group.decisions)
        lines.append(f"{number}. x{group.count} ({how}); {near}")
        lines += [f"     - {terminal_safe(example)}" for example in group.examples]
    return "\n".join(lines)


def format_yaml(groups: Sequence[Group]) -> str:
    """Example lines to paste under each intent in intents.yaml (new topics listed apart)."""
    by_intent: dict[str, list[str]] = {}
    orphans: list[str] = []
    for group in groups:
        if group.near_intent:
            by_intent.setdefault(group.near_intent, []).extend(map(terminal_safe, group.examples))
        else:
            orphans.extend(map(terminal_safe, group.examples))
    out = ["# Paste the examples that really belong there under each intent's `examples:`,",
           "# then run `briefbot check` and `briefbot eval`. Nothing has been changed."]
    for intent, examples in by_intent.items():
        out.append(f"# intent: {intent}")
        out.append(yaml.safe_dump({intent: {"examples": examples}}, allow_unicode=True,
                                  sort_keys=False, width=100).rstrip())
    if orphans:
        out.append("# no intent came close: a new intent, an out_of_scope entry, or nothing")
        out.append(yaml.safe_dump({"out_of_scope": orphans}, allow_unicode=True,
                                  sort_keys=False, width=100).rstrip())
    return "\n".join(out)


def format_stats(counts: dict[str, dict[Outcome, int]]) -> str:
    """Answer / clarify / decline rates per day."""
    if not counts:
        return "No replies recorded yet."
    lines = [f"{'day':10}  {'replies':>7}  {'answer':>7}  {'clarify':>7}  {'decline':>7}  "
             f"{'none of these':>13}"]
    for day, by_decision in sorted(counts.items()):
        replies = (Outcome.ANSWER, Outcome.CLARIFY, Outcome.DECLINE)
        total = sum(by_decision.get(d, 0) for d in replies)

        def rate(decision: Outcome, whole: int = total,
                 row: dict[Outcome, int] = by_decision) -> str:
            return f"{row.get(decision, 0) / whole:7.0%}" if whole else f"{'-':>7}"

        lines.append(f"{day:10}  {total:7d}  {'  '.join(rate(d) for d in replies)}  "
                     f"{by_decision.get(Outcome.NONE_OF_THESE, 0):13d}")
    return "\n".join(lines)
