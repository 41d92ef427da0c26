"""The Save a copy chooser shows the folder it will save into, not the top of the disk."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.export import SaveChooser


def test_the_chosen_folder_is_in_view_once_the_tree_is_read(qtbot: QtBot, tmp_path: Path) -> None:
    for n in range(30):  # folders listed above the chosen one, far more than the tree shows
        (tmp_path / f"a{n:02}").mkdir()
    start = tmp_path / "zz kept here"
    start.mkdir()
    chooser = SaveChooser("my-plan", start=start)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitExposed(chooser)
    tree, model = chooser.folders, chooser.model

    def chosen_row_in_view() -> bool:
        row = tree.visualRect(tree.currentIndex())
        return chooser.folder() == start and tree.viewport().rect().contains(row)

    # The folders are read in the background, and push the chosen one down as they arrive.
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(tmp_path))) == 31, timeout=5000)
    # Before: the tree stayed where it was scrolled before they came, the folder out of view.
    qtbot.waitUntil(lambda: chosen_row_in_view() and tree.verticalScrollBar().value() > 0)
