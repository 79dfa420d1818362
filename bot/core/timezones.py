"""Time zones by name, apart from the rest so that reading settings loads nothing else."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def valid_timezone(name: str) -> bool:
    """Whether ``name`` is a time zone this machine knows (e.g. "Asia/Yangon", "UTC")."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True
