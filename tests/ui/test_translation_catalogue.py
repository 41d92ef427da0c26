"""Every interface string Lantern looks up is in the catalogue Qt's translation tools extract.

Qt's `lupdate` finds strings only in `self.tr("...")`, `QCoreApplication.translate("Context",
"...")` and `QT_TRANSLATE_NOOP("Context", "...")` with literal text, and files each under the
context written there. A string passed as a variable, or looked up under another context than
the one written (`window.tr` in a module function is looked up as MainWindow's but filed under
"window"), would never be translated. This drives the interface with a translator that records
every lookup, and compares the lookups with what `lupdate` extracts from the sources.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from reader.contact_model import ContactMethod, RegionContacts, Service
from reader.context import AppContext
from reader.hours import DAYS, UNKNOWN_HOURS, OpeningHours, parse_hours
from reader.pin import PinLockout, hash_pin
from reader.ui import contact_text
from reader.ui.export import SaveChooser
from reader.ui.kiosk_pin import PinPrompt
from reader.ui.main_window import MainWindow
from reader.ui.web_address import WebAddressDialog
from tests.ui.a11y_screens import SCREENS, open_screen
from tests.ui.catalogue import extracted_catalogue, extracted_messages

WORD_JOINER = "\u2060"  # invisible, and no line break


class RecordingTranslator(QTranslator):
    """Notes each (context, text) the interface asks for, and answers as a translation would.

    PySide's `self.tr` asks under each class of the object's ancestry in turn, from its own,
    until the answer differs from the text: an answer that differs (the text and a word
    joiner) stops it at the class that asked, as a real translation does.
    """

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(  # noqa: D102 - Qt override
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if is_qts_own(context):  # Qt's key names must stay as they are to be read back
            return source
        self.asked.add((context, source))
        return source + WORD_JOINER

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        """Never empty: Qt asks only translators that hold something."""
        return False


@pytest.fixture
def recorder() -> Iterator[RecordingTranslator]:
    """A translator installed before any window is built, removed afterwards."""
    translator = RecordingTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def is_qts_own(context: str) -> bool:
    """Qt translates its own words (key names, dialog buttons) under its class names."""
    return context.startswith("Q") and context[1:2].isupper()


def drive_every_screen(window: MainWindow, qtbot: QtBot) -> None:
    """Open each screen in each state, search, and show help for every region."""
    window.finish_start()
    for key in SCREENS:
        open_screen(window, qtbot, key)
    window.search("I want to die")  # a search that offers help first
    window.search("zzzzqqq")  # nothing found
    window.open_help()
    panel = window.screens["help"]
    for code in panel.region_codes():  # type: ignore[attr-defined]
        panel.set_region(code)  # type: ignore[attr-defined]


def test_every_string_looked_up_is_in_the_extracted_catalogue(
    recorder: RecordingTranslator,
    make_window: Callable[[AppContext], MainWindow],
    bundled_context: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    home = make_window(bundled_context)
    drive_every_screen(home, qtbot)
    bundled_context.kiosk = True
    kiosk = make_window(bundled_context)
    drive_every_screen(kiosk, qtbot)
    kiosk.kiosk_guard.show_notice(10)  # type: ignore[attr-defined]
    for dialog in (
        PinPrompt(PinLockout(hash_pin("2468")), kiosk),
        WebAddressDialog("https://www.samaritans.org/", kiosk),
        SaveChooser("my-safety-plan", home, start=tmp_path),
    ):
        qtbot.addWidget(dialog)
    ours = recorder.asked
    assert len(ours) > 200  # the whole interface was driven, not just a corner of it
    assert any(context == "ContactText" for context, _ in ours)  # the crisis lines' wording
    missing = sorted(ours - extracted_catalogue(tmp_path))
    listed = "\n".join(map(repr, missing))
    assert missing == [], f"looked up, but not extractable as written:\n{listed}"


LONDON = ZoneInfo("Europe/London")
EVERY_DAY = parse_hours({"time_zone": "Europe/London", **{day: ["09:00-17:00"] for day in DAYS}})
# Each day named: the same times every day are said as "Every day" (see contact_text).
EACH_DAY = parse_hours(
    {"time_zone": "Europe/London", **{day: [f"09:00-1{i}:00"] for i, day in enumerate(DAYS)}}
)


def crisis_service(hours: OpeningHours, *ways: ContactMethod) -> Service:
    """A service as the help panel and the safety plan show it."""
    contact = ways or (ContactMethod("phone", "116 123"),)
    return Service("Helpline", "Someone to talk to.", "Anyone", ("English",), "", contact, hours)


def describe_every_kind_of_contact() -> None:
    """Build each kind of crisis-contact line: every way, hours, open state and emergency."""
    ways = [ContactMethod(kind, "https://example.org") for kind in ("chat", "web")]
    ways += [ContactMethod("email", "jo@example.org"), ContactMethod("text", "85258")]
    ways += [ContactMethod("phone", "116 123", label="Youth")]
    hours = (OpeningHours(always_open=True), EVERY_DAY, EACH_DAY, parse_hours({"confirmed": False}))
    hours += (parse_hours({"always_open": True, "note": "Not on Christmas Day"}),)
    for service in (crisis_service(h, *ways) for h in hours):
        contact_text.service_line(service)
        for moment in (dt.datetime(2026, 11, 23, hour, tzinfo=LONDON) for hour in (3, 12)):
            contact_text.open_now_text(service, moment)
    for numbers in ((), ("999", "112")):
        region = RegionContacts("GB", "United Kingdom", dt.date(2026, 11, 23), numbers)
        contact_text.emergency_line(region)


def test_crisis_contact_wording_is_looked_up_and_extracted(
    recorder: RecordingTranslator, qapp: QCoreApplication, tmp_path: Path
) -> None:
    """Each phrase of the crisis-contact lines is asked for under "ContactText", and extracted."""
    describe_every_kind_of_contact()
    asked = {text for context, text in recorder.asked if context == "ContactText"}
    extracted = {
        text for context, text in extracted_catalogue(tmp_path) if context == "ContactText"
    }
    assert "Open 24 hours, every day" in asked
    assert asked == extracted  # nothing is missed, and no extracted phrase is left unused


def test_hours_not_known_are_shown_translated(
    recorder: RecordingTranslator, qapp: QCoreApplication
) -> None:
    """The core's English marker for hours not known reaches the reader in their language."""
    unknown = crisis_service(parse_hours({"confirmed": False}))
    assert contact_text.describe_hours(unknown) == UNKNOWN_HOURS + WORD_JOINER
    clinic_note = crisis_service(parse_hours({"confirmed": False, "note": "Evenings only"}))
    assert contact_text.describe_hours(clinic_note) == "Evenings only"  # written by the clinic


def test_every_count_in_the_interface_has_plural_forms_for_translators(tmp_path: Path) -> None:
    """Only self.tr("%n ...", "", n) is extracted with plural forms: translate() was not."""
    counts = [(c, text, plural) for c, text, plural in extracted_messages(tmp_path) if "%n" in text]
    assert len(counts) > 3
    assert [(c, text) for c, text, plural in counts if not plural] == []
