"""The ``lantern check-content PATH...`` command."""

from __future__ import annotations

import argparse
import stat
import sys
from pathlib import Path
from typing import TextIO

from reader.lint.packs import PACK_FILE, bundled_ids, check_content
from reader.lint.report import as_json, as_text

EXIT_CLEAN = 0
EXIT_ERRORS = 1
EXIT_USAGE = 2
PROG = "lantern check-content"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Check Lantern articles: front matter, Markdown, safe-messaging wording, "
        "help links and reading level. See CONTENT.md for every rule.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="article folders, *.md files or pack.toml files"
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default text)"
    )
    parser.add_argument(
        "--standalone",
        action="store_true",
        help="check the paths on their own; by default links may name Lantern's bundled "
        "articles and a checked article may not reuse a bundled article's id",
    )
    return parser


def _write(stream: TextIO, text: str) -> None:
    """Write without crashing on a console that cannot show some characters."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "replace").decode(encoding))
    stream.flush()


def _unusable(paths: list[str]) -> str | None:
    """Why the paths cannot be checked at all, or None."""
    for raw in paths:
        path = Path(raw)
        try:
            mode = path.stat().st_mode
        except (FileNotFoundError, NotADirectoryError):
            return f"{PROG}: no such file or folder: {raw}"
        except (OSError, ValueError):
            continue  # it exists but cannot be read: the check reports why, as a finding
        if stat.S_ISREG(mode) and path.suffix.lower() != ".md" and path.name != PACK_FILE:
            return f"{PROG}: not an article (*.md), {PACK_FILE} or folder: {raw}"
    return None


def main(argv: list[str]) -> int:
    """Run the checker on the arguments after ``check-content``; return the exit status."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:  # argparse has already printed usage or help
        return EXIT_USAGE if stop.code not in (0, None) else EXIT_CLEAN
    problem = _unusable(args.paths)
    if problem:
        _write(sys.stderr, problem + "\n")
        return EXIT_USAGE
    taken = {} if args.standalone else bundled_ids()
    result = check_content(args.paths, taken_ids=taken)
    _write(sys.stdout, as_json(result) if args.format == "json" else as_text(result))
    return EXIT_ERRORS if result.errors else EXIT_CLEAN


if __name__ == "__main__":  # pragma: no cover - python -m reader.lint.cli
    sys.exit(main(sys.argv[1:]))
