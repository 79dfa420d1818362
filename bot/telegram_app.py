"""The Telegram application: ``build_application`` wires the handlers; ``run_bot`` serves them.

Usage: ``briefbot run`` with ``TELEGRAM_BOT_TOKEN`` set (polling), plus ``BRIEFBOT_WEBHOOK_URL``
and ``BRIEFBOT_WEBHOOK_SECRET`` for webhook mode. ``TELEGRAM_API_BASE_URL`` points the bot at a
self-hosted Bot API server (or, in the tests, at the local emulator).
"""

from __future__ import annotations

import logging
import os
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
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot import handlers
from bot.config import ConfigError, Settings
from bot.logs import configure_logging
from bot.responder import Responder

log = logging.getLogger(__name__)

# Opt in to python-telegram-bot's future ``retry_after`` type now, as its deprecation notice
# asks; the rate limiter handles both.
os.environ.setdefault("PTB_TIMEDELTA", "1")

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
#: Retries of a send that Telegram answered with 429 (flood control).
SEND_RETRIES = 3
#: Seconds to wait for Telegram on each request (long polling adds its own timeout).
REQUEST_TIMEOUT = 10.0


def file_url_for(base_url: str) -> str:
    """The file download URL that goes with a Bot API base URL (``.../bot`` -> ``.../file/bot``)."""
    if base_url.endswith("/bot"):
        return base_url[: -len("bot")] + "file/bot"
    return base_url.rstrip("/") + "/file/bot"


async def publish_commands(application: AnyApplication) -> None:
    """Tell Telegram the command menus: one for private chats, one for groups."""
    bot = application.bot
    await bot.set_my_commands([BotCommand(n, d) for n, d in handlers.PRIVATE_COMMANDS],
                              scope=BotCommandScopeAllPrivateChats())
    await bot.set_my_commands([BotCommand(n, d) for n, d in handlers.GROUP_COMMANDS],
                              scope=BotCommandScopeAllGroupChats())


def register_handlers(application: AnyApplication) -> None:
    """Every handler, in the order they are tried: commands, buttons, inline, text, the rest."""
    new_only = filters.UpdateType.MESSAGE  # edited messages are ignored everywhere
    add = application.add_handler
    # 1. Commands (also as /cmd@BotName in groups; PTB drops commands for other bots).
    add(CommandHandler("start", handlers.on_start, filters=new_only))
    add(CommandHandler("help", handlers.on_help, filters=new_only))
    add(CommandHandler("topics", handlers.on_topics, filters=new_only))
    add(CommandHandler("sources", handlers.on_sources, filters=new_only))
    add(CommandHandler("why", handlers.on_why, filters=new_only))
    add(CommandHandler("ask", handlers.on_ask, filters=new_only))
    add(CommandHandler("brief", handlers.on_brief, filters=new_only))
    # 2. Button presses and inline queries.
    add(CallbackQueryHandler(handlers.on_callback))
    add(InlineQueryHandler(handlers.on_inline))
    # 3. The bot joining a group.
    add(ChatMemberHandler(handlers.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    # 4. Plain text: a question (in groups only when addressed; the handler checks).
    add(MessageHandler(new_only & filters.TEXT & ~filters.COMMAND, handlers.on_text))
    # 5. Anything else a person sends (stickers, photos, voice, files...).
    add(MessageHandler(new_only & ~filters.TEXT & ~filters.StatusUpdate.ALL, handlers.on_non_text))
    # 6. Errors: logged once with the update id, never with the token.
    application.add_error_handler(handlers.on_error)


def build_application(settings: Settings, responder: Responder, *,
                      request_timeout: float = REQUEST_TIMEOUT) -> AnyApplication:
    """The configured Application: HTML defaults, rate limiter with retries, handlers, menus."""
    if not settings.token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set; create a bot with @BotFather.")
    builder: Any = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .base_file_url(file_url_for(settings.api_base_url))
        .defaults(Defaults(parse_mode=ParseMode.HTML,
                           link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(AIORateLimiter(max_retries=SEND_RETRIES))
        .connect_timeout(request_timeout)
        .read_timeout(request_timeout)
        .write_timeout(request_timeout)
        .pool_timeout(request_timeout)
        .get_updates_connect_timeout(request_timeout)
        .get_updates_read_timeout(request_timeout)
        .post_init(publish_commands)
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its URLs contain the token
    application: AnyApplication = builder.build()
    application.bot_data[handlers.ENGINE] = handlers.Engine(responder)
    register_handlers(application)
    return application


def run_bot(settings: Settings) -> int:
    """Serve the bot until interrupted: webhook when configured, long polling otherwise."""
    configure_logging(secrets=tuple(s for s in (settings.token, settings.webhook_secret) if s))
    responder = Responder.from_files(settings.intents_path, settings.corpus_dir,
                                     settings.thresholds)
    application = build_application(settings, responder)
    if settings.webhook_url:
        log.info("starting in webhook mode on %s:%s", settings.webhook_listen,
                 settings.webhook_port)
        application.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path="telegram",
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        log.info("starting with long polling against %s", _host_of(settings.api_base_url))
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0


def _host_of(url: str) -> str:
    """The scheme and host of a URL, for logs (never the token)."""
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}"
