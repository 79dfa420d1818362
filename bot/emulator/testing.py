"""Running a real python-telegram-bot Application against the emulator.

    async with BotApiEmulator() as emu:
        app = application_builder(emu).build()
        app.add_handler(...)
        async with running_application(app) as running:
            emu.send_text(chat, alice, "/start")
            await emu.wait_for_messages(chat)

``running_application`` starts the app exactly as ``run_polling`` would
(initialize, start, ``updater.start_polling``) but without blocking or
signal handlers, and tears it down in reverse order.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from telegram.ext import Application, ApplicationBuilder, CallbackContext, ContextTypes, ExtBot

from .emulator import BotApiEmulator

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
DefaultBuilder = ApplicationBuilder[
    ExtBot[None], ContextTypes.DEFAULT_TYPE, dict[Any, Any], dict[Any, Any], dict[Any, Any], Any
]
LOCAL_TIMEOUT = 5.0


def application_builder(
    emu: BotApiEmulator, *, token: str | None = None, timeout: float = LOCAL_TIMEOUT
) -> DefaultBuilder:
    """An ApplicationBuilder aimed at ``emu`` with timeouts fit for a local server."""
    builder: DefaultBuilder = (
        ApplicationBuilder()
        .token(token or emu.token)
        .base_url(emu.base_url)
        .base_file_url(emu.base_file_url)
        .connect_timeout(timeout)
        .read_timeout(timeout)
        .write_timeout(timeout)
        .pool_timeout(timeout)
        .get_updates_connect_timeout(timeout)
        .get_updates_read_timeout(timeout)
        .get_updates_write_timeout(timeout)
        .get_updates_pool_timeout(timeout)
    )
    return builder


@dataclass
class RunningApplication:
    """A started Application and the errors its handlers raised."""

    application: AnyApplication
    errors: list[BaseException] = field(default_factory=list)

    async def wait_for_error(
        self, kind: type[BaseException] = BaseException, timeout: float = 5.0
    ) -> BaseException:
        """Wait until a handler raised an error of ``kind``; returns it."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            for error in self.errors:
                if isinstance(error, kind):
                    return error
            await asyncio.sleep(0.02)
        raise AssertionError(
            f"no {kind.__name__} raised by a handler within {timeout}s; errors: {self.errors!r}"
        )


@asynccontextmanager
async def running_application(
    application: AnyApplication,
    *,
    poll_timeout: int = 1,
    drop_pending_updates: bool = False,
    allowed_updates: Sequence[str] | None = None,
    record_errors: bool = True,
) -> AsyncIterator[RunningApplication]:
    """Initialize, start and poll ``application``; stop and shut it down on exit."""
    running = RunningApplication(application)

    async def record(update: object, context: CallbackContext[Any, Any, Any, Any]) -> None:
        if context.error is not None:
            running.errors.append(context.error)

    if record_errors:
        application.add_error_handler(record)
    await application.initialize()
    try:
        await application.start()
        try:
            updater = application.updater
            if updater is None:
                raise RuntimeError("the Application was built without an Updater")
            await updater.start_polling(
                poll_interval=0,
                timeout=poll_timeout,
                drop_pending_updates=drop_pending_updates,
                allowed_updates=allowed_updates,
            )
            try:
                yield running
            finally:
                if updater.running:
                    await updater.stop()
        finally:
            if application.running:
                await application.stop()
    finally:
        await application.shutdown()
        if record_errors:
            application.remove_error_handler(record)
