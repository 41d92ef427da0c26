"""Crisis contacts files: read and check region files and clinic tables, naming every problem."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
from pathlib import Path

from reader.contact_model import (
    CONTACT_TYPES,
    FALLBACK_ANYWHERE,
    MAX_DESCRIPTION,
    ContactMethod,
    RegionContacts,
    Service,
)
from reader.hours import HoursError, parse_hours
from reader.problems import Problem
from reader.region import ANYWHERE
from reader.toml_lines import KeyPath, line_for, toml_key_lines

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


class _FieldError(ValueError):
    def __init__(self, path: KeyPath, problem: str) -> None:
        super().__init__(problem)
        self.path, self.problem = path, problem


def format_key(path: KeyPath) -> str:
    """Write a key path the way a person reads it: services[2].contact[1].type."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


class _Table:
    """Typed access to one table that remembers its key path and rejects unknown keys."""

    def __init__(self, data: object, path: KeyPath) -> None:
        if not isinstance(data, dict):
            raise _FieldError(path, "must be a table of keys and values")
        self.data, self.path, self.used = data, path, set[str]()

    def get(self, key: str, required: bool = True) -> object:
        self.used.add(key)
        if key not in self.data and required:
            spare = [name for name in self.data if name not in self.used]
            close = difflib.get_close_matches(key, spare, n=1, cutoff=0.75)
            if close:  # point at the likely typo rather than at the table
                hint = f"the required key '{key}' is missing; is '{close[0]}' a misspelling?"
                raise _FieldError(self.path + (close[0],), hint)
            raise _FieldError(self.path, f"the required key '{key}' is missing")
        return self.data.get(key)

    def text(self, key: str, required: bool = True) -> str:
        value = self.get(key, required)
        if value is None:
            return ""
        if not isinstance(value, str) or not value.strip():
            raise _FieldError(self.path + (key,), "must be text in quotes, not empty")
        return value.strip()

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.get(key)
        if not isinstance(value, list) or not value:
            raise _FieldError(self.path + (key,), 'must be a list of text, like ["English"]')
        if not all(isinstance(item, str) and item.strip() for item in value):
            raise _FieldError(self.path + (key,), "every item must be text in quotes, not empty")
        return tuple(item.strip() for item in value)

    def tables(self, key: str) -> list[_Table]:
        value = self.get(key)
        if not isinstance(value, list) or not value:
            raise _FieldError(self.path + (key,), f"needs at least one [[{key}]] entry")
        return [_Table(item, self.path + (key, index)) for index, item in enumerate(value, 1)]

    def finish(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise _FieldError(self.path + (unknown[0],), "unknown key (is it misspelt?)")


def _contact_method(table: _Table) -> ContactMethod:
    kind = table.text("type")
    if kind not in CONTACT_TYPES:
        raise _FieldError(table.path + ("type",), f"must be one of: {', '.join(CONTACT_TYPES)}")
    value = table.text("value")
    pattern, example = _VALUE_RULES[kind]
    if not pattern.match(value):
        raise _FieldError(table.path + ("value",), f"'{value}' should be {example}")
    method = ContactMethod(
        kind, value, table.text("label", False), table.text("instructions", False)
    )
    table.finish()
    return method


def _service(table: _Table) -> Service:
    description = table.text("description")
    if "\n" in description or len(description) > MAX_DESCRIPTION:
        problem = f"must be one plain line of at most {MAX_DESCRIPTION} characters"
        raise _FieldError(table.path + ("description",), problem)
    try:
        hours = parse_hours(table.get("hours"))
    except HoursError as error:
        key = table.path + ("hours",) + ((error.key,) if error.key else ())
        raise _FieldError(key, error.problem) from None
    service = Service(
        name=table.text("name"),
        description=description,
        audience=table.text("audience"),
        languages=table.texts("languages"),
        source=table.text("source"),
        contact=tuple(_contact_method(item) for item in table.tables("contact")),
        hours=hours,
        cost=table.text("cost", False),
    )
    table.finish()
    return service


def service_from_dict(data: object, where: str) -> Service:
    """Validate one service given as a plain dict (e.g. a clinic's local contact in config)."""
    try:
        return _service(_Table(data, ()))
    except _FieldError as error:
        raise ContactsError(error.problem, where, key_path=error.path) from None


def _emergency(table: _Table) -> tuple[tuple[str, ...], str, str]:
    numbers = table.texts("numbers")
    for number in numbers:
        if not _NUMBER.match(number):
            raise _FieldError(table.path + ("numbers",), f"'{number}' is not a phone number")
    result = numbers, table.text("note"), table.text("source")
    table.finish()
    return result


def _region(data: dict[str, object], stem: str, path: Path) -> RegionContacts:
    table = _Table(data, ())
    code = table.text("code")
    if code != stem:
        raise _FieldError(("code",), f"'{code}' does not match the file name '{path.name}'")
    if code != ANYWHERE and not re.fullmatch(r"[A-Z]{2}", code):
        raise _FieldError(
            ("code",), "must be a two-letter ISO 3166 code in capitals, or 'anywhere'"
        )
    verified = table.get("verified")
    if not isinstance(verified, dt.date) or isinstance(verified, dt.datetime):
        raise _FieldError(("verified",), "must be a date without quotes, like 2026-11-26")
    country, guidance = table.text("country"), table.text("guidance", code == ANYWHERE)
    if code == ANYWHERE:
        for key in ("services", "emergency"):
            if key in data:
                raise _FieldError((key,), "the 'anywhere' page has no services or numbers")
        table.finish()
        return RegionContacts(code, country, verified, guidance=guidance, path=path)
    emergency = _emergency(_Table(table.get("emergency"), ("emergency",)))
    services = tuple(_service(item) for item in table.tables("services"))
    table.finish()
    return RegionContacts(code, country, verified, *emergency, services, guidance, path)


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
        match = re.search(r"\(at line (\d+), column \d+\)", str(error))
        message = re.sub(r"\s*\(at (line|end of).*\)$", "", str(error))
        # tomllib reports some errors only as "at end of document": point at the last line.
        toml_line = int(match.group(1)) if match else max(1, len(text.splitlines()))
        raise ContactsError(f"is not valid TOML: {message}", where, toml_line) from None
    try:
        return _region(data, path.stem, path)
    except _FieldError as error:
        line = line_for(toml_key_lines(text), error.path)
        raise ContactsError(error.problem, where, line, error.path) from None


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
