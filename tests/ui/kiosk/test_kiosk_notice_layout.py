"""The idle notice fits a small laptop's window at every text size: its two choices side by side,
the same size, and no word of it cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QScrollBar, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import IDLE
from tests.ui.layout_tools import cut_short, squeezed
from tests.ui.wheel_tools import CTRL, turn_wheel
from tests.ui.window_helpers import sized


def clipped(notice: QWidget) -> list[str]:
    """Visible parts of the notice that reach past its edges (cut off by the window)."""
    inside = notice.rect()
    found = []
    for child in notice.findChildren(QWidget):
        if child.isVisible():
            where = QRect(child.mapTo(notice, child.rect().topLeft()), child.size())
            if not inside.contains(where):
                found.append(f"{type(child).__name__} {getattr(child, 'text', str)()[:30]!r}")
    return found


@pytest.mark.parametrize("zoom", [100, 150, 200])
def test_the_notice_fits_a_1024_by_700_window(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock, zoom: int
) -> None:
    sized(window, qtbot, 1024, zoom, height=700)
    clock.advance(IDLE)
    guard.check_idle()
    notice = guard.notice
    assert notice.isVisible()
    assert notice.geometry() == window.centralWidget().geometry()

    def problems() -> list[str]:
        return cut_short(notice) + squeezed(notice) + clipped(notice)

    qtbot.waitUntil(lambda: not problems())
    still_here, someone_new = notice.choices()
    # Two equal choices, side by side: neither looks like the one to press.
    assert still_here.size() == someone_new.size()
    assert still_here.y() == someone_new.y()
    assert still_here.x() < someone_new.x()
    assert still_here.objectName() == someone_new.objectName()
    assert still_here.font() == someone_new.font()


@pytest.mark.parametrize(("width", "height"), [(700, 560), (557, 480)])
def test_at_200_percent_in_a_small_window_the_notice_scrolls_rather_than_squeezes(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock, width: int, height: int
) -> None:
    """Its words needed more height than the window had: lines were cut and buttons crushed."""
    sized(window, qtbot, width, 200, height=height)
    clock.advance(IDLE)
    guard.check_idle()
    notice = guard.notice
    qtbot.waitUntil(lambda: not cut_short(notice) and not squeezed(notice))
    still_here, someone_new = notice.choices()
    assert still_here.height() >= still_here.sizeHint().height()
    assert clipped_within(notice, someone_new)  # below the fold: the notice scrolls
    qtbot.waitUntil(notice.hasFocus)
    for choice in (still_here, someone_new):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert choice.hasFocus()
        qtbot.waitUntil(lambda c=choice: not clipped_within(notice, c))


def clipped_within(notice: QWidget, child: QWidget) -> bool:
    """The child reaches past the notice's edges (scrolled out of view)."""
    where = QRect(child.mapTo(notice, child.rect().topLeft()), child.size())
    return not notice.rect().contains(where)


def ctrl_wheel(notice: QWidget, notches: int) -> None:
    """Turn the wheel with Ctrl held over the middle of the notice, as a person does."""
    scroller = notice.findChild(QScrollArea)
    assert scroller is not None
    # Qt passes on to the scroller's viewport the wheel its labels and buttons do not take.
    turn_wheel(scroller.viewport(), notches, CTRL)


def scrolling_notice(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> tuple[QWidget, QScrollBar]:
    """The idle notice at 200% in a small window, where it scrolls; and its scroll bar."""
    sized(window, qtbot, 700, 200, height=560)
    clock.advance(IDLE)
    guard.check_idle()
    notice = guard.notice
    scroller = notice.findChild(QScrollArea)
    assert scroller is not None
    scroll_bar = scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll_bar.maximum() > 0)
    return notice, scroll_bar


def test_ctrl_wheel_over_the_notice_sizes_the_text_as_the_zoom_keys_do(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    """Someone who cannot read the notice makes its text larger, as they did on the page."""
    notice, scroll_bar = scrolling_notice(qtbot, window, guard, clock)
    ctrl_wheel(notice, -1)
    assert window.theming.zoom == 175
    assert scroll_bar.value() == 0  # it sized the text; it did not scroll a screen
    ctrl_wheel(notice, -2)
    assert window.theming.zoom == 125
    assert notice.isVisible()  # and the countdown goes on: it is not "I'm still here"


def test_the_notice_shows_from_its_title_each_time(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    """Scrolled down to its buttons once, it came back scrolled down, its title out of view."""
    notice, scroll_bar = scrolling_notice(qtbot, window, guard, clock)
    still_here, someone_new = notice.choices()
    someone_new.setFocus(Qt.FocusReason.TabFocusReason)  # Tab scrolls it into view
    qtbot.waitUntil(lambda: scroll_bar.value() > 0)
    still_here.click()
    clock.advance(IDLE)
    guard.check_idle()
    assert notice.isVisible()
    assert scroll_bar.value() == 0
