"""In kiosk mode too, the Esc that cancels "Clear everything you typed?" is not half a reset."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import assert_fresh_home, type_into

ESC = Qt.Key.Key_Escape


def test_esc_on_the_clear_question_is_not_the_first_of_two(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Esc keeps the plan; the next Esc alone must not wipe it for the next person's reset."""
    window.finish_start()  # the key watchers, as after the first paint
    assert window.open_screen("safety-plan")
    page = window.stack.currentWidget()
    box = page.findChildren(QPlainTextEdit)[0]
    type_into(qtbot, box, "Tired, not eating")
    actions = page.document_actions
    actions.clear_button.setFocus()
    qtbot.keyClick(actions.clear_button, Qt.Key.Key_Space)
    qtbot.waitUntil(actions.keep_button.hasFocus)
    qtbot.keyClick(actions.keep_button, ESC)
    assert not actions.confirm_box.isVisible()
    assert QApplication.focusWidget() is actions.clear_button
    clock.advance(0.8)
    qtbot.keyClick(actions.clear_button, ESC)
    assert window.location == "safety-plan"
    assert box.toPlainText() == "Tired, not eating"
    clock.advance(0.4)
    with qtbot.waitSignal(window.left_quickly):  # two at the page still reset
        qtbot.keyClick(actions.clear_button, ESC)
    assert window.isVisible()
    assert_fresh_home(window)
