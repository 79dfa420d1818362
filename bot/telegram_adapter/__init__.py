"""The Telegram adapter: python-telegram-bot handlers over the core, and what only Telegram needs."""
