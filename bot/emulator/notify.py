"""A tiny "something changed" broadcast for asyncio waiters."""

from __future__ import annotations

import asyncio


class ChangeSignal:
    """Wakes every current waiter on each :meth:`notify`."""

    def __init__(self) -> None:
        self._event: asyncio.Event | None = None

    def notify(self) -> None:
        """Wake all waiters."""
        if self._event is not None:
            self._event.set()
            self._event = None

    async def wait(self, timeout: float) -> bool:
        """Wait for the next change; False when ``timeout`` seconds passed first."""
        if timeout <= 0:
            return False
        if self._event is None:
            self._event = asyncio.Event()
        try:
            await asyncio.wait_for(self._event.wait(), timeout)
        except TimeoutError:
            return False
        return True
