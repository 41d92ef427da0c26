"""Opening hours: open now across time zones, summer time, overnight shifts and unknown hours."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from reader.hours import (
    UNKNOWN_HOURS,
    HoursError,
    OpeningHours,
    TimeRange,
    check_hours,
    parse_hours,
)
from tests.contacts_helpers import UTC

# --- open now ------------------------------------------------------------------------------


def timetable(zone: str, **days: list[str]) -> OpeningHours:
    return parse_hours({"time_zone": zone, **days})


LONDON_OFFICE = {"monday": ["09:00-17:00"], "friday": ["09:00-17:00"]}


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (dt.datetime(2026, 11, 30, 8, 30, tzinfo=UTC), False),  # Monday, GMT: 08:30 local
        (dt.datetime(2026, 11, 30, 9, 30, tzinfo=UTC), True),
        (dt.datetime(2026, 11, 30, 4, 30, tzinfo=ZoneInfo("America/New_York")), True),  # 09:30 GMT
        (dt.datetime(2026, 11, 30, 8, 0, tzinfo=ZoneInfo("Pacific/Auckland")), False),  # Sun 19:00
        (dt.datetime(2026, 7, 6, 8, 30, tzinfo=UTC), True),  # summer time: 09:30 BST
        (dt.datetime(2026, 7, 6, 16, 30, tzinfo=UTC), False),  # 17:30 BST
        (dt.datetime(2026, 12, 4, 16, 59, tzinfo=UTC), True),  # Friday
        (dt.datetime(2026, 12, 4, 17, 0, tzinfo=UTC), False),  # closing time is closed
        (dt.datetime(2026, 12, 5, 12, 0, tzinfo=UTC), False),  # Saturday, no times
    ],
)
def test_open_now_across_zones_and_days(moment: dt.datetime, expected: bool) -> None:
    assert timetable("Europe/London", **LONDON_OFFICE).is_open(moment) is expected


def test_open_now_in_the_service_time_zone() -> None:
    hours = timetable("Pacific/Auckland", monday=["09:00-17:00"])
    # Sunday 21:00 UTC is Monday 10:00 in Auckland (NZDT, UTC+13) in November.
    assert hours.is_open(dt.datetime(2026, 11, 29, 21, 0, tzinfo=UTC)) is True
    assert hours.is_open(dt.datetime(2026, 11, 30, 21, 0, tzinfo=UTC)) is False


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        (dt.datetime(2026, 12, 4, 23, 0), True),  # Friday night
        (dt.datetime(2026, 12, 5, 1, 30), True),  # after midnight, still Friday's shift
        (dt.datetime(2026, 12, 5, 2, 0), False),
        (dt.datetime(2026, 12, 5, 21, 59), False),  # Saturday before opening
        (dt.datetime(2026, 12, 6, 1, 0), False),  # Sunday morning: no Saturday shift
        (dt.datetime(2026, 11, 30, 0, 30), True),  # Monday morning: Sunday's shift wraps the week
        (dt.datetime(2026, 12, 2, 23, 59, 30), True),  # Wednesday runs to 24:00
    ],
)
def test_overnight_and_all_day_periods(local: dt.datetime, expected: bool) -> None:
    zone = ZoneInfo("Europe/Dublin")
    hours = timetable(
        "Europe/Dublin",
        friday=["22:00-02:00"],
        sunday=["23:00-01:00"],
        wednesday=["00:00-24:00"],
    )
    assert hours.is_open(local.replace(tzinfo=zone)) is expected


def test_always_open_unknown_and_naive() -> None:
    moment = dt.datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
    assert OpeningHours(always_open=True).is_open(moment) is True
    unknown = parse_hours({"confirmed": False})
    assert unknown.is_open(moment) is None
    assert unknown.note == UNKNOWN_HOURS
    assert unknown.ranges_on(0) == ()
    with pytest.raises(ValueError, match="timezone-aware"):
        OpeningHours(always_open=True).is_open(dt.datetime(2026, 11, 26, 3, 0))


def test_time_range_text() -> None:
    assert str(TimeRange(22 * 60, 2 * 60)) == "22:00-02:00"
    assert TimeRange(22 * 60, 2 * 60).overnight
    assert not TimeRange(60, 120).overnight


def test_hours_error_carries_the_entry() -> None:
    with pytest.raises(HoursError) as caught:
        parse_hours({"time_zone": "UTC", "tuesday": ["late"]})
    assert caught.value.key == "tuesday"
    assert "09:00-17:00" in caught.value.problem


def test_check_hours_names_every_bad_entry() -> None:
    hours, errors = check_hours(
        {"time_zone": "Mars/Base", "monday": ["9-5", "late"], "friday": ["25:00-26:00"], "x": 1}
    )
    assert hours is None
    assert [error.key for error in errors] == ["x", "time_zone", "monday", "monday", "friday"]
    assert "'late' should look like" in errors[3].problem
    assert check_hours({"always_open": True}) == (OpeningHours(always_open=True), [])
    with pytest.raises(HoursError) as caught:  # parse_hours still raises the first
        parse_hours({"time_zone": "Mars/Base", "monday": ["9-5"]})
    assert caught.value.key == "time_zone"


def test_long_or_odd_values_are_shortened_and_escaped_in_messages() -> None:
    _, errors = check_hours(
        {"time_zone": "Europe/" + "x" * 5000, "monday": ["\x1b[2J" + "9" * 500]}
    )
    zone, monday = (error.problem for error in errors)
    assert zone.startswith("'Europe/xxx")
    assert "…' is not a known IANA time zone" in zone
    assert monday.startswith("'\\x1b[2J999")
    assert "…' should look like" in monday
    assert all(len(message) < 200 for message in (zone, monday))


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "\u2212"])
def test_times_with_a_typographic_dash_are_read(dash: str) -> None:
    """Hours pasted from a web page or leaflet ("09:00–17:00") left the clinic's line out.

    The message quoted a range that looked exactly like the example it asked for.
    """
    hours = timetable("Europe/London", monday=[f"09:00{dash}17:00", f"22:00 {dash} 02:00"])
    assert hours.ranges_on(0) == (TimeRange(9 * 60, 17 * 60), TimeRange(22 * 60, 2 * 60))


@pytest.mark.parametrize(
    ("zone", "said"), [("Etc/GMT+1", "1 hour behind UTC"), ("Etc/GMT-5", "5 hours ahead of UTC")]
)
def test_a_zone_whose_sign_reads_backwards_is_kept_with_a_warning(zone: str, said: str) -> None:
    """ "Etc/GMT+1" is an hour behind UTC, not ahead: a clinic meaning UTC+1 had "Open now"
    two hours out, and nothing said so."""
    hours, errors = check_hours({"time_zone": zone, "monday": ["09:00-17:00"]})
    assert hours is not None  # a valid name: still used
    assert hours.time_zone == zone
    [error] = errors
    assert error.kept
    assert error.key == "time_zone"
    assert said in error.problem
    assert "a city's zone" in error.problem


@pytest.mark.parametrize("zone", ["Etc/GMT+0", "Etc/GMT-0", "Etc/GMT"])
def test_a_zone_with_no_offset_has_no_sign_to_warn_of(zone: str) -> None:
    """ "Etc/GMT+0" is UTC: "0 hours behind UTC" was a warning about nothing."""
    hours, errors = check_hours({"time_zone": zone, "monday": ["09:00-17:00"]})
    assert hours is not None
    assert errors == []
