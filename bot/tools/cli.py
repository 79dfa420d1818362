"""The local harness: ``briefbot ask | chat | topics | brief | check | eval | review | run``.

A thin adapter: it loads the knowledge base, passes questions to the ``Responder`` and prints
what ``bot.render`` makes of the replies. Exit codes: 0 fine, 1 problems found, 2 a file could
not be read or used (the database included) or a setting is wrong. Standard input is read as
bytes, in bounded lines (``bot.tools.input_text``).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from bot import texts
from bot.config import ConfigError, Settings, default_path
from bot.core.conversation import Conversations
from bot.core.harm.model import HarmModelError
from bot.core.responder import Responder
from bot.errors import KnowledgeError, StorageError
from bot.logs import redact
from bot.render import render_text, terminal_safe, to_json, topics_text
from bot.storage.base import redacted
from bot.storage.opening import is_postgres_url
from bot.tools import harm_model
from bot.tools.brief import print_briefing
from bot.tools.check import check
from bot.tools.db import add_db_command
from bot.tools.evaluate import evaluate, format_report, load_questions
from bot.tools.ingest import add_arguments as add_ingest_arguments
from bot.tools.ingest import run_ingest
from bot.tools.input_text import from_argv, read_line
from bot.tools.review import format_stats, format_text, format_yaml, group_questions, open_for_review

PROMPT = "you> "
#: Problems printed before "N more" (a screenful).
MAX_SHOWN_PROBLEMS = 20
HISTORY_FILE = Path.home() / ".briefbot_history"
#: The longest look-back ``briefbot review --days`` accepts (a hundred years).
MAX_REVIEW_DAYS = 36_500


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings.from_env()
    if args.intents:
        settings = replace(settings, intents_path=Path(args.intents))
    if args.corpus:
        settings = replace(settings, corpus_dir=Path(args.corpus))
    return settings


def _responder(settings: Settings) -> Responder:
    return Responder.from_files(settings.intents_path, settings.corpus_dir, settings.thresholds)


def cmd_ask(args: argparse.Namespace, out: TextIO) -> int:
    """Answer one question, or one per line of standard input with ``-``."""
    responder = _responder(_settings(args))
    if (args.json or args.question == ["-"]) and isinstance(out, io.TextIOWrapper):
        out.reconfigure(encoding="utf-8")  # JSON is UTF-8, whatever the locale says
    if args.question == ["-"]:
        while (line := read_line(sys.stdin.buffer)) is not None:
            reply = responder.respond(line)
            _print_reply(reply_text=None, json_obj=to_json(reply), out=out)
            out.flush()
        return 0
    question = from_argv(" ".join(args.question))
    reply = responder.respond(question)
    if args.json:
        _print_reply(None, to_json(reply), out)
    else:
        _print_reply(render_text(reply, explain=args.explain), None, out)
    return 0


def _print_reply(reply_text: str | None, json_obj: dict[str, object] | None, out: TextIO) -> None:
    if json_obj is not None:
        out.write(json.dumps(json_obj, ensure_ascii=False) + "\n")
    elif reply_text is not None:
        out.write(reply_text + "\n")


def _enable_history() -> Callable[[], None]:
    """Turn on readline line editing and history; returns a function that saves it."""
    try:
        import readline  # noqa: PLC0415 - optional and interactive only
    except ImportError:  # pragma: no cover - platforms without readline
        return lambda: None
    with contextlib.suppress(OSError):
        readline.read_history_file(HISTORY_FILE)
    readline.set_history_length(1000)

    def save() -> None:
        with contextlib.suppress(OSError):
            readline.write_history_file(HISTORY_FILE)

    return save


def cmd_chat(args: argparse.Namespace, out: TextIO) -> int:
    """An interactive session in the terminal."""
    settings = _settings(args)
    if getattr(args, "telegram", False):
        return _local_telegram(settings, group=args.group, out=out)
    responder = _responder(settings)
    conversation = Conversations()
    interactive = sys.stdin.isatty()
    save_history = _enable_history() if interactive else (lambda: None)
    if interactive:
        if isinstance(sys.stdin, io.TextIOWrapper):
            sys.stdin.reconfigure(errors="replace")  # a stray byte is not the end of the session
        out.write(texts.CHAT_GREETING + "\n")
    try:
        while True:
            try:
                line = input(PROMPT) if interactive else read_line(sys.stdin.buffer)
            except EOFError:
                break
            if line is None:
                break
            question = line.strip()
            if question.lower() in ("quit", "exit", "/quit", "/exit"):
                break
            if question.lower() in ("topics", "/topics"):
                out.write(topics_text(responder.kb) + "\n\n")
                continue
            if not interactive:
                out.write(PROMPT + terminal_safe(question) + "\n")
            reply = conversation.ask(responder, "terminal", question, time.monotonic())
            out.write(render_text(reply, explain=args.explain) + "\n\n")
            out.flush()
    except KeyboardInterrupt:
        out.write("\n")
    finally:
        save_history()
    return 0


def _local_telegram(settings: Settings, *, group: bool, out: TextIO) -> int:
    """The whole bot in this terminal: the real Application against the local emulator."""
    from bot.tools.telegram_harness import run_telegram_chat  # noqa: PLC0415 - heavy import

    interactive = sys.stdin.isatty()
    save_history = _enable_history() if interactive else (lambda: None)
    if interactive and isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="replace")  # a stray byte is not the end of the session
    try:
        return run_telegram_chat(settings, group=group, out=out, interactive=interactive)
    finally:
        save_history()


def cmd_topics(args: argparse.Namespace, out: TextIO) -> int:
    """List the topics and their questions."""
    out.write(topics_text(_responder(_settings(args)).kb) + "\n")
    return 0


def cmd_brief(args: argparse.Namespace, out: TextIO) -> int:
    """Print a briefing exactly as /brief sends it: the overview, or the topic asked for."""
    return print_briefing(_settings(args), args.topic, as_json=args.json, out=out)


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    """Validate intents.yaml and corpus/ with the runtime matcher."""
    settings = _settings(args)
    report = check(settings.intents_path, settings.corpus_dir, settings.thresholds)
    shown = report.problems if args.all else report.problems[:MAX_SHOWN_PROBLEMS]
    for problem in shown:
        out.write(problem.format() + "\n")
    if len(shown) < len(report.problems):
        out.write(texts.check_more(len(report.problems) - len(shown)) + "\n")
    for line in report.drafts:
        out.write(line + "\n")
    errors, warnings = len(report.errors), len(report.problems) - len(report.errors)
    if report.exit_code == 0:
        out.write(texts.check_passed(report.summary, warnings) + "\n")
    else:
        out.write(texts.check_failed(errors, warnings) + "\n")
    return report.exit_code


def cmd_ingest(args: argparse.Namespace, out: TextIO) -> int:
    """Turn a document into a corpus file and draft intents, or promote reviewed drafts."""
    return run_ingest(_settings(args), args, out)


def cmd_harm_model(args: argparse.Namespace, out: TextIO) -> int:
    """Train the harm boundary's model on the tuning sets (or check the shipped one)."""
    return harm_model.run(default_path("tests").parent, args, out)


def cmd_eval(args: argparse.Namespace, out: TextIO) -> int:
    """Print the accuracy report for a labelled question set."""
    settings = _settings(args)
    path = Path(args.file) if args.file else default_path("tests/eval/questions.yaml")
    responder = _responder(settings)
    report = evaluate(responder, load_questions(path, responder.kb), args.target)
    out.write(format_report(report, details=not args.summary) + "\n")
    return 0


def cmd_review(args: argparse.Namespace, out: TextIO) -> int:
    """What the bot could not answer, grouped; or the daily answer/clarify/decline rates."""
    settings = _settings(args)
    setting = "--db" if args.db else "BRIEFBOT_DB"
    location = args.db or settings.database
    try:
        database = open_for_review(location, setting)
    except sqlite3.Error as error:
        sys.stderr.write(texts.not_a_database(redacted(location), str(error)) + "\n")
        return 2
    if database is None:  # a read-only tool creates no database and no schema
        empty = texts.no_database_yet if is_postgres_url(location) else texts.no_database
        out.write(empty(redacted(location)) + "\n")
        return 0
    try:
        if args.stats:
            out.write(format_stats(database.daily_counts(args.days)) + "\n")
            return 0
        responder = _responder(settings)
        groups = group_questions(database.unanswered(args.days), responder.normaliser)
    finally:
        database.close()
    text = (format_yaml(groups, responder) if args.format == "yaml"
            else format_text(groups, args.days))
    out.write(text + "\n")
    return 0


def cmd_run(args: argparse.Namespace, out: TextIO) -> int:
    """Run the Telegram bot, or the local harness when no token is set."""
    settings = _settings(args)
    if not settings.token:
        sys.stderr.write(texts.LOCAL_INSTEAD + "\n")
        return _local_telegram(settings, group=args.group, out=out)
    from bot.telegram_adapter.app import run_bot  # noqa: PLC0415 - Telegram only when needed

    return run_bot(settings)


def cmd_playground(args: argparse.Namespace, out: TextIO) -> int:
    """Serve the playground: the whole bot and the curators' views in a local web page."""
    import asyncio  # noqa: PLC0415 - only this command serves

    from bot.logs import configure_logging  # noqa: PLC0415
    from bot.tools.playground.server import TOKEN_VARIABLE, PlaygroundError, serve  # noqa: PLC0415

    configure_logging(logging.WARNING)
    token = args.token or os.environ.get(TOKEN_VARIABLE) or None
    try:
        return asyncio.run(serve(_settings(args), args.host, args.port, token, out))
    except PlaygroundError as error:
        sys.stderr.write(f"briefbot playground: {error}\n")
        return 2


def _port(text: str) -> int:
    """``--port``: 0 (any free port) to 65535."""
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"must be a port number from 0 to 65535, not {text!r}")
    return int(text)


def _review_days(text: str) -> int:
    """``--days``: a whole number from 1 to MAX_REVIEW_DAYS.

    A bad value is one line ("argument --days: must be ..."); ``choices=range(...)`` made argparse
    print all 36,500 choices.
    """
    try:
        days = int(text)
    except ValueError:
        days = 0
    if not 1 <= days <= MAX_REVIEW_DAYS:
        raise argparse.ArgumentTypeError(
            f"must be a whole number from 1 to {MAX_REVIEW_DAYS}, not {text!r}")
    return days


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(prog="briefbot", description=__doc__.split("\n")[0])
    parser.add_argument("--intents", help="path to intents.yaml (default: BRIEFBOT_INTENTS or "
                        "./intents.yaml)")
    parser.add_argument("--corpus", help="path to corpus/ (default: BRIEFBOT_CORPUS or ./corpus)")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer a question ('-' reads one per line from stdin)")
    ask.add_argument("question", nargs="+", help="the question, or '-' for standard input")
    ask.add_argument("--json", action="store_true", help="print JSON (JSON Lines with '-')")
    ask.add_argument("--explain", action="store_true", help="show why this reply")
    ask.set_defaults(func=cmd_ask)
    chat = sub.add_parser("chat", help="interactive session")
    chat.add_argument("--explain", action="store_true",
                      help="after each reply, show the matched example, score and runner-up")
    chat.add_argument("--telegram", action="store_true",
                      help="run the real Telegram application against the local emulator")
    chat.add_argument("--group", action="store_true", help="with --telegram: talk in a group")
    chat.set_defaults(func=cmd_chat)
    sub.add_parser("topics", help="list what the bot covers").set_defaults(func=cmd_topics)
    brief = sub.add_parser("brief", help="print a briefing exactly as /brief sends it")
    brief.add_argument("topic", nargs="*", help="a topic or a word for it (none: the overview)")
    brief.add_argument("--json", action="store_true",
                       help="print topic, title, text and sources as JSON")
    brief.set_defaults(func=cmd_brief)
    chk = sub.add_parser("check", help="validate intents.yaml and corpus/")
    chk.add_argument("--all", action="store_true", help=f"list every problem (default: the "
                     f"first {MAX_SHOWN_PROBLEMS})")
    chk.set_defaults(func=cmd_check)
    ing = sub.add_parser("ingest", help="a document in: corpus/ID.yaml and drafts/ID.yaml out; "
                         "--promote ID moves reviewed drafts into intents.yaml")
    add_ingest_arguments(ing)
    ing.set_defaults(func=cmd_ingest)
    ev = sub.add_parser("eval", help="accuracy report on a labelled question set")
    ev.add_argument("file", nargs="?", help="question file (default tests/eval/questions.yaml)")
    ev.add_argument("--target", type=float, default=0.03,
                    help="wrong-answer rate the threshold recommendation must meet (default 0.03)")
    ev.add_argument("--summary", action="store_true", help="headline figures only")
    ev.set_defaults(func=cmd_eval)
    harm = sub.add_parser("harm-model", help="train the harm boundary's model on the tuning "
                          "sets (--check: is the shipped one what they train?)")
    harm_model.add_arguments(harm)
    harm.set_defaults(func=cmd_harm_model)
    rev = sub.add_parser("review", help="unanswered questions, grouped, for the curators")
    rev.add_argument("--days", type=_review_days, default=30, metavar="DAYS",
                     help=f"how far back, 1 to {MAX_REVIEW_DAYS} (default 30 days)")
    rev.add_argument("--format", choices=("text", "yaml"), default="text",
                     help="yaml: each group proposed where it belongs (an intent's examples, "
                     "not_stated or out_of_scope), ready to paste")
    rev.add_argument("--stats", action="store_true", help="answer/clarify/decline rates per day")
    rev.add_argument("--db", help="the database (default: BRIEFBOT_DB or ./briefbot.sqlite3)")
    rev.set_defaults(func=cmd_review)
    run = sub.add_parser("run", help="run the bot (without a token: the whole bot in this "
                         "terminal, against a local Telegram)")
    run.add_argument("--group", action="store_true",
                     help="without a token: talk to the bot in a group chat")
    run.set_defaults(func=cmd_run)
    play = sub.add_parser("playground", help="the whole bot and the curators' views (why, "
                          "evaluation, review, drafts) in a local web page")
    play.add_argument("--port", type=_port, default=8765, help="the port (default 8765; 0: any "
                      "free one)")
    play.add_argument("--host", default="127.0.0.1", help="the interface (default 127.0.0.1; "
                      "any other needs a token)")
    play.add_argument("--token", help="every request must carry it (default: "
                      "BRIEFBOT_PLAYGROUND_TOKEN); needed for another --host than 127.0.0.1")
    play.set_defaults(func=cmd_playground)
    add_db_command(sub)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Entry point of the ``briefbot`` command."""
    out = out or sys.stdout
    if isinstance(out, io.TextIOWrapper):
        out.reconfigure(errors="replace")  # a character the locale cannot show is not an error
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args, out)
    except KnowledgeError as exc:
        for problem in exc.problems[:MAX_SHOWN_PROBLEMS]:
            sys.stderr.write(problem.format() + "\n")
        sys.stderr.write(texts.knowledge_problems(len(exc.problems) - MAX_SHOWN_PROBLEMS) + "\n")
        return 2 if exc.unreadable else 1
    except ConfigError as exc:
        sys.stderr.write(texts.config_error(str(exc)) + "\n")
        return 2
    except (StorageError, HarmModelError) as exc:
        sys.stderr.write(f"briefbot: {exc}\n")
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: no traceback, no token
        secrets = tuple(v for k, v in os.environ.items()
                        if k in ("TELEGRAM_BOT_TOKEN", "BRIEFBOT_WEBHOOK_SECRET") and v)
        sys.stderr.write(f"briefbot: {redact(f'{type(exc).__name__}: {exc}', secrets)}\n")
        return 1
    return code
