"""The frame every view shares: the page head, the links between views, and escaping helpers."""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

#: The views, in the order of the navigation: (link name, path).
VIEWS = (("Chat", "/"), ("Why", "/why"), ("Evaluation", "/evaluation"), ("Review", "/review"),
         ("Drafts", "/drafts"))


def h(text: object) -> str:
    """Text escaped for HTML content and attribute values."""
    return escape(str(text), quote=True)


def url(path: str, **query: object) -> str:
    """``path`` with the query parameters that are set (escaped for an attribute by ``h``)."""
    kept = {k: str(v) for k, v in query.items() if v is not None and v != ""}
    return path + ("?" + urlencode(kept) if kept else "")


def page(title: str, current: str, body: str) -> str:
    """A whole page: ``current`` is the link name of the view shown."""
    links = "".join(
        f'<a href="{h(path)}"{" aria-current=page" if name == current else ""}>{h(name)}</a>'
        for name, path in VIEWS)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{h(title)} · briefbot playground</title>'
        '<link rel="stylesheet" href="/assets/playground.css"></head><body>'
        '<header><span class="brand">briefbot <span>playground</span></span>'
        f'<nav aria-label="Views">{links}</nav></header>'
        f'<main id="main">{body}</main>'
        '<script src="/assets/playground.js"></script></body></html>')


def error_page(status: int, message: str) -> str:
    """A short page for a request that cannot be served (never a traceback)."""
    return page(f"Error {status}", "", f'<h1>{h(status)}</h1><p class="problem">{h(message)}</p>')
