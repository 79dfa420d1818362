"""The knowledge in service, and reloading it without downtime.

``Engine`` holds the ``Responder`` that answers questions. ``reload`` builds a complete new
Responder from the files (load, validate, prepare) *beside* the old one and swaps the reference
only when it succeeded, so every question is answered by a whole engine, old or new, and a bad
edit leaves the old knowledge serving.
"""

from __future__ import annotations

import threading

from bot import texts
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
