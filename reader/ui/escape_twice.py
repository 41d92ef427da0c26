"""Esc pressed twice quickly, from any widget, means "leave now"; the window's key watchers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from reader.double_press import DoublePress
from reader.ui import app_filters

# An inline question that Esc cancels ("Clear everything you typed?") carries this property:
# an Esc pressed with the focus inside it while it shows is spent there, as on a dialog.
TAKES_ESCAPE = "takesEscape"


class EscapeTwice(QObject):
    """An application-wide event filter that calls back when Esc is pressed twice."""

    def __init__(
        self,
        parent: QObject,
        on_twice: Callable[[], object],
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self._presses = DoublePress(clock) if clock else DoublePress()
        self._on_twice = on_twice
        self._counted = False
        # Sees every other key press (F1 over a dialog), after a kiosk guard only; True when taken.
        # Here, not in a filter of its own: each Python filter costs every event a call.
        self.other_keys: Callable[[QKeyEvent], bool] | None = None
        # Leave quickly and Get help now: pressed while a menu or list is open, they still work.
        self.urgent_buttons: tuple[QAbstractButton, ...] = ()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Count real Esc presses at the window; the second within the time limit is consumed."""
        if not _is_escape_press(event):
            self._counted = False  # any other event (at least the key release) ends that press
            if isinstance(event, QMouseEvent):
                return self._press_through_popup(watched, event)
            return self._other_key(event)
        # One press passes this filter once per receiver (the QWindow, the focus widget,
        # then each parent that ignores it): count it only the first time.
        if self._counted:
            return False
        self._counted = True
        if _closes_a_popup_or_dialog() or _cancels_a_question():
            return False  # that Esc is spent: pressing it twice to close a list lost a plan
        if self._presses.press():
            self._on_twice()
            return True
        return False

    def _press_through_popup(self, watched: QObject, event: QMouseEvent) -> bool:
        """A press on Leave quickly or Get help now, made while a menu or list is open, presses it.

        On X11 and macOS that press goes to the open menu or list, which closes, and no further:
        Leave quickly pressed with Reading settings open only closed the menu.
        """
        popup = QApplication.activePopupWidget()  # None almost always: the cheap test first
        if popup is None or watched is not popup or event.type() != QEvent.Type.MouseButtonPress:
            return False
        where = event.globalPosition().toPoint()
        if popup.rect().contains(popup.mapFromGlobal(where)) or QApplication.activeModalWidget():
            return False  # a press inside the popup, or a dialog is over the window
        for button in self.urgent_buttons:
            inside = button.rect().contains(button.mapFromGlobal(where))
            if inside and button.isVisible() and button.isEnabled():
                from reader.ui.help_key import close_dialogs_and_menus

                # Where Qt passes such a press on after the popup closes (Windows), once only.
                popup.setAttribute(Qt.WidgetAttribute.WA_NoMouseReplay)
                close_dialogs_and_menus()
                button.click()
                return True
        return False

    def _other_key(self, event: QEvent) -> bool:
        if self.other_keys is None or not isinstance(event, QKeyEvent):
            return False
        return event.type() == QEvent.Type.KeyPress and self.other_keys(event)


def _is_escape_press(event: QEvent) -> bool:
    """A real (not auto-repeated) press of the Esc key."""
    # isinstance first: it is cheap, and most events are not key events, whereas type()
    # makes a Python enum each time (about 1 ms an article open, over its ~700 events).
    if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
        return False
    return event.key() == Qt.Key.Key_Escape and not event.isAutoRepeat()


def _closes_a_popup_or_dialog() -> bool:
    """Whether an Esc pressed now goes to an open list, menu or dialog, which it closes."""
    return bool(QApplication.activePopupWidget() or QApplication.activeModalWidget())


def _cancels_a_question() -> bool:
    """Whether an Esc pressed now goes to a shown inline question, which it cancels."""
    widget = QApplication.focusWidget()
    while widget is not None:
        if widget.property(TAKES_ESCAPE) and widget.isVisible():
            return True
        widget = widget.parentWidget()
    return False


class KeyWatchers:
    """The window's key watchers: Esc twice from anywhere, Enter on its buttons, F1 over dialogs."""

    def __init__(
        self,
        parent: QWidget,
        on_escape_twice: Callable[[], object],
        clock: Callable[[], float] | None,
        open_help: Callable[[], object] | None = None,
    ) -> None:
        self._parent = parent
        self._escape = EscapeTwice(parent, on_escape_twice, clock)
        self._enter: QObject | None = None
        self._open_help = open_help  # F1 from a dialog or a menu

    def install(self) -> None:
        """Start watching keys (after the first paint, when the window has its QWindow)."""
        from reader.ui.enter_clicks import watch_enter

        app_filters.install(self._escape)  # every window and popup, dialogs included
        self._escape.urgent_buttons = tuple(
            button
            for name in ("leave_button", "help_button")  # the window's, made before this runs
            if isinstance(button := getattr(self._parent, name, None), QAbstractButton)
        )
        self._enter = watch_enter(self._parent)
        if self._open_help is not None:
            from reader.ui.help_key import HelpKey

            self._escape.other_keys = HelpKey(self._open_help)

    def remove(self) -> None:
        """Stop watching (the window is closing)."""
        app_filters.remove(self._escape)
        handle = self._parent.windowHandle()
        if self._enter is not None and handle is not None:
            handle.removeEventFilter(self._enter)
