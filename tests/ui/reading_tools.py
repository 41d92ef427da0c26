"""Helpers for keyboard tests of reading: the focused link in a text browser, its ring, and
choosing from Reading settings while the focus stays where it is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QTextEdit
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.style import FOCUS_COLOUR_PROPERTY

POPUP_NOISE = r"This plugin does not support (raise|grabbing|propagateSizeHints)"


def focused_link_box(browser: QTextEdit) -> QRect:
    """The focused link's box in the browser's viewport (the link must fit on one line)."""
    selection = browser.textCursor()
    start = QTextCursor(browser.document())
    start.setPosition(selection.selectionStart())
    end = QTextCursor(browser.document())
    end.setPosition(selection.selectionEnd())
    left, right = browser.cursorRect(start), browser.cursorRect(end)
    assert left.top() == right.top(), "the link should fit on one line"
    return QRect(left.topLeft(), right.bottomLeft())


def ring_pixels(image: QImage, colour: QColor, xs: range, ys: range) -> int:
    """How many pixels in an area are (nearly) the given colour."""
    near = 0
    for x in xs:
        for y in ys:
            found = image.pixelColor(x, y)
            diff = abs(found.red() - colour.red()) + abs(found.green() - colour.green())
            near += diff + abs(found.blue() - colour.blue()) <= 40
    return near


def ring_colour(browser: QTextEdit) -> QColor:
    """The colour the focused link's ring is drawn in: the theme's focus colour."""
    app = QApplication.instance()
    value = app.property(FOCUS_COLOUR_PROPERTY) if app is not None else None
    assert isinstance(value, str), "the theme sets the focus colour on the application"
    return QColor(value)


def ringed(browser: QTextEdit, box: QRect) -> bool:
    """Whether a 2-pixel ring in the theme's focus colour is drawn around a box.

    Qt's own mark was a 1-pixel dotted line in the text colour: this finds no pixel of it.
    """
    image = browser.viewport().grab().toImage()
    ring = ring_colour(browser)
    middle = range(box.top() + 3, box.bottom() - 3)
    across = range(box.left() + 2, box.right() - 2)
    left = ring_pixels(image, ring, range(box.left() - 4, box.left()), middle)
    # A cursor's box reaches about a pixel past the last letter: the ring starts there.
    right = ring_pixels(image, ring, range(box.right() - 1, box.right() + 3), middle)
    top = ring_pixels(image, ring, across, range(box.top() - 3, box.top() + 1))
    bottom = ring_pixels(image, ring, across, range(box.bottom(), box.bottom() + 4))
    return min(left, right) >= len(middle) and min(top, bottom) >= len(across)


def ring_left(browser: QTextEdit, box: QRect) -> int:
    """Pixels of the ring colour just left of a box (none once the ring has moved on)."""
    image = browser.viewport().grab().toImage()
    ring = ring_colour(browser)
    return ring_pixels(
        image, ring, range(box.left() - 4, box.left()), range(box.top() + 3, box.bottom() - 3)
    )


def choose_in_reading_settings(
    qtbot: QtBot, click: Callable[..., None], window: MainWindow, item: str
) -> None:
    """Open Reading settings with the mouse (the focus stays put) and pick an item by key."""
    chosen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, pick)
            return
        menu.setActiveAction(next(a for a in menu.actions() if a.text() == item))
        qtbot.keyClick(menu, Qt.Key.Key_Return)
        chosen.append(item)

    QTimer.singleShot(0, pick)
    click(window.settings_button)
    qtbot.waitUntil(lambda: chosen == [item] and QApplication.activePopupWidget() is None)
    # The desktop gives the window back its activation when the menu closes; the offscreen
    # test platform does not, so the test does.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
