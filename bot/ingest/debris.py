"""Finding web-page debris: what a copied page carries that is not the document's text.

Each detector looks at the blocks' own shape and words (a phone number, "You may also like", a
caption printed twice), never at a list of known pages. Nothing is dropped silently: every
removal names its kind, why it goes, and the exact text, and ``--keep N`` can bring it back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.ingest.reading import Block

#: Why each kind of debris is left out (the corpus file's ``removed[].why``).
WHY = {
    "caption": "An image caption, page furniture rather than the article's text.",
    "doubled-caption": "An image caption printed twice in a row; the image is not part of the "
                       "corpus and the caption carries no information.",
    "page-label": "A category label or page caption above or around the article, page furniture "
                  "rather than its text.",
    "contact-block": "The publishing site's contact details (phone, e-mail, address, '24/7' "
                     "support), not the document's; the bot must never present them as an "
                     "official contact.",
    "related-links": "A 'You may also like' / related-links block: web-page navigation.",
    "navigation": "A navigation or link line: web-page navigation.",
    "share-line": "Share and follow buttons: web-page furniture.",
    "duplicate": "Repeated word for word; the first occurrence is kept as {first}.",
    "formatting": "Formatting; list items are marked with kind: item instead.",
    "footer": "The page's copyright or footer line, page furniture rather than the article's text.",
}

_WHAT = {
    "caption": "The image caption",
    "doubled-caption": "An image caption printed twice in a row",
    "page-label": "The page label",
    "contact-block": "A contact block",
    "related-links": "A related-links block",
    "navigation": "A navigation line",
    "share-line": "A share line",
    "duplicate": "A paragraph repeated word for word",
    "formatting": "The bullet character before each list item",
    "footer": "The footer line",
}


@dataclass(frozen=True)
class Removal:
    """Blocks left out together, and why. ``first`` names the kept twin of a duplicate."""

    kind: str
    blocks: tuple[Block, ...]
    first: str = ""

    @property
    def text(self) -> str:
        """The removed text, one block a line (for formatting: the list markers)."""
        if self.kind == "formatting":
            return " ".join(sorted({b.bullet for b in self.blocks}))
        return "\n".join(b.text for b in self.blocks)

    @property
    def what(self) -> str:
        """A one-line description with the text quoted (shortened)."""
        if self.kind == "formatting":
            marks = sorted({b.bullet for b in self.blocks})
            return f"{_WHAT['formatting']} ({' '.join(marks)})."
        quoted = " / ".join(b.text for b in self.blocks)
        if len(quoted) > 160:
            quoted = quoted[:157].rstrip() + "..."
        return f"{_WHAT[self.kind]}: '{quoted}'."

    @property
    def why(self) -> str:
        """The reason, in words."""
        return WHY[self.kind].format(first=self.first or "the first")


def words(text: str) -> list[str]:
    """The words of ``text`` (letters and digits)."""
    return re.findall(r"[^\W_]+(?:['\u2019][^\W_]+)?", text)


def ends_sentence(text: str) -> bool:
    """Whether the text ends like a sentence (or a lead-in to a list)."""
    return text.rstrip().rstrip("\"'\u201d\u2019)").endswith((".", "!", "?", ":", ";", "\u2026"))


def is_body(block: Block) -> bool:
    """A block of running text: a dozen words or more, ending like a sentence."""
    return len(words(block.text)) >= 12 and ends_sentence(block.text)


def is_heading_like(block: Block) -> bool:
    """Short and without a sentence's ending: a headline, a label, a caption, a link."""
    return len(words(block.text)) <= 20 and not ends_sentence(block.text)


# --------------------------------------------------------------------------- detectors

_PHONE = re.compile(r"(?:\+|\b)\d(?:[\d\s().\-/]{6,}\d)\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\[\s*email[^\]]*protected\s*\]", re.IGNORECASE)
_CONTACT_LABEL = re.compile(r"^(?:phone|tel|telephone|mobile|fax|e-?mail|address|hotline|"
                            r"whatsapp|contact)(?:\s+(?:number|no\.?|us))?\s*:", re.IGNORECASE)
_CONTACT_WORDS = re.compile(r"\b(?:24/7|contact us|get in touch|customer support|reach us|"
                            r"call us|write to us)\b", re.IGNORECASE)
_STREET = re.compile(r"\b\d+\s+\w+(?:\s\w+)?\s(?:street|st|road|rd|avenue|ave|lane|boulevard|"
                     r"blvd)\b", re.IGNORECASE)


def contact_signals(text: str) -> int:
    """How many kinds of contact detail a block carries (phone, e-mail, label, 24/7, street)."""
    digits = [m for m in _PHONE.findall(text) if sum(ch.isdigit() for ch in m) >= 9]
    return sum(bool(x) for x in (digits, _EMAIL.search(text), _CONTACT_LABEL.match(text),
                                 _CONTACT_WORDS.search(text), _STREET.search(text)))


_RELATED = re.compile(r"^(?:you may also like|you might also like|related(?: articles| stories| "
                      r"news| posts| content| reading)?|read more|read also|also read|more stories|"
                      r"recommended(?: for you| stories)?|more from|more on this|see also|"
                      r"trending(?: now)?|most read|popular (?:posts|stories)|latest news|"
                      r"don['\u2019]t miss)\b\W*$", re.IGNORECASE)
_SHARE_WORDS = {"share", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "email",
                "print", "tweet", "pinterest", "reddit", "copy", "link", "follow", "us", "on",
                "this", "article", "messenger", "line", "viber", "instagram", "youtube", "tiktok"}
_SHARE_START = re.compile(r"^(?:share (?:this|on|via)|follow us|share\s*:)", re.IGNORECASE)
_NAV_SEPARATORS = re.compile(r"\s+(?:\||\u00b7|\u203a|\u00bb|>|/|\u2022)\s+")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_LABEL = re.compile(r"^(?:tags?|categor(?:y|ies)|filed under|posted in|topics?|section)\s*:",
                    re.IGNORECASE)
_FURNITURE = re.compile(r"^(?:advertisement|sponsored(?: content)?|skip to (?:main )?content|"
                        r"\d+\s+min(?:ute)?s?\s+read|subscribe(?: to our newsletter| now)?|"
                        r"sign up(?: for our newsletter)?|listen to this article|print this page)\W*$",
                        re.IGNORECASE)
_FOOTER = re.compile(r"^(?:\u00a9|\(c\)\s|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
_CAPTION_LEAD = re.compile(r"^(?:photo|image|picture|file photo|pictured|credit|photograph)"
                           r"(?:\s*(?:by|credit))?\s*[:\u2014\u2013-]", re.IGNORECASE)
_CAPTION_TAIL = re.compile(r"\((?:photo|image|picture)[^)]*\)\s*$", re.IGNORECASE)


def doubled(text: str) -> str | None:
    """The caption if ``text`` is one printed twice ("CaptionCaption" or "Caption Caption")."""
    for half in (len(text) // 2, (len(text) - 1) // 2):
        first, second = text[:half].strip(), text[half:].strip()
        if first and first == second and len(words(first)) >= 3:
            return first
    return None


def _is_share(text: str) -> bool:
    found = [w.lower() for w in words(text)]
    if not found or len(found) > 12:
        return False
    if _SHARE_START.match(text):
        return True
    networks = {"facebook", "twitter", "linkedin", "whatsapp", "telegram", "pinterest", "reddit",
                "tweet", "instagram", "youtube", "tiktok"}
    return sum(w in networks for w in found) >= 2 and all(w in _SHARE_WORDS for w in found)


def _is_navigation(block: Block) -> bool:
    if block.hint == "nav" or _URL.match(block.text):
        return True
    parts = _NAV_SEPARATORS.split(block.text)
    return (len(parts) >= 3 and all(0 < len(words(p)) <= 4 for p in parts)
            and not ends_sentence(block.text))


@dataclass
class _Scan:
    """The blocks still in play and the removals found so far."""

    blocks: list[Block]
    removed: dict[int, tuple[str, int]]  # block index -> (kind, group number)
    groups: int = 0

    def remove(self, indices: Sequence[int], kind: str) -> None:
        self.groups += 1
        for index in indices:
            self.removed.setdefault(index, (kind, self.groups))

    def live(self) -> list[int]:
        return [i for i in range(len(self.blocks)) if i not in self.removed]


def _captions(scan: _Scan) -> None:
    captions: set[str] = set()
    live = scan.live()
    for n, index in enumerate(live):
        block = scan.blocks[index]
        if (twice := doubled(block.text)) is not None:
            captions.add(twice)
            scan.remove([index], "doubled-caption")
        elif (n + 1 < len(live) and is_heading_like(block) and len(words(block.text)) >= 3
              and scan.blocks[live[n + 1]].text == block.text):
            captions.add(block.text)
            scan.remove([index, live[n + 1]], "doubled-caption")
    for index in scan.live():
        block = scan.blocks[index]
        if block.hint == "caption" or block.text in captions or (
                len(words(block.text)) <= 30 and (_CAPTION_LEAD.match(block.text)
                                                  or _CAPTION_TAIL.search(block.text))):
            scan.remove([index], "caption")


def _contact_blocks(scan: _Scan) -> None:
    live = scan.live()
    n = 0
    while n < len(live):
        if not contact_signals(scan.blocks[live[n]].text):
            n += 1
            continue
        end = n
        while end + 1 < len(live) and contact_signals(scan.blocks[live[end + 1]].text):
            end += 1
        run = live[n:end + 1]
        strength = sum(contact_signals(scan.blocks[i].text) for i in run)
        if len(run) >= 2 or strength >= 2:
            before = scan.blocks[live[n - 1]] if n > 0 else None
            if before is not None and len(words(before.text)) <= 6 and not before.text.endswith("."):
                run = [live[n - 1], *run]
            scan.remove(run, "contact-block")
        n = end + 1


def _related_blocks(scan: _Scan) -> None:
    live = scan.live()
    for n, index in enumerate(live):
        if index in scan.removed or not _RELATED.match(scan.blocks[index].text.strip()):
            continue
        run = [index]
        for later in live[n + 1:]:
            block = scan.blocks[later]
            if is_body(block) and block.hint != "item":
                break
            if later not in scan.removed:
                run.append(later)
        scan.remove(run, "related-links")


def _single(scan: _Scan, kind: str, test: Callable[[Block], bool]) -> None:
    for index in scan.live():
        if test(scan.blocks[index]):
            scan.remove([index], kind)


def _page_labels(scan: _Scan) -> None:
    """Short labels before the headline (a category, a section), and tag or furniture lines."""
    _single(scan, "page-label", lambda b: bool(_LABEL.match(b.text) or _FURNITURE.match(b.text)))
    live = scan.live()
    first_body = next((n for n, i in enumerate(live) if is_body(scan.blocks[i])), len(live))
    leading = live[:first_body]
    headline = next((i for i in leading if scan.blocks[i].hint == "heading"), None)
    if headline is None:
        headline = next((i for i in reversed(leading) if len(words(scan.blocks[i].text)) > 4), None)
    for index in leading:
        if index != headline and len(words(scan.blocks[index].text)) <= 4 and (
                headline is None or index < headline):
            scan.remove([index], "page-label")


def _duplicates(scan: _Scan) -> dict[int, int]:
    """Removes later copies of a paragraph of eight words or more; returns copy -> first."""
    seen: dict[str, int] = {}
    twins: dict[int, int] = {}
    for index in scan.live():
        key = " ".join(scan.blocks[index].text.split())
        if len(words(key)) < 8:
            continue
        if key in seen:
            scan.remove([index], "duplicate")
            twins[index] = seen[key]
        else:
            seen[key] = index
    return twins


@dataclass(frozen=True)
class Cleaned:
    """The blocks kept, in order (with their index in the source), and the removals."""

    kept: tuple[tuple[int, Block], ...]
    removals: tuple[Removal, ...]
    #: For each duplicate's removal (by position in ``removals``), the source index of its twin.
    twins: dict[int, int]


def find_debris(blocks: Sequence[Block], keep: Sequence[int] = ()) -> Cleaned:
    """Split ``blocks`` into what is kept and what is removed (grouped, in source order).

    ``keep`` lists removals (1-based, as numbered in the result without ``keep``) to keep after
    all; a kept bullet's removal brings back nothing (bullets are formatting).
    """
    scan = _Scan(list(blocks), {})
    _captions(scan)
    _contact_blocks(scan)
    _single(scan, "footer", lambda b: len(words(b.text)) <= 20 and bool(_FOOTER.search(b.text)))
    _related_blocks(scan)
    _single(scan, "navigation", _is_navigation)
    _single(scan, "share-line", lambda b: _is_share(b.text))
    _page_labels(scan)
    twins = _duplicates(scan)
    by_group: dict[int, list[int]] = {}
    for index, (_kind, group) in sorted(scan.removed.items()):
        by_group.setdefault(group, []).append(index)
    ordered = sorted(by_group.values(), key=lambda indices: indices[0])
    removals: list[Removal] = []
    removal_twins: dict[int, int] = {}
    kept_back: set[int] = set()
    for number, indices in enumerate(ordered, start=1):
        if number in keep:
            kept_back.update(indices)
            continue
        kind = scan.removed[indices[0]][0]
        if kind == "duplicate":
            removal_twins[len(removals)] = twins[indices[0]]
        removals.append(Removal(kind, tuple(scan.blocks[i] for i in indices)))
    kept = tuple((i, b) for i, b in enumerate(scan.blocks)
                 if i not in scan.removed or i in kept_back)
    bullets = tuple(b for _, b in kept if b.bullet and b.bullet != "<li>")
    if bullets:
        removals.append(Removal("formatting", bullets))
    return Cleaned(kept, tuple(removals), removal_twins)


def numbered(removals: Sequence[Removal]) -> list[str]:
    """Removals as numbered lines, the numbers ``--keep`` takes."""
    return [f"{n}. [{r.kind}] {r.what}" for n, r in enumerate(removals, start=1)
            if r.kind != "formatting"]
