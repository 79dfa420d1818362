"""``briefbot review``: what the bot could not answer, grouped, for the curators.

Questions from the database are grouped by the words they share, read as the bot reads them
(its normaliser: synonyms, filler words dropped, stems) and weighted as its matcher weighs them
(a word used by few questions counts more than a common one). Two questions whose shared weight
reaches ``GROUP_SCORE`` percent of their weight (twice the shared weight over both weights) and
that ask for the same kind of answer (the same "who", "when", "where"...) join one group; groups
are chained, most frequent first, each with its count, a few examples, and the intent it nearly
matched. ``--format yaml`` prints example lines ready to paste under that intent in
intents.yaml. Nothing is written anywhere.

The grouping stays near-linear in the number of questions, so a log of tens of thousands of rows
reviews in seconds. Questions are taken lightest first (by their words' weight), and each is
compared only with earlier ones that share one of its rarest words: two questions that group
always share a word among the rarest of each (a *prefix*, found from ``GROUP_SCORE``), so none is
missed that way; a pair whose first shared word comes too late to share enough is not compared.
A question is compared with at most ``MAX_COMPARED`` others, those closest to it in weight first:
that bounds the work on a flood of long questions made of the same common words, which share
too little to group anyway.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import yaml

from bot.core.matcher import ANSWER_TYPE_WORDS
from bot.core.normalise import Normaliser, content_tokens_of
from bot.render import terminal_safe
from bot.storage.sqlite import Outcome, Unanswered

#: Two questions whose shared words weigh this share (percent) of their words ask the same thing.
GROUP_SCORE = 70.0
#: Other questions one question is compared with at most (found through its rarest words, the
#: closest in weight first): it bounds the work per question, so grouping stays near-linear.
MAX_COMPARED = 150
#: Examples shown per group.
SHOWN_EXAMPLES = 3
#: Marks the whole text of a question without content words ("what is this?"), which then
#: groups only with the same text.
_WHOLE = "\x00"
#: Slack against floating-point rounding in the weight comparisons.
_SLACK = 1e-9


@dataclass(frozen=True)
class Group:
    """Questions that ask the same thing, and the intent they came closest to."""

    count: int
    examples: tuple[str, ...]
    near_intent: str | None
    near_score: float
    decisions: tuple[tuple[Outcome, int], ...]


@dataclass(frozen=True)
class Clustering:
    """Which group each text fell in (its label), and the work that took."""

    labels: tuple[int, ...]
    #: Posting entries looked at: questions considered as partners, whether or not compared.
    looked_at: int
    #: Pairs whose shared weight was worked out.
    compared: int


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


def _words(text: str, normaliser: Normaliser) -> frozenset[str]:
    """The question's content words as the matcher reads them (or its whole text, if none)."""
    normalised = normaliser.normalise(text)
    return frozenset(content_tokens_of(normalised)) or frozenset({_WHOLE + normalised})


def cluster(texts: Sequence[str], normaliser: Normaliser) -> Clustering:
    """Label each text with its group: texts with the same words at once, similar ones by a
    prefix-filtered comparison (module docstring)."""
    signature_of: dict[frozenset[str], int] = {}
    signatures: list[frozenset[str]] = []
    text_signature = []
    for text in texts:
        words = _words(text, normaliser)
        if words not in signature_of:
            signature_of[words] = len(signatures)
            signatures.append(words)
        text_signature.append(signature_of[words])
    frequency: Counter[str] = Counter(word for words in signatures for word in words)
    total = max(len(signatures), 1)
    weight = {word: math.log(1.0 + total / count) for word, count in frequency.items()}
    share = GROUP_SCORE / 100.0
    union = _Union(len(signatures))
    # Lightest first, so every earlier question weighs at most as much as the one compared:
    # then two questions that group share at least ``share`` of the lighter one's weight and
    # ``share / (2 - share)`` of the heavier one's, and only those prefixes need indexing.
    own_weight = [sum(weight[w] for w in words) for words in signatures]
    order = sorted(range(len(signatures)), key=lambda n: (own_weight[n], n))
    probed = share / (2.0 - share)
    # (word, kind of answer asked for) -> the questions whose indexed prefix holds the word,
    # lightest first, as (question, its weight, the weight of its words from this one on).
    # Questions asking for different kinds of answer never group, so they are kept apart.
    postings: dict[tuple[str, frozenset[str]], list[tuple[int, float, float]]] = {}
    looked_at = compared = 0
    for index in order:
        words = signatures[index]
        own = own_weight[index]
        kind = words & ANSWER_TYPE_WORDS
        root = union.find(index)
        seen: set[int] = set()
        budget = MAX_COMPARED
        rest = own
        for word in sorted(words, key=lambda w: (frequency[w], w)):
            if rest < probed * own - _SLACK:
                break  # past the prefix: a partner shares one of the words before
            posting = postings.get((word, kind), [])
            if budget > 0:
                for other, theirs, theirs_from_here in reversed(posting):
                    if theirs < probed * own - _SLACK or budget == 0:
                        break  # lighter still: too light to share enough, and so are older
                    budget -= 1
                    looked_at += 1
                    if other in seen:
                        continue
                    seen.add(other)  # the first word they share: the rest can only follow it
                    enough = share * (own + theirs) - _SLACK
                    if (2.0 * (rest if rest < theirs_from_here else theirs_from_here) < enough
                            or union.find(other) == root):
                        continue  # cannot share enough from here on, or already together
                    compared += 1
                    if 2.0 * sum(map(weight.__getitem__, words & signatures[other])) >= enough:
                        union.join(index, other)
                        root = union.find(index)
            if rest >= share * own - _SLACK:
                postings.setdefault((word, kind), []).append((index, own, rest))
            rest -= weight[word]
    return Clustering(tuple(union.find(text_signature[n]) for n in range(len(texts))),
                      looked_at, compared)


def group_questions(rows: Sequence[Unanswered], normaliser: Normaliser) -> list[Group]:
    """Group similar questions; most frequent first."""
    kept = [row for row in rows if row.question.strip()]
    texts = list(dict.fromkeys(row.question.strip() for row in kept))
    if not texts:
        return []
    label_of = dict(zip(texts, cluster(texts, normaliser).labels, strict=True))
    members: dict[int, list[Unanswered]] = {}
    for row in kept:
        members.setdefault(label_of[row.question.strip()], []).append(row)
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
