"""Phone numbers a screen reader says digit by digit, as people say them, not as amounts; the
screen and a copy show them as written."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from reader.contact_model import RegionContacts
from reader.context import AppContext
from reader.ui.article_parts import NumberLabel
from reader.ui.contact_text import spoken_numbers
from tests.ui.a11y_tools import accessible_name
from tests.ui.help_panel_tools import make_panel, shown
from tests.ui.window_helpers import MakeWindow


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Call 116 123", "Call 1 1 6, 1 2 3"),
        ("In an emergency, call 999 or 112.", "In an emergency, call 9 9 9 or 1 1 2."),
        ("Call 1-800-422-4453", "Call 1, 8 0 0, 4 2 2, 4 4 5 3"),
        ("Text SHOUT to 85258", "Text SHOUT to 8 5 2 5 8"),
        ("Call +44 20 7946 0000", "Call +4 4, 2 0, 7 9 4 6, 0 0 0 0"),
        ("Call 000 or 112 (Australia).", "Call 0 0 0 or 1 1 2 (Australia)."),
        ("Open 24 hours, every day", "Open 24 hours, every day"),
        ("Step 2 of 5", "Step 2 of 5"),
    ],
)
def test_numbers_are_spelled_out_in_their_groups(qapp: object, written: str, said: str) -> None:
    assert spoken_numbers(written) == said


def test_a_crisis_articles_emergency_number_is_said_digit_by_digit(
    make_window: MakeWindow, bundled_context: AppContext
) -> None:
    window = make_window(bundled_context)
    assert window.open_article("in-crisis-right-now")
    (box,) = window.article_view.findChildren(NumberLabel)
    assert box.text() == "In an emergency, call 999 or 112 (United Kingdom)."
    assert accessible_name(box) == "In an emergency, call 9 9 9 or 1 1 2 (United Kingdom)."


def test_help_says_the_emergency_number_digit_by_digit_and_shows_it_as_written(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    panel = make_panel(qtbot, regions, "GB")
    interface = QAccessible.queryAccessibleInterface(panel.view)
    described = interface.text(QAccessible.Text.Description)
    assert described == "Showing help for: United Kingdom. In an emergency, call 9 9 9 or 1 1 2."
    assert "In an emergency, call 999 or 112." in shown(panel)
    panel.set_region("AU")
    described = interface.text(QAccessible.Text.Description)
    assert described.endswith("call 0 0 0 or 1 1 2."), described
