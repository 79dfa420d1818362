"""Bot API methods answering users' queries: callback buttons and inline mode."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import QUERY_TOO_OLD, bad_request
from .markup import validate_reply_markup
from .models import JsonDict
from .params import Params
from .texts import render_text
from .world import World

MAX_INLINE_RESULTS = 50
MAX_RESULT_ID_BYTES = 64
MAX_CALLBACK_ANSWER = 200
_RESULT_ERROR = "can't parse inline query result: "


def answer_callback_query(world: World, params: Params) -> Any:
    """``answerCallbackQuery``: each query can be answered once."""
    record = world.callback_queries.get(params.get_str("callback_query_id") or "")
    if record is None or record["answered"]:
        raise bad_request(QUERY_TOO_OLD)
    text = params.get_str("text") or ""
    if len(text) > MAX_CALLBACK_ANSWER:
        raise bad_request("MESSAGE_TOO_LONG")
    record.update(answered=True, answer=params.decoded())
    world.changed.notify()
    return True


def answer_inline_query(world: World, params: Params) -> Any:
    """``answerInlineQuery``: at most 50 results with unique ids of at most 64 bytes."""
    record = world.inline_queries.get(params.get_str("inline_query_id") or "")
    if record is None or record["answered"]:
        raise bad_request(QUERY_TOO_OLD)
    results = params.get_json("results", "can't parse inline query results JSON object")
    if not isinstance(results, list):
        raise bad_request("can't parse inline query results JSON object")
    if len(results) > MAX_INLINE_RESULTS:
        raise bad_request("RESULTS_TOO_MUCH")
    seen: set[str] = set()
    for result in results:
        result_id = _check_result(world, result)
        if result_id in seen:
            raise bad_request("RESULT_ID_DUPLICATE")
        seen.add(result_id)
    record.update(answered=True, answer=params.decoded())
    world.changed.notify()
    return True


def _check_result(world: World, result: Any) -> str:
    if not isinstance(result, dict):
        raise bad_request(_RESULT_ERROR + "InlineQueryResult should be an Object")
    for field in ("type", "id"):
        if field not in result:
            raise bad_request(_RESULT_ERROR + f'Can\'t find field "{field}"')
    result_id = result["id"]
    if not isinstance(result_id, str):
        raise bad_request(_RESULT_ERROR + 'Field "id" must be of type String')
    if not 1 <= len(result_id.encode("utf-8")) <= MAX_RESULT_ID_BYTES:
        raise bad_request("RESULT_ID_INVALID")
    if result["type"] == "article" and "input_message_content" not in result:
        raise bad_request(_RESULT_ERROR + 'Can\'t find field "input_message_content"')
    content = result.get("input_message_content")
    if isinstance(content, dict) and "message_text" in content:
        _check_message_content(world, content)
    validate_reply_markup(result.get("reply_markup"))
    return result_id


def _check_message_content(world: World, content: JsonDict) -> None:
    render_text(
        str(content["message_text"]),
        content.get("parse_mode"),
        content.get("entities"),
        strict=world.strict_html,
        kind="inline",
    )


QUERY_METHODS: dict[str, Callable[[World, Params], Any]] = {
    "answerCallbackQuery": answer_callback_query,
    "answerInlineQuery": answer_inline_query,
}
