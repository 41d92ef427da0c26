"""Back gives the focus back to where it was on the screen when the reader left it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.exercises.common import MemoryTextEdit
from reader.ui.main_window import MainWindow
from tests.ui.a11y_screens import (
    bundled_window_fixture,  # noqa: F401 - provides bundled_window
    open_screen,
)
from tests.ui.layout_tools import settle_layout
from tests.ui.window_helpers import in_view

ALT = Qt.KeyboardModifier.AltModifier


def typed_in(window: MainWindow, qtbot: QtBot, name: str) -> MemoryTextEdit:
    """Open a tool and type into its second box, as a reader filling it in does."""
    screen = open_screen(window, qtbot, name)
    if name == "reflections":  # an article's questions show once it is chosen
        screen.go_to_group(0)
    box = [b for b in screen.findChildren(MemoryTextEdit) if b.isVisible()][1]
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.hasFocus)
    settle_layout()
    # Scrolled down to it, where the page was read to (its top out of view).
    screen.verticalScrollBar().setValue(box.mapTo(screen.widget(), QPoint(0, 0)).y() - 20)
    assert in_view(screen, box)
    qtbot.keyClicks(box, "call my sister")
    return box


def key(qtbot: QtBot, which: Qt.Key, modifier: Qt.KeyboardModifier = ALT) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, which, modifier)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


@pytest.mark.parametrize("name", ["safety-plan", "reflections"])
def test_help_then_back_gives_the_focus_back_to_the_box(
    bundled_window: MainWindow, qtbot: QtBot, name: str
) -> None:
    """F1 then Back put the focus at the top of the plan: the box typed in had to be found."""
    box = typed_in(bundled_window, qtbot, name)
    key(qtbot, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    assert bundled_window.location == "help"
    key(qtbot, Qt.Key.Key_Left)  # Back
    assert bundled_window.location == name
    assert focused() is box
    assert in_view(bundled_window.stack.currentWidget(), box)
    assert box.toPlainText() == "call my sister"


def test_forward_then_back_again_still_finds_the_box(
    bundled_window: MainWindow, qtbot: QtBot
) -> None:
    box = typed_in(bundled_window, qtbot, "safety-plan")
    key(qtbot, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    key(qtbot, Qt.Key.Key_Left)
    key(qtbot, Qt.Key.Key_Right)  # Forward, to help: read from its top
    assert bundled_window.location == "help"
    help_panel = bundled_window.stack.currentWidget()
    assert focused() in (help_panel, *help_panel.findChildren(QWidget))
    key(qtbot, Qt.Key.Key_Left)
    assert focused() is box


def test_opening_a_tool_again_starts_at_its_top(bundled_window: MainWindow, qtbot: QtBot) -> None:
    """Negative control: a tool opened anew (not by Back) is read from its top, as before."""
    box = typed_in(bundled_window, qtbot, "safety-plan")
    key(qtbot, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    plan = open_screen(bundled_window, qtbot, "safety-plan")
    assert focused() is not box
    assert focused() is plan


def test_a_box_no_longer_shown_is_not_given_the_focus(
    bundled_window: MainWindow, qtbot: QtBot
) -> None:
    box = typed_in(bundled_window, qtbot, "safety-plan")
    key(qtbot, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    box.hide()  # gone while the reader was away
    key(qtbot, Qt.Key.Key_Left)
    plan = bundled_window.stack.currentWidget()
    assert focused() is plan  # the top of the page, where it is read from


def test_back_to_the_search_puts_the_keyboard_on_the_result_opened(
    bundled_window: MainWindow, qtbot: QtBot
) -> None:
    """The results had the focus with no result marked: the next Tab went to the first again."""
    window = bundled_window
    window.search_box.setText("trauma")
    window.search("trauma")
    results = window.search_view.results
    results.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    third, fourth = (f"lantern:article/{hit.article_id}" for hit in window.search_view.hits[2:4])
    assert results.focused_href() == third
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert window.location.startswith("article:")
    key(qtbot, Qt.Key.Key_Left)  # Back
    assert window.location == "search"
    assert focused() is results
    assert results.focused_href() == third
    key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    assert results.focused_href() == fourth  # on, not back to the first


def test_the_toolbar_s_back_leaves_no_result_marked(
    bundled_window: MainWindow, qtbot: QtBot
) -> None:
    """Negative control: the Back button keeps the focus, so no result looks focused too."""
    window = bundled_window
    window.search("trauma")
    results = window.search_view.results
    results.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    assert results.focused_link() is not None
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.location == "search"
    assert focused() is window.back_button
    assert results.focused_link() is None
