"""A TOML table read key by key: typed values, every problem noted with its key path."""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from reader.toml_lines import KeyPath


@dataclass(frozen=True)
class FieldError:
    """One problem found while checking a table: the key it is about and what is wrong."""

    path: KeyPath
    problem: str
    # An unknown key is ignored: the table can still be used, if nothing else is wrong.
    ignored: bool = False


def failed(errors: list[FieldError], since: int) -> bool:
    """Whether a problem noted after the first `since` makes the table unusable."""
    return any(not error.ignored for error in errors[since:])


def format_key(path: KeyPath) -> str:
    """Write a key path the way a person reads it: services[2].contact[1].type."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def not_text(value: object) -> str:
    """What a value that should have been text is, in words: "the number 116123", "a list"."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        # `value = 116123` is a number to TOML: the quotes were left off, not the text.
        return f"the number {value!r}: put quotes around it, as written"
    names = {list: "a list", dict: "a table"}
    return next(
        (words for kind, words in names.items() if isinstance(value, kind)), "a date or time"
    )


class CheckedTable:
    """Typed access to one table: remembers its key path, notes every problem, rejects unknowns."""

    def __init__(self, data: dict[str, object], path: KeyPath, errors: list[FieldError]) -> None:
        self.data, self.path, self.errors, self.used = data, path, errors, set[str]()
        self.asked: list[str] = []  # every key the checker asked for, in order
        self.absent: list[str] = []  # required keys that are not there
        self.absent_at = 0

    def fail(self, problem: str, *keys: str | int) -> None:
        """Note a problem with this table, or with one of its keys."""
        self.errors.append(FieldError(self.path + keys, problem))

    def get(self, key: str, required: bool = True) -> object:
        """The raw value of a key, noting it as used (and missing, when required)."""
        self.used.add(key)
        self.asked.append(key)
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
            self.errors.append(FieldError(self.path, ""))
        self.absent.append(key)
        *rest, last = (f"'{name}'" for name in self.absent)
        listed = f"keys {', '.join(rest)} and {last} are" if rest else f"key {last} is"
        self.errors[self.absent_at] = FieldError(self.path, f"the required {listed} missing")

    def text(self, key: str, required: bool = True) -> str:
        """A non-empty text value, stripped; "" after noting the problem."""
        value = self.get(key, required)
        if value is None:  # missing: already reported when required
            return ""
        if not isinstance(value, str):
            self.fail(f"must be text in quotes, not {not_text(value)}", key)
            return ""
        if not value.strip():
            self.fail("must be text in quotes, not empty", key)
            return ""
        return value.strip()

    def texts(self, key: str) -> tuple[str, ...]:
        """A non-empty list of non-empty texts; () after noting the problem."""
        value = self.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not value:
            self.fail('must be a list of text, like ["English"]', key)
        elif wrong := [item for item in value if not isinstance(item, str)]:
            self.fail(f"every item must be text in quotes, not {not_text(wrong[0])}", key)
        elif not all(item.strip() for item in value):
            self.fail("every item must be text in quotes, not empty", key)
        else:
            return tuple(item.strip() for item in value)
        return ()

    def table(self, key: str) -> CheckedTable | None:
        """A nested table, or None when it is missing or not a table."""
        value = self.get(key)
        return checked_table(value, self.path + (key,), self.errors) if value is not None else None

    def tables(self, key: str, required: bool = True) -> Iterator[CheckedTable]:
        """Each table in a list of tables, one at a time so problems come out in file order."""
        value = self.get(key, required)
        if value is not None and (not isinstance(value, list) or not value):
            self.fail(f"needs at least one [[{key}]] entry", key)
        elif value is not None:
            for index, item in enumerate(value, 1):
                if (
                    table := checked_table(item, self.path + (key, index), self.errors)
                ) is not None:
                    yield table

    def finish(self, hints: Mapping[str, str] | None = None) -> None:
        """Note every key that nothing asked for (most often a misspelling), and what it may be.

        `hints` gives advice for keys people often write by mistake, such as "phone".
        """
        unknown = sorted(set(self.data) - self.used)
        for key in unknown:
            hint = (hints or {}).get(key.lower()) or self._did_you_mean(key, len(unknown))
            problem = f"unknown key ({hint or 'is it misspelt?'})"
            self.errors.append(FieldError(self.path + (key,), problem, ignored=True))

    def _did_you_mean(self, key: str, unknown: int) -> str:
        close = difflib.get_close_matches(key.lower(), self.asked, n=1, cutoff=0.7)
        if close:
            return f"did you mean '{close[0]}'?"
        if unknown == 1 and len(self.absent) == 1:  # one key missing, one not known: a swap
            return f"did you mean '{self.absent[0]}'?"
        return ""


def checked_table(data: object, path: KeyPath, errors: list[FieldError]) -> CheckedTable | None:
    """The data as a CheckedTable, or None (with a problem noted) when it is not a table."""
    if not isinstance(data, dict):
        errors.append(FieldError(path, "must be a table of keys and values"))
        return None
    return CheckedTable(data, path, errors)
