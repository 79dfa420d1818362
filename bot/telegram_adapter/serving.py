"""The knowledge in service, and reloading it without downtime.

``Engine`` holds the ``Responder`` that answers questions. ``reload`` builds a complete new
Responder from the files (load, validate, prepare) *beside* the old one and swaps the reference
only when it succeeded, so every question is answered by a whole engine, old or new, and a bad
edit leaves the old knowledge serving. With replicas sharing a database, a successful reload is
announced (``announce``) so that every other replica reloads too.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from bot import texts
from bot.config import Settings
from bot.core.responder import Responder
from bot.errors import KnowledgeError, Problem
from bot.knowledge.reload import ReloadResult

log = logging.getLogger(__name__)


class Engine:
    """The responder currently serving; replaced whole by ``reload``, never changed in place."""

    def __init__(self, responder: Responder, settings: Settings) -> None:
        self.responder = responder
        self.settings = settings
        self._reloading = threading.Lock()
        #: Tells the other replicas to reload (set when they share a database).
        self.announce: Callable[[], None] | None = None

    def reload(self, *, announce: bool = True) -> ReloadResult:
        """Re-read intents.yaml and corpus/; swap them in only if they are valid; then, with
        ``announce``, tell the other replicas to do the same."""
        result = self._reload()
        if result.ok and announce and self.announce is not None:
            try:
                self.announce()
            except Exception as error:  # the reload here stands; the others keep serving
                log.warning("reloaded here, but the other replicas could not be told (%s)", error)
        return result

    def _reload(self) -> ReloadResult:
        with self._reloading:
            try:
                fresh = Responder.from_files(self.settings.intents_path, self.settings.corpus_dir,
                                             self.settings.thresholds)
            except KnowledgeError as error:
                return ReloadResult(False, tuple(error.problems),
                                    texts.kept_old_knowledge(len(error.problems)))
            except Exception as error:  # a reload must never take the bot down
                problem = Problem(str(self.settings.intents_path), None,
                                  f"could not be loaded ({type(error).__name__}: {error}).",
                                  "run 'briefbot check' to find the problem.")
                return ReloadResult(False, (problem,), texts.kept_old_knowledge(1))
            self.responder = fresh
            kb = fresh.kb
            examples = sum(len(i.examples) for i in kb.intents.values())
            return ReloadResult(True, summary=texts.reloaded(len(kb.intents), examples,
                                                             len(kb.corpus.documents)))
