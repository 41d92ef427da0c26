"""Benchmark-only entry point: run Lantern with another folder as its bundled content pack.

    python benchmarks/with_pack.py FOLDER [lantern options...]

The start-up benchmark runs both sides through this same file (the synthetic pack and the
real bundled folder), so the only difference between them is the pack.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reader import app, paths


def main(argv: list[str]) -> int:
    """Point content_dir() at FOLDER, then run Lantern with the remaining arguments."""
    folder = Path(argv[0]).resolve()
    paths.content_dir = lambda language="en": folder  # type: ignore[assignment]
    return app.main(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
