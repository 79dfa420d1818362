"""Review: how long ``briefbot review`` takes to group a large log of unanswered questions.

    python -m benchmarks.review [--quick] [--out benchmarks/results]

The log is a flood of distinct long questions (15 to 30 words drawn at random from the shipped
examples' vocabulary: every word common, so every question shares words with many others, the
hardest case for grouping) with paraphrase groups planted in it (one long question asked five
ways: as is, a word dropped (not a question word), words shuffled, wrapped in filler, a word
misspelt). For each size: wall-clock and CPU seconds, the work per question (posting entries
looked at, pairs compared) and how many planted groups came out whole. The work per question levels off at
``MAX_COMPARED``, so time grows in proportion to the log; the grouping it replaced compared every
question with every other (1,000 such questions took 70 s, 2,000 took 282 s).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import default_path
from bot.core.matcher import ANSWER_TYPE_WORDS
from bot.core.normalise import Normaliser
from bot.knowledge.intents import KnowledgeBase, load_knowledge
from bot.tools.review import MAX_COMPARED, cluster

SIZES = (1_000, 2_000, 5_000, 10_000, 20_000)
QUICK_SIZES = (1_000, 5_000)
#: Questions in each planted group.
GROUP_SIZE = 5


@dataclass(frozen=True)
class Log:
    """Distinct questions, and the planted groups among them (each a list of its questions)."""

    texts: list[str]
    planted: list[list[str]]


def _paraphrases(words: list[str], rng: random.Random, normaliser: Normaliser) -> list[str]:
    """One question asked ``GROUP_SIZE`` ways, as people re-ask what the bot did not answer."""

    def kind(text: str) -> frozenset[str]:
        return frozenset(normaliser.content_tokens(text)) & ANSWER_TYPE_WORDS

    asked = kind(" ".join(words))
    positions = list(range(len(words)))
    rng.shuffle(positions)
    dropped = words[:]
    for position in positions:  # not a word that asks "who" or "how often": that is another question
        candidate = words[:position] + words[position + 1:]
        if kind(" ".join(candidate)) == asked:
            dropped = candidate
            break
    shuffled = words[:]
    rng.shuffle(shuffled)
    typo = words[:]
    longest = max(range(len(typo)), key=lambda n: len(typo[n]))
    typo[longest] = typo[longest][:-1] + "x" + typo[longest][-1]
    return [" ".join(words), " ".join(dropped), " ".join(shuffled).capitalize() + "?",
            "please tell me " + " ".join(words) + " thanks", " ".join(typo)]


def unanswered_log(kb: KnowledgeBase, size: int, *, planted: int = 0, seed: int = 1) -> Log:
    """``size`` distinct long questions from ``kb``'s example words, ``planted`` groups among them."""
    rng = random.Random(seed)
    normaliser = Normaliser(kb.synonyms)
    vocabulary = sorted({word for intent in kb.intents.values() for example in intent.examples
                         for word in example.lower().split() if word.isalpha()})
    texts: dict[str, None] = {}
    groups: list[list[str]] = []
    for _ in range(planted):
        group = _paraphrases(rng.choices(vocabulary, k=rng.randint(15, 25)), rng, normaliser)
        if not any(text in texts for text in group):
            texts.update(dict.fromkeys(group))
            groups.append(group)
    while len(texts) < size:
        texts[" ".join(rng.choices(vocabulary, k=rng.randint(15, 30)))] = None
    ordered = list(texts)
    rng.shuffle(ordered)
    return Log(ordered, groups)


def measure(kb: KnowledgeBase, size: int) -> dict[str, Any]:
    """Group one log of ``size`` questions (a planted group per 50); time and work done."""
    log = unanswered_log(kb, size, planted=size // 50)
    normaliser = Normaliser(kb.synonyms)
    wall, cpu = time.perf_counter(), time.process_time()
    result = cluster(log.texts, normaliser)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    label = dict(zip(log.texts, result.labels, strict=True))
    sizes: dict[int, int] = {}
    for value in result.labels:
        sizes[value] = sizes.get(value, 0) + 1
    whole = sum(len({label[t] for t in group}) == 1 and sizes[label[group[0]]] == len(group)
                for group in log.planted)
    return {"questions": size, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
            "looked_at_per_question": round(result.looked_at / size, 1),
            "compared_per_question": round(result.compared / size, 1),
            "groups": len(sizes), "planted": len(log.planted), "planted_found_whole": whole}


def markdown(rows: list[dict[str, Any]]) -> str:
    """The measurements as a Markdown table."""
    lines = [f"Grouping a log of distinct long questions (work per question bounded by "
             f"MAX_COMPARED = {MAX_COMPARED}; CPU seconds are the grouping's own, wall-clock "
             f"also shows what else the machine was running):", "",
             "| questions | wall s | CPU s | looked at / question | compared / question "
             "| groups | planted groups found whole |", "| --- | --- | --- | --- | --- | --- | --- |"]
    lines += [f"| {r['questions']:,} | {r['wall_s']} | {r['cpu_s']} | "
              f"{r['looked_at_per_question']} | {r['compared_per_question']} | {r['groups']:,} | "
              f"{r['planted_found_whole']} of {r['planted']} |" for r in rows]
    return "\n".join(lines)


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="two small sizes only")
    parser.add_argument("--out", default="benchmarks/results")
    args = parser.parse_args()
    kb = load_knowledge(default_path("intents.yaml"), default_path("corpus"))
    rows = []
    for size in QUICK_SIZES if args.quick else SIZES:
        rows.append(measure(kb, size))
        print(json.dumps(rows[-1]), flush=True)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "review.json").write_text(json.dumps(rows, indent=2) + "\n")
    (out / "review.md").write_text(markdown(rows) + "\n")
    print(markdown(rows))


if __name__ == "__main__":
    main()
