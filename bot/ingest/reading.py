"""Reading a document: bytes to text (refusing what is not a document), then text to blocks.

A block is one paragraph-sized piece as the source laid it out: a line of a copied web page, a
paragraph of Markdown, a ``<p>`` or ``<li>`` of HTML. The markup's hints (a heading, a list item,
an image caption, navigation) travel with it; what the hints mean is decided later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

#: The largest document read (bytes). Articles and reports are far smaller; a bigger file is
#: more likely a mistake (a data dump, a video) than a document.
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024

#: A list bullet at the start of a line (the marker is formatting, not the authors' words).
BULLET = re.compile(r"^\s*(?:[\u2022\u2023\u25e6\u2043\u2219\u00b7\u25aa\u25cf\u25a0\u2013\-*+])\s+")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_TERMINAL = tuple(".!?:;")


class DocumentError(Exception):
    """The file is not a document ingest can read; the message says what is wrong and the fix."""


@dataclass(frozen=True)
class Block:
    """One paragraph-sized piece of the source, in its words, with what the markup said of it.

    ``hint`` is "heading", "item", "caption" or "nav" when the markup says so, else "".
    ``bullet`` is the list marker that was taken off the front, if any.
    """

    text: str
    hint: str = ""
    bullet: str = ""


def decode(data: bytes) -> str:
    """The document's text; raises DocumentError for an empty, oversized, binary or non-UTF-8 file."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB. Fix: split "
                            "it, or ingest the part that is the document.")
    if not data.strip():
        raise DocumentError("is empty. Fix: give the file that holds the document's text.")
    if data.lstrip()[:5] == b"%PDF-":
        raise DocumentError("is a PDF, which ingest does not read. Fix: save the document as "
                            "plain text or HTML (e.g. pdftotext FILE.pdf) and ingest that.")
    if b"\x00" in data[:8192]:
        raise DocumentError("is a binary file, not text. Fix: save the document as plain text, "
                            "Markdown or HTML (PDF is not read).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset "
                            f"{exc.start}). Fix: save it as UTF-8.") from None
    if not text.strip():
        raise DocumentError("is empty. Fix: give the file that holds the document's text.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def document_format(name: str, text: str) -> str:
    """"html", "markdown" or "text", from the file name, or the content when the name says nothing."""
    lower = name.lower()
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lower.endswith((".md", ".markdown")):
        return "markdown"
    if re.match(r"\s*(?:<!doctype html|<html\b)", text, re.IGNORECASE):
        return "html"
    return "text"


def to_blocks(text: str, fmt: str) -> list[Block]:
    """The document's blocks, in order."""
    if fmt == "html":
        return html_blocks(text)
    return text_blocks(text, markdown=fmt == "markdown")


def _continues(previous: str, line: str, markdown: bool) -> bool:
    """Whether ``line`` goes on the paragraph ``previous`` began (a hard-wrapped line)."""
    if markdown:
        return True
    return not previous.rstrip().endswith(_TERMINAL) and line[:1].islower()


def text_blocks(text: str, *, markdown: bool = False) -> list[Block]:
    """Blocks of plain text or Markdown: a line is a block unless it continues a wrapped one
    (Markdown: the lines of a paragraph are one block); a bulleted line is a list item."""
    blocks: list[Block] = []
    open_block = False
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            open_block = False
            continue
        hint, bullet = "", ""
        if markdown and (heading := _MD_HEADING.match(raw)):
            line, hint = heading.group(2), "heading"
        elif marker := BULLET.match(raw):
            bullet, line, hint = marker.group(0).strip(), raw[marker.end():].strip(), "item"
        if markdown:
            line = _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", line))
        if open_block and not hint and blocks and blocks[-1].hint != "heading" and _continues(
                blocks[-1].text, line, markdown):
            last = blocks[-1]
            blocks[-1] = Block(f"{last.text} {line}", last.hint, last.bullet)
            continue
        blocks.append(Block(line, hint, bullet))
        open_block = hint != "heading"
    return blocks


_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "caption", "blockquote",
               "div", "td", "th", "dt", "dd", "pre", "section", "article", "header", "footer",
               "nav", "aside", "ul", "ol", "figure", "table", "tr", "main", "body", "title"}
_SKIPPED = {"script", "style", "noscript", "template", "svg", "head"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr"}


class _BlockParser(HTMLParser):
    """Collects the text of block elements, with a hint from the element or an enclosing one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.stack: list[str] = []
        self.parts: list[str] = []
        self.skipping = 0

    def _flush(self) -> None:
        text = " ".join("".join(self.parts).split())
        self.parts = []
        if not text:
            return
        hint, bullet = "", ""
        if "nav" in self.stack:
            hint = "nav"
        elif any(tag in self.stack for tag in ("figcaption", "caption")):
            hint = "caption"
        elif any(tag in self.stack for tag in ("h1", "h2", "h3", "h4", "h5", "h6")):
            hint = "heading"
        elif "li" in self.stack:
            hint, bullet = "item", "<li>"
        self.blocks.append(Block(text, hint, bullet))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
            return
        if tag in _VOID:
            if tag == "br" and not self.skipping:
                self._flush()
            return
        if tag in _BLOCK_TAGS and not self.skipping:
            self._flush()
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
            return
        if tag in _VOID:
            return
        if tag in _BLOCK_TAGS and not self.skipping:
            self._flush()
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if not self.skipping and "title" not in self.stack:
            self.parts.append(data)


def html_blocks(text: str) -> list[Block]:
    """Blocks of an HTML page (scripts, styles and the head are not text and are not read)."""
    parser = _BlockParser()
    parser.feed(text)
    parser.close()
    parser._flush()
    return parser.blocks
