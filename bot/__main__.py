"""``python -m bot``: the briefbot command line."""

import sys

from bot.tools.cli import main

sys.exit(main())
