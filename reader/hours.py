"""Opening hours for a crisis service: always open, weekly times in a time zone, or unknown."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MINUTES_PER_DAY = 24 * 60
_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_KEYS = {"always_open", "confirmed", "time_zone", "note", *DAYS}


class HoursError(ValueError):
    """A problem in an hours table; key names the entry inside the table ('' for the table)."""

    def __init__(self, problem: str, key: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.key = key


@dataclass(frozen=True)
class TimeRange:
    """One opening period in minutes after local midnight; end <= start means it runs overnight."""

    start: int
    end: int

    @property
    def overnight(self) -> bool:
        """True when the period closes on the following day."""
        return self.end <= self.start

    def __str__(self) -> str:
        return f"{_clock(self.start)}-{_clock(self.end)}"


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class OpeningHours:
    """When a service answers: always, on a weekly timetable, or not known."""

    always_open: bool = False
    time_zone: str = ""
    days: tuple[tuple[TimeRange, ...], ...] = ()  # Monday first; empty when not a timetable
    note: str = ""

    @property
    def known(self) -> bool:
        """False when the source does not confirm the hours."""
        return self.always_open or bool(self.days)

    def ranges_on(self, weekday: int) -> tuple[TimeRange, ...]:
        """Opening periods that start on this weekday (0 is Monday)."""
        return self.days[weekday] if self.days else ()

    def is_open(self, at: dt.datetime) -> bool | None:
        """Whether the service is open at this aware moment; None when the hours are unknown."""
        if at.tzinfo is None:
            raise ValueError("is_open needs a timezone-aware datetime")
        if self.always_open:
            return True
        if not self.days:
            return None
        local = at.astimezone(ZoneInfo(self.time_zone))
        minute = local.hour * 60 + local.minute + local.second / 60
        today = local.weekday()
        if any(_covers_today(r, minute) for r in self.days[today]):
            return True
        # A period that began yesterday evening may still be running after midnight.
        return any(r.overnight and minute < r.end for r in self.days[(today - 1) % 7])


def _covers_today(period: TimeRange, minute: float) -> bool:
    if period.overnight:
        return minute >= period.start
    return period.start <= minute < period.end


def parse_hours(data: object) -> OpeningHours:
    """Build OpeningHours from a TOML/config table; raise HoursError naming the bad entry."""
    if not isinstance(data, dict):
        raise HoursError("'hours' must be a table, like { always_open = true }")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise HoursError(f"unknown entry; use one of: {', '.join(sorted(_KEYS))}", unknown[0])
    note = data.get("note", "")
    if not isinstance(note, str):
        raise HoursError("must be text in quotes", "note")
    modes = [key for key in ("always_open", "confirmed", "time_zone") if key in data]
    if len(modes) != 1:
        raise HoursError(
            "say exactly one of: always_open = true, confirmed = false (hours not known), "
            'or time_zone = "Area/City" with opening times per day'
        )
    has_times = any(day in data for day in DAYS)
    if modes[0] == "always_open":
        if data["always_open"] is not True or has_times:
            raise HoursError("use always_open = true alone, with no opening times", "always_open")
        return OpeningHours(always_open=True, note=note.strip())
    if modes[0] == "confirmed":
        if data["confirmed"] is not False or has_times:
            raise HoursError(
                "use confirmed = false alone, when the hours are not known", "confirmed"
            )
        return OpeningHours(note=note.strip() or "Hours not confirmed")
    return _timetable(data, note.strip())


def _timetable(data: dict[str, object], note: str) -> OpeningHours:
    zone = _time_zone(data["time_zone"])
    days = tuple(_day(data.get(day, []), day) for day in DAYS)
    if not any(days):
        raise HoursError('give opening times for at least one day, like monday = ["09:00-17:00"]')
    return OpeningHours(time_zone=zone, days=days, note=note)


def _time_zone(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise HoursError(
            'must be an IANA time zone name in quotes, like "Europe/London"', "time_zone"
        )
    try:
        ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise HoursError(
            f"'{value}' is not a known IANA time zone; use a name like \"Europe/London\"",
            "time_zone",
        ) from None
    return value.strip()


def _day(value: object, day: str) -> tuple[TimeRange, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise HoursError('must be a list of times, like ["09:00-17:00"] (or [] when closed)', day)
    return tuple(_time_range(item, day) for item in value)


def _time_range(text: str, day: str) -> TimeRange:
    match = _RANGE.match(text)
    if not match:
        raise HoursError(f"'{text}' should look like \"09:00-17:00\"", day)
    start_hour, start_min, end_hour, end_min = (int(part) for part in match.groups())
    start, end = start_hour * 60 + start_min, end_hour * 60 + end_min
    if start_min > 59 or end_min > 59 or start >= MINUTES_PER_DAY or end > MINUTES_PER_DAY:
        raise HoursError(f"'{text}' is not a real time of day (00:00 to 24:00)", day)
    if start == end:
        raise HoursError(f"'{text}' opens and closes at the same time; use always_open", day)
    return TimeRange(start, end)
