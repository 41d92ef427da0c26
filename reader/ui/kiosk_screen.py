"""A kiosk window covers its whole screen and keeps the keyboard, window manager or not."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from reader.ui.widgets import qapp

MOST_RETRIES = 3  # full screen asked for again, in a row, before the window manager wins
HELD_MS = 2000  # full screen kept this long, and the window manager let it be


class FillScreen(QObject):
    """Keeps a window over its screen's whole area, and follows that screen as it changes.

    Full screen is a request to the window manager. A kiosk started straight from xinit has
    none, and there the window stayed at its own size in a corner of the screen, with the
    desktop behind it in view. Setting the geometry as well works with or without one.

    A window manager can also take the window out of full screen, or minimise it (Super+Down,
    Alt+F9): the desktop stayed in view until someone restarted Lantern. Once shown, any
    such change is undone, a few times in a row at most: a window manager that refuses full
    screen outright would otherwise be asked thousands of times a second.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._screen: QScreen | None = None
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(0)  # once Qt has finished the change, not inside it
        self._again.timeout.connect(self._full_screen_again)
        self._refused = 0  # times full screen was asked for again since it last held
        # Full screen must hold a while before a later change counts as a new one: showing it
        # reports full screen at once, even to a window manager about to take it back.
        self.held = QTimer(self)
        self.held.setSingleShot(True)
        self.held.setInterval(HELD_MS)
        self.held.timeout.connect(self._forget_refusals)

    def show(self) -> None:
        """Show the window full screen, over the whole of its screen."""
        window = self._window
        self._watch(window.screen())
        window.showFullScreen()
        handle = window.windowHandle()
        if handle is not None:
            handle.screenChanged.connect(self._watch)
        self.fill()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Put the window back to full screen when something took it out, or minimised it."""
        if event.type() == QEvent.Type.WindowStateChange and watched is self._window:
            state = self._window.windowState()
            full = bool(state & Qt.WindowState.WindowFullScreen)
            if full and not state & Qt.WindowState.WindowMinimized:
                self.held.start()
                return False
            self.held.stop()
            # Not once the window is closed or hidden (the PIN closed it, say).
            if self._window.isVisible() and self._refused < MOST_RETRIES:
                self._again.start()  # one request, however many changes Qt reports
        return False

    def _forget_refusals(self) -> None:
        self._refused = 0  # full screen held: a later change may be put right again

    def _full_screen_again(self) -> None:
        self._refused += 1
        self._window.showFullScreen()
        self.fill()

    def fill(self) -> None:
        """Give the window its screen's whole geometry (it may have changed size)."""
        screen = self._window.screen()
        if screen is not None and self._window.geometry() != screen.geometry():
            self._window.setGeometry(screen.geometry())

    def _watch(self, screen: QScreen | None) -> None:
        """Follow a new screen's size (a monitor swapped, a resolution changed)."""
        old = self._screen
        if old is not None and shiboken6.isValid(old):
            old.geometryChanged.disconnect(self._on_resize)
        self._screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self._on_resize)
        self.fill()

    def _on_resize(self, _geometry: object) -> None:
        self.fill()


class KeyboardHome(QObject):
    """Gives the keyboard back to the kiosk window when no window of Lantern's has it.

    A window manager hands the keyboard back to the window under a dialog that closes. A kiosk
    started straight from xinit has none: the X server gave the keyboard to the bare screen,
    and F1, Esc twice and typing did nothing until someone clicked (after the PIN prompt, the
    web address, or a reset closing a dialog left open). Qt does not always say so: a dialog
    destroyed once closed leaves no window with the keyboard and no focusWindowChanged. So it
    looks both when Qt says no window has the keyboard and when another window of Lantern's
    (a dialog, a menu) hides. With a window manager, this also takes the keyboard back from
    another program, which is what a kiosk wants.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)  # once Qt has finished closing what had the keyboard
        self._later.timeout.connect(self.take_back)
        self._watching = True
        qapp().focusWindowChanged.connect(self._focus_moved)

    def _focus_moved(self, focus: QWindow | None) -> None:
        if focus is None:
            self._later.start()

    def window_hidden(self, widget: QWidget) -> None:
        """A window of Lantern's hid: if it had the keyboard, the keyboard may have gone too."""
        if widget is not self._window:
            self._later.start()

    def take_back(self) -> None:
        """With no window of Lantern's holding the keyboard, give it to the top one."""
        window = self._window
        focus = QGuiApplication.focusWindow()
        if (focus is not None and focus.isVisible()) or not window.isVisible():
            return  # one of Lantern's windows has it (or the kiosk window is gone)
        if QApplication.activePopupWidget() is not None:
            return  # a menu or a list is open, and has it
        modal = QApplication.activeModalWidget()  # a dialog still open over the window
        (modal if modal is not None else window).activateWindow()

    def detach(self) -> None:
        """Stop watching (the window is closing for good)."""
        self._later.stop()
        if self._watching:  # detached once only: the window may be closed more than once
            self._watching = False
            qapp().focusWindowChanged.disconnect(self._focus_moved)


def show_kiosk_window(window: QWidget) -> FillScreen:
    """Show a kiosk window over its whole screen; the returned helper lives with the window."""
    filler = FillScreen(window)
    filler.show()
    return filler
