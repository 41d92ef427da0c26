"""What counts as a reader's activity in kiosk mode, so the idle notice waits for them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QInputMethodQueryEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import IDLE, WARNING, prompt_box, show_notice


def _compose(widget: QWidget, reading: str, text: str) -> None:
    """What an input method (ibus, a Windows IME) sends: the reading, then the chosen text."""
    QApplication.sendEvent(widget, QInputMethodEvent(reading, []))
    commit = QInputMethodEvent("", [])
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)


def test_typing_through_an_input_method_counts_as_activity(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    # A reader writing Chinese or Japanese sends no key presses the window sees, only these.
    box = prompt_box(window)
    box.setFocus()
    for _ in range(4):
        clock.advance(IDLE / 2)
        _compose(box, "ni", "你")
        guard.check_idle()
        assert not guard.notice.isVisible()
    assert box.toPlainText() == "你" * 4
    clock.advance(IDLE - 1)
    # Qt asks the box about the input method by itself, all the time: that is not the reader.
    QApplication.sendEvent(box, QInputMethodQueryEvent(Qt.InputMethodQuery.ImQueryAll))
    clock.advance(1)
    guard.check_idle()
    assert guard.notice.isVisible()


def test_an_input_method_over_the_notice_is_not_i_m_still_here(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = prompt_box(window)
    box.setFocus()
    _compose(box, "ni", "你")
    show_notice(guard, clock)
    focus = QApplication.focusWidget()
    assert focus is not None
    _compose(focus, "ni", "好")  # perhaps the next person's: the countdown goes on
    assert guard.notice.isVisible()
    clock.advance(WARNING)
    guard.check_idle()
    assert not guard.notice.isVisible()
    assert box.toPlainText() == ""
