"""Bot API methods about chats and their members."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import bad_request
from .models import PRESENT_STATUSES, Chat, JsonDict, chat_member_dict
from .params import Params
from .world import World

CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice",
        "upload_voice", "upload_document", "choose_sticker", "find_location",
        "record_video_note", "upload_video_note",
    }
)  # fmt: skip


def get_chat(world: World, params: Params) -> Any:
    """``getChat``: a ChatFullInfo."""
    chat = world.resolve_chat(params.get_str("chat_id"))
    info: JsonDict = {
        **chat.to_dict(),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        },
    }
    return info


def get_chat_member(world: World, params: Params) -> Any:
    """``getChatMember``: the configured status of a user."""
    chat = world.resolve_chat(params.get_str("chat_id"))
    user_id = params.require_int("user_id", "user not found")
    user = world.users.get(user_id)
    if user is None:
        raise bad_request("user not found")
    if chat.type == "private" and user_id not in {chat.id, world.bot.id}:
        raise bad_request("user not found")
    return chat_member_dict(user, chat.status_of(user_id))


def get_chat_administrators(world: World, params: Params) -> Any:
    """``getChatAdministrators``: the creator and administrators."""
    chat = world.resolve_chat(params.get_str("chat_id"))
    if chat.type == "private":
        raise bad_request("there are no administrators in the private chat")
    return [
        chat_member_dict(world.users[user_id], status)
        for user_id, status in chat.members.items()
        if status in {"creator", "administrator"} and user_id in world.users
    ]


def get_chat_member_count(world: World, params: Params) -> Any:
    """``getChatMemberCount``."""
    chat = world.resolve_chat(params.get_str("chat_id"))
    if chat.type == "private":
        return 2
    return sum(1 for status in chat.members.values() if status in PRESENT_STATUSES)


def send_chat_action(world: World, params: Params) -> Any:
    """``sendChatAction``: recorded in ``world.chat_actions``."""
    chat = world.writable_chat(params.get_str("chat_id"))
    action = params.get_str("action") or ""
    if action not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    world.chat_actions.append((chat.id, action))
    return True


def leave_chat(world: World, params: Params) -> Any:
    """``leaveChat``: the bot leaves a group."""
    chat: Chat = world.resolve_chat(params.get_str("chat_id"))
    if chat.type == "private":
        raise bad_request("chat member status can't be changed in private chats")
    chat.members[world.bot.id] = "left"
    return True


CHAT_METHODS: dict[str, Callable[[World, Params], Any]] = {
    "getChat": get_chat,
    "getChatMember": get_chat_member,
    "getChatAdministrators": get_chat_administrators,
    "getChatMemberCount": get_chat_member_count,
    "sendChatAction": send_chat_action,
    "leaveChat": leave_chat,
}
