"""Dates and lists in the help panel's own words (translated under its context, "HelpPanel")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

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
