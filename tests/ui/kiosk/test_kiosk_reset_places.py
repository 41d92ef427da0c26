"""A reset puts every page the next person may open back at its top, not where the last reader
scrolled it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.ui.kiosk.kiosk_helpers import type_into


@pytest.fixture
def many_results(write_article: Callable[..., Path]) -> None:
    """Enough articles on one word for its results to scroll (written before the window)."""
    for number in range(12):
        write_article(f"sleep-{number}", title=f"Sleep, part {number}", body="Sleep helps.")


@pytest.mark.usefixtures("many_results")
def test_the_next_person_s_first_search_shows_from_its_top(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard
) -> None:
    type_into(qtbot, window.search_box, "sleep")
    page = window.search_view.verticalScrollBar()
    qtbot.waitUntil(lambda: page.maximum() > 0)
    page.setValue(page.maximum())  # the last reader read to the end of their results
    guard.finish_session()
    type_into(qtbot, window.search_box, "sleep")
    qtbot.waitUntil(lambda: page.maximum() > 0)
    assert page.value() == 0  # the title, the count and the first results in view
