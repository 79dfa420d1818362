"""The simulated Telegram state seen from the bot: chats, messages, updates.

:class:`World` keeps users, chats, every chat's message history, the bot's own
messages (as inspectable records), callback/inline queries and what the bot
configured. It raises :class:`~bot.emulator.errors.ApiError` exactly where
Telegram refuses a bot's request; user-side actions live in
:mod:`bot.emulator.simulation`.
"""

from __future__ import annotations

import copy
import itertools
import time
from collections.abc import Callable
from typing import Any

from .errors import ApiError, bad_request, forbidden
from .markup import inline_keyboard_of
from .models import PRESENT_STATUSES, Chat, JsonDict, User
from .notify import ChangeSignal
from .privacy import is_delivered
from .updates import UpdateQueue

GROUP_ID_BASE = 4_000_000_000
SUPERGROUP_ID_BASE = 1_002_000_000_000
FIRST_USER_ID = 1_000_001

ChatRef = Chat | int
MessageRef = JsonDict | int


class World:
    """State of the emulated Telegram, shared by the API methods and the test helpers."""

    def __init__(
        self,
        bot: User,
        *,
        privacy_mode: bool = True,
        strict_html: bool = True,
        first_update_id: int = 1,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.bot = bot
        self.privacy_mode = privacy_mode
        self.strict_html = strict_html
        self.clock = clock
        self.updates = UpdateQueue(first_update_id)
        self.users: dict[int, User] = {bot.id: bot}
        self.chats: dict[int, Chat] = {}
        self.blocked_by: set[int] = set()
        self.commands: dict[str, list[JsonDict]] = {}
        self.webhook: JsonDict = {"url": ""}
        self.profile: dict[str, str] = {"name": bot.first_name}
        self.chat_actions: list[tuple[int, str]] = []
        self.callback_queries: dict[str, JsonDict] = {}
        self.inline_queries: dict[str, JsonDict] = {}
        self.files: dict[str, JsonDict] = {}
        self.changed = ChangeSignal()
        #: Called with each record of a message the bot sends (for load tests: exact timings).
        self.bot_message_observers: list[Callable[[JsonDict], None]] = []
        self._history: dict[int, dict[int, JsonDict]] = {}
        self._next_message_id: dict[int, int] = {}
        self._bot_log: dict[int, list[JsonDict]] = {}
        self._ids = itertools.count(1)

    # -- identities -------------------------------------------------------------------------

    def next_id(self) -> int:
        """A fresh small integer for ids of any kind."""
        return next(self._ids)

    def now(self) -> int:
        """Unix time as Telegram puts it in ``date`` fields."""
        return int(self.clock())

    def register_user(self, user: User) -> User:
        """Make ``user`` known to the world (idempotent)."""
        self.users.setdefault(user.id, user)
        return self.users[user.id]

    def chat_of(self, chat: ChatRef) -> Chat:
        """The chat for a Chat or a chat id (raises KeyError for a test bug)."""
        chat_id = chat.id if isinstance(chat, Chat) else chat
        return self.chats[chat_id]

    def add_chat(self, chat: Chat) -> Chat:
        """Register a chat and start its message numbering."""
        self.chats[chat.id] = chat
        self._history.setdefault(chat.id, {})
        self._next_message_id.setdefault(chat.id, 1)
        self._bot_log.setdefault(chat.id, [])
        return chat

    def new_file(self, folder: str, extension: str, data: bytes) -> JsonDict:
        """Store file content; returns the common file fields for a message."""
        number = self.next_id()
        file_id = f"EMU-{folder}-{number}"
        self.files[file_id] = {
            "file_id": file_id,
            "file_unique_id": f"u{number}",
            "file_size": len(data),
            "file_path": f"{folder}/file_{number}.{extension}",
            "content": data,
        }
        return {"file_id": file_id, "file_unique_id": f"u{number}", "file_size": len(data)}

    # -- bot-side lookups (raise Telegram's errors) -------------------------------------------

    def resolve_chat(self, chat_id: str | None) -> Chat:
        """The chat a ``chat_id`` parameter names, or Telegram's 400."""
        if chat_id is None or chat_id == "":
            raise bad_request("chat_id is empty")
        chat: Chat | None = None
        if chat_id.startswith("@"):
            name = chat_id[1:].lower()
            chat = next((c for c in self.chats.values() if (c.username or "").lower() == name), None)
        else:
            try:
                chat = self.chats.get(int(chat_id))
            except ValueError:
                raise bad_request("chat not found") from None
        if chat is None:
            raise bad_request("chat not found")
        if chat.migrated_to is not None:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                migrate_to_chat_id=chat.migrated_to,
            )
        return chat

    def writable_chat(self, chat_id: str | None) -> Chat:
        """A chat the bot may post in, or Telegram's 400/403."""
        chat = self.resolve_chat(chat_id)
        if chat.type == "private":
            if chat.id in self.blocked_by:
                raise forbidden("bot was blocked by the user")
            return chat
        status = chat.status_of(self.bot.id)
        kind = "supergroup chat" if chat.type == "supergroup" else f"{chat.type} chat"
        if status == "kicked":
            raise forbidden(f"bot was kicked from the {kind}")
        if status not in PRESENT_STATUSES:
            raise forbidden(f"bot is not a member of the {kind}")
        return chat

    def find_message(self, chat_id: int, message_id: int) -> JsonDict | None:
        """The current state of a message, or None."""
        return self._history.get(chat_id, {}).get(message_id)

    def bot_record(self, chat_id: int, message_id: int) -> JsonDict | None:
        """The record of a message the bot sent, or None."""
        for record in self._bot_log.get(chat_id, []):
            if record["message_id"] == message_id:
                return record
        return None

    # -- storing messages ---------------------------------------------------------------------

    def store_message(
        self, chat: Chat, sender: User | None, content: JsonDict, reply_to: MessageRef | None
    ) -> JsonDict:
        """Add a message to ``chat``'s history and return it (not delivered)."""
        message_id = self._next_message_id[chat.id]
        self._next_message_id[chat.id] = message_id + 1
        message: JsonDict = {"message_id": message_id}
        if sender is not None:
            message["from"] = sender.to_dict()
        message.update(chat=chat.to_dict(), date=self.now())
        if reply_to is not None:
            message["reply_to_message"] = self._reply_copy(chat, reply_to)
        message.update(content)
        self._history[chat.id][message_id] = message
        return message

    def store_bot_message(
        self,
        chat: Chat,
        content: JsonDict,
        *,
        method: str,
        raw_text: str | None,
        parse_mode: str | None,
        reply_markup: JsonDict | None,
        reply_to_message_id: int | None,
    ) -> JsonDict:
        """Store a message the bot sent and log it for :meth:`sent_messages`."""
        keyboard = inline_keyboard_of(reply_markup)
        if keyboard:
            content = {**content, "reply_markup": keyboard}
        message = self.store_message(chat, self.bot, content, reply_to_message_id)
        text_key = "text" if "text" in content else "caption"
        self._bot_log[chat.id].append(
            {
                "chat_id": chat.id,
                "message_id": message["message_id"],
                "method": method,
                "text": content.get(text_key, ""),
                "raw_text": raw_text,
                "parse_mode": parse_mode,
                "entities": content.get("entities" if text_key == "text" else "caption_entities"),
                "reply_markup": keyboard,
                "sent_markup": reply_markup,
                "reply_to_message_id": reply_to_message_id,
                "date": message["date"],
                "edit_count": 0,
                "deleted": False,
            }
        )
        for observer in self.bot_message_observers:
            observer(self._bot_log[chat.id][-1])
        self.changed.notify()
        return message

    def edit_bot_message(self, message: JsonDict, changes: JsonDict, record: JsonDict) -> JsonDict:
        """Apply an edit made by the bot to a stored message and its record."""
        for key, value in changes.items():
            if value is None:
                message.pop(key, None)
            else:
                message[key] = value
        message["edit_date"] = self.now()
        found = self.bot_record(message["chat"]["id"], message["message_id"])
        if found is not None:
            found.update(record)
            found["edit_count"] += 1
        self.changed.notify()
        return message

    def delete_message(self, chat_id: int, message_id: int) -> None:
        """Remove a message from history (and mark the bot's record deleted)."""
        self._history.get(chat_id, {}).pop(message_id, None)
        record = self.bot_record(chat_id, message_id)
        if record is not None:
            record["deleted"] = True
        self.changed.notify()

    def deliver(self, chat: Chat, message: JsonDict, kind: str = "message") -> JsonDict | None:
        """Queue ``message`` as an update if Telegram would deliver it to the bot."""
        visible = is_delivered(
            message,
            bot=self.bot,
            privacy_mode=self.privacy_mode,
            bot_status=chat.status_of(self.bot.id),
        )
        if chat.type != "private" and chat.status_of(self.bot.id) not in PRESENT_STATUSES:
            visible = False
        update = self.updates.push(kind, message) if visible else None
        self.changed.notify()
        return update

    def _reply_copy(self, chat: Chat, reply_to: MessageRef) -> JsonDict:
        message_id = reply_to if isinstance(reply_to, int) else int(reply_to["message_id"])
        original = self.find_message(chat.id, message_id)
        if original is None:
            raise bad_request("message to be replied not found")
        replied = copy.deepcopy(original)
        replied.pop("reply_to_message", None)
        return replied

    # -- reading what the bot did -------------------------------------------------------------

    def sent_messages(self, chat: ChatRef, *, include_deleted: bool = False) -> list[JsonDict]:
        """Every message the bot sent to ``chat`` (records, oldest first)."""
        records = self._bot_log.get(self.chat_of(chat).id, [])
        return [dict(r) for r in records if include_deleted or not r["deleted"]]

    def bot_log_length(self, chat: ChatRef) -> int:
        """How many messages the bot ever sent to ``chat`` (deleted ones included)."""
        return len(self._bot_log.get(self.chat_of(chat).id, []))

    def history(self, chat: ChatRef) -> list[JsonDict]:
        """All messages currently in ``chat`` (users' and bot's), oldest first."""
        return [copy.deepcopy(m) for m in self._history.get(self.chat_of(chat).id, {}).values()]

    def message(self, chat: ChatRef, message_id: int) -> JsonDict | None:
        """A copy of one message's current state."""
        found = self.find_message(self.chat_of(chat).id, message_id)
        return copy.deepcopy(found) if found is not None else None

    def callback_answer(self, query_id: str) -> JsonDict | None:
        """The answerCallbackQuery parameters the bot gave for ``query_id``, if any."""
        answer: JsonDict | None = self.callback_queries[query_id]["answer"]
        return answer

    def inline_answer(self, query_id: str) -> JsonDict | None:
        """The answerInlineQuery parameters the bot gave for ``query_id``, if any."""
        answer: JsonDict | None = self.inline_queries[query_id]["answer"]
        return answer

    def commands_for(self, scope: str = "default") -> list[JsonDict]:
        """The commands setMyCommands set for a scope key (see :func:`scope_key`)."""
        return list(self.commands.get(scope, []))


def scope_key(scope: Any, language_code: str | None = None) -> str:
    """A readable key for a BotCommandScope: ``default``, ``chat:-100123``, ``.../ru``."""
    scope = scope if isinstance(scope, dict) else {"type": "default"}
    key = str(scope.get("type", "default"))
    for part in ("chat_id", "user_id"):
        if part in scope:
            key += f":{scope[part]}"
    return f"{key}/{language_code}" if language_code else key
