"""The help panel: each region's services and emergency numbers, clinic contacts first,
open now, and working even when no article loaded."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader import paths
from reader.articles import Library
from reader.contact_model import RegionContacts, Service
from reader.contacts import load_all, service_from_dict
from reader.context import AppContext
from reader.ui.contact_text import describe_hours, describe_method, hours_note
from reader.ui.help_panel import HelpPanel
from reader.ui.main_window import MainWindow
from tests.ui.help_panel_tools import (
    english_date,
    find_shown,
    make_panel,
    shown,
    timetabled_service,
)
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


def test_without_any_country_s_lines_the_clinic_s_own_still_show(
    qtbot: QtBot, local_service: Service
) -> None:
    # With no contacts file loaded at all, the panel said only what to do without them, and
    # the clinic's front desk, set in its configuration, was nowhere.
    panel = make_panel(qtbot, {}, "GB", [local_service])
    text = shown(panel)
    assert "call your local emergency number." in text
    assert local_service.name in text
    assert "Call 0100 000 000" in text
    assert panel.service_names() == [local_service.name]


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
    for service in contacts.services + contacts.home_services:
        assert service.name in text
        assert service.description in text
        assert describe_hours(service, with_note=False) in text
        assert hours_note(service) in text
        for method in service.contact:
            assert describe_method(method) in text
    for paragraph in contacts.guidance_paragraphs:
        assert paragraph in text
    every = contacts.services + contacts.home_services
    assert panel.service_names() == [s.name for s in every]
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
    gb = regions["GB"]
    assert names[1:] == [s.name for s in gb.services + gb.home_services]
    text = shown(panel)
    assert text.index("Here, at this service") < text.index("Riverside Clinic front desk")
    assert text.index("Riverside Clinic front desk") < text.index("Talk to someone now")
    assert text.index("Talk to someone now") < text.index("Samaritans")
    # Lines for someone not safe at home come after the crisis lines, under their own heading.
    heading = text.index("When home does not feel safe")
    assert text.index("Childline") < heading < text.index("National Domestic Abuse Helpline")
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


def test_with_no_contacts_there_is_no_empty_country_box(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, {}, "GB")
    panel.show()
    assert not panel.region_box.isVisible()
    assert "call your local emergency number" in shown(panel)


def on_first_screen(panel: HelpPanel, words: str) -> bool:
    """Whether words are in the panel's view without scrolling."""
    settle_layout()
    found = find_shown(panel, words)
    assert not found.isNull(), words
    rect = panel.view.cursorRect(found)
    bottom = panel.view.viewport().mapTo(panel.viewport(), rect.bottomLeft()).y()
    return 0 < bottom <= panel.viewport().height()


def help_at_200_percent(window: MainWindow, qtbot: QtBot) -> HelpPanel:
    """The help panel opened at 200% text in a 700-pixel window."""
    window.theming.set_zoom(200)
    window.resize(700, 700)
    qtbot.waitUntil(lambda: window.size().width() == 700)
    window.open_help()
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    return panel


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
    panel = help_at_200_percent(make_window(context), qtbot)
    assert on_first_screen(panel, "999 or 112")
    assert on_first_screen(panel, "Riverside Clinic front desk")
    text = shown(panel)
    assert text.index("999 or 112") < text.index("Riverside Clinic front desk")
    # When to call follows the services, with its own heading, and is still all there.
    assert text.index("Samaritans") < text.index("When it is an emergency")
    assert "even if you feel fine" in text.split("When it is an emergency")[1]
    # A friend or parent who opened help for someone else is told to call for them too.
    assert "for someone else" in text.split("When it is an emergency")[1]


def test_somewhere_else_the_clinic_s_own_contacts_still_come_on_the_first_screen(
    make_window: MakeWindow,
    small_library: Library,
    regions: dict[str, RegionContacts],
    local_service: Service,
    qtbot: QtBot,
) -> None:
    """A clinic in a country Lantern has no lines for: the list of the six countries it has
    pushed the clinic's own numbers, the only ones there, below the first screen at 200%."""
    desk = local_service
    context = AppContext(
        library=small_library, contacts=regions, region="anywhere", local_services=[desk]
    )
    panel = help_at_200_percent(make_window(context), qtbot)
    assert on_first_screen(panel, "your local emergency number")
    assert on_first_screen(panel, desk.name)
    # Which countries Lantern has lines for is still said, after the clinic's own.
    text = shown(panel)
    assert desk.name in text.split("Lantern has crisis lines for")[0]


def test_a_country_without_lines_for_home_shows_no_heading_for_them(
    qtbot: QtBot, regions: dict[str, RegionContacts]
) -> None:
    panel = make_panel(qtbot, regions, "CA")
    assert regions["CA"].home_services == ()
    assert "When home does not feel safe" not in shown(panel)
    panel.set_region("AU")
    assert "When home does not feel safe" in shown(panel)
