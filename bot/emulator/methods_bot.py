"""Bot API methods about the bot itself: getMe, updates, webhook, commands, profile."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from .errors import ApiError, bad_request
from .params import Params
from .world import World, scope_key

MAX_COMMANDS = 100
_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
_WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)


def get_me(world: World, params: Params) -> Any:
    """``getMe``: the bot user with its capabilities."""
    return {
        **world.bot.to_dict(),
        "can_join_groups": True,
        "can_read_all_group_messages": not world.privacy_mode,
        "supports_inline_queries": True,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def get_updates(world: World, params: Params) -> Awaitable[Any]:
    """``getUpdates``: long polling with offset confirmation."""
    if world.webhook.get("url"):
        raise ApiError(409, _WEBHOOK_ACTIVE)
    allowed = params.get_json("allowed_updates")
    if isinstance(allowed, list):
        world.updates.set_allowed(str(kind) for kind in allowed)
    timeout_raw = params.get_str("timeout") or "0"
    try:
        timeout = float(timeout_raw)
    except ValueError:
        raise bad_request("invalid timeout specified") from None
    return world.updates.poll(
        offset=params.get_int("offset", 0) or 0,
        limit=params.get_int("limit", 100) or 100,
        timeout=timeout,
    )


def set_webhook(world: World, params: Params) -> Any:
    """``setWebhook``: recorded only; getUpdates then answers 409."""
    url = params.get_str("url", "") or ""
    if url and not url.lower().startswith("https://"):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    world.webhook = {"url": url, **params.decoded()}
    if params.get_bool("drop_pending_updates"):
        world.updates.drop_all()
    return True


def delete_webhook(world: World, params: Params) -> Any:
    """``deleteWebhook``: forget the webhook, maybe drop pending updates."""
    world.webhook = {"url": ""}
    if params.get_bool("drop_pending_updates"):
        world.updates.drop_all()
    return True


def get_webhook_info(world: World, params: Params) -> Any:
    """``getWebhookInfo``."""
    return {
        "url": world.webhook.get("url", ""),
        "has_custom_certificate": False,
        "pending_update_count": world.updates.pending_count,
    }


def set_my_commands(world: World, params: Params) -> Any:
    """``setMyCommands`` for a scope and language."""
    commands = params.get_json("commands", "can't parse commands JSON object")
    if not isinstance(commands, list):
        raise bad_request('parameter "commands" is required')
    if len(commands) > MAX_COMMANDS:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    cleaned = []
    for item in commands:
        if not isinstance(item, dict):
            raise bad_request("can't parse BotCommand: BotCommand should be an Object")
        name, description = item.get("command"), item.get("description")
        if not isinstance(name, str) or not _COMMAND_NAME.fullmatch(name.removeprefix("/")):
            raise bad_request("BOT_COMMAND_INVALID")
        if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        cleaned.append({"command": name.removeprefix("/"), "description": description})
    key = _scope(params)
    if cleaned:
        world.commands[key] = cleaned
    else:
        world.commands.pop(key, None)
    return True


def get_my_commands(world: World, params: Params) -> Any:
    """``getMyCommands`` for exactly the given scope and language."""
    return world.commands_for(_scope(params))


def delete_my_commands(world: World, params: Params) -> Any:
    """``deleteMyCommands`` for a scope and language."""
    world.commands.pop(_scope(params), None)
    return True


def _scope(params: Params) -> str:
    return scope_key(params.get_json("scope"), params.get_str("language_code"))


def _profile_setter(field: str, limit: int) -> Callable[[World, Params], Any]:
    def handler(world: World, params: Params) -> Any:
        value = params.get_str(field, "") or ""
        if len(value) > limit:
            raise bad_request(f"{field.upper()}_INVALID")
        world.profile[field] = value
        return True

    handler.__doc__ = f"Store the bot's {field}."
    return handler


def _profile_getter(field: str) -> Callable[[World, Params], Any]:
    def handler(world: World, params: Params) -> Any:
        return {field: world.profile.get(field, "")}

    handler.__doc__ = f"Return the bot's {field}."
    return handler


def ok(world: World, params: Params) -> Any:
    """Methods that just succeed (logOut, close)."""
    return True


def get_file(world: World, params: Params) -> Any:
    """``getFile``: metadata and the path to download from base_file_url."""
    found = world.files.get(params.get_str("file_id") or "")
    if found is None:
        raise bad_request("invalid file_id")
    return {key: value for key, value in found.items() if key != "content"}


BOT_METHODS: dict[str, Callable[[World, Params], Any]] = {
    "getMe": get_me,
    "getUpdates": get_updates,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
    "logOut": ok,
    "close": ok,
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
    "setMyDescription": _profile_setter("description", 512),
    "getMyDescription": _profile_getter("description"),
    "setMyShortDescription": _profile_setter("short_description", 120),
    "getMyShortDescription": _profile_getter("short_description"),
    "setMyName": _profile_setter("name", 64),
    "getMyName": _profile_getter("name"),
    "getFile": get_file,
}
