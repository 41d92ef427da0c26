"""Opening hours on a computer with no time zone information (no system database, no tzdata).

A clinic's right time_zone = "Europe/London" was refused there as "not a known IANA time zone;
use a name like "Europe/London"", and its own line was left out of the help panel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from reader.contacts import service_problems
from reader.hours import check_hours
from tests.contacts_helpers import LOCAL, UTC
from tests.contacts_helpers import no_zone_data as without_zone_data

MONDAY_TEN = dt.datetime(2026, 11, 30, 10, tzinfo=UTC)


@pytest.fixture
def no_zone_data(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer has no time zone information."""
    with without_zone_data(monkeypatch):
        yield


def test_the_clinic_s_line_is_kept_with_its_times_and_no_open_now(no_zone_data: None) -> None:
    service, problems = service_problems(LOCAL)
    assert service is not None  # the clinic's number still shows
    assert service.hours.ranges_on(0)  # with its times
    assert service.is_open(MONDAY_TEN) is None  # but it cannot say whether it is open now
    [(key, problem)] = problems
    assert key == ("hours", "time_zone")
    assert "no time zone information" in problem
    assert "not a known IANA time zone" not in problem


def test_a_misspelt_zone_is_still_refused_where_the_zones_are_known() -> None:
    hours, errors = check_hours({"time_zone": "Europe/Londno", "monday": ["09:00-17:00"]})
    assert hours is None
    assert "'Europe/Londno' is not a known IANA time zone" in errors[0].problem
