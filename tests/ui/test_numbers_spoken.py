"""Phone numbers a screen reader says digit by digit, as people say them, not as amounts; the
screen and a copy show them as written."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from reader.contact_model import RegionContacts, Service
from reader.context import AppContext
from reader.ui.article_parts import NumberLabel
from reader.ui.contact_text import spoken_numbers
from reader.ui.help_panel import HelpPanel
from tests.ui.a11y_tools import accessible_name
from tests.ui.help_panel_tools import make_panel, shown, timetabled_service
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
    assert described.startswith(
        "Showing help for: United Kingdom. In an emergency, call 9 9 9 or 1 1 2. "
    ), described
    assert "In an emergency, call 999 or 112." in shown(panel)
    panel.set_region("AU")
    described = interface.text(QAccessible.Text.Description)
    assert "call 0 0 0 or 1 1 2. " in described, described


def said_with_contacts(panel: HelpPanel) -> str:
    """What a screen reader is given with the crisis contacts, beside their name."""
    interface = QAccessible.queryAccessibleInterface(panel.view)
    assert interface is not None
    return interface.text(QAccessible.Text.Description)


def test_help_says_each_service_s_numbers_digit_by_digit_in_the_order_shown(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    """Read from the text, "Call 116 123" was heard as "one hundred sixteen thousand one
    hundred twenty-three": someone blind, in crisis, could not hear which number to dial."""
    panel = make_panel(qtbot, regions, "GB")
    said = said_with_contacts(panel)
    assert (
        "Talk to someone now. Samaritans: Call 1 1 6, 1 2 3; Email jo@samaritans.org. Open now. "
        "Shout: Text SHOUT to 8 5 2 5 8. Open now. Childline: Call 0 8 0 0, 1 1 1 1. Open now. "
        "When home does not feel safe. National Domestic Abuse Helpline: Call 0 8 0 8, 2 0 0 0, "
        "2 4 7. Open now. "
    ) in said
    places = [said.index(f"{name}: ") for name in panel.service_names()]
    assert places == sorted(places)
    assert not re.search(r"\d\d", said), said  # no number left to be read as an amount
    assert "Call 116 123" in shown(panel)  # the screen, and a copy, as written
    assert "Call 0808 2000 247" in shown(panel)
    panel.set_region("US")
    said = said_with_contacts(panel)
    assert "Samaritans" not in said
    assert "9 8 8 Suicide & Crisis Lifeline: Call 9 8 8. Press 1 for veterans." in said
    assert "Call 988. Press 1 for veterans." in shown(panel)


def test_the_services_said_follow_the_hours_as_the_screen_does(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    """A line that closes while help is open is said closed, and last, as the screen shows it:
    a description built once, as help opened, would go on saying "open now"."""
    moment = [dt.datetime(2026, 11, 30, 16, 59, tzinfo=dt.UTC)]
    local = [timetabled_service()]
    panel = HelpPanel(regions, "GB", local, clock=lambda: moment[0], hours_check_ms=20)
    qtbot.addWidget(panel)
    panel.show()
    opened = "Here, at this service. Daytime line: Call 0 1 0 0, 0 0 0, 0 0 2. Open now. "
    assert opened in said_with_contacts(panel)
    moment[0] = moment[0].replace(hour=17, minute=1)
    qtbot.waitUntil(lambda: "Closed now" in shown(panel))
    said = said_with_contacts(panel)
    assert "Daytime line: Call 0 1 0 0, 0 0 0, 0 0 2. Open now" not in said
    closed = "Here, at this service: closed now. Daytime line: Call 0 1 0 0, 0 0 0, 0 0 2. "
    assert said.endswith(closed + "Closed now: try another line."), said
    assert said.index("Samaritans") < said.index("Daytime line")


def test_with_no_country_s_lines_the_clinic_s_own_are_said(
    qtbot: QtBot, local_service: Service
) -> None:
    panel = make_panel(qtbot, {}, "GB", [local_service])
    assert "Call 0 1 0 0, 0 0 0, 0 0 0" in said_with_contacts(panel)
    assert "Call 0100 000 000" in shown(panel)
