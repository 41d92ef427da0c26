"""Whether a kiosk window is still as its last reset (or its start) left it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class LeftAsReset:
    """Remembers how a reset left the window, to tell whether anything changed since.

    Input alone cannot tell: a screen reader's or voice control's actions open pages, fill the
    search box and change the text size without a key press or a click.
    """

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._left = self._looks()

    def note(self) -> None:
        """The window is as a fresh session starts (just reset, or just started)."""
        self._left = self._looks()

    def unchanged(self) -> bool:
        """Whether the window still shows and holds what it did when last noted."""
        return self._looks() == self._left

    def _looks(self) -> tuple[object, ...]:
        window = self._window
        history, theming = window.history, window.theming
        return (
            window.location,
            history.can_go_back(),
            history.can_go_forward(),
            window.search_box.text(),
            theming.choice,
            theming.zoom,
            theming.easier_reading,
            theming.reduce_motion,
            window.stack.factory.chosen_region(),
            QApplication.activeModalWidget() is None,  # a dialog opened, or a menu
            QApplication.activePopupWidget() is None,
        )
