"""Every source cites the paragraph that holds its quote, never an FAQ question: `briefbot check`
refuses either mistake, and the shipped answers cite the paragraphs that answer."""

import os
import subprocess
import sys
from pathlib import Path

from bot.config import default_path
from bot.knowledge.intents import KnowledgeBase

FREQUENCY_SOURCE = ("      - document: ammtc-11\n        paragraph: p25\n"
                    "        quote: usually held every two years\n")


def _check_with(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    """`briefbot check` on the shipped files with ammtc-frequency's source replaced."""
    text = default_path("intents.yaml").read_text(encoding="utf-8")
    assert text.count(FREQUENCY_SOURCE) == 1
    intents = tmp_path / "intents.yaml"
    intents.write_text(text.replace(FREQUENCY_SOURCE, source), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    return subprocess.run([sys.executable, "-m", "bot", "--intents", str(intents), "--corpus",
                           str(default_path("corpus")), "check"], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_check_refuses_a_source_that_cites_an_faq_question(tmp_path: Path) -> None:
    question = FREQUENCY_SOURCE + ("      - document: ammtc-11\n        paragraph: p24\n"
                                   "        quote: How often does the AMMTC take place?\n")
    result = _check_with(tmp_path, question)
    assert result.returncode == 1, result.stdout
    assert ("error: intent 'ammtc-frequency': cites ammtc-11#p24, an FAQ question, as a source."
            in result.stdout)
    assert "cite the paragraph that answers it" in result.stdout


def test_check_refuses_a_quote_that_is_not_in_the_cited_paragraph(tmp_path: Path) -> None:
    elsewhere = FREQUENCY_SOURCE.replace("p25", "p23")
    result = _check_with(tmp_path, elsewhere)
    assert result.returncode == 1, result.stdout
    assert "the quote is not in ammtc-11#p23: 'usually held every two years'" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_shipped_answers_cite_the_paragraph_that_answers_not_the_faq_question(
        shipped_kb: KnowledgeBase) -> None:
    cited = {intent: {s.paragraph for s in shipped_kb.intents[intent].sources}
             for intent in ("ammtc-purpose", "ammtc-frequency", "ammtc-citizen-benefits",
                            "ammtc-stay-updated")}
    assert cited == {"ammtc-purpose": {"p23", "p4"}, "ammtc-frequency": {"p25"},
                     "ammtc-citizen-benefits": {"p29"}, "ammtc-stay-updated": {"p31"}}
    for intent in shipped_kb.intents.values():
        for source in intent.sources:
            paragraph = shipped_kb.corpus.paragraph(source.document, source.paragraph)
            assert paragraph is not None and paragraph.kind != "question", (intent.id, source)
            assert " ".join(source.quote.split()) in " ".join(paragraph.text.split())
