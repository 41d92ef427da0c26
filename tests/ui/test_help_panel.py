"""The help panel: each region's services and emergency numbers, clinic contacts first,
open now, and working even when no article loaded."""

from __future__ import annotations

import dataclasses
import datetime as dt
import locale
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from pytestqt.qtbot import QtBot

from reader import paths
from reader.articles import Library
from reader.contact_model import RegionContacts, Service
from reader.contacts import load_all, service_from_dict
from reader.context import AppContext
from reader.ui.contact_text import describe_hours, describe_method
from reader.ui.help_panel import HelpPanel
from tests.ui.help_panel_tools import make_panel, shown
from tests.ui.layout_tools import settle_layout
from tests.ui.window_helpers import Click, MakeWindow, Press

REGION_CODES = sorted(load_all(paths.contacts_dir())[0])
MONDAY = dt.date(2026, 11, 30)


# --- works with no articles --------------------------------------------------------------


@pytest.mark.parametrize("how", ["f1", "button"])
def test_help_works_when_no_article_loaded(
    make_window: MakeWindow,
    regions: dict[str, RegionContacts],
    qtbot: QtBot,
    click: Click,
    press: Press,
    how: str,
) -> None:
    window = make_window(AppContext(library=Library(), contacts=regions, region="GB"))
    assert window.home.cards == {}
    if how == "f1":
        press(Qt.Key.Key_F1)
    else:
        click(window.help_button)
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    assert window.stack.currentWidget() is panel
    assert panel.isVisible()
    assert "Samaritans" in shown(panel)
    assert "999" in shown(panel)


def test_help_works_when_contacts_are_missing_too(
    make_window: MakeWindow, qtbot: QtBot, press: Press
) -> None:
    window = make_window(AppContext(library=Library()))
    press(Qt.Key.Key_F1)
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    assert "call your local emergency number." in shown(panel)


# --- what each region shows --------------------------------------------------------------


@pytest.mark.parametrize("code", REGION_CODES)
def test_each_region_lists_its_services_and_emergency_numbers(
    qtbot: QtBot, regions: dict[str, RegionContacts], code: str
) -> None:
    panel = make_panel(qtbot, regions, "GB")
    panel.set_region(code)
    contacts = regions[code]
    text = shown(panel)
    assert panel.region == code
    for number in contacts.emergency:
        assert number in text
    for service in contacts.services:
        assert service.name in text
        assert service.description in text
        assert describe_hours(service) in text
        for method in service.contact:
            assert describe_method(method) in text
    for paragraph in contacts.guidance_paragraphs:
        assert paragraph in text
    assert panel.service_names() == [s.name for s in contacts.services]
    checked = "Numbers checked: " + english_date(contacts.verified)
    # A page with no numbers (the "anywhere" guidance) has nothing to date.
    assert (checked in text) == bool(contacts.services or contacts.emergency)


@pytest.mark.parametrize("code", REGION_CODES)
def test_only_web_and_chat_addresses_are_links_and_none_opens_by_itself(
    qtbot: QtBot, regions: dict[str, RegionContacts], code: str
) -> None:
    panel = make_panel(qtbot, regions, code)
    web = {m.value for s in regions[code].services for m in s.contact if m.type in ("web", "chat")}
    links = set(re.findall(r'<a href="([^"]*)"', panel.panel_html()))
    assert links == web
    assert all(link.startswith("https://") for link in links)
    assert panel.view.openLinks() is False
    assert panel.view.openExternalLinks() is False


def test_emergency_number_comes_before_the_services(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    text = shown(make_panel(qtbot, regions, "US"))
    assert text.index("911") < text.index(regions["US"].services[0].name)


def test_the_anywhere_page_explains_how_to_find_help(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    panel = make_panel(qtbot, regions, "anywhere")
    assert panel.service_names() == []
    assert "emergency number" in shown(panel)
    assert regions["anywhere"].guidance_paragraphs[0] in shown(panel)


def test_unknown_region_falls_back_to_anywhere(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    panel = make_panel(qtbot, regions, "ZZ")
    assert panel.region == "anywhere"
    panel.set_region("GB")
    panel.set_region("XX")
    assert panel.region == "anywhere"
    assert panel.region_box.currentData() == "anywhere"


def test_no_contacts_at_all_still_says_call_for_help(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, {}, "GB")
    text = shown(panel)
    assert text.startswith("If you are in danger now, call your local emergency number.")
    assert "someone will listen" in text  # a way forward besides an emergency


# --- clinic contacts first ---------------------------------------------------------------


def test_clinic_contacts_come_first(
    qtbot: QtBot, regions: dict[str, RegionContacts], local_service: Service
) -> None:
    panel = make_panel(qtbot, regions, "GB", [local_service])
    names = panel.service_names()
    assert names[0] == "Riverside Clinic front desk"
    assert names[1:] == [s.name for s in regions["GB"].services]
    text = shown(panel)
    assert text.index("Here, at this service") < text.index("Riverside Clinic front desk")
    assert text.index("Riverside Clinic front desk") < text.index("Talk to someone now")
    assert text.index("Talk to someone now") < text.index("Samaritans")
    assert "Call 0100 000 000" in text


def test_clinic_contacts_stay_first_in_every_region(
    qtbot: QtBot, regions: dict[str, RegionContacts], local_service: Service
) -> None:
    panel = make_panel(qtbot, regions, "GB", [local_service])
    for code in REGION_CODES:
        if code == "anywhere":
            continue
        panel.set_region(code)
        assert panel.service_names()[0] == "Riverside Clinic front desk"


def test_window_passes_clinic_contacts_to_the_panel(
    make_window: MakeWindow,
    small_library: Library,
    regions: dict[str, RegionContacts],
    local_service: Service,
) -> None:
    context = AppContext(
        library=small_library, contacts=regions, region="IE", local_services=[local_service]
    )
    window = make_window(context)
    window.open_help()
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    assert panel.region == "IE"
    assert panel.service_names()[0] == "Riverside Clinic front desk"


def test_service_text_is_escaped(qtbot: QtBot, regions: dict[str, RegionContacts]) -> None:
    data = {
        "name": "<b>Bold</b> & <i>Co</i>",
        "description": 'Talk with us <img src="/etc/hostname">',
        "audience": "Anyone",
        "languages": ["English"],
        "source": "test",
        "hours": {"always_open": True},
        "contact": [{"type": "phone", "value": "0100 000 001"}],
    }
    panel = make_panel(qtbot, regions, "GB", [service_from_dict(data, "test")])
    text = shown(panel)
    assert "<b>Bold</b> & <i>Co</i>" in text
    assert 'Talk with us <img src="/etc/hostname">' in text


def test_a_service_says_who_it_is_for(qtbot: QtBot, regions: dict[str, RegionContacts]) -> None:
    panel = make_panel(qtbot, regions, "GB", [timetabled_service()])
    assert "For: Anyone" in shown(panel)


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


def english_date(day: dt.date) -> str:
    """The date as QLocale writes it in English."""
    english = QLocale(QLocale.Language.English)
    return english.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


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


# --- open now, with an injected clock ----------------------------------------------------


def timetabled_service() -> Service:
    data = {
        "name": "Daytime line",
        "description": "A line open in the daytime on Mondays.",
        "audience": "Anyone",
        "languages": ["English"],
        "source": "test",
        "hours": {"time_zone": "Europe/London", "monday": ["09:00-17:00"]},
        "contact": [{"type": "phone", "value": "0100 000 002"}],
    }
    return service_from_dict(data, "test")


@pytest.mark.parametrize(("hour", "expected"), [(10, "Open now"), (20, "Closed now")])
def test_open_now_follows_the_injected_clock(
    qtbot: QtBot, regions: dict[str, RegionContacts], hour: int, expected: str
) -> None:
    moment = dt.datetime.combine(MONDAY, dt.time(hour), tzinfo=dt.UTC)
    panel = make_panel(qtbot, regions, "GB", [timetabled_service()], clock=lambda: moment)
    text = shown(panel)
    assert "Mon 09:00-17:00 (Europe/London time) · " + expected in text
    assert "Open 24 hours, every day · Open now" in text  # Samaritans, always open


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


def test_a_hidden_panel_does_not_wake_to_check_the_hours(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    checked: list[dt.datetime] = []

    def clock() -> dt.datetime:
        checked.append(dt.datetime.now(dt.UTC))
        return checked[-1]

    panel = HelpPanel(regions, "GB", [timetabled_service()], clock=clock, hours_check_ms=5)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: len(checked) > 6)  # checked while shown
    panel.hide()
    before = len(checked)
    ten_checks_later = QTimer(panel, singleShot=True, interval=50)
    with qtbot.waitSignal(ten_checks_later.timeout):
        ten_checks_later.start()
    assert len(checked) == before


def test_with_no_contacts_there_is_no_empty_country_box(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, {}, "GB")
    panel.show()
    assert not panel.region_box.isVisible()
    assert "call your local emergency number" in shown(panel)


def on_first_screen(panel: HelpPanel, words: str) -> bool:
    """Whether words are in the panel's view without scrolling."""
    settle_layout()
    found = panel.view.document().find(words)
    assert not found.isNull(), words
    rect = panel.view.cursorRect(found)
    bottom = panel.view.viewport().mapTo(panel.viewport(), rect.bottomLeft()).y()
    return 0 < bottom <= panel.viewport().height()


def test_at_200_percent_the_emergency_number_and_the_clinic_are_on_the_first_screen(
    make_window: MakeWindow,
    small_library: Library,
    regions: dict[str, RegionContacts],
    local_service: Service,
    qtbot: QtBot,
) -> None:
    """A long introduction, then a heading and when-to-call guidance, pushed them out of view."""
    context = AppContext(
        library=small_library, contacts=regions, region="GB", local_services=[local_service]
    )
    window = make_window(context)
    window.theming.set_zoom(200)
    window.resize(700, 700)
    qtbot.waitUntil(lambda: window.size().width() == 700)
    window.open_help()
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    assert on_first_screen(panel, "999 or 112")
    assert on_first_screen(panel, "Riverside Clinic front desk")
    text = shown(panel)
    assert text.index("999 or 112") < text.index("Riverside Clinic front desk")
    # When to call follows the services, with its own heading, and is still all there.
    assert text.index("Samaritans") < text.index("When it is an emergency")
    assert "even if you feel fine" in text.split("When it is an emergency")[1]
