"""What a screen reader hears: real headings, and announcements that are calm unless urgent."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.breakable import plain_hyphens
from reader.context import AppContext
from reader.ui.main_window import MainWindow
from tests.ui.a11y_screens import (
    bundled_window_fixture,  # noqa: F401 - provides bundled_window
    open_screen,
)
from tests.ui.a11y_tools import accessible_name, watch_announcements
from tests.ui.window_helpers import MakeWindow

CLEARED_IN = "Everything will be cleared in"

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
                # "self-harm" is shown with a hyphen that never ends a line
                levels[plain_hyphens(block.text()).strip()] = block.blockFormat().headingLevel()
            block = block.next()
        expected = {h.title: h.level for h in render_markdown(article.body).headings}
        assert expected, article.id
        assert levels == expected, article.id


def test_search_count_is_announced_and_readable(
    bundled_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = watch_announcements(monkeypatch)
    count = bundled_window.search("urge")
    status = bundled_window.search_view.status
    assert count > 0
    qtbot.waitUntil(lambda: heard.texts != [])  # said once typing pauses
    assert heard.texts == [status.text()]
    assert accessible_name(status) == status.text()  # the count itself, not a fixed label
    bundled_window.theming.set_theme("dark")  # re-styling repeats nothing
    assert len(heard.texts) == 1
    assert not bundled_window.search_view.count_said.pending  # nor after a pause


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
    assert heard.texts[-2:] == [
        "10 minutes left",
        "Thank you. Urges rise and fall. Keep going at your own pace.",
    ]
    urge.another_round()
    urge.slider.setValue(urge.slider.maximum())
    urge.answer()  # a strong urge: the reply offers help, and a screen reader hears it
    assert heard.texts[-1] == (
        "That sounds really hard. You don't have to go through this alone. Reaching out is a "
        "good next step, not giving up. Get help now lists people you can talk to."
    )
    urge.end_now()
    assert heard.texts[-1] == "The timer has ended"
    breathing = open_screen(bundled_window, qtbot, "exercise/breathing")
    breathing.start()
    assert heard.texts[-1] == "Breathe in"
    breathing.toggle_pause()
    assert heard.texts[-1].startswith("Paused")
    assert not any(assertive for _, assertive in heard.events)  # calm, never interrupting


# Ten seconds left is said once, as the count crosses it: a busy machine's late tick went from
# 11 to 9, and the warning was never said.
@pytest.mark.parametrize(
    ("shown", "ten_left"), [((30, 29, 10), 10), ((30, 11, 9, 8, 1), 9)], ids=["on time", "late"]
)
def test_kiosk_countdown_interrupts_politely_once(
    make_window: MakeWindow,
    bundled_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    shown: tuple[int, ...],
    ten_left: int,
) -> None:
    bundled_context.kiosk = True
    window = make_window(bundled_context)
    heard = watch_announcements(monkeypatch)
    notice = window.kiosk_guard.notice
    for seconds in shown:
        notice.show_seconds(seconds)
    assert heard.events == [
        (f"Are you still here? {CLEARED_IN} 30 seconds.", True),
        (f"{CLEARED_IN} {ten_left} seconds.", True),
    ]
    assert QApplication.focusWidget() is notice  # not a button a waking key would press
