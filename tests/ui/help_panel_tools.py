"""Helpers shared by the help panel tests: build a panel, read the text it shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QDate, QLocale, QRegularExpression
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.breakable import plain_hyphens
from reader.contact_model import RegionContacts, Service
from reader.contacts import service_from_dict
from reader.ui.help_panel import HelpPanel


def make_panel(
    qtbot: QtBot,
    regions: dict[str, RegionContacts],
    region: str = "GB",
    local: Sequence[Service] = (),
    clock: Callable[[], dt.datetime] | None = None,
) -> HelpPanel:
    """A help panel for region (and clinic contacts, and a clock), owned by qtbot."""
    panel = (
        HelpPanel(regions, region, local, clock=clock)
        if clock
        else HelpPanel(regions, region, local)
    )
    qtbot.addWidget(panel)
    return panel


def shown(panel: HelpPanel) -> str:
    """The text the panel shows, as plain text (with plain hyphens, as copying gives it)."""
    return plain_hyphens(panel.view.toPlainText())


def find_shown(panel: HelpPanel, words: str) -> QTextCursor:
    """Where words are in the panel's text as shown, whatever its numbers are given to a screen
    reader with (word joiners between their digits, unseen)."""
    pattern = "\u2060?".join(QRegularExpression.escape(char) for char in words)
    return panel.view.document().find(QRegularExpression(pattern))


def open_all_day(regions: dict[str, RegionContacts]) -> dict[str, RegionContacts]:
    """The bundled regions with only their lines open around the clock, so that a test of the
    clinic's own line opening or closing is not also a test of when the bundled lines answer."""
    return {
        code: replace(region, services=tuple(s for s in region.services if s.hours.always_open))
        for code, region in regions.items()
    }


def timetabled_service(contact: dict[str, str] | None = None) -> Service:
    data = {
        "name": "Daytime line",
        "description": "A line open in the daytime on Mondays.",
        "audience": "Anyone",
        "languages": ["English"],
        "source": "test",
        "hours": {"time_zone": "Europe/London", "monday": ["09:00-17:00"]},
        "contact": [contact or {"type": "phone", "value": "0100 000 002"}],
    }
    return service_from_dict(data, "test")


def english_date(day: dt.date) -> str:
    """The date as QLocale writes it in English."""
    english = QLocale(QLocale.Language.English)
    return english.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
