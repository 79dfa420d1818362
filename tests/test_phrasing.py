"""How a question is put: the question inside a wordy sentence."""

import pytest

from bot.core.phrasing import (
    asks_about_ending,
    asks_about_opening,
    asks_consequence,
    asks_measures,
    asks_reason,
    asks_to_compose,
    embedded_questions,
    framing,
    last_sentence,
    numbered_questions,
    sentences_of,
    split_two,
    term_to_define,
    two_sentences,
    which_of,
    with_subject_named,
    without_asides,
)


def test_the_question_inside_a_wordy_sentence_is_found() -> None:
    wordy = ("As someone who works for an NGO in Bangkok, I'd love to know what the ASEAN "
             "ministers agreed about cybercrime.")
    assert embedded_questions(wordy) == ["who works for an NGO in Bangkok, I'd love to know what "
                                         "the ASEAN ministers agreed about cybercrime",
                                         "what the ASEAN ministers agreed about cybercrime"]


def test_what_the_asker_says_about_themselves_after_the_question_goes() -> None:
    assert without_asides("I'd like to know what the meeting named as its top priorities so we "
                          "can line up our agenda with theirs.") == (
        "I'd like to know what the meeting named as its top priorities.")
    assert without_asides("Did they say how victims should be treated, since that's what "
                          "matters most to us?") == "Did they say how victims should be treated?"
    assert without_asides("I read it said something about scams. Can you tell me?") == (
        "I read it said something about scams.")
    assert without_asides("how does the ammtc help normal ppl like me, im just a tricycle driver "
                          "in davao and all this sounds far away") == (
        "how does the ammtc help normal ppl like me")
    assert without_asides("where was it held, i'm a student") == "where was it held"
    # "as" and "so" that are part of the question stay
    for question in ("what did they say about drugs as well as our region",
                     "what is the ammtc for", "why is it so important to us"):
        assert without_asides(question) == question


def test_a_last_sentence_that_points_back_is_read_with_the_one_before() -> None:
    context = "I'd like to explain how Myanmar's foreign policy connects to the security plan."
    assert last_sentence(f"{context} What does the piece say on that?") == (
        f"{context} What does the piece say on that?")
    # one that names its own subject stands alone
    assert last_sentence(f"{context} What does the piece say about drones?") == (
        "What does the piece say about drones?")
    assert last_sentence("I am a journalist. When was the gscc held in China?") == (
        "When was the gscc held in China?")
    # one that only asks to be told, naming nothing, leans on it too
    trainee = "I need to understand why Myanmar said it would back the plan."
    assert last_sentence(f"{trainee} Can you summarize the reasoning the article gives?") == (
        f"{trainee} Can you summarize the reasoning the article gives?")


def test_a_pronoun_after_about_is_the_subject_of_the_sentence_before() -> None:
    assert with_subject_named(
        "A colleague told me the article mentions something about the chemicals used to make "
        "drugs. What was said about that?") == (
        "What was said about the chemicals used to make drugs?")
    assert with_subject_named("What did it say about that?") is None  # nothing before it
    assert with_subject_named("I read the piece. What did it say about drones?") is None
    # a pronoun asked to be listed or explained stands for it too
    assert with_subject_named("I'm lost about the crimes the AMMTC covers. Can you list them?") \
        == "Can you list the crimes the AMMTC covers?"


def test_a_plain_question_has_no_inner_one() -> None:
    assert embedded_questions("what did the ammtc say about drugs?") == []
    assert embedded_questions("I wonder what it is") == []   # too short to stand alone


def test_bare_words_then_two_question_words_ask_both_of_them() -> None:
    assert split_two("gscc 2023 where n when") == ["where gscc 2023", "when gscc 2023"]
    assert split_two("the conference in china, where & when?") == [
        "where the conference in china", "when the conference in china"]
    # the same question word twice asks one thing
    assert split_two("gscc 2023 where n where") == []


def test_two_questions_are_found_however_they_are_joined() -> None:
    assert split_two("what is the AMMTC's purpose; also how does it benefit citizens") == [
        "what is the AMMTC's purpose", "how does it benefit citizens"]
    assert split_two("why harmonise legal frameworks + what's capacity building about") == [
        "why harmonise legal frameworks", "what's capacity building about"]
    assert split_two("what are the priorities as well as what approach they called for") == [
        "what are the priorities", "what approach they called for"]
    assert split_two("In which city was it, and who attended?") == [
        "In which city was it", "who attended?"]
    assert two_sentences("Where was the conference held? Who attended?") == [
        "Where was the conference held", "Who attended?"]
    assert two_sentences("I'm a journalist. When was the gscc?") == []
    assert two_sentences("When was it held? Also, who came?") == ["When was it held", "who came?"]
    assert two_sentences("What about drugs? And about fraud?") == [
        "What about drugs", "what about fraud?"]
    assert split_two("What does Myanmar's foreign policy stress, and does the country support "
                     "the global security plan?") == [
        "What does Myanmar's foreign policy stress",
        "does the country support the global security plan?"]
    assert split_two("What is Myanmar's foreign policy and did it pledge support?") == [
        "What is Myanmar's foreign policy", "did it pledge support?"]
    assert split_two("what do ministers and police do") == []
    assert split_two("what did the police and the courts do") == []


def test_two_subjects_of_one_question_are_two_questions() -> None:
    assert split_two("what did the ministers say about cybercrime plus terrorism") == [
        "what did the ministers say about cybercrime", "what did the ministers say about terrorism"]
    assert split_two("tell me about human trafficking and drug trafficking in asean") == [
        "tell me about human trafficking", "tell me about drug trafficking in asean"]
    # a clause after "and" is not a second subject, and a plain statement is not split
    assert split_two("what did they say about drugs and how they are made in the region") != [
        "what did they say about drugs", "what did they say about how they are made in the region"]
    assert split_two("reports about drugs and arms") == []
    # what is between two things is one subject
    assert split_two("what does the text say about cooperation between law enforcement and ngos"
                     ) == []


def test_a_relative_clause_is_not_a_second_question() -> None:
    assert split_two("does the article name any experts who attended the security conference?") == []
    # the comma and "and" mark the second question, not the "where" before them
    assert split_two("Is the AMMTC a place where member states share intelligence, and how often "
                     "does it take place?") == [
        "Is the AMMTC a place where member states share intelligence",
        "how often does it take place?"]


def test_a_question_after_an_opening_clause_is_the_first_part() -> None:
    assert split_two("With cross-border crime getting more sophisticated, what did the meeting "
                     "highlight, and what kind of approach did it say was needed?") == [
        "what did the meeting highlight", "what kind of approach did it say was needed?"]


def test_framing_is_what_a_message_says_before_it_asks() -> None:
    assert framing("I'm a policy intern at a think tank and my supervisor asked me to summarise "
                   "the priorities") == "I'm a policy intern at a think tank and my supervisor asked me to "
    assert framing("Can you tell me what the ministers agreed") == ""
    assert framing("what did the ministers agree") == ""


def test_a_request_for_a_made_up_text_is_told_apart_from_a_question() -> None:
    assert asks_to_compose("write me a short poem about the AMMTC")
    assert asks_to_compose("can you tell me a joke about smugglers")
    assert not asks_to_compose("what story does the article tell about Myanmar")
    assert not asks_to_compose("write down the dates of the conference")


def test_which_of_is_what_a_which_question_asks_to_name() -> None:
    assert which_of("According to the article, which criminal groups were using drones?") \
        == "criminal groups were"
    assert which_of("what r these crooks doin w drones") == ""
    assert which_of("what is the ammtc") == ""
    # "what X can ..." asks what they can do, not which of them
    assert which_of("does it say what dialogue partners can contribute?") == ""
    assert which_of("which partners can contribute?") == "partners can contribute"


@pytest.mark.parametrize(("question", "term"), [
    ("What is ransomware?", "ransomware"),
    ("what is a deepfake", "a deepfake"),
    ("deepfake meaning", "deepfake"),
    ("What is extradition, in general?", "extradition"),
    ("what is the global security plan?", "the global security plan"),
    ("what are they used for?", None),               # asks about something named before
    ("what is the purpose of the AMMTC?", None),     # a question, not a term
    ("when was the gscc held?", None),
])
def test_a_term_to_define_is_read_from_what_is_questions(question: str, term: str | None) -> None:
    assert term_to_define(question) == term


def test_a_follow_up_asking_why_or_what_to_do_is_told_apart() -> None:
    assert all(asks_reason(q) for q in ("why?", "and why does that matter so much",
                                        "what's that meant to achieve?"))
    assert all(asks_measures(q) for q in ("how to deal with it?", "solutions?",
                                          "what measures did they suggest?",
                                          "what do they say is needed to deal with it?"))
    assert not any(asks_reason(q) or asks_measures(q) for q in ("when was it", "what is it",
                                                               "who hosts it"))


def test_a_numbered_list_of_questions_is_read_item_by_item() -> None:
    assert numbered_questions("1. dates of the gscc 2. its primary aim") == [
        "dates of the gscc", "its primary aim"]
    assert numbered_questions("About the AMMTC: 1) who attends 2) how often") == [
        "who attends", "how often"]
    assert numbered_questions("what happened at the 11th ammtc. 2. what") == []
    assert numbered_questions("1. only one") == []


@pytest.mark.parametrize(("text", "sentences"), [
    ("The article speaks of 'drug production.' How is it stopped?",
     ["The article speaks of 'drug production.'", "How is it stopped?"]),
    ('It says "cooperation is crucial." Why?', ['It says "cooperation is crucial."', "Why?"]),
    ("It says \u201ccooperation is crucial.\u201d Why?",
     ["It says \u201ccooperation is crucial.\u201d", "Why?"]),
])
def test_a_sentence_ending_inside_quotation_marks_ends_there(text: str,
                                                               sentences: list[str]) -> None:
    assert sentences_of(text) == sentences


def test_a_follow_up_asking_what_something_leads_to_is_found() -> None:
    assert asks_consequence("what does it lead to?")
    assert asks_consequence("and what are the effects")
    assert not asks_consequence("what does it say about drugs?")


def test_a_question_about_how_an_article_ends_is_found() -> None:
    assert asks_about_ending("How does the conference article end regarding Myanmar?")
    assert asks_about_ending("what does the conclusion say")
    assert not asks_about_ending("Did the China conference wrap up on the 21st?")
    assert not asks_about_ending("these conferences always end up where the money is")


def test_a_question_about_how_an_article_opens_is_found() -> None:
    assert asks_about_opening("Per the opening paragraph, why did the meeting convene?")
    assert asks_about_opening("what does the introduction say")
    assert not asks_about_opening("who gave the opening speech at the conference?")
    assert not asks_about_opening("an intro to ASEAN please")
