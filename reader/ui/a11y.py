"""Accessibility helpers: status announcements, keyboard order, and focus after navigation."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QTextBrowser, QToolButton, QWidget

from reader.ui.focus import PlacesLeft, focus_is_in
from reader.ui.style import QUIET_FOCUS_PROPERTY

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


class AfterPause(QObject):
    """One announcement said once the reader stops typing, not after every key.

    A screen-reader user typing "breathing" heard the count nine times over, each cutting
    into the echo of the letters typed. Each new text waits for a pause again.
    """

    PAUSE_MS = 700  # longer than the gap between two keys, even for a slow typist

    def __init__(self, source: QObject) -> None:
        super().__init__(source)
        self._source = source
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.say_now)

    @property
    def pending(self) -> bool:
        """Whether a text is waiting for the pause."""
        return self._timer.isActive()

    def say_after_pause(self, text: str) -> None:
        """Say this once no other text has come for a moment (in place of one waiting)."""
        self._text = text
        self._timer.start(self.PAUSE_MS)

    def say_now(self) -> None:
        """Say the waiting text at once (Enter was pressed), if one waits."""
        text, self._text = self._text, ""
        self._timer.stop()
        announce(self._source, text)

    def drop(self) -> None:
        """Forget the waiting text: the screen it was about has gone, or was cleared."""
        self._text = ""
        self._timer.stop()


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
    first = window.stack.currentWidget()
    if first is not None:
        # The first screen's page takes the focus without a ring. Marked now, before the
        # style sheet is applied, its first polish by the style sheet reads it: marked later,
        # polishing the page again cost 6 ms before the first paint.
        set_quiet_focus(_reading_target(first), True)
    pressed: list[QWidget] = []  # the toolbar button pressed last, if any
    for button in (window.back_button, window.forward_button, window.home_button):
        button.pressed.connect(lambda b=button: pressed.__setitem__(slice(None), [b]))
    places = PlacesLeft(window)
    places.setObjectName(_PLACES)
    places.here = window.location
    window.location_changed.connect(lambda _location: _after_navigation(window, pressed, places))


_PLACES = "focusPlacesLeft"


def _after_navigation(window: MainWindow, pressed: list[QWidget], places: PlacesLeft) -> None:
    # Keep focus on a toolbar button the reader just pressed (so Back can be pressed again);
    # a shortcut such as F1 moves focus to the new screen even from the toolbar.
    keep = pressed[0] if pressed else None
    pressed.clear()
    history = window.history
    if not history.can_go_back() and not history.can_go_forward():
        places.forget()  # the history was cleared (a kiosk reset): nothing to come back to
    # Somewhere to go forward to: Back brought the reader here (a new screen drops it).
    back_to = places.arrive(window.location, history.can_go_forward(), window.stack)
    if back_to is not None and keep is None:
        back_to.setFocus(Qt.FocusReason.OtherFocusReason)  # the box typed in, not the top
        return
    focus_current_screen(window, keep=keep)


def let_go_of(screen: QWidget | None, window: QWidget, next_screen: QWidget) -> None:
    """Before another screen is shown, take the focus off the one going away.

    Hidden with the focus in it, a screen hands the focus to the first control of the next
    (the region chooser, for F1 pressed on a page), which then looked like a choice made.
    Where it was is kept, for Back to give it back.
    """
    if screen is None or screen is next_screen:
        return
    places = window.findChild(PlacesLeft, _PLACES)
    if isinstance(places, PlacesLeft):
        places.leave(screen)
    if focus_is_in(screen):
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
    _focus_screen(_reading_target(screen))
    return True


def focus_top_of(screen: QWidget) -> None:
    """If the focus is inside this screen, take it to the top, where the screen is read from.

    Alt+Home on the home page scrolls it to the top: focus left on a card far below the window
    was out of sight, and the next Tab went on from there.
    """
    if focus_is_in(screen):
        _focus_screen(_reading_target(screen))


def _reading_target(screen: QWidget) -> QWidget:
    """Where a screen is read from: the page itself, or its main text (search, help)."""
    if screen.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return screen
    texts = screen.findChildren(QTextBrowser)
    return texts[0] if texts else screen


# --- focus rings on whole pages -------------------------------------------------------------
# A page (or its main text) with the focus was framed by the focus ring, and pages take the
# focus on every new screen, so that a screen reader reads them, and on a click. The frame then
# showed after every click and at start-up. As browsers do, the ring shows where the reader
# uses the keyboard: Tab, Shift+Tab, a screen opened from a key. A page given the focus by a
# click, after a click, or at start-up gets the quiet property that the style sheet draws no
# ring for; Tab to it later and the ring is there.
_PAGES = (QScrollArea, QTextBrowser)
_POINTER_PRESSES = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin}
)


def watch_focus_look(window: QWidget) -> None:
    """From now on, a page clicked on, or focused after a click, shows no ring.

    Called just after the first paint: connecting to the application's focusChanged from
    Python costs about 60 million instructions (7 ms), more than the rest of this module.
    The first screen's page is marked quiet by install(), before it is drawn.
    """
    _FocusLook(window)


class _FocusLook(QObject):
    """Follows the focus in one window, and decides for each page that takes it whether its
    ring shows."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.pointer = False  # the reader's last press was the mouse's (or a touch), not a key
        self._watching = False
        qapp = QApplication.instance()
        if isinstance(qapp, QApplication):
            qapp.focusChanged.connect(self._changed)  # dropped with this object

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Note whether the last press in the window was a key or a pointer."""
        kind = event.type()
        if kind in _POINTER_PRESSES:
            self.pointer = True
        elif kind == QEvent.Type.KeyPress:
            self.pointer = False
        return False

    def _watch(self) -> None:
        # A window's input arrives at its QWindow first: far fewer events than the whole
        # application's, and watched only once the window is on screen (no cost at start-up).
        handle = self._window.windowHandle()
        if handle is not None and not self._watching:
            self._watching = True
            handle.installEventFilter(self)

    def _changed(self, old: QWidget | None, new: QWidget | None) -> None:
        mine = self._window
        if new is None:
            # Cleared where it was (not the window going to the back): it comes back with Tab.
            if old is not None and old.window() is mine and QApplication.activeWindow() is mine:
                set_quiet_focus(old, False)
            return
        if new.window() is not mine:
            return  # a dialog: the page keeps its look for when the focus comes back
        self._watch()
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.pointer = True  # a press moved the focus, however it reached the widget
        quiet = self.pointer
        if old is None or old.window() is not mine:
            # The window came back to the front, or a dialog closed: the focus comes back as
            # it left, ring or not.
            if quiet:
                set_quiet_focus(new, True)
            return
        if old is not new:
            set_quiet_focus(old, False)
        set_quiet_focus(new, quiet)


def set_quiet_focus(widget: QWidget, quiet: bool) -> None:
    """Show a page's focus ring, or not, while it has the focus (other widgets keep theirs)."""
    if not isinstance(widget, _PAGES) or bool(widget.property(QUIET_FOCUS_PROPERTY)) == quiet:
        return
    widget.setProperty(QUIET_FOCUS_PROPERTY, quiet)
    if not widget.testAttribute(Qt.WidgetAttribute.WA_StyleSheet):
        return  # read when the style sheet first polishes it
    # A dynamic property is read when a widget is polished: polish this one again. (Polish
    # alone: the style sheet's polish forgets what it knew of the widget, and unpolish first
    # took 7 ms on the home page, re-spreading its palette to every widget on it.)
    widget.style().polish(widget)
    widget.update()


def _focus_screen(target: QWidget) -> None:
    """Give a new screen's page the focus, ringed only if the reader is using the keyboard."""
    if QApplication.focusWidget() is target:
        return  # no move: it looks as it did
    if not target.window().isVisible():
        # The first screen, before the window shows: no ring when the window comes up, and
        # set before the page is first polished, so that costs nothing before the first paint.
        set_quiet_focus(target, True)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
