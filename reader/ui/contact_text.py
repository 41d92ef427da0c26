"""Plain-language descriptions of crisis services, shared by the help panel and safety plan.

Lantern's own wording is translated under the context "ContactText"; numbers, names, time
zone names and what a clinic wrote (instructions, notes, labels) are shown as written.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

from reader.contact_model import ContactMethod, RegionContacts, Service
from reader.hours import UNKNOWN_HOURS
from reader.ui.translation import QT_TRANSLATE_NOOP, fill

CONTEXT = "ContactText"

# Whole phrases with the number or address as %1, so a translation can put it anywhere.
_VERBS = {
    "phone": QT_TRANSLATE_NOOP("ContactText", "Call %1"),
    "text": QT_TRANSLATE_NOOP("ContactText", "Text %1"),
    "chat": QT_TRANSLATE_NOOP("ContactText", "Chat online at %1"),
    "email": QT_TRANSLATE_NOOP("ContactText", "Email %1"),
    "web": QT_TRANSLATE_NOOP("ContactText", "Website: %1"),
}

# Monday first, as OpeningHours.days is.
_DAYS = (
    QT_TRANSLATE_NOOP("ContactText", "Mon"),
    QT_TRANSLATE_NOOP("ContactText", "Tue"),
    QT_TRANSLATE_NOOP("ContactText", "Wed"),
    QT_TRANSLATE_NOOP("ContactText", "Thu"),
    QT_TRANSLATE_NOOP("ContactText", "Fri"),
    QT_TRANSLATE_NOOP("ContactText", "Sat"),
    QT_TRANSLATE_NOOP("ContactText", "Sun"),
)


def _tr(text: str) -> str:
    """Text from one of the tables above, translated where it is shown."""
    return QCoreApplication.translate(CONTEXT, text)


def describe_method(method: ContactMethod) -> str:
    """One way to get in touch, e.g. 'Call 116 123' or 'Text SHOUT to 85258'."""
    value = method.value.removeprefix("https://").removeprefix("http://")
    if method.instructions and _mentions(method, value):
        return method.instructions
    verb = _VERBS.get(method.type)
    text = fill(_tr(verb), value) if verb else f"{method.type.capitalize()} {value}"
    # A label that only repeats the verb ("Chat online") adds nothing.
    if method.label and method.label.lower() not in text.lower():
        labelled = QCoreApplication.translate(
            "ContactText", "%1 (%2)", "a way to get in touch (%1), then the service's label for it"
        )
        text = fill(labelled, text, method.label)
    if not method.instructions:
        return text
    # Instructions are shown instead of the number only when they hold it: a clinic's "Ask
    # for the duty nurse" alone left the reader with no number to call.
    instructed = QCoreApplication.translate(
        "ContactText", "%1. %2", "a way to get in touch (%1), then instructions that leave it out"
    )
    return fill(instructed, text, method.instructions)


def _mentions(method: ContactMethod, value: str) -> bool:
    """Whether the instructions hold the number (its digits, however grouped) or the address."""
    if method.type in ("phone", "text"):
        return _digits(value) in _digits(method.instructions)
    return value.lower() in method.instructions.lower()


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isdigit())


# A number as a phone number is written: digits, perhaps in groups ("116 123", "1-800-273").
_NUMBER = re.compile(r"(?<![\w.])\+?\d(?:[ \u00a0\u202f.-]?\d)+(?!\w)")
_GROUP_GAP = re.compile(r"[ \u00a0\u202f.-]+")


def spoken_numbers(text: str) -> str:
    """Text with each number of three digits or more spelled out digit by digit, in the groups
    it is written in ("Call 1 1 6, 1 2 3"): what a screen reader is given to say.

    "116 123" was read as an amount ("one hundred sixteen thousand one hundred twenty-three")
    by a voice that groups thousands with a space; "999" as "nine hundred ninety-nine". The
    shown text, and what is copied from it, keep the number as written.
    """
    return _NUMBER.sub(_spelled, text)


def _spelled(match: re.Match[str]) -> str:
    number = match.group()
    if len(_digits(number)) < 3:
        return number  # "24 hours", "Step 2": words, not numbers to dial
    plus = "+" if number[0] == "+" else ""  # a screen reader says "plus" in its own language
    groups = _GROUP_GAP.split(number.lstrip("+"))
    return plus + ", ".join(" ".join(group) for group in groups)


# Invisible, no wider than nothing, and no place to wrap a line; yet a word's end to a voice.
WORD_JOINER = "\u2060"
_NEXT_DIGIT = re.compile(r"(?<=\d)(?=\d)")


def digits_heard_apart(text: str) -> str:
    """Text shown as written, its numbers of three digits or more heard digit by digit: a
    word joiner between each two of their digits ("1\u20601\u20606 1\u20602\u20603").

    A screen reader reads the help text line by line from the text itself, and Qt gives a
    text view no spoken form per word: "0808 2000 247" was heard as "zero eight zero eight,
    two thousand two hundred forty-seven" (eSpeak NG), which it says "zero eight zero eight,
    two zero zero zero, two four seven" with the joiners. A copy leaves them out (shown_text).
    """
    return _NUMBER.sub(_apart, text)


def _apart(match: re.Match[str]) -> str:
    number = match.group()
    return number if len(_digits(number)) < 3 else _NEXT_DIGIT.sub(WORD_JOINER, number)


def shown_text(text: str) -> str:
    """Text without the joiners digits_heard_apart added: as it was written, to be copied."""
    return text.replace(WORD_JOINER, "")


def describe_hours(service: Service, with_note: bool = True) -> str:
    """When the service answers, in plain words, then the clinic's note about it if any.

    with_note=False leaves out a note beside known hours (see hours_note), for a caller that
    shows it on a line of its own.
    """
    hours = service.hours
    if not hours.known:
        # The core marks hours it could not check with UNKNOWN_HOURS: show it translated.
        if hours.note and hours.note != UNKNOWN_HOURS:
            return hours.note
        return QCoreApplication.translate(
            "ContactText",
            "We could not check when this line is open. If no one answers, try another.",
        )
    if hours.always_open:
        when = QCoreApplication.translate("ContactText", "Open 24 hours, every day")
    else:
        when = _timetable(service)
    note = hours_note(service)
    if not (note and with_note):
        return when
    noted = QCoreApplication.translate(
        "ContactText", "%1. %2", "when a service answers (%1), then the clinic's note on it (%2)"
    )
    return fill(noted, when, note)


def hours_note(service: Service) -> str:
    """The clinic's note beside known opening times ("Closed on bank holidays"), or "".

    Without it the panel said "Open now" on a bank holiday, with nothing to say otherwise.
    """
    hours = service.hours
    return hours.note if hours.known and hours.note else ""


def _timetable(service: Service) -> str:
    """The open days and times, with the time zone they are in."""
    hours = service.hours
    if len(set(hours.days)) == 1:  # the same each day: said once, not seven times over
        times = ", ".join(str(r) for r in hours.days[0])
        #: The same opening times (%1) on each day of the week.
        parts = [fill(QCoreApplication.translate("ContactText", "Every day %1"), times)]
    else:
        parts = [
            f"{_tr(_DAYS[index])} {', '.join(str(r) for r in ranges)}"
            for index, ranges in enumerate(hours.days)
            if ranges
        ]
    timetable = QCoreApplication.translate(
        "ContactText", "%1 (%2 time)", "opening times by day (%1), then a time zone name (%2)"
    )
    return fill(timetable, "; ".join(parts), hours.time_zone)


def open_now_text(service: Service, now: dt.datetime) -> str:
    """'Open now', 'Closed now: try another line' or '' when the hours are not known."""
    state = service.is_open(now)
    if state is None:
        return ""
    if state:
        return QCoreApplication.translate("ContactText", "Open now")
    return QCoreApplication.translate("ContactText", "Closed now: try another line")


def service_line(service: Service) -> str:
    """One line for a list: name, how to reach it, hours."""
    # "Press 2 for Spanish.; Text 988" read badly: a way that ends a sentence loses its stop.
    ways = "; ".join(describe_method(m).rstrip(".") for m in service.contact)
    line = QCoreApplication.translate(
        "ContactText",
        "%1: %2. %3.",
        "a crisis service's name (%1), the ways to reach it (%2), and when it is open (%3)",
    )
    # The hours, or the clinic's note after them, may end a sentence already.
    return fill(line, service.name, ways, describe_hours(service).rstrip("."))


def emergency_line(region: RegionContacts) -> str:
    """The region's emergency number(s) as one line."""
    if not region.emergency:
        return QCoreApplication.translate(
            "ContactText", "In an emergency, call your local emergency number."
        )
    either = QCoreApplication.translate("ContactText", " or ")  # "999 or 112"
    line = QCoreApplication.translate("ContactText", "In an emergency, call %1.")
    return fill(line, either.join(region.emergency))
