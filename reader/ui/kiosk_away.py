"""What the kiosk's idle notice hides from passers-by, and gives back to a reader who stays."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from reader.ui import app_filters
from reader.ui.link_browser import LinkBrowser

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class PutAway:
    """Empties the search box while the idle notice shows, and remembers the reader's focus.

    The notice covers the page but not the toolbar, because Get help now and I'm finished must
    stay in view. The search box is in the toolbar too, so without this it would show the last
    reader's search (which may be about suicide) to anyone walking past. The toolbar's other
    controls are greyed meanwhile: they would show the last reader's pages, so they do nothing
    until "I'm still here", and should not look as if they worked.
    """

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._search: tuple[str, int] | None = None  # the text and where the cursor was
        self._focus: QWidget | None = None
        self._link: tuple[int, int] | None = None  # the link the keyboard was on, in _focus
        self._held: list[tuple[QWidget, bool]] | None = None  # greyed controls, and were they on

    def put_away(self) -> None:
        """The notice is about to show: note the focused control and empty the search box."""
        window = self._window
        focus = QApplication.focusWidget()
        if focus is None or not window.isAncestorOf(focus):
            # A dialog the notice just closed had it, or the keyboard is elsewhere: the control
            # the window will give the focus to when it is active again is the reader's.
            focus = window.focusWidget()
        self._focus = focus if focus is not None and window.isAncestorOf(focus) else None
        # The notice taking the focus unmarks the link: I'm still here put the keyboard back
        # in the page or the results with none marked, and the next Tab went to the first.
        kept = self._focus
        self._link = kept.focused_link() if isinstance(kept, LinkBrowser) else None
        drop_composing(window)  # before the focus moves to the notice, which would type it
        box = window.search_box
        if self._search is None:
            self._search = (box.text(), box.cursorPosition())
        # setText, not typing: the box's textEdited does not fire, so the results stay.
        box.setText("")

    def hold_toolbar(self) -> None:
        """The notice shows: grey the toolbar's controls but Get help now and I'm finished."""
        # Called once the notice has the focus: a focused control, greyed, passes it on.
        if self._held is None:
            controls = self._window.toolbar.controls_besides_help()
            self._held = [(control, control.isEnabled()) for control in controls]
            for control in controls:
                control.setEnabled(False)

    def _release_toolbar(self) -> None:
        """The notice goes: each control is as it was, and Back and Forward as the history says."""
        held, self._held = self._held, None
        if held is None:
            return
        for control, enabled in held:
            control.setEnabled(enabled)
        # Get help now, pressed over the notice, has moved the history meanwhile.
        window = self._window
        window.back_button.setEnabled(window.history.can_go_back())
        window.forward_button.setEnabled(window.history.can_go_forward())

    def give_back(self) -> None:
        """The reader stayed: their search and their focus come back."""
        self._release_toolbar()  # first: a greyed control cannot take the focus
        search, self._search = self._search, None
        focus, self._focus = self._focus, None
        link, self._link = self._link, None
        box = self._window.search_box
        # Only on the search screen: words searched for stay in the box nowhere else (Get help
        # now over the notice showed "kill myself" in the box over the help screen).
        on_search = self._window.location == "search"
        if search is not None and on_search and not box.text():
            box.setText(search[0])
            box.setCursorPosition(search[1])
        # The control may have gone meanwhile (a screen dropped, a button hidden).
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
            # Marked once it has the focus: the notice hiding may have handed it the focus
            # already (Qt passes it on along the tab chain), with Tab's first link marked.
            if isinstance(focus, LinkBrowser) and link is not None and focus.hasFocus():
                focus.select_link(link)

    def forget(self) -> None:
        """Everything is being cleared for the next person: nothing may come back."""
        self._release_toolbar()
        self._search = None
        self._focus = None
        self._link = None


def drop_composing(window: QWidget) -> None:
    """Throw away what an input method (Chinese, Japanese, some on-screen keyboards) is still
    composing in the window: not typed yet, so emptying the box left it there.

    "kill myself", composed in the search box, stayed in it over the idle notice, and after a
    reset. Reset, not committed: a focus moving on asks the input method to type it in.
    """
    QGuiApplication.inputMethod().reset()  # it forgets the words: nothing left to type in
    box = QApplication.focusWidget()
    if isinstance(box, QLineEdit | QPlainTextEdit | QTextEdit) and window.isAncestorOf(box):
        with app_filters.paused():  # not the reader's input: no activity, no Esc counted
            QApplication.sendEvent(box, QInputMethodEvent())  # the box stops showing them
