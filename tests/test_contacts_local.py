"""Clinic local contacts: service_from_dict, its error messages and finding their config lines."""

from __future__ import annotations

import pytest

from reader.contact_model import FALLBACK_ANYWHERE, l13_shortfalls
from reader.contacts import ContactsError, format_key, service_from_dict
from reader.toml_lines import line_for, toml_key_lines
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
