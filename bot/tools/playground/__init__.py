"""``briefbot playground``: the whole bot and the curators' views in a local web page.

The chat drives the real python-telegram-bot ``Application`` against the built-in emulator
(``session``), exactly as ``briefbot run`` without a token does in a terminal; the other views
show what ``briefbot eval``, ``review`` and ``ingest`` compute (``views``), drawn as inline SVG
(``charts``). Pages are rendered on the server (``pages``) with a little plain JavaScript; every
piece of text is escaped, and Telegram's message entities become a fixed set of safe tags
(``entities``). ``server`` binds to 127.0.0.1 unless told otherwise, and then only with a token.
"""
