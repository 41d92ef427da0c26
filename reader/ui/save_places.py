"""The places Save a copy offers: the home folder, Documents, Desktop and plugged-in drives.

A frightened reader should see their own folders by plain names, not the top of the disk with
proc, sys and lost+found. Finding the places only reads: nothing is remembered or written.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDir,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    QStorageInfo,
    Qt,
)
from PySide6.QtWidgets import QFileSystemModel, QTreeView

from reader.ui.translation import QT_TRANSLATE_NOOP

Location = QStandardPaths.StandardLocation
FOLDERS = (
    (QT_TRANSLATE_NOOP("SaveChooser", "Home folder"), Location.HomeLocation),
    (QT_TRANSLATE_NOOP("SaveChooser", "Documents"), Location.DocumentsLocation),
    (QT_TRANSLATE_NOOP("SaveChooser", "Desktop"), Location.DesktopLocation),
)
# Where Linux and macOS put the drives a person plugs in (a USB stick, a memory card).
DRIVE_FOLDERS = ("/media/", "/run/media/", "/Volumes/")


@dataclass(frozen=True)
class Place:
    """A folder offered by a plain name, as a button and at the top of the folder tree."""

    name: str
    folder: Path


def usual_places() -> list[Place]:
    """Home, Documents and Desktop where this computer has them, then plugged-in drives."""
    places: list[Place] = []
    for text, location in FOLDERS:
        folder = Path(QStandardPaths.writableLocation(location))
        if folder.is_dir() and all(p.folder != folder for p in places):
            # Documents is the home folder itself on some systems: offered once.
            places.append(Place(QCoreApplication.translate("SaveChooser", text), folder))
    return places + plugged_in_drives()


def starting_folder() -> Path:
    """Documents where there is one (where most people keep a letter), else the home folder."""
    documents = Path(QStandardPaths.writableLocation(Location.DocumentsLocation))
    if documents.is_dir():
        return documents
    return Path(QStandardPaths.writableLocation(Location.HomeLocation))


def plugged_in_drives() -> list[Place]:
    """Drives a person plugged in and can write to, named by their labels."""
    name = QCoreApplication.translate("SaveChooser", "Drive: %1")
    return [
        Place(name.replace("%1", volume.displayName()), Path(volume.rootPath()))
        for volume in QStorageInfo.mountedVolumes()
        if volume.isValid()
        and volume.isReady()
        and not volume.isReadOnly()
        and _plugged_in(volume.rootPath())
    ]


def _plugged_in(root: str) -> bool:
    if sys.platform == "win32":
        return root != QStorageInfo.root().rootPath()  # any drive but the system's own
    return root.startswith(DRIVE_FOLDERS)


def tops(places: list[Place]) -> list[Place]:
    """The places not inside another one: each is the top of the tree when it is shown."""
    return [p for p in places if not any(o.folder in p.folder.parents for o in places)]


def place_of(folder: Path, places: list[Place]) -> Place:
    """The top place the folder is in; a folder in none is shown under its own parent."""
    holding = [p for p in tops(places) if p.folder == folder or p.folder in folder.parents]
    if holding:
        return max(holding, key=lambda p: len(p.folder.parts))
    return Place("", folder.parent)


NO_PARENT = QModelIndex()


class FolderNames(QFileSystemModel):
    """The file system's folders by name only: a screen reader read out size, type and date."""

    def __init__(self, parent: QObject, places: list[Place]) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFilter(QDir.Filter.AllDirs | QDir.Filter.NoDotAndDotDot)
        self._plain_names = {str(p.folder): p.name for p in places}

    def columnCount(  # noqa: N802 - Qt override
        self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT
    ) -> int:
        """Just the name."""
        return 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """A place by its plain name ("Home folder", not "sam"), other folders by their own."""
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            name = self._plain_names.get(self.filePath(index))
            if name:
                return name
        return super().data(index, role)


class PlaceTree(QTreeView):
    """Folders under one place, the home folder or a drive, shown alone and open at the top.

    Never the top of the disk: a reader should not have to look past proc, sys and lost+found.
    """

    def __init__(self, places: list[Place]) -> None:
        super().__init__()
        self.places = places
        self.folder_model = FolderNames(self, places)
        self.folder_model.rowsInserted.connect(self._hide_others)
        self.setModel(self.folder_model)
        self.setHeaderHidden(True)  # one column, named by a label beside the tree
        self._place: Place | None = None

    def select(self, folder: Path) -> None:
        """Make the folder the current one, with its place at the top of the tree."""
        self._show_place(place_of(folder, self.places))
        self.setCurrentIndex(self.folder_model.index(str(folder)))

    def place(self) -> Place | None:
        """The place at the top of the tree."""
        return self._place

    def _show_place(self, place: Place) -> None:
        if place == self._place:
            return
        self._place = place
        model, above = self.folder_model, place.folder.parent
        model.setRootPath(str(above))  # watched, so a folder made meanwhile appears
        # Above a drive's top ("/", "E:/") is the model's own top.
        self.setRootIndex(model.index(str(above)) if above != place.folder else QModelIndex())
        self._hide_others()
        self.expand(model.index(str(place.folder)))

    def _hide_others(self) -> None:
        # The place's neighbours (other people's home folders, other drives) stay out of the
        # tree; the model reads them in the background, so this runs again as they arrive.
        if self._place is None:
            return
        top, place = self.rootIndex(), str(self._place.folder)
        for row in range(self.folder_model.rowCount(top)):
            other = self.folder_model.filePath(self.folder_model.index(row, 0, top)) != place
            if self.isRowHidden(row, top) != other:
                self.setRowHidden(row, top, other)
