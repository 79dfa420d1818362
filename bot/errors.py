"""The one exception family of briefbot, and the problem records that validation produces."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a look) in a knowledge file, with where it is and how to fix it."""

    file: str
    line: int | None
    message: str
    fix: str
    intent: str | None = None
    severity: Severity = "error"

    def format(self) -> str:
        """One line a curator can act on: ``file:line: [intent] message. Fix: ...``."""
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        who = f" intent '{self.intent}':" if self.intent else ""
        label = "warning" if self.severity == "warning" else "error"
        return f"{where}: {label}:{who} {self.message} Fix: {self.fix}"


class BriefbotError(Exception):
    """Base class of every error briefbot raises on purpose."""


class KnowledgeError(BriefbotError):
    """The knowledge files could not be loaded; ``problems`` says where and why.

    ``unreadable`` is true when a file could not be read or parsed at all (exit code 2), false
    when it parsed but its content is wrong (exit code 1).
    """

    def __init__(self, problems: list[Problem], *, unreadable: bool = False) -> None:
        self.problems = problems
        self.unreadable = unreadable
        super().__init__("\n".join(p.format() for p in problems))


class StorageError(BriefbotError):
    """The database file cannot be used as it is; nothing in it was changed.

    The message names the file and the setting that chose it, says what is wrong and what to do;
    the command line prints it and exits with status 2, as for any other configuration error.
    """

    def __init__(self, path: str, setting: str, problem: str, fix: str) -> None:
        self.path, self.setting, self.problem, self.fix = path, setting, problem, fix
        super().__init__(f"{path} ({setting}) {problem} Fix: {fix}")
