"""Home ends where its last card and footer end: no empty page to scroll through after them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.ui.home import HomeView
from reader.ui.text_size import apply_text_size
from tests.ui.layout_tools import home_with, settle_layout

# The page's own margin under its footer, and a little more.
SLACK = 80


def _content(home: HomeView) -> QWidget:
    content = home.widget()
    assert content is not None
    return content


def _lowest_bottom(home: HomeView) -> int:
    content = _content(home)
    shown = [w for w in content.findChildren(QWidget) if w.isVisible()]
    return max(w.mapTo(content, w.rect().bottomLeft()).y() for w in shown)


@pytest.mark.parametrize(("width", "scale"), [(1100, 1.0), (800, 2.0), (600, 1.5)])
def test_the_page_is_no_taller_than_what_it_shows(
    qtbot: QtBot, bundled_context: AppContext, width: int, scale: float
) -> None:
    """Home scrolled on through 7,000 pixels of blank page after its footer: each grid of
    cards counted its cards at their least width, a word or two a line."""
    apply_text_size(scale)
    home = home_with(qtbot, bundled_context.library, width=width)
    assert _content(home).height() <= _lowest_bottom(home) + SLACK


def test_widening_the_window_leaves_no_empty_page_either(
    qtbot: QtBot, bundled_context: AppContext
) -> None:
    home = home_with(qtbot, bundled_context.library, width=600)
    home.resize(1200, 700)  # two cards a row now: the page gets much shorter
    settle_layout()
    assert _content(home).height() <= _lowest_bottom(home) + SLACK
