"""The information screens: what Lantern keeps (at home and on a clinic's kiosk), and shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.context import AppContext
from reader.ui.info_pages import SHORTCUTS, ShortcutsView
from reader.ui.main_window import MainWindow
from reader.ui.privacy_page import PrivacyView
from tests.ui.layout_tools import settle_layout
from tests.ui.shortcut_keys import window_key_texts
from tests.ui.window_helpers import MakeWindow


def page_texts(widget: QWidget) -> list[str]:
    return [lab.text() for lab in widget.findChildren(QLabel)]


def page_text(widget: QWidget) -> str:
    return "\n".join(page_texts(widget))


def section_titles(widget: QWidget) -> list[str]:
    return [lab.text() for lab in widget.findChildren(QLabel, "sectionTitle")]


@pytest.fixture
def home_privacy(qtbot: QtBot) -> PrivacyView:
    page = PrivacyView()
    qtbot.addWidget(page)
    return page


@pytest.fixture
def kiosk_privacy(qtbot: QtBot) -> PrivacyView:
    page = PrivacyView(kiosk=True)
    qtbot.addWidget(page)
    return page


# --- what Lantern keeps ------------------------------------------------------------------


def test_privacy_page_sections(home_privacy: PrivacyView) -> None:
    assert page_texts(home_privacy)[0] == "What Lantern keeps"
    assert section_titles(home_privacy) == [
        "Nothing is saved",
        "Nothing is sent",
        "The one exception: a copy you choose to save",
        "What your computer may still record",
        "Leaving quickly",
    ]


def test_privacy_page_at_home(home_privacy: PrivacyView) -> None:
    text = page_text(home_privacy)
    assert "There is no history, no settings file and no log." in text
    assert "Lantern never connects to the internet." in text
    assert "Lantern asks before your web browser opens it." in text
    assert "If you choose Save a copy" in text
    assert "If you copy text, Lantern removes it when it closes" in text
    assert "choose “Leave quickly”" in text
    assert "Lantern closes at once without asking anything." in text


def test_privacy_page_at_home_names_what_the_system_keeps_or_sends(
    home_privacy: PrivacyView,
) -> None:
    """What Windows, macOS or Linux may keep or send on their own, not Lantern."""
    text = page_text(home_privacy)
    # Clipboard history, Windows' cloud clipboard and the Mac's Universal Clipboard.
    assert "some computers keep a list of what was copied, or share it with your phone" in text
    # Save a copy starts in Documents, which OneDrive or iCloud may back up.
    assert "backed up online, the copy goes online too. OneDrive and iCloud" in text
    # macOS records its consent for Save a copy's chooser under Files and Folders.
    assert "A Mac remembers if you let Lantern open your Documents or Desktop folder" in text
    # macOS ReportCrash and Windows Error Reporting.
    assert "the computer may keep a report about it" in text
    assert "send these reports over the internet" in text
    assert "Lantern closes at once without asking anything." in text


def test_privacy_page_on_a_kiosk_describes_the_kiosk(kiosk_privacy: PrivacyView) -> None:
    text = page_text(kiosk_privacy)
    assert "Lantern never connects to the internet." in text
    assert "saving is turned off" in text
    assert "If you choose Save a copy" not in text
    # A kiosk shows web addresses as a code to scan; it never opens a browser.
    assert "asks before your web browser opens it" not in text
    assert "scan" in text
    # A kiosk has "I'm finished", which clears everything; it does not close.
    assert "choose “I'm finished”" in text
    assert "Leave quickly" not in text.replace("Leaving quickly", "")
    assert "closes at once" not in text
    assert "cleared" in text
    # Nothing on a kiosk page may promise what the kiosk does not allow.
    assert "exception" not in text
    assert "web browser" not in text
    assert section_titles(kiosk_privacy)[2] == "No copies on this computer"
    # The system's own clipboard list and crash reports, but no saved copy and no folder access.
    assert "Some computers also keep their own list of what was copied." in text
    assert "this computer may keep a report about it" in text
    assert "OneDrive" not in text
    assert "Documents" not in text


def test_every_privacy_sentence_is_a_plain_text_label(
    home_privacy: PrivacyView, kiosk_privacy: PrivacyView
) -> None:
    for page in (home_privacy, kiosk_privacy):
        for lab in page.findChildren(QLabel):
            assert lab.text().strip()
            assert lab.wordWrap()


def test_privacy_screen_from_the_window_follows_kiosk_mode(
    make_window: MakeWindow, small_library: Library
) -> None:
    home = make_window(AppContext(library=small_library))
    assert home.open_screen("privacy")
    assert "If you choose Save a copy" in page_text(home.screens["privacy"])
    kiosk = make_window(AppContext(library=small_library, kiosk=True))
    assert kiosk.open_screen("privacy")
    assert "saving is turned off" in page_text(kiosk.screens["privacy"])
    assert kiosk.stack.currentWidget() is kiosk.screens["privacy"]


# --- keyboard shortcuts ------------------------------------------------------------------


def test_shortcuts_page_lists_every_shortcut(qtbot: QtBot) -> None:
    page = ShortcutsView()
    qtbot.addWidget(page)
    texts = page_texts(page)
    assert texts[0] == "Keyboard shortcuts"
    assert "Everything in Lantern works without a mouse." in texts
    assert len(page.rows) == len(SHORTCUTS)
    for keys, action in page.rows:
        assert keys in texts
        assert action in texts
    keys_for = {action: keys for keys, action in page.rows}
    assert keys_for["Get help now"] == "F1"
    assert keys_for["Leave quickly"] == "Esc, Esc"


def test_each_shortcut_starts_level_with_what_it_does(qtbot: QtBot) -> None:
    page = ShortcutsView()
    qtbot.addWidget(page)
    page.resize(460, 800)  # as in a narrow window: the longest key list takes two lines
    page.show()
    qtbot.waitExposed(page)
    settle_layout()  # the table re-arranges for its first width
    assert page.table.stacked is False
    labels = {lab.text(): lab for lab in page.findChildren(QLabel)}
    assert any(labels[keys].height() > labels[action].height() for keys, action in page.rows)
    for keys, action in page.rows:
        key_top = labels[keys].mapTo(page, labels[keys].rect().topLeft()).y()
        action_top = labels[action].mapTo(page, labels[action].rect().topLeft()).y()
        assert key_top == action_top, (keys, action)


def test_listed_shortcuts_are_the_ones_the_window_has(window: MainWindow) -> None:
    real = window_key_texts(window)  # its QShortcuts' keys and its zoom actions'
    assert ShortcutsView.registered_keys() == real


def test_shortcuts_screen_opens_from_the_window(window: MainWindow) -> None:
    assert window.open_screen("shortcuts")
    page = window.screens["shortcuts"]
    assert isinstance(page, ShortcutsView)
    assert window.stack.currentWidget() is page
    assert page.isVisible()
    window.go_back()
    assert window.location == "home"


def test_info_screens_are_built_once(window: MainWindow) -> None:
    window.open_screen("privacy")
    first = window.screens["privacy"]
    window.go_home()
    window.open_screen("privacy")
    assert window.screens["privacy"] is first


def test_leaving_says_a_small_window_takes_one_more_esc() -> None:
    # A third Esc is needed with a dialog open (by design: closing it is not the first of two).
    from reader.ui.privacy_page import LEAVING_HOME, LEAVING_KIOSK

    for text in (LEAVING_HOME, LEAVING_KIOSK):
        assert "If a small window" in text
        assert "press Esc once more" in text
