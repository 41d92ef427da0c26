"""Every interface string Lantern looks up is in the catalogue Qt's translation tools extract.

Qt's `lupdate` finds strings only in `self.tr("...")`, `QCoreApplication.translate("Context",
"...")` and `QT_TRANSLATE_NOOP("Context", "...")` with literal text, and files each under the
context written there. A string passed as a variable, or looked up under another context than
the one written (`window.tr` in a module function is looked up as MainWindow's but filed under
"window"), would never be translated. This drives the interface with a translator that records
every lookup, and compares the lookups with what `lupdate` extracts from the sources.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.pin import PinLockout, hash_pin
from reader.ui.export import SaveChooser
from reader.ui.kiosk_dialogs import PinPrompt
from reader.ui.main_window import MainWindow
from reader.ui.web_address import WebAddressDialog
from tests.ui.a11y_screens import SCREENS, open_screen
from tests.ui.catalogue import extracted_catalogue

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
    missing = sorted(ours - extracted_catalogue(tmp_path))
    listed = "\n".join(map(repr, missing))
    assert missing == [], f"looked up, but not extractable as written:\n{listed}"
