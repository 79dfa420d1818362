"""The dates a document mentions, found in its text, as ISO dates (or a range, or a year)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.knowledge.quotes import sentences

MONTHS = {name: n for n, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY_FIRST = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:to|-|\u2013|and)\s*"
                        r"(?P<end>\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?" + _MONTH
                        + r"(?:,?\s+" + _YEAR + r")?\b", re.IGNORECASE)
_MONTH_FIRST = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|\u2013|"
                          r"to)\s*(?P<end>\d{1,2}))?(?:,?\s+" + _YEAR + r")?\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"\b" + _MONTH + r"\s+" + _YEAR + r"\b", re.IGNORECASE)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
_BARE_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/-])")


@dataclass(frozen=True)
class FoundDate:
    """A date (``2023-09-19``, ``2023-09-19/2023-09-21``, ``2023-09`` or ``2023``), where it is
    and the sentence it is in."""

    date: str
    paragraph: str
    sentence: str


def _iso(year: str | None, month: str, day: str | None) -> str:
    number = MONTHS[month.lower().rstrip(".")] if not month.isdigit() else int(month)
    if year is None:
        return ""
    return f"{year}-{number:02d}" + (f"-{int(day):02d}" if day else "")


def dates_in(paragraphs: list[tuple[str, str]]) -> list[FoundDate]:
    """The dates in ``(paragraph id, text)`` pairs, each once, in order of first mention. A day
    and month without a year take the year named in the same sentence."""
    found: dict[str, FoundDate] = {}
    for pid, text in paragraphs:
        for sentence in sentences(text):
            taken: list[tuple[int, int]] = []
            years = _BARE_YEAR.findall(sentence)
            for pattern in (_ISO, _DAY_FIRST, _MONTH_FIRST, _MONTH_YEAR):
                for match in pattern.finditer(sentence):
                    if any(a < match.end() and match.start() < b for a, b in taken):
                        continue
                    groups = match.groupdict()
                    year = groups.get("year") or (years[0] if years else None)
                    if year is None:
                        continue
                    start = _iso(year, groups["month"], groups.get("day"))
                    end = groups.get("end")
                    value = f"{start}/{_iso(year, groups['month'], end)}" if end else start
                    taken.append((match.start(), match.end()))
                    if year not in (groups.get("year") or ""):
                        taken.extend((m.start(), m.end()) for m in _BARE_YEAR.finditer(sentence)
                                     if m.group(0) == year)
                    found.setdefault(value, FoundDate(value, pid, sentence))
            for match in _BARE_YEAR.finditer(sentence):
                if not any(a <= match.start() < b for a, b in taken):
                    found.setdefault(match.group(0), FoundDate(match.group(0), pid, sentence))
    return list(found.values())
