"""The Telegram application: ``build_application`` wires the handlers; ``run_bot`` serves them.

Usage: ``briefbot run`` with ``TELEGRAM_BOT_TOKEN`` set (polling), plus ``BRIEFBOT_WEBHOOK_URL``
and ``BRIEFBOT_WEBHOOK_SECRET`` for webhook mode (served by ``webhook.py``).
``TELEGRAM_API_BASE_URL`` points the bot at a self-hosted Bot API server (or, in the tests, at
the local emulator).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Callable, Coroutine
from datetime import time as dtime
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import texts
from bot.config import ConfigError, Settings
from bot.core.responder import Responder
from bot.logs import configure_logging
from bot.storage import DATABASE_ERRORS, open_store
from bot.telegram_adapter import acknowledge, handlers, sharing, subscriptions
from bot.telegram_adapter.delivery import ReliableRateLimiter
from bot.telegram_adapter.gate import AccessPolicy, QuestionLimiter
from bot.telegram_adapter.records import Recorder, RecordLimits
from bot.telegram_adapter.serving import Engine
from bot.telegram_adapter.state import CONTEXT_TYPES, BotState, ChatStates, Context, Recent
from bot.telegram_adapter.webhook import serve_webhook

log = logging.getLogger(__name__)

# Opt in to python-telegram-bot's future ``retry_after`` type now, as its deprecation notice
# asks; the rate limiter handles both.
os.environ.setdefault("PTB_TIMEDELTA", "1")

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
#: Retries of a send that Telegram answered with 429 (flood control).
SEND_RETRIES = 3
#: Updates processed at once (replies to one chat may then overtake each other, never duplicate).
CONCURRENT_UPDATES = 16
#: Most problems a failed SIGHUP reload writes to the log.
MAX_LOGGED_PROBLEMS = 20
#: Seconds to wait for Telegram on each request (long polling adds its own timeout).
REQUEST_TIMEOUT = 10.0


def file_url_for(base_url: str) -> str:
    """The file download URL that goes with a Bot API base URL (``.../bot`` -> ``.../file/bot``)."""
    if base_url.endswith("/bot"):
        return base_url[: -len("bot")] + "file/bot"
    return base_url.rstrip("/") + "/file/bot"


async def on_startup(application: AnyApplication) -> None:
    """At start: the command menus, the saved subscriptions back on the job queue, old
    questions past their retention deleted (and again every day)."""
    await publish_commands(application)
    if application.job_queue is not None:
        restored = await subscriptions.restore_jobs(application.job_queue,
                                                    _state(application).store)
        log.info("%d subscription(s) scheduled", restored)
        application.job_queue.run_daily(_purge, dtime(3, 0), name="purge")
    await _purge_now(application)


def _state(application: AnyApplication) -> BotState:
    """The application's typed ``bot_data`` (``AnyApplication`` leaves its type open)."""
    state: BotState = application.bot_data
    return state


async def _purge_now(application: AnyApplication) -> None:
    state = _state(application)
    try:
        removed = await asyncio.to_thread(state.store.purge, state.retention_days)
    except DATABASE_ERRORS as error:
        log.warning("could not delete old unanswered questions (%s); tried again tomorrow", error)
        return
    if removed:
        log.info("deleted %d unanswered question(s) past retention", removed)


async def _purge(context: Context) -> None:
    await _purge_now(context.application)


class BriefbotApplication(AnyApplication):
    """python-telegram-bot's Application, which also starts the recorder's background writes,
    settles each update's claims once it is handled and, once every update in flight has been
    handled, writes what is left before it stops."""

    async def start(self) -> None:
        """Start as python-telegram-bot does, then the recorder's writes."""
        await super().start()
        _state(self).recorder.start()
        _listen_for_reloads(self)

    async def process_update(self, update: object) -> None:
        """Handle as python-telegram-bot does, then settle the update's claims by how it went:
        done, or (after a failure Telegram retries) free to be handled again
        (``acknowledge``, ``sharing.settle``)."""
        handling, token = acknowledge.enter(update)
        try:
            await super().process_update(update)
        except BaseException:  # cancelled (stopping): not handled; its shared claim lapses
            if handling is not None and handling.held_here:
                _state(self).seen_updates.forget(handling.update_id)
            raise
        finally:
            acknowledge.leave(token)
        if handling is not None:
            await sharing.settle(_state(self), handling)

    async def stop(self) -> None:
        """Stop as python-telegram-bot does (handlers and jobs finish), then write the rest."""
        await super().stop()
        state = _state(self)
        await state.recorder.close()
        if state.store.shared:  # its pool and reload listener; SQLite's file stays open for reads
            await asyncio.to_thread(state.store.close)


async def publish_commands(application: AnyApplication) -> None:
    """Tell Telegram the command menus: one for private chats, one for groups."""
    bot = application.bot
    await bot.set_my_commands([BotCommand(n, d) for n, d in texts.PRIVATE_COMMANDS],
                              scope=BotCommandScopeAllPrivateChats())
    await bot.set_my_commands([BotCommand(n, d) for n, d in texts.GROUP_COMMANDS],
                              scope=BotCommandScopeAllGroupChats())


#: Every command and its handler.
COMMANDS: tuple[tuple[str, Callable[[Update, Context], Coroutine[Any, Any, None]]], ...] = (
    ("start", handlers.on_start),
    ("help", handlers.on_help),
    ("topics", handlers.on_topics),
    ("sources", handlers.on_sources),
    ("why", handlers.on_why),
    ("ask", handlers.on_ask),
    ("brief", handlers.on_brief),
    ("reload", handlers.on_reload),
    ("subscribe", subscriptions.on_subscribe),
    ("unsubscribe", subscriptions.on_unsubscribe),
    ("subscriptions", subscriptions.on_subscriptions),
    ("privacy", subscriptions.on_privacy),
)


def _rate_limiter(settings: Settings) -> ReliableRateLimiter:
    """Telegram's send limits with retries; without the limits only for a local test server."""
    if settings.telegram_limits:
        return ReliableRateLimiter(max_retries_on_429=SEND_RETRIES)
    return ReliableRateLimiter(max_retries_on_429=SEND_RETRIES, overall_max_rate=0,
                               group_max_rate=0)


def register_handlers(application: AnyApplication) -> None:
    """Every handler, in the order they are tried: commands, buttons, inline, text, the rest."""
    new_only = filters.UpdateType.MESSAGE  # edited messages are ignored everywhere
    add = application.add_handler
    # 0. The gate: allow-lists and per-user limits, before everything else (group -1); with a
    #    database replicas share, the update id is claimed and the question counted there first.
    application.add_handler(TypeHandler(Update, sharing.on_shared_gate), group=-2)
    application.add_handler(TypeHandler(Update, handlers.on_gate), group=-1)
    # 1. Commands (also as /cmd@BotName in groups; PTB drops commands for other bots).
    for command, callback in COMMANDS:
        add(CommandHandler(command, callback, filters=new_only))
    # 2. Button presses and inline queries.
    add(CallbackQueryHandler(handlers.on_callback))
    add(InlineQueryHandler(handlers.on_inline))
    # 3. The bot joining a group (introduce itself), leaving one (drop its subscriptions, in a
    #    second handler group so both run), and a group becoming a supergroup.
    add(ChatMemberHandler(handlers.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(ChatMemberHandler(subscriptions.on_removed,
                                              ChatMemberHandler.MY_CHAT_MEMBER), group=1)
    add(MessageHandler(filters.StatusUpdate.MIGRATE, subscriptions.on_migrate))
    # 4. Plain text: a question (in groups only when addressed; the handler checks).
    add(MessageHandler(new_only & filters.TEXT & ~filters.COMMAND, handlers.on_text))
    # 5. Anything else a person sends (stickers, photos, voice, files...).
    add(MessageHandler(new_only & ~filters.TEXT & ~filters.StatusUpdate.ALL, handlers.on_non_text))
    # 6. Errors: logged once with the update id, never with the token.
    application.add_error_handler(handlers.on_error)


def build_application(settings: Settings, responder: Responder, *,
                      request_timeout: float = REQUEST_TIMEOUT,
                      rate_limiter: BaseRateLimiter[Any] | None = None,
                      concurrent_updates: int = CONCURRENT_UPDATES) -> AnyApplication:
    """The configured Application: HTML defaults, rate limiter with retries, handlers, menus.

    ``rate_limiter`` defaults to Telegram's limits with retries (``ReliableRateLimiter``); a
    benchmark against a local server may pass one with the limits lifted.
    """
    if not settings.token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set; create a bot with @BotFather.")
    builder: Any = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .base_file_url(file_url_for(settings.api_base_url))
        .defaults(Defaults(parse_mode=ParseMode.HTML,
                           link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(rate_limiter or _rate_limiter(settings))
        .concurrent_updates(concurrent_updates)
        .connect_timeout(request_timeout)
        .read_timeout(request_timeout)
        .write_timeout(request_timeout)
        .pool_timeout(request_timeout)
        .get_updates_connect_timeout(request_timeout)
        .get_updates_read_timeout(request_timeout)
        .context_types(CONTEXT_TYPES)
        .application_class(BriefbotApplication)
        .post_init(on_startup)
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its URLs contain the token
    application: AnyApplication = builder.build()
    state = _state(application)
    state.engine = Engine(responder, settings)
    state.policy = AccessPolicy(settings.allowed_chats, settings.allowed_users, settings.admins)
    state.store = open_store(settings.database, log_chats=settings.log_chats)
    state.limiter = (sharing.SharedQuestionLimiter(state.store, settings.user_limit,
                                                   settings.user_window)
                     if state.store.shared else
                     QuestionLimiter(settings.user_limit, settings.user_window))
    if state.store.shared:  # a /reload reaches every replica
        state.engine.announce = state.store.announce_reload
    state.recorder = Recorder(state.store, RecordLimits(
        per_sender_hour=settings.records_per_user_hour,
        per_sender_day=settings.records_per_user_day, kept=settings.max_unanswered))
    state.chats = ChatStates(settings.chat_states, settings.chat_state_hours * 3_600)
    state.refused_chats = Recent(settings.chat_states, settings.chat_state_hours * 3_600)
    state.seen_updates = Recent(settings.seen_updates)
    state.update_lease = settings.update_lease
    state.timezone = settings.timezone
    state.retention_days = settings.retention_days
    register_handlers(application)
    return application


def _listen_for_reloads(application: AnyApplication) -> None:
    """With a database replicas share: reload when another replica announces a reload."""
    state = _state(application)
    loop = asyncio.get_running_loop()
    pending: set[asyncio.Task[None]] = set()

    def reload_here() -> None:
        task = loop.create_task(_reload(state.engine, "reload announced by another replica"))
        pending.add(task)
        task.add_done_callback(pending.discard)

    def from_the_listener() -> None:
        loop.call_soon_threadsafe(reload_here)

    state.store.listen(from_the_listener)


def install_reload_signal(application: AnyApplication) -> None:
    """Reload the knowledge on SIGHUP, as on /reload (a bad edit keeps the old serving)."""
    holder = _state(application).engine
    pending: set[asyncio.Task[None]] = set()

    def on_hangup() -> None:
        task = asyncio.get_running_loop().create_task(_reload(holder, "SIGHUP"))
        pending.add(task)
        task.add_done_callback(pending.discard)

    asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, on_hangup)


async def _reload(holder: Engine, cause: str) -> None:
    """Reload this process only (a SIGHUP, or another replica's announcement)."""
    result = await asyncio.to_thread(holder.reload, announce=False)
    if result.ok:
        log.info("%s: %s", cause, result.summary)
    else:
        log.error("%s: %s\n%s", cause, result.summary,
                  "\n".join(p.format() for p in result.problems[:MAX_LOGGED_PROBLEMS]))


def run_bot(settings: Settings) -> int:
    """Serve the bot until interrupted: webhook when configured, long polling otherwise."""
    configure_logging(secrets=tuple(s for s in (settings.token, settings.webhook_secret) if s))
    responder = Responder.from_files(settings.intents_path, settings.corpus_dir,
                                     settings.thresholds)
    application = build_application(settings, responder)

    async def post_init(app: AnyApplication) -> None:
        await on_startup(app)
        install_reload_signal(app)

    application.post_init = post_init
    if settings.webhook_url:
        log.info("starting in webhook mode on %s:%s", settings.webhook_listen,
                 settings.webhook_port)
        # Our own server, not run_webhook(): it checks the limits before reading (webhook.py).
        asyncio.run(serve_webhook(application, settings))
    else:
        log.info("starting with long polling against %s", _host_of(settings.api_base_url))
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0


def _host_of(url: str) -> str:
    """The scheme and host of a URL, for logs (never the token)."""
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}"
