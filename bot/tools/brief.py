"""``briefbot brief [TOPIC] [--json]``: a briefing exactly as /brief sends it, for curators.

The same composer and renderer as Telegram, so what is printed is what a chat reads. A word that
fits several topics ("trafficking") gets the numbered choice the chat gets as buttons; the
number is read from standard input.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TextIO

from bot import texts
from bot.config import Settings
from bot.core.briefing import find_topics, overview_briefing, topic_briefing
from bot.knowledge.intents import Topic, load_knowledge
from bot.render import briefing_json, render_briefing


def print_briefing(settings: Settings, topic_words: Sequence[str], *, as_json: bool,
                   out: TextIO) -> int:
    """Print the overview (no words) or the topic's briefing; 1 if no topic is found or chosen."""
    kb = load_knowledge(settings.intents_path, settings.corpus_dir)
    wanted = " ".join(topic_words).strip()
    if not wanted:
        briefing = overview_briefing(kb)
    else:
        topics = find_topics(kb, wanted)
        if not topics:
            sys.stderr.write(texts.no_such_topic([t.id for t in kb.topics]) + "\n")
            return 1
        topic = topics[0] if len(topics) == 1 else _choose(topics, sys.stderr if as_json else out)
        if topic is None:
            return 1
        briefing = topic_briefing(kb, topic)
    rendered = render_briefing(briefing)
    if as_json:
        out.write(json.dumps(briefing_json(rendered), ensure_ascii=False) + "\n")
    else:
        out.write(rendered.text + "\n")
    return 0


def _choose(topics: Sequence[Topic], asking: TextIO) -> Topic | None:
    """Ask which of ``topics`` is meant, numbered, and read the number from standard input."""
    asking.write(texts.WHICH_TOPIC + "\n")
    asking.writelines(f"{n}. {topic.title}\n" for n, topic in enumerate(topics, 1))
    asking.write(texts.pick_a_number(len(topics)))
    asking.flush()
    answer = sys.stdin.readline().strip()
    if not sys.stdin.isatty():
        asking.write("\n")
    if answer.isdigit() and 1 <= int(answer) <= len(topics):
        return topics[int(answer) - 1]
    sys.stderr.write(texts.no_such_choice(len(topics)) + "\n")
    return None
