"""Accessibility helpers: status announcements, keyboard order, and focus after navigation."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QTextBrowser, QToolButton, QWidget

from reader.ui.focus import focus_is_in

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

# Qt 6.8 added announcements; on older Qt a changed name is the next best thing.
_ANNOUNCEMENT = getattr(QtGui, "QAccessibleAnnouncementEvent", None)


def announce(source: QObject, text: str, *, assertive: bool = False) -> None:
    """Ask a screen reader to say a status change (politely, unless it is urgent).

    Costs nothing when no assistive technology is listening: Qt drops the event.
    """
    if not text:
        return
    if _ANNOUNCEMENT is None:
        post_event(QAccessibleEvent(source, QAccessible.Event.NameChanged))
        return
    event = _ANNOUNCEMENT(source, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    post_event(event)


def post_event(event: QAccessibleEvent) -> None:
    """Hand an accessibility event to Qt (and so to a screen reader, if one is listening).

    The one place Lantern's announcements leave it: a test replaces this to hear them.
    """
    QAccessible.updateAccessibility(event)


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Make Tab visit these widgets in this order (they must share one window)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def install(window: MainWindow) -> None:
    """Keyboard order for the toolbar as it looks, and focus that follows navigation."""
    # The help buttons are made before the settings button, but sit to its right; in a narrow
    # window they share the first row with Back and Forward. Tab follows the rows.
    window.toolbar.chain_tabs()
    # Without the arrows their texts show: a screen reader would say "leftwards arrow, Back".
    window.back_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Back"))
    window.forward_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Forward"))
    for clear in window.search_box.findChildren(QToolButton):  # the line edit's clear button
        clear.setAccessibleName(QCoreApplication.translate("MainWindow", "Clear search"))
    pressed: list[QWidget] = []  # the toolbar button pressed last, if any
    for button in (window.back_button, window.forward_button, window.home_button):
        button.pressed.connect(lambda b=button: pressed.__setitem__(slice(None), [b]))
    window.location_changed.connect(lambda _location: _after_navigation(window, pressed))


def _after_navigation(window: MainWindow, pressed: list[QWidget]) -> None:
    # Keep focus on a toolbar button the reader just pressed (so Back can be pressed again);
    # a shortcut such as F1 moves focus to the new screen even from the toolbar.
    keep = pressed[0] if pressed else None
    pressed.clear()
    focus_current_screen(window, keep=keep)


def let_go_of(screen: QWidget | None, window: QWidget, next_screen: QWidget) -> None:
    """Before another screen is shown, take the focus off the one going away.

    Hidden with the focus in it, a screen hands the focus to the first control of the next
    (the region chooser, for F1 pressed on a page), which then looked like a choice made.
    """
    if screen is not None and screen is not next_screen and focus_is_in(screen):
        window.setFocus(Qt.FocusReason.OtherFocusReason)


def focus_current_screen(
    window: MainWindow, keep: QWidget | None = None, *, typing_done: bool = False
) -> bool:
    """After navigating, put focus on the new screen, where a screen reader starts reading.

    Without this, focus stays on a control of the screen just hidden (or nowhere), and a
    screen reader says nothing about where the reader now is. Typing in the search box keeps
    focus there while the search screen shows (unless typing_done: Enter opened a result), and
    so does the toolbar button just pressed (keep). F1, Alt+Home or Back pressed in the search
    box move it to the new screen: the box is emptied there, and nothing was said.
    """
    focus = QApplication.focusWidget()
    screen = window.stack.currentWidget()
    if screen is None or (focus is not None and screen.isAncestorOf(focus)):
        return False
    typing = window.location == "search" and not typing_done
    stays = (window.search_box, keep) if typing else (keep,)
    if focus is not None and focus.isVisible() and focus in stays:
        return False
    _reading_target(screen).setFocus(Qt.FocusReason.OtherFocusReason)
    return True


def focus_top_of(screen: QWidget) -> None:
    """If the focus is inside this screen, take it to the top, where the screen is read from.

    Alt+Home on the home page scrolls it to the top: focus left on a card far below the window
    was out of sight, and the next Tab went on from there.
    """
    if focus_is_in(screen):
        _reading_target(screen).setFocus(Qt.FocusReason.OtherFocusReason)


def _reading_target(screen: QWidget) -> QWidget:
    """Where a screen is read from: the page itself, or its main text (search, help)."""
    if screen.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return screen
    texts = screen.findChildren(QTextBrowser)
    return texts[0] if texts else screen
