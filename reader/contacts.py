"""Crisis contacts files: read and check region files and clinic tables, naming every problem."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

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


@dataclass(frozen=True)
class _FieldError:
    """One problem found while checking a table: the key it is about and what is wrong."""

    path: KeyPath
    problem: str


def format_key(path: KeyPath) -> str:
    """Write a key path the way a person reads it: services[2].contact[1].type."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


class _Table:
    """Typed access to one table: remembers its key path, notes every problem, rejects unknowns."""

    def __init__(self, data: dict[str, object], path: KeyPath, errors: list[_FieldError]) -> None:
        self.data, self.path, self.errors, self.used = data, path, errors, set[str]()
        self.absent: list[str] = []  # required keys that are not there
        self.absent_at = 0

    def fail(self, problem: str, *keys: str | int) -> None:
        self.errors.append(_FieldError(self.path + keys, problem))

    def get(self, key: str, required: bool = True) -> object:
        self.used.add(key)
        if key not in self.data and required:
            spare = [name for name in self.data if name not in self.used]
            close = difflib.get_close_matches(key, spare, n=1, cutoff=0.75)
            if close:  # point at the likely typo rather than at the table, and only once
                self.used.add(close[0])
                self.fail(
                    f"the required key '{key}' is missing; is '{close[0]}' a misspelling?", close[0]
                )
            else:
                self._missing(key)
        return self.data.get(key)

    def _missing(self, key: str) -> None:
        # Several required keys missing from one table make one problem that names them all.
        if not self.absent:
            self.absent_at = len(self.errors)
            self.errors.append(_FieldError(self.path, ""))
        self.absent.append(f"'{key}'")
        *rest, last = self.absent
        listed = f"keys {', '.join(rest)} and {last} are" if rest else f"key {last} is"
        self.errors[self.absent_at] = _FieldError(self.path, f"the required {listed} missing")

    def text(self, key: str, required: bool = True) -> str:
        value = self.get(key, required)
        if value is None:  # missing: already reported when required
            return ""
        if not isinstance(value, str) or not value.strip():
            self.fail("must be text in quotes, not empty", key)
            return ""
        return value.strip()

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not value:
            self.fail('must be a list of text, like ["English"]', key)
        elif not all(isinstance(item, str) and item.strip() for item in value):
            self.fail("every item must be text in quotes, not empty", key)
        else:
            return tuple(item.strip() for item in value)
        return ()

    def table(self, key: str) -> _Table | None:
        value = self.get(key)
        return _table(value, self.path + (key,), self.errors) if value is not None else None

    def tables(self, key: str) -> Iterator[_Table]:
        """Each table in a list of tables, one at a time so problems come out in file order."""
        value = self.get(key)
        if value is not None and (not isinstance(value, list) or not value):
            self.fail(f"needs at least one [[{key}]] entry", key)
        elif value is not None:
            for index, item in enumerate(value, 1):
                if (table := _table(item, self.path + (key, index), self.errors)) is not None:
                    yield table

    def finish(self) -> None:
        for key in sorted(set(self.data) - self.used):
            self.fail("unknown key (is it misspelt?)", key)


def _table(data: object, path: KeyPath, errors: list[_FieldError]) -> _Table | None:
    if not isinstance(data, dict):
        errors.append(_FieldError(path, "must be a table of keys and values"))
        return None
    return _Table(data, path, errors)


def _contact_method(table: _Table) -> ContactMethod | None:
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


def _hours(table: _Table) -> OpeningHours | None:
    data = table.get("hours")
    if data is None:  # missing: already reported
        return None
    hours, problems = check_hours(data)
    for problem in problems:
        table.fail(problem.problem, "hours", *((problem.key,) if problem.key else ()))
    return hours


def _service(table: _Table) -> Service | None:
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
    errors: list[_FieldError] = []
    table = _table(data, (), errors)
    service = _service(table) if table is not None else None
    return service, [(error.path, error.problem) for error in errors]


def service_from_dict(data: object, where: str) -> Service:
    """Validate one service given as a plain dict; raise ContactsError naming its first problem."""
    service, problems = service_problems(data)
    if service is None:
        path, problem = problems[0]
        raise ContactsError(problem, where, key_path=path)
    return service


def _emergency(table: _Table) -> tuple[tuple[str, ...], str, str]:
    numbers = table.texts("numbers")
    for number in numbers:
        if not _NUMBER.match(number):
            table.fail(f"'{number}' is not a phone number", "numbers")
    result = numbers, table.text("note"), table.text("source")
    table.finish()
    return result


def _date(table: _Table, key: str) -> dt.date | None:
    value = table.get(key)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if value is not None:
        table.fail("must be a date without quotes, like 2026-11-26", key)
    return None


def _region(table: _Table, stem: str, path: Path) -> RegionContacts | None:
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
    errors: list[_FieldError] = []
    region = _region(_Table(data, (), errors), path.stem, path)
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
