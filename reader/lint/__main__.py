"""``python -m reader.lint PATH...``: the content checker without the Qt app."""

import sys

from reader.lint.cli import main

sys.exit(main(sys.argv[1:]))
