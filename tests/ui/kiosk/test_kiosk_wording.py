"""Kiosk wording: the shortcuts and privacy pages say what the kiosk really does."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.info_pages import ShortcutsView
from reader.ui.main_window import MainWindow
from reader.ui.privacy_page import PrivacyView
from tests.ui.kiosk.kiosk_helpers import prompt_box


def page_text(page: QWidget) -> str:
    return "\n".join(lab.text() for lab in page.findChildren(QLabel))


def test_kiosk_shortcuts_call_esc_twice_i_m_finished(qtbot: QtBot) -> None:
    page = ShortcutsView(kiosk=True)
    qtbot.addWidget(page)
    actions = {keys: action for keys, action in page.rows}
    assert actions["Esc, Esc"] == "I'm finished: clear everything for the next person"
    assert "Leave quickly" not in page_text(page)
    assert actions["F1"] == "Get help now"  # the rest is as at home


def test_home_shortcuts_still_call_esc_twice_leave_quickly(qtbot: QtBot) -> None:
    page = ShortcutsView()
    qtbot.addWidget(page)
    assert dict(page.rows)["Esc, Esc"] == "Leave quickly"


def test_kiosk_privacy_page_never_talks_of_closing_lantern(qtbot: QtBot) -> None:
    page = PrivacyView(kiosk=True)
    qtbot.addWidget(page)
    text = page_text(page)
    # A reader cannot close a kiosk: what they typed goes when they finish or walk away.
    assert "close" not in text.lower()
    assert "When you choose “I'm finished”, Lantern clears your search" in text
    assert "It does the same when no one has used this computer for a while." in text
    assert "Leaving quickly" not in text
    assert "When you are finished" in text
    assert text.count("I'm finished") == 2  # once where it clears, once where to find it


def test_home_privacy_page_still_says_closing_clears(qtbot: QtBot) -> None:
    page = PrivacyView()
    qtbot.addWidget(page)
    text = page_text(page)
    assert "When you close Lantern, everything you typed is gone." in text
    assert "I'm finished" not in text


def test_the_kiosk_windows_shortcuts_page_says_i_m_finished(window: MainWindow) -> None:
    assert window.open_screen("shortcuts")
    page = window.screens["shortcuts"]
    assert dict(page.rows)["Esc, Esc"] == "I'm finished: clear everything for the next person"  # type: ignore[attr-defined]


def test_the_note_under_writing_prompts_says_how_a_kiosk_wipes_them(window: MainWindow) -> None:
    prompt_box(window)  # opens an article with writing prompts
    text = page_text(window.article_view)
    assert "It is wiped when you press “I'm finished”" in text
    assert "Lantern closes" not in text


def test_kiosk_home_says_how_to_clear_it_for_the_next_person(window: MainWindow) -> None:
    text = page_text(window.home)
    assert "When you are done, choose “I'm finished” to clear it for the next person." in text
    assert "Get help now is at the top of every screen (or press F1)." in text
