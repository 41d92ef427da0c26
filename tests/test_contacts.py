"""Crisis contacts: bundled files, validation messages, region choice, open-now, display order."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from reader.contacts import (
    FALLBACK_ANYWHERE,
    ContactsError,
    RegionContacts,
    format_key,
    l13_shortfalls,
    load_all,
    load_region_file,
    service_from_dict,
    services_for_display,
)
from reader.hours import HoursError, OpeningHours, TimeRange, parse_hours
from reader.paths import contacts_dir
from reader.readability import score
from reader.region import ANYWHERE, choose_region, locale_from_environment, region_from_locale
from reader.toml_lines import line_for, toml_key_lines

COUNTRIES = {"US", "CA", "GB", "IE", "AU", "NZ"}
UTC = dt.UTC

# Every number and address in section (c) of shared/reference/safe-messaging.md, copied by
# hand. A bundled contact that is not on this list cannot be traced to a source.
TRACED_TO_SECTION_C = {
    "988", "https://988lifeline.org", "741741", "911",
    "1-800-668-6868", "686868",
    "116 123", "jo@samaritans.org", "85258", "999", "112",
    "jo@samaritans.ie", "50808",
    "13 11 14", "0477 13 11 14", "000",
    "1737", "0800 543 354", "4357", "111",
}  # fmt: skip

FIXTURES = Path(__file__).parent / "fixtures" / "contacts"
VALID = (FIXTURES / "valid.toml").read_text(encoding="utf-8")


def write(folder: Path, text: str, name: str = "GB.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, snippet: str, occurrence: int = 1) -> int:
    hits = [number for number, line in enumerate(text.splitlines(), 1) if snippet in line]
    return hits[occurrence - 1]


@pytest.fixture(scope="module")
def bundled() -> dict[str, RegionContacts]:
    regions, problems = load_all(contacts_dir())
    assert problems == []
    return regions


# --- bundled files -------------------------------------------------------------------------


def test_every_bundled_file_loads_without_problems(bundled: dict[str, RegionContacts]) -> None:
    assert set(bundled) == COUNTRIES | {ANYWHERE}
    assert bundled[ANYWHERE] is not FALLBACK_ANYWHERE
    for code, region in bundled.items():
        assert region.path == contacts_dir() / f"{code}.toml"
        assert region.verified <= dt.date.today()


@pytest.mark.parametrize("code", sorted(COUNTRIES))
def test_country_files_are_complete_and_sourced(
    bundled: dict[str, RegionContacts], code: str
) -> None:
    region = bundled[code]
    assert region.emergency
    assert region.emergency_note
    assert region.emergency_source
    assert region.services
    for service in region.services:
        assert service.source
        assert service.description
        assert service.languages
        assert "\n" not in service.description
        assert service.contact


def test_every_number_is_traced_to_section_c(bundled: dict[str, RegionContacts]) -> None:
    values = {number for region in bundled.values() for number in region.emergency}
    values |= {m.value for r in bundled.values() for s in r.services for m in s.contact}
    assert values <= TRACED_TO_SECTION_C


def test_l13_is_met_where_section_c_supports_it(bundled: dict[str, RegionContacts]) -> None:
    shortfalls = {code: l13_shortfalls(bundled[code]) for code in COUNTRIES}
    # Section (c) names one 24/7 service for Australia and, for New Zealand, one 24/7 service
    # plus Lifeline Aotearoa whose hours are not confirmed. The gap is reported, not hidden.
    assert shortfalls == {
        "US": [],
        "CA": [],
        "GB": [],
        "IE": [],
        "AU": ["1 service(s) open 24/7, not 2"],
        "NZ": ["1 service(s) open 24/7, not 2"],
    }
    for code in ("AU", "NZ"):
        assert bundled[code].emergency  # the emergency line is always there as well


def test_known_details_from_section_c(bundled: dict[str, RegionContacts]) -> None:
    lifeline = bundled["US"].services[0]
    phone = next(m for m in lifeline.contact if m.type == "phone")
    assert "Press 1" in phone.instructions
    assert "Press 2" in phone.instructions
    assert "Press 3" not in phone.instructions  # the LGBTQ+ option ended in July 2025
    shout = next(s for s in bundled["GB"].services if s.name == "Shout")
    assert "UK only" in shout.audience
    assert all(m.value != "85258" for s in bundled["IE"].services for m in s.contact)
    aotearoa = next(s for s in bundled["NZ"].services if s.name == "Lifeline Aotearoa")
    assert not aotearoa.hours.known
    assert aotearoa.hours.note == "Hours not confirmed"
    assert aotearoa.is_open(dt.datetime(2026, 11, 26, 12, tzinfo=UTC)) is None


def test_anywhere_page_is_plain_guidance(bundled: dict[str, RegionContacts]) -> None:
    page = bundled[ANYWHERE]
    assert page.services == ()
    assert page.emergency == ()
    text = "\n\n".join(page.guidance_paragraphs)
    assert len(page.guidance_paragraphs) >= 4
    assert "112" in text
    assert "doctor" in text
    assert "trust" in text
    assert "helpline" in text
    assert "http" not in text
    assert "www" not in text
    assert ".com" not in text
    assert score(text).grade <= 6


# --- invalid files -------------------------------------------------------------------------

INVALID = tomllib.loads((FIXTURES / "invalid_cases.toml").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=f"{c['key'] or 'file'}: {c['problem']}") for c in INVALID]
)
def test_invalid_file_names_file_line_key_and_problem(
    tmp_path: Path, case: dict[str, str | int]
) -> None:
    old, new = str(case["old"]), str(case["new"])
    assert old in VALID
    text = VALID.replace(old, new, 1)
    path = write(tmp_path, text)
    with pytest.raises(ContactsError) as caught:
        load_region_file(path)
    error = caught.value
    assert error.where == str(path)
    assert error.key == case["key"]
    assert str(case["problem"]) in error.problem
    snippet = str(case["line"])
    expected_line = line_of(text, snippet, int(case.get("nth", 1))) if snippet else None
    assert error.line == expected_line
    assert str(error).startswith(f"{path}:{expected_line}: " if expected_line else f"{path}: ")


def test_valid_fixture_loads_with_timetable(tmp_path: Path) -> None:
    region = load_region_file(write(tmp_path, VALID))
    second = region.services[1]
    assert second.hours.time_zone == "Europe/London"
    assert second.hours.ranges_on(0) == (TimeRange(9 * 60, 17 * 60),)
    assert second.contact[0].instructions == "Text SHOUT to 85258"
    assert second.cost == ""
    assert region.guidance == ""


def test_toml_syntax_error_gives_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace('audience = "Anyone"', "audience = Anyone", 1))
    with pytest.raises(ContactsError) as caught:
        load_region_file(path)
    assert caught.value.line == line_of(VALID, "audience")
    assert "is not valid TOML: Invalid value" in str(caught.value)


def test_toml_error_at_end_points_at_last_line(tmp_path: Path) -> None:
    path = write(tmp_path, VALID + 'extra = "unterminated\n')
    with pytest.raises(ContactsError) as caught:
        load_region_file(path)
    assert caught.value.line == len((VALID + "extra").splitlines())
    assert "(at end" not in caught.value.problem


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "GB.toml"
    path.write_bytes(b'code = "GB"\ncountry = "Caf\xe9"\n')
    with pytest.raises(ContactsError, match=r"GB\.toml:2: is not UTF-8"):
        load_region_file(path)


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "GB.toml").mkdir()
    with pytest.raises(ContactsError, match="cannot be read"):
        load_region_file(tmp_path / "GB.toml")


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        ('code = "gb"\ncountry = "x"\nverified = 2026-01-01\n', "code", "two-letter"),
        (
            "services = []\n" + VALID[: VALID.index("[[services]]")],
            "services",
            "at least one [[services]]",
        ),
        (
            VALID.replace('[[services.contact]]\ntype = "phone"\nvalue = "116 123"\n', ""),
            "services[1]",
            "required key 'contact'",
        ),
        (
            VALID.replace(
                '[[services.contact]]\ntype = "phone"\nvalue = "116 123"\n', "contact = []\n"
            ),
            "services[1].contact",
            "at least one",
        ),
        (
            'code = "GB"\ncountry = "x"\nverified = 2026-01-01\nemergency = 1\n',
            "emergency",
            "must be a table",
        ),
        (
            VALID.replace("[[services.contact]]", "[[services.contacts]]", 1),
            "services[1].contacts",
            "misspelling",
        ),
    ],
)
def test_structural_problems(tmp_path: Path, text: str, key: str, problem: str) -> None:
    name = "gb.toml" if 'code = "gb"' in text else "GB.toml"
    with pytest.raises(ContactsError) as caught:
        load_region_file(write(tmp_path, text, name))
    assert caught.value.key == key
    assert problem in caught.value.problem
    assert caught.value.line is not None


def test_inline_contact_list_points_at_its_key_line(tmp_path: Path) -> None:
    text = VALID.replace(
        '\n[[services.contact]]\ntype = "phone"\nvalue = "116 123"\n',
        '\ncontact = [{ type = "phone", value = "one" }]\n',
    )
    with pytest.raises(ContactsError) as caught:
        load_region_file(write(tmp_path, text))
    assert caught.value.key == "services[1].contact[1].value"
    assert caught.value.line == line_of(text, "contact = [")


ANYWHERE_TEXT = '''\
code = "anywhere"
country = "Anywhere else"
verified = 2026-11-26
guidance = """
First paragraph
continues here.

[not a table] just words.
"""
'''


def test_anywhere_page_rules(tmp_path: Path) -> None:
    page = load_region_file(write(tmp_path, ANYWHERE_TEXT, "anywhere.toml"))
    assert page.guidance_paragraphs == [
        "First paragraph continues here.",
        "[not a table] just words.",
    ]
    with pytest.raises(ContactsError, match="required key 'guidance'"):
        load_region_file(write(tmp_path, ANYWHERE_TEXT.split("guidance")[0], "anywhere.toml"))
    broken = ANYWHERE_TEXT + "bogus = 1\n"
    with pytest.raises(ContactsError) as caught:
        load_region_file(write(tmp_path, broken, "anywhere.toml"))
    # The scan skips the multi-line guidance, so "[not a table]" is not taken for a header.
    assert caught.value.key == "bogus"
    assert caught.value.line == line_of(broken, "bogus")
    with_services = ANYWHERE_TEXT + VALID[VALID.index("[[services]]") :]
    with pytest.raises(ContactsError, match="has no services or numbers"):
        load_region_file(write(tmp_path, with_services, "anywhere.toml"))


# --- load_all ------------------------------------------------------------------------------


def test_one_broken_file_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, VALID)
    write(tmp_path, VALID.replace('code = "GB"', 'code = "IE"'), "IE.toml")
    broken = VALID.replace('code = "GB"', 'code = "US"').replace('type = "phone"', 'type = "fax"')
    write(tmp_path, broken, "US.toml")
    write(tmp_path, ANYWHERE_TEXT, "anywhere.toml")
    regions, problems = load_all(tmp_path)
    assert set(regions) == {"GB", "IE", ANYWHERE}
    assert regions[ANYWHERE] is not FALLBACK_ANYWHERE
    assert len(problems) == 1
    assert problems[0].path == str(tmp_path / "US.toml")
    assert problems[0].line == line_of(VALID, "type", 1)
    assert "services[1].contact[1].type" in problems[0].message


def test_missing_folder_still_gives_the_anywhere_page(tmp_path: Path) -> None:
    regions, problems = load_all(tmp_path / "nowhere")
    assert regions == {ANYWHERE: FALLBACK_ANYWHERE}
    assert "no crisis-contact files" in problems[0].message
    assert "112" in " ".join(FALLBACK_ANYWHERE.guidance_paragraphs)


def test_broken_anywhere_file_falls_back(tmp_path: Path) -> None:
    write(tmp_path, "code = \n", "anywhere.toml")
    regions, problems = load_all(tmp_path)
    assert regions[ANYWHERE] is FALLBACK_ANYWHERE
    assert problems[0].line == 1
    assert "not valid TOML" in problems[0].message


# --- service_from_dict (clinic local contacts) -----------------------------------------------

LOCAL = {
    "name": "Riverside Clinic duty nurse",
    "description": "Ask for the duty nurse at reception or call them.",
    "audience": "Patients of Riverside Clinic",
    "languages": ["English", "Welsh"],
    "cost": "Free",
    "source": "Clinic staff list",
    "contact": [{"type": "phone", "value": "+44 20 7946 0000", "label": "Duty nurse"}],
    "hours": {"time_zone": "Europe/London", "monday": ["09:00-17:00"], "note": "Not bank holidays"},
}


def test_service_from_dict_accepts_a_clinic_contact() -> None:
    service = service_from_dict(LOCAL, "lantern.toml [[local_contacts]] 1")
    assert service.cost == "Free"
    assert service.contact[0].label == "Duty nurse"
    assert service.hours.note == "Not bank holidays"
    assert not service.has_text_or_online


@pytest.mark.parametrize(
    ("data", "key", "problem"),
    [
        ({**LOCAL, "contact": [{"type": "phone", "value": "x"}]}, "contact[1].value", "phone"),
        ({**LOCAL, "contact": ["0800"]}, "contact[1]", "must be a table"),
        ({**LOCAL, "contact": []}, "contact", "at least one"),
        ({**LOCAL, "hours": {"time_zone": "Mars/Base"}}, "hours.time_zone", "IANA"),
        ({**LOCAL, "colour": "red"}, "colour", "unknown key"),
        ("not a table", "", "must be a table"),
    ],
)
def test_service_from_dict_reports_where_and_key(data: object, key: str, problem: str) -> None:
    with pytest.raises(ContactsError) as caught:
        service_from_dict(data, "clinic.toml local_contacts[1]")
    error = caught.value
    assert error.line is None
    assert error.key == key
    assert problem in error.problem
    assert str(error).startswith("clinic.toml local_contacts[1]: ")
    assert error.to_problem().line == 1
    assert error.to_problem().path == error.where


def test_format_key_counts_from_one() -> None:
    assert format_key(("services", 2, "contact", 1, "type")) == "services[2].contact[1].type"
    assert format_key(()) == ""
    assert ContactsError("bad", "f.toml", 3).to_problem().message == "bad"


def test_config_can_find_the_line_of_a_local_contact_problem() -> None:
    config_text = (
        "[kiosk]\nenabled = true\n\n[[local_contacts]]\nname = 'A'\n\n"
        "[[local_contacts]]\nname = 'B'\n\n[[local_contacts.contact]]\ntype = 'fax'\n"
    )
    with pytest.raises(ContactsError) as caught:
        service_from_dict({**LOCAL, "contact": [{"type": "fax", "value": "1"}]}, "clinic.toml")
    lines = toml_key_lines(config_text)
    assert caught.value.key_path == ("contact", 1, "type")
    assert line_for(lines, ("local_contacts", 2, *caught.value.key_path)) == 11
    assert line_for(lines, ("local_contacts", 1, "hours")) == 4
    assert line_for(lines, ("kiosk", "enabled")) == 2
    assert line_for(lines, ("nowhere",)) is None


def test_l13_shortfalls_name_both_gaps() -> None:
    assert l13_shortfalls(FALLBACK_ANYWHERE) == [
        "0 service(s) open 24/7, not 2",
        "no text or online option",
    ]


# --- region choice -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale_name", "expected"),
    [
        ("en_GB.UTF-8", "GB"),
        ("en-NZ", "NZ"),
        ("en_US", "US"),
        ("fr_CA.UTF-8", "CA"),
        ("en_IE@euro", "IE"),
        ("en_au.utf8", "AU"),
        ("en_UK", "GB"),
        ("zh_Hant_TW", ANYWHERE),
        ("sr-Latn-NZ", "NZ"),
        ("de_DE.UTF-8", ANYWHERE),
        ("es-419", ANYWHERE),
        ("en", ANYWHERE),
        ("C.UTF-8", ANYWHERE),
        ("POSIX", ANYWHERE),
        ("", ANYWHERE),
        (None, ANYWHERE),
    ],
)
def test_region_from_locale(locale_name: str | None, expected: str) -> None:
    assert region_from_locale(locale_name, COUNTRIES | {ANYWHERE}) == expected


@pytest.mark.parametrize(
    ("configured", "locale_name", "expected"),
    [
        ("IE", "en_GB.UTF-8", "IE"),  # configuration wins
        ("nz", None, "NZ"),
        (" UK ", "en_US", "GB"),
        ("Anywhere", "en_GB", ANYWHERE),
        ("FR", "en_GB.UTF-8", ANYWHERE),  # never the locale's numbers for a configured country
        ("", "en_AU.UTF-8", "AU"),
        (None, "en_CA", "CA"),
        (None, None, ANYWHERE),
    ],
)
def test_choose_region(configured: str | None, locale_name: str | None, expected: str) -> None:
    assert choose_region(configured, locale_name, COUNTRIES | {ANYWHERE}) == expected


def test_locale_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert locale_from_environment({"LANG": "en_NZ.UTF-8", "LC_ALL": " "}) == "en_NZ.UTF-8"
    assert locale_from_environment({"LANG": "en_US", "LC_MESSAGES": "en_IE"}) == "en_IE"
    assert locale_from_environment({}) is None
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_AU.UTF-8")
    assert locale_from_environment() == "en_AU.UTF-8"


# --- open now ------------------------------------------------------------------------------


def timetable(zone: str, **days: list[str]) -> OpeningHours:
    return parse_hours({"time_zone": zone, **days})


LONDON_OFFICE = {"monday": ["09:00-17:00"], "friday": ["09:00-17:00"]}


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (dt.datetime(2026, 11, 30, 8, 30, tzinfo=UTC), False),  # Monday, GMT: 08:30 local
        (dt.datetime(2026, 11, 30, 9, 30, tzinfo=UTC), True),
        (dt.datetime(2026, 11, 30, 4, 30, tzinfo=ZoneInfo("America/New_York")), True),  # 09:30 GMT
        (dt.datetime(2026, 11, 30, 8, 0, tzinfo=ZoneInfo("Pacific/Auckland")), False),  # Sun 19:00
        (dt.datetime(2026, 7, 6, 8, 30, tzinfo=UTC), True),  # summer time: 09:30 BST
        (dt.datetime(2026, 7, 6, 16, 30, tzinfo=UTC), False),  # 17:30 BST
        (dt.datetime(2026, 12, 4, 16, 59, tzinfo=UTC), True),  # Friday
        (dt.datetime(2026, 12, 4, 17, 0, tzinfo=UTC), False),  # closing time is closed
        (dt.datetime(2026, 12, 5, 12, 0, tzinfo=UTC), False),  # Saturday, no times
    ],
)
def test_open_now_across_zones_and_days(moment: dt.datetime, expected: bool) -> None:
    assert timetable("Europe/London", **LONDON_OFFICE).is_open(moment) is expected


def test_open_now_in_the_service_time_zone() -> None:
    hours = timetable("Pacific/Auckland", monday=["09:00-17:00"])
    # Sunday 21:00 UTC is Monday 10:00 in Auckland (NZDT, UTC+13) in November.
    assert hours.is_open(dt.datetime(2026, 11, 29, 21, 0, tzinfo=UTC)) is True
    assert hours.is_open(dt.datetime(2026, 11, 30, 21, 0, tzinfo=UTC)) is False


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        (dt.datetime(2026, 12, 4, 23, 0), True),  # Friday night
        (dt.datetime(2026, 12, 5, 1, 30), True),  # after midnight, still Friday's shift
        (dt.datetime(2026, 12, 5, 2, 0), False),
        (dt.datetime(2026, 12, 5, 21, 59), False),  # Saturday before opening
        (dt.datetime(2026, 12, 6, 1, 0), False),  # Sunday morning: no Saturday shift
        (dt.datetime(2026, 11, 30, 0, 30), True),  # Monday morning: Sunday's shift wraps the week
        (dt.datetime(2026, 12, 2, 23, 59, 30), True),  # Wednesday runs to 24:00
    ],
)
def test_overnight_and_all_day_periods(local: dt.datetime, expected: bool) -> None:
    zone = ZoneInfo("Europe/Dublin")
    hours = timetable(
        "Europe/Dublin",
        friday=["22:00-02:00"],
        sunday=["23:00-01:00"],
        wednesday=["00:00-24:00"],
    )
    assert hours.is_open(local.replace(tzinfo=zone)) is expected


def test_always_open_unknown_and_naive() -> None:
    moment = dt.datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
    assert OpeningHours(always_open=True).is_open(moment) is True
    unknown = parse_hours({"confirmed": False})
    assert unknown.is_open(moment) is None
    assert unknown.note == "Hours not confirmed"
    assert unknown.ranges_on(0) == ()
    with pytest.raises(ValueError, match="timezone-aware"):
        OpeningHours(always_open=True).is_open(dt.datetime(2026, 11, 26, 3, 0))


def test_time_range_text() -> None:
    assert str(TimeRange(22 * 60, 2 * 60)) == "22:00-02:00"
    assert TimeRange(22 * 60, 2 * 60).overnight
    assert not TimeRange(60, 120).overnight


def test_hours_error_carries_the_entry() -> None:
    with pytest.raises(HoursError) as caught:
        parse_hours({"time_zone": "UTC", "tuesday": ["late"]})
    assert caught.value.key == "tuesday"
    assert "09:00-17:00" in caught.value.problem


# --- display order -------------------------------------------------------------------------


def test_local_services_come_first(bundled: dict[str, RegionContacts]) -> None:
    local = service_from_dict(LOCAL, "clinic.toml")
    region = bundled["GB"]
    shown = services_for_display(region, [local])
    assert shown[0] is local
    assert shown[1:] == list(region.services)
    assert services_for_display(region) == list(region.services)
    assert services_for_display(bundled[ANYWHERE], (local,)) == [local]


def test_service_is_open_uses_its_hours() -> None:
    local = service_from_dict(LOCAL, "clinic.toml")
    assert local.is_open(dt.datetime(2026, 11, 30, 10, 0, tzinfo=UTC)) is True
    assert local.is_open(dt.datetime(2026, 11, 29, 10, 0, tzinfo=UTC)) is False
