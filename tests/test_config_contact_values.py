"""Long or odd contact values in a configuration: checked in one pass, shown shortened."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from reader.config_cli import check_config_main
from reader.contacts import service_problems
from tests.config_helpers import one_local_contact
from tests.contacts_helpers import LOCAL
from tests.run_apart import run_apart

# The patterns they replace, which read ordinary values the same way.
OLD_URL = re.compile(r"^https://[^\s/]+\.\S+$")
OLD_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("web", "https://" + "." * 60_000 + " x"),
        ("chat", "https://" + "a." * 30_000 + "/ x"),
        ("email", "jo@" + "." * 60_000 + " x"),
        ("phone", "1" * 60_000 + "x"),
    ],
)
def test_a_huge_bad_value_is_refused_and_shown_short(tmp_path: Path, kind: str, value: str) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(one_local_contact(kind, value), encoding="utf-8")
    out = io.StringIO()
    assert check_config_main([str(path)], stdout=out, env={}) == 1
    # Line 10: the value, in the file one_local_contact writes.
    problem = next(line for line in out.getvalue().splitlines() if "contact[1].value" in line)
    assert problem.startswith(f'{path}:10: error: contacts.local: entry 1 "X": ')
    assert "…' should be" in problem
    assert len(problem) < 500


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("116123", "not the number 116123: put quotes around it, as written"),
        ("+441632960000", "not the number 441632960000: put quotes around it, as written"),
        ("true", "not true"),
        ('["116 123"]', "not a list"),
        ("2026-11-27", "not a date or time"),
    ],
)
def test_a_value_written_without_quotes_is_named_as_written_not_called_empty(
    tmp_path: Path, written: str, said: str
) -> None:
    # A phone number is a whole number to TOML when its quotes are left off; the help panel
    # leaves the contact out, and check-config said the value was "empty".
    path = tmp_path / "clinic.toml"
    path.write_text(one_local_contact("phone", "x").replace('"x"', written), encoding="utf-8")
    out = io.StringIO()
    assert check_config_main([str(path)], stdout=out, env={}) == 1
    problem = next(line for line in out.getvalue().splitlines() if "contact[1].value" in line)
    assert problem == (
        f'{path}:10: error: contacts.local: entry 1 "X": contact[1].value: '
        f"must be text in quotes, {said}; left out"
    )


def test_a_list_item_without_quotes_is_named_not_called_empty() -> None:
    _, problems = service_problems({**LOCAL, "languages": ["English", 0]})
    assert problems == [
        (
            ("languages",),
            "every item must be text in quotes, not the number 0: put quotes around it, as written",
        )
    ]


def accepted(kind: str, value: str) -> bool:
    """Whether a clinic contact of this type takes this value (no problem with the value)."""
    _, problems = service_problems({**LOCAL, "contact": [{"type": kind, "value": value}]})
    return ("contact", 1, "value") not in [path for path, _ in problems]


@pytest.mark.parametrize(
    "value",
    [
        "https://example.org/help",
        "https://a.b",
        "https://..x",
        "https://a.",
        "https://a.b c",
        "https://a.b\n",
        "https://a/b.c",
        "http://a.b",
        "jo@samaritans.org",
        "jo@x.",
        "jo@@x.y",
        "jo@x.y z",
        "@x.y",
    ],
)
def test_web_and_email_values_are_read_as_before(value: str) -> None:
    assert accepted("web", value) == bool(OLD_URL.match(value))
    assert accepted("chat", value) == bool(OLD_URL.match(value))
    assert accepted("email", value) == bool(OLD_EMAIL.match(value))


def test_a_long_good_address_is_accepted_in_one_pass() -> None:
    assert accepted("web", "https://example.org/" + "a" * 200_000)
    assert accepted("email", "jo@" + "a." * 100_000 + "org")


def test_long_bad_addresses_are_refused_in_linear_time() -> None:
    # Run apart with a generous limit: the old patterns took minutes here (the square of
    # the length); these take milliseconds, and a slip fails instead of hanging the suite.
    script = (
        "from reader.contacts import service_problems\n"
        "from tests.contacts_helpers import LOCAL\n"
        "def refused(kind, value):\n"
        "    data = {**LOCAL, 'contact': [{'type': kind, 'value': value}]}\n"
        "    return ('contact', 1, 'value') in [path for path, _ in service_problems(data)[1]]\n"
        "dots = '.' * 200_000\n"
        "assert refused('web', 'https://' + dots + ' x')\n"
        "assert refused('email', 'jo@' + dots + ' x')\n"
        "print('done')\n"
    )
    assert run_apart(script) == "done\n"
