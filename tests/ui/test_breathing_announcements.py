"""What slow breathing tells a screen reader: each breath and pause, never a screen left."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.exercises.breathing import BreathState
from reader.ui.exercises.breathing_view import BreathingView
from reader.ui.main_window import MainWindow
from tests.ui.a11y_tools import watch_announcements


def test_get_help_now_mid_breath_hears_nothing_of_the_breathing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F1 while breathing pauses the session quietly: "Paused. Press Resume when you are ready"
    was said as the help panel opened, about a screen the reader had just left."""
    assert window.open_screen("exercise/breathing")
    view = window.screens["exercise/breathing"]
    assert isinstance(view, BreathingView)
    view.start()
    heard = watch_announcements(monkeypatch)
    window.open_help()
    assert view.session.state is BreathState.PAUSED  # still paused, just not said
    assert not any("Paused" in text for text in heard.texts)


def test_resuming_after_coming_back_says_the_breath_again(
    qtbot: QtBot, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = BreathingView(clock=clock)
    qtbot.addWidget(view)
    view.show()
    view.start()
    view.hide()
    view.show()
    heard = watch_announcements(monkeypatch)
    view.toggle_pause()
    assert heard.texts == ["Breathe in"]
