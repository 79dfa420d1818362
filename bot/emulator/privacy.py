"""Which messages Telegram delivers to a bot (group privacy mode).

From https://core.telegram.org/bots/features#privacy-mode and the bot FAQ:
every bot gets service messages and all private-chat messages; bot admins
and bots with privacy mode disabled get all group messages; other bots get

* commands explicitly meant for them (``/command@this_bot``);
* general commands (``/start``) if they were the last bot to write in the
  group -- always true here, as the emulator has a single bot;
* messages sent via them (inline mode);
* replies to their messages.

BotFather also says privacy-mode bots receive messages that mention them by
username, so mentions are delivered too. Nobody sees other bots' messages.
"""

from __future__ import annotations

from .models import JsonDict, User, message_text_and_entities
from .text_entities import utf16_slice

SERVICE_FIELDS = frozenset(
    {
        "new_chat_members", "left_chat_member", "new_chat_title", "new_chat_photo",
        "delete_chat_photo", "group_chat_created", "supergroup_chat_created",
        "channel_chat_created", "migrate_to_chat_id", "migrate_from_chat_id", "pinned_message",
        "message_auto_delete_timer_changed", "video_chat_started", "video_chat_ended",
        "forum_topic_created", "forum_topic_closed", "forum_topic_reopened",
    }
)  # fmt: skip


def is_service_message(message: JsonDict) -> bool:
    """Whether ``message`` is a service message (joins, leaves, migrations...)."""
    return not SERVICE_FIELDS.isdisjoint(message.keys())


def is_delivered(message: JsonDict, *, bot: User, privacy_mode: bool, bot_status: str) -> bool:
    """Whether Telegram would send ``message`` to ``bot`` as an update."""
    sender = message.get("from") or {}
    if sender.get("is_bot") and sender.get("id") != bot.id and not is_service_message(message):
        return False
    if message["chat"]["type"] in {"private", "channel"} or is_service_message(message):
        return True
    if not privacy_mode or bot_status in {"administrator", "creator"}:
        return True
    replied = message.get("reply_to_message") or {}
    if (replied.get("from") or {}).get("id") == bot.id:
        return True
    if (message.get("via_bot") or {}).get("id") == bot.id:
        return True
    return _addresses_bot(message, bot)


def _addresses_bot(message: JsonDict, bot: User) -> bool:
    username = (bot.username or "").lower()
    text, entities = message_text_and_entities(message)
    for entity in entities:
        part = utf16_slice(text, entity["offset"], entity["length"])
        if entity["type"] == "bot_command":
            _, _, target = part.partition("@")
            if target.lower() == username or (not target and entity["offset"] == 0):
                return True
        elif entity["type"] == "mention" and part[1:].lower() == username:
            return True
    return False
