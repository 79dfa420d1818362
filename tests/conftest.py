"""Shared fixtures: a small knowledge base in a temporary folder, the shipped one, and the real
bot running against the local Bot API emulator, talked to the way a user talks to it.

A conversation test reads one line per turn::

    async def test_x(chat):
        reply = await chat.ask("myanmar")
        assert "Did you mean" in reply.text and ["None of these"] in reply.buttons
        after = await chat.press(reply, "None of these")

``chat`` is Alice's private chat with the shipped bot; ``group`` is "Crime desk", a group of
Alice and Bob with the bot in it (``by="Bob"`` makes Bob speak); ``world`` is the running bot
and the emulated Telegram around it; ``start_bot`` starts one with other settings, another
responder or other emulator options, and ``telegram`` is the emulator with no bot polling it.
"""

from __future__ import annotations

import textwrap
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings, default_path
from bot.core.responder import Responder
from bot.emulator import BotApiEmulator, Chat, JsonDict, User, keyboard_rows
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
def small_intents() -> str:
    """The small knowledge base's intents.yaml, as text (edit it to make a broken one)."""
    return INTENTS


@pytest.fixture
def small_document() -> str:
    """The small knowledge base's one corpus document, as text."""
    return CORPUS_DOC


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


@pytest.fixture(scope="session")
def bot_name() -> str:
    """The bot's @username in the emulated Telegram."""
    return BOT_NAME


@dataclass(frozen=True)
class Reply:
    """One message from the bot, as the chat shows it."""

    message: JsonDict  # the emulator's record of it

    @property
    def text(self) -> str:
        """What the user reads: the text with its HTML formatting applied."""
        return str(self.message["text"])

    @property
    def html(self) -> str:
        """The text as the bot sent it, tags and all."""
        return str(self.message["raw_text"])

    @property
    def parse_mode(self) -> str | None:
        return self.message.get("parse_mode")

    @property
    def buttons(self) -> list[list[str]]:
        """The labels of the inline buttons under the message, row by row."""
        return [[label for label, _ in row] for row in self.keyboard]

    @property
    def keyboard(self) -> list[list[tuple[str, str | None]]]:
        """The inline buttons as rows of (label, callback data)."""
        return keyboard_rows(self.message)


class Telegram:
    """The emulated Telegram: its people (one per first name) and conversations with the bot."""

    def __init__(self, emu: BotApiEmulator) -> None:
        self.emu = emu
        self._people: dict[str, User] = {}

    @property
    def bot_name(self) -> str:
        return BOT_NAME

    def user(self, name: str, *, user_id: int | None = None) -> User:
        """The person called ``name`` (created on first mention; @username is the name in lower case)."""
        if name not in self._people:
            self._people[name] = self.emu.user(name, name.lower(), user_id=user_id)
        elif user_id is not None and self._people[name].id != user_id:
            raise ValueError(f"{name} already exists with id {self._people[name].id}")
        return self._people[name]

    def private(self, name: str = "Alice", *, user_id: int | None = None) -> Conversation:
        """``name``'s private chat with the bot."""
        user = self.user(name, user_id=user_id)
        return Conversation(self, self.emu.private_chat(user), user)

    def group(self, title: str = "Crime desk", members: Sequence[str] = ("Alice", "Bob"), *,
              creator: str | None = None, **options: Any) -> Conversation:
        """A group of ``members`` with the bot in it (``bot_status="left"``: not yet); the first
        member speaks unless a turn says ``by=``."""
        people = [self.user(name) for name in members]
        owner = self.user(creator) if creator else None
        chat = self.emu.group_chat(title, people, creator=owner, **options)
        return Conversation(self, chat, people[0])

    async def inline(self, query: str, *, by: str = "Bob") -> list[JsonDict]:
        """``by`` types ``@bot query`` in any chat; the results the bot offers."""
        query_id = self.emu.inline_query(self.user(by), query)
        answer = await self.emu.wait_for_inline_answer(query_id)
        return list(answer["results"])


class Conversation:
    """One chat with the bot, from the users' side: say, ask, press, and read the replies."""

    def __init__(self, telegram: Telegram, chat: Chat, speaker: User) -> None:
        self.telegram = telegram
        self.emu = telegram.emu
        self.chat = chat
        self.speaker = speaker

    @property
    def id(self) -> int:
        return self.chat.id

    @property
    def bot_name(self) -> str:
        return self.telegram.bot_name

    def _who(self, by: str | None) -> User:
        return self.speaker if by is None else self.telegram.user(by)

    def say(self, text: str, *, by: str | None = None,
            reply_to: Reply | JsonDict | None = None) -> JsonDict:
        """Send ``text`` without waiting for an answer; returns the message as sent."""
        quoted = reply_to.message if isinstance(reply_to, Reply) else reply_to
        return self.emu.send_text(self.chat, self._who(by), text, reply_to=quoted)

    async def replies(self, count: int = 1, *, timeout: float = 5.0) -> list[Reply]:
        """Wait for exactly ``count`` new messages from the bot (more stay unread)."""
        return [Reply(m) for m in await self.emu.wait_for_messages(self.chat, count, timeout)]

    async def ask(self, text: str, *, by: str | None = None,
                  reply_to: Reply | JsonDict | None = None, timeout: float = 5.0) -> Reply:
        """Send ``text`` and wait for the bot's one reply."""
        self.say(text, by=by, reply_to=reply_to)
        [reply] = await self.replies(timeout=timeout)
        return reply

    async def send(self, kind: str, *, by: str | None = None) -> Reply:
        """Send a sticker, photo or voice message and wait for the bot's one reply."""
        getattr(self.emu, f"send_{kind}")(self.chat, self._who(by))
        [reply] = await self.replies()
        return reply

    async def press(self, reply: Reply, label: str, *, by: str | None = None,
                    answered: bool = True, timeout: float = 5.0) -> Reply:
        """Press the button labelled ``label`` under ``reply``; wait for the bot's next message
        and (unless ``answered=False``) for it to answer the press, which stops the spinner."""
        data = [d for row in reply.keyboard for text, d in row if text == label]
        if len(data) != 1 or data[0] is None:
            raise AssertionError(f"no single button {label!r} under the reply; buttons: "
                                 f"{reply.buttons}")
        query_id = self.emu.press_button(reply.message, data[0], self._who(by))
        [next_reply] = await self.replies(timeout=timeout)
        if answered:
            await self.emu.wait_for_callback_answer(query_id, timeout)
        return next_reply

    async def silence(self, seconds: float = 0.3) -> None:
        """Assert the bot sends nothing new here for ``seconds``."""
        await self.emu.expect_silence(self.chat, seconds)

    @property
    def bot_messages(self) -> list[Reply]:
        """Everything the bot has sent to this chat (and not deleted)."""
        return [Reply(m) for m in self.emu.sent_messages(self.chat)]

    def edit(self, message: JsonDict, text: str) -> None:
        """The user edits a message they sent."""
        self.emu.edit_text(message, text)

    def add_bot(self, *, by: str | None = None) -> None:
        """A member adds the bot to this group."""
        self.emu.add_bot_to_group(self.chat, self._who(by))

    def remove_bot(self, *, by: str | None = None) -> None:
        """A member removes the bot from this group."""
        self.emu.remove_bot_from_group(self.chat, self._who(by))

    def migrate(self, *, by: str | None = None) -> Conversation:
        """Upgrade this basic group to a supergroup (a new chat id); the supergroup's conversation."""
        return Conversation(self.telegram, self.emu.migrate_to_supergroup(self.chat, self._who(by)),
                            self.speaker)


class TelegramWorld(Telegram):
    """The bot's real Application polling the emulator, and the emulated Telegram around it."""

    def __init__(self, emu: BotApiEmulator, config: Settings,
                 launch: Callable[[], AbstractAsyncContextManager[RunningApplication]]) -> None:
        super().__init__(emu)
        self.config = config
        self._launch = launch
        self._stack = AsyncExitStack()
        self.running: RunningApplication

    @property
    def application(self) -> Any:
        return self.running.application

    @property
    def errors(self) -> list[BaseException]:
        """What the bot's handlers raised."""
        return self.running.errors

    @property
    def db_path(self) -> Path:
        return self.config.db_path

    async def start(self) -> None:
        self.running = await self._stack.enter_async_context(self._launch())

    async def stop(self) -> None:
        await self._stack.aclose()

    async def restart(self) -> None:
        """Stop the bot and start it again from the same settings (and database), as after a deploy."""
        await self.stop()
        self._stack = AsyncExitStack()
        await self.start()


StartBot = Callable[..., AbstractAsyncContextManager[TelegramWorld]]


@pytest.fixture
def start_bot(shipped_responder: Responder, tmp_path_factory: pytest.TempPathFactory) -> StartBot:
    """``async with start_bot(...) as world``: the bot on a fresh emulator; stopped afterwards.

    ``responder`` defaults to the shipped one; ``settings`` overrides fields of the bot's Settings
    (allow-lists, limits, paths...; the database is a fresh file that outlives the bot); other
    keyword arguments go to the emulator (``privacy_mode=False``...).
    """

    @asynccontextmanager
    async def start(responder: Responder | None = None, *, settings: dict[str, Any] | None = None,
                    request_timeout: float = 5.0, rate_limiter: Any = None,
                    **emulator_args: Any) -> AsyncIterator[TelegramWorld]:
        async with BotApiEmulator(bot_username=BOT_NAME, **emulator_args) as emu:
            options: dict[str, Any] = {
                "intents_path": default_path("intents.yaml"), "corpus_dir": default_path("corpus"),
                "db_path": tmp_path_factory.mktemp("bot") / "briefbot.sqlite3"}
            options.update(settings or {})
            config = Settings(token=emu.token, api_base_url=emu.base_url, **options)

            @asynccontextmanager
            async def launch() -> AsyncIterator[RunningApplication]:
                application = build_application(config, responder or shipped_responder,
                                                request_timeout=request_timeout,
                                                rate_limiter=rate_limiter)
                async with running_application(application) as running:
                    await on_startup(application)
                    yield running

            world = TelegramWorld(emu, config, launch)
            await world.start()
            try:
                yield world
            finally:
                await world.stop()

    return start


@pytest.fixture
async def world(start_bot: StartBot) -> AsyncIterator[TelegramWorld]:
    """The shipped bot, running against a fresh emulator."""
    async with start_bot() as running_world:
        yield running_world


@pytest.fixture
def chat(world: TelegramWorld) -> Conversation:
    """Alice's private chat with the shipped bot."""
    return world.private("Alice")


@pytest.fixture
def group(world: TelegramWorld) -> Conversation:
    """The group "Crime desk": Alice (who speaks unless a turn says ``by=``), Bob and the shipped bot."""
    return world.group("Crime desk", ("Alice", "Bob"))


@pytest.fixture
async def telegram() -> AsyncIterator[Telegram]:
    """The emulated Telegram with no bot polling it (for a bot started some other way)."""
    async with BotApiEmulator(bot_username=BOT_NAME) as emu:
        yield Telegram(emu)


# The PostgreSQL server for tests marked ``postgres`` (started once, only when one asks for it).
from tests.postgres_server import postgres_server, postgres_url  # noqa: E402, F401
