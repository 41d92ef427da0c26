"""Get help now over time: "Open now" and the order as hours pass, and the dates it shows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import locale
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.contact_model import RegionContacts, Service
from reader.ui.help_panel import HelpPanel
from tests.contacts_helpers import no_zone_data
from tests.ui.help_panel_tools import (
    english_date,
    make_panel,
    open_all_day,
    shown,
    timetabled_service,
)
from tests.ui.layout_tools import settle_layout

MONDAY = dt.date(2026, 11, 30)


# --- open now, with an injected clock ----------------------------------------------------


@pytest.mark.parametrize(("hour", "expected"), [(10, "Open now"), (20, "Closed now")])
def test_open_now_follows_the_injected_clock(
    qtbot: QtBot, regions: dict[str, RegionContacts], hour: int, expected: str
) -> None:
    moment = dt.datetime.combine(MONDAY, dt.time(hour), tzinfo=dt.UTC)
    panel = make_panel(qtbot, regions, "GB", [timetabled_service()], clock=lambda: moment)
    text = shown(panel)
    assert "Mon 09:00-17:00 (Europe/London time) · " + expected in text
    assert "Open 24 hours, every day · Open now" in text  # Samaritans, always open


def test_the_clinic_s_note_shows_beside_its_timetable(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    """Open now on a bank holiday is wrong: the clinic's own words must be there to say so."""
    bank_holiday = dt.datetime(2026, 12, 28, 10, tzinfo=dt.UTC)  # a Monday
    day_line = timetabled_service()
    note = "Closed on bank holidays: call NHS 111 instead"
    noted = dataclasses.replace(day_line, hours=dataclasses.replace(day_line.hours, note=note))
    panel = make_panel(qtbot, regions, "GB", [noted], clock=lambda: bank_holiday)
    # On a line of its own under "Open now", which it qualifies.
    assert f"Mon 09:00-17:00 (Europe/London time) · Open now\n{note}" in shown(panel)


def test_a_clinic_line_closed_now_comes_after_the_open_lines(
    qtbot: QtBot, regions: dict[str, RegionContacts], local_service: Service
) -> None:
    """Someone in crisis at night should not have to try a closed line first."""
    evening = dt.datetime.combine(MONDAY, dt.time(20), tzinfo=dt.UTC)
    local = [timetabled_service(), local_service]
    panel = make_panel(qtbot, regions, "GB", local, clock=lambda: evening)
    names = panel.service_names()
    assert names[0] == "Riverside Clinic front desk"  # the clinic's open line still leads
    assert names[-1] == "Daytime line"
    text = shown(panel)
    assert text.index("Samaritans") < text.index("Here, at this service: closed now")
    assert text.index("Here, at this service: closed now") < text.index("Daytime line")


def test_a_clinic_line_open_now_stays_first(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    morning = dt.datetime.combine(MONDAY, dt.time(10), tzinfo=dt.UTC)
    panel = make_panel(qtbot, regions, "GB", [timetabled_service()], clock=lambda: morning)
    assert panel.service_names()[0] == "Daytime line"
    assert "closed now" not in shown(panel)


def test_open_now_and_the_order_are_brought_up_to_date_when_help_shows_again(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    """Opened at 10:00 and again at 20:00, a day line must not still say "Open now" first."""
    moment = [dt.datetime.combine(MONDAY, dt.time(10), tzinfo=dt.UTC)]
    panel = make_panel(qtbot, regions, "GB", [timetabled_service()], clock=lambda: moment[0])
    panel.show()
    assert "Mon 09:00-17:00 (Europe/London time) · Open now" in shown(panel)
    panel.hide()
    moment[0] = dt.datetime.combine(MONDAY, dt.time(20), tzinfo=dt.UTC)
    panel.show()
    text = shown(panel)
    assert "Mon 09:00-17:00 (Europe/London time) · Closed now" in text
    assert text.index("Samaritans") < text.index("Daytime line")


def test_a_panel_left_open_past_closing_time_says_so(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    """Opened at 16:59 and left open, a day line went on saying "Open now" all evening."""
    moment = [dt.datetime.combine(MONDAY, dt.time(16, 59), tzinfo=dt.UTC)]
    local = [timetabled_service()]
    panel = HelpPanel(regions, "GB", local, clock=lambda: moment[0], hours_check_ms=20)
    qtbot.addWidget(panel)
    panel.show()
    assert "Mon 09:00-17:00 (Europe/London time) · Open now" in shown(panel)
    moment[0] = dt.datetime.combine(MONDAY, dt.time(17, 1), tzinfo=dt.UTC)
    qtbot.waitUntil(lambda: "17:00 (Europe/London time) · Closed now" in shown(panel))
    assert shown(panel).index("Samaritans") < shown(panel).index("Daytime line")


def test_open_now_changes_at_closing_time_not_up_to_a_minute_later(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    """Checked once a minute from whenever help opened, a line went on saying "Open now" for up
    to 59 seconds after it closed (and "Closed now: try another line" after it opened)."""
    opened = dt.datetime.combine(MONDAY, dt.time(16, 59, 59, 700_000), tzinfo=dt.UTC)
    started = time.monotonic()

    def wall_clock() -> dt.datetime:  # runs at the real pace, from just before closing time
        return opened + dt.timedelta(seconds=time.monotonic() - started)

    panel = HelpPanel(regions, "GB", [timetabled_service()], clock=wall_clock)
    qtbot.addWidget(panel)
    panel.show()
    assert "Mon 09:00-17:00 (Europe/London time) · Open now" in shown(panel)
    # The panel's own once-a-minute check: no shorter interval was given to it.
    qtbot.waitUntil(lambda: "17:00 (Europe/London time) · Closed now" in shown(panel), timeout=3000)
    assert wall_clock() < opened + dt.timedelta(seconds=3)


def test_a_computer_with_no_time_zone_information_shows_the_times_without_open_now(
    qtbot: QtBot, regions: dict[str, RegionContacts], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clinic's line was left out there: its right time zone was "not a known" one."""
    morning = dt.datetime.combine(MONDAY, dt.time(10), tzinfo=dt.UTC)
    with no_zone_data(monkeypatch):
        local = [timetabled_service()]
        panel = make_panel(qtbot, regions, "GB", local, clock=lambda: morning)
        panel.show()
        text, names = shown(panel), panel.service_names()
    assert "Mon 09:00-17:00 (Europe/London time)\n" in text  # no "Open now", and no "Closed"
    assert names[0] == "Daytime line"  # not moved down as if closed


def test_one_text_is_built_for_one_moment_even_at_closing_time(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    """Built as the line closed, it was listed among the open lines yet said "Closed now"."""
    # Each reading of this clock is on the other side of closing time.
    moments = [dt.time(16, 59), dt.time(17, 1)]
    readings = itertools.cycle([dt.datetime.combine(MONDAY, t, tzinfo=dt.UTC) for t in moments])
    local = [timetabled_service()]
    panel = make_panel(qtbot, open_all_day(regions), "GB", local, clock=lambda: next(readings))
    for _ in range(4):  # built again each time, as a new theme or text size builds it
        panel.set_region("GB")
        text = shown(panel)
        listed_closed = "Here, at this service: closed now" in text
        said_closed = "Closed now: try another line" in text
        assert listed_closed == said_closed


def test_the_hours_are_checked_only_while_the_panel_shows(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    """An idle kiosk, help hidden, must not wake each minute for it."""
    panel = HelpPanel(regions, "GB", [timetabled_service()])
    qtbot.addWidget(panel)
    assert not panel.hours_check.isActive()
    panel.show()
    assert panel.hours_check.isActive()
    panel.hide()
    assert not panel.hours_check.isActive()


def test_the_keyboard_stays_on_its_link_when_the_hours_change_the_order(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    """A new text put the keyboard back at the start as someone chose whom to contact."""
    moment = [dt.datetime.combine(MONDAY, dt.time(16, 59), tzinfo=dt.UTC)]
    chat = timetabled_service(contact={"type": "web", "value": "https://example.org/chat"})
    panel = HelpPanel(regions, "GB", [chat], clock=lambda: moment[0], hours_check_ms=20)
    qtbot.addWidget(panel)
    panel.resize(500, 400)  # the list is longer than the window: a moved line can go out of view
    with qtbot.waitActive(panel):
        panel.show()
    panel.view.setFocus()
    assert panel.view.select_href("https://example.org/chat")
    assert panel.view.focused_href() == "https://example.org/chat"
    assert link_in_view(panel)
    moment[0] = dt.datetime.combine(MONDAY, dt.time(17, 1), tzinfo=dt.UTC)
    qtbot.waitUntil(lambda: "Closed now" in shown(panel))  # the line moved down the list
    assert panel.view.focused_href() == "https://example.org/chat"
    settle_layout()
    assert link_in_view(panel)  # and the page scrolled to it: a ring no one sees helps no one


def link_in_view(panel: HelpPanel) -> bool:
    """Whether the link the keyboard is on is inside the panel's visible area."""
    [box, *_] = panel.view.link_rects()
    centre = panel.view.viewport().mapTo(panel.viewport(), box.center().toPoint())
    return panel.viewport().rect().contains(centre)


# --- the countries, and the date the numbers were checked -----------------------------------


@pytest.mark.parametrize(
    ("codes", "listed"),
    [
        (["US"], "United States"),
        (["GB", "US"], "United Kingdom and United States"),
        (["CA", "GB", "US"], "Canada, United Kingdom and United States"),
        (["AU", "CA", "IE", "NZ"], "Australia, Canada, Ireland and New Zealand"),
    ],
)
def test_the_anywhere_page_lists_the_countries_as_a_sentence(
    qtbot: QtBot, regions: dict[str, RegionContacts], codes: list[str], listed: str
) -> None:
    some = {code: regions[code] for code in [*codes, "anywhere"]}
    text = shown(make_panel(qtbot, some, "anywhere"))
    assert f"Lantern has crisis lines for {listed}. If you are in one" in text


NON_ENGLISH = ("fr_FR.UTF-8", "fr_FR.utf8", "de_DE.UTF-8", "de_DE.utf8", "es_ES.UTF-8")


def _set_non_english_time(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Set LC_TIME to a non-English locale: an installed one, else French built in folder.

    Returns its name, or "" when there is none and localedef cannot build one.
    """
    for name in NON_ENGLISH:
        try:
            return locale.setlocale(locale.LC_TIME, name)
        except locale.Error:
            continue
    localedef = shutil.which("localedef")
    if localedef is None:
        return ""
    built = folder / "fr_FR.UTF-8"
    subprocess.run([localedef, "-i", "fr_FR", "-f", "UTF-8", str(built)], check=False)
    monkeypatch.setenv("LOCPATH", str(folder))  # the C library looks here on each setlocale
    try:
        return locale.setlocale(locale.LC_TIME, "fr_FR.UTF-8")
    except locale.Error:
        return ""


@pytest.fixture
def non_english_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """LC_TIME in another language for the test (its name, "" if none could be had)."""
    before = locale.setlocale(locale.LC_TIME)
    try:
        yield _set_non_english_time(tmp_path, monkeypatch)
    finally:
        locale.setlocale(locale.LC_TIME, before)


def test_the_date_checked_is_english_whatever_the_system_time_locale(
    qtbot: QtBot, regions: dict[str, RegionContacts], non_english_time: str
) -> None:
    """strftime followed LC_TIME: a French system printed "5 mars 2026" in English text."""
    checked = dt.date(2026, 3, 5)
    if non_english_time:  # the C library now writes another language's month
        assert checked.strftime("%B") != "March"
    gb = dataclasses.replace(regions["GB"], verified=checked)
    text = shown(make_panel(qtbot, {"GB": gb}, "GB"))
    assert "Numbers checked: 5 March 2026" in text
    assert english_date(checked) == "5 March 2026"
