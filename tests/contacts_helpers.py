"""Data shared by the crisis-contacts test files: the bundled countries and a clinic contact."""

from __future__ import annotations

import datetime as dt
import sys
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

COUNTRIES = {"US", "CA", "GB", "IE", "AU", "NZ"}
UTC = dt.UTC

LOCAL = {
    "name": "Riverside Clinic duty nurse",
    "description": "Ask for the duty nurse at reception or call them.",
    "audience": "Patients of Riverside Clinic",
    "languages": ["English", "Welsh"],
    "cost": "Free",
    "source": "Clinic staff list",
    "contact": [{"type": "phone", "value": "+44 20 7946 0000", "label": "Duty nurse"}],
    "hours": {"time_zone": "Europe/London", "monday": ["09:00-17:00"], "note": "Not bank holidays"},
}


@contextmanager
def no_zone_data(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As on a computer with no time zone files, and without Python's tzdata package."""
    monkeypatch.setitem(sys.modules, "tzdata", None)  # importing it fails
    zoneinfo.reset_tzpath(to=[])
    zoneinfo.ZoneInfo.clear_cache()  # or zones already read would still be found
    try:
        assert not zoneinfo.available_timezones()
        yield
    finally:
        zoneinfo.reset_tzpath()
        zoneinfo.ZoneInfo.clear_cache()
