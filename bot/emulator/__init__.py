"""A local Telegram Bot API emulator for tests: real HTTP on 127.0.0.1, no internet.

Public surface:

* :class:`BotApiEmulator` -- the server plus a scriptable world of users and chats;
* :class:`User`, :class:`Chat` -- the world's people and chats (plain dataclasses);
* :func:`parse_telegram_html` / :class:`TelegramHtmlError` -- Telegram's HTML rules;
* :mod:`bot.emulator.testing` -- running a python-telegram-bot Application against it.
"""

from .emulator import DEFAULT_TOKEN, BotApiEmulator
from .errors import ApiError
from .faults import Fault, FaultKind, FiredFault
from .frontend import ErrorRecord, RequestRecord
from .html_check import TelegramHtmlError, parse_telegram_html
from .markup import keyboard_rows
from .models import Chat, JsonDict, User
from .text_entities import utf16_len
from .world import scope_key

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "BotApiEmulator",
    "Chat",
    "ErrorRecord",
    "Fault",
    "FaultKind",
    "FiredFault",
    "JsonDict",
    "RequestRecord",
    "TelegramHtmlError",
    "User",
    "keyboard_rows",
    "parse_telegram_html",
    "scope_key",
    "utf16_len",
]
