"""A quote shown where it stands: its paragraph in the document, the quoted words highlighted.

Quotes may carry editor's notes in square brackets and differ from the paragraph in spacing; the
words outside the notes are found in the paragraph in order, whatever the whitespace between
them, and marked. A quote that is not found is shown beside the paragraph, unmarked, and said so.
"""

from __future__ import annotations

import re
from html import escape

from bot.knowledge.corpus import Corpus
from bot.knowledge.quotes import without_notes


def quote_span(paragraph: str, quote: str) -> tuple[int, int] | None:
    """Where the quote's own words stand in ``paragraph`` (start, end), or None."""
    words = without_notes(quote).split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words)
    found = re.search(pattern, paragraph) or re.search(pattern, paragraph, re.IGNORECASE)
    return (found.start(), found.end()) if found else None


def highlighted(paragraph: str, quote: str) -> tuple[str, bool]:
    """The paragraph as HTML with the quote in ``<mark>``, and whether it was found."""
    span = quote_span(paragraph, quote)
    if span is None:
        return escape(paragraph), False
    start, end = span
    return (escape(paragraph[:start]) + "<mark>" + escape(paragraph[start:end]) + "</mark>"
            + escape(paragraph[end:]), True)


def in_context(corpus: Corpus, document_id: str, paragraph_id: str, quote: str) -> str:
    """The document's title, the paragraphs before and after (dimmed) and the cited one with the
    quote highlighted, as an HTML ``figure``."""
    document = corpus.documents.get(document_id) or corpus.drafts.get(document_id)
    if document is None:
        return f'<p class="problem">Document {escape(document_id)} is not in the corpus.</p>'
    ids = [p.id for p in document.paragraphs]
    if paragraph_id not in ids:
        return (f'<p class="problem">{escape(document.title)} has no paragraph '
                f'{escape(paragraph_id)}.</p>')
    at = ids.index(paragraph_id)
    parts = [f'<figure class="context"><figcaption>{escape(document.title)}, paragraph '
             f'{escape(paragraph_id)}</figcaption>']
    for neighbour in document.paragraphs[max(at - 1, 0):at + 2]:
        if neighbour.id == paragraph_id:
            text, found = highlighted(neighbour.text, quote)
            parts.append(f'<p class="cited"><span class="pid">¶{escape(neighbour.id)}</span> {text}</p>')
            if not found:
                parts.append(f'<p class="problem">The quote is not word for word in this '
                             f'paragraph: “{escape(quote)}”</p>')
        else:
            parts.append(f'<p class="nearby"><span class="pid">¶{escape(neighbour.id)}</span> '
                         f'{escape(neighbour.text)}</p>')
    parts.append("</figure>")
    return "".join(parts)
