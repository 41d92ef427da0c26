"""Entry point for ``python -m reader``."""

import sys

from reader.app import main

sys.exit(main())
