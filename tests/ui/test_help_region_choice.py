"""The help panel's region choice: the list of regions, switching by code, box or keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.contact_model import RegionContacts
from reader.context import AppContext
from reader.ui.help_panel import HelpPanel
from tests.ui.help_panel_tools import make_panel, shown
from tests.ui.wheel_tools import turn_wheel
from tests.ui.window_helpers import MakeWindow

Text = QAccessible.Text

# --- choosing another region -------------------------------------------------------------


def test_region_box_lists_every_region_by_name(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    panel = make_panel(qtbot, regions, "GB")
    box = panel.region_box
    items = [(box.itemText(i), box.itemData(i)) for i in range(box.count())]
    named = [item for item in items if item[1] != "anywhere"]
    assert named == sorted(named)
    assert {code for _, code in items} == set(regions)
    assert items[-1] == ("Somewhere else", "anywhere")
    assert box.currentData() == "GB"
    assert box.currentText() == "United Kingdom"


def test_set_region_moves_the_box_and_the_text(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    panel = make_panel(qtbot, regions, "GB")
    panel.set_region("AU")
    assert panel.region == "AU"
    assert panel.region_box.currentData() == "AU"
    assert "000" in shown(panel)
    assert "Samaritans" not in shown(panel)
    assert regions["AU"].services[0].name in shown(panel)


def test_choosing_in_the_box_switches_region(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    panel = make_panel(qtbot, regions, "GB")
    box = panel.region_box
    box.setCurrentIndex(box.findData("NZ"))
    assert panel.region == "NZ"
    assert regions["NZ"].services[0].name in shown(panel)
    assert "Samaritans" not in shown(panel)


def test_arrow_keys_on_the_region_box_switch_region(
    make_window: MakeWindow, small_context: AppContext, qtbot: QtBot
) -> None:
    window = make_window(small_context)
    window.open_help()
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    box = panel.region_box
    box.setFocus()
    start = box.currentIndex()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentIndex() == start + 1
    assert panel.region == box.itemData(start + 1)
    assert regions_text_matches(panel, small_context.contacts[panel.region])


@pytest.mark.parametrize(
    "key", [Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown]
)
def test_jump_keys_on_the_region_box_never_change_the_country(
    make_window: MakeWindow, small_context: AppContext, qtbot: QtBot, key: Qt.Key
) -> None:
    """Home went to Australia, End to Somewhere else, Page Up to the United States: another
    country's numbers, without a word, for a key pressed to go to the top of the page."""
    window = make_window(small_context)
    window.open_help()
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    panel.region_box.setFocus()
    qtbot.keyClick(panel.region_box, key)
    assert panel.region == "GB"
    assert panel.region_box.currentData() == "GB"


def regions_text_matches(panel: HelpPanel, contacts: RegionContacts) -> bool:
    text = shown(panel)
    return all(s.name in text for s in contacts.services) and all(
        n in text for n in contacts.emergency
    )


def test_region_choice_lasts_only_for_the_session(
    make_window: MakeWindow, small_context: AppContext
) -> None:
    first = make_window(small_context)
    first.open_help()
    first_panel = first.screens["help"]
    assert isinstance(first_panel, HelpPanel)
    first_panel.set_region("CA")
    assert small_context.region == "GB"  # the choice is not written anywhere
    second = make_window(small_context)
    second.open_help()
    second_panel = second.screens["help"]
    assert isinstance(second_panel, HelpPanel)
    assert second_panel.region == "GB"


def test_panel_has_a_title_and_a_labelled_region_box(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    panel = make_panel(qtbot, regions, "GB")
    labels = {lab.text(): lab for lab in panel.findChildren(QLabel)}
    assert "Get help now" in labels
    assert labels["Showing help for:"].buddy() is panel.region_box
    assert panel.region_box.accessibleName() == "Country or region"


def test_somewhere_else_names_the_countries_lantern_has_lines_for(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    panel = make_panel(qtbot, regions, "anywhere")
    text = " ".join(shown(panel).split())
    assert "choose it under “Showing help for” above" in text
    for contacts in regions.values():
        if contacts.code != "anywhere":
            assert contacts.country in text
    panel.set_region("GB")
    assert "Showing help for” above" not in shown(panel)


# --- the mouse wheel over the region box --------------------------------------------------


def wheel_over(box: QWidget, modifiers: Qt.KeyboardModifier) -> bool:
    """One notch down over the box, as a person scrolling the page turns it; whether taken."""
    return turn_wheel(box, -1, modifiers)


@pytest.mark.parametrize(
    "modifiers", [Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier]
)
def test_the_wheel_over_the_region_box_never_changes_the_country(
    make_window: MakeWindow,
    small_context: AppContext,
    modifiers: Qt.KeyboardModifier,
) -> None:
    """Scrolling Get help now with the pointer over the box showed another country's numbers
    (United Kingdom became United States); Ctrl+wheel, which sizes the text everywhere else,
    did the same. The box leaves the wheel to the page, which scrolls or sizes the text."""
    window = make_window(small_context)
    window.open_help()
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    for _ in range(3):
        assert not wheel_over(panel.region_box, modifiers)  # passed on to the page
    assert panel.region == "GB"
    assert panel.region_box.currentData() == "GB"
    assert "Samaritans" in shown(panel)


def heard_with_the_contacts(panel: HelpPanel) -> str:
    """What a screen reader says of the crisis contacts as the keyboard lands on them."""
    interface = QAccessible.queryAccessibleInterface(panel.view)
    assert interface is not None
    return " ".join(interface.text(part) for part in (Text.Name, Text.Description))


def test_a_screen_reader_hears_whose_lines_the_contacts_are(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    """F1 lands on the contacts, below the region box: "call 999 or 112" was heard with no
    word of the country, by a reader whose computer's region was not their own."""
    panel = make_panel(qtbot, regions, "GB")
    assert "United Kingdom" in heard_with_the_contacts(panel)
    panel.set_region("NZ")
    assert "New Zealand" in heard_with_the_contacts(panel)
    assert "United Kingdom" not in heard_with_the_contacts(panel)
    panel.set_region("anywhere")
    assert "Somewhere else" in heard_with_the_contacts(panel)
