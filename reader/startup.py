"""Start-up: gather configuration, content and contacts, then show the window."""

from __future__ import annotations

import argparse
import os
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


def make_application(offscreen: bool = False):  # noqa: ANN201 - Qt type imported lazily
    """Create the QApplication (offscreen for the self-test)."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Lantern")
    app.setApplicationDisplayName("Lantern")
    return app


def run(args: argparse.Namespace) -> int:
    """Run the reader, the self-test or the start-up probe."""
    app = make_application(offscreen=args.self_test)
    context = build_context(args)
    report_problems(context.problems)
    from reader.ui.main_window import MainWindow

    window = MainWindow(context)
    if args.self_test:
        from reader.ui.self_test import run_self_test

        return run_self_test(app, window)
    if args.startup_probe:
        from reader.ui.probe import report_first_paint

        report_first_paint(window, PROCESS_START)
    if context.kiosk:
        window.showFullScreen()
    else:
        window.show()
    return app.exec()
