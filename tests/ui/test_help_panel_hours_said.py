"""A screen reader is told when a line opens or closes while help is on the screen."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from reader.contact_model import RegionContacts
from reader.ui.help_panel import HelpPanel
from tests.ui.a11y_tools import watch_announcements
from tests.ui.help_panel_tools import open_all_day, shown, timetabled_service

MONDAY = dt.date(2026, 11, 30)


def _at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(MONDAY, dt.time(hour, minute), tzinfo=dt.UTC)


def _panel(
    qtbot: QtBot, regions: dict[str, RegionContacts], moment: list[dt.datetime]
) -> HelpPanel:
    local = [timetabled_service()]
    panel = HelpPanel(regions, "GB", local, clock=lambda: moment[0], hours_check_ms=20)
    qtbot.addWidget(panel)
    return panel


def test_a_line_closing_while_help_shows_is_said_politely(
    qtbot: QtBot, regions: dict[str, RegionContacts], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The screen changed to "Closed now" and moved the line down; a screen reader heard
    nothing, and someone about to call it was not told."""
    heard = watch_announcements(monkeypatch)
    moment = [_at(16, 59)]
    panel = _panel(qtbot, open_all_day(regions), moment)
    panel.show()
    assert heard.events == []  # opening help says nothing of the hours: the text is read
    moment[0] = _at(17, 1)
    qtbot.waitUntil(lambda: "Closed now" in shown(panel))
    assert heard.events == [("Daytime line: closed now", False)]


def test_a_line_opening_while_help_shows_is_said(
    qtbot: QtBot, regions: dict[str, RegionContacts], monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = watch_announcements(monkeypatch)
    moment = [_at(8, 59)]
    panel = _panel(qtbot, regions, moment)
    panel.show()
    moment[0] = _at(9, 1)
    qtbot.waitUntil(lambda: heard.texts != [])
    assert heard.texts == ["Daytime line: open now"]
    assert "Mon 09:00-17:00 (Europe/London time) · Open now" in shown(panel)


def test_nothing_is_said_while_no_line_opens_or_closes(
    qtbot: QtBot, regions: dict[str, RegionContacts], monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = watch_announcements(monkeypatch)
    moment = [_at(10, 0)]
    panel = _panel(qtbot, regions, moment)
    panel.show()
    checks = []
    panel.hours_check.timeout.connect(lambda: checks.append(1))
    moment[0] = _at(10, 30)
    qtbot.waitUntil(lambda: len(checks) >= 3)
    panel.set_region("IE")  # another region's lines: the reader chose them, and reads them
    assert heard.events == []


def test_a_line_that_changed_while_help_was_hidden_is_not_said_on_showing_again(
    qtbot: QtBot, regions: dict[str, RegionContacts], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Help opened again is read from its top; the line's state is there to be read."""
    heard = watch_announcements(monkeypatch)
    moment = [_at(16, 0)]
    panel = _panel(qtbot, regions, moment)
    panel.show()
    panel.hide()
    moment[0] = _at(18, 0)
    panel.show()
    assert "Closed now" in shown(panel)
    assert heard.events == []
