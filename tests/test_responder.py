"""responder: answer, clarify or decline, with sources and follow-ups."""

from dataclasses import replace

from bot.core.reply import Decision, Reason
from bot.core.responder import MAX_QUESTION_CHARS, Responder
from bot.knowledge.intents import Line


def test_answer_has_snippet_sources_and_related(small_responder: Responder) -> None:
    reply = small_responder.respond("when was the meeting held?")
    assert reply.decision is Decision.ANSWER and reply.intent == "meeting-dates"
    assert reply.lines == (Line("The meeting was held in Bangkok from 3 to 5 May."),)
    assert [(s.document, s.paragraph, s.quote) for s in reply.sources] == [
        ("doc", "p1", "from 3 to 5 May")]
    assert [s.intent for s in reply.suggestions] == ["meeting-venue"]
    assert reply.explanation is not None and reply.explanation.runner_up == "meeting-venue"


def test_close_call_asks_did_you_mean(small_responder: Responder) -> None:
    reply = small_responder.respond("the meeting")
    assert reply.decision is Decision.CLARIFY
    assert {s.intent for s in reply.suggestions} == {"meeting-dates", "meeting-venue"}
    assert reply.intent is None


def test_out_of_scope_is_declined_with_topics(small_responder: Responder) -> None:
    reply = small_responder.respond("what is the weather in paris")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.OUT_OF_SCOPE
    assert reply.topics == ("The meeting", "Drugs")


def test_empty_and_symbol_only_questions_are_declined_as_empty(small_responder: Responder) -> None:
    for question in ("", "   ", "???", "🙂"):
        reply = small_responder.respond(question)
        assert reply.decision is Decision.DECLINE and reply.reason is Reason.EMPTY


def test_huge_question_is_cut_and_answered(small_responder: Responder) -> None:
    question = "precursor chemicals " + "x" * 20_000
    reply = small_responder.respond(question)
    assert len(reply.question) == MAX_QUESTION_CHARS
    assert reply.decision in (Decision.ANSWER, Decision.CLARIFY, Decision.DECLINE)


def test_smalltalk_answer_names_the_topics(small_responder: Responder) -> None:
    reply = small_responder.respond("hello")
    assert reply.reason is Reason.SMALLTALK
    assert reply.lines == (Line("Hello! I brief on The meeting, Drugs."),)


def test_stricter_thresholds_turn_an_answer_into_a_decline(small_responder: Responder) -> None:
    strict = Responder(small_responder.kb, replace(small_responder.thresholds,
                                                   answer_threshold=100, clarify_threshold=100))
    assert strict.respond("when did the meeting happen").decision is Decision.DECLINE


def test_the_same_question_gets_the_same_reply(small_responder: Responder) -> None:
    assert small_responder.respond("precurser chemicals") == \
        small_responder.respond("precurser chemicals")


def test_inline_candidates_never_repeat_an_intent(shipped_responder: Responder) -> None:
    for limit in (5, 10, 50):
        ids = [i.id for i in shipped_responder.inline_candidates("", limit)]
        assert len(ids) == len(set(ids))
