"""briefbot: briefings on transnational crime from curated, cited sources.

How a question flows through the packages::

    text -> core.normalise -> core.harm.guard / core.matcher -> core.responder -> Reply
         -> render (Telegram HTML, terminal text or JSON) -> telegram_adapter or tools.cli

- ``core``: pure and synchronous; knows nothing of Telegram, storage or the command line.
  ``core.harm`` is the harm boundary: ``guard`` reads a message and tries the readings in order,
  the first by job (``requests``, ``verbs``, ``writing``, ...) on a prepared ``question``, the
  second in ``asker`` by rule family.
- ``knowledge``: ``intents.yaml`` and ``corpus/`` loaded and validated, with line numbers.
- ``render`` and ``texts``: the one place that formats, and every sentence a user reads.
- ``telegram_adapter``: python-telegram-bot application and its typed state, handlers, access
  gate, delivery, the serving knowledge and its reload, scheduled briefings.
- ``storage``: what the bot remembers (SQLite).
- ``tools``: the curators' and developers' harness: CLI, check, eval, review.
- ``emulator``: a local Bot API server for the tests and ``briefbot chat --telegram``.
"""
