"""Shared by the theme test files: theme names, a started window over the bundled articles."""

from __future__ import annotations

import pytest

from reader.context import AppContext
from reader.themes import THEMES
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import MakeWindow

THEME_NAMES = sorted(THEMES)


# Test modules import this under its own name and pytest offers it as "bundled_window" (as
# a11y_screens does): the import is then not shadowed by each test's bundled_window argument.
@pytest.fixture(name="bundled_window")
def started_bundled_window_fixture(
    make_window: MakeWindow, bundled_context: AppContext
) -> MainWindow:
    """A shown 1280-pixel window over the bundled articles, its start-up work done."""
    window = make_window(bundled_context)
    window.resize(1280, 800)
    window.finish_start()  # the indicator style comes after the first paint
    return window
