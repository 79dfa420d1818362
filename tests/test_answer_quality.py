"""What a stranger's question gets on the shipped knowledge: what the sources don't say, the
right event, two questions in one, follow-ups, context before the question, the closest band."""

import os
import subprocess
import sys

import pytest

from bot import texts
from bot.core.conversation import Conversations
from bot.core.reply import Decision, Reason, Reply
from bot.core.responder import Responder
from bot.render import Button, buttons, render_html, render_text, to_json


def test_what_the_ammtc_article_does_not_say_is_said_with_the_nearest_fact(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("who chaired the 11th AMMTC?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    assert reply.lines[0].text.startswith("The article doesn't say")
    assert len(reply.lines) > 1 and reply.sources, "the nearest fact comes with its source"
    data = to_json(reply)
    assert data["decision"] == "decline" and data["reason"] == "not_stated"
    assert data["answer"].startswith("The article doesn't say") and data["sources"]


@pytest.mark.parametrize("question", [
    "how often is the gscc held",                       # was declined as out of scope
    "Is the Global Security Cooperation Conference held every year?",  # got the venue
    "who ran the china security conf",                  # got the participants
    "did myanmar sign anything at the conf",            # got what Myanmar said
    "Was Myanmar's foreign minister at the conference?",  # got what Myanmar said
])
def test_what_the_conference_article_never_says_is_said_not_answered(
        shipped_responder: Responder, question: str) -> None:
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED


def test_which_ones_of_something_the_answer_names_only_in_general_is_not_stated(
        shipped_responder: Responder) -> None:
    # "these unscrupulous groups", "relevant companies", "over 50 ... organizations": the
    # article names none of them, so the answer says so and quotes what it does say
    for question, quoted in (("which criminal groups were using drones?", "drones-terrorism"),
                             ("Which companies are expected to help fight the cyber criminals?",
                              "who-must-cooperate"),
                             ("Which organisations besides Myanmar attended the GSCC?",
                              "gscc-participants"),
                             # "nations must refrain from ...": nations in general
                             ("Which nations provided support, including drones and arms, to "
                              "such criminal entities?", "drones-arms-support"),
                             # "public awareness campaigns are vital": campaigns in general
                             ("What public awareness campaigns does the article describe?",
                              "drug-trafficking-asean"),
                             # quoted, the words ask the same
                             ('Which "awareness campaigns" did the ministers launch?',
                              "drug-trafficking-asean")):
        reply = shipped_responder.respond(question)
        assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED, question
        assert [s.intent for s in reply.suggestions] == [quoted], question
    # a list the answer does give is answered
    for question, expected in (("which crimes did the 11th AMMTC focus on?", "ammtc-key-areas"),
                               ("what forms of abuse are vulnerable people exploited for?",
                                "human-trafficking"),
                               # "what must ..." asks what they must do, not which ones,
                               # and "providing what to ..." what they provide
                               ("What must nations refrain from providing to such criminal "
                                "entities?", "drones-arms-support"),
                               ("Nations must refrain from providing what to such criminal "
                                "entities?", "drones-arms-support")):
        assert shipped_responder.respond(question).intent == expected, question


def test_a_question_about_the_ammtc_never_gets_the_conference_dates(
        shipped_responder: Responder) -> None:
    for question in ("when did the 11th meeting take place", "when was the 11th AMMTC held",
                     "when did the asean ministers meet"):
        reply = shipped_responder.respond(question)
        assert not {"gscc-dates", "gscc-venue"} & set(reply.answered_intents), question
        assert all(s.document != "gscc-2023" for s in reply.sources), question


def test_another_edition_of_a_reported_event_is_not_answered_with_this_ones_facts(
        shipped_responder: Responder) -> None:
    for question, reported, document in (
            ("17th ammtc outcomes?", "11th ASEAN Ministerial Meeting", "ammtc-11"),
            ("what did the 10th ASEAN ministerial meeting agree", "11th ASEAN Ministerial Meeting",
             "ammtc-11"),
            ("What was the theme of the first Global Security Cooperation Conference?",
             "2nd Global Security Cooperation Conference", "gscc-2023"),
            ("is there going to be a third gscc", "2nd Global Security Cooperation Conference",
             "gscc-2023"),
            # an edition of the event the question names
            ("did the conference set a date for a 3rd edition?",
             "2nd Global Security Cooperation Conference", "gscc-2023")):
        reply = shipped_responder.respond(question)
        assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED, question
        first = reply.lines[0].text
        assert first.startswith(f"The article reports the {reported}") and "not the" in first
        assert reply.sources and all(s.document == document for s in reply.sources), question
    # the reported edition, or whether this one was the first, is answered
    for question in ("what did the 11th ammtc agree on", "was the 2023 conference the first gscc",
                     "what was the first priority of the meeting"):
        assert shipped_responder.respond(question).decision is Decision.ANSWER, question
    # "the first one" after the 2nd conference is another edition; after a list, its first item
    for first, follow_up, decision in (
            ("When was the 2nd Global Security Cooperation Conference held?", "and the first one?",
             Decision.DECLINE),
            ("When was the 2nd Global Security Cooperation Conference held?",
             "was it the first one?", Decision.ANSWER),
            ("What were the 11th AMMTC's priorities?", "explain the first one", Decision.ANSWER)):
        chat = Conversations()
        chat.ask(shipped_responder, "me", first, now=0.0)
        reply = chat.ask(shipped_responder, "me", follow_up, now=1.0)
        assert reply.decision is decision, follow_up
        assert decision is Decision.ANSWER or reply.lines[0].text.startswith(
            "The article reports the 2nd Global Security Cooperation Conference, not the first")


def test_what_the_ammtc_is_is_what_it_is_for_and_the_11th_is_that_meeting(
        shipped_responder: Responder) -> None:
    # Writers who had read only the articles answered "What is the AMMTC?" with the FAQ's
    # "The AMMTC provides a platform ...", not with the 11th meeting's opening paragraph.
    for question in ("What is the AMMTC?", "ammtc wat is it", "ammtc"):
        assert shipped_responder.respond(question).intent == "ammtc-purpose", question
    assert shipped_responder.respond("what was the 11th AMMTC").intent == "ammtc-overview"


def test_what_exactly_one_event_is_is_asked_as_what_it_is(shipped_responder: Responder) -> None:
    # "exactly" asks for no topic of its own here: it drew "what exactly is the AMMTC" to drug
    # trafficking and "what exactly is the GSCC" to the conference's dates
    for question in ("what exactly is the AMMTC", "What precisely is the ammtc?"):
        reply = shipped_responder.respond(question)
        assert (reply.decision, reply.intent) == (Decision.ANSWER, "ammtc-purpose"), question
    assert shipped_responder.respond("what exactly is the GSCC").intent == "gscc-themes"
    # the content of the Five Principles, which the article never lists, is still not stated
    reply = shipped_responder.respond("What exactly are the Five Principles of Peaceful Coexistence?")
    assert reply.reason is Reason.NOT_STATED


def test_a_short_name_the_asker_keeps_hearing_then_what_is_it_gets_what_it_stands_for(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond(
        "I just started at an embassy and everyone keeps saying \"AMMTC\" in meetings. I'm too "
        "embarrassed to ask my supervisor. What is it?")
    assert reply.decision is Decision.ANSWER
    assert "Asean Ministerial Meeting On Transnational Crime (AMMTC)" in reply.lines[0].text
    # a name the sources never use is still not answered
    reply = shipped_responder.respond("My boss said the word \"SOMTC\" today. What is it?")
    assert reply.decision is not Decision.ANSWER


def test_a_question_about_the_conference_never_gets_the_ammtc_answer(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("how often is the gscc held")
    assert "ammtc-frequency" not in reply.answered_intents


def test_a_question_about_myanmar_is_answered_from_the_conference_article(
        shipped_responder: Responder) -> None:
    # Myanmar appears only in the conference article: "the final takeaway" is that article's
    reply = shipped_responder.respond("what's the final takeaway about Myanmar's commitment")
    offered = {*reply.answered_intents, *(s.intent for s in reply.suggestions)}
    assert offered and not any(intent.startswith("ammtc") for intent in offered)
    assert "myanmar-commitment" in offered


def test_a_question_two_sentences_of_one_paragraph_answer_gets_both(
        shipped_responder: Responder) -> None:
    # Offered as two buttons before: the conclusion and Myanmar's commitment are one paragraph.
    reply = shipped_responder.respond("what's the final takeaway about Myanmar's commitment")
    assert reply.decision is Decision.ANSWER
    assert set(reply.answered_intents) == {"gscc-conclusion", "myanmar-commitment"}
    assert {s.paragraph for s in reply.sources} == {"p7"}
    # a question for one fact still gets one ("when": the dates, not the venue beside them)
    assert len(shipped_responder.respond("when was the china security meeting").parts) == 0


def test_a_question_in_the_articles_own_words_gets_that_sentence(
        shipped_responder: Responder) -> None:
    # No example uses these words in this order; the answers do. A sentence several answers
    # quote belongs to the shortest ("vulnerable populations": trafficking, not the whole list).
    for question, expected in (
            ("What is crucial for ensuring peace, prosperity, and freedom from security threats "
             "worldwide?", "drones-arms-support"),
            ("What does the meeting serve as a reminder of?", "ammtc-conclusion"),
            ("what did they say should be done for the victims?", "human-trafficking")):
        chat = Conversations()
        chat.ask(shipped_responder, "me", "How do traffickers exploit vulnerable populations?",
                 now=0.0)
        reply = chat.ask(shipped_responder, "me", question, now=5.0) \
            if "victims" in question else shipped_responder.respond(question)
        assert reply.decision is Decision.ANSWER and reply.intent == expected, question


def test_a_long_message_is_read_without_the_words_about_the_asker(
        shipped_responder: Responder) -> None:
    # "analyst", "think tank", "Manila", "boss" are about the asker: weighed, they sank the
    # priorities below "The closest I have"
    reply = shipped_responder.respond(
        "I'm a junior analyst at a think tank in Manila and my boss asked me to summarise the "
        "priorities that came out of the 11th AMMTC. What were they?")
    offered = {*reply.answered_intents, *(s.intent for s in reply.suggestions)}
    assert reply.decision is not Decision.DECLINE and "ammtc-priorities" in offered
    # a name the sources don't know, in the question itself, still means something else
    other = shipped_responder.respond(
        "I'm doing a thesis on Chinese foreign policy and my tutor wants to know: could you "
        "summarise China's position on Taiwan at the UN General Assembly in 2023?")
    assert other.decision is Decision.DECLINE


def test_a_long_message_is_answered_when_one_of_its_sentences_gives_its_closest_answer(
        shipped_responder: Responder) -> None:
    # the question itself ("what exactly did it recommend?") leans on the sentence before it,
    # which alone gets the answer the whole message was only offered
    reply = shipped_responder.respond(
        "I work on a police data project in Vientiane. The Myanmar piece mentioned communication "
        "networks between neighbouring countries. What exactly did it recommend?")
    assert reply.decision is Decision.ANSWER
    assert reply.intent == "cross-border-information-exchange"
    # but not when the sentence that asks, in words the sources don't know, asks for more
    other = shipped_responder.respond(
        "I'm writing about trade policy. The China conference article says nations shouldn't give "
        "drones and arms to criminal groups. Did the conference agree on any tariffs for "
        "countries that do?")
    assert other.decision is not Decision.ANSWER


def test_the_last_sentence_is_decided_on_its_own_words(shipped_responder: Responder) -> None:
    # "what drugs do to people" tells of the asker: the question does not ask which drugs
    question = ("I volunteer with a recovery charity and we see what drugs do to people every "
                "day. What does the ASEAN article say drug trafficking causes in the region?")
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == "drug-trafficking-asean"
    assert reply.question == question


def test_the_articles_sections_are_named_like_the_article_itself(
        shipped_responder: Responder) -> None:
    # "the FAQ section" is where the asker read it, not what is asked about
    reply = shipped_responder.respond(
        "Teacher here. I want a list of the crime types the ministers deal with. What crimes does "
        "the FAQ section list?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-key-areas"


def test_contact_details_the_article_does_not_give_are_said_to_be_missing(
        shipped_responder: Responder) -> None:
    # the article names the ASEAN Secretariat's website, nothing more; the page's own contact
    # block is the publishing site's, not ASEAN's
    reply = shipped_responder.respond(
        "could you give me the ASEAN Secretariat's phone number and e-mail")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    assert "ASEAN Secretariat website" in " ".join(line.text for line in reply.lines)
    assert shipped_responder.respond("where can I read the AMMTC's official statements?"
                                     ).intent == "ammtc-stay-updated"


@pytest.mark.parametrize(("question", "intents"), [
    # a second sentence opened with "Also," asks a question of its own
    ("What does the GTI 2023 highlight? Also, what should nations refrain from doing?",
     ["drones-terrorism", "drones-arms-support"]),
    # "And about X?" asks the first question again of X
    ("What does the article say about terrorism? And about human trafficking?",
     ["terrorism-extremism", "human-trafficking"]),
    # "And if so, ..." asks a question of its own after a yes/no one
    ("Did Myanmar attend the 2nd GSCC? And if so, what did its representatives talk about?",
     ["gscc-participants", "myanmar-security-challenges"]),
    # a first question opened by a preposition: "On which dates ..., and what ...?"
    ("On which days was the security conference held, and what did it stress in the end?",
     ["gscc-dates", "gscc-conclusion"]),
])
def test_two_sentences_joined_by_also_or_and_about_get_both_answers(
        shipped_responder: Responder, question: str, intents: list[str]) -> None:
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER
    assert [part.intent for part in reply.parts] == intents


def test_three_questions_joined_by_plus_get_three_answers(shipped_responder: Responder) -> None:
    reply = shipped_responder.respond(
        "how often is the ammtc held + which crimes does it cover + how does it help citizens")
    assert [part.intent for part in reply.parts] == [
        "ammtc-frequency", "ammtc-key-areas", "ammtc-citizen-benefits"]


def test_a_numbered_list_of_questions_gets_each_answer_in_order(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("1. dates of the gscc 2. its primary aim 3. one of its themes")
    assert reply.decision is Decision.ANSWER
    assert [part.intent for part in reply.parts] == ["gscc-dates", "gscc-aim", "gscc-themes"]
    # the event named before the list holds for each item
    ammtc = shipped_responder.respond("About the AMMTC: 1) who chaired the 11th one 2) how often "
                                      "is it held")
    assert len(ammtc.parts) == 2 and ammtc.parts[0].reason is Reason.NOT_STATED
    assert ammtc.parts[1].intent == "ammtc-frequency"
    # lettered items too
    lettered = shipped_responder.respond("Quick list please: (a) Myanmar's historical foreign "
                                         "policy emphasis, (b) the crimes the AMMTC addresses.")
    assert [part.intent for part in lettered.parts] == ["myanmar-foreign-policy",
                                                         "ammtc-key-areas"]


def test_when_was_it_and_where_is_asked_of_the_event_named_before(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond(
        "My manager forwarded me an article about a \"Global Security Cooperation Conference\" "
        "and I need to know for a meeting tomorrow: when was it, and where?")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-dates"


def test_bare_words_asked_where_and_when_get_the_place_and_the_dates(
        shipped_responder: Responder) -> None:
    # the year drew it to the conference's other editions, which the article does not report
    reply = shipped_responder.respond("gscc 2023 where n when")
    assert reply.decision is Decision.ANSWER
    assert "People’s Republic of China from 19 to 21 September" in reply.lines[0].text


def test_a_short_second_part_leaning_on_another_event_is_not_answered(
        shipped_responder: Responder) -> None:
    # "where was it held?" asks where the SCO summit was, not the conference's venue
    # "its theme" is the ASEAN Summit's, not the conference's themes
    for question in ("What did the 2023 SCO summit discuss, plus where was it held?",
                     "what happened in the 2002 bali bombings and who was responsible?",
                     "Who hosted the 2023 ASEAN Summit and what was its theme?"):
        assert shipped_responder.respond(question).decision is not Decision.ANSWER, question


@pytest.mark.parametrize("question", [
    "When is the next AMMTC and who will host it?",
    "When is the next Global Security Cooperation Conference, and where will it be held?",
])
def test_it_after_the_next_meeting_is_the_next_meeting(
        shipped_responder: Responder, question: str) -> None:
    # who hosts the next one the article doesn't say (not who hosts the AMMTC in general)
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    assert not reply.parts


def test_the_event_the_first_part_names_holds_for_the_second(
        shipped_responder: Responder) -> None:
    # "it" is the 11th AMMTC: the conference's venue is no answer
    reply = shipped_responder.respond("Who chaired the 11th AMMTC, and where was it held?")
    given = {*reply.answered_intents, *(part.intent for part in reply.parts)}
    assert "gscc-venue" not in given
    assert reply.reason is Reason.NOT_STATED


def test_ammtc_11_is_the_11th_ammtc(shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("who was the host of ammtc 11")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED


def test_a_term_the_article_only_mentions_is_not_defined_by_its_snippet(
        shipped_responder: Responder) -> None:
    # the article mentions deepfakes and ransomware; it never says what they are, nor what
    # artificial intelligence is (its answer says how criminals use it)
    for question in ("what's a deepfake?", "ransomware meaning", "What is artificial intelligence?",
                     "how does ransomware work", "wat even is cybersecurity",
                     # it lists illegal remittance (hawala) among the crimes and speaks of
                     # precursor chemicals crossing borders: it defines neither
                     "what is hawala", "What is illegal remittance?",
                     "what are precursor chemicals?"):
        reply = shipped_responder.respond(question)
        assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED, question
        assert reply.lines[0].text.startswith("The article doesn't explain what")
        assert reply.sources                                   # what it does say, cited
    # what the text itself speaks of is still answered
    for question, intent in (("what is the global security plan?", "myanmar-five-principles"),
                             ("what is a multi-sectoral approach?", "ammtc-approach"),
                             ("what is the AMMTC?", "ammtc-purpose"),
                             ("what is capacity building?", "capacity-building")):
        assert shipped_responder.respond(question).intent == intent, question


def test_deadlines_and_publication_dates_the_articles_omit_are_said_to_be_missing(
        shipped_responder: Responder) -> None:
    for question in ("is there a deadline for the ammtc priorities?",
                     "when was the myanmar article published",
                     # a budget is not the training it would pay for
                     "What does the article say about the budget for capacity building?",
                     "How much money will ASEAN spend on capacity building?"):
        reply = shipped_responder.respond(question)
        assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED, question


def test_in_the_first_place_asks_nothing_of_its_own(shipped_responder: Responder) -> None:
    # "first" would point at the first AMMTC, which the article never mentions
    chat = Conversations()
    chat.ask(shipped_responder, "me", "what did the 11th ammtc highlight?", now=0.0)
    reply = chat.ask(shipped_responder, "me", "why was it convened in the first place?", now=5.0)
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-overview"


def test_chat_spellings_are_read_as_the_words_they_stand_for(shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("who has 2 work 2gether vs cyber crooks")
    assert reply.decision is Decision.ANSWER and reply.intent == "who-must-cooperate"


def test_what_a_short_name_means_is_what_it_stands_for(shipped_responder: Responder) -> None:
    for question in ("ammtc meaning", "what does AMMTC mean?", "wat does ammtc mean haha",
                     "wut does ammtc mean"):
        assert shipped_responder.respond(question).intent == "ammtc-overview", question
    # what it means *for* someone is another question
    assert shipped_responder.respond("what does the ammtc mean for citizens?"
                                     ).intent == "ammtc-citizen-benefits"
    assert shipped_responder.respond("wat yr was the gscc").intent == "gscc-dates"


def test_another_year_or_a_made_up_text_is_not_answered_from_the_sources(
        shipped_responder: Responder) -> None:
    # the 2023 conference's dates are no answer about a 2025 one
    later = shipped_responder.respond("gscc 2025 dates")
    assert later.decision is not Decision.ANSWER
    assert shipped_responder.respond("when was the 2023 gscc").intent == "gscc-dates"
    # a poem is nothing the sources can be quoted for, whatever it is about
    poem = shipped_responder.respond("Write me a poem about ASEAN unity")
    assert poem.decision is Decision.DECLINE and poem.reason is Reason.OUT_OF_SCOPE


@pytest.mark.parametrize("question", [
    "Munich Security Conference 2023 main themes",
    "What does the ASEAN Convention on Counter Terrorism require?",
    "Tell me about the ASEAN Ministerial Meeting on Drug Matters.",
    "What did the ASEAN Defence Ministers' Meeting say about terrorism and violent extremism?",
    # a kind of crime the sources never speak of is not drug trafficking
    "How big is wildlife trafficking in Southeast Asia?",
    "Did the AMMTC discuss wildlife trafficking?",
    # an acronym with digits names another body too
    "What has the G7 said about money laundering?",
])
def test_a_name_the_sources_never_use_is_not_answered_with_their_facts(
        shipped_responder: Responder, question: str) -> None:
    # another meeting, convention or conference with words this one shares is another one
    assert shipped_responder.respond(question).decision is not Decision.ANSWER


@pytest.mark.parametrize("question", ["wat happened at asean summit in laos",
                                      "when is the next asean summit",
                                      "What is the East Asia Summit?"])
def test_the_leaders_summits_are_not_the_ministers_meeting(shipped_responder: Responder,
                                                          question: str) -> None:
    # however it is written, nothing close is offered: the sources report neither summit
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.OUT_OF_SCOPE


def test_the_year_of_the_conference_does_not_make_a_summit_the_conference(
        shipped_responder: Responder) -> None:
    # 2023 is the conference's year, but the ASEAN Summit is not the conference
    for question in ("When did the 2023 ASEAN summit happen?",
                     "When did the 2023 ASEAN summit happen and who chaired it?"):
        reply = shipped_responder.respond(question)
        assert reply.decision is not Decision.ANSWER
        assert "19 to 21 September" not in render_text(reply)


def test_names_the_sources_use_or_the_asker_s_own_are_still_answered(
        shipped_responder: Responder) -> None:
    assert shipped_responder.respond(
        "When was the Global Security Cooperation Conference?").intent == "gscc-dates"
    assert shipped_responder.respond("According to the ASEAN article, what does the rise of "
                                     "terrorist groups call for?").intent == "terrorism-extremism"
    # where the asker works is framing, not what is asked about
    assert shipped_responder.respond(
        "I work at the Ministry of Home Affairs. How many organizations attended the security "
        "conference in China?").intent == "gscc-participants"
    # Title Case Throughout names nothing
    assert shipped_responder.respond("What Did The AMMTC Say About Drugs").intent \
        == "drug-trafficking-asean"


def test_two_questions_in_one_get_both_snippets_each_with_its_source(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("what is the purpose of the AMMTC and how often is it held")
    assert reply.decision is Decision.ANSWER
    assert set(reply.answered_intents) == {"ammtc-purpose", "ammtc-frequency"}
    text = render_text(reply)
    assert text.count("Source:") == 2
    html = "\n".join(render_html(reply))
    assert html.count("Source:") == 2


def test_a_part_it_is_unsure_of_gets_the_closest_after_the_answer(
        shipped_responder: Responder) -> None:
    # the sure part is answered; the other is offered, not dropped without a word
    reply = shipped_responder.respond("what is the AMMTC and what about the criminals' tech?")
    assert reply.decision is Decision.ANSWER and reply.answered_intents == ("ammtc-purpose",)
    assert [s.intent for s in reply.suggestions] == ["cybercrime-asean"]
    text = render_text(reply)
    assert text.endswith("On \u201cwhat about the criminals' tech\u201d, the closest I have:\n"
                         "1. What did the AMMTC say about cybercrime?")
    assert "Related:" not in text          # the offer takes the related questions' place
    assert to_json(reply)["suggestions"] == [
        {"intent": "cybercrime-asean", "title": "What did the AMMTC say about cybercrime?"}]
    html = render_html(reply)[-1]
    assert html.endswith("On \u201cwhat about the criminals' tech\u201d, the closest I have:")
    assert buttons(reply)[-1] == [Button("None of these", "none")]


def test_what_the_ammtc_addresses_is_its_key_areas(shipped_responder: Responder) -> None:
    # "address" as a verb asks what it deals with, not a contact address
    reply = shipped_responder.respond("What does the AMMTC address? And how does it benefit "
                                      "citizens?")
    assert set(reply.answered_intents) == {"ammtc-key-areas", "ammtc-citizen-benefits"}


def test_a_yes_no_question_after_and_is_the_second_part(shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("What does Myanmar's foreign policy stress, and does the "
                                      "country support the global security plan?")
    assert reply.decision is Decision.ANSWER and len(reply.answered_intents) == 2
    assert "myanmar-foreign-policy" in reply.answered_intents


def test_a_yes_no_question_after_and_without_a_comma_is_the_second_part(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("What is Myanmar's foreign policy and did it pledge "
                                      "support for the global security plan?")
    assert reply.decision is Decision.ANSWER
    assert set(reply.answered_intents) == {"myanmar-foreign-policy", "myanmar-five-principles"}
    # "it" is the first part's subject: asked of something the sources never speak of, the
    # second part is not answered on its own
    reply = shipped_responder.respond("What's the EU AI Act and does it cover deepfake fraud?")
    assert reply.decision is not Decision.ANSWER


def test_a_short_second_part_leaning_on_an_unknown_first_is_not_answered(
        shipped_responder: Responder) -> None:
    # "who was responsible" means responsible for the bombings, which the sources never mention
    reply = shipped_responder.respond("What happened in the 2002 Bali bombings and who was "
                                      "responsible?")
    assert reply.decision is not Decision.ANSWER
    # a known first part keeps its answer, and a second part that names its subject is its own
    both = shipped_responder.respond("when was the gscc and who attended?")
    assert both.decision is Decision.ANSWER and both.intent == "gscc-dates"


def test_two_parts_one_the_article_says_no_more_on_get_one_answer(
        shipped_responder: Responder) -> None:
    # "about AI" alone reads as which AI tools (not stated), whose nearest fact is the very
    # answer "about online fraud" gets: the answer, once, not a decline quoting it twice
    reply = shipped_responder.respond("What exactly did it say about AI and online fraud?")
    assert reply.decision is Decision.ANSWER and reply.answered_intents == ("online-fraud-ai",)
    assert render_text(reply).count("Source:") == 1


def test_two_subjects_or_two_sentences_get_both_snippets(shipped_responder: Responder) -> None:
    for question, expected in (
            ("what did the ministers say about cybercrime plus terrorism",
             {"cybercrime-asean", "terrorism-extremism"}),
            ("tell me about human trafficking and drug trafficking in asean",
             {"human-trafficking", "drug-trafficking-asean"}),
            ("what is the AMMTC's purpose; also how does it benefit citizens",
             {"ammtc-purpose", "ammtc-citizen-benefits"}),
            # chat's "n" joins two questions as "and" does
            ("wat is ammtc for n where do i get updates on it",
             {"ammtc-purpose", "ammtc-stay-updated"})):
        reply = shipped_responder.respond(question)
        assert reply.decision is Decision.ANSWER and set(reply.answered_intents) == expected, question
    # one snippet that answers both is given once
    once = shipped_responder.respond("Where was the security conference held? Who attended?")
    assert once.answered_intents == ("gscc-venue",)


def test_follow_up_is_read_with_the_previous_answer(shipped_responder: Responder) -> None:
    chat = Conversations()
    first = chat.ask(shipped_responder, "me", "what was the 11th ammtc", now=0.0)
    assert first.intent == "ammtc-overview"
    follow = chat.ask(shipped_responder, "me", "how often is it held?", now=10.0)
    assert follow.decision is Decision.ANSWER and follow.intent == "ammtc-frequency"


def test_a_follow_up_gets_the_same_answer_again_only_when_it_asks_about_it(
        shipped_responder: Responder) -> None:
    # A follow-up read as the very answer it follows: the next sentence of the same paragraph
    # answers it when it asks something that answer doesn't say...
    chat = Conversations()
    first = chat.ask(shipped_responder, "me", "What does the Global Terrorism Index 2023 highlight?",
                     now=0.0)
    assert first.intent == "drones-terrorism"
    follow = chat.ask(shipped_responder, "me", "so what should countries do about that?", now=5.0)
    assert follow.decision is Decision.ANSWER and follow.intent == "drones-arms-support"
    # ...the same answer, when every word of it is that answer's ("did they do anything about
    # it?")...
    for first_question, again, expected in (
            ("What did the AMMTC say about drug trafficking?",
             "and how do they plan to disrupt those networks?", "drug-trafficking-asean"),
            ("What does the ASEAN article say about information sharing?",
             "did they actually do anything about it?", "information-sharing"),
            # ...or every word of it one the answer itself says ("China": "held in the People's
            # Republic of China"), however well another intent's examples match it
            ("how many organisations came to the gscc", "was China one of them?",
             "gscc-participants")):
        chat = Conversations()
        chat.ask(shipped_responder, "you", first_question, now=0.0)
        reply = chat.ask(shipped_responder, "you", again, now=5.0)
        assert reply.decision is Decision.ANSWER and reply.intent == expected, again
    # ...and only an offer when it names something that answer doesn't (the ASEAN Summit)
    chat = Conversations()
    chat.ask(shipped_responder, "them", "How often is the AMMTC held?", now=0.0)
    other = chat.ask(shipped_responder, "them",
                     "and what about the ASEAN Summit, how often is that?", now=5.0)
    assert other.decision is Decision.CLARIFY
    assert [s.intent for s in other.suggestions][-1] == "ammtc-frequency"


def test_a_two_word_follow_up_and_one_about_something_else(shipped_responder: Responder) -> None:
    # "what dates?" leans on the conference just asked about (alone it was the AMMTC's gap)
    chat = Conversations()
    chat.ask(shipped_responder, "me", "Where was the 2023 Global Security Cooperation Conference "
             "held?", now=0.0)
    dates = chat.ask(shipped_responder, "me", "what dates?", now=5.0)
    assert dates.decision is Decision.ANSWER and dates.intent == "gscc-dates"
    # "ok and training?" after legal frameworks is not legal frameworks again
    chat.ask(shipped_responder, "you", "Why does ASEAN want to harmonize legal frameworks?", now=0.0)
    training = chat.ask(shipped_responder, "you", "ok and training?", now=5.0)
    assert "legal-frameworks" not in training.answered_intents
    assert "capacity-building" in {*training.answered_intents,
                                   *(s.intent for s in training.suggestions)}


def test_what_came_of_something_is_said_not_to_be_reported(shipped_responder: Responder
                                                            ) -> None:
    # the articles report what was said and agreed, never what came of it
    for first, follow_up in (
            ("What did the meeting explore regarding information sharing?",
             "ok did any of those mechanisms actually get adopted?"),
            ("Why is harmonizing legal frameworks important for ASEAN?",
             "did they sign any new extradition treaty?"),
            ("What does the article say nations need to do to beat drug cartels?",
             "what happened after that, did the drug gangs get caught?"),
            ("Does the GSCC article mention AI in online fraud?",
             "what did they decide about it?")):
        reply = _after(shipped_responder, first, follow_up)
        assert reply.reason is Reason.NOT_STATED, follow_up
        assert reply.lines[0].text.startswith("The article doesn't say"), follow_up
        assert reply.sources, "the snippet it does give comes with its source"
    adopted = _after(shipped_responder, "What did the meeting explore regarding information "
                     "sharing?", "ok did any of those mechanisms actually get adopted?")
    assert adopted.lines[0].text == "The article doesn't say what came of this. It says only this:"
    # what they decided to prioritise is what the article reports
    assert shipped_responder.respond("what did the ministers decide to prioritise").intent \
        == "ammtc-priorities"
    # what must be done is what the article says
    must = shipped_responder.respond("Does the text say drug cartels have to be caught abroad too?")
    assert must.decision is Decision.ANSWER and must.intent == "drug-cartels"


def test_myanmar_working_with_other_countries_is_its_counter_narcotics_work(
        shipped_responder: Responder) -> None:
    # "Myanmar presently collaborates with various countries to combat global security threats"
    reply = shipped_responder.respond("Is Myanmar presently working with other countries against "
                                      "global security threats?")
    assert reply.decision is Decision.ANSWER and reply.intent == "myanmar-counter-narcotics"


def test_which_things_an_answer_lists_are_answered_and_names_it_lacks_are_not(
        shipped_responder: Responder) -> None:
    # the answer names the measures and the principles; it names no drug
    for question, intent in (
            ("In the ASEAN article, which measures are called vital for disrupting drug "
             "trafficking networks?", "drug-trafficking-asean"),
            ("Based on the piece, which principles has Myanmar's foreign policy historically put "
             "emphasis on?", "myanmar-foreign-policy")):
        reply = shipped_responder.respond(question)
        assert reply.decision is Decision.ANSWER and reply.intent == intent, question
    drugs = shipped_responder.respond("Which drugs pass through Southeast Asia according to the "
                                      "article?")
    assert drugs.reason is Reason.NOT_STATED


def test_a_part_in_something_is_a_role_not_taking_part(shipped_responder: Responder) -> None:
    # "Myanmar's part in it" asks its role; "did Myanmar take part" asks who attended
    role = _after(shipped_responder, "What did the 2nd GSCC emphasize at the end?",
                  "and Myanmar's part in that?")
    assert role.decision is Decision.ANSWER and role.intent == "myanmar-commitment"
    attended = shipped_responder.respond("did myanmar take part in the gscc?")
    assert attended.decision is Decision.ANSWER and attended.intent == "gscc-participants"


def test_a_short_follow_up_about_something_the_sources_never_mention_is_not_answered(
        shipped_responder: Responder) -> None:
    for first, follow_up in (
            ("Where was the 2nd Global Security Cooperation Conference held?",
             "what's the weather there now?"),
            ("are criminals using drones?", "what about drones in ukraine?")):
        chat = Conversations()
        assert chat.ask(shipped_responder, "me", first, now=0.0).decision is Decision.ANSWER
        assert chat.ask(shipped_responder, "me", follow_up, now=5.0).decision \
            is not Decision.ANSWER, follow_up
    # asking more of the same subject in words the sources don't use is still answered
    chat = Conversations()
    chat.ask(shipped_responder, "me", "How is Myanmar fighting drug trafficking?", now=0.0)
    reply = chat.ask(shipped_responder, "me", "what about the chemicals side?", now=5.0)
    assert reply.decision is Decision.ANSWER and reply.intent == "precursor-chemicals"


@pytest.mark.parametrize(("first", "follow_up", "intent"), [
    ("Who attended the Global Security Cooperation Conference?", "what was it for?", "gscc-aim"),
    ("What is the AMMTC?", "why was the 11th one held?", "ammtc-overview"),
    ("what does ammtc stand for?", "and what's its purpose?", "ammtc-purpose"),
    # "does it" too, read as if the event were named
    ("who hosts the ammtc?", "ok and what crimes does it deal with?", "ammtc-key-areas"),
    ("how often is the ammtc held?", "and what does it aim to do?", "ammtc-purpose"),
])
def test_it_in_a_follow_up_can_be_the_event_the_answer_is_from(
        shipped_responder: Responder, first: str, follow_up: str, intent: str) -> None:
    reply = _after(shipped_responder, first, follow_up)
    assert reply.decision is Decision.ANSWER and reply.intent == intent


def test_it_after_a_preposition_is_what_the_answer_spoke_of_not_the_event(
        shipped_responder: Responder) -> None:
    # "it" is the index: the conference's venue is no answer to which country tops it
    reply = _after(shipped_responder, "What does the Global Terrorism Index 2023 highlight?",
                   "which country is number one on it?")
    assert reply.intent != "gscc-venue"


def test_why_after_an_answer_that_says_what_is_critical_gets_that_answer(
        shipped_responder: Responder) -> None:
    # "exchange of intelligence and information is critical to disrupting criminal networks"
    reply = _after(shipped_responder, "What's the AMMTC's priority on information sharing?",
                   "why does it matter?")
    assert reply.decision is Decision.ANSWER and reply.intent == "information-sharing"


def test_what_they_talked_about_after_who_attended_is_not_who_attended_again(
        shipped_responder: Responder) -> None:
    reply = _after(shipped_responder, "Did Myanmar attend the conference?",
                   "what did they talk about there?")
    assert reply.intent != "gscc-participants"
    assert "myanmar-security-challenges" in [s.intent for s in reply.suggestions] or \
        reply.intent == "myanmar-security-challenges"


def test_a_key_part_is_the_crucial_aspect_the_article_names(shipped_responder: Responder) -> None:
    # "A crucial aspect of this effort is ... precursor chemicals"
    reply = _after(shipped_responder, "What is Myanmar doing about narcotics?",
                   "whats the key part of that?")
    assert reply.decision is Decision.ANSWER and reply.intent == "precursor-chemicals"


def test_how_many_after_the_article_doesn_t_say_which_asks_the_figure_it_quoted(
        shipped_responder: Responder) -> None:
    # "it says only that over 50 organizations attended": "how many?" asks that figure
    reply = _after(shipped_responder, "Which organizations attended the GSCC?", "how many?")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-participants"
    assert "over 50" in reply.lines[0].text
    # ... but the quoted fact is no subject for other questions
    other = _after(shipped_responder, "What are the Five Principles of Peaceful Coexistence?",
                   "who came up with them?")
    assert other.decision is not Decision.ANSWER


def test_a_chat_spelling_without_the_g_gets_the_answer_of_the_word(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("r criminals usin drones??")
    assert reply.decision is Decision.ANSWER and reply.intent == "drones-terrorism"


def test_a_follow_up_naming_an_item_of_a_listed_answer_gets_that_item(
        shipped_responder: Responder) -> None:
    # "the legal one" alone is too vague to answer; after the priorities it names one of them
    for first_question, follow_up, expected in (
            ("what were the 11th ammtc priorities", "whats the legal one about",
             "legal-frameworks"),
            ("what were the 11th ammtc priorities", "why the training part?", "capacity-building"),
            ("what crimes does the ammtc look at", "and cyber?", "cybercrime-asean")):
        reply = _after(shipped_responder, first_question, follow_up)
        assert reply.decision is Decision.ANSWER and reply.intent == expected, follow_up


def _after(responder: Responder, first_question: str, follow_up: str) -> Reply:
    """The reply to ``follow_up`` asked right after ``first_question`` in a new conversation."""
    chat = Conversations()
    chat.ask(responder, "me", first_question, now=0.0)
    return chat.ask(responder, "me", follow_up, now=5.0)


def test_a_follow_up_takes_the_subject_not_the_kind_of_answer(shipped_responder: Responder) -> None:
    # "When was the conference held?" lends "and where?" its conference, not its "when" (which
    # read the pair as a question about other editions' dates and said the article doesn't say).
    for first_question, follow_up, expected in (
            ("when was the gscc", "and where was it?", "gscc-venue"),
            ("where was the gscc", "when?", "gscc-dates")):
        follow = _after(shipped_responder, first_question, follow_up)
        assert follow.decision is Decision.ANSWER and follow.intent == expected, follow_up


def test_a_question_naming_no_event_stays_in_the_conversations_event(
        shipped_responder: Responder) -> None:
    # Alone, "who takes part?" is the conference's participants; after the AMMTC it is about the
    # AMMTC, whose article doesn't say.
    assert shipped_responder.respond("who takes part?").intent == "gscc-participants"
    chat = Conversations()
    chat.ask(shipped_responder, "me", "what is the ammtc", now=0.0)
    follow = chat.ask(shipped_responder, "me", "who takes part?", now=5.0)
    assert follow.reason is Reason.NOT_STATED and follow.lines[0].text.startswith(
        "The article doesn't say")
    assert all(s.document == "ammtc-11" for s in follow.sources)
    # a question whose own words point to the other event still gets it
    chat.ask(shipped_responder, "me", "what is the ammtc", now=10.0)
    other = chat.ask(shipped_responder, "me", "what does myanmar do against drug production",
                     now=15.0)
    assert other.intent == "myanmar-counter-narcotics"
    # and so does one whose pronoun is its own subject's, not the conversation's
    chat.ask(shipped_responder, "me", "what is the ammtc", now=20.0)
    own = chat.ask(shipped_responder, "me", "what did myanmar say about its security challenges",
                   now=25.0)
    assert own.intent == "myanmar-security-challenges"


def test_the_closest_offered_in_a_conversation_is_from_its_event(shipped_responder: Responder
                                                                   ) -> None:
    alone = shipped_responder.respond("what was decided")
    assert alone.decision is Decision.CLARIFY
    assert any(not s.intent.startswith("gscc-") for s in alone.suggestions)
    chat = Conversations()
    chat.ask(shipped_responder, "me", "when was the gscc", now=0.0)
    follow = chat.ask(shipped_responder, "me", "what was decided", now=5.0)
    assert follow.decision is Decision.CLARIFY and follow.suggestions
    assert all(s.intent.startswith("gscc-") for s in follow.suggestions), follow.suggestions


def test_a_list_the_answer_does_not_give_is_said_not_to_be_there(shipped_responder: Responder
                                                                    ) -> None:
    for question in ("Can you list the 50 organizations that attended the security conference?",
                     "What are the five principles of peaceful coexistence?",
                     "what are those five principles, as listed in the text?",
                     "GSCC 2023 participants list", "list of organizations at gscc",
                     "Who attended the GSCC? I'd like the full list, please.",
                     "What is the official name of the global security plan Myanmar supports?",
                     "Over 50 organizations took part. What was the exact figure?"):
        reply = shipped_responder.respond(question)
        assert reply.reason is Reason.NOT_STATED, question
        assert reply.lines[0].text.startswith("The article doesn't"), question
        assert reply.sources, "the snippet it does give comes with its source"
    # a list the question mentions is not one it asks for
    mentioned = shipped_responder.respond("In its list of priorities, the article talks about "
                                          "investing in training. Why is that investment essential?")
    assert mentioned.decision is Decision.ANSWER and mentioned.intent == "capacity-building"
    # "list them" is not "list the ..."
    them = shipped_responder.respond("The China conference piece warns readers not to "
                                     "underestimate online gangs using cutting-edge tech. Which "
                                     "crimes does the text list them carrying out?")
    assert them.decision is Decision.ANSWER and them.intent == "online-crime-networks"
    # an answer that is the list is given, and "does it list ..." asks what is listed
    listed = shipped_responder.respond("list the ammtc priorities")
    assert listed.decision is Decision.ANSWER and listed.intent == "ammtc-priorities"
    assert shipped_responder.respond("ammtc priorities list").intent == "ammtc-priorities"
    full = shipped_responder.respond("Which priorities did the 11th meeting set out to strengthen "
                                     "ASEAN's collective response? I'd like the full list, please.")
    assert full.decision is Decision.ANSWER and full.intent == "ammtc-priorities"
    assert shipped_responder.respond("The article seems to list who has to work together against "
                                     "cyber criminals. Who exactly is on that list?"
                                     ).intent == "who-must-cooperate"
    # "what does the article list?" asks what it names, whatever the answer's shape
    essay = shipped_responder.respond(
        "I'm writing an essay on Myanmar's diplomacy and need to describe the principles its "
        "foreign policy has traditionally emphasised. What does the article list?")
    assert essay.decision is Decision.ANSWER and essay.intent == "myanmar-foreign-policy"
    # names the answer does not give
    names = _after(shipped_responder, "What did Myanmar's representatives do at the conference?",
                   "what were their names?")
    assert names.reason is Reason.NOT_STATED
    those = _after(shipped_responder, "What did the 11th AMMTC say about information sharing?",
                   "what were those mechanisms?")
    assert those.reason is Reason.NOT_STATED


def test_a_count_the_answer_does_not_give_is_not_answered_with_another_count(
        shipped_responder: Responder) -> None:
    # "over 50 ... organizations" counts organisations, not Myanmar's delegates
    delegates = shipped_responder.respond("how many delegates did myanmar send to the gscc")
    assert delegates.decision is not Decision.ANSWER and delegates.reason is Reason.NOT_STATED
    organisations = shipped_responder.respond("how many organisations took part in GSCC 2023")
    assert organisations.decision is Decision.ANSWER
    assert organisations.intent == "gscc-participants"
    days = shipped_responder.respond("how many days did the GSCC last")
    assert days.decision is Decision.ANSWER and days.intent == "gscc-dates"
    # "how many were there" names nothing else to count: the organisations it just named
    there = shipped_responder.respond("The GSCC had a lot of organisations attending. "
                                      "How many were there?")
    assert there.decision is Decision.ANSWER and there.intent == "gscc-participants"


def test_a_size_the_answer_gives_no_figure_for_is_not_answered(
        shipped_responder: Responder) -> None:
    # the conclusion speaks of economic growth, not of how big ASEAN's economy is
    for question in ("how big is ASEAN's economy?", "how big a problem is cybercrime in asean?"):
        reply = shipped_responder.respond(question)
        assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
        assert render_text(reply).startswith("The article doesn't go into more detail than this:")
    # "it" measures what came before: asked alone, nothing is counted
    assert shipped_responder.respond("how big is it?").reason is not Reason.NOT_STATED


def test_what_about_x_specifically_narrows_to_x(shipped_responder: Responder) -> None:
    # "specifically" at the end narrows the subject; it does not ask for more than the snippet.
    chat = Conversations()
    first = chat.ask(shipped_responder, "me", "what key areas of crime did the 11th AMMTC focus on",
                     now=0.0)
    assert first.intent == "ammtc-key-areas"
    follow = chat.ask(shipped_responder, "me", "what about cybercrime specifically?", now=5.0)
    assert follow.decision is Decision.ANSWER and follow.intent == "cybercrime-asean"
    more = _after(shipped_responder, "what key areas of crime did the 11th AMMTC focus on",
                  "what about terrorism specifically, what's the worry")
    assert more.decision is Decision.ANSWER and more.intent == "terrorism-extremism"
    said = _after(shipped_responder, "What crimes did the 11th AMMTC focus on?",
                  "what did it say about cybercrime specifically?")
    assert said.decision is Decision.ANSWER and said.intent == "cybercrime-asean"
    detail = shipped_responder.respond("what did the ammtc say about cybercrime specifically")
    assert detail.reason is Reason.NOT_STATED, "a question for particulars still gets the outline"


def test_a_follow_up_answered_alone_is_answered_when_the_conversation_s_closest_agrees(
        shipped_responder: Responder) -> None:
    where = _after(shipped_responder, "What was the main goal of the Global Security Cooperation "
                   "Conference held in 2023?", "ok and where did it happen")
    assert where.decision is Decision.ANSWER and where.intent == "gscc-venue"


def test_a_question_in_the_answer_s_own_words_is_answered_not_offered(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond(
        "Does the FAQ claim the AMMTC makes things safer for citizens?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-citizen-benefits"
    # the event's name is where, not what, it asks about
    used = _after(shipped_responder, "What does the conference article say about precursor "
                  "chemicals?", "used for what?")
    assert used.decision is Decision.ANSWER and used.intent == "precursor-chemicals"
    # not one that asks for particulars the answer's words do not give
    for question in ("Which online platforms do terrorists use for recruitment?",
                     "How can online criminal networks employing cutting-edge technology avoid "
                     "financial investigation units when doing illegal remittance?"):
        assert shipped_responder.respond(question).decision is not Decision.ANSWER, question


def test_why_or_what_to_do_after_an_answer_that_says_it_gets_that_answer(
        shipped_responder: Responder) -> None:
    for before, after, intent in (
            ("What should nations stop giving to criminal groups?", "why?", "drones-arms-support"),
            ("What should nations stop giving to criminal groups?",
             "why is this collective effort needed?", "drones-arms-support"),
            ("What did the ASEAN piece say about cybercrime?",
             "what do they propose to counter it?", "cybercrime-asean"),
            # what "the ministers" wanted done is what the answer says the meeting emphasized
            ("How do traffickers exploit people?", "and what did the ministers want done about it?",
             "human-trafficking"),
            # "To effectively implement these plans, ... must establish ...": its purpose first
            ("What should neighbouring countries set up?", "why?",
             "cross-border-information-exchange"),
            ("What should neighbouring countries set up?", "for what purpose?",
             "cross-border-information-exchange")):
        reply = _after(shipped_responder, before, after)
        assert reply.decision is Decision.ANSWER and reply.intent == intent, after
    # an item of a listed answer is still that item
    assert _after(shipped_responder, "What priorities did the 11th AMMTC identify?",
                  "why the legal frameworks one?").intent == "legal-frameworks"


def test_whether_someone_was_there_asks_who_attended_not_what_they_said(
        shipped_responder: Responder) -> None:
    for question in ("Was Myanmar at the Global Security Cooperation Conference?",
                     "myanmar was at gscc?"):
        assert shipped_responder.respond(question).intent == "gscc-participants", question
    assert _after(shipped_responder, "which country hosted the gscc",
                  "was myanmar there?").intent == "gscc-participants"
    # what Myanmar said is still what it said
    assert shipped_responder.respond("what did myanmar talk about at the gscc").intent \
        == "myanmar-security-challenges"


def test_the_index_is_the_global_terrorism_index(shipped_responder: Responder) -> None:
    # the only index the sources cite
    reply = shipped_responder.respond("What does the article say that index points out about "
                                      "these groups?")
    assert reply.intent == "drones-terrorism"
    # another index is still not it
    assert shipped_responder.respond("what does the global peace index say about myanmar"
                                     ).decision is not Decision.ANSWER


def test_the_second_of_two_questions_is_read_after_the_first(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("What were the conference themes? And what did Myanmar "
                                      "talk about?")
    assert [part.intent for part in reply.parts] == ["gscc-themes", "myanmar-security-challenges"]


def test_what_the_pages_pictures_show_is_not_in_the_articles_text(
        shipped_responder: Responder) -> None:
    for question in ("What do the photos in the AMMTC article show?",
                     "who is in the photo of the security conference"):
        reply = shipped_responder.respond(question)
        assert reply.reason is Reason.NOT_STATED, question
        assert "pictures" in reply.lines[0].text


def test_follow_up_context_expires_and_is_per_conversation(shipped_responder: Responder) -> None:
    chat = Conversations(follow_up_seconds=60)
    chat.ask(shipped_responder, "alice", "what is the ammtc", now=0.0)
    assert chat.previous("alice", now=30.0) == "ammtc-purpose"
    assert chat.previous("bob", now=30.0) is None
    assert chat.previous("alice", now=61.0) is None


def test_follow_up_after_the_ammtc_never_gets_the_conference_dates(
        shipped_responder: Responder) -> None:
    chat = Conversations()
    chat.ask(shipped_responder, "me", "what is the ammtc", now=0.0)
    reply = chat.ask(shipped_responder, "me", "when was that?", now=5.0)
    assert "gscc-dates" not in reply.answered_intents
    assert all(s.document != "gscc-2023" for s in reply.sources)


def test_how_the_article_ends_after_one_article_is_that_article_s_ending(
        shipped_responder: Responder) -> None:
    # "the article" is the one the conversation is about, not the ASEAN one by default
    after_gscc = _after(shipped_responder, "What did the 2nd GSCC emphasize?",
                        "how does the article end?")
    assert after_gscc.decision is Decision.ANSWER
    assert all(s.document == "gscc-2023" for s in after_gscc.sources)
    after_ammtc = _after(shipped_responder, "What did the AMMTC emphasize?",
                         "how does the article end?")
    assert after_ammtc.decision is Decision.ANSWER
    assert all(s.document == "ammtc-11" for s in after_ammtc.sources)


def test_context_before_the_question_does_not_drown_it(shipped_responder: Responder) -> None:
    reply = shipped_responder.respond(
        "I'm a journalist on deadline writing about regional security. "
        "How often is the AMMTC held?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-frequency"


def test_the_closest_band_offers_buttons_not_an_answer(shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("asean crime")
    assert reply.decision is Decision.CLARIFY
    assert 1 <= len(reply.suggestions) <= 3
    assert [line.text for line in reply.lines] == ["The closest I have:"]


def test_what_is_not_stated_stays_not_stated_after_an_answer(shipped_responder: Responder) -> None:
    chat = Conversations()
    chat.ask(shipped_responder, "me", "how often is the ammtc held?", now=0.0)
    reply = chat.ask(shipped_responder, "me", "who chaired the 11th ammtc", now=5.0)
    assert reply.reason is Reason.NOT_STATED and reply.intent is None
    first = chat.ask(shipped_responder, "you",
                     "What does the global security plan line up with in Myanmar's policy?", now=0.0)
    assert first.intent == "myanmar-five-principles"
    reply = chat.ask(shipped_responder, "you", "what are those five principles exactly?", now=5.0)
    assert reply.reason is Reason.NOT_STATED, "the article never lists the five principles"


def test_an_unrelated_question_after_an_answer_is_not_answered_with_that_subject(
        shipped_responder: Responder) -> None:
    chat = Conversations()
    chat.ask(shipped_responder, "me", "what about drones?", now=0.0)
    for question in ("whats the weather in yangon", "best pad thai recipe please"):
        reply = chat.ask(shipped_responder, "me", question, now=5.0)
        assert reply.decision is not Decision.ANSWER, question
    # another meeting named after an answer on the AMMTC is not the AMMTC
    chat = Conversations()
    chat.ask(shipped_responder, "me", "How often is the AMMTC held?", now=0.0)
    assert chat.ask(shipped_responder, "me", "and the ASEAN Summit?", now=5.0).decision \
        is not Decision.ANSWER


def test_a_question_inside_a_wordy_sentence_is_read_without_the_framing(
        shipped_responder: Responder) -> None:
    # Declined outright before: the framing words drowned the question.
    reply = shipped_responder.respond(
        "I've been reading about regional security and I'm curious how often these ASEAN crime "
        "ministers actually get together")
    assert reply.decision is not Decision.DECLINE
    assert "ammtc-frequency" in {reply.intent, *(s.intent for s in reply.suggestions)}


@pytest.mark.parametrize(("question", "intent"), [
    # what the asker adds about themselves after the question does not drown it
    ("I volunteer at a shelter for trafficking survivors and wanted to know whether the ASEAN "
     "ministers said anything about how victims should be treated, since that's what matters "
     "most to us.", "human-trafficking"),
    # "what was said about that?" asks about what the sentence before named
    ("We're a small NGO doing drug prevention work near the border, and a colleague told me the "
     "article mentions something about the chemicals used to make drugs. What was said about "
     "that?", "precursor-chemicals"),
])
def test_a_wordy_question_is_read_for_what_it_asks(shipped_responder: Responder, question: str,
                                                   intent: str) -> None:
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == intent


def test_a_question_for_more_detail_than_the_snippet_is_told_so(
        shipped_responder: Responder) -> None:
    # The snippet says only that Myanmar shed light on its challenges; answering as if it named
    # them would mislead. The snippet still comes, with its source.
    reply = shipped_responder.respond(
        "What specific security challenges did Myanmar's representatives describe?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    assert reply.lines[0].text == "The article doesn't go into more detail than this:"
    assert "shed light on their nation’s security challenges" in reply.lines[1].text
    assert reply.sources and reply.sources[0].paragraph == "p3"
    plain = shipped_responder.respond("What security challenges did Myanmar's representatives "
                                      "describe?")
    assert plain.decision is Decision.ANSWER
    # "... actually are?", "which ones exactly?" ask for the particulars too
    actually = shipped_responder.respond("What does the article say Myanmar's domestic security "
                                         "challenges actually are?")
    assert actually.reason is Reason.NOT_STATED
    # the same after a sentence of context that, read alone, the snippet answers
    wordy = shipped_responder.respond(
        "I'm a Myanmar diaspora blogger. The article says our representatives talked about "
        "domestic and international security challenges. Which specific challenges did they name?")
    assert wordy.reason is Reason.NOT_STATED


def test_the_other_event_or_the_one_meant_gets_the_last_question_asked_of_it(
        shipped_responder: Responder) -> None:
    for first, follow_up, intent, reason in (
            ("When was the 2nd Global Security Cooperation Conference held?",
             "and the other meeting?", None, Reason.NOT_STATED),
            ("What was the GSCC's main aim?", "no, I meant the ASEAN meeting", "ammtc-purpose",
             Reason.MATCHED),
            ("How often is the AMMTC held?", "and the other one?", None, Reason.NOT_STATED),
            # what the correction names or asks next is the question
            ("What priorities did the AMMTC set?", "sorry, I meant the themes of the 2nd GSCC",
             "gscc-themes", Reason.MATCHED),
            ("What did the AMMTC focus on?", "no, I meant the China conference. what was its aim?",
             "gscc-aim", Reason.MATCHED),
            ("What is the AMMTC for?", "and the other one, the security conference?", "gscc-aim",
             Reason.MATCHED)):
        chat = Conversations()
        chat.ask(shipped_responder, "me", first, now=0.0)
        reply = chat.ask(shipped_responder, "me", follow_up, now=5.0)
        assert reply.reason is reason and reply.intent == intent, follow_up
        assert reply.question == follow_up
    # the AMMTC's date is what the article doesn't give, and says so
    chat = Conversations()
    chat.ask(shipped_responder, "me", "When was the 2nd Global Security Cooperation Conference "
             "held?", now=0.0)
    other = chat.ask(shipped_responder, "me", "and the other meeting?", now=5.0)
    assert "11th AMMTC" in other.lines[0].text


def test_it_after_an_unanswered_question_is_the_event_that_question_named(
        shipped_responder: Responder) -> None:
    # the 11th AMMTC's date is not stated, nor who hosted it: "it" is the 11th, not the AMMTC
    # in general (which member states host in turn)
    chat = Conversations()
    chat.ask(shipped_responder, "me", "When was the 11th AMMTC?", now=0.0)
    reply = chat.ask(shipped_responder, "me", "and who hosted it?", now=5.0)
    assert reply.reason is Reason.NOT_STATED and "11th AMMTC" in reply.lines[0].text
    # a follow-up that asks on ("... then?", "and what ...") is of the event named before too
    for first, follow_up, intent in (("Which city hosted the GSCC?", "which country then?",
                                      "gscc-venue"),
                                     ("Who takes part in the AMMTC?", "and what do they do there?",
                                      "ammtc-purpose")):
        chat = Conversations()
        chat.ask(shipped_responder, "me", first, now=0.0)
        assert chat.ask(shipped_responder, "me", follow_up, now=5.0).intent == intent, follow_up


def test_a_close_answer_that_says_what_the_best_one_leaves_out_is_offered_first(
        shipped_responder: Responder) -> None:
    # the snippet on exchanging intelligence never names the AMMTC; the AMMTC's purpose says
    # member states share intelligence there: it is not answered with the first, the second comes
    # first among the closest
    reply = shipped_responder.respond("Do ASEAN states share intelligence through the AMMTC?")
    assert reply.intent != "information-sharing"
    offered = [reply.intent] if reply.intent else [s.intent for s in reply.suggestions]
    assert offered[0] == "ammtc-purpose"


def test_which_ones_of_a_kind_the_answer_only_names_as_a_kind_is_not_answered(
        shipped_responder: Responder) -> None:
    # "non-governmental organizations ... must work together" names no NGO
    for question in ("Which NGOs and which companies are supposed to cooperate against cyber "
                     "criminals?", "Which dialogue partners does ASEAN work with on "
                     "transnational crime?",
                     "Which successful security restoration strategies were shared?",
                     "Who were the prominent officials and experts at the conference?",
                     "Which emerging crime trends and technologies are law enforcement officers "
                     "being trained to address?",
                     # "... cybercrime, and economic crimes": none of them named
                     "Which economic crimes does the AMMTC address?"):
        reply = shipped_responder.respond(question)
        assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED, question
    chat = Conversations()
    chat.ask(shipped_responder, "me", "Who must cooperate against sophisticated cyber criminals?",
             now=0.0)
    assert chat.ask(shipped_responder, "me", "which NGOs?", now=1.0).reason is Reason.NOT_STATED
    # ... but the kinds are what "which organizations" asks for
    reply = shipped_responder.respond("Which organizations must cooperate against cyber "
                                      "criminals?")
    assert reply.decision is Decision.ANSWER and reply.intent == "who-must-cooperate"
    reply = shipped_responder.respond("Which crimes does the AMMTC deal with?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-key-areas"


def test_what_an_acronym_stands_for_is_answered_with_the_full_name(
        shipped_responder: Responder) -> None:
    for question, name in (("what does AMMTC stand for", "Ministerial Meeting On Transnational"),
                           ("wats AMMTC stand 4", "Ministerial Meeting On Transnational"),
                           ("AMMTC acronym meaning", "Ministerial Meeting On Transnational"),
                           ("ammtc full form", "Ministerial Meeting On Transnational"),
                           ("gscc abbreviation", "Global Security Cooperation Conference"),
                           ("what does GSCC stand for", "Global Security Cooperation Conference")):
        reply = shipped_responder.respond(question)
        assert reply.decision is Decision.ANSWER, question
        assert name in reply.lines[0].text, question


def test_small_talk_answers_only_small_talk(shipped_responder: Responder) -> None:
    for question in ("Translate 'good morning' into Burmese.",
                     "ok so what should countries do about it?",
                     "ok and what's it for?", "ok wats that",
                     "What crimes does the AMMTC handle and how does it benefit citizens?"):
        reply = shipped_responder.respond(question)
        assert reply.reason is not Reason.SMALLTALK, question
        assert not {"greeting", "thanks", "help"} & set(reply.answered_intents), question
    for question in ("good morning!", "thanks a lot", "hi, what's new", "what can you do",
                     "hi how r u", "ok thanks", "what topics do you cover"):
        assert shipped_responder.respond(question).reason is Reason.SMALLTALK, question
    # "it" is what the conversation is about, not the bot
    themes = _after(shipped_responder, "When did the 2nd Global Security Cooperation Conference "
                    "take place?", "what topics did it cover?")
    assert themes.decision is Decision.ANSWER and themes.intent == "gscc-themes"


def test_a_short_message_nearest_only_small_talk_gets_it_not_a_button(
        shipped_responder: Responder) -> None:
    # not "The closest I have: 1. Hello!"
    hello = shipped_responder.respond("hey whats up")
    assert hello.reason is Reason.SMALLTALK and hello.intent == "greeting"
    # naming something the sources never do, it is not asking what the bot can do
    for question in ("How does blockchain work?", "How do cryptocurrencies work?"):
        assert shipped_responder.respond(question).reason is not Reason.SMALLTALK, question


@pytest.mark.parametrize(("question", "intent"), [
    # chat spellings read as the words they stand for
    ("is ammtc evry year??", "ammtc-frequency"),
    ("what r these crooks doin w drones", "drones-terrorism"),
    ("did myanmar go 2 the china meeting", "gscc-participants"),
    # "what is X (even) for" asks X's purpose
    ("What is the ASEAN ministerial crime meeting for?", "ammtc-purpose"),
    ("whats the ammtc even for", "ammtc-purpose"),
    ("what was the gscc for", "gscc-aim"),
    ("wat was the conf in china even for", "gscc-aim"),
    # "what did it set out to do" asks its aim (it got the conference's venue)
    ("what did the chinese conference set out to do?", "gscc-aim"),
    # ... but "what do traffickers use people for" asks what people are used for
    ("wat do traffickers use ppl for", "human-trafficking"),
    # the AMMTC in general is hosted in turn; only the 11th's venue goes unsaid
    ("Which country hosts the AMMTC?", "ammtc-frequency"),
    # how the ministers mean to stop a crime, what ASEAN ultimately hopes for, in chat words
    ("hw do they wanna stop human trafficking acc to ammtc", "human-trafficking"),
    ("What does ASEAN ultimately hope to achieve through this cooperation?",
     "ammtc-citizen-benefits"),
    # "currently" is the article's "presently"; chat's "n" and "acc to"
    ("What is Myanmar currently doing about narcotics?", "myanmar-counter-narcotics"),
    ("who shld team up vs cyber crooks acc to the myanmar article", "who-must-cooperate"),
    ("does the article say countries shd not give drones n guns to criminal groups?",
     "drones-arms-support"),
    # "called together" is the article's "convened"; "the ministerial meeting" is the AMMTC
    ("what was the 11th ministerial meeting called together to deal with?", "ammtc-overview"),
    # an everyday word for the article's "refrain from"
    ("what should nations abstain from", "drones-arms-support"),
    # which crimes it addresses is the list of crimes, not what the AMMTC is
    ("Which transnational crimes does the FAQ say the AMMTC addresses?", "ammtc-key-areas"),
    # "named as" designates: the priorities are the answer, not names the article withholds
    ("tell me what the 11th AMMTC named as its top priorities", "ammtc-priorities"),
    # what a point means, what it is for, and who is to act, in everyday words
    ("what does myanmar taking part tell us about working together", "myanmar-commitment"),
    ("apart from the police, who else should help fight the online scammers",
     "who-must-cooperate"),
    ("what is keeping weapons from these crooks supposed to achieve", "drones-arms-support"),
    # "what they think needs to happen on X" asks what should be done about X
    ("what do ASEAN ministers think needs to happen on cybercrime", "cybercrime-asean"),
    # "treated" is a word of its own, not a misspelt "threat" (which read it as cybercrime)
    ("what did the asean ministers say about how victims should be treated", "human-trafficking"),
    # what it asks "about" is a word only one answer speaks of: the chemicals, not drug work
    ("What does the article say about chemicals in Myanmar's anti-drug work?",
     "precursor-chemicals"),
    # how an article ends is its conclusion
    ("How does the conference article end?", "gscc-conclusion"),
    ("what's in the last paragraph of the ASEAN article?", "ammtc-conclusion"),
    # "specifically regarding drones" narrows the subject; it asks for no more detail
    ("What does it say nations should avoid doing in terms of support to criminal groups, "
     "specifically regarding drones and weapons?", "drones-arms-support"),
    # the approach asked of one crime is that crime's (was the multi-sectoral approach)
    ("What approach to human trafficking did the ministers call for?", "human-trafficking"),
    # "which parties" asks who (was "the article doesn't say which networks exist")
    ("Which parties are supposed to set up cross-border communication networks?",
     "cross-border-information-exchange"),
])
def test_a_stranger_s_wording_gets_the_answer(shipped_responder: Responder, question: str,
                                             intent: str) -> None:
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == intent


@pytest.mark.parametrize(("question", "intent"), [
    # a request to be told, naming nothing, is of what the sentence before asks
    ("I'm a foreign ministry trainee and I need to understand why Myanmar said it would back "
     "the global security plan. Can you summarize the reasoning the article gives?",
     "myanmar-five-principles"),
    # "them" is what the sentence before was about
    ("I only skimmed the ASEAN text and I'm unsure about the whole list of crimes the AMMTC "
     "deals with. Could you list them for me?", "ammtc-key-areas"),
    # "they" are what the asker was told to list
    ("I'm an analyst and my manager wants me to summarise the conference themes in a memo; "
     "what are they?", "gscc-themes"),
    # "they" are the themes of the GSCC, not the seminar or the notes
    ("My professor asked us to summarize the themes of the GSCC for tomorrow's seminar and I "
     "lost my notes. What were they again?", "gscc-themes"),
    # "the Myanmar-focused article" names the document, not what is asked about it
    ("Our school debate club is arguing about whether countries can take down drug cartels on "
     "their own. What does the Myanmar-focused article say?", "drug-cartels"),
])
def test_a_last_sentence_leaning_on_the_one_before_is_read_with_it(
        shipped_responder: Responder, question: str, intent: str) -> None:
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == intent


@pytest.mark.parametrize(("question", "intent"), [
    ('Which event "emphasized the pressing need for international cooperation"?',
     "gscc-conclusion"),
    ('Where in the text does "comprehensive public security" appear?', "gscc-themes"),
    # in single quotes too (an apostrophe inside a word is no quote)
    ("Which event had the aim to 'foster collaboration in security measures'?", "gscc-aim"),
])
def test_words_quoted_from_one_answer_get_that_answer(shipped_responder: Responder,
                                                      question: str, intent: str) -> None:
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == intent


def test_which_ones_a_meeting_settled_on_is_what_came_of_it(shipped_responder: Responder) -> None:
    reply = shipped_responder.respond(
        'Which "mechanisms to improve information sharing" did the ministers settle on?')
    assert reply.reason is Reason.NOT_STATED


@pytest.mark.parametrize(("question", "intent"), [
    # "when" opening a clause asks no date: not the conference's dates
    ("what did Myanmar's delegates stress when they talked about their security challenges?",
     "myanmar-security-challenges"),
    ("what must nations stop doing when it comes to arming criminal groups?",
     "drones-arms-support"),
    # keywords that ask nothing before it still ask where
    ("gscc where it held", "gscc-venue"),
])
def test_when_inside_a_question_opens_a_clause(shipped_responder: Responder, question: str,
                                               intent: str) -> None:
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == intent


@pytest.mark.parametrize(("question", "intent"), [
    # chat spellings of "about", "know", "should", "they"
    ("u kno wat the meeting said bout human trafficking victims", "human-trafficking"),
    ("what should countries not give to criminals?", "drones-arms-support"),
    ("What forms of abuse do traffickers use?", "human-trafficking"),
    # "succeed" is "success" ("Success in combating the drug trade requires ...")
    ("what does the conference article say is needed to succeed against drug cartels?",
     "drug-cartels"),
])
def test_chat_spellings_and_plain_words_find_their_answer(shipped_responder: Responder,
                                                         question: str, intent: str) -> None:
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == intent


def test_what_those_in_general_can_do_is_not_asking_to_name_them(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond(
        "Does the piece say anything about what dialogue partners could offer?")
    assert reply.decision is Decision.ANSWER and reply.intent == "dialogue-partners"


@pytest.mark.parametrize("question", [
    # "it" in the second part is the event the first names, as the asker named it: the 11th
    # AMMTC's host, not how often AMMTCs are hosted
    "Who led the 11th AMMTC, and which nation hosted it?",
    "which ministry hosted the conference?",
])
def test_a_host_the_articles_do_not_name_is_not_stated(shipped_responder: Responder,
                                                       question: str) -> None:
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED


@pytest.mark.parametrize(("question", "nearest"), [
    ("what drugs go thru SEA most", "drug-trafficking-asean"),
    ("How many delegates attended the GSCC in total?", "gscc-participants"),
])
def test_closest_to_something_unsaid_is_told_so_with_the_nearest_fact(
        shipped_responder: Responder, question: str, nearest: str) -> None:
    # read closest to a gap, with the answer nearest it next: not a button that looks like an
    # answer to what was asked, but that the article doesn't say, that answer's fact and a
    # button to it
    reply = shipped_responder.respond(question)
    assert reply.reason is Reason.NOT_STATED
    assert reply.lines[0].text.startswith("The article doesn't say")
    assert [s.intent for s in reply.suggestions] == [nearest]
    assert reply.sources == shipped_responder.kb.intents[nearest].sources


def test_who_wrote_an_article_is_not_stated(shipped_responder: Responder) -> None:
    reply = shipped_responder.respond(
        "Who is the author of the piece about Myanmar and the security conference?")
    assert reply.reason is Reason.NOT_STATED and reply.lines[0].text.startswith(
        "The article doesn't say who wrote")


def test_a_vague_last_sentence_after_context_is_not_read_as_small_talk(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond(
        "We're a small NGO doing drug prevention work near the border, and a colleague told me "
        "the article mentions something about the chemicals used to make drugs. What was said "
        "about that?")
    offered = {s.intent for s in reply.suggestions} | set(reply.answered_intents)
    assert not {"help", "greeting", "thanks", "sources"} & offered


@pytest.mark.parametrize("question", ["next gscc date", "date of the next gscc",
                                      "upcoming gscc venue"])
def test_a_fact_of_another_edition_of_the_conference_is_not_stated(
        shipped_responder: Responder, question: str) -> None:
    # the answers give the 2023 edition's dates and venue, not those of the next one
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED


@pytest.mark.parametrize("question", ["phishing how to avoid", "how do scammers avoid all of them?"])
def test_a_common_verb_alone_does_not_answer_about_drones_and_arms(
        shipped_responder: Responder, question: str) -> None:
    # "what should countries avoid doing" is one of that answer's examples
    reply = shipped_responder.respond(question)
    assert "drones-arms-support" not in reply.answered_intents


@pytest.mark.parametrize(("question", "not_stated"), [
    ("what were the successful security restoration strategies that were shared?", True),
    ('What were the "successful security restoration strategies" mentioned there?', True),
    ("What are the unscrupulous groups using to breach the law?", False),
    ("what were the themes of the conference?", False),
    # "explored mechanisms to improve information sharing": none named
    ("What were the mechanisms to improve information sharing among member states?", True),
])
def test_what_were_the_things_an_answer_names_only_as_a_kind_is_not_stated(
        shipped_responder: Responder, question: str, not_stated: bool) -> None:
    # the conference shared "successful security restoration strategies": it names none
    reply = shipped_responder.respond(question)
    assert (reply.reason is Reason.NOT_STATED) is not_stated


@pytest.mark.parametrize(("first_question", "follow_up", "expected"), [
    ("When was the 11th AMMTC held?", "ok, what about the one in China?", "gscc-dates"),
    ("where was the gscc held?", "and what about the asean ministers meeting?", None),
    # "capacity-building enhancement" was one of the conference's themes
    ("What did the 11th AMMTC say about capacity building?", "same for the China conference?",
     "gscc-themes"),
])
def test_what_about_the_other_event_asks_the_question_before_of_it(
        shipped_responder: Responder, first_question: str, follow_up: str,
        expected: str | None) -> None:
    # the AMMTC's venue is not stated; the conference's date is
    reply = _after(shipped_responder, first_question, follow_up)
    if expected is None:
        assert reply.reason is Reason.NOT_STATED
    else:
        assert reply.decision is Decision.ANSWER and reply.intent == expected


def test_when_before_a_verb_in_ing_asks_no_date(shipped_responder: Responder) -> None:
    # "when describing" is not "when was": the dates of the conference are not what is asked
    reply = shipped_responder.respond(
        "According to the article, what did Myanmar's representatives underline when describing "
        "their country's security challenges?")
    assert reply.decision is Decision.ANSWER and reply.intent == "myanmar-security-challenges"


def test_a_last_sentence_naming_nothing_does_not_displace_the_closest_to_the_message(
        shipped_responder: Responder) -> None:
    # "Which of us is right ...?" leans on the sentence before it, about arms for criminal groups
    reply = shipped_responder.respond(
        "My colleague and I were arguing over whether the GSCC article told countries to stop "
        "supplying weapons to criminal groups. Which of us is right, and what exactly does it say?")
    assert reply.decision is not Decision.DECLINE
    assert "drones-arms-support" in {reply.intent, *(s.intent for s in reply.suggestions)}


@pytest.mark.parametrize(("first_question", "follow_up", "expected"), [
    ("What does the AMMTC article say about cybercrime?", "what about drugs?",
     "drug-trafficking-asean"),
    ("What did they say about legal frameworks?", "what about training?", "capacity-building"),
    # "and X?" naming what the answer before does not speak of asks of X as well
    ("What did the AMMTC say about legal frameworks?", "and training?", "capacity-building"),
    ("What did the AMMTC say about cybercrime?", "and drugs?", "drug-trafficking-asean"),
])
def test_what_about_another_subject_asks_of_it_instead(
        shipped_responder: Responder, first_question: str, follow_up: str, expected: str) -> None:
    # not the answer that lists both subjects (the key areas), nor only "the closest I have"
    reply = _after(shipped_responder, first_question, follow_up)
    assert reply.decision is Decision.ANSWER and reply.intent == expected


@pytest.mark.parametrize(("first_question", "follow_up", "expected"), [
    ("What did the meeting say about human trafficking victims?", "and the traffickers?",
     "human-trafficking"),
    # information sharing has an answer of its own, though the partners' answer names it
    ("What is the role of dialogue partners in ASEAN's response?", "and info sharing?",
     "information-sharing"),
])
def test_and_the_x_after_an_answer_that_speaks_of_x_is_that_answer(
        shipped_responder: Responder, first_question: str, follow_up: str, expected: str) -> None:
    reply = _after(shipped_responder, first_question, follow_up)
    assert reply.decision is Decision.ANSWER and reply.intent == expected


def test_what_the_article_means_by_a_term_it_never_explains_is_said_not_to_be_there(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond(
        "What does the article mean by 'victim-centered approaches'?")
    assert reply.reason is Reason.NOT_STATED
    assert reply.lines[0].text == ("The article doesn't explain what victim-centered approaches "
                                   "means. It says only this:")
    assert reply.sources                                       # where it does speak of them


def test_a_follow_up_asking_of_the_answer_in_its_words_is_not_taken_for_another_event(
        shipped_responder: Responder) -> None:
    # "capacity building" is also one of the AMMTC's priorities, word for word; "one" is a theme
    reply = _after(shipped_responder, "What were the conference themes?",
                   "was capacity building one?")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-themes"


@pytest.mark.parametrize(("first_question", "follow_up", "expected"), [
    ("What does the AMMTC do?", "do they share intelligence there?", "ammtc-purpose"),
    ("What does the ASEAN article conclude?", "what does it say member states are doing?",
     "ammtc-conclusion"),
    # what they pushed for is what the answer says: its victim-centred approaches
    ("What did the AMMTC article say about human trafficking?", "what approach did they push?",
     "human-trafficking"),
])
def test_a_follow_up_in_the_words_of_the_answer_before_is_that_answer(
        shipped_responder: Responder, first_question: str, follow_up: str, expected: str) -> None:
    # the AMMTC's answer says member states share intelligence there: not the answer on
    # information sharing in general
    reply = _after(shipped_responder, first_question, follow_up)
    assert reply.decision is Decision.ANSWER and reply.intent == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("how many orgs went 2 the china conf", "gscc-participants"),
    ("what can u do", "help"),
])
def test_chat_spellings_of_short_words_read_as_the_words(
        shipped_responder: Responder, question: str, expected: str) -> None:
    # "u", "r", "wr": "you", "are", "were"; "orgs went" is not "countries went"
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == expected


@pytest.mark.parametrize(("first_question", "follow_up", "expected"), [
    ("What key priorities did the 11th AMMTC identify?", "ok and the second priority?",
     "legal-frameworks"),
    ("What were the 11th AMMTC's priorities?", "explain the first one", "information-sharing"),
    ("What does capacity building involve?", "what's the last priority on that list?",
     "dialogue-partners"),
    ("What does capacity building involve?", "and the next one?", "dialogue-partners"),
    ("What crimes did the 11th AMMTC focus on?", "what about the third one", "drug-trafficking-asean"),
])
def test_an_item_asked_for_by_its_place_in_the_list_is_that_item(
        shipped_responder: Responder, first_question: str, follow_up: str, expected: str) -> None:
    # the priorities are listed as information sharing, legal frameworks, capacity building,
    # dialogue partners; the key areas as terrorism, cybercrime, drug trafficking, trafficking
    reply = _after(shipped_responder, first_question, follow_up)
    assert reply.decision is Decision.ANSWER and reply.intent == expected


def test_a_list_of_what_an_answer_names_one_by_one_in_a_sentence_is_answered(
        shipped_responder: Responder) -> None:
    # "One of the themes ... was the anticipation ..., the promotion ..., ... and the sharing
    # ...": the themes, one by one
    reply = shipped_responder.respond("Can you list the themes mentioned in the article?")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-themes"
    # "... dialogue partners can provide valuable support in terms of technical assistance,
    # capacity building, and information sharing" names the help, not the partners
    reply = shipped_responder.respond("list the dialogue partners")
    assert reply.reason is Reason.NOT_STATED


@pytest.mark.parametrize(("question", "expected"), [
    ("Were NGOs named among those who should fight cyber criminals?", "who-must-cooperate"),
    ("Were human trafficking and money laundering both named among the crimes committed by "
     "tech-savvy online networks?", "online-crime-networks"),
])
def test_whether_the_answer_names_something_among_others_is_answered(
        shipped_responder: Responder, question: str, expected: str) -> None:
    # the answer names them ("non-governmental organizations"; "activities such as human
    # trafficking, money laundering ..."): not a request for names the article never gives
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == expected


@pytest.mark.parametrize(("first_question", "follow_up", "expected"), [
    ("What did the article say about cybercrime?", "and what's needed to deal with it?",
     "cybercrime-asean"),
    ("What did the AMMTC article say about drug trafficking?", "how do they propose to disrupt it?",
     "drug-trafficking-asean"),
])
def test_what_is_to_be_done_after_an_answer_that_says_it_is_that_answer(
        shipped_responder: Responder, first_question: str, follow_up: str, expected: str) -> None:
    # "Collaboration on cybersecurity measures ... is crucial to mitigate these threats";
    # "Enhanced border control ... are vital in disrupting these criminal networks"
    reply = _after(shipped_responder, first_question, follow_up)
    assert reply.decision is Decision.ANSWER and reply.intent == expected


def test_whats_it_for_after_what_an_event_is_called_asks_the_events_purpose(
        shipped_responder: Responder) -> None:
    reply = _after(shipped_responder, "What does AMMTC stand for?", "what's it for?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-purpose"


@pytest.mark.parametrize(("question", "answered"), [
    ("Which countries were supplying drones to criminal groups, according to the text?", False),
    ("which countries give drones 2 criminals", False),
    # "nations must refrain from ..." names no country
    ("According to the article, which countries provided drones and arms to criminal entities?",
     False),
    ("which country hosted the gscc", True),        # "held in the People's Republic of China"
    ("Which country hosts the AMMTC?", True),       # "hosted by different ASEAN member states"
])
def test_which_countries_of_an_answer_that_names_none_is_said_not_to_be_there(
        shipped_responder: Responder, question: str, answered: bool) -> None:
    reply = shipped_responder.respond(question)
    assert (reply.decision is Decision.ANSWER) is answered
    assert answered or reply.reason is Reason.NOT_STATED


@pytest.mark.parametrize(("question", "outcome_asked"), [
    ("What does the article say the final outcome document of the GSCC contained?", True),
    ("What outcome documents came out of the Global Security Cooperation Conference?", True),
    ("I need the official outcome documents from the ministers' meeting. Does the article point "
     "to where those get published?", False),
    # whether it worked, what was done since: what came of it
    ("did the gscc work? what were the results?", True),
    ("According to the article, what has Myanmar done since the conference to implement the "
     "global security plan?", True),
])
def test_what_a_meeting_put_out_is_an_outcome_the_articles_never_report(
        shipped_responder: Responder, question: str, outcome_asked: bool) -> None:
    reply = shipped_responder.respond(question)
    if outcome_asked:
        assert reply.reason is Reason.NOT_STATED
        assert reply.lines[0].text == texts.NO_OUTCOME_MESSAGE
    else:                                       # where outcomes are published: the FAQ says
        assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-stay-updated"


def test_which_of_the_things_an_answer_says_were_explored_is_said_not_to_be_there(
        shipped_responder: Responder) -> None:
    # "The meeting explored mechanisms to improve information sharing": it names none
    reply = shipped_responder.respond(
        "which mechanisms to improve information sharing did the meeting explore")
    assert reply.reason is Reason.NOT_STATED
    assert reply.sources                                # with the sentence that speaks of them


@pytest.mark.parametrize(("question", "answered"), [
    ("wat drugs go thru SE asia", False),  # "a major transit route for illicit drug trafficking"
    ("What does the AMMTC article say about cybercrime?", True),
])
def test_which_drugs_of_an_answer_that_names_none_is_said_not_to_be_there(
        shipped_responder: Responder, question: str, answered: bool) -> None:
    reply = shipped_responder.respond(question)
    assert (reply.decision is Decision.ANSWER) is answered
    assert answered or reply.reason is Reason.NOT_STATED
    follow_up = _after(shipped_responder, question, "what about drugs?")    # not which drugs
    assert follow_up.decision is Decision.ANSWER or not answered


def test_a_part_the_article_does_not_speak_to_is_said_after_the_answer_to_the_other(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond(
        "Where can I find AMMTC outcomes, and is there a number I can call?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-stay-updated"
    for rendered in (render_text(reply), "".join(render_html(reply))):
        assert "ASEAN Secretariat website" in rendered
        assert "The article doesn't say the ASEAN Secretariat's web address or how to contact" \
            in rendered
        assert rendered.count("ASEAN Secretariat website") == 1    # the snippet once, not twice


def test_whether_the_conference_was_held_in_another_country_is_where_it_was_held(
        shipped_responder: Responder) -> None:
    # not what Myanmar said there: the question asks where it was held
    reply = shipped_responder.respond("Was the Global Security Cooperation Conference held in "
                                      "Myanmar?")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-venue"


@pytest.mark.parametrize("question", [
    "What is the ASEAN Defence Ministers' Meeting?",
    "What is ASEAN's Work Plan on Preventing and Countering Violent Extremism?",
])
def test_a_short_question_naming_something_the_sources_never_name_is_not_answered(
        shipped_responder: Responder, question: str) -> None:
    # "is" is a small word, not a title's: the capitals are a name the articles never use
    assert shipped_responder.respond(question).decision is not Decision.ANSWER


@pytest.mark.parametrize(("question", "answered"), [
    ("gscc attendance total", False),           # the article counts organisations, not people
    ("gscc total participants", False),
    ("total number of organisations at the gscc", True),     # "over 50 ... organizations"
    ("number of orgs at gscc", True),
])
def test_a_count_asked_in_keywords_is_answered_only_by_a_figure_for_that_thing(
        shipped_responder: Responder, question: str, answered: bool) -> None:
    reply = shipped_responder.respond(question)
    assert (reply.decision is Decision.ANSWER) is answered
    assert answered or reply.reason is Reason.NOT_STATED


@pytest.mark.parametrize("question", [
    "Is sharing intelligence one of the things the AMMTC is for?",
    "Do ASEAN states share intelligence through the AMMTC?",
])
def test_sharing_intelligence_through_the_ammtc_is_what_the_ammtc_is_for(
        shipped_responder: Responder, question: str) -> None:
    # "The AMMTC serves as a crucial platform for ASEAN member states to ... share intelligence"
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-purpose"


def test_whether_myanmar_was_represented_at_the_conference_is_answered_with_its_participants(
        shipped_responder: Responder) -> None:
    # yes, it was: not "the article doesn't say who represented Myanmar"
    reply = shipped_responder.respond("Was Myanmar represented at the global security conference?")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-participants"


def test_a_follow_up_the_sources_do_not_answer_is_not_given_the_answer_before_again(
        shipped_responder: Responder) -> None:
    # who led Myanmar's delegation is not in the article; the participants' answer does not say it
    reply = _after(shipped_responder, "Did Myanmar attend the gscc?", "who led their delegation?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED


@pytest.mark.parametrize(("question", "expected"), [
    ("what does the GSCC article say about cartels?", "drug-cartels"),
    ("Did the 11th AMMTC consider working with dialogue partners?", "dialogue-partners"),
])
def test_naming_the_answers_own_event_does_not_count_against_it(
        shipped_responder: Responder, question: str, expected: str) -> None:
    # "GSCC" is the cartels' own event: it is no word of another subject
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == expected


@pytest.mark.parametrize("follow_up", ["what did they talk about?", "what did they talk about there?"])
def test_they_after_a_question_naming_a_country_is_that_country(
        shipped_responder: Responder, follow_up: str) -> None:
    # Myanmar attended; "they" is Myanmar (China, where it was held, is a place, not a party)
    reply = _after(shipped_responder, "Did Myanmar attend the security conference in China?",
                   follow_up)
    assert reply.decision is Decision.ANSWER and reply.intent == "myanmar-security-challenges"


def test_another_countrys_own_policy_is_not_answered_with_myanmars(
        shipped_responder: Responder) -> None:
    for question in ("what's Thailand's foreign policy like?",
                     "How committed is Vietnam's government to global security?",
                     "what did the Philippines' campaign against drugs achieve?"):
        reply = shipped_responder.respond(question)
        assert reply.decision is not Decision.ANSWER, question
    # Myanmar's own is still answered
    assert shipped_responder.respond("what is Myanmar's foreign policy?").intent \
        == "myanmar-foreign-policy"


def test_what_a_country_named_said_there_is_not_who_attended_again(
        shipped_responder: Responder) -> None:
    # the attendees' answer names Myanmar, but what Myanmar talked about is another answer
    reply = _after(shipped_responder, "Who attended the 2023 security conference in China?",
                   "what did Myanmar talk about there?")
    assert reply.decision is Decision.ANSWER and reply.intent == "myanmar-security-challenges"


def test_what_a_country_named_said_is_not_answered_with_the_venue(
        shipped_responder: Responder) -> None:
    # "China" is where it was held: what China said the article does not give
    reply = _after(shipped_responder, "What did Myanmar's representatives talk about at the GSCC?",
                   "and what did china say?")
    assert reply.intent != "gscc-venue"


@pytest.mark.parametrize("question", [
    "According to the article, what did China's own representatives say at the conference?",
    "What did China's representatives say at the Global Security Cooperation Conference?",
    "China Minister of Public Security",
])
def test_another_countrys_people_get_no_answer_about_myanmars(
        shipped_responder: Responder, question: str) -> None:
    # the article reports only what Myanmar's representatives said
    reply = shipped_responder.respond(question)
    assert reply.decision is not Decision.ANSWER, reply.intent


@pytest.mark.parametrize(("before", "question"), [
    ("What did the article say about AI in fraud?", "can you recommend a good AI chatbot?"),
    ("What did the AMMTC say about cybercrime?", "what's a good antivirus for my laptop?"),
])
def test_a_recommendation_asked_of_the_bot_is_out_of_scope(
        shipped_responder: Responder, before: str, question: str) -> None:
    # advice the sources never give, even right after an answer on the same subject
    reply = _after(shipped_responder, before, question)
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.OUT_OF_SCOPE


def test_a_stated_purpose_is_the_purpose(shipped_responder: Responder) -> None:
    # "stated" asks what the article says, not about a state
    reply = shipped_responder.respond("What is the stated purpose of the AMMTC?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-purpose"


def test_a_second_parts_it_is_the_thing_the_first_part_ends_naming(
        shipped_responder: Responder) -> None:
    # "it" is the global security plan, whose name and author the article never gives (not
    # "how do they propose to deal with cybercrime")
    reply = shipped_responder.respond(
        "what's the full name of the global security plan and who proposed it?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    assert reply.intent != "cybercrime-asean"


def test_what_kind_of_drones_is_not_stated(shipped_responder: Responder) -> None:
    # the index speaks of drones only in general
    reply = shipped_responder.respond("wat kind of drones did the criminals use")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    listed = shipped_responder.respond("what kinds of crimes does the AMMTC address?")
    assert listed.decision is Decision.ANSWER and listed.intent == "ammtc-key-areas"


def test_what_does_it_say_after_the_index_named_is_what_the_index_says(
        shipped_responder: Responder) -> None:
    # "it" is the index the answer before quotes, not the next sentence about arms supplies
    reply = _after(shipped_responder, "Which index is cited in the GSCC article?",
                   "what does it say?")
    assert reply.decision is Decision.ANSWER and reply.intent == "drones-terrorism"


def test_specific_themes_are_the_themes_the_answer_names(shipped_responder: Responder) -> None:
    # the themes' answer names each theme: "specific" asks for no more than it gives
    reply = _after(shipped_responder, "What was the primary aim of the GSCC?",
                   "any specific themes?")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-themes"


def test_what_another_countrys_people_said_is_not_reported_with_what_myanmar_said(
        shipped_responder: Responder) -> None:
    # not "who represented Myanmar" (a gap about another question), but that the article does
    # not report it, with the nearest fact it gives
    reply = shipped_responder.respond(
        "According to the article, what did China's own representatives say at the conference?")
    assert reply.reason is Reason.NOT_STATED
    assert reply.lines[0].text.startswith(
        "The article doesn't report what China's own representatives said")
    assert "Myanmar’s representatives" in reply.lines[1].text


def test_myanmars_own_representatives_are_still_answered(shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("what did Myanmar's representatives say at the conference?")
    assert reply.decision is Decision.ANSWER and reply.intent == "myanmar-security-challenges"


def test_they_is_the_country_named_before_even_when_that_question_went_unanswered(
        shipped_responder: Responder) -> None:
    # who represented Myanmar the article doesn't say; what Myanmar talked about it does
    reply = _after(shipped_responder, "Who represented Myanmar at the conference?",
                   "ok, then what did they talk about?")
    assert reply.decision is Decision.ANSWER and reply.intent == "myanmar-security-challenges"


def test_they_is_read_as_no_country_the_question_before_names_only_as_a_place(
        shipped_responder: Responder) -> None:
    assert shipped_responder.they_as_named("what did they talk about?",
                                           "Who attended the conference in China?",
                                           "gscc-participants") is None
    assert shipped_responder.they_as_named("what did they talk about?",
                                           "Did Myanmar attend the conference in China?",
                                           "gscc-participants") \
        == "what did Myanmar talk about at the gscc?"


@pytest.mark.parametrize(("first_question", "follow_up", "expected"), [
    # "suggest" is no word of the sources, but it only asks what the answer already says
    ("What did the AMMTC say about drug trafficking?", "what measures did they suggest?",
     "drug-trafficking-asean"),
    ("How are trafficking victims exploited?", "what did they suggest to protect them?",
     "human-trafficking"),
    # "fueling addiction, violence, and instability" is what drug trafficking leads to
    ("What does the article say about drug trafficking in Southeast Asia?",
     "what does it lead to?", "drug-trafficking-asean"),
    # "Enhanced border control ... are vital in disrupting these criminal networks"
    ("What does the article say about drug trafficking in Southeast Asia?", "solutions?",
     "drug-trafficking-asean"),
    ("What is drug trafficking doing to Southeast Asia?", "whats being done?",
     "drug-trafficking-asean"),
])
def test_a_follow_up_asking_what_the_answer_before_already_says_is_that_answer(
        shipped_responder: Responder, first_question: str, follow_up: str, expected: str) -> None:
    reply = _after(shipped_responder, first_question, follow_up)
    assert reply.decision is Decision.ANSWER and reply.intent == expected


def test_a_place_named_in_the_askers_framing_does_not_stop_the_answer(
        shipped_responder: Responder) -> None:
    # "Yangon" says where the uncle works, not what is asked about
    reply = shipped_responder.respond(
        "My uncle works for a customs agency in Yangon and keeps talking about precursor "
        "chemicals. Could you tell me what the article says about why stopping them matters?")
    assert reply.decision is Decision.ANSWER and reply.intent == "precursor-chemicals"
    # a name in the question itself still does
    assert shipped_responder.respond("What did the Munich Security Conference say about "
                                     "precursor chemicals?").decision is not Decision.ANSWER


def test_which_kind_of_an_answer_that_names_an_example_of_it_is_answered(
        shipped_responder: Responder) -> None:
    # "advanced technologies like Artificial Intelligence" names the technology
    for question in ("Which technology do online fraud gangs often use?",
                     "which advanced technology do online fraud organizations leverage?"):
        reply = shipped_responder.respond(question)
        assert reply.decision is Decision.ANSWER and reply.intent == "online-fraud-ai", question
    # which AI tools, by name, it does not say
    assert shipped_responder.respond("which AI tools do scammers use?").reason \
        is Reason.NOT_STATED


@pytest.mark.parametrize(("question", "expected"), [
    ("How does the conference article end regarding Myanmar?", "myanmar-commitment"),
    ("How is Myanmar's commitment described at the end of the article?", "myanmar-commitment"),
    ("how does the asean article end", "ammtc-conclusion"),
    ("asean article conclusion tl;dr pls", "ammtc-conclusion"),
])
def test_how_an_article_ends_is_answered_from_its_closing_paragraph(
        shipped_responder: Responder, question: str, expected: str) -> None:
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == expected


@pytest.mark.parametrize("question", [
    "Did the China conference wrap up on the 21st?",      # the conference's end, not the article's
    "Which organisation is behind the contact details at the end of the ASEAN article?",
])
def test_the_end_of_something_else_is_not_the_articles_closing_paragraph(
        shipped_responder: Responder, question: str) -> None:
    reply = shipped_responder.respond(question)
    assert reply.intent not in ("gscc-conclusion", "ammtc-conclusion", "myanmar-commitment")


def test_an_interjection_opening_a_follow_up_says_nothing_of_what_is_asked(
        shipped_responder: Responder) -> None:
    reply = _after(shipped_responder, "What does AMMTC stand for?", "ok and what's it for?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-purpose"
    assert shipped_responder.respond("ok and what's AMMTC for?").intent == "ammtc-purpose"
    # "ok thanks" is still thanks
    assert shipped_responder.respond("ok thanks").intent == "thanks"


def test_what_an_articles_opening_paragraph_says_is_answered_from_it(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond(
        "I want to be sure I understand the opening paragraph of the ASEAN article. Which "
        "region's transnational crime was the meeting about?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-overview"


def test_a_follow_up_pointing_back_at_what_the_article_never_says_is_said_to_be_missing(
        shipped_responder: Responder) -> None:
    # "they" are the precursor chemicals, whose origin the article never gives (not where AI
    # "comes up" in the article, nor where extradition comes into it)
    reply = _after(shipped_responder, "What does the article say about precursor chemicals?",
                   "where do they come from?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED


@pytest.mark.parametrize("follow_up", ["by whom?", "and who by?"])
def test_by_whom_asks_who_did_what_the_question_before_asked_of(
        shipped_responder: Responder, follow_up: str) -> None:
    # the AMMTC is "hosted by different ASEAN member states": the answer on how often it is held
    reply = _after(shipped_responder, "How often is the AMMTC held?", follow_up)
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-frequency"


def test_a_question_in_the_closing_sentences_words_gets_that_sentence(
        shipped_responder: Responder) -> None:
    # "create a more secure environment" is quoted; "ASEAN member states", named in the same
    # sentence, count for it too (not the AMMTC's significance)
    reply = shipped_responder.respond(
        "According to the article, what kind of environment are ASEAN member states trying to "
        "create?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-conclusion"


def test_texting_abbreviations_for_message_and_between_are_read_as_the_words(
        shipped_responder: Responder) -> None:
    # "msg" is the conference's message, which its conclusion gives
    reply = shipped_responder.respond("wats the main msg of the gscc")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-conclusion"
    assert shipped_responder.normaliser.normalise("info sharing btwn ctries") \
        == "information sharing between countries"
    assert shipped_responder.normaliser.normalise("wat did myanmar tlk abt, wud u say") \
        == "what did myanmar talk about would you say"
    # "cn" is "can": "where cn i see ammtc results" was only offered
    reply = shipped_responder.respond("where cn i see ammtc results")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-stay-updated"


def test_based_on_the_article_frames_a_question_as_according_to_does(
        shipped_responder: Responder) -> None:
    # neither "according to" nor "based on the article" says what is asked about (nor asks
    # what the bot is based on)
    for question in ("What is the AMMTC for, based on the article?",
                     "According to the article, what is the AMMTC for?"):
        reply = shipped_responder.respond(question)
        assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-purpose", question


def test_brought_up_asks_whether_something_is_mentioned(shipped_responder: Responder) -> None:
    # "brought up" is "mentioned": the question is about extradition, not about bringing
    reply = shipped_responder.respond("Was extradition brought up in the ASEAN article?")
    assert reply.decision is Decision.ANSWER and reply.intent == "legal-frameworks"
    reply = shipped_responder.respond("Why is the Global Terrorism Index brought up in the piece "
                                      "about the security conference?")
    assert reply.decision is Decision.ANSWER and reply.intent == "drones-terrorism"


@pytest.mark.parametrize(("first_question", "follow_up"), [
    ("Where was the GSCC held?", "what's the population of China?"),
    ("What did the 11th AMMTC say about extradition?",
     "does Thailand have an extradition treaty with the US?"),
])
def test_a_follow_up_on_a_subject_neither_answer_speaks_of_is_not_answered(
        shipped_responder: Responder, first_question: str, follow_up: str) -> None:
    # China's population is no part of the venue's answer, nor a treaty of legal frameworks
    reply = _after(shipped_responder, first_question, follow_up)
    assert reply.decision is not Decision.ANSWER


@pytest.mark.parametrize("question", ["what does asean want to achieve",
                                      "whats asean tryin to achieve"])
def test_what_asean_wants_to_achieve_is_what_it_aims_for(shipped_responder: Responder,
                                                         question: str) -> None:
    # was declined as out of scope: "ASEAN aims to create a safer and more secure region"
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-significance"


def test_a_request_for_the_articles_words_is_read_with_the_sentence_before_it(
        shipped_responder: Responder) -> None:
    # was declined as out of scope: the sentence that asks names nothing of its own
    reply = shipped_responder.respond(
        "I'm helping a friend who teaches secondary school prepare a lesson on regional "
        "cooperation in ASEAN. She wants to explain in plain words what the AMMTC is for. "
        "Could you give the article's own explanation?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-purpose"
    # a greeting before it is not what it asks about, nor is a new request ("protect them")
    greeted = shipped_responder.respond("Good morning. Could you give the article's own "
                                        "explanation?")
    assert greeted.intent in (None, "greeting")
    assert shipped_responder.respond(
        "I'm worried about AI voice-cloning scam calls targeting my parents. How can I protect "
        "them?").intent != "online-fraud-ai"


@pytest.mark.parametrize("follow_up", ["which report says that?", "where does it say that?",
                                       "source?", "which article is that from?"])
def test_asking_where_an_answer_comes_from_gets_it_again_with_its_source(
        shipped_responder: Responder, follow_up: str) -> None:
    # was "did you mean" with the wrong answers first, or the conference's venue
    chat = Conversations()
    first = chat.ask(shipped_responder, "me", "Does the article say criminal groups use drones?",
                     now=0.0)
    reply = chat.ask(shipped_responder, "me", follow_up, now=5.0)
    assert reply.decision is Decision.ANSWER and reply.intent == first.intent
    assert reply.sources == first.sources and reply.sources


def test_one_item_of_a_list_named_by_its_label_gets_that_items_answer(
        shipped_responder: Responder) -> None:
    # was the whole list of priorities
    for question, item in (("What is the capacity-building priority?", "capacity-building"),
                           ("what is the legal frameworks priority", "legal-frameworks")):
        reply = shipped_responder.respond(question)
        assert reply.decision is Decision.ANSWER and reply.intent == item, question
    # whether it is on the list, or two of its items, get the list
    for question in ("is capacity building one of the priorities?",
                     "terrorism and cybercrime - what did the meeting say about each?"):
        reply = shipped_responder.respond(question)
        assert reply.intent in ("ammtc-priorities", "ammtc-key-areas"), question


def test_these_days_says_nothing_of_what_is_asked(shipped_responder: Responder) -> None:
    # "these days" and "nowadays" are "now": they do not ask about days
    for question in ("What is Myanmar doing about narcotics these days?",
                     "what is myanmar doing against narcotics nowadays"):
        reply = shipped_responder.respond(question)
        assert reply.decision is Decision.ANSWER and reply.intent == "myanmar-counter-narcotics", \
            question


def test_a_criminal_group_no_longer_armed_is_not_a_record_wiped(
        shipped_responder: Responder) -> None:
    # "stop ... criminal" read as getting rid of a criminal record refused a fair question
    reply = shipped_responder.respond("Is it suggested that countries should stop supplying arms "
                                      "to criminal groups?")
    assert reply.decision is Decision.ANSWER and reply.intent == "drones-arms-support"
    assert shipped_responder.respond("how do i wipe my criminal record").reason is Reason.HARMFUL


def test_when_joining_a_clause_in_a_what_question_asks_no_time(
        shipped_responder: Responder) -> None:
    # "when they spoke" says when something was said, it does not ask when the conference was
    for question in ("What did Myanmar's delegates focus on when they spoke at the GSCC?",
                     "What did Myanmar's delegation focus on when they addressed the GSCC?"):
        reply = shipped_responder.respond(question)
        assert reply.decision is Decision.ANSWER \
            and reply.intent == "myanmar-security-challenges", question
    # a question that asks for a time still does
    reply = shipped_responder.respond("when was the gscc held")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-dates"


@pytest.mark.parametrize(("question", "expected"), [
    ("wen was the gscc lol", "gscc-dates"),
    ("where was the gscc haha", "gscc-venue"),
    ("wat was the 11th ammtc about tbh", "ammtc-overview"),
])
def test_chat_interjections_say_nothing_of_what_is_asked(shipped_responder: Responder,
                                                         question: str, expected: str) -> None:
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == expected


@pytest.mark.parametrize(("first_question", "follow_up"), [
    ("What foreign policy does Myanmar follow?", "and what about japan's foreign policy?"),
    ("What are the AMMTC's priorities?", "what does the european union prioritise for crime?"),
    ("Is Southeast Asia a transit route for drugs?", "whats the main drug route into australia?"),
])
def test_a_place_beyond_the_region_is_not_answered_with_an_answer_that_never_names_it(
        shipped_responder: Responder, first_question: str, follow_up: str) -> None:
    chat = Conversations()
    chat.ask(shipped_responder, "me", first_question, now=0.0)
    reply = chat.ask(shipped_responder, "me", follow_up, now=5.0)
    assert reply.decision is not Decision.ANSWER, reply.intent
    # the asker's own place is not asked about
    reply = shipped_responder.respond("I'm from India, what did the AMMTC prioritise?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-priorities"


@pytest.mark.parametrize("question", ["are you a bot?", "what can this bot do?"])
def test_asking_what_the_bot_is_gets_what_it_does(shipped_responder: Responder,
                                                  question: str) -> None:
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == "help"


def test_which_platforms_of_an_answer_that_names_none_is_said_not_to_be_named(
        shipped_responder: Responder) -> None:
    # the answer speaks of "online platforms" and names none
    reply = shipped_responder.respond("I'm writing about online radicalization and need "
                                      "specifics: which online platforms did the ASEAN ministers "
                                      "say terrorists use?")
    assert reply.decision is not Decision.ANSWER and reply.reason is Reason.NOT_STATED
    reply = shipped_responder.respond("what does the ammtc say about terrorists using online "
                                      "platforms")
    assert reply.decision is Decision.ANSWER and reply.intent == "terrorism-extremism"


def test_a_pronoun_for_something_else_named_before_is_not_answered_about_the_sources(
        shipped_responder: Responder) -> None:
    # "it" is the Colombo Plan, which the sources never name: not the conference's dates
    reply = shipped_responder.respond("My teacher says the Colombo Plan is the oldest regional "
                                      "programme against poverty. Could you tell me what it is "
                                      "and when it started?")
    assert reply.decision is not Decision.ANSWER, reply.intent
    # ... but "it" for an event the sources report, named beside another name, is that event
    reply = shipped_responder.respond("I read about the GSCC in the Bangkok Post. When was it "
                                      "held?")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-dates"
    # "this article" is the article asked about, not something named before it
    reply = shipped_responder.respond("My brother is backpacking to the Golden Triangle next "
                                      "month. Does this article say why the region matters for "
                                      "drug trafficking?")
    assert reply.decision is Decision.ANSWER and reply.intent == "drug-trafficking-asean"


@pytest.mark.parametrize("follow_up", ["and how should it be tackled?", "so how should it be countered?"])
def test_how_it_should_be_tackled_after_an_answer_that_says_so_is_that_answer(
        shipped_responder: Responder, follow_up: str) -> None:
    # "tackled" asks what is to be done as "tackle" does; the answer before says it
    chat = Conversations()
    first = chat.ask(shipped_responder, "me", "What did the 11th AMMTC say about terrorism?",
                     now=0.0)
    reply = chat.ask(shipped_responder, "me", follow_up, now=5.0)
    assert reply.decision is Decision.ANSWER and reply.intent == first.intent == \
        "terrorism-extremism"


def test_it_after_another_years_conference_is_that_years_conference(
        shipped_responder: Responder) -> None:
    # "it" is the 2025 conference the sources never report: not the 2023 one's venue
    reply = shipped_responder.respond("What was on the agenda of the 2025 GSCC, and where was it "
                                      "held?")
    assert reply.decision is not Decision.ANSWER, reply.intent
    reply = shipped_responder.respond("What did the 2023 GSCC discuss and where was it held?")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-themes"


def test_when_something_unknown_happened_is_not_answered_with_the_conferences_dates(
        shipped_responder: Responder) -> None:
    # the coup is in no source; naming Myanmar does not make it the conference
    reply = shipped_responder.respond("Who leads Myanmar now, and when did the coup take place?")
    assert reply.decision is not Decision.ANSWER, reply.intent
    reply = shipped_responder.respond("when did the myanmar conference take place?")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-dates"


def test_a_second_part_leaning_on_what_the_sources_do_not_say_is_not_answered(
        shipped_responder: Responder) -> None:
    # "they" are campaigns the article never names, or hotlines it never mentions: not the
    # conference's dates
    reply = shipped_responder.respond("Which anti-drug awareness campaigns were launched, and "
                                      "when do they begin?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED, reply.intent
    assert not reply.parts
    reply = shipped_responder.respond("Which drug hotlines were set up, and when do they open?")
    assert reply.decision is not Decision.ANSWER, reply.intent


def test_what_it_calls_for_after_a_section_only_offered_is_not_answered_alone(
        shipped_responder: Responder) -> None:
    # "it" is the terrorism section: not the meeting's general approach
    reply = shipped_responder.respond(
        "I'm a lecturer in Manila. The ASEAN article has a part on terrorism and violent "
        "extremism. What does it say the worry is, and what does it call for?")
    assert reply.intent != "ammtc-approach"


@pytest.mark.parametrize("question", [
    "What did the ASEAN finance ministers agree in 2023?",
    "asean health ministers meeting outcomes",
])
def test_another_portfolios_ministers_meeting_is_declined(
        shipped_responder: Responder, question: str) -> None:
    # the sources report the crime ministers' meeting only: not offered as if it were this one
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.OUT_OF_SCOPE
    assert not reply.suggestions


def test_another_ministers_meeting_after_the_ammtc_is_not_answered_with_it(
        shipped_responder: Responder) -> None:
    chat = Conversations()
    chat.ask(shipped_responder, "me", "What did the 11th AMMTC focus on?", now=0.0)
    reply = chat.ask(shipped_responder, "me", "what about the ASEAN finance ministers' meeting?", now=5.0)
    assert reply.decision is not Decision.ANSWER, reply.intent
    reply = chat.ask(shipped_responder, "me", "what did the crime ministers agree?", now=10.0)
    assert reply.decision is Decision.ANSWER and reply.intent.startswith("ammtc")


@pytest.mark.parametrize("question", [
    "What is the Colombo Plan on drug control?",
    "How does Frontex share intelligence on smuggling?",
    # everyday matters no source speaks of, whatever place the question names
    "What's the exchange rate between the kyat and the US dollar?",
    "I'm a software engineer thinking of moving to Singapore. What's the average developer "
    "salary there?",
])
def test_a_question_about_something_the_sources_never_name_is_declined_not_offered(
        shipped_responder: Responder, question: str) -> None:
    # nothing in the sources is about it: the reply says so, it offers no snippet as if it were
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.OUT_OF_SCOPE
    assert not reply.suggestions
    # ... while a name beside the event the sources report leaves the event's answers
    reply = shipped_responder.respond("I saw Reuters cover the GSCC. When was it held?")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-dates"


@pytest.mark.parametrize("question", ["are you an AI?", "r u a bot or a human", "Are you a real person?"])
def test_asking_what_the_bot_is_gets_its_introduction(
        shipped_responder: Responder, question: str) -> None:
    # not the snippet on AI in online fraud, nor "the closest I have" on human trafficking
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == "help", reply.intent
    reply = shipped_responder.respond("do online scammers use ai?")
    assert reply.intent == "online-fraud-ai"


def test_which_other_countries_were_at_the_conference_is_not_stated(
        shipped_responder: Responder) -> None:
    # the article names Myanmar and counts organizations: which other countries it never says
    reply = shipped_responder.respond("Other than Myanmar, which countries went to the GSCC?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED, reply.intent
    reply = shipped_responder.respond("Who took part in the GSCC?")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-participants"


def test_what_tools_scammers_use_by_name_is_not_stated(shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("what ai tools do the online scammers use")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED, reply.intent


def test_specifically_in_a_yes_no_question_singles_out_a_subject(
        shipped_responder: Responder) -> None:
    # whether economic crimes came up, not which ones by name
    reply = shipped_responder.respond("Were economic crimes discussed at the 11th AMMTC "
                                      "specifically?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-key-areas", reply.intent
    reply = shipped_responder.respond("Which economic crimes specifically did the AMMTC discuss?")
    assert reply.decision is not Decision.ANSWER


def test_what_someone_the_article_never_quotes_said_is_said_not_to_be_reported(
        shipped_responder: Responder) -> None:
    # the venue's snippet reports nothing said: not an answer to what the hosts said
    reply = shipped_responder.respond("What did the Chinese hosts say at the GSCC?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    assert reply.lines[0].text == ("The article doesn't report what the Chinese hosts said. It "
                                   "says only this:")
    assert reply.sources and reply.sources == shipped_responder.kb.intents["gscc-venue"].sources
    # what the meeting said about a subject is that subject's snippet
    reply = shipped_responder.respond("what did the ministers say about cybercrime?")
    assert reply.decision is Decision.ANSWER and reply.intent == "cybercrime-asean"


def test_what_kinds_of_thing_an_answer_only_mentions_are_asked_by_name(
        shipped_responder: Responder) -> None:
    # the meeting "explored mechanisms to improve information sharing": which ones it never says
    reply = shipped_responder.respond("What mechanisms for information sharing did the meeting "
                                      "explore?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    assert reply.sources == shipped_responder.kb.intents["information-sharing"].sources
    # a concern about a kind, or what nations must do, asks of the subject, not for names
    reply = shipped_responder.respond("What concern about terrorist groups does the ASEAN "
                                      "article raise?")
    assert reply.decision is Decision.ANSWER and reply.intent == "terrorism-extremism"
    reply = shipped_responder.respond("what must nations do about cartels?")
    assert reply.decision is Decision.ANSWER and reply.intent == "drug-cartels"


def test_what_the_trends_it_refers_to_are_is_not_stated(shipped_responder: Responder) -> None:
    # "emerging crime trends and technologies": the snippet names none of them
    reply = shipped_responder.respond("What are the emerging crime trends and technologies "
                                      "referred to?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    reply = shipped_responder.respond("what does capacity building address?")
    assert reply.decision is Decision.ANSWER and reply.intent == "capacity-building"


@pytest.mark.parametrize(("first", "follow_up"), [
    # the trafficking answer says which approach the meeting wanted (victim-centred)
    ("What does the ASEAN article say about human trafficking?", "what approach did the meeting want?"),
    ("What did the AMMTC say about human trafficking?", "what approach did they push for?"),
    ("What did the 11th AMMTC say about human trafficking?", "what approaches did they call for?"),
    # ... and what is to be done ("strengthening legal frameworks")
    ("What did the AMMTC article say about human trafficking?",
     "and what did they say should be done about it?"),
])
def test_a_follow_up_in_the_words_of_the_answer_before_asks_of_that_answer(
        shipped_responder: Responder, first: str, follow_up: str) -> None:
    reply = _after(shipped_responder, first, follow_up)
    assert reply.decision is Decision.ANSWER and reply.intent == "human-trafficking"
    # asked on its own, it is the meeting's approach in general
    alone = shipped_responder.respond("what approach did the meeting want?")
    assert alone.intent == "ammtc-approach"
    # a list's item still has an answer of its own
    item = _after(shipped_responder, "What priorities did the 11th AMMTC identify?",
                  "what about info sharing?")
    assert item.intent == "information-sharing"


@pytest.mark.parametrize(("first", "follow_up", "intent"), [
    # the answer before says what is to be done ("strengthening legal frameworks ...")
    ("What are trafficking victims exploited for?", "what did the meeting say should be done?",
     "human-trafficking"),
    # ... and who is trained ("law enforcement officers")
    ("What did the AMMTC say about capacity building?", "who should get the training?",
     "capacity-building"),
    ("What did the AMMTC say about capacity building?", "training for who?", "capacity-building"),
    # ... and what "they", the things the question before asked about, are used for (not
    # precursor chemicals, whose example "what are precursor chemicals used for" the follow-up's
    # words all but repeat)
    ("What did the Global Terrorism Index say about drones?", "what are they used for?",
     "drones-terrorism"),
    ("What does the article say about drones?", "how are they used?", "drones-terrorism"),
])
def test_a_follow_up_the_answer_before_already_answers_gets_it(
        shipped_responder: Responder, first: str, follow_up: str, intent: str) -> None:
    reply = _after(shipped_responder, first, follow_up)
    assert reply.decision is Decision.ANSWER and reply.intent == intent


def test_a_follow_up_asking_for_details_the_answer_before_leaves_out_is_not_that_answer(
        shipped_responder: Responder) -> None:
    reply = _after(shipped_responder,
                   "What did the 11th AMMTC explore in order to improve information sharing?",
                   "which mechanisms specifically?")
    assert reply.decision is not Decision.ANSWER


def test_an_exact_count_of_a_figure_given_only_roughly_is_not_stated(
        shipped_responder: Responder) -> None:
    # "over 50 regional and international organizations": no exact number
    reply = shipped_responder.respond("Exactly how many organizations were at the GSCC?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    assert "over 50" in " ".join(line.text for line in reply.lines)
    # ... which still answers how many, roughly
    reply = shipped_responder.respond("how many organizations attended the gscc")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-participants"


@pytest.mark.parametrize("question", [
    "Who represented Myanmar at the conference in China?",
    "According to the article, which Myanmar ministry sent representatives to China?",
    "name of myanmar official at china security conference",
    "Did Myanmar send a minister to the GSCC?",
    "Did the Myanmar home affairs minister lead the delegation to the security conference in China?",
])
def test_who_someone_was_by_name_or_office_is_not_stated(shipped_responder: Responder,
                                                          question: str) -> None:
    # the sources name no one: "prominent officials and experts ..., including Myanmar"
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED


def test_who_took_part_is_still_answered(shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("Who attended the GSCC?")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-participants"


def test_which_things_of_a_kind_the_answer_never_speaks_of_is_not_stated(
        shipped_responder: Responder) -> None:
    # "investing in the training and development of law enforcement officers": no programme
    for question in ("What training programs were launched for law enforcement officers?",
                     "What new laws were agreed to harmonize legal frameworks?"):
        reply = shipped_responder.respond(question)
        assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED, question
    reply = shipped_responder.respond("What does capacity building involve?")
    assert reply.decision is Decision.ANSWER and reply.intent == "capacity-building"


def test_whether_a_country_attended_is_not_stated_unless_the_answer_names_it(
        shipped_responder: Responder) -> None:
    # the AMMTC article names no country that attended; the conference's names Myanmar
    reply = shipped_responder.respond("Did China take part in the 11th AMMTC?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    reply = shipped_responder.respond("Did Myanmar take part in the GSCC?")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-participants"


_SUGGESTIONS_SCRIPT = """
from bot.config import default_path
from bot.core.responder import Responder
r = Responder.from_files(default_path("intents.yaml"), default_path("corpus"))
for q in ("Did the ministers at the 11th AMMTC talk about scam compounds?",
          "what did they decide about crime", "asean cooperation"):
    reply = r.respond(q)
    print(reply.decision.value, reply.intent, [s.intent for s in reply.suggestions])
"""


def test_replies_are_the_same_whatever_the_hash_seed() -> None:
    # scores summed over sets must not depend on the order Python happens to iterate them in: a
    # tie broken by the last bits of a float offered different buttons from run to run
    seen = set()
    for seed in ("1", "2", "3"):
        done = subprocess.run([sys.executable, "-c", _SUGGESTIONS_SCRIPT], capture_output=True,
                              text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        seen.add(done.stdout)
    assert len(seen) == 1, seen


def test_a_last_sentence_asking_about_what_came_before_is_not_read_alone(
        shipped_responder: Responder) -> None:
    # "what does the conference article say about that?" alone reads as the conference in
    # general; "that" is what the sentence before it said
    reply = shipped_responder.respond("I run an anti-fraud startup and heard that fraudsters now "
                                      "use AI. What exactly does the conference article say "
                                      "about that?")
    assert reply.intent != "gscc-dates"
    assert "online-fraud-ai" in {reply.intent, *(s.intent for s in reply.suggestions)}
    reply = shipped_responder.respond("I heard drones are being used by terrorists. What exactly "
                                      "does the conference piece say about it?")
    assert reply.decision is Decision.ANSWER and reply.intent == "drones-terrorism"


def test_a_gathering_named_by_a_word_the_sources_never_use_is_not_the_conference(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("brics summit 2023 venue")
    assert reply.decision is not Decision.ANSWER, reply.intent
    reply = shipped_responder.respond("wher was the global security coop conference held")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-venue"


def test_two_things_each_of_its_own_event_get_both_answers(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("what is the ammtc's purpose and the gscc's primary aim?")
    assert [part.intent for part in reply.parts] == ["ammtc-purpose", "gscc-aim"]


@pytest.mark.parametrize(("first", "intent"), [
    ("What does AMMTC stand for?", "ammtc-overview"),
    ("When was the GSCC held?", "gscc-dates"),
])
def test_which_edition_after_an_answer_is_the_edition_of_its_event(
        shipped_responder: Responder, first: str, intent: str) -> None:
    reply = _after(shipped_responder, first, "which edition does this article cover?")
    assert reply.decision is Decision.ANSWER and reply.intent == intent


def test_it_in_a_follow_up_is_what_the_question_before_asked_to_be_mentioned(
        shipped_responder: Responder) -> None:
    reply = _after(shipped_responder, "Does the conference article mention artificial "
                   "intelligence?", "and who uses it?")
    assert reply.decision is Decision.ANSWER and reply.intent == "online-fraud-ai"
    # what the mention stands for is still read by the harm boundary
    reply = _after(shipped_responder, "Does the article mention ransomware?",
                   "how would i deploy it?")
    assert reply.reason is Reason.HARMFUL


def test_a_countrys_part_after_the_conference_is_its_commitment(
        shipped_responder: Responder) -> None:
    # "part" as a role played, not the article's word for taking part in the conference
    reply = _after(shipped_responder, "What did the conference stress at the end?",
                   "and what about Myanmar's part?")
    assert reply.decision is Decision.ANSWER and reply.intent == "myanmar-commitment"


def test_why_the_collective_effort_matters_is_the_conference_articles_reason(
        shipped_responder: Responder) -> None:
    # "This collective effort is crucial for ensuring peace, prosperity, and freedom ..."
    reply = shipped_responder.respond("why is the collective effort important?")
    assert reply.decision is Decision.ANSWER and reply.intent == "drones-arms-support"


@pytest.mark.parametrize("question", [
    "Did the eleventh AMMTC focus on Southeast Asia?",
    "which region was the ammtc focused on",
])
def test_which_region_is_the_answer_that_names_it(shipped_responder: Responder,
                                                  question: str) -> None:
    # "... transnational crime in Southeast Asia", not "threats to the region, including: ..."
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-overview"
    unsure = shipped_responder.respond("was the ammtc meeting focused on southeast asia?")
    assert unsure.intent == "ammtc-overview" or unsure.suggestions[0].intent == "ammtc-overview"
    assert shipped_responder.respond("what crimes did the 11th ammtc focus on").intent \
        == "ammtc-key-areas"


@pytest.mark.parametrize("question", [
    "What does Myanmar try to keep from flowing in, as part of fighting drugs?",
    "According to the text, what has to be kept from coming in as part of the anti-drug effort?",
])
def test_what_must_not_flow_in_is_the_precursor_chemicals(shipped_responder: Responder,
                                                          question: str) -> None:
    # "A crucial aspect of this endeavour is preventing the inflow of precursor chemicals"
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.ANSWER and reply.intent == "precursor-chemicals"
    # its answer includes the sentence on Myanmar's anti-drug work: said once
    texts = [line.text for part in (reply.parts or (reply,)) for line in part.lines]
    assert len(texts) == len(set(texts))


def test_what_the_ammtc_does_for_member_states_is_its_purpose(
        shipped_responder: Responder) -> None:
    # "The AMMTC provides a platform for ASEAN member states to discuss and collaborate ...",
    # not what the 11th meeting demonstrated
    reply = shipped_responder.respond("so what does the AMMTC actually do for its member states?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-purpose"


@pytest.mark.parametrize("question", [
    "My boss wants a note on the Munich Security Conference 2024. What were the main topics?",
    "I'm reading up on last year's ASEAN Summit in Jakarta. What were the key outcomes there?",
])
def test_a_short_question_after_naming_another_gathering_is_not_answered(
        shipped_responder: Responder, question: str) -> None:
    # the last sentence alone would get the conference's themes or its conclusion
    reply = shipped_responder.respond(question)
    assert reply.decision is not Decision.ANSWER
    # the asker's own place is no other gathering
    own = shipped_responder.respond(
        "I'm a student from Brunei. What is the purpose of the AMMTC according to the FAQ?")
    assert own.decision is Decision.ANSWER and own.intent == "ammtc-purpose"


def test_its_delegates_after_whether_a_country_attended_are_that_countrys(
        shipped_responder: Responder) -> None:
    chat = Conversations()
    chat.ask(shipped_responder, "asker", "Was Myanmar at the security conference in China?", now=0.0)
    reply = chat.ask(shipped_responder, "asker", "and what did its officials say?", now=1.0)
    assert reply.decision is Decision.ANSWER and reply.intent == "myanmar-security-challenges"
    # the conference's own themes stay the conference's
    chat.ask(shipped_responder, "asker", "Was Myanmar at the security conference in China?", now=2.0)
    themes = chat.ask(shipped_responder, "asker", "what were its themes?", now=3.0)
    assert themes.intent == "gscc-themes"


def test_two_subjects_that_together_are_answered_surely_get_that_answer(
        shipped_responder: Responder) -> None:
    # read apart, "training" and "development" get the overview and the conclusion
    reply = shipped_responder.respond(
        "I train police recruits. Did the 11th AMMTC say anything about training and development?")
    assert reply.decision is Decision.ANSWER and reply.intent == "capacity-building"
    assert not reply.parts
    # two subjects each with an answer of its own are still both answered
    both = shipped_responder.respond("what did the conference say about drones and about AI?")
    assert {part.intent for part in both.parts} == {"drones-terrorism", "online-fraud-ai"}


@pytest.mark.parametrize("question", [
    "how can I protect my own tablet from hackers?",
    "how do we keep our parents safe from AI voice scams?",
])
def test_how_to_keep_the_askers_own_safe_is_advice_the_sources_do_not_give(
        shipped_responder: Responder, question: str) -> None:
    chat = Conversations()
    chat.ask(shipped_responder, "asker", "What did the conference say about AI in online fraud?",
             now=0.0)
    reply = chat.ask(shipped_responder, "asker", question, now=1.0)
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.OUT_OF_SCOPE
    # what the article says about protecting people is still answered
    cited = shipped_responder.respond("how does the AMMTC protect citizens according to the article?")
    assert cited.decision is Decision.ANSWER


def test_how_an_article_ends_on_a_subject_is_its_closing_answer_that_names_it(
        shipped_responder: Responder) -> None:
    # the conference article's last paragraph: the conference's emphasis, then Myanmar's commitment
    reply = shipped_responder.respond(
        "I'm noting the end of the conference article for my class. How does it wrap up Myanmar's "
        "part?")
    assert reply.decision is Decision.ANSWER and reply.intent == "myanmar-commitment"
    plain = shipped_responder.respond("how does the conference article end?")
    assert plain.intent == "gscc-conclusion"


@pytest.mark.parametrize("question", [
    "does the ammtc article have an image of officers at a training course?",
    "picture of ministers working on cybersecurity in the asean article",
])
def test_what_the_pages_pictures_show_is_not_stated(shipped_responder: Responder,
                                                    question: str) -> None:
    # the captions were page furniture, left out of the corpus: not the capacity-building answer
    reply = shipped_responder.respond(question)
    assert reply.decision is not Decision.ANSWER
    said = shipped_responder.respond("is there a photo of officers training in the asean article?")
    assert said.decision is Decision.DECLINE and said.reason is Reason.NOT_STATED


def test_a_second_part_asked_only_if_the_first_is_so_goes_with_a_first_not_stated(
        shipped_responder: Responder) -> None:
    # "what was it called?" asks of the agreement, not of the meeting: the article names none
    reply = shipped_responder.respond(
        "Did the 11th AMMTC adopt a specific agreement on trafficking, and if so what was it called?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    assert not reply.parts
    # without "if so", "it" is still the plan the first part asks about, not the meeting
    reply = shipped_responder.respond(
        "Did the 11th AMMTC sign any joint declaration, and what was it called?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    assert not reply.parts


def test_chat_spellings_ask_what_the_words_they_stand_for_ask(shipped_responder: Responder) -> None:
    # "wat r the ..." asks for the list as "what are the ..." does: the article never gives it
    reply = shipped_responder.respond("wat r the five principles myanmar stands by")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    assert [s.intent for s in reply.suggestions][:1] == ["myanmar-five-principles"]


def test_what_a_verb_after_what_asks_is_no_list_of_names(shipped_responder: Responder) -> None:
    # "what *stops* drug networks" asks what does, not which networks
    reply = shipped_responder.respond("what stops drug networks, going by the ASEAN text?")
    assert reply.decision is Decision.ANSWER and reply.intent == "drug-trafficking-asean"


def test_a_misspelt_count_is_of_the_thing_it_misspells(shipped_responder: Responder) -> None:
    # the answer gives a figure for organisations, however they are spelt; none for delegates
    reply = shipped_responder.respond("hw many organisatons attended the gscc")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-participants"
    reply = shipped_responder.respond("hw many delegats attended the gscc")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED


def test_who_publishes_the_index_the_article_cites_is_not_stated(
        shipped_responder: Responder) -> None:
    # the article cites the Global Terrorism Index but never says who produces it
    reply = shipped_responder.respond("which group produces the GTI the article mentions?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    chat = Conversations()
    chat.ask(shipped_responder, "u", "What does the Global Terrorism Index for 2023 highlight?",
             now=0.0)
    reply = chat.ask(shipped_responder, "u", "and who publishes it?", now=1.0)
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED


@pytest.mark.parametrize("question", [
    # bare keywords naming a list the article never gives; "what exact ..." asks for detail
    "precursor chemicals list from the myanmar piece",
    "what exact legal frameworks did the meeting harmonize?",
])
def test_a_list_or_exact_items_the_article_never_gives_are_not_stated(
        shipped_responder: Responder, question: str) -> None:
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    # while a list the answer does give is answered
    assert shipped_responder.respond("crimes list ammtc").intent == "ammtc-key-areas"


def test_it_after_naming_another_summit_is_not_a_documented_event(
        shipped_responder: Responder) -> None:
    # its year is the conference's, but the Shanghai Cooperation Organisation summit is not it
    reply = shipped_responder.respond(
        "I'm compiling facts about the Shanghai Cooperation Organisation summit held in 2023. "
        "Where was it hosted?")
    assert reply.decision is not Decision.ANSWER


def test_a_year_no_document_speaks_of_is_another_edition(shipped_responder: Responder) -> None:
    reply = shipped_responder.respond(
        "I'm writing a report on the 2017 AMMTC in Manila - what were its key outcomes?")
    assert reply.decision is not Decision.ANSWER
    # a year the documents do speak of names the conference, not the asker's framing
    reply = shipped_responder.respond(
        "I teach an intro class and want a quick example: according to that piece about the "
        "2023 security conference, what has Myanmar's foreign policy traditionally emphasized?")
    assert reply.intent == "myanmar-foreign-policy"


def test_which_approaches_the_ministers_emphasised_is_no_question_for_a_minister(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond(
        "which approaches the ministers emphasised for dealing with human trafficking")
    assert reply.decision is Decision.ANSWER and reply.intent == "human-trafficking"
    reply = shipped_responder.respond("which home affairs minister led it")
    assert reply.reason is Reason.NOT_STATED


@pytest.mark.parametrize("question", [
    "I keep hearing that AI is making fraud worse. What does the GSCC article say about that?",
    "I keep hearing that AI is making fraud worse. Does the GSCC article talk about that at all, "
    "and if so, what does it say?",
    "Does the GSCC article talk about AI making fraud worse at all, and if so, what does it say?",
])
def test_what_the_article_says_about_that_is_not_its_themes(shipped_responder: Responder,
                                                             question: str) -> None:
    # "that" is what the sentence before says (AI and fraud), not the article's themes
    reply = shipped_responder.respond(question)
    assert reply.intent != "gscc-themes"
    assert "gscc-themes" not in {s.intent for s in reply.suggestions}


@pytest.mark.parametrize("question", [
    "is there an email 4 the asean help ppl",
    "is there an email for asean support",
])
def test_an_email_for_help_is_contact_details_the_page_does_not_give(
        shipped_responder: Responder, question: str) -> None:
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED


@pytest.mark.parametrize("question", [
    "Did the 2nd GSCC discuss climate change as a security threat?",
    "Did the AMMTC talk about desertification in the Mekong?",
])
def test_whether_a_source_speaks_of_a_topic_it_never_names_gets_no_answer(
        shipped_responder: Responder, question: str) -> None:
    # the topic asked about is no word of any example or answer: not the conference's close
    assert shipped_responder.respond(question).decision is not Decision.ANSWER


def test_a_topic_asked_about_with_anywhere_is_still_answered(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("Is extradition mentioned anywhere?")
    assert reply.decision is Decision.ANSWER and reply.intent == "legal-frameworks"


@pytest.mark.parametrize("question", [
    "What is the AMMTC's annual budget?",
    "capacity building funding amount asean",
    "how much did the china conf cost",
])
def test_a_budget_amount_or_cost_is_not_answered_with_an_answer_that_gives_none(
        shipped_responder: Responder, question: str) -> None:
    # a budget, an amount or a cost is a kind of answer, as "how many" is: one whose examples
    # never ask for it does not give it
    assert shipped_responder.respond(question).decision is not Decision.ANSWER


@pytest.mark.parametrize("question", [
    "Did the 11th AMMTC adopt a new plan of action document?",
    "Did the 11th AMMTC agree on a new plan of action with deadlines?",
])
def test_a_plan_of_action_the_meeting_adopted_is_not_stated(shipped_responder: Responder,
                                                            question: str) -> None:
    # the article gives the meeting's priorities, no plan of action or other document
    reply = shipped_responder.respond(question)
    assert reply.decision is not Decision.ANSWER
    assert reply.intent != "ammtc-priorities"


def test_which_transnational_crimes_the_ammtc_deals_with_is_its_list_not_its_name(
        shipped_responder: Responder) -> None:
    # "the AMMTC" and "transnational crime" spell the meeting's name; "which crimes" asks for
    # the list of crimes it addresses
    reply = shipped_responder.respond("Which transnational crimes does the AMMTC handle?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-key-areas"


def test_why_strengthening_regional_cooperation_matters_is_the_overview(
        shipped_responder: Responder) -> None:
    # the overview says the meeting highlighted the importance of strengthening regional
    # cooperation and coordination, and why; the significance says what the meeting showed
    reply = shipped_responder.respond(
        "why did the ministers think strengthening regional cooperation was important?")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-overview"


def test_either_article_names_no_subject(shipped_responder: Responder) -> None:
    # "either" is no topic: only one example used it, and a question saying nothing else got
    # that example's answer
    reply = shipped_responder.respond("Does either article actually say?")
    assert reply.decision is not Decision.ANSWER
    reply = shipped_responder.respond("does either article mention artificial intelligence")
    assert reply.decision is Decision.ANSWER and reply.intent == "online-fraud-ai"


@pytest.mark.parametrize("question", [
    "According to the Munich Security Report 2023, what was the main theme?",
    "According to the Palermo Protocol, how is trafficking in persons defined?",
])
def test_a_question_asked_of_a_source_the_bot_does_not_hold_gets_no_answer(
        shipped_responder: Responder, question: str) -> None:
    # what follows "according to the Munich Security Report" asks that report, not the
    # conference's themes
    assert shipped_responder.respond(question).decision is not Decision.ANSWER


def test_a_question_asked_of_the_index_the_article_cites_is_still_answered(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond(
        "According to the Global Terrorism Index 2023, what were drones used for?")
    assert reply.decision is Decision.ANSWER and reply.intent == "drones-terrorism"


@pytest.mark.parametrize("follow_up", ["what's that crucial for?", "what is it needed for?"])
def test_what_the_answer_before_is_crucial_for_is_that_answer(
        shipped_responder: Responder, follow_up: str) -> None:
    # the answer on legal frameworks says what they are crucial for; not the AMMTC's purpose
    chat = Conversations()
    chat.ask(shipped_responder, "u", "What does the article say about strengthening legal "
             "frameworks?", now=0.0)
    reply = chat.ask(shipped_responder, "u", follow_up, now=1.0)
    assert reply.decision is Decision.ANSWER and reply.intent == "legal-frameworks"


@pytest.mark.parametrize("question", [
    "Who are the relevant stakeholders from various sectors?",
    "What kind of drones does the Global Terrorism Index say the groups used?",
])
def test_who_the_stakeholders_are_and_which_drones_are_not_stated(
        shipped_responder: Responder, question: str) -> None:
    # the approach says "relevant stakeholders from various sectors" and the index "the use of
    # drones", naming neither
    reply = shipped_responder.respond(question)
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED


def test_whether_the_ammtc_involves_stakeholders_is_still_its_approach(
        shipped_responder: Responder) -> None:
    reply = shipped_responder.respond("does the ammtc involve stakeholders other than police")
    assert reply.decision is Decision.ANSWER and reply.intent == "ammtc-approach"


@pytest.mark.parametrize(("first", "follow_up", "intent"), [
    ("Was human trafficking one of the focus areas at the AMMTC?",
     "what did they want done about it?", "human-trafficking"),
    ("Was terrorism one of the AMMTC's focus areas?", "what did they say needs doing about it?",
     "terrorism-extremism"),
])
def test_it_after_whether_a_thing_is_one_of_a_list_is_that_thing(
        shipped_responder: Responder, first: str, follow_up: str, intent: str) -> None:
    # "it" is the area asked about, not the list of key areas the question before got
    chat = Conversations()
    chat.ask(shipped_responder, "u", first, now=0.0)
    reply = chat.ask(shipped_responder, "u", follow_up, now=1.0)
    assert reply.decision is Decision.ANSWER and reply.intent == intent


def test_the_name_of_the_conference_venue_is_not_stated(shipped_responder: Responder) -> None:
    # the article names only the country; where the conference was held is still answered
    reply = shipped_responder.respond("For my visa paperwork I need the name of the venue in "
                                      "China where the GSCC was held. What was it called?")
    assert reply.decision is Decision.DECLINE and reply.reason is Reason.NOT_STATED
    reply = shipped_responder.respond("what was the venue of the gscc")
    assert reply.decision is Decision.ANSWER and reply.intent == "gscc-venue"


def test_the_rest_of_the_theme_sentence_is_answered_and_themes_beyond_it_are_not_stated(
        shipped_responder: Responder) -> None:
    # The sentence lists four things after "one of the themes was": asking for the others
    # after naming the first gets that sentence; asking for themes beyond it does not.
    rest = shipped_responder.respond("Apart from anticipating global security challenges, "
                                     "what else did the conference's theme include?")
    assert rest.decision is Decision.ANSWER and rest.intent == "gscc-themes"
    beyond = shipped_responder.respond("did the gscc have other themes besides the one the "
                                       "article mentions?")
    assert beyond.decision is Decision.DECLINE and beyond.reason is Reason.NOT_STATED


def test_whom_the_officials_represented_is_answered_and_their_names_are_not_stated(
        shipped_responder: Responder) -> None:
    stood_for = shipped_responder.respond("who were the prominent officials at the conference "
                                          "in china representing?")
    assert stood_for.decision is Decision.ANSWER and stood_for.intent == "gscc-participants"
    names = shipped_responder.respond("who were the prominent officials at the conference in china?")
    assert names.decision is Decision.DECLINE and names.reason is Reason.NOT_STATED
