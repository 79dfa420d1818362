"""`briefbot ingest` as a curator runs it: the real command in a subprocess, on the two seed
pages (against the hand-made corpus files), on a third news page written for these tests, and
through check, promote and a live /reload."""

import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.config import default_path
from bot.ingest.debris import find_debris
from bot.ingest.paragraphs import number
from bot.ingest.reading import BULLET, html_blocks
from bot.knowledge.corpus import load_corpus

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
NEWS = Path(__file__).resolve().parent / "ingest" / "mekong-wildlife-news.txt"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(),
                                 reason="the seed documents are beside the project in CI")


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    return subprocess.run([sys.executable, "-m", "bot", *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def _copy_knowledge(folder: Path) -> tuple[Path, Path]:
    intents = folder / "intents.yaml"
    shutil.copy(default_path("intents.yaml"), intents)
    shutil.copytree(default_path("corpus"), folder / "corpus")
    return intents, folder / "corpus"


def _kb(folder: Path) -> list[str]:
    intents, corpus = _copy_knowledge(folder)
    return ["--intents", str(intents), "--corpus", str(corpus)]


def _shipped() -> list[str]:
    return ["--intents", str(default_path("intents.yaml")), "--corpus", str(default_path("corpus"))]


def _yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _source_lines(text: str) -> Counter[str]:
    """Every non-blank line of a page, its list bullet taken off: what must be accounted for."""
    lines = (BULLET.sub("", line).strip() for line in text.splitlines())
    return Counter(line for line in lines if line)


# --------------------------------------------------------------------------- the seeds

#: For each hand-made removal (in the file's order): words its 'what' quotes, and the kinds the
#: detector must give what it found there.
HAND_MADE = {
    "ammtc-11": [
        (["'ASEAN Ministers collaborating on cybersecurity strategies'", "'Asean'"],
         {"caption", "page-label"}),
        (["strategiesASEAN Ministers", "programASEAN law enforcement"], {"doubled-caption"}),
        (["'Need Assistance?'", "available 24/7 to assist you."], {"contact-block"}),
        (["'You may also like...'"], {"related-links"}),
        (["bullet character"], {"formatting"}),
    ],
    "gscc-2023": [
        (["'It is essential not to underestimate online criminal networks"], {"duplicate"}),
    ],
}


@needs_seeds
@pytest.mark.parametrize("doc_id", ["ammtc-11", "gscc-2023"])
def test_seeds_reproduce_the_hand_made_corpus_and_its_removals(doc_id: str, tmp_path: Path) -> None:
    hand = _yaml(default_path("corpus") / f"{doc_id}.yaml")
    seed = SEEDS / hand["original_file"]
    result = _run(*_shipped(), "ingest", seed, "--id", doc_id, "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    written = _yaml(tmp_path / "corpus" / f"{doc_id}.yaml")
    load_corpus(tmp_path / "corpus")  # the bot's own loader reads it

    # every paragraph, with its id, kind and text
    assert [(p["id"], p["kind"], p["text"]) for p in written["paragraphs"]] == [
        (p["id"], p["kind"], p["text"]) for p in hand["paragraphs"]]
    assert written["original_file"] == hand["original_file"]
    assert [d["date"] for d in written["dates"]] == [str(d["date"]) for d in hand["dates"]]

    # removed: exactly the lines the hand-made file left out, each with its reason
    kept = Counter(p["text"] for p in hand["paragraphs"])
    left_out = _source_lines(seed.read_text(encoding="utf-8")) - kept
    removed = [r for r in written["removed"] if r["kind"] != "formatting"]
    assert Counter(line for r in removed for line in r["text"].split("\n")) == left_out
    assert all(r["why"] and r["what"] for r in written["removed"])
    expected = HAND_MADE[doc_id]
    assert len(hand["removed"]) == len(expected)
    for (quoted, _kinds), record in zip(expected, hand["removed"], strict=True):
        assert all(q in record["what"] for q in quoted), record["what"]
    covered = [next(n for n, (_q, kinds) in enumerate(expected) if r["kind"] in kinds)
               for r in written["removed"]]
    assert sorted(set(covered)) == list(range(len(expected))), "each hand-made removal is found"
    duplicate = [r for r in written["removed"] if r["kind"] == "duplicate"]
    assert all("first occurrence is kept as p2" in r["why"] for r in duplicate)


@needs_seeds
@pytest.mark.parametrize("doc_id", ["ammtc-11", "gscc-2023"])
def test_seed_drafts_cover_every_paragraph_the_shipped_intents_cite(doc_id: str,
                                                                     tmp_path: Path) -> None:
    hand = _yaml(default_path("corpus") / f"{doc_id}.yaml")
    result = _run(*_shipped(), "ingest", SEEDS / hand["original_file"], "--id", doc_id,
                  "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    drafts = _yaml(tmp_path / "drafts" / f"{doc_id}.yaml")["drafts"]
    drafted = {s["paragraph"] for d in drafts for s in d["sources"]}
    shipped = _yaml(default_path("intents.yaml"))["intents"]
    cited = {s["paragraph"] for i in shipped for s in i.get("sources", []) if s["document"] == doc_id}
    assert cited <= drafted, f"not drafted: {sorted(cited - drafted)}"
    assert all(d["draft"] is True for d in drafts)
    assert all(len(d["examples"]) >= 6 and len(d["title"]) <= 60 for d in drafts)
    for draft in drafts:  # every answer line is quoted word for word from what it cites
        texts = [p["text"] for p in hand["paragraphs"] if p["id"] in
                 {s["paragraph"] for s in draft["sources"]}]
        for line in draft["answer"].split("\n"):
            assert any(line.removeprefix("- ") in t for t in texts), line


@needs_seeds
def test_a_faq_becomes_one_draft_per_question_citing_its_answer(tmp_path: Path) -> None:
    result = _run(*_shipped(), "ingest", SEEDS / "003_cb640f1d98dcc1bf.txt", "--id", "ammtc-11",
                  "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    drafts = _yaml(tmp_path / "drafts" / "ammtc-11.yaml")["drafts"]
    faq = next(d for d in drafts if d["title"] == "How often does the AMMTC take place?")
    assert faq["answer"] == ("The AMMTC is usually held every two years, hosted by different ASEAN "
                             "member states.")
    assert [s["paragraph"] for s in faq["sources"]] == ["p25"]  # the answer, never the question
    assert "asean" in faq["topics"]
    shipped = {" ".join(e.lower().replace("?", "").split()) for i in _yaml(
        default_path("intents.yaml"))["intents"] for e in i["examples"]}
    # the question is already an example of 'ammtc-frequency': a draft never repeats one
    assert "how often does the ammtc take place" in shipped
    assert not {" ".join(e.lower().replace("?", "").split()) for d in drafts
                for e in d["examples"]} & shipped


# --------------------------------------------------------------------------- a third page

NEWS_PARAGRAPHS = [
    ("heading", "Mekong Countries Launch Joint Patrols Against Wildlife Trafficking"),
    ("text", "VIENTIANE, 14 March 2024 — Customs and police officers from Cambodia"),
    ("text", "The plan was adopted at the end of the meeting, held between 12 and 13 March 2024."),
    ("text", "Under the plan, the five countries committed to:"),
    ("item", "Joint river patrols: Mixed teams"),
    ("item", "A shared seizure database: Every seizure"),
    ("item", "Financial investigations: Investigators"),
    ("text", "\"Wildlife crime is organised crime"),
    ("text", "Seizures of pangolin scales in the region rose sharply in 2023"),
    ("text", "Wildlife traffickers increasingly use the same boats, routes and money channels as "
             "drug smugglers, officials said."),
    ("heading", "Questions and answers"),
    ("question", "Which animals are trafficked most along the Mekong?"),
    ("text", "Pangolins, tigers and elephants"),
    ("question", "When will the first joint patrols start?"),
    ("text", "The first joint patrols are due to start in June 2024"),
]
NEWS_REMOVED = [
    ("page-label", "Skip to content"),
    ("navigation", "Home › News › Region › Environment"),
    ("page-label", "Environment"),
    ("share-line", "Share on Facebook Share on Twitter Share on WhatsApp Email"),
    ("page-label", "4 min read"),
    ("doubled-caption", "Customs officers inspect cargo at the Mekong river crossingCustoms"),
    ("page-label", "Advertisement"),
    ("caption", "Photo: Rangers sort pangolin scales"),
    ("duplicate", "The plan was adopted at the end of the meeting"),
    ("page-label", "Tags: wildlife, trafficking"),
    ("related-links", "Related stories\nThai customs seize two tonnes of pangolin scales\n"
                      "Viet Nam tightens rules on ivory trade\nInterview: a ranger's life"),
    ("contact-block", "Media enquiries\nTel: +856 21 412 345\nEmail: press@mekong-news.example\n"
                      "Our newsroom is open 24/7 for tips."),
    ("footer", "© 2024 Mekong News. All rights reserved."),
    ("formatting", "•"),
]


def test_a_news_page_with_its_own_debris_is_cleaned_not_fitted_to_the_seeds(tmp_path: Path) -> None:
    result = _run(*_shipped(), "ingest", NEWS, "--id", "mekong-wildlife", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    written = _yaml(tmp_path / "corpus" / "mekong-wildlife.yaml")
    paragraphs = written["paragraphs"]
    assert [p["id"] for p in paragraphs] == [f"p{n}" for n in range(1, len(NEWS_PARAGRAPHS) + 1)]
    assert [(p["kind"], p["text"][:len(t)]) for p, (_k, t) in zip(
        paragraphs, NEWS_PARAGRAPHS, strict=True)] == NEWS_PARAGRAPHS
    assert [(r["kind"], r["text"][:len(t)]) for r, (_k, t) in zip(
        written["removed"], NEWS_REMOVED, strict=True)] == NEWS_REMOVED
    assert "first occurrence is kept as p3" in written["removed"][8]["why"]
    source = _source_lines(NEWS.read_text(encoding="utf-8"))
    accounted = Counter(p["text"] for p in paragraphs) + Counter(
        line for r in written["removed"] if r["kind"] != "formatting"
        for line in r["text"].split("\n"))
    assert accounted == source, "nothing is dropped without a record"
    assert written["title"] == NEWS_PARAGRAPHS[0][1]
    assert [d["date"] for d in written["dates"]] == [
        "2024-03-14", "2024-03-12/2024-03-13", "2023", "2024-06"]
    drafts = _yaml(tmp_path / "drafts" / "mekong-wildlife.yaml")["drafts"]
    faq = next(d for d in drafts if d["title"] == "When will the first joint patrols start?")
    assert [s["paragraph"] for s in faq["sources"]] == ["p15"]
    assert "When will the first joint patrols start?" in faq["examples"]
    listing = next(d for d in drafts if d["answer"].startswith("Under the plan"))
    assert listing["answer"].count("\n- ") == 3
    assert [s["paragraph"] for s in listing["sources"]] == ["p4", "p5", "p6", "p7"]
    assert "ingest: 15 paragraphs" in result.stderr  # a line per stage


def test_keep_brings_back_a_removed_paragraph(tmp_path: Path) -> None:
    first = _run(*_shipped(), "ingest", NEWS, "--id", "news", "--out", tmp_path / "a")
    number_of_caption = re.search(r"(\d+)\. \[caption\] ", first.stderr)
    assert number_of_caption, first.stderr
    kept = _run(*_shipped(), "ingest", NEWS, "--id", "news", "--out", tmp_path / "b",
                "--keep", number_of_caption.group(1))
    assert kept.returncode == 0, kept.stderr
    written = _yaml(tmp_path / "b" / "corpus" / "news.yaml")
    assert any(p["text"].startswith("Photo: Rangers") for p in written["paragraphs"])
    assert all(r["kind"] != "caption" for r in written["removed"])


def test_html_pages_are_read_with_their_markup_as_hints() -> None:
    page = """<!doctype html><html><head><title>T</title><style>p{}</style></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Ports Tighten Checks on Precursor Chemicals</h1>
    <p>Port authorities in the region will inspect every declared shipment of precursor
    chemicals from next month, officials said on Tuesday.</p>
    <figure><img src="x.jpg"><figcaption>Inspectors at the port of Laem Chabang</figcaption></figure>
    <p>The checks follow <b>three large seizures</b> this year:</p>
    <ul><li>ephedrine hidden in rice sacks;</li><li>acetone declared as paint thinner.</li></ul>
    <p>Share: <a>Facebook</a> <a>Twitter</a> <a>LinkedIn</a></p>
    <script>var x = "not text";</script></article></body></html>"""
    paragraphs, removals = number(find_debris(html_blocks(page)))
    assert [(p.kind, p.text[:30]) for p in paragraphs] == [
        ("heading", "Ports Tighten Checks on Precur"), ("text", "Port authorities in the region"),
        ("text", "The checks follow three large "), ("item", "ephedrine hidden in rice sacks"),
        ("item", "acetone declared as paint thin")]
    assert [r.kind for r in removals] == ["navigation", "caption", "share-line"]


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(("content", "says"), [
    (b"", "is empty"),
    (b"  \n\n\t\n", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF, which ingest does not read"),
    ("Le sommet s'est tenu à Hanoï.".encode("latin-1"), "is not UTF-8 text (byte 0xe0"),
    (b"x" * (2 * 1024 * 1024 + 1), "is larger than 2 MB"),
])
def test_a_file_that_is_not_a_document_gets_one_line_and_exit_2(
        content: bytes, says: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = _run(*_shipped(), "ingest", bad, "--out", tmp_path / "out")
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if not line.startswith("ingest: ")]
    assert len(lines) == 1 and says in lines[0] and "Fix:" in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_missing_file_and_folder_get_one_line(tmp_path: Path) -> None:
    for path in (tmp_path / "nope.txt", tmp_path):
        result = _run(*_shipped(), "ingest", path, "--out", tmp_path / "out")
        assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr


def test_an_existing_id_is_refused_unless_replace(tmp_path: Path) -> None:
    kb = _kb(tmp_path)
    served = _run(*kb, "ingest", NEWS, "--id", "ammtc-11")
    assert served.returncode == 2
    assert "document id 'ammtc-11' already exists" in served.stderr and "--replace" in served.stderr
    assert _run(*kb, "ingest", NEWS, "--id", "news").returncode == 0
    again = _run(*kb, "ingest", NEWS, "--id", "news")
    assert again.returncode == 2 and "already exists" in again.stderr
    replaced = _run(*kb, "ingest", NEWS, "--id", "news", "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert _yaml(default_path("corpus") / "ammtc-11.yaml") == _yaml(
        tmp_path / "corpus" / "ammtc-11.yaml")


# --------------------------------------------------------------------------- check and promote


def _mark_reviewed(drafts_file: Path, draft_id: str) -> None:
    text = drafts_file.read_text(encoding="utf-8")
    marker = f"  - id: {draft_id}\n    draft: true\n"
    assert marker in text
    drafts_file.write_text(text.replace(marker, f"  - id: {draft_id}\n    draft: false\n"),
                           encoding="utf-8")


FAQ_DRAFT = "news-which-animals-trafficked-along-mekong"
FAQ_QUESTION = "Which animals are trafficked most along the Mekong?"


def test_drafts_are_checked_never_served_and_promoted_once_reviewed(tmp_path: Path) -> None:
    kb = _kb(tmp_path)
    intents = tmp_path / "intents.yaml"
    original = intents.read_text(encoding="utf-8")
    assert _run(*kb, "ingest", NEWS, "--id", "news").returncode == 0
    drafts_file = tmp_path / "drafts" / "news.yaml"
    assert "\ndraft: true\n" in (tmp_path / "corpus" / "news.yaml").read_text(encoding="utf-8")

    checked = _run(*kb, "check")
    assert checked.returncode == 0, checked.stdout  # drafts do not fail the served knowledge
    assert "Drafts: " in checked.stdout and "ready to promote: none" in checked.stdout
    assert "news#p" not in checked.stdout, "a document still in draft is not checked as served"
    asked = _run(*kb, "ask", FAQ_QUESTION)
    assert "Pangolins, tigers and elephants" not in asked.stdout, "a draft is never served"
    listed = _run(*kb, "ask", "what sources do you use")
    assert "Mekong" not in listed.stdout, "nor is the document listed before promotion"

    refused = _run(*kb, "ingest", "--promote", "news")
    assert refused.returncode == 1
    assert "nothing promoted" in refused.stderr and "still marked 'draft: true'" in refused.stderr
    assert intents.read_text(encoding="utf-8") == original

    _mark_reviewed(drafts_file, FAQ_DRAFT)
    ready = _run(*kb, "check")
    assert f"ready to promote: {FAQ_DRAFT};" in ready.stdout, ready.stdout
    promoted = _run(*kb, "ingest", "--promote", "news")
    assert promoted.returncode == 0, promoted.stderr
    assert "Promoted 1 draft(s)" in promoted.stdout and "/reload" in promoted.stdout
    assert (tmp_path / "intents.yaml.bak").read_text(encoding="utf-8") == original
    after = intents.read_text(encoding="utf-8")
    assert after.startswith(original.split("\nout_of_scope:")[0])  # added, nothing rewritten
    assert f"  - id: {FAQ_DRAFT}\n" in after and "draft:" not in after.split(FAQ_DRAFT)[1][:40]
    assert FAQ_DRAFT not in drafts_file.read_text(encoding="utf-8")
    assert "\ndraft: true\n" not in (tmp_path / "corpus" / "news.yaml").read_text(encoding="utf-8")
    assert _run(*kb, "check").returncode == 0
    assert "Mekong Countries" in _run(*kb, "ask", "what sources do you use").stdout
    answered = _run(*kb, "ask", FAQ_QUESTION)
    assert "Pangolins, tigers and elephants" in answered.stdout
    assert "paragraph p13 (news#p13)" in answered.stdout


def _add_examples(drafts_file: Path, draft_id: str, examples: list[str]) -> None:
    text = drafts_file.read_text(encoding="utf-8")
    start = text.index(f"  - id: {draft_id}\n")
    at = text.index("    examples:\n", start) + len("    examples:\n")
    drafts_file.write_text(text[:at] + "".join(f"      - {e}\n" for e in examples) + text[at:],
                           encoding="utf-8")


SEIZURES_DRAFT = "news-seizures-pangolin-scales-region-rose-sharply-2023"


def test_check_reports_collisions_and_what_a_draft_would_steal(tmp_path: Path) -> None:
    kb = _kb(tmp_path)
    assert _run(*kb, "ingest", NEWS, "--id", "news").returncode == 0
    drafts_file = tmp_path / "drafts" / "news.yaml"
    # a curator pastes questions that belong elsewhere: a not-stated one, and an example that
    # an intent already has
    _add_examples(drafts_file, SEIZURES_DRAFT, ["how many people are trafficked each year",
                                                "drug smuggling routes in se asia"])
    _mark_reviewed(drafts_file, SEIZURES_DRAFT)
    checked = _run(*kb, "check", "--all")
    assert checked.returncode == 0, checked.stdout
    mine = [line for line in checked.stdout.splitlines() if f"intent '{SEIZURES_DRAFT}'" in line]
    assert any("would steal the not-stated question (human-trafficking-figures) 'how many people "
               "are trafficked each year': the draft would now answer it (it was answered with "
               "'the article doesn't say')" in line for line in mine), mine
    assert any("example 'drug smuggling routes in se asia' is already an example of "
               "'drug-trafficking-asean'" in line for line in mine), mine
    assert all(line.startswith(f"{drafts_file}:") for line in mine), mine
    assert "ready to promote: none;" in checked.stdout
    refused = _run(*kb, "ingest", "--promote", SEIZURES_DRAFT)
    assert refused.returncode == 1
    assert f"'{SEIZURES_DRAFT}' is not ready:" in refused.stderr and "problem(s)" in refused.stderr


@needs_seeds
def test_drafts_of_a_document_already_served_collide_with_its_intents(tmp_path: Path) -> None:
    kb = _kb(tmp_path)
    seed = SEEDS / "003_cb640f1d98dcc1bf.txt"
    assert _run(*kb, "ingest", seed, "--id", "ammtc-copy").returncode == 0
    checked = _run(*kb, "check", "--all")
    assert checked.returncode == 0
    collisions = [line for line in checked.stdout.splitlines()
                  if "intent 'ammtc-copy-often-ammtc-take-place'" in line]
    assert any("collides: intent 'ammtc-frequency' wins it" in line
               or "collides: intent 'ammtc-overview' wins it" in line for line in collisions)


async def test_a_running_bot_serves_promoted_drafts_after_reload(start_bot, tmp_path: Path) -> None:
    intents, corpus = _copy_knowledge(tmp_path)
    kb = ["--intents", str(intents), "--corpus", str(corpus)]
    admin_id = 4242
    async with start_bot(settings={"intents_path": intents, "corpus_dir": corpus,
                                   "admins": frozenset({admin_id})}) as world:
        admin = world.private("Ada", user_id=admin_id)
        assert _run(*kb, "ingest", NEWS, "--id", "news").returncode == 0
        first = await admin.ask("/reload")
        drafted = await admin.ask(FAQ_QUESTION)
        sources_before = await admin.ask("/sources")
        _mark_reviewed(tmp_path / "drafts" / "news.yaml", FAQ_DRAFT)
        assert _run(*kb, "ingest", "--promote", "news").returncode == 0
        second = await admin.ask("/reload")
        served = await admin.ask(FAQ_QUESTION)
        sources_after = await admin.ask("/sources")
    assert "Mekong" not in sources_before.text and "Mekong Countries" in sources_after.text
    assert first.text.startswith("Reloaded.") and second.text.startswith("Reloaded.")
    assert "Pangolins" not in drafted.text
    assert "Pangolins, tigers and elephants are the animals most often seized" in served.text


def test_keep_with_a_number_that_is_not_a_removal_is_refused(tmp_path: Path) -> None:
    result = _run(*_shipped(), "ingest", NEWS, "--out", tmp_path, "--keep", "99")
    assert result.returncode == 2
    assert "--keep 99: the removals are numbered 1 to" in result.stderr
    assert not (tmp_path / "corpus").exists()


def test_markdown_headings_lists_and_wrapped_lines() -> None:
    from bot.ingest.reading import text_blocks  # noqa: PLC0415

    page = ("# Border Agencies Share Watch Lists\n\nOfficials from six countries agreed to share\n"
            "watch lists of [known traffickers](https://example.org) within a day.\n\n"
            "The list covers:\n\n- **forged** passports;\n- stolen vehicles.\n\n"
            "Share on Facebook Share on Twitter\n")
    paragraphs, removals = number(find_debris(text_blocks(page, markdown=True)))
    assert [(p.kind, p.text) for p in paragraphs] == [
        ("heading", "Border Agencies Share Watch Lists"),
        ("text", "Officials from six countries agreed to share watch lists of known traffickers "
                 "within a day."),
        ("text", "The list covers:"), ("item", "forged passports;"), ("item", "stolen vehicles.")]
    assert [r.kind for r in removals] == ["share-line", "formatting"]


def test_a_draft_with_a_quote_not_in_its_paragraph_is_named_and_not_ready(tmp_path: Path) -> None:
    kb = _kb(tmp_path)
    assert _run(*kb, "ingest", NEWS, "--id", "news").returncode == 0
    drafts_file = tmp_path / "drafts" / "news.yaml"
    text = drafts_file.read_text(encoding="utf-8")
    drafts_file.write_text(text.replace("quote: Pangolins, tigers and elephants",
                                        "quote: Pangolins, lions and elephants"), encoding="utf-8")
    _mark_reviewed(drafts_file, FAQ_DRAFT)
    checked = _run(*kb, "check")
    assert checked.returncode == 0, "drafts are not served: they warn"
    assert f"intent '{FAQ_DRAFT}': the quote is not in news#p13" in checked.stdout
    assert "ready to promote: none;" in checked.stdout
    broken = drafts_file.read_text(encoding="utf-8")
    drafts_file.write_text(broken + "  - id: [unclosed\n", encoding="utf-8")
    unreadable = _run(*kb, "check")
    assert f"{drafts_file}:" in unreadable.stdout and "Traceback" not in unreadable.stdout
