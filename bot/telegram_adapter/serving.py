"""The knowledge in service, and reloading it without downtime.

``Engine`` holds the ``Responder`` that answers questions. ``reload`` builds a complete new
Responder from the files (load, validate, prepare) *beside* the old one and swaps the reference
only when it succeeded, so every question is answered by a whole engine, old or new, and a bad
edit leaves the old knowledge serving.
"""

from __future__ import annotations

import threading

from bot.config import Settings
from bot.core.responder import Responder
from bot.errors import KnowledgeError, Problem
from bot.knowledge.reload import ReloadResult


class Engine:
    """The responder currently serving; replaced whole by ``reload``, never changed in place."""

    def __init__(self, responder: Responder, settings: Settings) -> None:
        self.responder = responder
        self.settings = settings
        self._reloading = threading.Lock()

    def reload(self) -> ReloadResult:
        """Re-read intents.yaml and corpus/; swap them in only if they are valid."""
        with self._reloading:
            try:
                fresh = Responder.from_files(self.settings.intents_path, self.settings.corpus_dir,
                                             self.settings.thresholds)
            except KnowledgeError as error:
                return ReloadResult(False, tuple(error.problems),
                                    f"kept the old knowledge: {len(error.problems)} problem(s)")
            except Exception as error:  # a reload must never take the bot down
                problem = Problem(str(self.settings.intents_path), None,
                                  f"could not be loaded ({type(error).__name__}: {error}).",
                                  "run 'briefbot check' to find the problem.")
                return ReloadResult(False, (problem,), "kept the old knowledge: 1 problem(s)")
            self.responder = fresh
            kb = fresh.kb
            examples = sum(len(i.examples) for i in kb.intents.values())
            return ReloadResult(True, summary=f"reloaded {len(kb.intents)} intents, {examples} "
                                              f"examples, {len(kb.corpus.documents)} documents")
