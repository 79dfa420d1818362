"""UTF-16 arithmetic and the entities Telegram detects in what users type.

Telegram measures entity offsets and lengths in UTF-16 code units; the patterns
below follow TDLib's ``match_bot_commands`` / ``match_mentions`` /
``match_hashtags`` closely enough for bots' purposes.
"""

from __future__ import annotations

import re

from .models import JsonDict

_BOT_COMMAND = re.compile(r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>@])")
_MENTION = re.compile(r"(?<!\w)@[A-Za-z0-9_]{2,32}(?![\w])")
_HASHTAG = re.compile(r"(?<![\w#])#\w*[^\W\d_]\w*(?![\w#])")
_URL = re.compile(r"(?<![\w@])https?://[^\s<>\"']+[^\s<>\"'.,;:!?)]")


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def utf16_slice(text: str, offset: int, length: int) -> str:
    """The part of ``text`` an entity with ``offset``/``length`` covers."""
    data = text.encode("utf-16-le", "surrogatepass")
    return data[2 * offset : 2 * (offset + length)].decode("utf-16-le", "replace")


def detect_entities(text: str) -> list[JsonDict]:
    """``bot_command``, ``mention``, ``hashtag`` and ``url`` entities in user text."""
    found: list[JsonDict] = []
    for kind, pattern in (
        ("bot_command", _BOT_COMMAND),
        ("mention", _MENTION),
        ("hashtag", _HASHTAG),
        ("url", _URL),
    ):
        for match in pattern.finditer(text):
            found.append(
                {
                    "type": kind,
                    "offset": utf16_len(text[: match.start()]),
                    "length": utf16_len(match.group()),
                }
            )
    found.sort(key=lambda e: (e["offset"], -e["length"]))
    kept: list[JsonDict] = []
    end = 0
    for entity in found:  # Telegram's automatic entities never overlap
        if entity["offset"] >= end:
            kept.append(entity)
            end = entity["offset"] + entity["length"]
    return kept
