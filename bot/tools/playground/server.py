"""``briefbot playground``: the web server, its views and who may use them.

It listens on 127.0.0.1 unless ``--host`` says otherwise; another interface is refused without a
token (``--token`` or ``BRIEFBOT_PLAYGROUND_TOKEN``), and with one every request must carry it
(the ``token`` query parameter once, then a cookie, or the ``X-Playground-Token`` header). On
loopback a request must name the playground itself in its ``Host`` (a page elsewhere cannot reach
it by a DNS name of its own), and a form post must come from the playground's own pages.
Everything is read-only towards intents.yaml, corpus/ and the live database; the chat records to
a scratch database, and the only file written is a draft's ``draft:`` flag in drafts/.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import logging
import signal
import socket
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO
from urllib.parse import urlsplit

from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application, HTTPError, RequestHandler

from bot.config import Settings, default_path
from bot.errors import BriefbotError, KnowledgeError
from bot.knowledge.drafts import drafts_folder, read_all_drafts, set_reviewed
from bot.tools.check import review_drafts
from bot.tools.playground import assets
from bot.tools.playground.chat_pages import chat_page, why_page
from bot.tools.playground.curation import LIVE, PLAYGROUND, drafts_page, review_page
from bot.tools.playground.evaluation import Evaluations, evaluation_page, question_sets
from bot.tools.playground.layout import error_page, url
from bot.tools.playground.session import CHAT_KINDS, PRIVATE, ChatSession, chat_session
from bot.tools.review import group_questions, open_for_review

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
TOKEN_VARIABLE = "BRIEFBOT_PLAYGROUND_TOKEN"  # noqa: S105 - a name, not a secret
TOKEN_COOKIE = "briefbot_playground"  # noqa: S105
TOKEN_HEADER = "X-Playground-Token"  # noqa: S105
MIN_TOKEN = 16
#: The longest message Telegram accepts.
MAX_MESSAGE = 4096
MAX_DAYS = 36_500
_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; "
                                "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
                                "base-uri 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # "no-referrer" would make a form's Origin "null"
    "Cache-Control": "no-store",
}


class PlaygroundError(BriefbotError):
    """The playground cannot start as asked (the message says why and what to do)."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_binding(host: str, token: str | None) -> None:
    """Refuse another interface than loopback without a token, and a token too short to guess."""
    if token is not None and len(token) < MIN_TOKEN:
        raise PlaygroundError(f"the token is {len(token)} characters; use at least {MIN_TOKEN} "
                              "(python3 -c 'import secrets; print(secrets.token_urlsafe(24))').")
    if not is_loopback(host) and not token:
        raise PlaygroundError(f"--host {host} would let other machines in; give a token with "
                              f"--token or {TOKEN_VARIABLE}, or leave --host at 127.0.0.1.")


@dataclass
class Playground:
    """What the handlers share."""

    settings: Settings
    session: ChatSession
    token: str | None
    loopback: bool
    port: int
    evaluations: Evaluations
    eval_folder: Path


class Base(RequestHandler):
    """Access checks, safe headers and error pages (never a traceback) for every view."""

    playground: Playground

    def initialize(self, playground: Playground) -> None:
        self.playground = playground

    def set_default_headers(self) -> None:
        for name, value in _HEADERS.items():
            self.set_header(name, value)

    def prepare(self) -> None:
        p = self.playground
        if p.loopback and self.request.host.lower() not in {
                f"{name}:{p.port}" for name in ("127.0.0.1", "localhost", "[::1]")}:
            raise HTTPError(403, reason="This playground answers only to 127.0.0.1.")
        if p.token is not None:
            self._check_token(p.token)
        if self.request.method == "POST":
            origin = self.request.headers.get("Origin")
            if origin and urlsplit(origin).netloc.lower() != self.request.host.lower():
                raise HTTPError(403, reason="A form from another site cannot post here.")

    def _check_token(self, token: str) -> None:
        given = self.get_query_argument("token", None)
        if given is not None and hmac.compare_digest(given.encode(), token.encode()):
            self.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="Strict")
            if self.request.method == "GET":  # take the token out of the address bar
                kept = [(k, v) for k, vs in self.request.query_arguments.items() if k != "token"
                        for v in vs]
                self.redirect(url(self.request.path, **{k: v.decode() for k, v in kept}))
            return
        for candidate in (self.request.headers.get(TOKEN_HEADER), self.get_cookie(TOKEN_COOKIE)):
            if candidate and hmac.compare_digest(candidate.encode(), token.encode()):
                return
        raise HTTPError(401, reason="This playground needs its token: open the address it printed.")

    def log_exception(self, typ: type[BaseException] | None, value: BaseException | None,
                      tb: TracebackType | None) -> None:
        """Log a failure by path only: tornado's own line quotes the query, which may hold the
        token. A refused request (HTTPError) is the user's page, not a log line."""
        if isinstance(value, HTTPError):
            return
        log.error("%s %s failed", self.request.method, self.request.path, exc_info=value)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(error_page(status_code, self._reason))

    def html(self, text: str) -> None:
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(text)

    def kind(self) -> str:
        kind = self.get_argument("chat", PRIVATE)
        if kind not in CHAT_KINDS:
            raise HTTPError(400, reason=f"chat must be one of {', '.join(CHAT_KINDS)}.")
        return kind

    def number(self, name: str, default: int | None = None, low: int = 0,
               high: int = 2**31) -> int | None:
        raw = self.get_argument(name, None)
        if raw is None or raw == "":
            return default
        if not raw.isdigit() or not low <= int(raw) <= high:
            raise HTTPError(400, reason=f"{name} must be a whole number from {low} to {high}.")
        return int(raw)


class ChatView(Base):
    def get(self) -> None:
        kind, session = self.kind(), self.playground.session
        after = self.get_argument("after", "")
        note = (f"This question was asked after “{after}” in the evaluation: send that first to "
                "ask it in the same context.") if after else ""
        self.html(chat_page(kind, session.transcript(kind), session.reply_of(kind, None),
                            session.responder.kb.corpus, prefill=self.get_argument("ask", ""),
                            note=note))


class Send(Base):
    async def post(self) -> None:
        kind = self.kind()
        text = self.get_body_argument("text", "").strip()
        if len(text) > MAX_MESSAGE:
            raise HTTPError(400, reason=f"A message is at most {MAX_MESSAGE} characters, as in "
                            "Telegram.")
        if text:
            await self.playground.session.send(kind, text)
        self.redirect(url("/", chat=kind), status=303)


class Press(Base):
    async def post(self) -> None:
        kind = self.kind()
        message = self.number("message")
        pressed = message is not None and await self.playground.session.press(
            kind, message, self.get_body_argument("data", ""))
        if not pressed:
            raise HTTPError(400, reason="That button is not on that message (any more).")
        self.redirect(url("/", chat=kind), status=303)


class WhyView(Base):
    def get(self) -> None:
        kind, session = self.kind(), self.playground.session
        message = self.number("message")
        chosen = session.reply_of(kind, message)
        if message is not None and chosen is None:
            raise HTTPError(404, reason="That message has no reply to explain.")
        choices = sorted(session.rooms[kind].replies.items())
        self.html(why_page(kind, chosen, choices, session.responder.kb.corpus))


class EvaluationView(Base):
    async def get(self) -> None:
        p = self.playground
        sets = question_sets(p.eval_folder)
        chosen = self.get_argument("set", "")
        other = self.get_argument("file", "").strip()
        report, problem = None, ""
        path: Path | None = None
        if other:
            path = Path(other).expanduser()
        elif chosen:
            path = next((s.path for s in sets if s.name == chosen), None)
            if path is None:
                problem = f"There is no question set {chosen!r} in {p.eval_folder}."
        if path is not None:
            try:
                report = await asyncio.to_thread(p.evaluations.report, path,
                                                 p.session.responder)
            except KnowledgeError as error:
                problem = " ".join(x.format() for x in error.problems[:5])
            except OSError as error:
                problem = f"{path}: {error.strerror or error}."
        self.html(evaluation_page(sets, chosen or (sets[0].name if sets else ""), other, report,
                                  serving=p.session.responder.thresholds, problem=problem))


class ReviewView(Base):
    async def get(self) -> None:
        p = self.playground
        live = p.settings.database
        live_exists = not p.settings.db_url and p.settings.db_path.is_file()
        source = self.get_argument("source", LIVE if live_exists else PLAYGROUND)
        if source not in (LIVE, PLAYGROUND):
            raise HTTPError(400, reason="source must be live or playground.")
        days = self.number("days", 30, 1, MAX_DAYS) or 30
        if source == LIVE and p.settings.db_url:
            raise HTTPError(409, reason="The live database is PostgreSQL: the playground reads "
                            "only SQLite files. Run briefbot review (read-only) against it, or "
                            "see this playground's chats.")
        if source == PLAYGROUND:
            await p.session.state.recorder.flush()
        location = str(p.session.scratch) if source == PLAYGROUND else live
        where = ("this playground's scratch database" if source == PLAYGROUND
                 else f"the live database (BRIEFBOT_DB: {p.settings.db_path})")
        try:
            found = await asyncio.to_thread(self._read, location, days)
        except (sqlite3.Error, BriefbotError) as error:
            raise HTTPError(500, reason=f"The database could not be read: {error}") from None
        groups, daily = found if found is not None else (None, {})
        self.html(review_page(source, days, groups, daily=daily, responder=p.session.responder,
                              where=where, live_exists=live_exists))

    def _read(self, location: str, days: int) -> Any:
        database = open_for_review(location, "BRIEFBOT_DB")
        if database is None:
            return None
        try:
            rows, daily = database.unanswered(days), database.daily_counts(days)
        finally:
            database.close()
        return group_questions(rows, self.playground.session.responder.normaliser), daily


class DraftsView(Base):
    async def get(self) -> None:
        p = self.playground
        responder = p.session.responder
        files = await asyncio.to_thread(read_all_drafts, p.settings.intents_path, responder.kb)
        review = await asyncio.to_thread(review_drafts, responder.kb, files, responder.thresholds)
        self.html(drafts_page(review, responder, self.get_argument("done", "")))


class MarkDraft(Base):
    async def post(self) -> None:
        folder = drafts_folder(self.playground.settings.intents_path)
        name = self.get_body_argument("file", "")
        intent_id = self.get_body_argument("id", "")
        reviewed = self.get_body_argument("reviewed", "") == "1"
        path = folder / name
        if not name or Path(name).name != name or not name.endswith(".yaml") or not path.is_file():
            raise HTTPError(400, reason=f"There is no drafts file {name!r} in {folder}.")
        try:
            await asyncio.to_thread(set_reviewed, path, intent_id, reviewed)
        except KnowledgeError as error:
            raise HTTPError(400, reason=" ".join(x.format() for x in error.problems[:3])) from None
        done = f"{intent_id} marked {'reviewed' if reviewed else 'not reviewed'} in {name}."
        self.redirect(url("/drafts", done=done), status=303)


class Asset(Base):
    def get(self, name: str) -> None:
        kinds = {"playground.css": (assets.CSS, "text/css"),
                 "playground.js": (assets.JS, "application/javascript")}
        if name not in kinds:
            raise HTTPError(404, reason="No such file.")
        text, kind = kinds[name]
        self.set_header("Content-Type", f"{kind}; charset=utf-8")
        self.finish(text)


class NotFound(Base):
    def prepare(self) -> None:
        super().prepare()
        raise HTTPError(404, reason="There is no such page here.")


def _log_request(handler: RequestHandler) -> None:
    """One line per request without its query (which may carry the token)."""
    log.info("%s %s %d", handler.request.method, handler.request.path, handler.get_status())


def make_app(playground: Playground) -> Application:
    """The routes."""
    args = {"playground": playground}
    return Application([
        (r"/", ChatView, args), (r"/send", Send, args), (r"/press", Press, args),
        (r"/why", WhyView, args), (r"/evaluation", EvaluationView, args),
        (r"/review", ReviewView, args), (r"/drafts", DraftsView, args),
        (r"/drafts/mark", MarkDraft, args), (r"/assets/([a-z.]+)", Asset, args),
    ], default_handler_class=NotFound, default_handler_args=args, log_function=_log_request,
        xheaders=False, compress_response=False)


def _bind(host: str, port: int) -> list[socket.socket]:
    try:
        return bind_sockets(port, address=host)
    except OSError as error:
        raise PlaygroundError(f"cannot listen on {host}:{port}: {error.strerror or error}. Fix: "
                              "pick another --port, or stop what uses it.") from None


async def serve(settings: Settings, host: str, port: int, token: str | None, out: TextIO, *,
                stopped: asyncio.Future[None] | None = None) -> int:
    """Serve until SIGINT/SIGTERM (or ``stopped``)."""
    check_binding(host, token)
    sockets = _bind(host, port)
    try:
        async with chat_session(settings) as session:
            actual = sockets[0].getsockname()[1]
            playground = Playground(settings, session, token, is_loopback(host), actual,
                                    Evaluations(), default_path("tests/eval"))
            server = HTTPServer(make_app(playground), xheaders=False)
            server.add_sockets(sockets)
            shown = "127.0.0.1" if host in ("", "0.0.0.0", "::") else host  # noqa: S104
            shown = f"[{shown}]" if ":" in shown else shown
            link = url(f"http://{shown}:{actual}/", token=token)
            out.write(f"briefbot playground: {link}\n(Ctrl-C stops it.)\n")
            out.flush()
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for number in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(number, stop.set)
            waits: list[asyncio.Future[Any]] = [asyncio.ensure_future(stop.wait())]
            if stopped is not None:
                waits.append(stopped)
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
            for wait in waits:
                wait.cancel()
            server.stop()
            await server.close_all_connections()
    finally:
        for sock in sockets:
            sock.close()
    return 0
