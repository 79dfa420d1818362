"""Bot API methods that send, edit and delete messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import bad_request
from .markup import inline_keyboard_of, validate_reply_markup
from .models import PRESENT_STATUSES, Chat, JsonDict
from .params import Params
from .texts import render_text
from .world import World

_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
_MARKUP_JSON = "can't parse reply keyboard markup JSON object"


def send_message(world: World, params: Params) -> Any:
    """``sendMessage``."""
    chat = world.writable_chat(params.get_str("chat_id"))
    raw = params.get_str("text")
    if raw is None:
        raise bad_request("message text is empty")
    parse_mode = params.get_str("parse_mode")
    visible, entities = render_text(raw, parse_mode, params.get_json("entities"), strict=world.strict_html)
    markup = validate_reply_markup(params.get_json("reply_markup", _MARKUP_JSON))
    reply_to = _reply_target(world, chat, params)
    content: JsonDict = {"text": visible}
    if entities:
        content["entities"] = entities
    preview = params.get_json("link_preview_options")
    if isinstance(preview, dict) and preview:
        content["link_preview_options"] = preview
    return world.store_bot_message(
        chat,
        content,
        method="sendMessage",
        raw_text=raw,
        parse_mode=parse_mode,
        reply_markup=markup,
        reply_to_message_id=reply_to,
    )


def _send_media(field: str, method: str) -> Callable[[World, Params], Any]:
    def handler(world: World, params: Params) -> Any:
        chat = world.writable_chat(params.get_str("chat_id"))
        source = params.get_str(field)
        if source is None:
            raise bad_request(f"there is no {field} in the request")
        caption = params.get_str("caption")
        parse_mode = params.get_str("parse_mode")
        visible, entities = render_text(
            caption,
            parse_mode,
            params.get_json("caption_entities"),
            strict=world.strict_html,
            kind="caption",
        )
        markup = validate_reply_markup(params.get_json("reply_markup", _MARKUP_JSON))
        reply_to = _reply_target(world, chat, params)
        content: JsonDict = {field: _media_object(world, field, source, params)}
        if visible:
            content["caption"] = visible
        if entities:
            content["caption_entities"] = entities
        return world.store_bot_message(
            chat,
            content,
            method=method,
            raw_text=caption,
            parse_mode=parse_mode,
            reply_markup=markup,
            reply_to_message_id=reply_to,
        )

    handler.__doc__ = f"``{method}`` (uploads, file_ids and URLs are all accepted)."
    return handler


def _media_object(world: World, field: str, source: str, params: Params) -> Any:
    data = params.files.get(source.removeprefix("attach://"), params.files.get(field))
    if data is None:
        known = world.files.get(source)
        data = known["content"] if known else source.encode()
    if field == "photo":
        sizes = []
        for width, height in ((90, 67), (1280, 960)):
            size = world.new_file("photos", "jpg", data)
            size.update(width=width, height=height)
            sizes.append(size)
        return sizes
    document = world.new_file("documents", "bin", data)
    document.update(file_name=f"{field}.bin", mime_type="application/octet-stream")
    return document


def _reply_target(world: World, chat: Chat, params: Params) -> int | None:
    """The replied-to message id from reply_parameters / reply_to_message_id."""
    reply = params.get_json("reply_parameters")
    allow_missing = params.get_bool("allow_sending_without_reply")
    if isinstance(reply, dict):
        message_id = reply.get("message_id")
        allow_missing = bool(reply.get("allow_sending_without_reply", allow_missing))
    else:
        message_id = params.get_int("reply_to_message_id")
    if message_id is None:
        return None
    if world.find_message(chat.id, int(message_id)) is None:
        if allow_missing:
            return None
        raise bad_request("message to be replied not found")
    return int(message_id)


def _editable(world: World, params: Params, missing: str) -> JsonDict:
    chat = world.resolve_chat(params.get_str("chat_id"))
    message_id = params.require_int("message_id", "message identifier is not specified")
    message = world.find_message(chat.id, message_id)
    if message is None:
        raise bad_request(missing)
    if (message.get("from") or {}).get("id") != world.bot.id:
        raise bad_request("message can't be edited")
    return message


def edit_message_text(world: World, params: Params) -> Any:
    """``editMessageText``; omitting reply_markup removes the inline keyboard."""
    raw = params.get_str("text")
    if raw is None:
        raise bad_request("message text is empty")
    parse_mode = params.get_str("parse_mode")
    visible, entities = render_text(
        raw, parse_mode, params.get_json("entities"), strict=world.strict_html, kind="edit"
    )
    markup = validate_reply_markup(params.get_json("reply_markup", _MARKUP_JSON))
    if params.get_str("inline_message_id"):
        return True
    message = _editable(world, params, "message to edit not found")
    if "text" not in message:
        raise bad_request("there is no text in the message to edit")
    keyboard = inline_keyboard_of(markup)
    same_text = visible == message["text"] and entities == message.get("entities", [])
    if same_text and keyboard == message.get("reply_markup"):
        raise bad_request(_NOT_MODIFIED)
    changes = {"text": visible, "entities": entities or None, "reply_markup": keyboard}
    record = {
        "text": visible,
        "raw_text": raw,
        "parse_mode": parse_mode,
        "entities": entities or None,
        "reply_markup": keyboard,
        "sent_markup": markup,
    }
    return world.edit_bot_message(message, changes, record)


def edit_message_reply_markup(world: World, params: Params) -> Any:
    """``editMessageReplyMarkup``; omitting reply_markup removes the keyboard."""
    markup = validate_reply_markup(params.get_json("reply_markup", _MARKUP_JSON))
    if params.get_str("inline_message_id"):
        return True
    message = _editable(world, params, "message to edit not found")
    keyboard = inline_keyboard_of(markup)
    if keyboard == message.get("reply_markup"):
        raise bad_request(_NOT_MODIFIED)
    return world.edit_bot_message(
        message, {"reply_markup": keyboard}, {"reply_markup": keyboard, "sent_markup": markup}
    )


def delete_message(world: World, params: Params) -> Any:
    """``deleteMessage``: own messages, private chats, or anything as an admin."""
    chat = world.resolve_chat(params.get_str("chat_id"))
    message_id = params.require_int("message_id", "message identifier is not specified")
    message = world.find_message(chat.id, message_id)
    if message is None:
        raise bad_request("message to delete not found")
    own = (message.get("from") or {}).get("id") == world.bot.id
    admin = chat.status_of(world.bot.id) in {"administrator", "creator"}
    if not (own or chat.type == "private" or admin):
        raise bad_request("message can't be deleted")
    if chat.type != "private" and chat.status_of(world.bot.id) not in PRESENT_STATUSES:
        raise bad_request("message can't be deleted")
    world.delete_message(chat.id, message_id)
    return True


MESSAGE_METHODS: dict[str, Callable[[World, Params], Any]] = {
    "sendMessage": send_message,
    "sendPhoto": _send_media("photo", "sendPhoto"),
    "sendDocument": _send_media("document", "sendDocument"),
    "editMessageText": edit_message_text,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "deleteMessage": delete_message,
}
