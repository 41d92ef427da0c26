"""Words an input method is still composing (not yet typed in) go with the reader's search.

A Chinese or Japanese keyboard, and some on-screen ones, show the words being composed in the
box before they are typed into it. Emptying the box left them there: "kill myself" stayed in
the toolbar's search box over the idle notice, and after a reset, for the next person to read.
"""

from __future__ import annotations

from PySide6.QtGui import QImage, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import show_notice


def compose(qtbot: QtBot, box: QLineEdit, words: str) -> None:
    """Compose words in the box, as an input method does before they are typed in."""
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QApplication.sendEvent(box, QInputMethodEvent(words, []))
    assert box.text() == ""  # shown in the box, but not typed into it yet


def looks(box: QLineEdit, *, greyed: bool = False) -> QImage:
    """How the box looks (without the focus, so with no blinking caret)."""
    assert not box.hasFocus()
    was = box.isEnabled()
    box.setEnabled(not greyed)
    image = box.grab().toImage()
    box.setEnabled(was)
    return image


def test_words_being_composed_are_not_shown_over_the_idle_notice(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = window.search_box
    empty = looks(box, greyed=True)  # as the notice holds it: empty and greyed
    compose(qtbot, box, "kill myself")
    show_notice(guard, clock)
    assert box.text() == ""
    assert not box.isEnabled()
    assert looks(box, greyed=True) == empty, "the words composed still show"


def test_words_being_composed_are_gone_after_a_reset(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard
) -> None:
    box = window.search_box
    empty = looks(box)
    compose(qtbot, box, "kill myself")
    guard.finish_session()
    assert window.location == "home"
    assert box.text() == ""
    assert looks(box) == empty, "the words composed still show"
