"""What the help panel says for a region at a moment: its headed groups of services, as HTML.

Translated as "HelpPanel", as the panel's own words are; help_panel.py keeps the widget.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from reader.contact_model import RegionContacts, Service, open_first
from reader.ui.contact_text import digits_heard_apart, emergency_line
from reader.ui.help_wording import (
    listed,
    numbers_checked,
    said_in_turn,
    service_html,
)

ANYWHERE = "anywhere"
Sections = list[tuple[str, list[Service]]]


class HelpText:
    """The help panel's text for any of its regions: the clinic's contacts, the region's."""

    def __init__(
        self,
        regions: dict[str, RegionContacts],
        local_services: Sequence[Service] = (),
        clinic_name: str = "",
    ) -> None:
        self._regions = regions
        self._local = tuple(local_services)
        self._clinic_name = clinic_name

    def sections(self, region: str, now: dt.datetime) -> Sections:
        """Headed groups of services: the clinic's, the region's crisis lines, its lines for
        someone not safe at home, then the clinic's closed ones (the clinic's alone when no
        region's lines could be loaded)."""
        contacts = self._regions.get(region)
        # A closed line first would cost someone in crisis a call that nobody answers.
        local_open, local_closed = open_first(self._local, now)
        crisis, home = (contacts.services, contacts.home_services) if contacts else ((), ())
        region_services = [s for group in open_first(crisis, now) for s in group]
        home_services = [s for group in open_first(home, now) for s in group]
        talk = QCoreApplication.translate("HelpPanel", "Talk to someone now")
        #: A heading above domestic-abuse lines, as the title of the article about them.
        unsafe = QCoreApplication.translate("HelpPanel", "When home does not feel safe")
        closed = QCoreApplication.translate("HelpPanel", "%1: closed now")
        sections = [
            (self._local_heading(), local_open),
            (talk, region_services),
            (unsafe, home_services),
            (closed.replace("%1", self._local_heading()), local_closed),
        ]
        return [(heading, group) for heading, group in sections if group]

    def html(self, region: str, now: dt.datetime) -> str:
        """The panel's content as HTML (all text escaped), at now."""
        contacts = self._regions.get(region)
        if contacts is None:  # the clinic's own numbers still, under what to do without these
            no_lines = f"<p>{html.escape(self._no_contacts_text())}</p>"
            return no_lines + "".join(self._sections_html(region, now))
        # The number first, as one line: at 200% text it stays on the first screen, and the
        # clinic's own contacts still come right after it (a heading and the when-to-call
        # paragraph here pushed them below a kiosk's screen). When to call comes after them.
        # Its numbers, and the note's, heard digit by digit as the text is read: "999" was
        # "nine hundred ninety-nine" (digits_heard_apart).
        emergency = digits_heard_apart(emergency_line(contacts))
        parts = [f"<p><b>{html.escape(emergency)}</b></p>"]
        sections = self._sections_html(region, now)
        if region == ANYWHERE and self._countries():
            # After the clinic's open lines, the only numbers there: before them, the list of
            # countries pushed them below a 200% screen.
            after = 1 if open_first(self._local, now)[0] else 0
            sections.insert(after, f"<p><b>{html.escape(self._choose_country_text())}</b></p>")
        parts += sections
        when = QCoreApplication.translate("HelpPanel", "When it is an emergency")
        parts.append(f"<h3>{html.escape(when)}</h3>")
        parts.append(f"<p>{html.escape(self._when_to_call())}</p>")
        if contacts.emergency_note:
            parts.append(f"<p>{html.escape(digits_heard_apart(contacts.emergency_note))}</p>")
        parts += [f"<p>{html.escape(p)}</p>" for p in contacts.guidance_paragraphs]
        if contacts.services or contacts.emergency:
            checked = numbers_checked(contacts.verified)
            parts.append(f"<p><i>{html.escape(checked)}</i></p>")
        return "".join(parts)

    def said(self, region: str, whose: str = "") -> str:
        """What a screen reader is told on arriving at the contacts: whose they are (whose) and
        the emergency number, digit by digit; the lines themselves are read from the text.

        It gave every line as well (about 850 characters for the United Kingdom, over 1,000
        with a clinic's), all said before the first line of the text, to someone in crisis.
        """
        contacts = self._regions.get(region)
        parts = [whose]
        if contacts is not None and contacts.emergency:
            parts.append(emergency_line(contacts))
        return said_in_turn(parts)

    def _sections_html(self, region: str, now: dt.datetime) -> list[str]:
        """Each headed group of services, as one piece of HTML."""
        return [
            f"<h3>{html.escape(heading)}</h3>" + "".join(service_html(s, now) for s in group)
            for heading, group in self.sections(region, now)
        ]

    @staticmethod
    def _when_to_call() -> str:
        """When to call the emergency number, under it: the same rule as the articles'."""
        return QCoreApplication.translate(
            "HelpPanel",
            "Call now if you might act on thoughts of ending your life. Call if you are badly "
            "hurt. Call if you have taken too much of any medicine, or swallowed something to "
            "hurt yourself, even if you feel fine. Call for someone else too, if their life is "
            "in danger now.",
        )

    @staticmethod
    def _no_contacts_text() -> str:
        """All the panel says when no crisis lines could be loaded: still a way forward."""
        return QCoreApplication.translate(
            "HelpPanel",
            "If you are in danger now, call your local emergency number. You can also talk to "
            "someone you trust, or a doctor or nurse. Many countries have free phone or text "
            "lines where someone will listen.",
        )

    def _local_heading(self) -> str:
        """The heading above the clinic's own contacts, with its name when it has one."""
        if self._clinic_name:
            #: A heading; %1 is the clinic's name, as its staff wrote it.
            here = QCoreApplication.translate("HelpPanel", "Here, at %1")
            return here.replace("%1", self._clinic_name)
        return QCoreApplication.translate("HelpPanel", "Here, at this service")

    def _countries(self) -> list[str]:
        return sorted(r.country for r in self._regions.values() if r.code != ANYWHERE)

    def _choose_country_text(self) -> str:
        """Where no country was found, say which ones Lantern has numbers for."""
        return QCoreApplication.translate(
            "HelpPanel",
            "Lantern has crisis lines for %1. If you are in one of these, choose it under "
            "“Showing help for” above.",
        ).replace("%1", listed(self._countries()))
