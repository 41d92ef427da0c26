"""Kiosk wording: the shortcuts and privacy pages say what the kiosk really does."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.ui.info_pages import ShortcutsView
from reader.ui.main_window import MainWindow
from reader.ui.privacy_page import PrivacyView
from tests.ui.kiosk.kiosk_helpers import MakeWindow, prompt_box


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


def test_a_right_to_left_welcome_leaves_lantern_s_lines_left_to_right(
    make_window: MakeWindow, kiosk_context: AppContext
) -> None:
    # An Arabic welcome turned the whole paragraph right to left: Lantern's English after it
    # was set against the right edge, cut off at the left, with full stops on the wrong side.
    welcome = "خذ وقتك. لا يتم الاحتفاظ بأي شيء تكتبه هنا، والمكتب الأمامي هنا للمساعدة."
    window = make_window(replace(kiosk_context, welcome=welcome))
    hint = next(x for x in window.home.findChildren(QLabel) if "I'm finished" in x.text())
    assert welcome in hint.text()
    image = hint.grab().toImage()
    top = image.height() - hint.fontMetrics().lineSpacing()  # the paragraph's last line
    ink = [
        x
        for y in range(top, image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 128 and image.pixelColor(x, y).lightness() < 160
    ]
    # Lantern's own sentences end the paragraph: read left to right, its last line starts left.
    assert ink
    assert min(ink) < 10
