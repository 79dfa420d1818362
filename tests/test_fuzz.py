"""Property tests: any text at all goes through normalise, match, respond and render safely.

Each property runs ``EXAMPLES`` generated inputs (Hypothesis), biased towards what breaks bots:
control characters, right-to-left marks, zero-width joiners, emoji, combining marks, very long
strings, and HTML or Markdown look-alikes.
"""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.briefing import find_topic
from bot.core.conversation import Conversations
from bot.core.normalise import fold
from bot.core.responder import Responder
from bot.emulator import parse_telegram_html
from bot.render import MAX_MESSAGE, buttons, render_html, render_text, to_json

EXAMPLES = 300
TRICKY = ["\u200f", "\u202e", "\u200d", "\u200b", "\ufeff", "\x00", "\x1b[31m", "\r\n", "\t",
          "\u0301", "\u0338", "👩‍👩‍👧", "🇲🇲", "<b>", "</b>", "<a href='x'>", "&amp;", "&", "<",
          "**bold**", "_it_", "`code`", "[link](http://x)", "@briefbot", "/ask", "ammtc",
          "drug trafficking", "how do i launder", "Myanmar’s", "ＡＭＭＴＣ", "ß", "İ", "ﬁ",
          "\\1", "\\g<9>", "\\q", "what is", "how do i avoid it", "keep mine", "one of them"]
pieces = st.one_of(st.text(max_size=40), st.sampled_from(TRICKY),
                   st.text(alphabet=st.characters(categories=["Cc", "Cf", "Mn", "So", "Zs"]),
                           max_size=10))
questions = st.one_of(
    st.lists(pieces, max_size=12).map("".join),
    st.text(max_size=300),
    st.builds(lambda s, n: s * n, st.sampled_from(["a", "é ", "<b>x</b> ", "😀", "ammtc "]),
              st.integers(min_value=1000, max_value=10_000)),
)
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@FUZZ
@given(text=questions)
def test_normalise_and_match_never_fail(shipped_responder: Responder, text: str) -> None:
    folded = fold(text)
    assert folded == folded.strip() and "  " not in folded
    result = shipped_responder.matcher.match(text)
    assert all(0 <= c.score <= 100 for c in result.candidates)
    assert find_topic(shipped_responder.kb, text) is None or text.strip()


@FUZZ
@given(text=questions)
def test_every_reply_renders_to_valid_telegram_html(shipped_responder: Responder,
                                                    text: str) -> None:
    reply = shipped_responder.respond(text)
    for compact in (False, True):
        parts = render_html(reply, compact=compact)
        assert parts
        for part in parts:
            assert len(part) <= MAX_MESSAGE
            visible, _ = parse_telegram_html(part)
            assert 0 < len(visible) <= MAX_MESSAGE
    for row in buttons(reply):
        for button in row:
            assert 0 < len(button.data.encode()) <= 64
    assert render_text(reply)
    json.dumps(to_json(reply), ensure_ascii=False)


#: Each example of the determinism test builds a whole new responder (about 0.3 s), so it takes
#: fewer examples: at 300 it ran 100 s of its 120 s timeout and timed out on a busy machine.
FRESH_RESPONDER = settings(FUZZ, max_examples=100)


@FRESH_RESPONDER
@given(text=questions)
def test_the_same_input_always_gets_the_same_reply(shipped_responder: Responder,
                                                   text: str) -> None:
    first = shipped_responder.respond(text)
    again = Responder(shipped_responder.kb).respond(text)
    assert first == again
    assert render_html(first) == render_html(again)


@FUZZ
@given(first=questions, follow_up=questions)
def test_any_follow_up_after_any_question_gets_a_reply(shipped_responder: Responder,
                                                        first: str, follow_up: str) -> None:
    # a follow-up is read with words of the question before it put in its place
    chat = Conversations()
    chat.ask(shipped_responder, "asker", first, now=0.0)
    assert render_text(chat.ask(shipped_responder, "asker", follow_up, now=1.0))


def test_backslashes_in_the_question_before_are_taken_as_written(
        shipped_responder: Responder) -> None:
    # each once raised re.error: the words named before went into re.sub as a template
    for first, follow_up in (('What does "\\1" mean?', "where can i buy them quietly"),
                             ("What is \\q?", "write me some"),
                             ("What is a \\g<9> scheme?", "how do i avoid it"),
                             ("What is a \\g<9> scheme?", "how long can I keep mine running")):
        chat = Conversations()
        chat.ask(shipped_responder, "asker", first, now=0.0)
        reply = chat.ask(shipped_responder, "asker", follow_up, now=1.0)
        assert render_text(reply), (first, follow_up)
