"""A clinic's contact entries: documented fields, unknown keys, and the numbers Lantern accepts."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from reader.checked_table import CheckedTable
from reader.config import load_files
from reader.config.contact_fields import (
    FIELDS_END,
    FIELDS_START,
    HOURS_FIELDS,
    METHOD_FIELDS,
    SERVICE_FIELDS,
    render_contact_fields_markdown,
)
from reader.config_cli import check_config_main
from reader.contact_model import CONTACT_TYPES
from reader.contact_values import number_problem
from reader.contacts import ContactsError, load_region_file, service_problems
from reader.hours import DAYS, check_hours
from reader.local_contacts import local_services, shown_entries
from reader.toml_lines import KeyPath
from tests.contacts_helpers import LOCAL

ROOT = Path(__file__).resolve().parent.parent
CLINICS = (ROOT / "CLINICS.md").read_text(encoding="utf-8")
FULL = {**LOCAL, "contact": [{**LOCAL["contact"][0], "instructions": "Call and ask"}]}

# --- the documented fields are the checked fields --------------------------------------------


def test_clinics_md_embeds_exactly_the_generated_contact_tables() -> None:
    start = CLINICS.index(FIELDS_START) + len(FIELDS_START) + 1
    end = CLINICS.index(FIELDS_END)
    assert CLINICS[start:end] == render_contact_fields_markdown(), (
        "CLINICS.md's contact tables are out of date: replace them with the output of "
        "`python -m reader.config_cli contacts`"
    )


def _asked(monkeypatch: pytest.MonkeyPatch, data: object) -> dict[KeyPath, dict[str, bool]]:
    """Every key the checker asks each table for, and whether it asks for it as required."""
    asked: dict[KeyPath, dict[str, bool]] = {}
    real_get = CheckedTable.get

    def spy(self: CheckedTable, key: str, required: bool = True) -> object:
        asked.setdefault(self.path, {})[key] = required
        return real_get(self, key, required)

    monkeypatch.setattr(CheckedTable, "get", spy)
    service, problems = service_problems(data)
    assert service is not None
    assert problems == []
    return asked


def test_the_checker_asks_for_exactly_the_documented_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _asked(monkeypatch, FULL)
    assert asked[()] == {field.key: field.required for field in SERVICE_FIELDS}
    assert asked[("contact", 1)] == {field.key: field.required for field in METHOD_FIELDS}


def test_the_documented_hours_keys_are_the_checked_ones() -> None:
    documented = {field.key for field in HOURS_FIELDS if "…" not in field.key} | set(DAYS)
    # Every documented key is taken (whatever else is wrong with this table)...
    _, errors = check_hours(dict.fromkeys(documented, None))
    assert [e.key for e in errors if e.problem.startswith("unknown entry")] == []
    # ...and any other is refused, with exactly the documented ones offered instead.
    _, errors = check_hours({"opening": ["09:00-17:00"]})
    assert [e.problem for e in errors if e.key == "opening"] == [
        "unknown entry; use one of: " + ", ".join(sorted(documented))
    ]
    assert "`monday` … `sunday`" in render_contact_fields_markdown()


def test_every_contact_type_has_its_value_rule_documented() -> None:
    tables = render_contact_fields_markdown()
    for kind in CONTACT_TYPES:
        assert re.search(rf"^\| `{kind}` \| \w", tables, re.M), kind


# --- unknown keys: what they may be, and the entry is still shown ----------------------------


@pytest.mark.parametrize(
    ("change", "key", "hint"),
    [
        ({"cots": "Free"}, "cots", "did you mean 'cost'?"),
        ({"langauge": ["English"]}, "langauge", "did you mean 'languages'?"),
        (
            {"phone": "1"},
            "phone",
            "ways to reach the service go in its contact tables, each with a type and a value",
        ),
        ({"colour": "red"}, "colour", "is it misspelt?"),
    ],
)
def test_an_unknown_key_in_an_entry_is_named_with_what_it_may_be(
    change: dict[str, object], key: str, hint: str
) -> None:
    service, problems = service_problems({**LOCAL, **change})
    assert service is not None  # shown: the number is right, only an extra key is unknown
    assert problems == [((key,), f"unknown key ({hint})")]


@pytest.mark.parametrize(
    ("method", "key", "hint"),
    [
        ({"lable": "Duty nurse"}, "lable", "did you mean 'label'?"),
        ({"instruction": "Ask"}, "instruction", "did you mean 'instructions'?"),
        ({"number": "1"}, "number", "did you mean 'value'?"),
    ],
)
def test_an_unknown_key_in_a_contact_method_is_named_with_what_it_may_be(
    method: dict[str, str], key: str, hint: str
) -> None:
    contact = {"type": "phone", "value": "01632 960000", **method}
    service, problems = service_problems({**LOCAL, "contact": [contact]})
    assert service is not None
    assert service.contact[0].value == "01632 960000"
    assert problems == [(("contact", 1, key), f"unknown key ({hint})")]


def test_unknown_keys_are_named_even_when_the_entry_has_another_error() -> None:
    """`number` for `value`: the missing value drops the entry, and `number` is named too."""
    service, problems = service_problems({**LOCAL, "contact": [{"type": "phone", "number": "1"}]})
    assert service is None
    assert problems == [
        (("contact", 1), "the required key 'value' is missing"),
        (("contact", 1, "number"), "unknown key (did you mean 'value'?)"),
    ]


def test_one_missing_key_and_one_unknown_key_are_paired() -> None:
    data = {key: value for key, value in LOCAL.items() if key != "source"}
    service, problems = service_problems({**data, "origin": "Clinic staff list"})
    assert service is None  # source is required
    assert (("origin",), "unknown key (did you mean 'source'?)") in problems


def test_a_misspelt_type_says_which_it_may_be() -> None:
    _, problems = service_problems({**LOCAL, "contact": [{"type": "sms", "value": "85258"}]})
    assert problems == [
        (
            ("contact", 1, "type"),
            f"must be one of: {', '.join(CONTACT_TYPES)} (did you mean 'text'?)",
        )
    ]


CLINIC = """[[contacts.local]]
name = "Reception"
description = "Talk to reception."
audience = "Anyone"
languages = ["English"]
source = "Riverside"
cots = "Free"
hours = { always_open = true }

[[contacts.local.contact]]
type = "phone"
value = "(01632) 960000"
lable = "Ask for the duty clinician"
"""


def test_the_app_and_check_config_both_show_an_entry_with_only_unknown_keys(
    tmp_path: Path,
) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(CLINIC, encoding="utf-8")
    config, _ = load_files([(path, True, "test")])
    services, problems = local_services(config.contacts.local, str(path))
    assert [service.name for service in services] == ["Reception"]
    assert shown_entries(config.contacts.local) == list(config.contacts.local)
    assert [str(problem) for problem in problems] == [
        f'{path}:7: error: contacts.local: entry 1 "Reception": cots: unknown key '
        "(did you mean 'cost'?); ignored, and the rest of this contact is shown",
        f'{path}:13: error: contacts.local: entry 1 "Reception": contact[1].lable: unknown key '
        "(did you mean 'label'?); ignored, and the rest of this contact is shown",
    ]
    out = io.StringIO()
    assert check_config_main([str(path)], stdout=out, env={}) == 1  # still an error to fix
    assert re.search(r"contacts\.local\s+1: Reception\s", out.getvalue())


def test_a_bundled_region_file_stays_strict_about_unknown_keys(tmp_path: Path) -> None:
    text = (ROOT / "resources" / "contacts" / "GB.toml").read_text(encoding="utf-8")
    path = tmp_path / "GB.toml"
    path.write_text(text.replace('value = "116 123"', 'value = "116 123"\nlable = "x"', 1))
    with pytest.raises(ContactsError) as caught:
        load_region_file(path)
    assert caught.value.key.endswith(".lable")


# --- phone and text numbers ------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    ["116 123", "(01632) 960000", "01632.960000", "+44 1632 960000", "+1 (555) 010-4567",
     "1-800-668-6868", "0800 543 354", "911"],
)  # fmt: skip
def test_common_ways_of_writing_a_number_are_accepted(number: str) -> None:
    assert number_problem(number) == ""
    contact = {"type": "phone", "value": number}
    service, problems = service_problems({**LOCAL, "contact": [contact]})
    assert problems == []
    assert service is not None
    assert service.contact[0].value == number  # shown as written


@pytest.mark.parametrize(
    ("number", "said"),
    [
        ("01632 960000 ext 214", 'write value = "01632 960000" and put the extension in label, '
         'like label = "extension 214"'),
        ("01632 960000 x 7", 'like label = "extension 7"'),
        ("01632 960000, 214", 'write value = "01632 960000"'),
        ("+44 (0)1632 960000", '"(0)" is dialled only from inside the country'),
        ("(01632) (960) 000", "at most one part in brackets"),
        ("01632..960000", "an extension goes in label"),
        ("call 01632 960000", "with spaces, hyphens or dots between groups"),
        ("(01632 960000", "area code in brackets"),
        ("0163 2960 0001 2345 6", "has 17 digits"),
    ],
)  # fmt: skip
def test_unclear_numbers_are_refused_saying_how_to_write_them(number: str, said: str) -> None:
    assert said in number_problem(number)
    service, problems = service_problems({**LOCAL, "contact": [{"type": "phone", "value": number}]})
    assert service is None
    assert problems == [(("contact", 1, "value"), number_problem(number))]


@pytest.mark.parametrize("kind", ["web", "chat"])
@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        ("https://example.org/help", True),
        ("http://example.org/help", False),  # an address the reader's browser may warn about
        ("www.example.org/chat", False),
        ("https://example", False),
    ],
)
def test_web_and_chat_addresses_must_start_with_https(
    kind: str, value: str, accepted: bool
) -> None:
    service, problems = service_problems({**LOCAL, "contact": [{"type": kind, "value": value}]})
    assert (service is not None) is accepted
    if not accepted:
        assert any("starting with https://" in problem for _, problem in problems)
