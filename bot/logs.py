"""Logging set up once, with bot tokens redacted from every record.

httpx logs request URLs, and every Bot API URL contains the token: its logger is kept at WARNING,
and ``TokenRedactor`` masks anything shaped like a bot token in any message that gets through.
"""

from __future__ import annotations

import logging
import re

TOKEN_PATTERN = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{20,}")
REDACTED = "[redacted-token]"


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """``text`` with anything shaped like a bot token, and each given secret, masked."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return TOKEN_PATTERN.sub(REDACTED, text)


class TokenRedactor(logging.Filter):
    """A logging filter that masks bot tokens (and the configured secrets) in every record."""

    def __init__(self, secrets: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message, self.secrets)
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info),
                                     self.secrets)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def configure_logging(level: int = logging.INFO, secrets: tuple[str, ...] = ()) -> None:
    """Log to stderr with timestamps; quiet httpx; redact tokens on every handler."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    redactor = TokenRedactor(secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redactor)
