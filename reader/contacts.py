"""Crisis contacts files: read and check region files and clinic tables, naming every problem."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

from reader import content_files, safe_toml
from reader.checked_table import CheckedTable, FieldError, checked_table, failed, format_key
from reader.config.reading import MAX_BYTES, NotUtf8, decode_config
from reader.contact_model import (
    CONTACT_TYPES,
    FALLBACK_ANYWHERE,
    MAX_DESCRIPTION,
    ContactMethod,
    RegionContacts,
    Service,
)
from reader.contact_values import VALUE_PATTERNS, VALUE_RULES, number_problem
from reader.hours import OpeningHours, check_hours
from reader.problems import MOST_LISTED, Problem, quoted
from reader.region import ANYWHERE
from reader.toml_lines import KeyPath, line_for, toml_error_line, toml_key_lines

# Keys people write for the number or address itself: it goes in the contact's value.
_VALUE_WORDS = ("number", "phone", "telephone", "tel", "mobile", "url", "link", "address")
_METHOD_HINTS = dict.fromkeys((*_VALUE_WORDS, "email", "web", "website"), "did you mean 'value'?")
_TYPE_WORDS = {"telephone": "phone", "tel": "phone", "call": "phone", "mobile": "phone",
               "sms": "text", "e-mail": "email", "mail": "email", "website": "web",
               "url": "web", "link": "web"}  # fmt: skip
_SERVICE_HINTS = dict.fromkeys(
    (*_VALUE_WORDS, "email", "web", "website", "text", "sms", "chat"),
    "ways to reach the service go in its contact tables, each with a type and a value",
)


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
        meant = _TYPE_WORDS.get(kind.lower(), kind.lower())
        hint = f" (did you mean '{meant}'?)" if meant in CONTACT_TYPES else ""
        table.fail(f"must be one of: {', '.join(CONTACT_TYPES)}{hint}", "type")
    value = table.text("value")
    if value and kind in ("phone", "text") and number_problem(value, VALUE_RULES[kind]):
        table.fail(number_problem(value, VALUE_RULES[kind]), "value")
    elif value and kind in VALUE_PATTERNS and not VALUE_PATTERNS[kind].match(value):
        table.fail(f"{quoted(value)} should be {VALUE_RULES[kind]}", "value")
    label, instructions = table.text("label", False), table.text("instructions", False)
    table.finish(_METHOD_HINTS)
    return None if failed(table.errors, found) else ContactMethod(kind, value, label, instructions)


def _hours(table: CheckedTable) -> OpeningHours | None:
    data = table.get("hours")
    if data is None:  # missing: already reported
        return None
    hours, problems = check_hours(data)
    for problem in problems:
        keys = table.path + ("hours", *((problem.key,) if problem.key else ()))
        # A kept problem leaves the line in the help panel, as an unknown key does.
        table.errors.append(FieldError(keys, problem.problem, ignored=problem.kept))
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
    table.finish(_SERVICE_HINTS)
    # An unknown key alone does not drop the service: for someone in crisis, a right number
    # shown without, say, its misspelt label is far better than no number at all.
    if failed(table.errors, found) or hours is None:
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
        if number_problem(number):
            table.fail(number_problem(number), "numbers")
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


def _region(
    table: CheckedTable, stem: str, path: Path, line_errors: list[FieldError]
) -> RegionContacts | None:
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
    home: list[Service | None] = []
    if code == ANYWHERE:
        for key in ("services", "home_services", "emergency"):
            if key in table.data:
                table.fail("the 'anywhere' page has no services or numbers", key)
                table.used.add(key)
    elif (emergency_table := table.table("emergency")) is not None:
        emergency = _emergency(emergency_table)
    if code != ANYWHERE:
        services = _lines_apart(table, "services", line_errors)
        home = _lines_apart(table, "home_services", line_errors)
    table.finish()
    # A misspelt key is reported but hides nothing, as in _service: the lines still show.
    if failed(table.errors, found) or verified is None:
        return None
    shown = tuple(service for service in services if service is not None)
    if services and not shown:  # no line left to call: the general page says how to find one
        table.errors.append(line_errors.pop(0))
        return None
    home_shown = tuple(service for service in home if service is not None)
    return RegionContacts(code, country, verified, *emergency, shown, guidance, path, home_shown)


def _lines_apart(table: CheckedTable, key: str, errors: list[FieldError]) -> list[Service | None]:
    """The [[services]] or [[home_services]] lines, each one's problems noted in errors apart.

    Noted with the rest, one broken line lost the region's other lines and emergency number.
    """
    table.get(key, required=key == "services")  # known to the table, for its typo hints
    apart = CheckedTable(table.data, table.path, errors)
    return [_service(item) for item in apart.tables(key, required=False)]


def _read_text(path: Path) -> str:
    """The file's text, read as a configuration file is: a BOM is fine, a pipe never waited on."""
    try:
        # Refused before reading: a folder, pipe or device, and anything over the size limit.
        raw = content_files.read_bytes(path, MAX_BYTES)
        return decode_config(raw)  # UTF-8 with or without a BOM; UTF-16 gets its own advice
    except content_files.ContentFileError as error:
        raise ContactsError(f"cannot be read: {error}", str(path)) from None
    except NotUtf8 as error:
        raise ContactsError(str(error).removeprefix("the file "), str(path), error.line) from None
    except OSError as error:
        raise ContactsError(f"cannot be read ({error.strerror or error})", str(path)) from None


def load_region_file(path: Path) -> RegionContacts:
    """Read and validate one region file; raise ContactsError naming file, line and problem."""
    region, problems = read_region_file(path)
    if problems:
        raise problems[0]
    return region


def read_region_file(path: Path) -> tuple[RegionContacts, list[ContactsError]]:
    """One region file and what is wrong but left it usable; ContactsError when it is not."""
    where = str(path)
    text = _read_text(path)
    try:
        data = safe_toml.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = re.sub(r"\s*\(at (line|end of).*\)$", "", str(error))
        toml_line = toml_error_line(str(error), text)
        raise ContactsError(f"is not valid TOML: {message}", where, toml_line) from None
    errors: list[FieldError] = []
    line_errors: list[FieldError] = []
    region = _region(CheckedTable(data, (), errors), path.stem, path, line_errors)
    lines = toml_key_lines(text)
    if region is None:  # a ContactsError names one problem: the first in the file
        first = errors[0]
        raise ContactsError(first.problem, where, line_for(lines, first.path), first.path)
    noted = errors + line_errors  # errors holds only unknown keys once the region is usable
    kept = [ContactsError(e.problem, where, line_for(lines, e.path), e.path) for e in noted]
    if len(kept) > MOST_LISTED:  # 2,000 junk keys printed 2,000 lines, hiding all else
        more = f"… and {len(kept) - MOST_LISTED} more problems like these in this file"
        kept[MOST_LISTED:] = [ContactsError(more, where)]
    return region, kept


def load_all(folder: Path) -> tuple[dict[str, RegionContacts], list[Problem]]:
    """Load every *.toml region file; broken files become Problems and the rest still load."""
    regions: dict[str, RegionContacts] = {}
    problems: list[Problem] = []
    files = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    if not files:
        problems.append(Problem(folder, 1, "no crisis-contact files were found here"))
    for path in files:
        try:
            region, kept_problems = read_region_file(path)
        except ContactsError as error:
            problems.append(error.to_problem())
            continue
        problems += [problem.to_problem() for problem in kept_problems]
        regions[region.code] = region
    # The help panel must always have something to show, even if anywhere.toml is broken.
    regions.setdefault(ANYWHERE, FALLBACK_ANYWHERE)
    return regions, problems
