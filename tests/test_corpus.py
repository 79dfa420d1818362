"""corpus/: the shipped documents are the seeds' own words, minus the web-page debris."""

from pathlib import Path

import pytest

from bot.config import default_path
from bot.knowledge.corpus import load_corpus

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def corpus_texts() -> dict[str, list[str]]:
    corpus = load_corpus(default_path("corpus"))
    return {doc_id: [p.text for p in doc.paragraphs] for doc_id, doc in corpus.documents.items()}


def test_shipped_corpus_has_both_documents_with_sources_dates_and_removals_noted() -> None:
    corpus = load_corpus(default_path("corpus"))
    assert set(corpus.documents) == {"gscc-2023", "ammtc-11"}
    gscc = corpus.documents["gscc-2023"]
    assert gscc.original_file == "000_2e3978f174d07c5a.txt"
    assert any("2023-09-19" in d for d in gscc.dates)
    assert corpus.documents["ammtc-11"].original_file == "003_cb640f1d98dcc1bf.txt"
    for doc in corpus.documents.values():
        ids = [p.id for p in doc.paragraphs]
        assert len(ids) == len(set(ids))
        assert doc.removed, "what was removed, and why, is recorded"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed documents are beside the project in CI")
def test_every_paragraph_is_verbatim_from_its_seed(corpus_texts: dict[str, list[str]]) -> None:
    corpus = load_corpus(default_path("corpus"))
    for doc in corpus.documents.values():
        seed = (SEEDS / doc.original_file).read_text(encoding="utf-8")
        for paragraph in doc.paragraphs:
            assert paragraph.text in seed, f"{doc.id}#{paragraph.id} is not in {doc.original_file}"


def test_web_page_debris_and_repeated_paragraphs_are_removed(corpus_texts: dict[str, list[str]]) -> None:
    everything = "\n".join(t for texts in corpus_texts.values() for t in texts)
    for debris in ("0369020373", "24/7", "You may also like", "email", "Need Assistance",
                   "strategiesASEAN", "programASEAN", "Bắc Giang"):
        assert debris not in everything
    repeated = "It is essential not to underestimate online criminal networks"
    assert sum(t.startswith(repeated) for t in corpus_texts["gscc-2023"]) == 1
