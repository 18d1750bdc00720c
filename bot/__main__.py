"""``python -m bot`` runs the same command line as ``jiebei-bot``."""

import sys

from .cli import main

sys.exit(main())
