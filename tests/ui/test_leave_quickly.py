"""Leaving quickly: Esc twice in quick succession, and the Leave quickly button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.double_press import DOUBLE_PRESS_SECONDS
from reader.ui.coping_screens import SCREENS as COPING_SCREENS
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.reading_tools import POPUP_NOISE
from tests.ui.window_helpers import SCREENS, Click, MakeWindow, Press, go_to

ESC = Qt.Key.Key_Escape


# --- leaving quickly ---------------------------------------------------------------------


def esc_twice(qtbot: QtBot, clock: FakeClock, target: QWidget) -> None:
    """Esc, and Esc again 0.4 s later (well within the time allowed)."""
    qtbot.keyClick(target, ESC)
    clock.advance(0.4)
    qtbot.keyClick(target, ESC)


def test_esc_twice_closes_the_window(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    with qtbot.waitSignal(window.left_quickly):
        esc_twice(qtbot, clock, window)
    assert not window.isVisible()


def test_esc_twice_still_closes_after_a_restyle(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    window.theming.set_theme("dark")  # a restyle sets the application's filters aside a moment
    window.theming.zoom_in()
    with qtbot.waitSignal(window.left_quickly):
        esc_twice(qtbot, clock, window)
    assert not window.isVisible()


def test_esc_twice_still_closes_on_every_screen_opened_since(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    for name in SCREENS:  # showing a screen sets the application's filters aside a moment
        go_to(window, name)
    focused = window.focusWidget() or window
    with qtbot.waitSignal(window.left_quickly):
        esc_twice(qtbot, clock, focused)
    assert not window.isVisible()


def test_showing_a_screen_never_runs_an_event_loop(
    make_window: MakeWindow, bundled_context: AppContext, qtbot: QtBot
) -> None:
    """The key filters step aside while a screen is shown: a dialog then would be inescapable.

    A timer due at once fires only when an event loop runs: if it fired during the switch,
    something in it ran one (a dialog's exec(), say).
    """
    window = make_window(bundled_context)
    fired: list[str] = []
    for name in ("help", "privacy", "shortcuts", *COPING_SCREENS, "article"):
        QTimer.singleShot(0, window, lambda n=name: fired.append(n))
        if name == "article":
            assert window.open_article("understanding-self-harm")
        else:
            assert window.open_screen(name), name
        assert fired == [], f"an event loop ran while {name} was shown"
        qtbot.waitUntil(lambda n=name: fired == [n])  # it fires here, outside the switch
        fired.clear()


def test_esc_once_does_not_close(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    qtbot.keyClick(window, ESC)
    clock.advance(0.4)
    qtbot.keyClick(window, Qt.Key.Key_A)
    assert window.isVisible()


def test_esc_twice_far_apart_does_not_close(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    qtbot.keyClick(window, ESC)
    clock.advance(DOUBLE_PRESS_SECONDS + 0.5)
    qtbot.keyClick(window, ESC)
    assert window.isVisible()
    # The late press starts a new pair: one more quick press completes it.
    clock.advance(0.3)
    with qtbot.waitSignal(window.left_quickly):
        qtbot.keyClick(window, ESC)
    assert not window.isVisible()


@pytest.mark.parametrize("screen", SCREENS)
def test_one_esc_on_a_focused_widget_is_counted_once(
    window: MainWindow, qtbot: QtBot, press: Press, clock: FakeClock, screen: str
) -> None:
    # A single press travels from the focus widget up through every parent that ignores it;
    # that must still count as one press, or one Esc would close the window.
    go_to(window, screen)
    press(ESC)
    assert window.isVisible()
    clock.advance(0.3)
    press(ESC)
    assert not window.isVisible()


def test_one_esc_delivered_like_a_real_key_press_is_counted_once(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    # Through the QWindow, exactly as the platform delivers a key press.
    window.search_box.setFocus()
    handle = window.windowHandle()
    qtbot.keyClick(handle, ESC)
    assert window.isVisible()
    clock.advance(0.3)
    qtbot.keyClick(handle, ESC)
    assert not window.isVisible()


def test_leave_quickly_button_closes_at_once(
    window: MainWindow, qtbot: QtBot, click: Click
) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    assert window.leave_button.text() == "Leave quickly"
    with qtbot.waitSignal(window.left_quickly):
        click(window.leave_button)
    assert not window.isVisible()
    assert not other.isVisible()  # every other Lantern window goes too


def test_leave_quickly_is_visible_on_every_screen(window: MainWindow) -> None:
    for screen in SCREENS:
        go_to(window, screen)
        assert window.leave_button.isVisible()
        assert window.search_box.isVisible()


# --- an Esc that closes a list or a dialog ------------------------------------------------


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_esc_closing_a_list_is_not_the_first_of_two(
    started_window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    """Esc closes the country list; the next Esc alone must not close Lantern."""
    window = started_window
    window.open_help()
    box = window.screens["help"].region_box  # type: ignore[attr-defined]
    box.showPopup()
    popup = QApplication.activePopupWidget()
    assert popup is not None
    qtbot.keyClick(popup, ESC)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    clock.advance(0.4)
    qtbot.keyClick(window, ESC)
    assert window.isVisible()
    clock.advance(0.4)
    with qtbot.waitSignal(window.left_quickly):  # two at the window still leave
        qtbot.keyClick(window, ESC)


def test_esc_closing_a_dialog_is_not_the_first_of_two(
    started_window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    """Esc cancels Save a copy; the next Esc alone must not close Lantern and lose the plan."""
    from reader.ui.export import SaveChooser

    window = started_window
    window.open_screen("safety-plan")
    dialog = SaveChooser("my-safety-plan", window)

    def press_esc_in_dialog() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(10, press_esc_in_dialog)
            return
        qtbot.keyClick(modal, ESC)

    QTimer.singleShot(0, press_esc_in_dialog)
    dialog.exec()
    assert not dialog.isVisible()
    clock.advance(0.4)
    qtbot.keyClick(window, ESC)
    assert window.isVisible()
    assert window.location == "safety-plan"


@pytest.mark.parametrize("screen", ["safety-plan", "reflections"])
def test_esc_on_the_clear_question_keeps_it_and_is_not_the_first_of_two(
    started_window: MainWindow, qtbot: QtBot, clock: FakeClock, screen: str
) -> None:
    """Esc on "Clear everything you typed?" means Keep it; the reader's next Esc alone must not
    close Lantern: the question stayed open, a second Esc left, and the typed plan was lost."""
    window = started_window
    window.open_article("understanding-self-harm")
    window.article_view.prompt_boxes[0].setPlainText("something private")  # for reflections
    assert window.open_screen(screen)
    page = window.stack.currentWidget()
    box = page.findChildren(QPlainTextEdit)[0]
    box.setPlainText("Tired, not eating")
    actions = page.document_actions
    actions.clear_button.setFocus()
    qtbot.waitUntil(actions.clear_button.hasFocus)
    qtbot.keyClick(actions.clear_button, Qt.Key.Key_Space)
    qtbot.waitUntil(actions.keep_button.hasFocus)
    with qtbot.assertNotEmitted(actions.clear_confirmed):
        qtbot.keyClick(actions.keep_button, ESC)
    assert not actions.confirm_box.isVisible()
    assert QApplication.focusWidget() is actions.clear_button  # back where the reader was
    clock.advance(0.8)
    qtbot.keyClick(actions.clear_button, ESC)  # only the first Esc at the page
    assert window.isVisible()
    assert window.location == screen
    assert box.toPlainText() == "Tired, not eating"
    clock.advance(0.4)
    with qtbot.waitSignal(window.left_quickly):  # two at the page still leave
        qtbot.keyClick(actions.clear_button, ESC)
