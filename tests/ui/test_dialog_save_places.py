"""Save a copy opens on the reader's own folders by plain names, never the top of the disk."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, QStorageInfo
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from reader.ui import save_places
from reader.ui.export import SaveChooser
from reader.ui.save_places import Place, place_of

Location = QStandardPaths.StandardLocation


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with Documents and Desktop, beside someone else's, and no drives."""
    home = tmp_path / "sam"
    for folder in ("Documents", "Desktop", "Music"):
        (home / folder).mkdir(parents=True)
    (tmp_path / "someone else").mkdir()
    places = {
        Location.HomeLocation: home,
        Location.DocumentsLocation: home / "Documents",
        Location.DesktopLocation: home / "Desktop",
    }
    monkeypatch.setattr(
        QStandardPaths, "writableLocation", staticmethod(lambda where: str(places[where]))
    )
    monkeypatch.setattr(save_places, "plugged_in_drives", lambda: [])
    return home


def shown_rows(chooser: SaveChooser) -> list[str]:
    """The names at the top of the folder tree, as the reader sees them."""
    tree, model = chooser.folders, chooser.model
    top = tree.rootIndex()
    rows = range(model.rowCount(top))
    return [str(model.index(r, 0, top).data()) for r in rows if not tree.isRowHidden(r, top)]


def opened_chooser(qtbot: QtBot) -> SaveChooser:
    chooser = SaveChooser("my-plan")
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitExposed(chooser)
    return chooser


def test_the_tree_starts_at_the_home_folder_by_its_plain_name(qtbot: QtBot, home: Path) -> None:
    """It started at "/", with proc, sys and lost+found, and no word of where home was."""
    chooser = opened_chooser(qtbot)
    tree, model = chooser.folders, chooser.model
    assert model.filePath(tree.rootIndex()) == str(home.parent)
    # The neighbours are read in the background: someone else's folder arrives, and stays hidden.
    qtbot.waitUntil(lambda: model.rowCount(tree.rootIndex()) == 2)
    assert shown_rows(chooser) == ["Home folder"]
    top = model.index(str(home))
    assert tree.isExpanded(top)
    qtbot.waitUntil(lambda: model.rowCount(top) == 3)
    names = sorted(str(model.index(r, 0, top).data()) for r in range(3))
    assert names == ["Desktop", "Documents", "Music"]


def test_the_chooser_opens_in_documents(qtbot: QtBot, home: Path) -> None:
    chooser = opened_chooser(qtbot)
    assert chooser.folder() == home / "Documents"
    assert chooser.chosen_path() == home / "Documents" / "my-plan.txt"


def test_without_documents_it_opens_in_the_home_folder(qtbot: QtBot, home: Path) -> None:
    (home / "Documents").rmdir()
    chooser = opened_chooser(qtbot)
    assert chooser.folder() == home
    labels = [b.text() for b in chooser.findChildren(QPushButton) if b.text()]
    assert "Documents" not in labels


def test_a_plugged_in_drive_is_a_place_of_its_own(
    qtbot: QtBot, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "media" / "KINGSTON"
    (stick / "Letters").mkdir(parents=True)
    monkeypatch.setattr(save_places, "plugged_in_drives", lambda: [Place("Drive: USB", stick)])
    chooser = opened_chooser(qtbot)
    buttons = {b.text(): b for b in chooser.findChildren(QPushButton) if b.text()}
    buttons["Drive: USB"].click()
    assert chooser.folder() == stick
    assert shown_rows(chooser) == ["Drive: USB"]  # home is not beside it
    buttons["Documents"].click()
    assert shown_rows(chooser) == ["Home folder"]
    assert chooser.folder() == home / "Documents"


@dataclass
class FakeVolume:
    """What QStorageInfo says about one mounted file system."""

    root: str
    label: str = ""
    read_only: bool = False
    ready: bool = True

    def isValid(self) -> bool:  # noqa: N802 - QStorageInfo's name
        return True

    def isReady(self) -> bool:  # noqa: N802 - QStorageInfo's name
        return self.ready

    def isReadOnly(self) -> bool:  # noqa: N802 - QStorageInfo's name
        return self.read_only

    def rootPath(self) -> str:  # noqa: N802 - QStorageInfo's name
        return self.root

    def displayName(self) -> str:  # noqa: N802 - QStorageInfo's name
        return self.label or self.root


def test_only_drives_a_person_plugged_in_and_can_write_to_are_offered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(save_places.sys, "platform", "linux")  # where drives go in folders
    volumes = [
        FakeVolume("/"),
        FakeVolume("/boot/efi", "EFI"),
        FakeVolume("/media/sam/KINGSTON", "KINGSTON"),
        FakeVolume("/media/sam/CD", "Holiday photos", read_only=True),
        FakeVolume("/run/media/sam/CARD", "CARD"),
        FakeVolume("/Volumes/Backup", "Backup", ready=False),
    ]
    monkeypatch.setattr(QStorageInfo, "mountedVolumes", staticmethod(lambda: volumes))
    assert save_places.plugged_in_drives() == [
        Place("Drive: KINGSTON", Path("/media/sam/KINGSTON")),
        Place("Drive: CARD", Path("/run/media/sam/CARD")),
    ]


def test_a_folder_shows_under_the_outermost_place_that_holds_it(tmp_path: Path) -> None:
    home, stick = Place("Home folder", tmp_path / "sam"), Place("Drive: USB", tmp_path / "usb")
    documents = Place("Documents", tmp_path / "sam" / "Documents")
    places = [home, documents, stick]
    assert place_of(tmp_path / "sam" / "Documents" / "Letters", places) == home
    assert place_of(tmp_path / "usb", places) == stick
    assert place_of(tmp_path / "elsewhere" / "here", places) == Place("", tmp_path / "elsewhere")


def test_the_chooser_has_room_around_its_content(qtbot: QtBot, home: Path) -> None:
    chooser = opened_chooser(qtbot)
    layout = chooser.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    assert min(margins.left(), margins.top(), margins.right(), margins.bottom()) >= 20
