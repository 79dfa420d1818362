"""Turning a document (text, Markdown or HTML) into a corpus file and draft intents.

Pure text work, no Telegram and no files written: ``reading`` decodes and splits a document into
blocks, ``debris`` finds the web-page furniture to leave out, ``paragraphs`` gives the rest ids
and kinds, ``dates`` finds the dates it mentions, ``drafting`` writes draft intents, ``emit``
turns both into YAML and ``promote`` moves reviewed drafts into ``intents.yaml``.
"""
