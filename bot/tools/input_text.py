"""Questions as the harness receives them: lines of standard input and command-line arguments.

Bytes that are not UTF-8 become U+FFFD, so one bad line never ends a batch and what is printed
back (``ask --json`` echoes the question) is valid UTF-8. A line is read in bounded pieces and only
its start kept (the responder reads the first ``MAX_QUESTION_CHARS`` characters), so memory stays
small however long a line arrives.
"""

from __future__ import annotations

from typing import BinaryIO

from bot.core.responder import MAX_QUESTION_CHARS

#: The most bytes kept of one line: enough for MAX_QUESTION_CHARS characters of up to 4 bytes.
MAX_LINE_BYTES = 4 * MAX_QUESTION_CHARS
#: The piece size in which the rest of an overlong line is read and dropped.
SKIP_BYTES = 64 * 1024


def read_line(stream: BinaryIO) -> str | None:
    """The next line without its line ending, or None at the end of input.

    A line longer than MAX_LINE_BYTES is cut to its first MAX_QUESTION_CHARS characters and the
    rest of it is read and dropped, a piece at a time.
    """
    raw = stream.readline(MAX_LINE_BYTES + 1)
    if not raw:
        return None
    if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
        while (rest := stream.readline(SKIP_BYTES)) and not rest.endswith(b"\n"):
            pass
        # MAX_LINE_BYTES hold at least MAX_QUESTION_CHARS whole characters, so the cut drops any
        # character split at the end of the piece.
        return raw.decode("utf-8", "replace")[:MAX_QUESTION_CHARS]
    return raw.decode("utf-8", "replace").rstrip("\r\n")


def from_argv(text: str) -> str:
    """A command-line argument with undecodable bytes as U+FFFD (Python keeps them as lone
    surrogates, which cannot be written as UTF-8)."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that no undecodable byte made
        raw = text.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")
