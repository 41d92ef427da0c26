"""Kiosk screens: the "Are you still here?" notice and the administrator's PIN prompt."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reader.pin import Outcome, PinLockout
from reader.ui.a11y import announce
from reader.ui.dialog_parts import add_button_row, dialog_layout
from reader.ui.flow import ButtonGrid
from reader.ui.in_view import settle_layout
from reader.ui.style import SCROLL_BAR_WIDTH
from reader.ui.wheel_zoom import take_ctrl_wheel
from reader.ui.widgets import PAGE_MARGIN, fit_to_text, label

NOTICE_WIDTH = 560  # pixels: the notice's column at the default text size
_MOVED = (QEvent.Type.Move, QEvent.Type.Resize)


class IdleNotice(QFrame):
    """A calm notice over the page: a countdown, I'm still here and I'm someone new.

    It leaves the toolbar uncovered, so Get help now and I'm finished stay in view and work.
    The person who touches it is as likely to be the next one in the waiting room as the last
    reader, so it asks which, with two equal buttons, and nothing else on it does anything.
    """

    keep_reading = Signal()
    someone_new = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleNotice")
        self._followed: QWidget | None = None  # the page, watched from the notice's first show
        self.setAutoFillBackground(True)
        # The notice itself takes the focus when it shows, not a button: Enter or Space from
        # the next person, waking the computer, must not press "I'm still here".
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Are you still here?"))
        self._column = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)  # the column keeps PAGE_MARGIN (_fit_column)
        self._scroller = self._centred_scrolling(self._column)
        outer.addWidget(self._scroller)
        layout = QVBoxLayout(self._column)
        layout.setSpacing(16)
        layout.addWidget(label(self.tr("Are you still here?"), "pageTitle"))
        self.countdown = label("", "muted")
        self.countdown.setObjectName("idleCountdown")
        layout.addWidget(self.countdown)
        explain = self.tr(
            "To keep things private, this screen clears itself when no one is using it."
        )
        layout.addWidget(label(explain))
        layout.addWidget(
            label(self.tr("If this isn't your screen, choose “I'm someone new – clear it”."))
        )
        self.button = self._choice(
            self.tr("I'm still here"), self.tr("Your page comes back as you left it.")
        )
        self.button.clicked.connect(self.keep_reading.emit)
        self.new_button = self._choice(
            self.tr("I'm someone new – clear it"),
            self.tr("Clears everything from before and starts again at the home screen."),
        )
        self.new_button.clicked.connect(self.someone_new.emit)
        # Side by side in equal halves, one above the other when the text is too large.
        layout.addWidget(ButtonGrid([self.button, self.new_button], columns=2, spacing=12))
        self._fit_column()
        self.hide()

    @staticmethod
    def _centred_scrolling(column: QWidget) -> QScrollArea:
        """The column in the middle of the notice, scrolling when it is taller than the room.

        At 200% text in a 700 by 560 window the notice's text needed more height than the
        window had, and its lines and buttons were squeezed. Centred by stretches, not by
        alignment: an aligned column is given its size hint's height, not its wrapped text's.
        """
        inner = QWidget()
        rows = QVBoxLayout(inner)
        rows.setContentsMargins(0, 0, 0, 0)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(column)
        middle.addStretch(1)
        rows.addStretch(1)
        rows.addLayout(middle)
        rows.addStretch(1)
        scroller = _NoticeScroller()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the notice and its buttons take it
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(inner)
        return scroller

    def _choice(self, text: str, description: str) -> QPushButton:
        """One of the notice's two buttons: both look the same, so neither is the easy way."""
        button = QPushButton(text)
        button.setObjectName("primary")
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.installEventFilter(self)  # scrolled into view when Tab reaches it
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Show a choice Tab reaches below the fold (the notice had the focus, not its scroller,
        so Qt's own scrolling to the focus never ran); cover the page wherever it goes."""
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._scroller.ensureWidgetVisible(watched)
        elif kind in _MOVED and watched is self._followed and self.isVisible():
            # Smaller text over the notice moved the page up under a shorter toolbar, and a
            # larger screen widened it: the last reader's page showed until the next second.
            self.setGeometry(self._page_area())
        return False

    def choices(self) -> tuple[QPushButton, QPushButton]:
        """The notice's buttons, in Tab order: I'm still here, I'm someone new."""
        return self.button, self.new_button

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Keep the column within the page at this width."""
        self._fit_column()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Widen the column with the text size, so large text still fits the page."""
        if event.type() == QEvent.Type.FontChange:
            self._fit_column()
        super().changeEvent(event)

    def _fit_column(self) -> None:
        # About 30 lines' height wide: 560 pixels at the default size, and at 200% wide enough
        # for both buttons on one row, so the notice still fits a small laptop's screen.
        wide = max(NOTICE_WIDTH, 30 * self.fontMetrics().height())
        room = self.width() - 2 * PAGE_MARGIN - SCROLL_BAR_WIDTH  # room for a scroll bar
        self._column.setFixedWidth(max(1, min(wide, room)) if room > 0 else wide)

    def _page_area(self) -> QRect:
        """Where the window shows its screens: everything below the toolbar."""
        window = self.parentWidget()
        page = window.centralWidget() if isinstance(window, QMainWindow) else None
        if page is not None:
            if page is not self._followed:
                self._followed = page
                page.installEventFilter(self)  # its moves and resizes (eventFilter)
            return page.geometry()
        return window.rect() if window is not None else self.geometry()

    def show_seconds(self, seconds: int) -> None:
        """Show (or update) the notice with the seconds left before everything clears."""
        # 1 has its own text: with no English translation loaded, Qt shows "%n seconds" as
        # written ("1 seconds"). A translation gives every plural form its language has.
        if seconds == 1:
            text = self.tr("Everything will be cleared in 1 second.")
        else:
            #: %n is 2 or more (1 has its own text); give every plural form, as 21 may need one.
            text = self.tr("Everything will be cleared in %n seconds.", "", seconds)
        self.countdown.setText(text)
        self.setGeometry(self._page_area())
        if not self.isVisible():
            self.show()
            settle_layout()  # its first frame already has the two choices where they belong
            self._scroller.verticalScrollBar().setValue(0)  # from the title, not where it was left
            self.raise_()
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # Tab then reaches the buttons
            #: Read aloud as the notice shows: its title, then the countdown (%1).
            announce(self, self.tr("Are you still here? %1").replace("%1", text), assertive=True)
        elif seconds == 10:
            announce(self, text, assertive=True)


class _NoticeScroller(QScrollArea):
    """The notice's scrolling, where Ctrl+wheel sizes the text as it does over every page."""

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        """Ctrl+wheel sizes the text, as the zoom keys do here (Qt's scrolled a whole screen)."""
        if not take_ctrl_wheel(self, event):
            super().wheelEvent(event)


class PinPrompt(QDialog):
    """Asks the administrator for the PIN; accepted only with the right one.

    After too many wrong tries it counts the lockout down, second by second, with the PIN box
    closed until the wait is over; its timer runs only while a lockout lasts.
    """

    def __init__(self, lockout: PinLockout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Administrator"))
        self.setObjectName("pinPrompt")
        self._lockout = lockout
        layout = dialog_layout(self)
        layout.addWidget(label(self.tr("Enter the administrator PIN to leave kiosk mode.")))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        layout.addWidget(self.pin)
        self.message = label("", "muted")
        self.message.hide()  # an empty line left a gap between the box and the buttons
        layout.addWidget(self.message)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.reject)
        self.unlock = QPushButton(self.tr("Unlock"))
        self.unlock.setObjectName("primary")
        # Return in the PIN box presses the default button, and only that: connecting the
        # box's returnPressed as well made one Return count as two tries.
        self.unlock.clicked.connect(self.try_pin)
        add_button_row(layout, self.cancel, self.unlock)  # Unlock is the default
        self.wait_timer = QTimer(self)
        self.wait_timer.setSingleShot(True)
        self.wait_timer.timeout.connect(self._show_wait)
        if not lockout.has_pin:
            self._show_message(self.tr("No PIN is set, so kiosk mode cannot be left from here."))
            self._let_in(False)
        else:
            self._show_wait()  # a prompt opened during a lockout says so at once
        fit_to_text(self, lines_wide=20)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """A closed prompt stops counting; the next one reads the lockout afresh."""
        self.wait_timer.stop()
        super().hideEvent(event)

    def try_pin(self) -> bool:
        """Check the typed PIN; the field is emptied after every try."""
        result = self._lockout.attempt(self.pin.text())
        self.pin.setText("")
        if result.accepted:
            self.accept()
            return True
        if result.outcome is Outcome.LOCKED:
            self._show_wait()
        elif result.outcome is Outcome.REJECTED:
            self._say(self._tries_left(result.tries_left))
        return False

    def _show_wait(self) -> None:
        """Show the seconds the lockout has left, or open the PIN box again when it is over."""
        wait = self._lockout.seconds_locked()
        if wait > 0:
            seconds = math.ceil(wait)
            if self.pin.isEnabled():  # the lockout starts: say so once, not every second
                self._say(self._locked_for(seconds))
            else:
                self._show_message(self._locked_for(seconds))
            self._let_in(False)
            # Wake when the whole seconds shown next change, not on a fixed beat.
            self.wait_timer.start(max(50, math.ceil((wait - (seconds - 1)) * 1000)))
        elif self.wait_timer.isActive() or not self.pin.isEnabled():
            self.wait_timer.stop()
            self._let_in(True)
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
            self._say(self.tr("You can try the PIN again now."))

    def _let_in(self, allowed: bool) -> None:
        # With the PIN box off, the focus falls to Cancel: an administrator's next reflex
        # Return must not close the prompt (and its countdown). Space still presses Cancel.
        # Set before the focus moves: a focused auto-default button becomes the default.
        self.cancel.setAutoDefault(allowed or not self._lockout.has_pin)
        self.pin.setEnabled(allowed)
        self.unlock.setEnabled(allowed)
        self.unlock.setDefault(True)  # Return is Unlock's, and does nothing while it is off
        self._fill_unlock(allowed)

    def _fill_unlock(self, filled: bool) -> None:
        # Filled in as the way on only while it can be pressed: the style's filled look hid
        # that it was off during a lockout.
        if (self.unlock.objectName() == "primary") != filled:
            self.unlock.setObjectName("primary" if filled else "")
            self.unlock.style().unpolish(self.unlock)
            self.unlock.style().polish(self.unlock)

    def _say(self, text: str) -> None:
        self._show_message(text)
        announce(self.message, text, assertive=True)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        fit_to_text(self, lines_wide=20)  # the message may need another line

    def _locked_for(self, seconds: int) -> str:
        if seconds == 1:
            return self.tr("Too many tries. Try again in 1 second.")
        #: %n is 2 or more (1 has its own text); give every plural form, as 21 may need one.
        return self.tr("Too many tries. Try again in %n seconds.", "", seconds)

    def _tries_left(self, tries: int) -> str:
        if tries == 1:
            return self.tr("That PIN is not right. 1 try left.")
        #: %n is 2 or more (1 has its own text); give every plural form, as 21 may need one.
        return self.tr("That PIN is not right. %n tries left.", "", tries)
