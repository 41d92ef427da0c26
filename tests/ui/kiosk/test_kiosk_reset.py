"""Kiosk reset: leaving resets instead of closing, and a reset leaves nothing behind."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.kiosk import RESET_STEPS, missing_reset_steps
from reader.themes import LIGHT
from reader.ui.help_panel import HelpPanel
from reader.ui.home import TOOLS
from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from reader.ui.search_view import SearchView
from reader.ui.web_address import WebAddressDialog
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import (
    WEB_URL,
    article_view,
    assert_fresh_home,
    prompt_box,
    type_into,
    typed_session,
    visible_popups,
)


def search_view(window: MainWindow) -> SearchView:
    """The window's search results view."""
    view = window.search_view
    assert isinstance(view, SearchView)
    return view


def editable_boxes(root: QWidget) -> list[QWidget]:
    """Every text box under root that a reader could type into."""
    boxes: list[QWidget] = [b for b in root.findChildren(QLineEdit)]
    boxes += [b for b in root.findChildren(QPlainTextEdit) if not b.isReadOnly()]
    boxes += [b for b in root.findChildren(QTextEdit) if not b.isReadOnly()]
    return boxes


def box_text(box: QWidget) -> str:
    """The text in a line edit or a text edit."""
    if isinstance(box, QLineEdit):
        return box.text()
    assert isinstance(box, QPlainTextEdit | QTextEdit)
    return box.toPlainText()


def can_undo(box: QWidget) -> bool:
    """Whether undo could bring earlier text back."""
    if isinstance(box, QLineEdit):
        return box.isUndoAvailable()
    assert isinstance(box, QPlainTextEdit | QTextEdit)
    return box.document().isUndoAvailable()


def flush_deletes() -> None:
    """Let deleteLater() run, as it does the moment control returns to the event loop.

    Deferred deletions are delivered only when asked for by name; this does just that, at
    once, and waits for nothing else.
    """
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# --- leaving resets instead of closing ------------------------------------------------------


def test_im_finished_resets_instead_of_closing(qtbot: QtBot, window: MainWindow) -> None:
    typed_session(qtbot, window)
    with qtbot.waitSignal(window.left_quickly):
        window.leave_button.click()
    assert window.isVisible()
    assert window.search_box.text() == ""
    assert_fresh_home(window)


def test_escape_twice_resets_instead_of_closing(qtbot: QtBot, window: MainWindow) -> None:
    typed_session(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.location == "search"  # one Esc does nothing yet
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert window.search_box.text() == ""
    assert_fresh_home(window)


def test_escape_presses_far_apart_do_not_reset(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    typed_session(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    clock.advance(5)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.location == "search"
    assert window.search_box.text() == "breathing"


# --- a reset leaves nothing behind ----------------------------------------------------------


def open_every_tool(qtbot: QtBot, window: MainWindow) -> list[QWidget]:
    """Open each coping tool and type into each of its boxes; returns the boxes."""
    typed = []
    for screen, _ in TOOLS:
        assert window.open_screen(screen), screen  # a tool missing in kiosk mode is a bug
        page = window.stack.currentWidget()
        assert page is not None
        for box in editable_boxes(page):
            if box.isEnabled():
                type_into(qtbot, box, "tool words")
                typed.append(box)
    return typed


def test_reset_leaves_no_typed_text_and_no_undo(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard
) -> None:
    box = typed_session(qtbot, window)
    tool_boxes = open_every_tool(qtbot, window)
    type_into(qtbot, window.search_box, "calm")  # leaving the search emptied the box
    assert window.search_box.isUndoAvailable()
    assert box.document().isUndoAvailable()
    typed = [box, window.search_box, *tool_boxes]
    done = guard.reset()
    flush_deletes()
    assert missing_reset_steps(done) == ()
    assert done == list(RESET_STEPS)
    for widget in typed:
        if shiboken6.isValid(widget):  # a deleted box holds nothing
            assert box_text(widget) == ""
            assert not can_undo(widget)
    for widget in editable_boxes(window):
        assert box_text(widget) == ""
        assert not can_undo(widget)
    window.search_box.undo()
    assert window.search_box.text() == ""
    assert search_view(window).query == ""
    assert search_view(window).hits == []
    assert search_view(window).results.toPlainText() == ""
    assert_fresh_home(window)


def test_reset_forgets_the_searches_kept_in_the_history(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard
) -> None:
    typed_session(qtbot, window)  # a search for "breathing"
    prompt_box(window)  # leaving the search keeps its words with its entry, for Back
    assert "breathing" in repr(window.history)
    with qtbot.waitSignal(window.left_quickly):
        window.leave_button.click()  # I'm finished
    assert "breathing" not in repr(window.history)
    assert window.history.kept() is None
    assert_fresh_home(window)


def test_reset_forgets_prompt_answers_kept_for_the_session(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard
) -> None:
    typed_session(qtbot, window)
    assert prompt_box(window).toPlainText() == "my private answer"  # kept while reading
    guard.reset()
    flush_deletes()
    assert article_view(window).article is None
    reopened = prompt_box(window)
    assert reopened.toPlainText() == ""
    assert not reopened.document().isUndoAvailable()


def test_reset_restores_the_clinic_display_settings(window: MainWindow, guard: KioskGuard) -> None:
    assert (window.theming.zoom, window.theming.choice) == (110, "light")
    window.theming.zoom_in()
    window.theming.zoom_in()
    window.theming.set_theme("dark")
    window.theming.set_easier_reading(True)
    assert window.theming.zoom == 150
    guard.reset()
    assert window.theming.zoom == 110
    assert window.theming.choice == "light"
    assert window.theming.easier_reading is False


def test_reset_draws_the_clinic_display_once_the_dropped_screens_are_gone(
    window: MainWindow, guard: KioskGuard
) -> None:
    window.open_screen("safety-plan")
    window.theming.zoom_in()
    window.theming.set_theme("dark")
    guard.reset()
    flush_deletes()  # the restyle waits for the screens the reset dropped
    assert f"background: {LIGHT.background}" in window.styleSheet()
    titles = window.home.findChildren(QLabel, "pageTitle")
    assert QApplication.font().pointSizeF() == 13.2  # the clinic's 110%
    assert [t.font().pointSizeF() for t in titles] == [25.2]  # 12 points over the body text


def test_a_window_gone_before_the_restyle_is_left_alone(
    qtbot: QtBot, kiosk_context: AppContext
) -> None:
    window = MainWindow(kiosk_context)  # not handed to qtbot: this test deletes it
    window.show()
    window.theming.zoom_in()
    window.open_screen("safety-plan")
    window.kiosk_guard.reset()  # the clinic's text size waits for the dropped screens
    window.kiosk_guard.detach()
    shiboken6.delete(window)  # gone at once, before the event loop runs again
    with qtbot.captureExceptions() as raised:
        flush_deletes()  # the marker goes now, and finds no window to restyle
    assert raised == []
    assert not shiboken6.isValid(window)


def test_reset_clears_what_lantern_copied(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard
) -> None:
    box = prompt_box(window)
    type_into(qtbot, box, "copied secret")
    box.selectAll()
    box.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "copied secret"
    guard.reset()
    assert clipboard.text() == ""


# A popup menu on the offscreen platform; one marker replaces the folder's size-hint one.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing|propagateSizeHints)")
def test_reset_closes_dialogs_menus_and_the_help_region(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard
) -> None:
    window.open_help()
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    panel.set_region("US")
    dialog = WebAddressDialog(WEB_URL, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    message = QMessageBox(QMessageBox.Icon.Information, "Note", "A note", parent=window)
    message.open()
    menu = window.settings_button.menu()
    menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(menu.isVisible)
    assert len(visible_popups()) == 3
    guard.reset()
    flush_deletes()
    assert visible_popups() == []
    assert not shiboken6.isValid(panel)  # rebuilt next time, in the clinic's region
    window.open_help()
    fresh = window.screens["help"]
    assert isinstance(fresh, HelpPanel)
    assert fresh.region == "GB"
