"""The Bot API method table: method name -> implementation over a :class:`World`."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from .errors import ApiError
from .methods_bot import BOT_METHODS
from .methods_chats import CHAT_METHODS
from .methods_messages import MESSAGE_METHODS
from .methods_queries import QUERY_METHODS
from .params import Params
from .world import World

Handler = Callable[[World, Params], Any]

METHODS: dict[str, Handler] = {**BOT_METHODS, **MESSAGE_METHODS, **QUERY_METHODS, **CHAT_METHODS}
_BY_LOWER_NAME = {name.lower(): name for name in METHODS}


def canonical_name(method: str) -> str | None:
    """The documented spelling of a method (Telegram ignores case), or None."""
    return _BY_LOWER_NAME.get(method.lower())


async def call_method(world: World, method: str, params: Params) -> Any:
    """Run one Bot API method; raises :class:`ApiError` as Telegram would answer."""
    name = canonical_name(method)
    if name is None:
        raise ApiError(404, "Not Found")
    result = METHODS[name](world, params)
    if inspect.isawaitable(result):
        result = await result
    return result
