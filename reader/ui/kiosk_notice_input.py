"""What input does while the kiosk's idle notice shows: only its choices, help and I'm finished.

The next person in the waiting room is as likely as the last reader to touch the screen, so no
tap, key or pointer move over the notice may bring the last reader's screen back, and the
countdown goes on: only "I'm still here" does. "I'm someone new", Get help now, I'm finished and
Esc twice work as they always do. The toolbar's other controls are greyed meanwhile (see
kiosk_away.PutAway), so none of them looks as if it would work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import (
    QGuiApplication,
    QInputEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from reader.kiosk import ADMIN_CHORD
from reader.ui import app_filters
from reader.ui.kiosk_dialogs import IdleNotice

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

PRESSES = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin}
# The events takes() looks at (the guard asks about no others).
NOTICE_INPUT = PRESSES | {QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress}
TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
PRESS_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
# Shortcuts that work over the notice besides F1: none of them shows anything of the last reader.
OVER_NOTICE_KEYS = (
    QKeySequence.StandardKey.HelpContents,
    QKeySequence.StandardKey.ZoomIn,
    QKeySequence.StandardKey.ZoomOut,
)
OVER_NOTICE_CHORDS = (ADMIN_CHORD.portable_text, "Ctrl+=", "Ctrl+0")
# The rest of a double click (or a double tap, which Qt turns into clicks).
SECOND_CLICK = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
}


class NoticeInput:
    """Decides what the kiosk guard takes from the input while the idle notice shows."""

    def __init__(self, window: MainWindow, notice: IdleNotice) -> None:
        self._window = window
        self._notice = notice
        self._second_click = SecondClick(notice.choices(), notice)

    def takes(self, watched: QObject, event: QEvent) -> bool:
        """Whether the event is taken (does nothing); what is not taken works as usual."""
        if not _in_window(watched, self._window):
            return False  # a dialog over the window (the PIN prompt) works as it always does
        kind = event.type()
        if kind in PRESSES:
            # Off the buttons, neither a press nor its release may open what the notice
            # covers, or the toolbar's Back, Home or search box: they show the last reader's.
            where = press_point(event)
            return where is not None and not any(under(w, where) for w in self.stops())
        if not isinstance(event, QKeyEvent):
            return False  # pointer moves do nothing, and the countdown goes on
        if kind == QEvent.Type.ShortcutOverride and not _works_over_notice(event):
            # Taken as a plain key press instead: Back, Forward, Home and Find would move the
            # last reader's pages behind the notice, or the focus into the search box.
            event.accept()
            return True
        if kind == QEvent.Type.KeyPress:
            return self._key(event)
        return False

    def stops(self) -> list[QWidget]:
        """What can be used while the notice shows, in Tab order."""
        window = self._window
        stops = [*self._notice.choices(), window.leave_button, window.help_button]
        return [w for w in stops if w.isVisible() and w.isEnabled()]

    def _key(self, event: QKeyEvent) -> bool:
        """Tab and the arrows go round the stops; Space and Enter press them; Esc goes through."""
        key, modifiers = event.key(), event.modifiers()
        shifted = modifiers == Qt.KeyboardModifier.ShiftModifier
        if key in TAB_KEYS and (shifted or modifiers in PLAIN):
            self._tab(forward=key == Qt.Key.Key_Tab and not shifted)
            return True
        if key in ARROWS and modifiers in PLAIN:
            # A button's own arrow keys would move the focus on to the page under the notice.
            self._tab(forward=key in (Qt.Key.Key_Right, Qt.Key.Key_Down))
            return True
        if key == Qt.Key.Key_Escape:
            return False  # Esc twice still clears everything for the next person
        pressing = key in PRESS_KEYS and modifiers in PLAIN
        return not (pressing and QApplication.focusWidget() in self.stops())  # others wait

    def _tab(self, forward: bool) -> None:
        stops = self.stops()
        focus = QApplication.focusWidget()
        if focus in stops:
            index = stops.index(focus) + (1 if forward else -1)
        else:
            index = 0 if forward else -1
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        stops[index % len(stops)].setFocus(reason)


class SecondClick(QObject):
    """Takes the second click of a double click whose first click made a choice on the notice.

    Many people double-click every button. The first click chooses and the notice goes; the
    second landed on whatever was then under the pointer: "I'm someone new" opened the article
    card the fresh home screen has under it, "I'm still here" a link on the reader's page.
    """

    def __init__(self, buttons: tuple[QPushButton, ...], parent: QObject) -> None:
        super().__init__(parent)
        self._chosen_at: int | None = None  # the time stamp of the click that chose
        self._over = QTimer(self)
        self._over.setSingleShot(True)
        self._over.timeout.connect(self._disarm)
        for button in buttons:
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Note a click on a choice; then take a press that follows it as fast as a double
        click does, with the rest of that click."""
        kind = event.type()
        if kind not in SECOND_CLICK or not isinstance(event, QInputEvent):
            return False
        chosen_at = self._chosen_at
        if chosen_at is not None:
            if event.timestamp() - chosen_at <= _double_click_ms():
                return True
            self._disarm()  # a click of its own, however soon the timer would have said
        clicks = isinstance(watched, QPushButton) and watched.isDown()  # its release clicks it
        if kind == QEvent.Type.MouseButtonRelease and clicks:
            self._arm(event.timestamp())
        return False

    def _arm(self, timestamp: int) -> None:
        self._chosen_at = timestamp
        app_filters.install(self)  # the second press goes to whatever is under the pointer
        self._over.start(_double_click_ms())

    def _disarm(self) -> None:
        self._over.stop()
        if self._chosen_at is not None:
            self._chosen_at = None
            app_filters.remove(self)


def _double_click_ms() -> int:
    return QGuiApplication.styleHints().mouseDoubleClickInterval()


def _in_window(watched: QObject, window: QWidget) -> bool:
    """Whether an event is for the window or one of its widgets (not a dialog over it)."""
    if isinstance(watched, QWidget):
        return watched.window() is window
    return watched is window.windowHandle()


def press_point(event: QEvent) -> QPoint | None:
    """Where on the screen a press or a touch began."""
    if isinstance(event, QMouseEvent):
        return event.globalPosition().toPoint()
    if isinstance(event, QTouchEvent) and event.points():
        return event.points()[0].globalPosition().toPoint()
    return None


def under(widget: QWidget, where: QPoint) -> bool:
    return widget.isVisible() and widget.rect().contains(widget.mapFromGlobal(where))


def _works_over_notice(event: QKeyEvent) -> bool:
    """Whether a shortcut works over the notice: F1, the admin's chord and the zoom keys."""
    # Listing what may work, not what may not: a shortcut added later cannot show the last
    # reader's pages by mistake.
    if event.key() == Qt.Key.Key_F1 and event.modifiers() in PLAIN:
        return True
    keys = QKeySequence(event.keyCombination())
    if any(keys == QKeySequence(text) for text in OVER_NOTICE_CHORDS):
        return True
    return any(event.matches(key) for key in OVER_NOTICE_KEYS)
