"""Opening hours for a crisis service: always open, weekly times in a time zone, or unknown."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from reader.problems import quoted

# Marks a line whose hours are not known; the interface shows this sentence, translated
# (reader/ui/contact_text.py): still a way forward at 2 a.m., not a dead end.
UNKNOWN_HOURS = "We could not check when this line is open. If no one answers, try another."

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MINUTES_PER_DAY = 24 * 60
# Any dash: hours pasted from a web page or leaflet have an en dash ("09:00–17:00"), which a
# message asking for "09:00-17:00" could not tell apart; refused, the line was left out.
_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-\u2010-\u2015\u2212]\s*(\d{1,2}):(\d{2})\s*$")
_KEYS = {"always_open", "confirmed", "time_zone", "note", *DAYS}


class HoursError(ValueError):
    """A problem in an hours table; key names the entry inside the table ('' for the table).

    kept: the hours can still be used, only less fully (see _time_zone).
    """

    def __init__(self, problem: str, key: str = "", kept: bool = False) -> None:
        super().__init__(problem)
        self.problem = problem
        self.key = key
        self.kept = kept


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
        try:
            zone = ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            return None  # no time zone information on this computer: see _time_zone
        local = at.astimezone(zone)
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
    """Build OpeningHours from a TOML/config table; raise HoursError naming the first bad entry."""
    hours, errors = check_hours(data)
    if hours is None:
        raise errors[0]
    return hours


def check_hours(data: object) -> tuple[OpeningHours | None, list[HoursError]]:
    """OpeningHours from a TOML/config table, or None and every problem found in it."""
    if not isinstance(data, dict):
        return None, [HoursError("'hours' must be a table, like { always_open = true }")]
    usable = ", ".join(sorted(_KEYS))
    errors = [
        HoursError(f"unknown entry; use one of: {usable}", key) for key in sorted(set(data) - _KEYS)
    ]
    note = data.get("note", "")
    if not isinstance(note, str):
        errors.append(HoursError("must be text in quotes", "note"))
    modes = [key for key in ("always_open", "confirmed", "time_zone") if key in data]
    if len(modes) != 1:
        errors.append(
            HoursError(
                "say exactly one of: always_open = true, confirmed = false (hours not known), "
                'or time_zone = "Area/City" with opening times per day'
            )
        )
    hours = _by_mode(data, modes[0] if len(modes) == 1 else "", errors)
    if not all(error.kept for error in errors):
        return None, errors
    return replace(hours, note=note.strip() or hours.note), errors


def _by_mode(data: dict[str, object], mode: str, errors: list[HoursError]) -> OpeningHours:
    has_times = any(day in data for day in DAYS)
    if mode == "always_open":
        if data["always_open"] is not True or has_times:
            errors.append(
                HoursError("use always_open = true alone, with no opening times", "always_open")
            )
        return OpeningHours(always_open=True)
    if mode == "confirmed":
        if data["confirmed"] is not False or has_times:
            problem = "use confirmed = false alone, when the hours are not known"
            errors.append(HoursError(problem, "confirmed"))
        return OpeningHours(note=UNKNOWN_HOURS)
    # A timetable, or hours whose kind is unclear: their times are still worth checking.
    zone = _time_zone(data["time_zone"], errors) if mode else ""
    found = len(errors)
    days = tuple(_day(data.get(day, []), day, errors) for day in DAYS)
    if mode and len(errors) == found and not any(days):
        errors.append(
            HoursError('give opening times for at least one day, like monday = ["09:00-17:00"]')
        )
    return OpeningHours(time_zone=zone, days=days)


def _time_zone(value: object, errors: list[HoursError]) -> str:
    if not isinstance(value, str) or not value.strip():
        errors.append(
            HoursError(
                'must be an IANA time zone name in quotes, like "Europe/London"', "time_zone"
            )
        )
        return ""
    try:
        ZoneInfo(value.strip())
        _warn_backwards_sign(value.strip(), errors)
    except (ZoneInfoNotFoundError, ValueError):
        if not available_timezones():
            # Nothing to check the name against (no system files, no tzdata): a right name was
            # refused, and the clinic's own line left out of the help panel.
            problem = (
                "cannot be checked: this computer has no time zone information, so the help "
                "panel shows the opening times without saying whether the line is open now"
            )
            errors.append(HoursError(problem, "time_zone", kept=True))
            return value.strip()
        errors.append(
            HoursError(
                f'{quoted(value)} is not a known IANA time zone; use a name like "Europe/London"',
                "time_zone",
            )
        )
    return value.strip()


_BACKWARDS_SIGN = re.compile(r"Etc/GMT([+-])([1-9]\d*)")  # "Etc/GMT+0" is UTC: no sign to turn


def _warn_backwards_sign(zone: str, errors: list[HoursError]) -> None:
    """Warn that "Etc/GMT+1" is an hour behind UTC: its sign is the reverse of what it says."""
    backwards = _BACKWARDS_SIGN.fullmatch(zone)
    if backwards:
        sign, hours = backwards.groups()
        side = "behind" if sign == "+" else "ahead of"
        span = f"{hours} hour{'' if hours == '1' else 's'}"
        problem = (
            f"{quoted(zone)} means {span} {side} UTC (these names turn the sign round); "
            'a city\'s zone, like "Europe/Paris", is clearer and follows summer time'
        )
        errors.append(HoursError(problem, "time_zone", kept=True))


def _day(value: object, day: str, errors: list[HoursError]) -> tuple[TimeRange, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        problem = 'must be a list of times, like ["09:00-17:00"] (or [] when closed)'
        errors.append(HoursError(problem, day))
        return ()
    ranges = []
    for text in value:
        try:
            ranges.append(_time_range(text, day))
        except HoursError as error:
            errors.append(error)
    return tuple(ranges)


def _time_range(text: str, day: str) -> TimeRange:
    match = _RANGE.match(text)
    if not match:
        raise HoursError(f'{quoted(text)} should look like "09:00-17:00"', day)
    start_hour, start_min, end_hour, end_min = (int(part) for part in match.groups())
    start, end = start_hour * 60 + start_min, end_hour * 60 + end_min
    if start_min > 59 or end_min > 59 or start >= MINUTES_PER_DAY or end > MINUTES_PER_DAY:
        raise HoursError(f"{quoted(text)} is not a real time of day (00:00 to 24:00)", day)
    if start == end:
        raise HoursError(f"{quoted(text)} opens and closes at the same time; use always_open", day)
    return TimeRange(start, end)
