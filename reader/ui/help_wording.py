"""The help panel's services, dates and lists in its own words (translated as "HelpPanel")."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from reader.contact_model import ContactMethod, Service
from reader.ui.contact_text import (
    describe_hours,
    describe_method,
    digits_heard_apart,
    hours_note,
    open_now_text,
    spoken_numbers,
)
from reader.ui.translation import fill


def numbers_checked(day: dt.date) -> str:
    """When the numbers were last checked, with the date as the interface's language writes it."""
    # Through QLocale, not strftime: strftime follows the system's LC_TIME, and printed a
    # French month inside the English interface. A translation gives its own pattern.
    #: A Qt date pattern (d day, MMMM month name, yyyy year), e.g. "d 'de' MMMM 'de' yyyy".
    pattern = QCoreApplication.translate("HelpPanel", "d MMMM yyyy")
    #: The language the dates are written in, as a QLocale name: "es" for Spanish.
    language = QLocale(QCoreApplication.translate("HelpPanel", "en"))
    date = language.toString(QDate(day.year, day.month, day.day), pattern)
    #: %1 is the date the numbers were last checked: "Numbers checked: 30 November 2026".
    return QCoreApplication.translate("HelpPanel", "Numbers checked: %1").replace("%1", date)


def listed(names: list[str]) -> str:
    """Names as a sentence lists them: "A, B and C" in English."""
    joined = names[-1]
    if len(names) > 1:
        #: The last two of a list of countries, e.g. "New Zealand and United States".
        joined = fill(QCoreApplication.translate("HelpPanel", "%1 and %2"), names[-2], names[-1])
    for name in reversed(names[:-2]):
        #: A country, then the rest of a list of countries: "Canada, Ireland and ...".
        joined = fill(QCoreApplication.translate("HelpPanel", "%1, %2"), name, joined)
    return joined


def hours_changed(services: Iterable[Service], before: dt.datetime, now: dt.datetime) -> str:
    """The lines that opened or closed between two moments, as a screen reader hears it
    ("Samaritans: open now"); empty when none did."""
    said = []
    for service in services:
        state = service.is_open(now)
        if state is None or state == service.is_open(before):
            continue
        if state:
            #: Said when a line opens while help is on the screen; %1 is the line's name.
            text = QCoreApplication.translate("HelpPanel", "%1: open now", "said, a line opened")
        else:
            #: Said when a line closes while help is on the screen; %1 is the line's name.
            text = QCoreApplication.translate("HelpPanel", "%1: closed now", "said, a line closed")
        said.append(text.replace("%1", service.name))
    #: Two lines that opened or closed at once: "Line A: open now. Line B: closed now".
    joiner = QCoreApplication.translate("HelpPanel", ". ", "between two lines said at once")
    return joiner.join(said)


def said_in_turn(parts: Iterable[str]) -> str:
    """Sentences said one after another, each number in them digit by digit ("Samaritans: Call
    1 1 6, 1 2 3. Open now."): what a screen reader is given with the contacts."""
    #: Between two sentences a screen reader says with the crisis contacts, one after another.
    joiner = QCoreApplication.translate("HelpPanel", ". ", "between two sentences said in turn")
    said = joiner.join(part.rstrip(".") for part in parts if part)
    return spoken_numbers(f"{said}.") if said else ""


def service_html(service: Service, now: dt.datetime) -> str:
    """One service as a shaded card: its name, how to reach it, when, and for whom."""
    ways = "<br/>".join(_method_html(m) for m in service.contact)
    status = open_now_text(service, now)
    hours = describe_hours(service, with_note=False)
    if status:
        #: When a service answers (%1), then whether it is open now (%2).
        hours = fill(QCoreApplication.translate("HelpPanel", "%1 · %2"), hours, status)
    # The note under "Open now", which it may qualify ("Closed on bank holidays").
    lines = [html.escape(service.description), ways, html.escape(hours)]
    lines.append(html.escape(hours_note(service)))
    if service.audience:
        #: Who a service is for, as the clinic wrote it: "For: People waiting here".
        audience = QCoreApplication.translate("HelpPanel", "For: %1")
        lines.append(html.escape(audience.replace("%1", service.audience)))
    body = "<br/>".join(line for line in lines if line)
    name = digits_heard_apart(service.name)  # "988 Suicide & Crisis Lifeline": the number
    # One card per service: a table cell is what QTextBrowser shades reliably.
    return (
        '<table class="callout" width="100%" cellpadding="12" cellspacing="0">'
        f'<tr><td class="callout"><p class="service-name"><b>{html.escape(name)}</b>'
        f'</p><p class="service">{body}</p></td></tr></table><p></p>'
    )


def _method_html(method: ContactMethod) -> str:
    """One way to get in touch, in bold; a web or chat address is a link (asked about first).

    A number to call or text is heard digit by digit, read from the text (digits_heard_apart).
    """
    way = describe_method(method)
    if method.type in ("phone", "text"):
        way = digits_heard_apart(way)
    text = f"<b>{html.escape(way)}</b>"
    if method.type in ("web", "chat") and method.value.startswith("https://"):
        return f'<a href="{html.escape(method.value, quote=True)}">{text}</a>'
    return text
