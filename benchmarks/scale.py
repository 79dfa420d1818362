"""Scale: latency of our matcher on knowledge bases of 1k, 10k and 100k examples.

    python -m benchmarks.scale [--quick] [--out benchmarks/results]

Knowledge bases come from ``benchmarks.generator`` (real words and phrasings recombined). For
each size: start-up (build the matcher), latency p50/p99 over the generated questions, agreement
of the top answer with an exhaustive scan (every example scored with the same formula), and the
latency of naive ``process.extractOne(question, examples, scorer=fuzz.WRatio)`` on a sample.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process, utils

from benchmarks.generator import generate
from bot.config import default_path
from bot.core.matcher import Matcher
from bot.core.normalise import Normaliser
from bot.knowledge.intents import load_knowledge

SIZES = (1_000, 10_000, 100_000)


def _percentiles(timings: list[float]) -> tuple[float, float]:
    ordered = sorted(timings)
    return statistics.median(ordered), ordered[int(0.99 * (len(ordered) - 1))]


def measure(size: int, questions: int, naive_sample: int) -> dict[str, Any]:
    """One size: start-up, latency, agreement with an exhaustive scan, naive latency."""
    source = load_knowledge(default_path("intents.yaml"), default_path("corpus"))
    generated = generate(source, size, seed=size, n_questions=questions)
    examples = generated.examples()
    topics = {i["id"]: i["topics"] for i in generated.data["intents"]}
    started = time.perf_counter()
    matcher = Matcher(examples, Normaliser(source.synonyms), topics)
    startup = time.perf_counter() - started
    texts = [q.text for q in generated.questions]
    for text in texts[:20]:
        matcher.match(text)
    timings, agree = [], 0
    for text in texts:
        begun = time.perf_counter()
        fast = matcher.match(text)
        timings.append((time.perf_counter() - begun) * 1000)
        full = matcher.match(text, exhaustive=True)
        top = fast.best.intent_id if fast.best else None
        agree += top == (full.best.intent_id if full.best else None)
    naive = [utils.default_process(e) for _, e in examples]
    naive_timings = []
    for text in texts[:naive_sample]:
        begun = time.perf_counter()
        process.extractOne(utils.default_process(text), naive, scorer=fuzz.WRatio, processor=None)
        naive_timings.append((time.perf_counter() - begun) * 1000)
    p50, p99 = _percentiles(timings)
    naive_p50, naive_p99 = _percentiles(naive_timings)
    return {"examples": len(examples), "intents": generated.n_intents, "questions": len(texts),
            "startup_s": round(startup, 2), "p50_ms": round(p50, 3), "p99_ms": round(p99, 3),
            "same_top_as_exhaustive": round(agree / len(texts), 4),
            "naive_wratio_p50_ms": round(naive_p50, 1), "naive_wratio_p99_ms": round(naive_p99, 1)}


def markdown(rows: list[dict[str, Any]]) -> str:
    """The curve as a Markdown table."""
    lines = ["| examples | start-up s | p50 ms | p99 ms | same top answer as exhaustive "
             "| naive WRatio p50 ms |", "| --- | --- | --- | --- | --- | --- |"]
    lines += [f"| {r['examples']:,} | {r['startup_s']} | {r['p50_ms']} | {r['p99_ms']} | "
              f"{r['same_top_as_exhaustive']:.1%} | {r['naive_wratio_p50_ms']} |" for r in rows]
    return "\n".join(lines)


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer questions")
    parser.add_argument("--out", default="benchmarks/results")
    args = parser.parse_args()
    questions, sample = (100, 5) if args.quick else (500, 20)
    rows = []
    for size in SIZES:
        rows.append(measure(size, questions, sample))
        print(json.dumps(rows[-1]), flush=True)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "scale.json").write_text(json.dumps(rows, indent=2) + "\n")
    (out / "scale.md").write_text(markdown(rows) + "\n")
    print(markdown(rows))


if __name__ == "__main__":
    main()
