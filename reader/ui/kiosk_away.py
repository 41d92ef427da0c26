"""What the kiosk's idle notice hides from passers-by, and gives back to a reader who stays."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class PutAway:
    """Empties the search box while the idle notice shows, and remembers the reader's focus.

    The notice covers the page but not the toolbar, because Get help now and I'm finished must
    stay in view. The search box is in the toolbar too, so without this it would show the last
    reader's search (which may be about suicide) to anyone walking past.
    """

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._search: tuple[str, int] | None = None  # the text and where the cursor was
        self._focus: QWidget | None = None

    def put_away(self) -> None:
        """The notice is about to show: note the focused control and empty the search box."""
        window = self._window
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and window.isAncestorOf(focus) else None
        box = window.search_box
        if self._search is None:
            self._search = (box.text(), box.cursorPosition())
        # setText, not typing: the box's textEdited does not fire, so the results stay.
        box.setText("")

    def give_back(self, give_focus: bool = True) -> None:
        """The reader stayed: their search comes back, and (unless not wanted) their focus."""
        search, self._search = self._search, None
        focus, self._focus = self._focus, None
        box = self._window.search_box
        if search is not None and not box.text():
            box.setText(search[0])
            box.setCursorPosition(search[1])
        # The control may have gone meanwhile (a screen dropped, a button hidden).
        if give_focus and focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def forget(self) -> None:
        """Everything is being cleared for the next person: nothing may come back."""
        self._search = None
        self._focus = None
