"""knowledge: every problem in intents.yaml is named with file, line, intent and fix."""

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.errors import KnowledgeError, Problem
from bot.knowledge.intents import load_knowledge

WriteKb = Callable[..., tuple[Path, Path]]


def _problems(write_kb: WriteKb, intents: str) -> list[Problem]:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(*write_kb(intents))
    assert not info.value.unreadable
    return info.value.problems


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_small_knowledge_base_loads_with_titled_sources_and_harm_examples(write_kb: WriteKb) -> None:
    kb = load_knowledge(*write_kb())
    assert list(kb.intents) == ["meeting-dates", "meeting-venue", "precursors", "greeting"]
    assert kb.intents["precursors"].sources[0].title == "A small test document"
    assert kb.harm.examples


def test_misspelt_key_is_named_with_a_suggestion(write_kb: WriteKb,
                                                 small_intents: str) -> None:
    text = small_intents.replace("    related: [meeting-venue]", "    relatd: [meeting-venue]")
    [problem] = _problems(write_kb, text)
    assert problem.intent == "meeting-dates"
    assert problem.line == _line_of(text, "relatd")
    assert "'relatd'" in problem.message and "did you mean 'related'" in problem.fix


def test_duplicate_id_and_unknown_related_intent_are_named(write_kb: WriteKb,
                                                           small_intents: str) -> None:
    text = small_intents.replace("- id: meeting-venue", "- id: meeting-dates").replace(
        "related: []", "related: [nowhere]")
    messages = [p.format() for p in _problems(write_kb, text)]
    assert any("'meeting-dates' is used twice" in m for m in messages)
    assert any("related intent 'nowhere' does not exist" in m for m in messages)


def test_quote_not_in_its_paragraph_is_named_with_line_and_fix(write_kb: WriteKb,
                                                               small_intents: str) -> None:
    text = small_intents.replace("quote: from 3 to 5 May", "quote: from 4 to 6 May")
    [problem] = _problems(write_kb, text)
    assert problem.intent == "meeting-dates"
    assert problem.line == _line_of(text, "from 4 to 6 May")
    assert "doc#p1" in problem.message and "copy the words exactly" in problem.fix


def test_answer_must_be_word_for_word(write_kb: WriteKb, small_intents: str) -> None:
    text = small_intents.replace("      Drug cartels move precursor chemicals across borders.",
                           "      Cartels move chemicals across borders.")
    [problem] = _problems(write_kb, text)
    assert problem.intent == "precursors" and "word for word" in problem.message


def test_citing_an_unknown_document_or_paragraph_is_named(write_kb: WriteKb,
                                                          small_intents: str) -> None:
    text = small_intents.replace("paragraph: p2", "paragraph: p9").replace(
        "      - document: doc\n        paragraph: p1\n        quote: held in Bangkok",
        "      - document: elsewhere\n        paragraph: p1\n        quote: held in Bangkok")
    messages = " ".join(p.message for p in _problems(write_kb, text))
    assert "paragraph 'p9'" in messages and "unknown document 'elsewhere'" in messages


def test_same_example_under_two_intents_is_named_at_its_line(write_kb: WriteKb,
                                                             small_intents: str) -> None:
    text = small_intents.replace("      - meeting location", "      - Meeting dates!")
    [problem] = _problems(write_kb, text)
    assert problem.intent == "meeting-venue"
    assert "also under 'meeting-dates'" in problem.message
    assert problem.line == _line_of(text, "Meeting dates!")


def test_too_few_examples_unknown_topic_and_wrong_version_are_all_named(
        write_kb: WriteKb, small_intents: str) -> None:
    text = small_intents.replace("version: 1", "version: 2").replace("topics: [drugs]", "topics: [drug]")
    text = text.replace("      - precurser chemicals\n", "").replace(
        "      - cartel chemical smuggling routes\n", "")
    messages = " ".join(p.format() for p in _problems(write_kb, text))
    assert "set 'version: 1'" in messages
    assert "unknown topic 'drug'" in messages
    assert "has 4 examples" in messages


def test_empty_file_and_wrong_types_are_named(write_kb: WriteKb, small_intents: str) -> None:
    assert "empty or not a mapping" in _problems(write_kb, "")[0].message
    text = small_intents.replace("    topics: [meeting]\n", "    topics: meeting\n", 1)
    assert any("must be a list" in p.message for p in _problems(write_kb, text))


def test_corpus_and_intents_problems_are_reported_together(write_kb: WriteKb, small_intents: str,
                                                           tmp_path: Path) -> None:
    intents, corpus = write_kb(small_intents.replace("version: 1", "version: x"))
    (corpus / "broken.yaml").write_text("id: other\n")
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(intents, corpus)
    files = {Path(p.file).name for p in info.value.problems}
    assert files == {"broken.yaml", "intents.yaml"}


def test_dates_of_the_wrong_shape_are_problems_not_crashes(
        write_kb: WriteKb, small_intents: str, small_document: str) -> None:
    intents, corpus = write_kb(small_intents,
                               small_document.replace("dates: []", "dates: 2017-09-20"))
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(intents, corpus)
    assert "'dates' must be a list" in info.value.problems[0].message
    text = small_intents.replace("    title: Where was the meeting?\n",
                           "    title: Where was the meeting?\n    review_by: 2024-01-01 09:00:00\n")
    kb = load_knowledge(*write_kb(text))
    assert str(kb.intents["meeting-venue"].review_by) == "2024-01-01"
