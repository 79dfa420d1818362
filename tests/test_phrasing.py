"""How a question is put: the question inside a wordy sentence."""

from bot.core.phrasing import embedded_questions


def test_the_question_inside_a_wordy_sentence_is_found() -> None:
    wordy = ("As someone who works for an NGO in Bangkok, I'd love to know what the ASEAN "
             "ministers agreed about cybercrime.")
    assert embedded_questions(wordy) == ["who works for an NGO in Bangkok, I'd love to know what "
                                         "the ASEAN ministers agreed about cybercrime",
                                         "what the ASEAN ministers agreed about cybercrime"]


def test_a_plain_question_has_no_inner_one() -> None:
    assert embedded_questions("what did the ammtc say about drugs?") == []
    assert embedded_questions("I wonder what it is") == []   # too short to stand alone
