"""Settings from the environment, read and validated once.

The bot token is read from ``TELEGRAM_BOT_TOKEN`` only; it is kept out of ``repr`` and never logged.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.thresholds import Thresholds
from bot.core.timezones import valid_timezone
from bot.errors import BriefbotError
from bot.storage.base import UPDATE_LEASE_SECONDS

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_DB = "briefbot.sqlite3"
DEFAULT_TIMEZONE = "UTC"
DEFAULT_WEBHOOK_LISTEN = "0.0.0.0"  # noqa: S104 - a webhook server behind a reverse proxy
DEFAULT_WEBHOOK_PORT = 8443
#: Largest webhook request body read, in bytes; Telegram's updates are a few KB.
DEFAULT_WEBHOOK_MAX_BODY = 256 * 1024
#: Seconds a client has to send a request's headers, and then its body.
DEFAULT_WEBHOOK_HEADER_TIMEOUT = 5.0
DEFAULT_WEBHOOK_BODY_TIMEOUT = 10.0
DEFAULT_USER_LIMIT = 20
DEFAULT_USER_WINDOW = 60.0
DEFAULT_RETENTION_DAYS = 90
#: Unanswered questions the database keeps (the oldest go first): a full log still reviews in
#: seconds (``python -m benchmarks.review``), and 90 days of a busy bot's real misses fit.
DEFAULT_MAX_UNANSWERED = 20_000
#: Unanswered questions one sender may add to the log an hour and a day: a person exploring
#: the bot misses a handful an hour; past that, one person's (or one script's) phrasing would
#: crowd everyone else's out of the review. Every reply is still counted.
DEFAULT_RECORDS_PER_USER_HOUR = 10
DEFAULT_RECORDS_PER_USER_DAY = 30
#: Update ids remembered so that one Telegram delivers again is answered once: more than five
#: minutes of updates at Telegram's highest sending rate (30 a second).
DEFAULT_SEEN_UPDATES = 10_000
#: Seconds a replica's claim on an update it handles holds.
DEFAULT_UPDATE_LEASE = UPDATE_LEASE_SECONDS
#: Chats whose state (last reply for /why, pending "did you mean" buttons, a refusal already
#: sent) is remembered, and for how long after their last use: as many chats as follow-up
#: conversations are kept, and a day covers a "None of these" pressed the next morning.
DEFAULT_CHAT_STATES = 10_000
DEFAULT_CHAT_STATE_HOURS = 24.0
#: BRIEFBOT_DB values that select PostgreSQL rather than an SQLite file.
_POSTGRES_SCHEMES = ("postgresql://", "postgres://")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_PROJECT_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(BriefbotError):
    """A setting in the environment is wrong; the message names it and the fix."""


def default_path(name: str) -> Path:
    """``name`` in the working directory if it is there, else beside the ``bot`` package."""
    here = Path.cwd() / name
    return here if here.exists() else _PROJECT_ROOT / name


@dataclass(frozen=True)
class Settings:
    """Everything briefbot reads from the environment."""

    intents_path: Path
    corpus_dir: Path
    thresholds: Thresholds = field(default_factory=Thresholds)
    token: str | None = field(default=None, repr=False)
    api_base_url: str = DEFAULT_API_BASE_URL
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_listen: str = DEFAULT_WEBHOOK_LISTEN
    webhook_port: int = DEFAULT_WEBHOOK_PORT
    webhook_max_body: int = DEFAULT_WEBHOOK_MAX_BODY
    webhook_header_timeout: float = DEFAULT_WEBHOOK_HEADER_TIMEOUT
    webhook_body_timeout: float = DEFAULT_WEBHOOK_BODY_TIMEOUT
    #: Open webhook connections at most; None: derived from the descriptor limit at start.
    webhook_max_connections: int | None = None
    admins: frozenset[int] = frozenset()
    allowed_chats: frozenset[int] | None = None
    allowed_users: frozenset[int] | None = None
    user_limit: int = DEFAULT_USER_LIMIT
    user_window: float = DEFAULT_USER_WINDOW
    db_path: Path = field(default_factory=lambda: Path.cwd() / DEFAULT_DB)
    #: A PostgreSQL URL from BRIEFBOT_DB (then ``db_path`` is unused); kept out of ``repr``,
    #: as it may hold a password.
    db_url: str | None = field(default=None, repr=False)
    timezone: str = DEFAULT_TIMEZONE
    log_chats: bool = False
    retention_days: int = DEFAULT_RETENTION_DAYS
    max_unanswered: int = DEFAULT_MAX_UNANSWERED
    records_per_user_hour: int = DEFAULT_RECORDS_PER_USER_HOUR
    records_per_user_day: int = DEFAULT_RECORDS_PER_USER_DAY
    seen_updates: int = DEFAULT_SEEN_UPDATES
    update_lease: float = DEFAULT_UPDATE_LEASE
    chat_states: int = DEFAULT_CHAT_STATES
    chat_state_hours: float = DEFAULT_CHAT_STATE_HOURS
    telegram_limits: bool = True

    @property
    def database(self) -> str:
        """Where the bot's data is kept: the PostgreSQL URL, else the SQLite file."""
        return self.db_url or str(self.db_path)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read and validate the settings; raise ConfigError naming the bad variable."""
        env = os.environ if env is None else env
        defaults = Thresholds()
        thresholds = Thresholds(
            answer_threshold=_score(env, "BRIEFBOT_ANSWER_THRESHOLD", defaults.answer_threshold),
            clarify_threshold=_score(env, "BRIEFBOT_CLARIFY_THRESHOLD", defaults.clarify_threshold),
            ambiguity_margin=_score(env, "BRIEFBOT_AMBIGUITY_MARGIN", defaults.ambiguity_margin),
            gap_weight=_number(env, "BRIEFBOT_GAP_WEIGHT", defaults.gap_weight, 0, 2),
            gap_cap=defaults.gap_cap,
            clarify_window=defaults.clarify_window,
            max_suggestions=defaults.max_suggestions,
        )
        if thresholds.clarify_threshold > thresholds.answer_threshold:
            raise ConfigError("BRIEFBOT_CLARIFY_THRESHOLD must not be above "
                              "BRIEFBOT_ANSWER_THRESHOLD.")
        token = env.get("TELEGRAM_BOT_TOKEN", "").strip() or None
        if token is not None and (":" not in token or any(c.isspace() for c in token)):
            raise ConfigError("TELEGRAM_BOT_TOKEN does not look like a bot token "
                              "(expected digits, a colon, then letters; copy it from @BotFather).")
        webhook_url = env.get("BRIEFBOT_WEBHOOK_URL", "").strip() or None
        secret = env.get("BRIEFBOT_WEBHOOK_SECRET", "").strip() or None
        if webhook_url and not webhook_url.startswith("https://"):
            raise ConfigError("BRIEFBOT_WEBHOOK_URL must start with https:// (Telegram only "
                              "calls HTTPS webhooks).")
        if secret and not _SECRET.match(secret):
            raise ConfigError("BRIEFBOT_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, "
                              "0-9, _ and - (Telegram's rule).")
        if webhook_url and not secret:
            raise ConfigError("BRIEFBOT_WEBHOOK_SECRET is required with BRIEFBOT_WEBHOOK_URL "
                              "(1-256 characters: letters, digits, _ and -).")
        api_base_url = env.get("TELEGRAM_API_BASE_URL", "").strip() or DEFAULT_API_BASE_URL
        if not api_base_url.startswith(("http://", "https://")) or not api_base_url.endswith("/bot"):
            raise ConfigError("TELEGRAM_API_BASE_URL must be an http(s) URL ending in /bot, e.g. "
                              f"{DEFAULT_API_BASE_URL} (the token is appended to it).")
        port_text = env.get("BRIEFBOT_WEBHOOK_PORT", str(DEFAULT_WEBHOOK_PORT))
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ConfigError(f"BRIEFBOT_WEBHOOK_PORT must be a port number, not {port_text!r}.")
        timezone = env.get("BRIEFBOT_TZ", "").strip() or DEFAULT_TIMEZONE
        if not valid_timezone(timezone):
            raise ConfigError(f"BRIEFBOT_TZ {timezone!r} is not a known time zone; use a name "
                              "like UTC or Asia/Yangon.")
        user_limit = _number(env, "BRIEFBOT_USER_LIMIT", DEFAULT_USER_LIMIT, 0, 10_000)
        user_window = _number(env, "BRIEFBOT_USER_WINDOW", DEFAULT_USER_WINDOW, 1, 86_400)
        per_hour = _whole(env, "BRIEFBOT_RECORDS_PER_USER_HOUR", DEFAULT_RECORDS_PER_USER_HOUR,
                          0, 10_000)
        per_day = _whole(env, "BRIEFBOT_RECORDS_PER_USER_DAY", DEFAULT_RECORDS_PER_USER_DAY,
                         0, 100_000)
        if per_day < per_hour:
            raise ConfigError("BRIEFBOT_RECORDS_PER_USER_DAY must not be below "
                              "BRIEFBOT_RECORDS_PER_USER_HOUR.")
        db = env.get("BRIEFBOT_DB", "").strip()
        db_url = db if db.lower().startswith(_POSTGRES_SCHEMES) else None
        # Unset (0): derived from the descriptor limit when the server starts.
        max_connections = _whole(env, "BRIEFBOT_WEBHOOK_MAX_CONNECTIONS", 0, 1, 1_000_000) or None
        return cls(
            admins=_ids(env, "BRIEFBOT_ADMINS") or frozenset(),
            allowed_chats=_ids(env, "BRIEFBOT_ALLOWED_CHATS"),
            allowed_users=_ids(env, "BRIEFBOT_ALLOWED_USERS"),
            user_limit=int(user_limit),
            user_window=user_window,
            db_path=Path(Path.cwd() / DEFAULT_DB if db_url or not db else db),
            db_url=db_url,
            timezone=timezone,
            log_chats=_flag(env, "BRIEFBOT_LOG_CHATS", default=False),
            retention_days=int(_number(env, "BRIEFBOT_RETENTION_DAYS", DEFAULT_RETENTION_DAYS, 1, 36_500)),
            max_unanswered=_whole(env, "BRIEFBOT_MAX_UNANSWERED", DEFAULT_MAX_UNANSWERED,
                                  100, 10_000_000),
            records_per_user_hour=per_hour,
            records_per_user_day=per_day,
            seen_updates=_whole(env, "BRIEFBOT_SEEN_UPDATES", DEFAULT_SEEN_UPDATES,
                                100, 10_000_000),
            update_lease=_number(env, "BRIEFBOT_UPDATE_LEASE", DEFAULT_UPDATE_LEASE, 1, 3_600),
            chat_states=_whole(env, "BRIEFBOT_CHAT_STATES", DEFAULT_CHAT_STATES, 100, 10_000_000),
            chat_state_hours=_number(env, "BRIEFBOT_CHAT_STATE_HOURS", DEFAULT_CHAT_STATE_HOURS,
                                     0.1, 24 * 365),
            telegram_limits=_flag(env, "BRIEFBOT_TELEGRAM_LIMITS", default=True),
            intents_path=Path(env.get("BRIEFBOT_INTENTS") or default_path("intents.yaml")),
            corpus_dir=Path(env.get("BRIEFBOT_CORPUS") or default_path("corpus")),
            thresholds=thresholds,
            token=token,
            api_base_url=api_base_url,
            webhook_url=webhook_url,
            webhook_secret=secret,
            webhook_listen=env.get("BRIEFBOT_WEBHOOK_LISTEN", DEFAULT_WEBHOOK_LISTEN),
            webhook_port=int(port_text),
            webhook_max_body=_whole(env, "BRIEFBOT_WEBHOOK_MAX_BODY", DEFAULT_WEBHOOK_MAX_BODY,
                                    1024, 64 * 1024 * 1024),
            webhook_header_timeout=_number(env, "BRIEFBOT_WEBHOOK_HEADER_TIMEOUT",
                                           DEFAULT_WEBHOOK_HEADER_TIMEOUT, 0.1, 300),
            webhook_body_timeout=_number(env, "BRIEFBOT_WEBHOOK_BODY_TIMEOUT",
                                         DEFAULT_WEBHOOK_BODY_TIMEOUT, 0.1, 300),
            webhook_max_connections=max_connections,
        )


def _flag(env: Mapping[str, str], name: str, *, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw not in ("0", "1", "false", "true", "no", "yes"):
        raise ConfigError(f"{name} must be 0 or 1, not {raw!r}.")
    return raw in ("1", "true", "yes")


def _ids(env: Mapping[str, str], name: str) -> frozenset[int] | None:
    """A comma-separated list of Telegram ids, or None when the variable is unset or empty."""
    raw = env.get(name, "").strip()
    if not raw:
        return None
    ids: set[int] = set()
    for part in (piece.strip() for piece in raw.replace(";", ",").split(",")):
        try:
            ids.add(int(part))
        except ValueError:
            raise ConfigError(f"{name} must be comma-separated numeric Telegram ids (users are "
                              f"positive, groups negative), not {part!r}.") from None
    return frozenset(ids)


def _whole(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high``, or ``default`` when the variable is unset or empty."""
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit():
        raise ConfigError(f"{name} must be a whole number from {low} to {high}, not {raw!r}.")
    value = int(raw)
    if not low <= value <= high:
        raise ConfigError(f"{name} must be from {low} to {high}, not {raw}.")
    return value


def _score(env: Mapping[str, str], name: str, default: float) -> float:
    return _number(env, name, default, 0, 100)


def _number(env: Mapping[str, str], name: str, default: float, low: float, high: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number from {low:g} to {high:g}, not {raw!r}.") from None
    if not low <= value <= high:
        raise ConfigError(f"{name} must be from {low:g} to {high:g}, not {raw}.")
    return value
