"""``briefbot ingest``: a document in, a corpus file and draft intents out; ``--promote`` moves
reviewed drafts into intents.yaml.

Stages are reported on standard error as they finish (a line each); the outcome and the next
step on standard output. A file that is not a document, or an id already taken, is one line
and exit code 2; a promotion refused (nothing ready, or the result would not load) is exit 1
and leaves every file as it was.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any, TextIO

from bot.config import Settings
from bot.core.normalise import Normaliser
from bot.errors import KnowledgeError
from bot.files import read_regular_file
from bot.ingest.dates import dates_in
from bot.ingest.debris import find_debris, numbered
from bot.ingest.drafting import Drafter, slug
from bot.ingest.emit import DRAFTS_HEADER, corpus_yaml, drafts_yaml, dump
from bot.ingest.paragraphs import Para, number
from bot.ingest.promote import PromoteError, insert_intents
from bot.ingest.reading import MAX_DOCUMENT_BYTES, DocumentError, decode, document_format, to_blocks
from bot.knowledge.drafts import DraftFile, drafts_folder, read_drafts
from bot.knowledge.intents import KnowledgeBase, load_knowledge
from bot.knowledge.quotes import sentences
from bot.knowledge.yamlsource import load_yaml
from bot.tools.check import review_drafts

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: The corpus file's mark of a document not served yet (removed when its drafts are promoted).
_DRAFT_FLAG = re.compile(r"^draft:\s*true\s*\n", re.MULTILINE)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``briefbot ingest``."""
    parser.add_argument("file", nargs="?", help="the document: plain text, Markdown or HTML")
    parser.add_argument("--id", help="the document id (default: made from its title)")
    parser.add_argument("--title", help="the document's title (default: its headline)")
    parser.add_argument("--out", help="write corpus/ID.yaml and drafts/ID.yaml under this folder "
                        "(default: the knowledge base the bot serves)")
    parser.add_argument("--keep", type=int, action="append", default=[], metavar="N",
                        help="keep removal number N after all (as numbered in the output)")
    parser.add_argument("--replace", action="store_true", help="overwrite an existing document id")
    parser.add_argument("--promote", metavar="ID", help="move the reviewed drafts of document ID "
                        "(or the one draft ID) into intents.yaml")


def run_ingest(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    """``briefbot ingest``: ingest a file, or promote drafts."""
    if args.promote:
        return promote(settings, args.promote, out)
    if not args.file:
        return _fail("give a FILE to ingest, or --promote ID. Fix: briefbot ingest article.html")
    return ingest(settings, args, out)


def _fail(message: str, code: int = 2) -> int:
    sys.stderr.write(f"briefbot ingest: {message}\n")
    return code


def _stage(message: str) -> None:
    sys.stderr.write(f"ingest: {message}\n")
    sys.stderr.flush()


def _write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` at once: a reader sees the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _title(paragraphs: list[Para], given: str | None) -> tuple[str, str | None]:
    """The title and, when it had to be made up, a note saying so."""
    if given:
        return given.strip(), None
    heading = next((p.text for p in paragraphs[:3] if p.kind == "heading"), None)
    if heading:
        return heading, None
    first = (sentences(paragraphs[0].text) or [paragraphs[0].text])[0]
    short = first if len(first) <= 80 else first[:77].rsplit(" ", 1)[0] + "..."
    return short, "The original has no headline; this title is its first sentence. Give one with --title."


def _covers(title: str, paragraphs: list[Para]) -> str:
    headings = [p.text for p in paragraphs if p.kind == "heading" and p.text != title]
    if headings:
        return f"{title}: " + "; ".join(headings[:10]) + "."
    text = next((p.text for p in paragraphs if p.kind == "text"), paragraphs[0].text)
    return (sentences(text) or [text])[0]


def ingest(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    """Write corpus/ID.yaml and drafts/ID.yaml for one document."""
    source = Path(args.file)
    try:
        data = read_regular_file(source, MAX_DOCUMENT_BYTES + 1)
    except FileNotFoundError:
        return _fail(f"{source}: no such file. Fix: give the path of the document.")
    except OSError as exc:
        return _fail(f"{source}: cannot be read ({exc.strerror or exc}). Fix: give a readable "
                     "regular file.")
    try:
        text = decode(data)
    except DocumentError as exc:
        return _fail(f"{source}: {exc}")
    fmt = document_format(source.name, text)
    _stage(f"read {source.name} ({len(data):,} bytes, {fmt})")
    kb = load_knowledge(settings.intents_path, settings.corpus_dir)
    blocks = to_blocks(text, fmt)
    found_removals = len(find_debris(blocks).removals)
    wrong = [n for n in args.keep if not 1 <= n <= found_removals]
    if wrong:
        return _fail(f"--keep {wrong[0]}: the removals are numbered 1 to {found_removals} (see the "
                     "list above without --keep). Fix: give one of those numbers.")
    cleaned = find_debris(blocks, args.keep)
    paragraphs, removals = number(cleaned)
    _stage(f"{len(blocks)} blocks; {sum(r.kind != 'formatting' for r in removals)} removed as "
           "debris (--keep N keeps one):")
    for line in numbered(removals):
        _stage(f"  {line}")
    if not paragraphs:
        return _fail(f"{source}: nothing is left once the page's debris is removed. Fix: check "
                     "the file is the document, or --keep what was removed.")
    kinds = {k: sum(p.kind == k for p in paragraphs) for k in ("heading", "item", "question")}
    _stage(f"{len(paragraphs)} paragraphs ({kinds['heading']} headings, {kinds['item']} list "
           f"items, {kinds['question']} questions)")
    title, note = _title(paragraphs, args.title)
    doc_id = args.id or slug(title, 30)
    if not _ID.match(doc_id):
        return _fail(f"id {doc_id!r} is not lowercase-with-dashes. Fix: --id like 'ammtc-12'.")
    if args.out:
        corpus_dir, drafts_dir = Path(args.out) / "corpus", Path(args.out) / "drafts"
    else:
        corpus_dir, drafts_dir = settings.corpus_dir, drafts_folder(settings.intents_path)
    corpus_file, drafts_file = corpus_dir / f"{doc_id}.yaml", drafts_dir / f"{doc_id}.yaml"
    taken = [str(p) for p in (corpus_file, drafts_file) if p.exists()]
    existing = kb.corpus.documents.get(doc_id) or kb.corpus.drafts.get(doc_id)
    if existing is not None and Path(existing.path).resolve() != corpus_file.resolve() and (
            corpus_dir.resolve() == settings.corpus_dir.resolve()):
        return _fail(f"document id '{doc_id}' is already used by {existing.path}. Fix: choose "
                     "another --id.")
    if existing is not None and corpus_dir.resolve() == settings.corpus_dir.resolve():
        taken.append(f"document '{doc_id}' in {existing.path}")
    if taken and not args.replace:
        return _fail(f"document id '{doc_id}' already exists ({', '.join(sorted(set(taken)))}). "
                     "Fix: choose another --id, or pass --replace to overwrite it.")
    found = dates_in([(p.id, p.text) for p in paragraphs if p.kind != "heading"])
    _stage(f"{len(found)} dates found" + (f": {', '.join(d.date for d in found)}" if found else ""))
    drafts = Drafter(doc_id, paragraphs, kb, Normaliser(kb.synonyms)).run()
    _stage(f"{len(drafts)} draft intents")
    _write_atomically(corpus_file, corpus_yaml(doc_id, title, _covers(title, paragraphs),
                                               source.name, dates=found, removals=removals,
                                               paragraphs=paragraphs, title_note=note))
    _write_atomically(drafts_file, drafts_yaml(doc_id, drafts))
    _stage(f"wrote {corpus_file} and {drafts_file}")
    out.write(f"Ingested {source.name} as '{doc_id}': {len(paragraphs)} paragraphs, "
              f"{len(removals)} removals recorded, {len(drafts)} drafts (never served).\n"
              f"Next: review {drafts_file} (set 'draft: false' on each one you accept), run "
              f"'briefbot check', then 'briefbot ingest --promote {doc_id}' and /reload.\n")
    return 0


# --------------------------------------------------------------------------- promote


def _plain(value: Any) -> Any:
    """YAML data as plain dicts and lists (the line-aware loader's types do not dump)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _find_drafts(folder: Path, wanted: str, kb: KnowledgeBase) -> tuple[DraftFile, set[str]] | None:
    """The drafts file for document ``wanted`` (all its drafts), or the file holding the draft
    with id ``wanted`` (that one draft)."""
    by_document = folder / f"{wanted}.yaml"
    if by_document.is_file():
        file = read_drafts(by_document, kb)
        return file, {d.intent.id for d in file.drafts}
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
        file = read_drafts(path, kb)
        if any(d.intent.id == wanted for d in file.drafts):
            return file, {wanted}
    return None


def promote(settings: Settings, wanted: str, out: TextIO) -> int:
    """Move the ready drafts of ``wanted`` into intents.yaml (kept as intents.yaml.bak)."""
    kb = load_knowledge(settings.intents_path, settings.corpus_dir)
    folder = drafts_folder(settings.intents_path)
    found = _find_drafts(folder, wanted, kb)
    if found is None:
        return _fail(f"no drafts for '{wanted}' (looked for {folder / (wanted + '.yaml')} and for "
                     "a draft with that id). Fix: run 'briefbot ingest FILE' first, or check the id.")
    file, targets = found
    review = review_drafts(kb, [file], settings.thresholds)
    ready = [d for d in file.drafts if d.intent.id in targets and d.intent.id in review.ready]
    waiting = [d for d in file.drafts if d.intent.id in targets and d not in ready]
    if not ready:
        for draft in waiting:
            count = sum(p.intent == draft.intent.id for p in review.problems)
            why = (f"{count} problem(s); see 'briefbot check'" if count else
                   "still marked 'draft: true'")
            sys.stderr.write(f"briefbot ingest: '{draft.intent.id}' is not ready: {why}.\n")
        for problem in review.problems:
            if problem.intent is None:
                sys.stderr.write(problem.format() + "\n")
        return _fail(f"nothing promoted: no draft of '{wanted}' is ready. Fix: review the drafts "
                     f"in {file.path}, set 'draft: false' on those you accept, and fix what "
                     "'briefbot check' reports.", 1)
    raw = load_yaml(file.path)
    promoted_ids = {d.intent.id for d in ready}
    entries = [_plain({k: v for k, v in item.items() if k != "draft"})
               for item in raw["drafts"] if item.get("id") in promoted_ids]
    rest = [_plain(item) for item in raw["drafts"] if item.get("id") not in promoted_ids]
    intents_path = settings.intents_path
    try:
        new_text = insert_intents(intents_path.read_text(encoding="utf-8"), entries,
                                  f"{file.document} (promoted from {file.path.name})")
    except PromoteError as exc:
        return _fail(f"{intents_path} {exc} Fix: restore the 'intents:' list.", 1)
    document = kb.corpus.drafts.get(file.document)
    corpus_file = Path(document.path) if document is not None else None
    corpus_before = corpus_file.read_text(encoding="utf-8") if corpus_file else ""
    handle, temp = tempfile.mkstemp(prefix=f".{intents_path.name}.", suffix=".tmp",
                                    dir=intents_path.parent)
    backup = intents_path.with_name(intents_path.name + ".bak")
    promoted = False
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as target:
            target.write(new_text)
        if corpus_file is not None:  # the document is served from now on
            _write_atomically(corpus_file, _DRAFT_FLAG.sub("", corpus_before, count=1))
        try:
            load_knowledge(Path(temp), settings.corpus_dir)
        except KnowledgeError as exc:
            for problem in exc.problems[:20]:
                sys.stderr.write(problem.format().replace(temp, str(intents_path)) + "\n")
            return _fail("nothing promoted: intents.yaml would not load with these drafts. "
                         "Fix: correct the drafts as shown.", 1)
        shutil.copy2(intents_path, backup)
        os.replace(temp, intents_path)
        promoted = True
    finally:
        Path(temp).unlink(missing_ok=True)
        if not promoted and corpus_file is not None:  # as it was: still a draft
            _write_atomically(corpus_file, corpus_before)
    if rest:
        _write_atomically(file.path, DRAFTS_HEADER.format(doc_id=file.document)
                          + dump({"document": file.document, "drafts": rest}))
    else:
        file.path.unlink()
    names = ", ".join(d.intent.id for d in ready)
    out.write(f"Promoted {len(ready)} draft(s) into {intents_path} (the previous file is "
              f"{backup.name}): {names}.\n")
    if waiting:
        out.write(f"Left in {file.path} (not ready): {', '.join(d.intent.id for d in waiting)}.\n")
    if corpus_file is not None:
        out.write(f"{corpus_file} is served from now on (its 'draft: true' is removed).\n")
    out.write("Send /reload (or kill -HUP the bot) to serve them.\n")
    return 0
