"""Save a copy: the only way Lantern ever writes a file, and only the one chosen."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.chosen_file import write_chosen_file
from reader.ui import paper
from reader.ui.a11y import announce
from reader.ui.combo import ComboBox
from reader.ui.dialog_parts import DIALOG_MARGIN
from reader.ui.flow import FlowRow
from reader.ui.paper import pdf_bytes
from reader.ui.save_places import PlaceTree, starting_folder, usual_places
from reader.ui.translation import QT_TRANSLATE_NOOP
from reader.ui.widgets import fit_to_text, label, not_for_input_methods

FORMATS = (
    (QT_TRANSLATE_NOOP("SaveChooser", "Plain text (.txt)"), ".txt"),
    (QT_TRANSLATE_NOOP("SaveChooser", "PDF document (.pdf)"), ".pdf"),
)


# What Windows, and memory sticks anywhere, refuse in a file name.
NOT_IN_NAMES = frozenset('<>:"|?*')
RESERVED_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789¹²³"]
)
NAME_BYTES = 255  # the longest file name most file systems take (UTF-8 bytes on Linux, macOS)


class SaveChooser(QDialog):
    """Pick a folder and a file name. Unlike QFileDialog it remembers nothing and writes nothing."""

    def __init__(
        self, suggested_name: str, parent: QWidget | None = None, start: Path | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save a copy"))
        self.setObjectName("saveChooser")
        self.places = usual_places()
        self.folders = PlaceTree(self.places)
        self.folders.setAccessibleName(self.tr("Folder"))  # and by the label above it
        self.model = self.folders.folder_model
        self._shown: Path | None = None  # the folder set_folder() chose, kept in view
        self.model.directoryLoaded.connect(self._show_chosen)
        self.model.layoutChanged.connect(self._show_chosen)
        self.model.rowsInserted.connect(self._show_chosen)
        self.name = QLineEdit(suggested_name)
        self.name.setAccessibleName(self.tr("File name"))
        not_for_input_methods(self.name)  # a name can say what the file holds
        self.name.textEdited.connect(self.problem_solved)
        self.format = ComboBox()
        self.format.setAccessibleName(self.tr("File type"))
        for text, suffix in FORMATS:
            self.format.addItem(self.tr(text), suffix)
        self.problem = label("", "cardTitle")  # what stops the save, said in the dialog
        self.problem.hide()
        self._layout(start or starting_folder())

    def _layout(self, start: Path) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(DIALOG_MARGIN, DIALOG_MARGIN, DIALOG_MARGIN, DIALOG_MARGIN)
        note = self.tr(
            "Lantern will write this one file and nothing else. Anyone who uses this computer "
            "may be able to open it, so choose a place that feels safe."
        )
        layout.addWidget(label(note))
        layout.addWidget(self._place_buttons())
        # Each control has a visible label pointing at it: on Linux a screen reader names a
        # drop-down by its current item ("Plain text (.txt)") unless a label points at it.
        for text, control, stretch in (
            (self.tr("Folder"), self.folders, 1),
            (self.tr("File name"), self.name, 0),
            (self.tr("File type"), self.format, 0),
        ):
            caption = label(text)
            caption.setBuddy(control)
            layout.addWidget(caption)
            layout.addWidget(control, stretch)
        layout.addWidget(self.problem)
        # Made inside the dialog, so the window's style sheet (no icons on dialog buttons)
        # answers when it makes its buttons: alone, it got the platform's floppy disk.
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.set_folder(start)
        fit_to_text(self, lines_wide=34, lines_high=25)

    def _place_buttons(self) -> FlowRow:
        """A button for each usual place to keep a file, wrapping onto more rows if need be."""
        items: list[QWidget] = [label(self.tr("Go to:"), wrap=False)]
        for place in self.places:
            button = QPushButton(place.name)
            button.setAutoDefault(False)  # Enter in the name box still saves
            button.clicked.connect(lambda _=False, f=place.folder: self.set_folder(f))
            items.append(button)
        return FlowRow(items, spacing=8, margin=0)

    def accept(self) -> None:
        """Close only once a folder and a usable name are chosen; otherwise say what is missing.

        A file already there is written over only if the reader says Yes; after No the
        chooser stays as it was, for another name or folder.
        """
        problem = self._problem()
        if problem is None:
            path = self.chosen_path()
            if path is None or self._may_write(path):
                super().accept()
            return
        text, control = problem
        self.problem.setText(text)
        self.problem.show()
        control.setFocus()
        announce(self, text, assertive=True)

    def _may_write(self, path: Path) -> bool:
        """False when a file is there and the reader said No to replacing it.

        Asked from here, over the chooser, so that F1 or Leave quickly closes both: asked
        after the chooser had closed, No brought it back over Get help now.
        """
        try:
            there = path.exists()
        except OSError:  # the system may not say (a folder it may not look in): writing
            return True  # fails, and says why
        if not there or _may_replace(self, path):
            return True
        self.name.setFocus()
        self.name.selectAll()
        # Back in the chooser, a screen reader heard only "File name" again: say what now.
        announce(self, self.tr("Nothing was replaced. Choose another name or folder."))
        return False

    def problem_solved(self) -> None:
        """The reader changed what the message was about: it goes until Save is pressed again."""
        self.problem.hide()

    def _problem(self) -> tuple[str, QWidget] | None:
        """What stops the save, and the control to fix it in; None when nothing does."""
        name = self.name.text().strip()
        if self.folder() is None:
            return self.tr("Choose a folder to save in."), self.folders
        if not name:
            return self.tr("Type a name for the file."), self.name
        if "/" in name or "\\" in name:
            return self.tr("A file name cannot have a slash (/ or \\) in it."), self.name
        # Windows and memory sticks refuse these: a colon even wrote the text somewhere
        # no one would find it, and a name like NUL threw it away, both "saved".
        if any(ord(c) < 32 for c in name):
            return self.tr(
                "A file name cannot have a tab, a line break or another hidden character in it."
            ), self.name
        if any(c in NOT_IN_NAMES for c in name):
            return self.tr('A file name cannot have any of these in it: < > : " | ? *'), self.name
        if name.split(".")[0].strip().upper() in RESERVED_NAMES:
            return self.tr("Computers keep that name for their own use. Try another."), self.name
        # Asking the system about a longer name fails before anything is written.
        if len(self._file_name(name).encode("utf-8", "surrogatepass")) > NAME_BYTES:
            return self.tr("That name is too long. Try a shorter one."), self.name
        # "Replace it?" and then "Not saved (Is a directory)": say so before asking.
        with contextlib.suppress(OSError):
            if (self.folder() or Path()).joinpath(self._file_name(name)).is_dir():
                return self.tr("A folder there has that name. Try another."), self.name
        return None

    def set_folder(self, folder: Path) -> None:
        """Select a folder in the tree, and keep it in view while the tree is being read."""
        self._shown = folder
        self.folders.select(folder)
        self._scroll_to_chosen()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Once shown at its real size, bring the chosen folder into the middle of the tree;
        the focus starts in the name, the one thing most readers change."""
        super().showEvent(event)
        self._show_chosen()
        self.name.setFocus()
        self.name.selectAll()

    def _show_chosen(self) -> None:
        # The model reads and sorts folders in the background: rows above the chosen folder
        # arrive after set_folder() scrolled, pushing it out of view. Follow it until the
        # reader picks another folder; a turn of the event loop later, after the tree itself
        # has taken in the change.
        QTimer.singleShot(0, self, self._scroll_to_chosen)  # not once the chooser is gone

    def _scroll_to_chosen(self) -> None:
        if self.folder() == self._shown:
            index = self.folders.currentIndex()
            self.folders.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def folder(self) -> Path | None:
        """The selected folder."""
        index = self.folders.currentIndex()
        return Path(self.model.filePath(index)) if index.isValid() else None

    def chosen_path(self) -> Path | None:
        """The full path to write, with the chosen type's suffix, or None if incomplete."""
        folder = self.folder()
        if folder is None or self._problem() is not None:
            return None
        return folder / self._file_name(self.name.text().strip())

    def _file_name(self, name: str) -> str:
        """The name with the chosen type's suffix, unless it has it already."""
        suffix = str(self.format.currentData())
        return name if name.lower().endswith(suffix) else name + suffix


def write_export(path: Path, title: str, text: str) -> None:
    """Write exactly one file, PDF or plain text by the path's suffix; OSError if it fails."""
    if path.suffix.lower() == ".pdf":
        data = pdf_bytes(title, text)
    else:
        # The documents end with a newline of their own: one more left a blank last line.
        body = text.rstrip("\n")
        data = f"{title}\n\n{body}\n".encode()
    # Written by Python, not by Qt: QPdfWriter given a path it cannot write fails silently,
    # and "Saved" was shown for a plan that was never kept.
    write_chosen_file(path, data)


def save_a_copy(parent: QWidget, suggested_name: str, title: str, text: str) -> Path | None:
    """Ask where to save, write the one file, and say where it went."""
    chooser = SaveChooser(suggested_name, parent)
    try:
        path = chooser.chosen_path() if chooser.exec() == QDialog.DialogCode.Accepted else None
    finally:
        chooser.deleteLater()  # its folder list and the name typed go with it
    if path is None:
        return None
    try:
        write_export(path, title, text)
    except OSError as error:
        # What the system said stays, for whoever helps; first, that nothing was lost.
        message = QCoreApplication.translate(
            "SaveChooser",
            "Lantern could not save the file there. What you wrote is still here. Try another "
            "folder, or print it instead.",
        )
        if not paper.has_printer():  # "print it instead", and then Print said nothing was printed
            message = QCoreApplication.translate(
                "SaveChooser",
                "Lantern could not save the file there. What you wrote is still here. Try "
                "another folder, such as a memory stick.",
            )
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("SaveChooser", "Not saved"),
            f"{message}\n\n({error.strerror})",
        )
        return None
    return path


def _may_replace(parent: QWidget, path: Path) -> bool:
    """Ask before a file already there is written over; True when the reader said yes."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SaveChooser", "Replace file?"),
        QCoreApplication.translate("SaveChooser", "%1 already exists. Replace it?").replace(
            "%1", path.name
        ),
        yes | no,
        no,  # Enter pressed without reading keeps the file there, maybe an earlier plan
    )
    return answer == yes
