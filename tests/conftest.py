"""Shared fixtures: a small knowledge base written to a temporary folder, and the shipped one."""

from __future__ import annotations

import tempfile
import textwrap
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings, default_path
from bot.core.responder import Responder
from bot.emulator import BotApiEmulator
from bot.emulator.testing import RunningApplication, running_application
from bot.knowledge.intents import KnowledgeBase, load_knowledge
from bot.telegram_adapter.app import build_application, on_startup

ROOT = Path(__file__).resolve().parent.parent

CORPUS_DOC = """\
id: doc
title: A small test document
covers: Drones, drug cartels and a meeting.
original_file: test.txt
dates: []
paragraphs:
- id: p1
  kind: text
  text: |-
    The meeting was held in Bangkok from 3 to 5 May. Delegates from ten countries attended.
- id: p2
  kind: text
  text: |-
    Drug cartels move precursor chemicals across borders. Officers must share intelligence.
- id: p3
  kind: text
  text: |-
    A paragraph nobody cites.
"""

INTENTS = """\
version: 1
topics:
  - id: meeting
    title: The meeting
  - id: drugs
    title: Drugs
synonyms:
  ammtc: [asean ministerial meeting on transnational crime]
  cybercrime: [cyber crime]
intents:
  - id: meeting-dates
    title: When was the meeting?
    topics: [meeting]
    examples:
      - when was the meeting held
      - meeting dates
      - what dates did the meeting take place
      - when did delegates meet
      - meeting when
      - wen was the meetng
    answer: |-
      The meeting was held in Bangkok from 3 to 5 May.
    sources:
      - document: doc
        paragraph: p1
        quote: from 3 to 5 May
    related: [meeting-venue]
  - id: meeting-venue
    title: Where was the meeting?
    topics: [meeting]
    examples:
      - where was the meeting held
      - meeting venue
      - which city hosted the meeting
      - meeting location
      - where did delegates meet
      - meeting place bangkok
    answer: |-
      The meeting was held in Bangkok from 3 to 5 May.
    sources:
      - document: doc
        paragraph: p1
        quote: held in Bangkok
    related: [meeting-dates]
  - id: precursors
    title: What about precursor chemicals?
    topics: [drugs]
    examples:
      - precursor chemicals
      - how do cartels move precursor chemicals
      - precursors across borders
      - chemicals used to make drugs
      - precurser chemicals
      - cartel chemical smuggling routes
    answer: |-
      Drug cartels move precursor chemicals across borders.
      - Officers must share intelligence.
    sources:
      - document: doc
        paragraph: p2
        quote: precursor chemicals
    related: []
  - id: greeting
    kind: smalltalk
    title: Hello
    examples:
      - hi
      - hello
      - hello there
      - good morning
      - hey there bot
      - hiya
    answer: |-
      Hello! I brief on {topics}.
out_of_scope:
  - what is the weather in paris
  - who won the football world cup
harm_boundary:
  refusal: I can't help with that.
  lead_ins: [how do i, how to, where can i]
  operations: [smuggle, launder, buy]
  safe_verbs: [stop, combat]
  phrases: [fake passport]
  examples:
    - how do i smuggle chemicals
    - where can i buy drugs
"""


@pytest.fixture
def write_kb(tmp_path: Path) -> Callable[..., tuple[Path, Path]]:
    """Write intents.yaml (default: the small one) and a one-document corpus; return the paths."""

    def write(intents: str = INTENTS, document: str = CORPUS_DOC) -> tuple[Path, Path]:
        corpus = tmp_path / "corpus"
        corpus.mkdir(exist_ok=True)
        (corpus / "doc.yaml").write_text(textwrap.dedent(document), encoding="utf-8")
        path = tmp_path / "intents.yaml"
        path.write_text(intents, encoding="utf-8")
        return path, corpus

    return write


@pytest.fixture
def small_kb(write_kb: Callable[..., tuple[Path, Path]]) -> KnowledgeBase:
    """The small knowledge base, loaded."""
    return load_knowledge(*write_kb())


@pytest.fixture
def small_responder(small_kb: KnowledgeBase) -> Responder:
    """A responder over the small knowledge base."""
    return Responder(small_kb)


@pytest.fixture(scope="session")
def shipped_kb() -> KnowledgeBase:
    """The shipped intents.yaml and corpus/."""
    return load_knowledge(default_path("intents.yaml"), default_path("corpus"))


@pytest.fixture(scope="session")
def shipped_responder(shipped_kb: KnowledgeBase) -> Responder:
    """A responder over the shipped knowledge base."""
    return Responder(shipped_kb)


# --- Telegram: the real Application against the local Bot API emulator --------------------------

BOT_NAME = "briefbot_test_bot"


@dataclass
class TelegramWorld:
    """A running bot and the emulated Telegram around it."""

    emu: BotApiEmulator
    running: RunningApplication

    @property
    def application(self) -> Any:
        return self.running.application

    def private(self, name: str = "Alice") -> tuple[Any, Any]:
        """A new user and their private chat with the bot."""
        user = self.emu.user(name, name.lower())
        return user, self.emu.private_chat(user)


@asynccontextmanager
async def telegram_world(responder: Responder, *, request_timeout: float = 5.0,
                         settings: dict[str, Any] | None = None, rate_limiter: Any = None,
                         **emulator_args: Any) -> AsyncIterator[TelegramWorld]:
    """Start the emulator and the bot's real Application on it; stop both afterwards.

    ``settings`` overrides fields of the bot's Settings (allow-lists, limits, paths...).
    """
    with tempfile.TemporaryDirectory() as scratch:
        async with _world(responder, Path(scratch), request_timeout, settings, rate_limiter,
                          emulator_args) as running_world:
            yield running_world


@asynccontextmanager
async def _world(responder: Responder, scratch: Path, request_timeout: float,
                 settings: dict[str, Any] | None, rate_limiter: Any,
                 emulator_args: dict[str, Any]) -> AsyncIterator[TelegramWorld]:
    async with BotApiEmulator(bot_username=BOT_NAME, **emulator_args) as emu:
        options: dict[str, Any] = {"intents_path": default_path("intents.yaml"),
                                   "corpus_dir": default_path("corpus"),
                                   "db_path": scratch / "briefbot.sqlite3"}
        options.update(settings or {})
        config = Settings(token=emu.token, api_base_url=emu.base_url, **options)
        application = build_application(config, responder, request_timeout=request_timeout,
                                        rate_limiter=rate_limiter)
        async with running_application(application) as running:
            await on_startup(application)
            yield TelegramWorld(emu, running)


@pytest.fixture
async def world(shipped_responder: Responder) -> AsyncIterator[TelegramWorld]:
    """The shipped bot, running against a fresh emulator."""
    async with telegram_world(shipped_responder) as running_world:
        yield running_world
