"""Start-up: gather configuration, content and contacts, then show the window."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from reader import paths
from reader.context import AppContext
from reader.problems import Problem

PROCESS_START = time.perf_counter()


def report_problems(problems: list[Problem]) -> None:
    """Tell the person (on standard error) about files that could not be used."""
    for problem in problems:
        print(f"lantern: {problem}", file=sys.stderr)


def load_contacts(configured_region: str | None) -> tuple[dict, str, list[Problem]]:
    """Every region's contacts, and which region to show first."""
    from reader.contacts import choose_region, load_all, locale_from_environment

    regions, problems = load_all(paths.contacts_dir())
    region = choose_region(configured_region, locale_from_environment(), regions)
    return regions, region, problems


def build_context(args: argparse.Namespace) -> AppContext:
    """Load everything the window needs; problems are collected, never raised."""
    from reader.packs import load_library

    library = load_library([paths.content_dir()])
    regions, region, contact_problems = load_contacts(args.region)
    context = AppContext(library=library, contacts=regions, region=region, kiosk=args.kiosk)
    manifest_start = _start_here(paths.content_dir() / "pack.toml")
    context.start_here = manifest_start
    context.problems = library.problems + contact_problems
    return context


def _start_here(manifest: Path) -> tuple[str, ...]:
    import tomllib

    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    start = data.get("pack", {}).get("start_here", [])
    return tuple(str(i) for i in start) if isinstance(start, list) else ()
