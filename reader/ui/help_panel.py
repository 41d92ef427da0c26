"""The help panel: the clinic's contacts, the region's crisis services, the emergency number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent, QTextCursor
from PySide6.QtWidgets import QLabel

from reader.contact_model import RegionContacts, Service
from reader.ui.a11y import announce
from reader.ui.article_body import ArticleBody
from reader.ui.combo import ComboBox
from reader.ui.contact_text import shown_text
from reader.ui.flow import FlowRow
from reader.ui.help_text import ANYWHERE, HelpText
from reader.ui.help_wording import hours_changed
from reader.ui.widgets import Page, label

HOURS_CHECK_MS = 60_000  # while shown, the longest wait before "Open now" is checked again
# Lines open and close on a whole minute: checked just after it, not a moment before.
_AFTER_THE_MINUTE_MS = 20


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class HelpBody(ArticleBody):
    """The contacts' text: a screen reader hears its numbers digit by digit (the joiners of
    digits_heard_apart); a copy, and its plain text, give them as written."""

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """What is copied, or dragged, without the joiners: "116 123" to paste into a phone."""
        copied = super().createMimeDataFromSelection()
        plain = QMimeData()
        if copied.hasHtml():
            plain.setHtml(shown_text(copied.html()))
        plain.setText(shown_text(copied.text()))
        return plain

    def toPlainText(self) -> str:  # noqa: N802 - Qt's name
        """The text as it is shown and copied, without the joiners."""
        return shown_text(super().toPlainText())


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
        self._local = tuple(local_services)
        self.text = HelpText(regions, self._local, clinic_name)
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
        self.view = HelpBody(on_link=on_web_link)
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
        self._render()
        if self.region != previous:
            self.region_changed.emit(self.region)

    def _render(self, html: str | None = None, now: dt.datetime | None = None) -> None:
        # The keyboard stays on the link it was on, wherever the hours moved its service: a
        # new text (a line opened or closed, another theme or text size) put it back at the
        # start as someone chose whom to contact.
        href = self.view.focused_href()
        self._shown_at = self._clock() if now is None else now
        self._shown_html = self.panel_html(self._shown_at) if html is None else html
        self.view.set_article_html(self._shown_html, self._css(), pack_folder=None)
        self._describe()
        if href is not None and self.view.select_href(href) and self.view.hasFocus():
            self.view.reveal_focused_link()  # its service may have moved off the screen

    def _describe(self) -> None:
        """Give a screen reader whose numbers these are, then the emergency number digit by
        digit.

        F1 lands on the contacts, below the region box: "call 999 or 112" was heard with no
        word of whose numbers they were, and "999" as "nine hundred ninety-nine".
        """
        index = self.region_box.findData(self.region)
        #: What a screen reader says with the crisis contacts; %1 is a country's name.
        whose = self.tr("Showing help for: %1").replace("%1", self.region_box.itemText(index))
        said = self.text.said(self.region, whose if index >= 0 else "")
        if said != self.view.accessibleDescription():  # the same text, nothing to tell
            self.view.setAccessibleDescription(said)

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
        sections = self.text.sections(self.region, self._clock())
        return [s.name for _, group in sections for s in group]

    def panel_html(self, now: dt.datetime | None = None) -> str:
        """The panel's content as HTML (all text escaped), at now (the clock's now)."""
        # One reading of the clock for the whole text: read again for each line, a line
        # built as it closed was listed among the open ones yet said "Closed now".
        return self.text.html(self.region, self._clock() if now is None else now)

    def region_codes(self) -> list[str]:
        """Every region the panel can show."""
        return list(self._regions)
