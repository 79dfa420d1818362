"""matcher: ranked candidates, typo tolerance, and no inflation from short examples."""

from bot.core.matcher import Matcher
from bot.core.normalise import Normaliser

EXAMPLES = [
    ("dates", "when was the conference held"),
    ("dates", "conference dates"),
    ("venue", "where was the conference held"),
    ("venue", "conference venue"),
    ("drones", "drones"),
    ("drones", "use of drones by terrorists"),
    ("help", "what can you do"),
]


def _matcher() -> Matcher:
    return Matcher(EXAMPLES, Normaliser({"gscc": ["global security cooperation conference"]}))


def test_ranks_the_right_intent_first() -> None:
    result = _matcher().match("When was the conference?")
    assert result.best is not None and result.best.intent_id == "dates"
    assert [c.intent_id for c in result.candidates][:2] == ["dates", "venue"]


def test_misspellings_are_corrected() -> None:
    result = _matcher().match("where was the confrence")
    assert result.best is not None and result.best.intent_id == "venue"
    assert result.corrections == (("confrenc", "conferenc"),)


def test_a_misspelling_as_near_to_two_words_means_the_one_it_ends_like() -> None:
    matcher = Matcher([("frequency", "how often is it held"), ("offer", "what did they offer")],
                      Normaliser({}))
    result = matcher.match("how offen is it held")
    assert result.corrections == (("offen", "often"),)
    assert result.best is not None and result.best.intent_id == "frequency"


def test_corrections_keep_the_first_letter_and_few_edits() -> None:
    matcher = _matcher()
    assert matcher.match("verue").corrections == (("verue", "venue"),)
    assert matcher.match("menue").corrections == ()
    assert matcher.match("drons").best is not None


def test_short_example_inside_long_unrelated_question_does_not_win() -> None:
    question = ("my neighbour flies toy drones at the beach every weekend and I wonder which "
                "brand of sunscreen and kite is best for children")
    result = _matcher().match(question)
    assert result.best is not None and result.best.intent_id == "drones"
    assert result.best.score < 40


def test_unrelated_question_has_no_candidates() -> None:
    assert _matcher().match("recipe for banana bread").candidates == ()


def test_wordless_questions_compare_whole() -> None:
    result = _matcher().match("What can you do?")
    assert result.best is not None and result.best.intent_id == "help"
    assert result.best.score == 100


def test_deterministic_and_one_candidate_per_intent() -> None:
    matcher = _matcher()
    first = matcher.match("conference held")
    assert first == matcher.match("conference held")
    ids = [c.intent_id for c in first.candidates]
    assert len(ids) == len(set(ids))


def test_a_question_quoting_an_answer_sentence_finds_that_intent() -> None:
    # No example says "drones and arms": the question quotes the answer's own sentence.
    passages = {"drones": ["Nations must refrain from providing support, including drones and "
                           "arms, to such criminal entities."]}
    evidence = {"drones": passages["drones"][0]}
    matcher = Matcher(EXAMPLES, Normaliser({}), evidence=evidence, passages=passages)
    question = "what must nations refrain from providing?"
    result = matcher.match(question)
    assert result.best is not None and result.best.intent_id == "drones"
    assert result.best.score >= 80 and "refrain" in result.best.example
    # without the sentence, its words alone count for less
    plain = Matcher(EXAMPLES, Normaliser({}), evidence=evidence).match(question)
    assert plain.best is None or plain.best.score < 50


def test_a_quote_counts_the_quoted_sentences_other_words_the_question_names() -> None:
    # "pose a significant challenge" is the quote; "criminal organizations", earlier in the same
    # sentence, is named too and counts as shared
    sentence = ("Criminal organizations involved in online fraud, often leveraging advanced "
                "technologies like Artificial Intelligence, pose a significant challenge.")
    passages = {"fraud": [sentence]}
    matcher = Matcher([*EXAMPLES, ("fraud", "online fraud")], Normaliser({}),
                      evidence={"fraud": sentence}, passages=passages)
    whole = matcher.match("which criminal organizations pose a significant challenge?")
    part = matcher.match("which mountains pose a significant challenge?")
    assert whole.best is not None and whole.best.intent_id == "fraud"
    assert part.best is not None and part.best.intent_id == "fraud"
    assert whole.best.score >= part.best.score + 15
