"""Disguised words undone: digits and symbols written for letters ("h3r0in", "tri@ngle") and
marks inside a word ("sm.uggle"), so that the word is read as what it spells. "1" stands for "l" as
often as for "i" ("smugg1e"), so the guard reads such a question both ways.
"""

from __future__ import annotations

import re

#: Characters written for the letters they look like, inside a word that has letters too.
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s"})
_MIXED = re.compile(r"\S*[A-Za-z]\S*")
_INNER_MARK = re.compile(r"(?<=[A-Za-z])[._*](?=[A-Za-z])")
#: Whether a question has anything ``deobfuscate`` would change (most have not: one search).
_DISGUISE = re.compile(r"[0134578@$][A-Za-z]|[A-Za-z][0134578@$]|[A-Za-z][._*][A-Za-z]")
#: A number with a short unit or ordinal ("11th", "5kg", "200k") is not a disguised word.
_NUMBER = re.compile(r"\d+[A-Za-z]{0,3}[.,;:!?]*")


def deobfuscate(question: str, one: str = "i") -> str:
    """The question with look-alike digits and symbols in words read as letters ("h3r0in",
    "tri@ngle") and marks inside a word removed ("sm.uggle"); numbers on their own stay."""
    if not _DISGUISE.search(question):
        return question

    def word(match: re.Match[str]) -> str:
        text = match.group(0)
        if _NUMBER.fullmatch(text):
            return text
        text = _INNER_MARK.sub("", text)
        if one != "i":
            text = text.replace("1", one)
        return text.translate(_LEET) if any(c in "0134578@$" for c in text) else text
    return _MIXED.sub(word, question)
