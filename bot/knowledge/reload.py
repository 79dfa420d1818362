"""What reloading the knowledge files came to, for the renderer and the logs.

It lives beside the loader rather than in the adapter that reloads, so ``bot.render`` can show
it without importing the Telegram side.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.errors import Problem


@dataclass(frozen=True)
class ReloadResult:
    """What a reload did: whether the new knowledge is serving, and what was wrong if not."""

    ok: bool
    problems: tuple[Problem, ...] = ()
    summary: str = ""
