"""The Reading settings menu's text size items: plain names, their keys as real shortcuts.

The items were named "Larger text\\tCtrl++", so a screen reader read the tab and the keys as
part of the name, and the menu knew nothing of the shortcut. Now each item is the window's own
zoom action: its name is the words alone, the menu shows its key, and each key zooms once
wherever the focus is, the menu open or not.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QStyleOptionMenuItem, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.reading_tools import POPUP_NOISE
from tests.ui.shortcut_keys import window_keys

NATIVE = QKeySequence.SequenceFormat.NativeText
CTRL = Qt.KeyboardModifier.ControlModifier
SIZE_ITEMS = {
    "Larger text": QKeySequence.StandardKey.ZoomIn,
    "Smaller text": QKeySequence.StandardKey.ZoomOut,
    "Default text size": "Ctrl+0",
}
# Each key, and the text size it leads to from 125% (the window starts at 100%).
KEYS = {
    "Ctrl++": (Qt.Key.Key_Plus, 150),
    "Ctrl+=": (Qt.Key.Key_Equal, 150),
    "Ctrl+-": (Qt.Key.Key_Minus, 110),
    "Ctrl+0": (Qt.Key.Key_0, 100),
}


def native_text(keys: str) -> str:
    """A key as this platform writes it."""
    return QKeySequence(keys).toString(NATIVE)


def size_items(window: MainWindow) -> dict[str, QAction]:
    """The menu's text size items, by the words they show."""
    actions = window.settings_button.menu().actions()
    found = {action.text(): action for action in actions if action.text() in SIZE_ITEMS}
    assert list(found) == list(SIZE_ITEMS)
    return found


def item_names(menu: QMenu) -> list[str]:
    """What a screen reader reads for each of the menu's items."""
    interface = QAccessible.queryAccessibleInterface(menu)
    assert interface is not None
    children = (interface.child(i) for i in range(interface.childCount()))
    return [child.text(QAccessible.Text.Name) for child in children if child is not None]


@pytest.fixture
def open_menu(window: MainWindow, qtbot: QtBot) -> Iterator[QMenu]:
    """The Reading settings menu, open under its button (closed again afterwards)."""
    button = window.settings_button
    menu = button.menu()
    menu.aboutToShow.emit()  # as a click does
    menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    yield menu
    menu.close()


def test_each_size_item_is_named_by_its_words_alone(window: MainWindow) -> None:
    menu = window.settings_button.menu()
    names = item_names(menu)
    for words in SIZE_ITEMS:
        assert words in names  # before: "Larger text\tCtrl++", tab and keys read aloud
    assert not any("\t" in name for name in names)
    first = menu.actions()[:4]  # where they always were: at the top, a line under them
    assert [a.text() for a in first[:3]] == list(SIZE_ITEMS)
    assert first[3].isSeparator()
    for words, action in size_items(window).items():
        assert "\t" not in action.text()
        assert not any(key in action.text() for key in ("Ctrl", "+", "0"))
        assert action.isEnabled(), words


def test_the_menu_shows_each_item_s_key_as_its_shortcut(window: MainWindow) -> None:
    """The platform's keys (Cmd on macOS), kept as the item's shortcut, not in its name."""
    menu = window.settings_button.menu()
    interface = QAccessible.queryAccessibleInterface(menu)
    assert interface is not None
    shown = {}
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None and child.text(QAccessible.Text.Name) in SIZE_ITEMS:
            shown[child.text(QAccessible.Text.Name)] = child.text(QAccessible.Text.Accelerator)
    for words, action in size_items(window).items():
        native = QKeySequence(SIZE_ITEMS[words]).toString(NATIVE)
        assert action.shortcut().toString(NATIVE) == native  # what the menu draws on the right
        assert action.isShortcutVisibleInContextMenu()  # drawn on macOS too
        drawn = QStyleOptionMenuItem()
        menu.initStyleOption(drawn, action)
        assert drawn.text == f"{words}\t{native}"  # as the menu showed it before, keys and all
        assert QKeySequence(shown[words]) == QKeySequence(SIZE_ITEMS[words])
    larger = size_items(window)["Larger text"]
    assert {k.toString(NATIVE) for k in larger.shortcuts()} >= {native_text("Ctrl+=")}


def test_no_key_is_bound_twice(window: MainWindow) -> None:
    """Two shortcuts or actions on one key and Qt calls it ambiguous: neither fires."""
    keys = window_keys(window)
    assert len(keys) == len(set(keys))


def pressed_once(window: MainWindow, target: QWidget, name: str) -> list[int]:
    """Press one of the keys in target (from 125%); the text sizes the presses led to."""
    window.theming.set_zoom(125)
    sizes: list[int] = []
    window.theming.changed.connect(lambda: sizes.append(window.theming.zoom))
    key, _ = KEYS[name]
    QTest.keyClick(target, key, CTRL)
    return sizes


@pytest.mark.parametrize("name", list(KEYS))
def test_each_key_zooms_once_from_the_search_box(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus)
    assert pressed_once(window, window.search_box, name) == [KEYS[name][1]]


@pytest.mark.parametrize("greyed", [False, True], ids=["", "greyed"])
@pytest.mark.parametrize("name", list(KEYS))
def test_each_key_zooms_once_from_the_settings_button(
    window: MainWindow, qtbot: QtBot, name: str, greyed: bool
) -> None:
    """With the items' own shortcuts besides the window's, both answered here: Qt called each
    key ambiguous and zoomed not at all. Greyed, as over a kiosk's idle notice, keys still work.
    """
    button = window.settings_button
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    button.setEnabled(not greyed)
    assert pressed_once(window, button, name) == [KEYS[name][1]]


@pytest.mark.qt_log_ignore(POPUP_NOISE)
@pytest.mark.parametrize("name", list(KEYS))
def test_each_key_zooms_once_with_the_menu_open(
    window: MainWindow, open_menu: QMenu, name: str
) -> None:
    assert pressed_once(window, open_menu, name) == [KEYS[name][1]]
    assert open_menu.isVisible()  # a key is not a choice: the menu stays for the next one
