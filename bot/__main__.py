"""``python -m bot``: the briefbot command line."""

import sys

from bot.cli import main

sys.exit(main())
