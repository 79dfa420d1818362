"""Injected failures: what should go wrong with the next matching calls.

Kinds:

* ``"400"`` -- Bad Request, as when the message replied to was deleted (method not executed);
* ``"429"`` -- Too Many Requests with ``retry_after`` (method not executed);
* ``"500"`` -- Internal Server Error as JSON;
* ``"502"`` -- Bad Gateway as an HTML page, like Telegram's front proxy;
* ``"reset"`` -- the connection is closed without any response;
* ``"slow"`` -- the method runs (a message IS recorded), then the answer is
  held back ``seconds`` -- a client timeout then hides a delivered message;
* ``"down"`` -- the connection is reset and the whole server stops listening
  for ``seconds``, then comes back on the same port with its state.

``after=True`` makes ``500``/``502``/``reset`` strike after the method ran.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Literal

FaultKind = Literal["400", "429", "500", "502", "reset", "slow", "down"]
FAULT_KINDS: frozenset[str] = frozenset({"400", "429", "500", "502", "reset", "slow", "down"})


@dataclass
class Fault:
    """A planned failure for the next ``times`` calls of ``method`` (None: any method)."""

    kind: FaultKind
    method: str | None
    times: int = 1
    retry_after: int = 1
    seconds: float = 1.0
    after: bool = False

    def matches(self, method: str) -> bool:
        """Whether this fault applies to a call of ``method``."""
        return self.times > 0 and (self.method is None or self.method.lower() == method.lower())

    @property
    def strikes_after_execution(self) -> bool:
        """True when the method runs before the fault shows."""
        return self.kind == "slow" or (self.after and self.kind in {"500", "502", "reset"})


@dataclass(frozen=True)
class FiredFault:
    """A fault that actually struck a call."""

    kind: str
    method: str
    at: float


class FaultPlan:
    """The queue of planned faults and the log of fired ones."""

    def __init__(self) -> None:
        self._planned: list[Fault] = []
        self.fired: list[FiredFault] = []

    def add(self, fault: Fault) -> Fault:
        """Plan ``fault``."""
        if fault.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {fault.kind!r}")
        if fault.times < 1:
            raise ValueError("times must be at least 1")
        self._planned.append(fault)
        return fault

    def take(self, method: str) -> Fault | None:
        """The first planned fault for ``method``, consuming one of its uses."""
        for fault in self._planned:
            if fault.matches(method):
                fault.times -= 1
                if fault.times == 0:
                    self._planned.remove(fault)
                self.fired.append(FiredFault(fault.kind, method, time.monotonic()))
                return fault
        return None

    def count(self, kind: str | None = None, method: str | None = None) -> int:
        """How many faults fired, optionally of one kind and/or for one method."""
        return sum(
            1
            for f in self.fired
            if (kind is None or f.kind == kind) and (method is None or f.method.lower() == method.lower())
        )

    @property
    def remaining(self) -> list[Fault]:
        """Faults planned but not yet used up."""
        return list(self._planned)

    def clear(self) -> None:
        """Forget planned faults (the fired log is kept)."""
        self._planned.clear()
