"""Print, Save a copy and Clear under a typed-in document: the safety plan, My reflections."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.breakable import breakable
from reader.ui.a11y import announce
from reader.ui.exercises.common import Question, button, button_row, label
from reader.ui.focus import pass_focus
from reader.ui.in_view import page_of, reveal
from reader.ui.paper_words import SENT_TO_PRINTER


class DocumentActions(QWidget):
    """Print, Save a copy and Clear (with an inline confirmation) for a typed-in document."""

    clear_confirmed = Signal()

    def __init__(
        self,
        on_print: Callable[[], str] | None,
        on_export: Callable[[], Path | None] | None,
        current_text: Callable[[], str] = lambda: "",
    ) -> None:
        """current_text: the document as a copy would hold it, to tell when it changed since."""
        super().__init__()
        self.setObjectName("documentActions")
        self._current_text = current_text
        self._saved: tuple[Path, str] | None = None  # the last copy saved, and what it holds
        self._printed: tuple[str, str] | None = None  # what the last print said, and held
        self.print_button = button(self.tr("Print…"), self.tr("Print"))
        self.export_button = button(self.tr("Save a copy…"), self.tr("Save a copy to a file"))
        self.clear_button = button(self.tr("Clear"), self.tr("Clear everything you typed"))
        self.clear_button.clicked.connect(self.ask_to_clear)
        self.confirm_box = self._confirm_box()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(button_row(self.print_button, self.export_button, self.clear_button))
        self.saved_label = label("", "muted")  # where the last copy went, once there is one
        # What the last print did, on a line of its own: in the copy's line, it took the place
        # of where the copy went.
        self.printed_label = label("", "muted")
        for note in (self.saved_label, self.printed_label):
            note.setVisible(False)
            layout.addWidget(note)
        layout.addWidget(self.confirm_box)
        # A missing callback means the feature is off (kiosk mode): hide rather than disable.
        # (Set only once parented: showing a parentless widget would open it as a window.)
        self.print_button.setVisible(on_print is not None)
        self.export_button.setVisible(on_export is not None)
        if on_print is not None:
            self.print_button.clicked.connect(lambda _=False: self.show_printed(on_print()))
        if on_export is not None:
            self.export_button.clicked.connect(lambda _=False: self.show_saved(on_export()))

    def show_saved(self, path: Path | None) -> None:
        """Say where the copy just saved went; one not saved (cancelled, failed) says nothing.

        The last copy's "Saved a copy as ..." stayed under a plan changed and saved again, but
        cancelled: it read as the new plan kept, and the change went at exit.
        """
        if path is None:
            self._saved = None
            self.saved_label.setVisible(False)
            return
        self._saved = (path, self._current_text())
        _show_note(self.saved_label, *self._saved_note(path, changed=False))

    def forget_copies(self) -> None:
        """Say nothing more of the copy saved or the print made: the page starts afresh."""
        self._saved = self._printed = None
        self.saved_label.setVisible(False)
        self.printed_label.setVisible(False)

    def notice_changes(self) -> None:
        """Add to where the last copy went, and to what was printed, that the text changed
        since, or take that back.

        "Saved a copy as ..." and "Sent to the printer." stayed as they were under a plan
        changed since: they read as the change kept, and the change went at exit.
        """
        if self._saved is None and self._printed is None:
            # No copy to be out of date. Asked at every keystroke and for every box a reset
            # empties, the whole plan's text was put together each time: a fifth of a reset.
            return
        current = self._current_text()
        notes: list[tuple[QLabel, str]] = []
        if self._saved is not None:
            path, text = self._saved
            notes.append((self.saved_label, self._saved_note(path, changed=current != text)[1]))
        if self._printed is not None:
            said, text = self._printed
            notes.append((self.printed_label, breakable(self._printed_note(said, current != text))))
        for note, shown in notes:
            if shown != note.text():  # not said aloud: it would talk over the typing
                note.setText(shown)

    def _saved_note(self, path: Path, *, changed: bool) -> tuple[str, str]:
        """Where the copy went, as said and as shown (wrapping inside long names)."""
        if changed:
            text = self.tr(
                "Saved a copy as {name}, in {folder}. You have changed it since: save again "
                "to keep the changes."
            )
        else:
            text = self.tr("Saved a copy as {name}, in {folder}.")
        said = text.format(name=path.name, folder=str(path.parent))
        return said, text.format(name=breakable(path.name), folder=_breakable_folder(path.parent))

    def show_printed(self, text: str) -> None:
        """Say what the print just asked for did; one cancelled ("") leaves nothing said.

        The last print's "Sent to the printer." stayed under a plan changed and printed
        again, but cancelled: it read as the new plan sent.
        """
        # Only a copy on paper can lack a change: "Nothing was printed ..." stays as said.
        self._printed = (text, self._current_text()) if text == _sent_to_printer() else None
        if text:
            _show_note(self.printed_label, text)
        else:
            self.printed_label.setVisible(False)

    def _printed_note(self, said: str, changed: bool) -> str:
        """What the last print said, and that the text changed since if it did."""
        if not changed:
            return said
        since = self.tr("You have changed it since: print again to include the changes.")
        return f"{said} {since}"

    def _confirm_box(self) -> Question:
        question = self.tr("Clear everything you typed? This cannot be undone.")
        box = Question(question)
        # Esc did nothing here, and a second Esc to try again left Lantern, losing the plan.
        box.cancelled.connect(self.cancel_clear)
        # The safe choice is the one that stands out (and has the focus): a safety plan
        # cleared by mistake cannot be brought back.
        self.confirm_button = button(self.tr("Yes, clear it"))
        self.keep_button = button(self.tr("Keep it"), role="primary")
        # The focus goes straight to "Keep it": a screen reader said "Keep it, button" and
        # never the question. It reads a focused button's description with its name.
        for answer in (self.keep_button, self.confirm_button):
            answer.setAccessibleDescription(question)
        self.confirm_button.clicked.connect(self._confirm)
        self.keep_button.clicked.connect(self.cancel_clear)
        box.add(button_row(self.confirm_button, self.keep_button))
        box.setVisible(False)
        return box

    def ask_to_clear(self) -> None:
        """Show the confirmation instead of clearing straight away."""
        self.confirm_box.setVisible(True)
        self.keep_button.setFocus()
        # It opens under the Clear button, at the foot of a long page: below the window, where
        # "Keep it" had the focus unseen, and a click on Clear seemed to do nothing.
        reveal(self.confirm_box)

    def cancel_clear(self) -> None:
        """Hide the confirmation without clearing."""
        pass_focus(self.confirm_box, self.clear_button)  # back where the reader was
        self.confirm_box.setVisible(False)

    def _confirm(self) -> None:
        self.confirm_box.setVisible(False)
        self.forget_copies()  # a fresh page: the copy saved and the print made are the old one's
        self.clear_confirmed.emit()
        # The cleared page starts again from its top, and so does the focus: it fell into the
        # first box instead, below the window at large text sizes.
        page = page_of(self)
        if page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        # The page's name is all a screen reader said: nothing told that the clearing worked.
        announce(page or self, self.tr("Cleared."))


def _sent_to_printer() -> str:
    """What paper.print_text says once a print went to the printer, in the reader's language."""
    return QCoreApplication.translate("Paper", SENT_TO_PRINTER)


def _breakable_folder(folder: Path) -> str:
    """A folder's path that wraps after a separator, and inside a name only when it is long.

    Broken every twelve letters, "/home/sam/Documents" wrapped as "/home/sam/Do" and "cuments".
    """
    names = re.split(r"([/\\])", str(folder))
    return "".join(f"{name}\u200b" if name in ("/", "\\") else breakable(name) for name in names)


def _show_note(note: QLabel, text: str, shown: str | None = None) -> None:
    """Show a line under the buttons, say it to a screen reader, and scroll it into view."""
    # A long folder name has no spaces to wrap at: it widened the whole page past the window.
    note.setText(breakable(text) if shown is None else shown)
    note.setVisible(True)
    announce(note, text)
    reveal(note)
