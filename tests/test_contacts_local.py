"""Clinic local contacts: their checks, every problem, and the config lines they point at."""

from __future__ import annotations

import argparse
import io
import re
import tomllib
from pathlib import Path

import pytest

from reader.config import load_files
from reader.config_cli import check_config_main
from reader.contact_model import FALLBACK_ANYWHERE, l13_shortfalls
from reader.contacts import (
    ContactsError,
    format_key,
    load_region_file,
    service_from_dict,
    service_problems,
)
from reader.local_contacts import local_services, shown_entries
from reader.problems import Problem
from reader.startup import build_context
from reader.toml_lines import line_for, toml_error_line, toml_key_lines
from tests.contacts_helpers import LOCAL

# --- service_from_dict (clinic local contacts) -----------------------------------------------


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


# --- the clinic's [[contacts.local]] as the app and check-config see them --------------------

CLINIC_FILE = """region = "GB"

[[contacts.local]]
name = "Reception"
description = "Talk to reception."
audience = "Anyone"
languages = ["English"]
source = "Riverside"
hours = { time_zone = "Europe/London", monday = ["08:30-18:00"] }

[[contacts.local.contact]]
type = "phone"
value = "01632 960000"

[[contacts.local]]
name = "No methods"

[[contacts.local]]
name = "Duty clinician"
description = "A clinician."
audience = "Patients"
languages = ["English"]
source = "Riverside"
hours = { time_zone = "Europe/London", monday = ["9am-5pm"] }

[[contacts.local.contact]]
type = "phone"
value = "call 01632 960001"

[[contacts.local]]
name = "Missing fields"
audiance = "Anyone"
[[contacts.local.contact]]
type = "phone"
value = "999"
"""
DUTY_HOURS = "'9am-5pm' should look like \"09:00-17:00\""


def clinic_file(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.toml"
    path.write_text(CLINIC_FILE, encoding="utf-8")
    return path


def started_with(path: Path) -> tuple[list[str], list[Problem]]:
    """What start-up makes of a clinic file: the local services shown, and their problems."""
    context = build_context(argparse.Namespace(config=str(path), region="GB"), env={})
    problems = context.ensure_contacts()
    return [service.name for service in context.local_services], problems


def local_problems(tmp_path: Path) -> tuple[list[str], list[Problem], Path]:
    path = clinic_file(tmp_path)
    return *started_with(path), path


def test_a_left_out_entry_points_at_its_own_line_and_file_number(tmp_path: Path) -> None:
    names, problems, path = local_problems(tmp_path)
    assert names == ["Reception"]
    duty = [p for p in problems if "Duty clinician" in p.message]
    assert [(p.path, p.line) for p in duty] == [(str(path), 24), (str(path), 28)]
    assert str(duty[0]) == (
        f'{path}:24: error: contacts.local: entry 3 "Duty clinician": hours.monday: '
        f"{DUTY_HOURS}; left out"
    )
    assert duty[1].message.startswith(
        "contacts.local: entry 3 \"Duty clinician\": contact[1].value: 'call 01632 960001' "
        "should be a phone number"
    )
    assert all(p.message.endswith("; left out") for p in problems)


def test_a_file_with_a_byte_order_mark_still_gets_lines_and_entry_numbers(tmp_path: Path) -> None:
    # Notepad saves UTF-8 with a BOM; the file is re-read the way configuration reads it.
    path = tmp_path / "clinic.toml"
    path.write_bytes(b"\xef\xbb\xbf" + CLINIC_FILE.encode())
    names, problems = started_with(path)
    assert names == ["Reception"]
    duty = [p for p in problems if "Duty clinician" in p.message]
    assert [p.line for p in duty] == [24, 28]
    assert all("entry 3 " in p.message for p in duty)


def test_every_problem_in_an_entry_is_reported(tmp_path: Path) -> None:
    _, problems, path = local_problems(tmp_path)
    missing = [p for p in problems if "Missing fields" in p.message]
    assert [p.message.partition('"Missing fields": ')[2] for p in missing] == [
        "the required keys 'description', 'languages', 'source' and 'hours' are missing; left out",
        "audiance: the required key 'audience' is missing; is 'audiance' a misspelling?; left out",
    ]  # the misspelt key is named once, not again as an unknown key
    assert [p.line for p in missing] == [30, 32]
    assert all("entry 4 " in p.message for p in missing)


def test_check_config_lists_only_the_contacts_the_app_shows(tmp_path: Path) -> None:
    path = clinic_file(tmp_path)
    out = io.StringIO()
    assert check_config_main([str(path)], stdout=out, env={}) == 1
    output = out.getvalue()
    assert re.search(r"contacts\.local\s+1: Reception\s", output)
    assert f"{path}:24: error: contacts.local: entry 3 " in output
    assert f"{path}:15: error: contacts.local: entry 2 " in output  # the config's own check
    assert " contacts.local[" not in output


def test_without_the_file_a_left_out_entry_is_named_but_has_no_line() -> None:
    entry = {"name": "Front desk", "contact": [{"type": "phone", "value": "1"}]}
    services, problems = local_services([entry], "command line")
    assert services == []
    assert problems[0].path == "command line"
    assert problems[0].line == 0
    assert str(problems[0]) == (
        'command line: error: contacts.local: "Front desk": the required keys '
        "'description', 'audience', 'languages', 'source' and 'hours' are missing; left out"
    )


def test_shown_entries_keeps_only_services_that_pass() -> None:
    bad = {**LOCAL, "hours": {"time_zone": "Mars/Base", "monday": ["09:00-17:00"]}}
    assert shown_entries([LOCAL, bad]) == [LOCAL]


def test_service_problems_lists_every_problem_in_order() -> None:
    data = {
        **LOCAL,
        "languages": "English",
        "hours": {"time_zone": "Mars/Base", "monday": ["9-5"], "tuesday": ["25:00-26:00"]},
        "contact": [{"type": "fax", "value": "x"}, "0800", {"type": "phone", "value": "1"}],
        "colour": "red",
        "size": 3,
    }
    service, found = service_problems(data)
    assert service is None
    assert [format_key(path) for path, _ in found] == [
        "languages",
        "hours.time_zone",
        "hours.monday",
        "hours.tuesday",
        "contact[1].type",
        "contact[2]",
        "colour",
        "size",
    ]
    with pytest.raises(ContactsError) as caught:  # service_from_dict still names the first
        service_from_dict(data, "clinic.toml")
    assert caught.value.key == "languages"


def test_key_lines_know_dotted_keys_inside_array_entries() -> None:
    lines = toml_key_lines(
        "[[contacts.local]]\nname = 'A'\n[[contacts.local]]\n"
        "hours.time_zone = 'Mars'\n\"quoted key\" = 1\n"
    )
    assert lines[("contacts", "local", 2, "hours", "time_zone")] == 4
    assert lines[("contacts", "local", 2, "hours")] == 4
    assert lines[("contacts", "local", 2, "quoted key")] == 5


def test_key_lines_and_error_lines_count_only_newlines() -> None:
    # U+2028 and U+0085 are line breaks to str.splitlines(), but tomllib counts "\n" only.
    text = '[[services]]\nname = "A\u2028B\u0085C"\n\n[[services.contact]]\ntype = "x"\n'
    assert line_for(toml_key_lines(text), ("services", 1, "contact", 1, "type")) == 5
    broken = text + "value =\n"
    with pytest.raises(tomllib.TOMLDecodeError) as error:
        tomllib.loads(broken)
    assert toml_error_line(str(error.value), broken) == 6


def test_a_region_file_error_at_the_end_names_the_last_line(tmp_path: Path) -> None:
    path = tmp_path / "gb.toml"
    path.write_text('name = "A\u2028B"\nvalue =', encoding="utf-8")
    with pytest.raises(ContactsError) as error:
        load_region_file(path)
    assert error.value.line == 2


@pytest.mark.parametrize("name", ["5", "true", '""', '"   "', '["Front desk"]'])
def test_an_entry_without_a_usable_name_is_called_by_its_number_only(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(f"[[contacts.local]]\nname = {name}\n", encoding="utf-8")
    config, _ = load_files([(path, True, "test")])
    _, problems = local_services(config.contacts.local, str(path))
    assert problems
    assert all(p.message.startswith("contacts.local: entry 1: ") for p in problems), problems
    assert any(
        str(p).startswith(f"{path}:2: error: contacts.local: entry 1: name: must be text")
        for p in problems
    ), problems


def test_an_entry_without_a_usable_name_or_a_line_is_still_named() -> None:
    _, problems = local_services([{"name": 5}], "command line")
    assert problems[0].message.startswith("contacts.local: an entry: ")
