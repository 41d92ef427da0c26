"""Lines for someone not safe at home ([[home_services]]), and mistakes that hide no crisis line."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.contact_model import RegionContacts, l13_shortfalls
from reader.contacts import ContactsError, load_all, load_region_file
from reader.crisis_words import helpline_words, seeks_someone_to_talk_to
from reader.paths import contacts_dir
from tests.contacts_helpers import COUNTRIES
from tests.test_contacts_files import VALID, line_of, write

HOME_LINE = """
[[home_services]]
name = "Riverside Home Safety Line"
description = "Support if someone at home hurts or controls you."
audience = "Anyone in Riverside"
languages = ["English"]
source = "Riverside council page"
hours = { always_open = true }

[[home_services.contact]]
type = "phone"
value = "01632 960123"
"""


@pytest.fixture(scope="module")
def bundled() -> dict[str, RegionContacts]:
    regions, problems = load_all(contacts_dir())
    assert problems == []
    return regions


def test_every_country_but_canada_has_a_line_open_around_the_clock(
    bundled: dict[str, RegionContacts],
) -> None:
    # Canada's domestic-abuse lines are run by each province (CA.toml says so).
    with_lines = {code for code in COUNTRIES if bundled[code].home_services}
    assert with_lines == COUNTRIES - {"CA"}
    for code in with_lines:
        assert any(s.hours.always_open for s in bundled[code].home_services), code


def test_a_line_only_for_women_has_one_for_men_or_anyone_beside_it(
    bundled: dict[str, RegionContacts],
) -> None:
    checked = 0
    for code in COUNTRIES:
        audiences = [s.audience for s in bundled[code].home_services]
        if any(a.startswith("Women") for a in audiences):
            checked += 1
            assert any(a.startswith(("Men", "Anyone")) for a in audiences), code
    assert checked >= 3  # the UK, Ireland and New Zealand each list one


def test_home_lines_load_after_the_crisis_lines_and_do_not_count_for_l13(
    tmp_path: Path,
) -> None:
    region = load_region_file(write(tmp_path, VALID + HOME_LINE))
    assert [s.name for s in region.home_services] == ["Riverside Home Safety Line"]
    assert "Riverside Home Safety Line" not in [s.name for s in region.services]
    without = load_region_file(write(tmp_path, VALID))
    assert without.home_services == ()
    assert l13_shortfalls(region) == l13_shortfalls(without)


def test_a_broken_home_line_names_its_key_and_line(tmp_path: Path) -> None:
    text = VALID + HOME_LINE.replace('value = "01632 960123"', 'value = "call us"')
    path = write(tmp_path, text)
    with pytest.raises(ContactsError) as caught:
        load_region_file(path)
    assert caught.value.key.startswith("home_services[1].contact[1].value")
    assert caught.value.line == line_of(text, 'value = "call us"')


def test_a_misspelt_home_services_key_is_named(tmp_path: Path) -> None:
    text = VALID + HOME_LINE.replace("home_services", "home_service")
    with pytest.raises(ContactsError) as caught:
        load_region_file(write(tmp_path, text))
    assert caught.value.key == "home_service"
    assert "home_services" in caught.value.problem


def test_the_anywhere_page_has_no_home_lines(tmp_path: Path) -> None:
    anywhere = 'code = "anywhere"\ncountry = "Anywhere"\nverified = 2026-11-27\nguidance = "Ask."\n'
    with pytest.raises(ContactsError, match="has no services or numbers"):
        load_region_file(write(tmp_path, anywhere + HOME_LINE, "anywhere.toml"))


def test_a_home_line_typed_into_search_is_taken_as_looking_for_someone_to_talk_to(
    bundled: dict[str, RegionContacts],
) -> None:
    words = helpline_words(bundled.values(), ())
    assert seeks_someone_to_talk_to("1800respect", words)
    assert seeks_someone_to_talk_to("0808 2000 247", words)


def test_a_broken_home_line_never_hides_the_crisis_lines(tmp_path: Path) -> None:
    """A mistake in a line for home (a number, a key) dropped the whole file: the country's
    crisis lines and emergency number went with it, and its readers got the general page."""
    good = load_region_file(write(tmp_path, VALID))
    second = HOME_LINE.replace("Riverside Home Safety Line", "Second Home Line")
    text = VALID + HOME_LINE.replace('value = "01632 960123"', 'value = "call us"') + second
    write(tmp_path, text)
    regions, problems = load_all(tmp_path)
    region = regions[good.code]
    assert region.services == good.services
    assert region.emergency == good.emergency
    assert [s.name for s in region.home_services] == ["Second Home Line"]
    [problem] = problems
    assert "home_services[1].contact[1].value" in problem.message
    assert problem.line == line_of(text, 'value = "call us"')


def test_a_broken_crisis_line_hides_only_itself(tmp_path: Path) -> None:
    """A mistake in one crisis line (a "fax" contact) dropped the whole file, the emergency
    number and the other lines with it, as a broken home line once did (found by the help
    hunt)."""
    good = load_region_file(write(tmp_path, VALID))
    text = VALID.replace('type = "phone"', 'type = "fax"', 1)
    write(tmp_path, text)
    regions, problems = load_all(tmp_path)
    region = regions[good.code]
    assert region.emergency == good.emergency
    assert region.services == good.services[1:]
    [problem] = problems
    assert "services[1].contact[1].type" in problem.message
    assert problem.line == line_of(text, 'type = "fax"')


def test_a_file_whose_every_crisis_line_is_broken_gives_the_general_page(tmp_path: Path) -> None:
    """With no line left to call, the region's page would show its emergency number alone;
    the general page says how to find a line."""
    text = VALID.replace('type = "phone"', 'type = "fax"').replace('type = "text"', 'type = "x"')
    write(tmp_path, text)
    regions, problems = load_all(tmp_path)
    assert "GB" not in regions
    [problem] = problems
    assert "services[1].contact[1].type" in problem.message
    assert problem.line == line_of(text, 'type = "fax"')


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ('country = "Testland"', 'country = "Testland"\nguidence = "x"', "guidence"),
        ('value = "116 123"', 'value = "116 123"\nlable = "free"', "services[1].contact[1].lable"),
        # A misspelt table header: its message named no line at all, only the file.
        ('SHOUT to 85258"', 'SHOUT to 85258"\n\n[[home_servics]]\nname = "X"', "home_servics"),
        ('SHOUT to 85258"', 'SHOUT to 85258"\n\n[notes.extra]\ntext = "X"', "notes"),
    ],
)
def test_a_misspelt_key_is_named_and_hides_no_lines(
    tmp_path: Path, old: str, new: str, key: str
) -> None:
    """One unknown key dropped the whole file, and its readers got the general page instead."""
    good = load_region_file(write(tmp_path, VALID))
    text = VALID.replace(old, new, 1)
    write(tmp_path, text)
    regions, problems = load_all(tmp_path)
    assert regions[good.code] == good
    [problem] = problems
    assert problem.message.startswith(f"{key}: unknown key")
    assert problem.line == line_of(text, key.rsplit(".", 1)[-1])
