"""Every screen for keyboard and screen-reader users: names, Tab order, focus, shortcuts."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QTextBrowser
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.kiosk import ADMIN_CHORD
from reader.pin import PinLockout, hash_pin
from reader.ui.export import SaveChooser
from reader.ui.info_pages import ShortcutsView
from reader.ui.kiosk_pin import PinPrompt
from reader.ui.main_window import MainWindow
from tests.ui.a11y_screens import (
    SCREENS,
    bundled_window_fixture,  # noqa: F401 - provides bundled_window
    open_screen,
)
from tests.ui.a11y_tools import (
    accessible_name,
    controls,
    out_of_reading_order,
    tab_cycle,
    unnamed,
    unreached,
)
from tests.ui.shortcut_keys import window_key_texts, window_keys
from tests.ui.window_helpers import MakeWindow

# --- every control has a name --------------------------------------------------------------


@pytest.mark.parametrize("key", SCREENS)
def test_every_control_on_every_screen_has_an_accessible_name(
    bundled_window: MainWindow, qtbot: QtBot, key: str
) -> None:
    open_screen(bundled_window, qtbot, key)
    found = controls(bundled_window)
    assert len(found) > 6  # the toolbar alone has seven
    assert unnamed(bundled_window) == []


def test_kiosk_notice_controls_are_named(make_window: MakeWindow, bundled_context: AppContext):
    bundled_context.kiosk = True
    window = make_window(bundled_context)
    window.kiosk_guard.notice.show_seconds(30)
    assert window.kiosk_guard.notice.isVisible()
    assert window.kiosk_guard.notice.button in controls(window)
    assert unnamed(window) == []


def test_pin_prompt_controls_are_named(qtbot: QtBot, clock: Callable[[], float]) -> None:
    prompt = PinPrompt(PinLockout(hash_pin("2468"), clock))
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.waitExposed(prompt)
    assert len(controls(prompt)) >= 3  # PIN, Unlock, Cancel
    assert unnamed(prompt) == []
    assert accessible_name(prompt.pin) == "PIN"


def test_save_chooser_controls_are_named(qtbot: QtBot, tmp_path: Path) -> None:
    chooser = SaveChooser("my-plan", start=tmp_path)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitExposed(chooser)
    assert chooser.folders in controls(chooser)
    assert unnamed(chooser) == []


def test_save_a_copy_labels_point_at_their_controls(qtbot: QtBot, tmp_path: Path) -> None:
    """On Linux a drop-down without a label pointing at it is read as its current item."""
    chooser = SaveChooser("my-plan", start=tmp_path)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitExposed(chooser)
    for control, caption in (
        (chooser.folders, "Folder"),
        (chooser.name, "File name"),
        (chooser.format, "File type"),
    ):
        face = QAccessible.queryAccessibleInterface(control)
        assert face is not None
        labels = face.relations(QAccessible.RelationFlag.Label)
        assert [other.text(QAccessible.Text.Name) for other, _ in labels] == [caption]


def test_a_nameless_control_is_caught(bundled_window: MainWindow) -> None:
    # Negative control: the walk really looks at names.
    from PySide6.QtWidgets import QToolButton

    bare = QToolButton(bundled_window.home.column)
    bare.show()
    assert unnamed(bundled_window) == ["QToolButton# ''"]


def spoken_words(text: str) -> list[str]:
    """The words of a label as speech input hears them: no & mnemonics, arrows or dots."""
    return re.findall(r"\w+", text.replace("&&", "and").replace("&", "").casefold())


def contains_in_order(words: list[str], part: list[str]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


@pytest.mark.parametrize("key", SCREENS)
def test_every_visible_label_is_in_its_controls_name(
    bundled_window: MainWindow, qtbot: QtBot, key: str
) -> None:
    """WCAG 2.5.3 Label in Name: "click Done" must find the button that shows "Done"."""
    open_screen(bundled_window, qtbot, key)
    buttons = [
        button
        for button in bundled_window.findChildren(QAbstractButton)
        if button.isVisible() and spoken_words(button.text())
    ]
    assert bundled_window.help_button in buttons
    assert [
        f"{button.text()!r} is named {accessible_name(button)!r}"
        for button in buttons
        if not contains_in_order(spoken_words(accessible_name(button)), spoken_words(button.text()))
    ] == []


def test_a_label_missing_from_its_name_is_caught() -> None:
    # Negative control: the comparison really looks at the words, in their order.
    assert contains_in_order(spoken_words("Read the article Riding out an urge"), ["read"])
    assert not contains_in_order(spoken_words("Use this answer"), spoken_words("Done"))
    assert not contains_in_order(spoken_words("out Riding"), spoken_words("Riding out"))
    assert spoken_words("&Back ←") == ["back"]


# --- Tab reaches everything, in the order things appear ------------------------------------


@pytest.mark.parametrize("key", SCREENS)
def test_tab_reaches_every_control_in_reading_order(
    bundled_window: MainWindow, qtbot: QtBot, key: str
) -> None:
    screen = open_screen(bundled_window, qtbot, key)
    window = bundled_window
    cycle = tab_cycle(qtbot, window.home_button)  # Back is disabled on a first screen
    assert unreached(window, cycle) == []
    # The toolbar first, left to right, then the screen from the top down.
    toolbar = [
        window.home_button,
        window.search_box,
        window.settings_button,
        window.leave_button,
        window.help_button,
    ]
    assert cycle[: len(toolbar)] == toolbar
    assert cycle.index(window.help_button) < min(
        cycle.index(w) for w in cycle if screen.isAncestorOf(w)
    )
    # Tab wraps from the screen's last control to Back and Forward, which starts a new round.
    one_round = [w for w in cycle if w not in (window.back_button, window.forward_button)]
    assert out_of_reading_order(one_round, skip=lambda w: isinstance(w, QScrollArea)) == []


def test_dialogs_tab_through_every_control(qtbot: QtBot, clock: Callable[[], float]) -> None:
    prompt = PinPrompt(PinLockout(hash_pin("2468"), clock))
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.waitExposed(prompt)
    prompt.activateWindow()
    qtbot.waitUntil(prompt.isActiveWindow)
    cycle = tab_cycle(qtbot, prompt.pin)
    assert unreached(prompt, cycle) == []
    assert out_of_reading_order(cycle, skip=lambda w: False) == []


def test_navigating_moves_focus_to_the_new_screen(bundled_window: MainWindow, qtbot: QtBot) -> None:
    card = next(iter(bundled_window.home.cards.values()))
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    view = bundled_window.article_view
    assert bundled_window.stack.currentWidget() is view
    qtbot.waitUntil(view.hasFocus)
    assert view.article is not None
    assert accessible_name(view) == view.article.title


def test_focus_stays_in_the_toolbar_while_searching_or_going_back(
    bundled_window: MainWindow, qtbot: QtBot
) -> None:
    bundled_window.search_box.setFocus()
    qtbot.keyClicks(bundled_window.search_box, "urge")
    assert bundled_window.location == "search"
    assert bundled_window.search_box.hasFocus()
    bundled_window.open_article("understanding-self-harm")
    bundled_window.back_button.setFocus()
    qtbot.keyClick(bundled_window.back_button, Qt.Key.Key_Space)
    assert bundled_window.location == "search"
    assert bundled_window.back_button.hasFocus()  # so Back can be pressed again


def test_enter_in_the_search_box_moves_focus_to_the_article_it_opens(
    bundled_window: MainWindow, qtbot: QtBot
) -> None:
    """Typing keeps the focus in the box; Enter opens the best result and the reader follows."""
    bundled_window.search_box.setFocus()
    qtbot.waitUntil(bundled_window.search_box.hasFocus)
    qtbot.keyClicks(bundled_window.search_box, "urge")
    qtbot.keyClick(bundled_window.search_box, Qt.Key.Key_Return)
    view = bundled_window.article_view
    assert bundled_window.stack.currentWidget() is view
    qtbot.waitUntil(view.hasFocus)
    assert view.article is not None
    assert accessible_name(view) == view.article.title


def test_f1_from_the_toolbar_moves_focus_to_the_contacts(
    bundled_window: MainWindow, qtbot: QtBot
) -> None:
    bundled_window.settings_button.setFocus()
    qtbot.keyClick(bundled_window.settings_button, Qt.Key.Key_F1)
    assert bundled_window.location == "help"
    contacts = bundled_window.screens["help"].findChild(QTextBrowser, "helpText")
    assert contacts is not None
    qtbot.waitUntil(contacts.hasFocus)
    assert accessible_name(contacts) == "Crisis contacts"


@pytest.mark.parametrize("start", ["home", "privacy", "exercise/grounding"])
def test_f1_from_a_page_moves_focus_to_the_contacts(
    bundled_window: MainWindow, qtbot: QtBot, start: str
) -> None:
    page = open_screen(bundled_window, qtbot, start)
    page.setFocus()
    qtbot.waitUntil(page.hasFocus)
    qtbot.keyClick(page, Qt.Key.Key_F1)
    contacts = bundled_window.screens["help"].findChild(QTextBrowser, "helpText")
    assert contacts is not None
    # The page going away handed its focus to the region chooser, and it stayed there.
    qtbot.waitUntil(contacts.hasFocus)


# --- shortcuts ------------------------------------------------------------------------------


@pytest.mark.parametrize("kiosk", [False, True])
def test_shortcuts_screen_matches_the_registered_shortcuts(
    make_window: MakeWindow, bundled_context: AppContext, kiosk: bool
) -> None:
    bundled_context.kiosk = kiosk
    window = make_window(bundled_context)
    native = QKeySequence.SequenceFormat.NativeText
    # The administrator's chord is for staff and stays off the reader's list.
    admin = QKeySequence(ADMIN_CHORD.portable_text).toString(native)
    registered = window_key_texts(window)  # its QShortcuts' keys and its zoom actions'
    assert (admin in registered) == kiosk
    registered.discard(admin)
    assert registered == ShortcutsView.registered_keys()
    window.open_screen("shortcuts")
    page = window.screens["shortcuts"]
    assert isinstance(page, ShortcutsView)
    rows = page.rows
    listed = " ".join(keys for keys, _ in rows)
    for key in registered:
        assert key in listed


def test_shortcuts_use_the_platform_standard_keys(bundled_window: MainWindow) -> None:
    keys = set(window_keys(bundled_window))
    for standard in ("Back", "Forward", "Find", "ZoomIn", "ZoomOut", "HelpContents"):
        assert QKeySequence(getattr(QKeySequence.StandardKey, standard)) in keys


def test_the_reading_settings_menu_says_what_it_is(window: MainWindow) -> None:
    # Opened by keyboard, a screen reader named the menu "" before its first item.
    menu = window.settings_button.menu()
    spoken = QAccessible.queryAccessibleInterface(menu).text(QAccessible.Text.Name)
    assert spoken == "Reading settings"
