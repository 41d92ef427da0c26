"""Plain-language descriptions of crisis services, shared by the help panel and safety plan."""

from __future__ import annotations

import datetime as dt

from reader.contact_model import ContactMethod, RegionContacts, Service
from reader.hours import DAYS, UNKNOWN_HOURS

_VERBS = {
    "phone": "Call",
    "text": "Text",
    "chat": "Chat online at",
    "email": "Email",
    "web": "Website:",
}


def describe_method(method: ContactMethod) -> str:
    """One way to get in touch, e.g. 'Call 116 123' or 'Text SHOUT to 85258'."""
    if method.instructions:
        return method.instructions
    verb = _VERBS.get(method.type, method.type.capitalize())
    value = method.value.removeprefix("https://").removeprefix("http://")
    text = f"{verb} {value}"
    # A label that only repeats the verb ("Chat online") adds nothing.
    redundant = not method.label or method.label.lower() in text.lower()
    return text if redundant else f"{text} ({method.label})"


def describe_hours(service: Service) -> str:
    """When the service answers, in plain words."""
    hours = service.hours
    if hours.always_open:
        return "Open 24 hours, every day"
    if not hours.days:
        return hours.note or UNKNOWN_HOURS
    parts = []
    for index, ranges in enumerate(hours.days):
        if ranges:
            times = ", ".join(str(r) for r in ranges)
            parts.append(f"{DAYS[index][:3].capitalize()} {times}")
    return "; ".join(parts) + f" ({hours.time_zone} time)"


def open_now_text(service: Service, now: dt.datetime) -> str:
    """'Open now', 'Closed now: try another line' or '' when the hours are not known."""
    state = service.is_open(now)
    if state is None:
        return ""
    return "Open now" if state else "Closed now: try another line"


def service_line(service: Service) -> str:
    """One line for a list: name, how to reach it, hours."""
    # "Press 2 for Spanish.; Text 988" read badly: a way that ends a sentence loses its stop.
    ways = "; ".join(describe_method(m).rstrip(".") for m in service.contact)
    return f"{service.name}: {ways}. {describe_hours(service)}."


def emergency_line(region: RegionContacts) -> str:
    """The region's emergency number(s) as one line."""
    if not region.emergency:
        return "In an emergency, call your local emergency number."
    return "In an emergency, call " + " or ".join(region.emergency) + "."
