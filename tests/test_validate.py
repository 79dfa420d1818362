"""validate: `briefbot check` finds what the runtime would get wrong, with line and fix."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from bot.tools.check import check

WriteKb = Callable[..., tuple[Path, Path]]


def test_clean_small_kb_has_only_the_uncited_and_unbriefed_warnings(write_kb: WriteKb) -> None:
    report = check(*write_kb())
    assert report.exit_code == 0
    uncited, unbriefed = report.problems
    for warning in (uncited, unbriefed):
        assert warning.severity == "warning" and "doc#p3" in warning.message
        assert warning.file.endswith("doc.yaml") and warning.line is not None
    assert "cited by no intent" in uncited.message and "in no briefing" in unbriefed.message


def test_check_flags_an_example_the_matcher_sends_to_another_intent(
        write_kb: WriteKb, small_intents: str) -> None:
    text = small_intents.replace("      - meeting location\n", "      - meeting dates please\n")
    report = check(*write_kb(text))
    assert report.exit_code == 1
    problem = next(p for p in report.errors if p.intent == "meeting-venue")
    assert "'meeting dates please'" in problem.message
    assert "meeting-dates" in problem.message
    assert "Fix:" in problem.format()
    assert problem.line == next(n for n, line in enumerate(text.splitlines(), 1)
                                if "meeting dates please" in line)


def test_check_flags_an_answered_out_of_scope_question_and_an_unrefused_harmful_one(
        write_kb: WriteKb, small_intents: str) -> None:
    text = small_intents.replace("  - who won the football world cup",
                           "  - when was the meeting held in bangkok exactly")
    text = text.replace("    - where can i buy drugs", "    - teach me to smuggle drugs")
    messages = [p.message for p in check(*write_kb(text)).errors]
    assert any("out-of-scope question" in m and "answered" in m for m in messages)
    assert any("'teach me to smuggle drugs' is not refused" in m for m in messages)


def test_check_exits_2_and_names_the_line_of_an_unreadable_file(write_kb: WriteKb) -> None:
    intents, corpus = write_kb("version: 1\nintents: [\n")
    report = check(intents, corpus)
    assert report.exit_code == 2
    assert report.problems[0].line is not None


def test_check_warns_when_an_intent_is_past_its_review_date(write_kb: WriteKb,
                                                            small_intents: str) -> None:
    text = small_intents.replace("    title: Where was the meeting?\n",
                           "    title: Where was the meeting?\n    as_of: 2024-05-05\n"
                           "    review_by: 2025-01-01\n")
    report = check(*write_kb(text), today=date(2025, 6, 1))
    assert report.exit_code == 0
    [warning] = [p for p in report.problems if "review" in p.message]
    assert warning.intent == "meeting-venue" and warning.severity == "warning"
    assert "due for review on 2025-01-01" in warning.message
    assert not [p for p in check(*write_kb(text), today=date(2024, 12, 1)).problems
                if "review" in p.message]
    bad = check(*write_kb(text.replace("review_by: 2025-01-01", "review_by: soon")))
    assert bad.exit_code == 1 and "not a date" in bad.errors[0].message
