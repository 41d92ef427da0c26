"""The kiosk administrator's PIN prompt, with its lockout after too many wrong tries."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QWidget

from reader.pin import Outcome, PinLockout
from reader.ui.a11y import announce
from reader.ui.dialog_parts import add_button_row, dialog_layout
from reader.ui.widgets import fit_to_text, label


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
