"""The idle notice fits a small laptop's window at every text size: its two choices side by side,
the same size, and no word of it cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import IDLE
from tests.ui.layout_tools import cut_short, squeezed
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
