"""Corrupted knowledge files: a one-screen message with file, line and fix; never a traceback."""

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

WriteKb = Callable[..., tuple[Path, Path]]
SCREEN = 25

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
    "YAML bomb": (lambda text: 'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
                  + "".join(f"{c}: &{c} [*{b},*{b},*{b},*{b},*{b}]\n"
                            for b, c in zip("abcdefgh", "bcdefghi", strict=True)), 2, "alias"),
}


def _write(path: Path, content: str | bytes) -> None:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)


def _run(args: list[str], *, token: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "TELEGRAM_"))}
    if token:
        env.update(TELEGRAM_BOT_TOKEN="123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789",
                   TELEGRAM_API_BASE_URL="http://127.0.0.1:9/bot")
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True,
                          env=env, timeout=60, stdin=subprocess.DEVNULL, check=False)


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
