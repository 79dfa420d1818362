"""Benchmarks for briefbot: answer quality against baselines, speed, scale and end to end.

Run everything with ``python -m benchmarks.run`` (``--quick`` for a run under a minute). The
baselines need the optional extra: ``pip install -e '.[bench]'``; a baseline whose library is
missing is reported as skipped. Nothing under ``bot/`` imports this package.
"""
