"""Corrupted knowledge files: a one-screen message with file, line and fix; never a traceback."""

import contextlib
import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.config import default_path

WriteKb = Callable[..., tuple[Path, Path]]
SCREEN = 25
QUESTION = "what are precursor chemicals"
#: The address space each command may use: far above what loading the knowledge takes, so a file
#: read without bound fails here rather than filling the machine's memory.
MEMORY_LIMIT = 1024**3

# How to break the small intents.yaml: its text -> the broken file's content; the exit code of
# `briefbot check` / `briefbot run`; and what the message must say.
INTENT_VARIANTS: dict[str, tuple[Callable[[str], str | bytes], int, str]] = {
    "syntax error": (lambda text: text.replace("    title: When was the meeting?",
                                               "    title: When: was it?"), 2,
                     "YAML syntax error"),
    "wrong types": (lambda text: text.replace("    topics: [meeting]\n", "    topics: 7\n", 1), 1,
                    "must be a list"),
    "missing keys": (lambda text: text.replace("    title: When was the meeting?\n", ""), 1,
                     "has no 'title'"),
    "unknown reference": (lambda text: text.replace("related: [meeting-dates]",
                                                    "related: [meeting-date]"), 1,
                          "related intent 'meeting-date' does not exist"),
    "quote not in paragraph": (lambda text: text.replace("quote: held in Bangkok",
                                                         "quote: held in Hanoi"),
                               1, "the quote is not in doc#p1"),
    "empty file": (lambda text: "", 1, "is empty or not a mapping"),
    "50 MB file": (lambda text: b"# padding\n" * 5_300_000, 2, "over the"),
    "binary file": (lambda text: bytes(range(256)) * 40, 2, "binary"),
    "non-UTF-8 bytes": (lambda text: text.encode().replace(b"Bangkok", b"Bangk\xf6k"), 2,
                        "not valid UTF-8"),
    "100 KB of nested brackets": (lambda text: "version: 1\nintents: " + "[" * 100_000, 2,
                                  "nests lists or mappings more than"),
    "YAML bomb": (lambda text: 'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
                  + "".join(f"{c}: &{c} [*{b},*{b},*{b},*{b},*{b}]\n"
                            for b, c in zip("abcdefgh", "bcdefghi", strict=True)), 2, "alias"),
}


def _write(path: Path, content: str | bytes) -> None:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _run(args: list[str], *, token: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "TELEGRAM_"))}
    if token:
        env.update(TELEGRAM_BOT_TOKEN="123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789",
                   TELEGRAM_API_BASE_URL="http://127.0.0.1:9/bot")
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True,
                          env=env, timeout=60, stdin=subprocess.DEVNULL, check=False,
                          preexec_fn=_limit_memory)


@pytest.mark.parametrize("variant", list(INTENT_VARIANTS))
def test_broken_intents_file_is_explained_on_one_screen_with_a_fix(
        write_kb: WriteKb, small_intents: str, variant: str) -> None:
    intents, corpus = write_kb()
    corrupt, code, says = INTENT_VARIANTS[variant]
    _write(intents, corrupt(small_intents))
    paths = ["--intents", str(intents), "--corpus", str(corpus)]
    for args, token in ((["check"], False), (["run"], False), (["run"], True)):
        result = _run([*paths, *args], token=token)
        output = result.stdout + result.stderr
        assert result.returncode == code, (variant, args, output)
        assert says in output, (variant, output)
        assert f"{intents}" in output and "Fix:" in output
        assert "Traceback" not in output
        assert len(output.splitlines()) <= SCREEN


# How to break the corpus: (its folder, the small document's text) -> None; exit code; message.
CORPUS_VARIANTS: dict[str, tuple[Callable[[Path, str], object], int, str]] = {
    "no corpus folder": (lambda d, doc: [f.unlink() for f in d.iterdir()] and d.rmdir(), 2,
                         "is not a folder"),
    "document syntax error": (lambda d, doc: (d / "doc.yaml").write_text(
        doc.replace("- id: p2", "- id: p2: x")), 2, "YAML syntax error"),
    "binary document": (lambda d, doc: (d / "doc.yaml").write_bytes(b"\x00\x01\x02"), 2,
                        "binary"),
    "paragraph without text": (lambda d, doc: (d / "doc.yaml").write_text(
        doc.replace("    A paragraph nobody cites.", "")), 1, "has no text"),
    "nested brackets": (lambda d, doc: (d / "doc.yaml").write_text(
        "id: doc\nparagraphs: " + "[" * 100_000), 2, "doc.yaml:2: error: nests lists or mappings"),
    "a symlink to /dev/zero": (lambda d, doc: (d / "zero.yaml").symlink_to("/dev/zero"), 2,
                               "zero.yaml: error: is not a regular file (it is a device)"),
    "a named pipe": (lambda d, doc: os.mkfifo(d / "pipe.yaml"), 2,
                     "pipe.yaml: error: is not a regular file (it is a named pipe)"),
}


@pytest.mark.parametrize("variant", list(CORPUS_VARIANTS))
def test_broken_corpus_is_explained_on_one_screen_with_a_fix(
        write_kb: WriteKb, small_document: str, variant: str) -> None:
    intents, corpus = write_kb()
    corrupt, code, says = CORPUS_VARIANTS[variant]
    corrupt(corpus, small_document)
    for args in (["check"], ["run"]):
        result = _run(["--intents", str(intents), "--corpus", str(corpus), *args], token=False)
        output = result.stdout + result.stderr
        assert result.returncode == code, (variant, output)
        assert says in output and "Fix:" in output and "Traceback" not in output
        assert len(output.splitlines()) <= SCREEN


def _copy_knowledge(folder: Path) -> tuple[Path, Path]:
    intents = folder / "intents.yaml"
    shutil.copy(default_path("intents.yaml"), intents)
    corpus = folder / "corpus"
    shutil.copytree(default_path("corpus"), corpus)
    return intents, corpus


def _nested_intents(intents: Path, corpus: Path) -> Path:
    intents.write_text("version: 1\nintents: " + "[" * 100_000)
    return intents


def _zero_document(intents: Path, corpus: Path) -> Path:
    (corpus / "zero.yaml").symlink_to("/dev/zero")
    return corpus / "zero.yaml"


def _pipe_document(intents: Path, corpus: Path) -> Path:
    os.mkfifo(corpus / "pipe.yaml")
    return corpus / "pipe.yaml"


def _pipe_intents(intents: Path, corpus: Path) -> Path:
    intents.unlink()
    os.mkfifo(intents)
    return intents


# What a bad edit does to (intents.yaml, corpus/); it returns the file the administrator is told of.
BAD_EDITS: dict[str, Callable[[Path, Path], Path]] = {
    "nested brackets": _nested_intents,
    "a symlink to /dev/zero": _zero_document,
    "a named pipe in the corpus": _pipe_document,
    "intents.yaml replaced by a named pipe": _pipe_intents,
}


def _release_readers(path: Path) -> None:
    """Let a reader stuck opening a named pipe go (it then reads an empty file)."""
    if path.is_fifo():
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


@pytest.mark.parametrize("edit", list(BAD_EDITS))
async def test_reload_refuses_a_file_it_must_not_read_and_keeps_serving(
        start_bot, tmp_path: Path, edit: str) -> None:
    intents, corpus = _copy_knowledge(tmp_path)
    admin_id = 4242
    async with start_bot(settings={"intents_path": intents, "corpus_dir": corpus,
                                   "admins": frozenset({admin_id})}) as world:
        admin = world.private("Ada", user_id=admin_id)
        before = await admin.ask(QUESTION)
        bad = BAD_EDITS[edit](intents, corpus)
        try:
            failed = await admin.ask("/reload", timeout=15)
        finally:
            _release_readers(bad)
        still = await admin.ask(QUESTION)
    assert "precursor chemicals" in before.text
    assert failed.text.startswith("Reload failed; the old knowledge is still serving.")
    assert f"{bad}:" in failed.text and "Fix:" in failed.text
    assert still.text == before.text
