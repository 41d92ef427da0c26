"""Plain-language lines about crisis services, built from real contacts objects."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from reader.contact_model import ContactMethod, RegionContacts, Service
from reader.hours import DAYS, UNKNOWN_HOURS, OpeningHours, parse_hours
from reader.region import ANYWHERE
from reader.ui.contact_text import (
    describe_hours,
    describe_method,
    emergency_line,
    open_now_text,
    service_line,
)

# The wording is looked up through Qt's translation, which wants an application.
pytestmark = pytest.mark.usefixtures("qapp")

LONDON = ZoneInfo("Europe/London")
CLOSED = "Closed now: try another line"


def service(
    hours: OpeningHours | None = None, contact: tuple[ContactMethod, ...] | None = None
) -> Service:
    return Service(
        name="Helpline",
        description="Someone to talk to.",
        audience="Anyone",
        languages=("English",),
        source="helpline.example contact page",
        contact=contact or (ContactMethod("phone", "116 123"),),
        hours=hours or OpeningHours(always_open=True),
    )


WEEKDAYS = parse_hours(
    {
        "time_zone": "Europe/London",
        "monday": ["09:00-17:00"],
        "wednesday": ["09:00-12:00", "13:00-17:00"],
        "friday": ["19:00-02:00"],
    }
)


# --- contact methods ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "text"),
    [
        (ContactMethod("phone", "116 123"), "Call 116 123"),
        (ContactMethod("text", "85258"), "Text 85258"),
        (
            ContactMethod("chat", "https://988lifeline.org"),
            "Chat online at 988lifeline.org",
        ),
        (ContactMethod("email", "jo@samaritans.org"), "Email jo@samaritans.org"),
        (ContactMethod("web", "https://example.org/help"), "Website: example.org/help"),
        (
            ContactMethod("phone", "988", label="press 1 for veterans"),
            "Call 988 (press 1 for veterans)",
        ),
        (ContactMethod("pager", "123"), "Pager 123"),
    ],
)
def test_describe_method(method: ContactMethod, text: str) -> None:
    assert describe_method(method) == text


def test_instructions_replace_the_generic_wording() -> None:
    method = ContactMethod("text", "85258", label="ignored", instructions="Text SHOUT to 85258")
    assert describe_method(method) == "Text SHOUT to 85258"


# --- hours --------------------------------------------------------------------------------


def test_always_open() -> None:
    assert describe_hours(service(OpeningHours(always_open=True))) == "Open 24 hours, every day"


def test_unconfirmed_hours_show_the_note() -> None:
    hours = parse_hours({"confirmed": False, "note": "Evenings; check the website"})
    assert describe_hours(service(hours)) == "Evenings; check the website"


def test_unconfirmed_hours_without_note_use_the_default_note() -> None:
    assert describe_hours(service(parse_hours({"confirmed": False}))) == UNKNOWN_HOURS


def test_unknown_hours_with_no_note_warn_the_reader() -> None:
    text = describe_hours(service(OpeningHours()))
    assert text == "We could not check when this line is open. If no one answers, try another."


def test_timetable_lists_open_days_with_the_time_zone() -> None:
    assert describe_hours(service(WEEKDAYS)) == (
        "Mon 09:00-17:00; Wed 09:00-12:00, 13:00-17:00; Fri 19:00-02:00 (Europe/London time)"
    )


def test_the_same_times_every_day_are_said_once() -> None:
    """CALM, 17:00 to midnight each day, was shown and read out as seven days one by one
    ("Mon 17:00-00:00; Tue 17:00-00:00; ..."), over 120 characters for one time (found by the
    code review)."""
    days = {day: ["17:00-00:00"] for day in DAYS}
    hours = parse_hours({"time_zone": "Europe/London", **days})
    assert describe_hours(service(hours)) == "Every day 17:00-00:00 (Europe/London time)"


def test_a_note_beside_a_timetable_follows_it() -> None:
    hours = dataclasses.replace(WEEKDAYS, note="Closed on bank holidays")
    assert describe_hours(service(hours)) == (
        "Mon 09:00-17:00; Wed 09:00-12:00, 13:00-17:00; Fri 19:00-02:00 (Europe/London time). "
        "Closed on bank holidays"
    )


def test_a_note_beside_always_open_follows_it() -> None:
    hours = parse_hours({"always_open": True, "note": "Text replies may take an hour"})
    assert describe_hours(service(hours)) == (
        "Open 24 hours, every day. Text replies may take an hour"
    )


# --- open now -----------------------------------------------------------------------------


def test_open_now_for_an_always_open_service() -> None:
    now = dt.datetime(2026, 11, 26, 3, 0, tzinfo=LONDON)
    assert open_now_text(service(), now) == "Open now"


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (dt.datetime(2026, 11, 23, 10, 0, tzinfo=LONDON), "Open now"),  # Monday morning
        (dt.datetime(2026, 11, 23, 18, 0, tzinfo=LONDON), CLOSED),  # Monday evening
        (dt.datetime(2026, 11, 25, 12, 30, tzinfo=LONDON), CLOSED),  # Wednesday lunch
        (dt.datetime(2026, 11, 28, 1, 0, tzinfo=LONDON), "Open now"),  # Friday night, past 00:00
        (dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC), "Open now"),  # UTC is London in winter
    ],
)
def test_open_now_for_a_timetable(moment: dt.datetime, text: str) -> None:
    assert open_now_text(service(WEEKDAYS), moment) == text


def test_open_now_is_empty_when_hours_are_unknown() -> None:
    now = dt.datetime(2026, 11, 26, 12, 0, tzinfo=LONDON)
    assert open_now_text(service(parse_hours({"confirmed": False})), now) == ""


# --- whole lines --------------------------------------------------------------------------


def test_service_line_joins_name_ways_and_hours() -> None:
    ways = (ContactMethod("phone", "116 123"), ContactMethod("email", "jo@samaritans.org"))
    assert service_line(service(contact=ways)) == (
        "Helpline: Call 116 123; Email jo@samaritans.org. Open 24 hours, every day."
    )


def test_service_line_ends_the_hours_and_their_note_with_one_full_stop() -> None:
    noted = parse_hours({"always_open": True, "note": "Not on Christmas Day."})
    assert service_line(service(noted)) == (
        "Helpline: Call 116 123. Open 24 hours, every day. Not on Christmas Day."
    )
    assert service_line(service(OpeningHours())) == (
        "Helpline: Call 116 123. We could not check when this line is open. "
        "If no one answers, try another."
    )


def region(emergency: tuple[str, ...]) -> RegionContacts:
    return RegionContacts("GB", "United Kingdom", dt.date(2026, 11, 26), emergency=emergency)


def test_emergency_line_with_one_number() -> None:
    assert emergency_line(region(("000",))) == "In an emergency, call 000."


def test_emergency_line_with_two_numbers() -> None:
    assert emergency_line(region(("999", "112"))) == "In an emergency, call 999 or 112."


def test_emergency_line_without_numbers_points_to_local_help() -> None:
    anywhere = RegionContacts(ANYWHERE, "Anywhere else", dt.date(2026, 11, 26))
    assert emergency_line(anywhere) == "In an emergency, call your local emergency number."


def test_a_label_that_repeats_the_verb_is_not_repeated() -> None:
    """'Chat online' as a label adds nothing to 'Chat online at ...'; another label is kept."""
    chat = ContactMethod("chat", "https://988lifeline.org", label="Chat online")
    assert describe_method(chat) == "Chat online at 988lifeline.org"
    youth = ContactMethod("phone", "1-800-668-6868", label="Youth")
    assert describe_method(youth) == "Call 1-800-668-6868 (Youth)"


def test_service_line_drops_a_full_stop_before_the_next_way() -> None:
    ways = (
        ContactMethod("phone", "988", instructions="Call 988. Press 1 for veterans."),
        ContactMethod("text", "988", instructions="Text 988"),
    )
    assert service_line(service(contact=ways)) == (
        "Helpline: Call 988. Press 1 for veterans; Text 988. Open 24 hours, every day."
    )


@pytest.mark.parametrize(
    ("method", "number"),
    [
        (ContactMethod("phone", "01632 960001", instructions="Ask for the duty nurse"), "01632"),
        (ContactMethod("text", "85258", instructions="Text the word SHOUT"), "85258"),
        (ContactMethod("chat", "https://chat.example.org", instructions="Chat with us"), "chat."),
    ],
)
def test_instructions_that_leave_out_the_number_still_show_it(
    method: ContactMethod, number: str
) -> None:
    """A clinic's "Ask for the duty nurse" hid the number to call: the panel showed no number."""
    text = describe_method(method)
    assert number in text
    assert method.instructions in text
