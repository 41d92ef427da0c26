"""The kiosk's "Are you still here?" notice, over the page when a reader may have gone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reader.ui.a11y import announce
from reader.ui.a11y_roles import install_roles
from reader.ui.flow import ButtonGrid
from reader.ui.in_view import settle_layout
from reader.ui.style import SCROLL_BAR_WIDTH
from reader.ui.wheel_zoom import take_ctrl_wheel
from reader.ui.widgets import PAGE_MARGIN, label

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
        self._shown_seconds = 0  # the count last shown: ten seconds left is said once, as crossed
        self.setAutoFillBackground(True)
        # The notice itself takes the focus when it shows, not a button: Enter or Space from
        # the next person, waking the computer, must not press "I'm still here".
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Are you still here?"))
        install_roles()  # a dialog to a screen reader, not a frame's "border" (see a11y_roles)
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
        elif seconds <= 10 < self._shown_seconds:
            # Crossed, not equal: a busy machine's late tick went from 11 to 9, unsaid.
            announce(self, text, assertive=True)
        self._shown_seconds = seconds


class _NoticeScroller(QScrollArea):
    """The notice's scrolling, where Ctrl+wheel sizes the text as it does over every page."""

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        """Ctrl+wheel sizes the text, as the zoom keys do here (Qt's scrolled a whole screen)."""
        if not take_ctrl_wheel(self, event):
            super().wheelEvent(event)
