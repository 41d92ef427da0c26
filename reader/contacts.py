"""Crisis contacts files: read and check region files and clinic tables, naming every problem."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

from reader.checked_table import CheckedTable, FieldError, checked_table, format_key
from reader.contact_model import (
    CONTACT_TYPES,
    FALLBACK_ANYWHERE,
    MAX_DESCRIPTION,
    ContactMethod,
    RegionContacts,
    Service,
)
from reader.hours import OpeningHours, check_hours
from reader.problems import Problem
from reader.region import ANYWHERE
from reader.toml_lines import KeyPath, line_for, toml_error_line, toml_key_lines

_NUMBER = re.compile(r"^\+?\d(?:[\d -]*\d)?$")
_URL = re.compile(r"^https?://[^\s/]+\.\S+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_VALUE_RULES = {
    "phone": (_NUMBER, 'a phone number of digits, spaces or hyphens, like "116 123"'),
    "text": (_NUMBER, 'a number to text, like "85258" (put the word to send in instructions)'),
    "chat": (_URL, 'a web address starting with https://, like "https://988lifeline.org"'),
    "web": (_URL, 'a web address starting with https://, like "https://example.org/help"'),
    "email": (_EMAIL, 'an email address, like "jo@samaritans.org"'),
}


class ContactsError(ValueError):
    """A contacts file or table that cannot be used, with where and what is wrong."""

    def __init__(
        self, problem: str, where: str, line: int | None = None, key_path: KeyPath = ()
    ) -> None:
        self.problem, self.where, self.line, self.key_path = problem, where, line, key_path
        super().__init__(str(self))

    @property
    def key(self) -> str:
        """The key path as a person reads it, e.g. services[2].contact[1].type ('' if none)."""
        return format_key(self.key_path)

    def __str__(self) -> str:
        place = f"{self.where}:{self.line}" if self.line else self.where
        return f"{place}: {self.key}: {self.problem}" if self.key else f"{place}: {self.problem}"

    def to_problem(self) -> Problem:
        """The same report as a Problem for lists of load problems."""
        message = f"{self.key}: {self.problem}" if self.key else self.problem
        return Problem(self.where, self.line or 1, message)


def _contact_method(table: CheckedTable) -> ContactMethod | None:
    found = len(table.errors)
    kind = table.text("type")
    if kind and kind not in CONTACT_TYPES:
        table.fail(f"must be one of: {', '.join(CONTACT_TYPES)}", "type")
    value = table.text("value")
    if value and kind in _VALUE_RULES:
        pattern, example = _VALUE_RULES[kind]
        if not pattern.match(value):
            table.fail(f"'{value}' should be {example}", "value")
    label, instructions = table.text("label", False), table.text("instructions", False)
    table.finish()
    return ContactMethod(kind, value, label, instructions) if len(table.errors) == found else None


def _hours(table: CheckedTable) -> OpeningHours | None:
    data = table.get("hours")
    if data is None:  # missing: already reported
        return None
    hours, problems = check_hours(data)
    for problem in problems:
        table.fail(problem.problem, "hours", *((problem.key,) if problem.key else ()))
    return hours


def _service(table: CheckedTable) -> Service | None:
    found = len(table.errors)  # checked in the order the fields are documented
    name, description = table.text("name"), table.text("description")
    if "\n" in description or len(description) > MAX_DESCRIPTION:
        problem = f"must be one plain line of at most {MAX_DESCRIPTION} characters"
        table.fail(problem, "description")
    audience, languages = table.text("audience"), table.texts("languages")
    source, hours = table.text("source"), _hours(table)
    methods = [_contact_method(item) for item in table.tables("contact")]
    cost = table.text("cost", False)
    table.finish()
    if len(table.errors) > found or hours is None:
        return None
    contact = tuple(method for method in methods if method is not None)
    return Service(name, description, audience, languages, source, contact, hours, cost)


def service_problems(data: object) -> tuple[Service | None, list[tuple[KeyPath, str]]]:
    """A service from a plain dict, or None and every problem as (key path, what is wrong)."""
    errors: list[FieldError] = []
    table = checked_table(data, (), errors)
    service = _service(table) if table is not None else None
    return service, [(error.path, error.problem) for error in errors]


def service_from_dict(data: object, where: str) -> Service:
    """Validate one service given as a plain dict; raise ContactsError naming its first problem."""
    service, problems = service_problems(data)
    if service is None:
        path, problem = problems[0]
        raise ContactsError(problem, where, key_path=path)
    return service


def _emergency(table: CheckedTable) -> tuple[tuple[str, ...], str, str]:
    numbers = table.texts("numbers")
    for number in numbers:
        if not _NUMBER.match(number):
            table.fail(f"'{number}' is not a phone number", "numbers")
    result = numbers, table.text("note"), table.text("source")
    table.finish()
    return result


def _date(table: CheckedTable, key: str) -> dt.date | None:
    value = table.get(key)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if value is not None:
        table.fail("must be a date without quotes, like 2026-11-26", key)
    return None


def _region(table: CheckedTable, stem: str, path: Path) -> RegionContacts | None:
    found = len(table.errors)
    code = table.text("code")
    if code and code != stem:
        table.fail(f"'{code}' does not match the file name '{path.name}'", "code")
    elif code and code != ANYWHERE and not re.fullmatch(r"[A-Z]{2}", code):
        table.fail("must be a two-letter ISO 3166 code in capitals, or 'anywhere'", "code")
    verified = _date(table, "verified")
    country, guidance = table.text("country"), table.text("guidance", code == ANYWHERE)
    emergency: tuple[tuple[str, ...], str, str] = ((), "", "")
    services: list[Service | None] = []
    if code == ANYWHERE:
        for key in ("services", "emergency"):
            if key in table.data:
                table.fail("the 'anywhere' page has no services or numbers", key)
                table.used.add(key)
    elif (emergency_table := table.table("emergency")) is not None:
        emergency = _emergency(emergency_table)
    if code != ANYWHERE:
        services = [_service(item) for item in table.tables("services")]
    table.finish()
    if len(table.errors) > found or verified is None:
        return None
    shown = tuple(service for service in services if service is not None)
    return RegionContacts(code, country, verified, *emergency, shown, guidance, path)


def load_region_file(path: Path) -> RegionContacts:
    """Read and validate one region file; raise ContactsError naming file, line and problem."""
    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ContactsError(f"cannot be read ({error.strerror})", where) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        bad_line = raw[: error.start].count(b"\n") + 1
        raise ContactsError("is not UTF-8 text; save it as UTF-8", where, bad_line) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = re.sub(r"\s*\(at (line|end of).*\)$", "", str(error))
        toml_line = toml_error_line(str(error), text)
        raise ContactsError(f"is not valid TOML: {message}", where, toml_line) from None
    errors: list[FieldError] = []
    region = _region(CheckedTable(data, (), errors), path.stem, path)
    if region is None:  # a ContactsError names one problem: the first in the file
        first = errors[0]
        line = line_for(toml_key_lines(text), first.path)
        raise ContactsError(first.problem, where, line, first.path)
    return region


def load_all(folder: Path) -> tuple[dict[str, RegionContacts], list[Problem]]:
    """Load every *.toml region file; broken files become Problems and the rest still load."""
    regions: dict[str, RegionContacts] = {}
    problems: list[Problem] = []
    files = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    if not files:
        problems.append(Problem(folder, 1, "no crisis-contact files were found here"))
    for path in files:
        try:
            region = load_region_file(path)
        except ContactsError as error:
            problems.append(error.to_problem())
            continue
        regions[region.code] = region
    # The help panel must always have something to show, even if anywhere.toml is broken.
    regions.setdefault(ANYWHERE, FALLBACK_ANYWHERE)
    return regions, problems
