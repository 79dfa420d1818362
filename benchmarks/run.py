"""All the benchmarks in one run: quality and speed against baselines, scale, end to end.

    pip install -e '.[bench]'           # the baselines (optional; missing ones are skipped)
    python -m benchmarks.run            # the full run (several minutes)
    python -m benchmarks.run --quick    # under a minute

Writes ``results.md`` (Markdown tables) and ``results.json`` to ``--out``
(default ``benchmarks/results``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from benchmarks import compare, scale
from benchmarks.load import run_load
from bot.config import default_path
from bot.core.responder import Responder


def end_to_end(quick: bool) -> dict[str, Any]:
    """Chats asking through ``briefbot run`` and the emulator (see ``benchmarks.load``)."""
    responder = Responder.from_files(default_path("intents.yaml"), default_path("corpus"))
    chats, per_chat = (10, 20) if quick else (20, 50)
    result = asyncio.run(run_load(responder, chats, per_chat, in_process=quick))
    return {k: v for k, v in asdict(result).items() if k != "latencies_ms"}


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a shorter run, under a minute")
    parser.add_argument("--out", default="benchmarks/results")
    args = parser.parse_args()
    quality = compare.run(args.quick)
    sizes = scale.SIZES[:2] if args.quick else scale.SIZES
    curve = [scale.measure(size, 50 if args.quick else 500, 3 if args.quick else 20)
             for size in sizes]
    e2e = end_to_end(args.quick)
    results = {"quick": args.quick, "compare": quality, "scale": curve, "end_to_end": e2e}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    e2e_table = "\n".join(["| chats x questions | replies/s | p50 ms | p99 ms | lost | doubled |",
                           "| --- | --- | --- | --- | --- | --- |",
                           f"| {e2e['chats']} x {e2e['questions'] // e2e['chats']} | "
                           f"{e2e['replies_per_second']} | {e2e['p50_ms']} | {e2e['p99_ms']} | "
                           f"{e2e['lost']} | {e2e['duplicated']} |"])
    text = "\n\n".join([
        f"# Benchmark results{' (quick run)' if args.quick else ''}",
        compare.markdown(quality), "### Scale (generated knowledge bases)", scale.markdown(curve),
        "### End to end (the bot as `briefbot run`, through the local Bot API emulator)",
        e2e_table])
    (out / "results.md").write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
