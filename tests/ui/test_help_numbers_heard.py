"""Get help now read line by line: a screen reader hears each number to call digit by digit,
as the text a sighted reader sees and copies stays as written."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAccessible, QFontMetricsF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.contact_model import RegionContacts, Service
from reader.ui.help_panel import HelpPanel
from tests.ui.help_panel_tools import make_panel, shown

# Characters with no width and no look: the only difference a screen reader may be given.
_INVISIBLE = re.compile(r"[\u2060\u200b\ufeff]")


def heard(panel: HelpPanel) -> str:
    """The contacts' text as a screen reader reads it, line by line (Qt's text interface)."""
    interface = QAccessible.queryAccessibleInterface(panel.view)
    assert interface is not None
    text = interface.textInterface()
    assert text is not None
    return text.text(0, text.characterCount())


def letters_and_digits(text: str) -> str:
    """The text's letters and digits alone, in order (Qt's text interface marks a table's
    cells with characters of its own, where the plain text has line breaks)."""
    return re.sub(r"[\W_]", "", text)


def numbers_to_dial(contacts: RegionContacts) -> list[str]:
    """Every number the region's page gives to call or text, as its file writes it."""
    services = contacts.services + contacts.home_services
    ways = [w.value for s in services for w in s.contact if w.type in ("phone", "text")]
    return [*contacts.emergency, *ways]


@pytest.mark.parametrize("code", ["GB", "US", "AU", "IE", "NZ", "CA"])
def test_every_number_to_dial_is_heard_digit_by_digit(
    qtbot: QtBot, regions: dict[str, RegionContacts], code: str
) -> None:
    """Read from the text, "0808 2000 247" was heard as "zero eight zero eight, two thousand
    two hundred forty-seven" (eSpeak NG), "116 123" and "999" as amounts."""
    panel = make_panel(qtbot, regions, code)
    text = heard(panel)
    for number in numbers_to_dial(regions[code]):
        alone = rf"(?<![\w.]){re.escape(number)}(?!\w)"  # not inside a web address
        assert not re.search(alone, text), number  # as written, digits side by side: an amount
        digits = r"[^\d\n]{1,3}".join(re.escape(d) for d in re.sub(r"\D", "", number))
        assert re.search(digits, text), number  # still all there, in order, on one line


def test_the_screen_and_a_copy_show_the_numbers_as_written(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    panel = make_panel(qtbot, regions, "GB")
    assert letters_and_digits(heard(panel)) == letters_and_digits(shown(panel))  # none added
    assert "Call 116 123" in shown(panel)
    assert "In an emergency, call 999 or 112." in shown(panel)
    assert "Numbers checked: 27 November 2026" in heard(panel)  # a date is not a number to dial
    panel.view.selectAll()
    panel.view.copy()
    copied = QApplication.clipboard().text()
    assert "Call 116 123" in copied
    assert "Text SHOUT to 85258" in copied
    assert not _INVISIBLE.search(copied)
    # As wide as written: the number takes the same room, and wraps where it did.
    font = QFontMetricsF(panel.view.document().defaultFont())
    line = next(line for line in heard(panel).splitlines() if _INVISIBLE.search(line))
    assert font.horizontalAdvance(line) == font.horizontalAdvance(_INVISIBLE.sub("", line))


def described(panel: HelpPanel) -> str:
    """What a screen reader says with the contacts as it lands on them, beside their name."""
    interface = QAccessible.queryAccessibleInterface(panel.view)
    assert interface is not None
    return interface.text(QAccessible.Text.Description)


def test_landing_on_the_contacts_says_whose_they_are_and_the_emergency_number_only(
    qtbot: QtBot, regions: dict[str, RegionContacts], local_service: Service
) -> None:
    """Every line said on arrival, before the text itself, was over 1,000 characters with a
    clinic's contacts: the lines are heard from the text, each number digit by digit."""
    panel = make_panel(qtbot, regions, "GB", [local_service])
    said = "Showing help for: United Kingdom. In an emergency, call 9 9 9 or 1 1 2."
    assert described(panel) == said
    assert "0\u20601\u20600\u20600 0\u20600\u20600 0\u20600\u20600" in heard(panel)
    panel.set_region("US")
    assert described(panel) == "Showing help for: United States. In an emergency, call 9 1 1."


def test_with_no_country_s_lines_the_clinic_s_own_are_heard_digit_by_digit(
    qtbot: QtBot, local_service: Service
) -> None:
    panel = make_panel(qtbot, {}, "GB", [local_service])
    assert "Call 0\u20601\u20600\u20600 0\u20600\u20600 0\u20600\u20600" in heard(panel)
    assert "Call 0100 000 000" in shown(panel)
