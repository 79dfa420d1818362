"""``briefbot db migrate --to URL``: move the bot's SQLite data into PostgreSQL (``bot.storage.transfer``);
and ``briefbot review`` when the data is in PostgreSQL."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from bot.config import ConfigError, Settings
from bot.storage.base import redacted
from bot.storage.transfer import copy_to_postgres


def add_db_command(sub: Any) -> None:
    """Register ``briefbot db migrate`` on the command line's subcommands."""
    db = sub.add_parser("db", help="the bot's database: move it from SQLite to PostgreSQL")
    actions = db.add_subparsers(dest="db_command", required=True)
    migrate = actions.add_parser("migrate", help="copy the SQLite data into an empty PostgreSQL "
                                 "database (its schema is created)")
    migrate.add_argument("--to", required=True, metavar="URL",
                         help="postgresql://USER:PASSWORD@HOST:PORT/DATABASE")
    migrate.add_argument("--from", dest="source", metavar="FILE",
                         help="the SQLite file (default: BRIEFBOT_DB or ./briefbot.sqlite3)")
    migrate.set_defaults(func=cmd_db_migrate)


def cmd_db_migrate(args: argparse.Namespace, out: TextIO) -> int:
    """Copy, then say what was copied and what to do next."""
    settings = Settings.from_env()
    if not args.source and settings.db_url:
        raise ConfigError("BRIEFBOT_DB is a PostgreSQL URL already; name the SQLite file to copy "
                          "with --from FILE.")
    source = Path(args.source) if args.source else settings.db_path
    copied = copy_to_postgres(source, args.to, source_setting="--from" if args.source
                              else "BRIEFBOT_DB")
    where = redacted(args.to)
    out.write(f"Copied to {where}: {copied['subscriptions']} subscription(s), "
              f"{copied['unanswered']} unanswered question(s), {copied['daily_counts']} daily "
              f"count(s), {copied['briefing_runs']} briefing run(s).\n"
              f"{source} was left unchanged. Set BRIEFBOT_DB to the URL and start the bot.\n")
    return 0
