"""Every screen for keyboard and screen-reader users: names, Tab order, focus, announcements."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QScrollArea, QTextBrowser
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.kiosk import ADMIN_CHORD
from reader.pin import PinLockout, hash_pin
from reader.ui.export import SaveChooser
from reader.ui.info_pages import ShortcutsView
from reader.ui.kiosk_dialogs import PinPrompt
from reader.ui.main_window import MainWindow
from tests.ui.a11y_tools import (
    accessible_name,
    controls,
    out_of_reading_order,
    tab_cycle,
    unnamed,
    unreached,
    watch_announcements,
)

MakeWindow = Callable[[AppContext], MainWindow]

# Every screen, and the states of a screen that show other controls.
SCREENS = [
    "home",
    "article",
    "search",
    "help",
    "privacy",
    "shortcuts",
    "exercise/breathing",
    "exercise/breathing:running",
    "exercise/grounding",
    "exercise/grounding:finished",
    "exercise/ride-the-wave",
    "exercise/ride-the-wave:check-in",
    "exercise/ride-the-wave:ended",
    "safety-plan",
    "safety-plan:clear",
    "reflections",
]


def open_screen(window: MainWindow, qtbot: QtBot, key: str) -> Any:
    """Open a screen (in a given state) and return it once it is on screen."""
    name, _, state = key.partition(":")
    if name == "article":
        window.open_article("understanding-self-harm")
    elif name == "search":
        window.search_box.setText("help")
        window.search("help")
    elif name != "home":
        assert window.open_screen(name)
    screen: Any = window.stack.currentWidget()
    qtbot.waitUntil(screen.isVisible)
    if state == "running":
        screen.start()
    elif state == "finished":
        for _ in range(5):
            screen.next()
    elif state == "check-in":
        screen.start()
        screen.check_in_box.setVisible(True)
    elif state == "ended":
        screen.start()
        screen.end_now()
    elif state == "clear":
        screen.document_actions.ask_to_clear()
    return screen


@pytest.fixture
def bundled_window(make_window: MakeWindow, bundled_context: AppContext) -> MainWindow:
    """A shown window over the bundled articles."""
    window = make_window(bundled_context)
    window.resize(1280, 800)
    return window


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


def test_a_nameless_control_is_caught(bundled_window: MainWindow) -> None:
    # Negative control: the walk really looks at names.
    from PySide6.QtWidgets import QToolButton

    bare = QToolButton(bundled_window.home.column)
    bare.show()
    assert unnamed(bundled_window) == ["QToolButton# ''"]


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
    registered = {
        s.key().toString(native) for s in window.findChildren(QShortcut) if s.parent() is window
    }
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
    keys = {s.key() for s in bundled_window.findChildren(QShortcut)}
    for standard in ("Back", "Forward", "Find", "ZoomIn", "ZoomOut", "HelpContents"):
        assert QKeySequence(getattr(QKeySequence.StandardKey, standard)) in keys


# --- headings and announcements -----------------------------------------------------------


def test_article_headings_are_real_headings(bundled_window: MainWindow) -> None:
    from reader.render import render_markdown

    for article in bundled_window.context.library.in_order():
        bundled_window.open_article(article.id)
        document = bundled_window.article_view.body_view.document()
        levels = {}
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                levels[block.text().strip()] = block.blockFormat().headingLevel()
            block = block.next()
        expected = {h.title: h.level for h in render_markdown(article.body).headings}
        assert expected, article.id
        assert levels == expected, article.id


def test_search_count_is_announced_and_readable(
    bundled_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = watch_announcements(monkeypatch)
    count = bundled_window.search("urge")
    status = bundled_window.search_view.status
    assert count > 0
    assert heard.texts == [status.text()]
    assert accessible_name(status) == status.text()  # the count itself, not a fixed label
    bundled_window.theming.set_theme("dark")  # re-styling repeats nothing
    assert len(heard.texts) == 1


def test_exercise_steps_are_announced(
    bundled_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = watch_announcements(monkeypatch)
    grounding = open_screen(bundled_window, qtbot, "exercise/grounding")
    grounding.next()
    assert heard.texts[-1] == "Step 2 of 5: 4 things you can touch"
    urge = open_screen(bundled_window, qtbot, "exercise/ride-the-wave")
    urge.start()  # the first check-in comes straight away
    assert heard.texts[-1] == "How strong is the urge now?"
    urge.answer()
    assert (
        heard.texts[-2:] == ["Thank you. Urges rise and fall. Keep going at your own pace."]
        or heard.texts[-1] == "10 minutes left"
    )
    urge.end_now()
    assert heard.texts[-1] == "The timer has ended"
    breathing = open_screen(bundled_window, qtbot, "exercise/breathing")
    breathing.start()
    assert heard.texts[-1] == "Breathe in"
    breathing.toggle_pause()
    assert heard.texts[-1].startswith("Paused")
    assert not any(assertive for _, assertive in heard.events)  # calm, never interrupting


def test_kiosk_countdown_interrupts_politely_once(
    make_window: MakeWindow, bundled_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled_context.kiosk = True
    window = make_window(bundled_context)
    heard = watch_announcements(monkeypatch)
    notice = window.kiosk_guard.notice
    notice.show_seconds(30)
    notice.show_seconds(29)
    notice.show_seconds(10)
    assert heard.events == [
        ("Are you still reading? Everything will be cleared in 30 seconds.", True),
        ("Everything will be cleared in 10 seconds.", True),
    ]
    assert QApplication.focusWidget() is notice.button
