"""A kiosk window covers its whole screen, with or without a window manager."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget


class FillScreen(QObject):
    """Keeps a window over its screen's whole area, and follows that screen as it changes.

    Full screen is a request to the window manager. A kiosk started straight from xinit has
    none, and there the window stayed at its own size in a corner of the screen, with the
    desktop behind it in view. Setting the geometry as well works with or without one.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._screen: QScreen | None = None

    def show(self) -> None:
        """Show the window full screen, over the whole of its screen."""
        window = self._window
        self._watch(window.screen())
        window.showFullScreen()
        handle = window.windowHandle()
        if handle is not None:
            handle.screenChanged.connect(self._watch)
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


def show_kiosk_window(window: QWidget) -> FillScreen:
    """Show a kiosk window over its whole screen; the returned helper lives with the window."""
    filler = FillScreen(window)
    filler.show()
    return filler
