"""The help panel: the clinic's contacts, the region's crisis services, the emergency number."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent, QTextCursor
from PySide6.QtWidgets import QLabel

from reader.contact_model import RegionContacts, Service, open_first
from reader.ui.a11y import announce
from reader.ui.article_body import ArticleBody
from reader.ui.combo import ComboBox
from reader.ui.contact_text import emergency_line, spoken_numbers
from reader.ui.flow import FlowRow
from reader.ui.help_wording import hours_changed, listed, numbers_checked, service_html
from reader.ui.translation import fill
from reader.ui.widgets import Page, label

ANYWHERE = "anywhere"
HOURS_CHECK_MS = 60_000  # while shown, the longest wait before "Open now" is checked again
# Lines open and close on a whole minute: checked just after it, not a moment before.
_AFTER_THE_MINUTE_MS = 20


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class HelpPanel(Page):
    """Shows who to contact now; the region can be changed for this session only.

    The whole screen scrolls as one page, its contacts as tall as their text: at large text
    sizes the contacts were a small box of their own, scrolled apart from the page.
    """

    region_changed = Signal(str)  # another region was chosen: the safety plan follows it

    def __init__(
        self,
        regions: dict[str, RegionContacts],
        region: str,
        local_services: Sequence[Service] = (),
        clock: Callable[[], dt.datetime] = _now,
        css: Callable[[], str] = lambda: "",
        clinic_name: str = "",
        on_web_link: Callable[[str], object] = lambda _url: None,
        hours_check_ms: int = HOURS_CHECK_MS,
    ) -> None:
        super().__init__(main_text_takes_focus=True)
        self.setObjectName("helpPanel")
        self._regions = regions
        self._clinic_name = clinic_name
        self._local = tuple(local_services)
        self._clock = clock
        self._css = css
        self.region = region if region in regions else ANYWHERE
        self._shown_html = ""
        self._shown_at = clock()  # the moment the text shown was built for
        layout = self.body
        layout.addWidget(label(self.tr("Get help now"), "pageTitle"))
        # Short: at 200% text a longer introduction pushed the emergency number out of view.
        intro = self.tr(
            "You don't have to go through this alone. The people below are there to listen, "
            "whatever is going on."
        )
        layout.addWidget(label(intro))
        layout.addWidget(self._region_row())
        # Web and chat addresses are links to the window's web_link: at home it asks before the
        # browser opens; a kiosk shows the address as a code to scan. Nothing opens by itself.
        self.view = ArticleBody(on_link=on_web_link)
        self.view.setObjectName("helpText")
        self.view.setAccessibleName(self.tr("Crisis contacts"))
        self.add_main_text(self.view)
        # Left open past a line's closing time, the panel went on saying "Open now". Only
        # while shown: a hidden panel is brought up to date as it shows.
        self._hours_check_ms = hours_check_ms
        self.hours_check = QTimer(self)
        self.hours_check.setSingleShot(True)
        self.hours_check.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one wakes seconds off
        self.hours_check.timeout.connect(self._check_hours)
        self.set_region(self.region)

    def _region_row(self) -> FlowRow:
        caption = QLabel(self.tr("Showing help for:"))
        self.region_box = ComboBox()
        self.region_box.setObjectName("regionBox")
        self.region_box.setAccessibleName(self.tr("Country or region"))
        caption.setBuddy(self.region_box)
        ordered = sorted(
            (r for r in self._regions.values() if r.code != ANYWHERE), key=lambda r: r.country
        )
        for contacts in ordered:
            self.region_box.addItem(contacts.country, contacts.code)
        if ANYWHERE in self._regions:
            self.region_box.addItem(self.tr("Somewhere else"), ANYWHERE)
        self.region_box.currentIndexChanged.connect(
            lambda i: self.set_region(str(self.region_box.itemData(i)))
        )
        # The box goes under its caption when both do not fit (200% text, a narrow window).
        row = FlowRow([caption, self.region_box], spacing=8, margin=0)
        # With no contacts loaded there is nothing to choose: no empty box to land on.
        if self.region_box.count() == 0:
            caption.hide()  # (hide only: showing a widget with no parent yet opens a window)
            self.region_box.hide()
        return row

    def set_region(self, code: str) -> None:
        """Show the contacts for another region (not remembered after Lantern closes)."""
        previous, self.region = self.region, code if code in self._regions else ANYWHERE
        index = self.region_box.findData(self.region)
        if index >= 0 and index != self.region_box.currentIndex():
            self.region_box.setCurrentIndex(index)
        # F1 lands on the contacts, below the box: a screen reader heard "call 999 or 112"
        # with no word of whose numbers they were.
        if index >= 0:
            #: What a screen reader says with the crisis contacts; %1 is a country's name.
            whose = self.tr("Showing help for: %1").replace("%1", self.region_box.itemText(index))
            self.view.setAccessibleDescription(self._with_emergency_number(whose))
        self._render()
        if self.region != previous:
            self.region_changed.emit(self.region)

    def _with_emergency_number(self, whose: str) -> str:
        """Whose numbers these are, then the emergency number spelled out for a screen reader.

        Read from the text, "999 or 112" was "nine hundred ninety-nine or one hundred twelve"
        (and "116 123" an amount): heard first as "9 9 9 or 1 1 2", as people say it.
        """
        contacts = self._regions.get(self.region)
        if contacts is None or not contacts.emergency:
            return whose
        #: What a screen reader says on the crisis contacts: whose they are, then the
        #: emergency number ("In an emergency, call 9 9 9 or 1 1 2.").
        both = self.tr("%1. %2")
        return fill(both, whose, spoken_numbers(emergency_line(contacts)))

    def _render(self, html: str | None = None, now: dt.datetime | None = None) -> None:
        # The keyboard stays on the link it was on, wherever the hours moved its service: a
        # new text (a line opened or closed, another theme or text size) put it back at the
        # start as someone chose whom to contact.
        href = self.view.focused_href()
        self._shown_at = self._clock() if now is None else now
        self._shown_html = self.panel_html(self._shown_at) if html is None else html
        self.view.set_article_html(self._shown_html, self._css(), pack_folder=None)
        if href is not None and self.view.select_href(href) and self.view.hasFocus():
            self.view.reveal_focused_link()  # its service may have moved off the screen

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Shown again: a line may have opened or closed since ("Open now", and its place)."""
        super().showEvent(event)
        if not event.spontaneous():  # opened (not the window coming back from the taskbar)
            self._from_the_top()
        self._check_hours(say_changes=False)  # the text is there to be read, from its top

    def _from_the_top(self) -> None:
        """Start at the emergency number, on no link: left read to its end, help opened again
        showed "Numbers checked", and a screen reader began at the link left last."""
        self.view.setTextCursor(QTextCursor(self.view.document()))
        self.verticalScrollBar().setValue(0)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """No checks while nobody sees the panel (an idle kiosk wakes for nothing)."""
        super().hideEvent(event)
        self.hours_check.stop()

    def _check_hours(self, *, say_changes: bool = True) -> None:
        """Bring the panel up to date; check again just after the clock's next whole minute.

        Checked every 60 seconds from whenever help opened, a line said "Open now" for up to a
        minute after it closed (at most hours_check_ms apart still: the clock may be set).
        """
        now = self._clock()
        self._bring_up_to_date(now, say_changes)
        into_minute_ms = now.second * 1000 + now.microsecond // 1000
        to_next_minute = 60_000 - into_minute_ms + _AFTER_THE_MINUTE_MS
        self.hours_check.start(min(self._hours_check_ms, to_next_minute))

    def _bring_up_to_date(self, now: dt.datetime, say_changes: bool) -> None:
        html = self.panel_html(now)
        if html == self._shown_html:
            return
        # A line closing as someone read it changed the screen alone: a screen reader was not
        # told, and its listener might call a line that no longer answers.
        said = hours_changed(self._services(), self._shown_at, now) if say_changes else ""
        self._render(html, now)
        announce(self.view, said)

    def _services(self) -> list[Service]:
        """Every service the panel can list for its region, the clinic's first."""
        contacts = self._regions.get(self.region)
        region = [*contacts.services, *contacts.home_services] if contacts else []
        return [*self._local, *region]

    def service_names(self) -> list[str]:
        """Names of the services shown now, in order (clinic contacts first, unless closed)."""
        contacts = self._regions.get(self.region)
        return [s.name for _, group in self._sections(contacts, self._clock()) for s in group]

    def _sections(
        self, contacts: RegionContacts | None, now: dt.datetime
    ) -> list[tuple[str, list[Service]]]:
        """Headed groups of services: the clinic's, the region's crisis lines, its lines for
        someone not safe at home, then the clinic's closed ones (the clinic's alone when no
        region's lines could be loaded)."""
        # A closed line first would cost someone in crisis a call that nobody answers.
        local_open, local_closed = open_first(self._local, now)
        crisis, home = (contacts.services, contacts.home_services) if contacts else ((), ())
        region_services = [s for group in open_first(crisis, now) for s in group]
        home_services = [s for group in open_first(home, now) for s in group]
        sections = [
            (self._local_heading(), local_open),
            (self.tr("Talk to someone now"), region_services),
            #: A heading above domestic-abuse lines, as the title of the article about them.
            (self.tr("When home does not feel safe"), home_services),
            (self.tr("%1: closed now").replace("%1", self._local_heading()), local_closed),
        ]
        return [(heading, group) for heading, group in sections if group]

    def panel_html(self, now: dt.datetime | None = None) -> str:
        """The panel's content as HTML (all text escaped), at now (the clock's now)."""
        # One reading of the clock for the whole text: read again for each line, a line
        # built as it closed was listed among the open ones yet said "Closed now".
        now = self._clock() if now is None else now
        contacts = self._regions.get(self.region)
        if contacts is None:  # the clinic's own numbers still, under what to do without these
            no_lines = f"<p>{html.escape(self._no_contacts_text())}</p>"
            return no_lines + "".join(self._sections_html(None, now))
        # The number first, as one line: at 200% text it stays on the first screen, and the
        # clinic's own contacts still come right after it (a heading and the when-to-call
        # paragraph here pushed them below a kiosk's screen). When to call comes after them.
        parts = [f"<p><b>{html.escape(emergency_line(contacts))}</b></p>"]
        sections = self._sections_html(contacts, now)
        if self.region == ANYWHERE and self._countries():
            # After the clinic's open lines, the only numbers there: before them, the list of
            # countries pushed them below a 200% screen.
            after = 1 if open_first(self._local, now)[0] else 0
            sections.insert(after, f"<p><b>{html.escape(self._choose_country_text())}</b></p>")
        parts += sections
        when = self.tr("When it is an emergency")
        parts.append(f"<h3>{html.escape(when)}</h3>")
        parts.append(f"<p>{html.escape(self._when_to_call())}</p>")
        if contacts.emergency_note:
            parts.append(f"<p>{html.escape(contacts.emergency_note)}</p>")
        parts += [f"<p>{html.escape(p)}</p>" for p in contacts.guidance_paragraphs]
        if contacts.services or contacts.emergency:
            checked = numbers_checked(contacts.verified)
            parts.append(f"<p><i>{html.escape(checked)}</i></p>")
        return "".join(parts)

    def _sections_html(self, contacts: RegionContacts | None, now: dt.datetime) -> list[str]:
        """Each headed group of services, as one piece of HTML."""
        return [
            f"<h3>{html.escape(heading)}</h3>" + "".join(service_html(s, now) for s in group)
            for heading, group in self._sections(contacts, now)
        ]

    def _when_to_call(self) -> str:
        """When to call the emergency number, under it: the same rule as the articles'."""
        return self.tr(
            "Call now if you might act on thoughts of ending your life. Call if you are badly "
            "hurt. Call if you have taken too much of any medicine, or swallowed something to "
            "hurt yourself, even if you feel fine. Call for someone else too, if their life is "
            "in danger now."
        )

    def _no_contacts_text(self) -> str:
        """All the panel says when no crisis lines could be loaded: still a way forward."""
        return self.tr(
            "If you are in danger now, call your local emergency number. You can also talk to "
            "someone you trust, or a doctor or nurse. Many countries have free phone or text "
            "lines where someone will listen."
        )

    def _local_heading(self) -> str:
        """The heading above the clinic's own contacts, with its name when it has one."""
        if self._clinic_name:
            #: A heading; %1 is the clinic's name, as its staff wrote it.
            return self.tr("Here, at %1").replace("%1", self._clinic_name)
        return self.tr("Here, at this service")

    def _countries(self) -> list[str]:
        return sorted(r.country for r in self._regions.values() if r.code != ANYWHERE)

    def _choose_country_text(self) -> str:
        """Where no country was found, say which ones Lantern has numbers for."""
        return self.tr(
            "Lantern has crisis lines for %1. If you are in one of these, choose it under "
            "“Showing help for” above."
        ).replace("%1", listed(self._countries()))

    def region_codes(self) -> list[str]:
        """Every region the panel can show."""
        return list(self._regions)
