"""While the idle notice shows, the toolbar's controls that wait for "I'm still here" look it.

Back, Forward, Home, the search box and Reading settings do nothing over the notice (they would
show the last reader's pages), so they are greyed; Get help now and I'm finished work, and stay
as they are. Afterwards each control is as it was, Back and Forward as the history says.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from reader.ui.style import disabled_outline
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import WARNING, assert_fresh_home, show_notice


def _waiting(window: MainWindow) -> list[QWidget]:
    """The controls that do nothing while the notice shows."""
    return [
        window.back_button,
        window.forward_button,
        window.home_button,
        window.search_box,
        window.settings_button,
    ]


def _enabled(window: MainWindow) -> list[bool]:
    """Which toolbar controls are on, in order: the waiting ones, help, I'm finished."""
    controls = [*_waiting(window), window.help_button, window.leave_button]
    return [control.isEnabled() for control in controls]


def _back_and_forth(window: MainWindow) -> None:
    """Two articles read, then Back: both Back and Forward have somewhere to go."""
    assert window.open_article("calm-start")
    assert window.open_article("web-help")
    window.go_back()
    assert window.back_button.isEnabled()
    assert window.forward_button.isEnabled()


def _click(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    handle = window.windowHandle()
    assert handle is not None
    spot = widget.mapTo(window, widget.rect().center())
    qtbot.mouseClick(handle, Qt.MouseButton.LeftButton, pos=spot)


def _greyed_but_help_and_finish(window: MainWindow) -> None:
    assert not any(control.isEnabled() for control in _waiting(window))
    assert all(control.isVisible() for control in _waiting(window))  # nothing jumps
    assert window.help_button.isEnabled()
    assert window.leave_button.isEnabled()


def test_the_waiting_controls_are_greyed_and_i_m_still_here_restores_them(
    window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    _back_and_forth(window)
    before = _enabled(window)
    show_notice(guard, clock)
    _greyed_but_help_and_finish(window)
    clock.advance(WARNING - 1)
    guard.check_idle()  # the countdown goes on; they stay greyed
    _greyed_but_help_and_finish(window)
    guard.notice.button.click()  # I'm still here
    assert _enabled(window) == before


def test_back_and_forward_stay_off_after_the_notice_when_there_is_no_history(
    window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    assert not window.back_button.isEnabled()
    before = _enabled(window)
    show_notice(guard, clock)
    _greyed_but_help_and_finish(window)
    guard.notice.button.click()
    assert _enabled(window) == before
    assert not window.back_button.isEnabled()
    assert not window.forward_button.isEnabled()


def test_get_help_now_over_the_notice_leaves_the_toolbar_as_the_history_now_is(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    _back_and_forth(window)
    show_notice(guard, clock)
    _click(qtbot, window, window.help_button)
    assert window.location == "help"
    assert not guard.notice.isVisible()
    assert window.back_button.isEnabled()  # back to the article the reader was on
    assert not window.forward_button.isEnabled()  # opening help dropped the way forward
    assert all(c.isEnabled() for c in _waiting(window)[2:])


def test_f1_over_the_notice_gives_the_toolbar_back_too(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    show_notice(guard, clock)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.location == "help"
    assert not guard.notice.isVisible()
    assert window.back_button.isEnabled()  # back home
    assert all(c.isEnabled() for c in _waiting(window)[2:])


def test_after_a_reset_the_toolbar_is_a_fresh_session_s(
    window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    _back_and_forth(window)
    show_notice(guard, clock)
    clock.advance(WARNING)
    guard.check_idle()
    assert_fresh_home(window)  # Back and Forward off: nothing to go back to
    assert all(c.isEnabled() for c in _waiting(window)[2:])
    show_notice(guard, clock)  # and the next notice greys them again
    _greyed_but_help_and_finish(window)


def test_someone_new_gives_a_fresh_toolbar(
    window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    _back_and_forth(window)
    show_notice(guard, clock)
    guard.notice.new_button.click()
    assert_fresh_home(window)
    assert all(c.isEnabled() for c in _waiting(window)[2:])


def test_the_focus_goes_back_to_a_toolbar_button_that_was_greyed(
    window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    _back_and_forth(window)
    window.forward_button.setFocus(Qt.FocusReason.TabFocusReason)
    show_notice(guard, clock)
    assert QApplication.focusWidget() is guard.notice
    guard.notice.button.click()
    assert QApplication.focusWidget() is window.forward_button


def test_the_greyed_search_box_looks_greyed(
    window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    """Its outline turns to the greyed buttons' solid, quiet one, with no fill."""
    theme = window.theming.theme

    def left_edge(box: QWidget) -> set[str]:
        image = box.grab().toImage()
        return {image.pixelColor(0, y).name() for y in range(10, image.height() - 10)}

    assert left_edge(window.search_box) == {theme.control_border}
    show_notice(guard, clock)
    assert left_edge(window.search_box) == {disabled_outline(theme)}
    assert {b.isEnabled() for b in (window.back_button, window.home_button)} == {False}
    assert left_edge(window.home_button) == left_edge(window.search_box)  # one look for both
