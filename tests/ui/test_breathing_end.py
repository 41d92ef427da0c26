"""The end of slow breathing offers what the other tools' ends offer: again, read, or help."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.ui.exercises.breathing_view import BreathingView
from reader.ui.exercises.grounding_view import GROUNDING_ARTICLE
from tests.fakes import FakeClock


def shown(qtbot: QtBot, view: BreathingView) -> BreathingView:
    qtbot.addWidget(view)
    view.resize(800, 700)
    with qtbot.waitExposed(view):
        view.show()
    return view


def test_the_end_offers_the_article_and_get_help_now(qtbot: QtBot) -> None:
    clock = FakeClock()
    helped: list[str] = []
    read: list[str] = []
    view = shown(
        qtbot,
        BreathingView(
            clock=clock, open_help=lambda: helped.append("help"), open_article=read.append
        ),
    )
    assert view.read_button.isHidden()  # not before the end
    assert view.help_button.isHidden()
    view.start()
    assert view.help_button.isHidden()  # nor while breathing
    clock.advance(60 * 60)
    view.refresh()
    assert view.start_button.text() == "Start again"
    assert view.read_button.isVisible()
    assert view.help_button.isVisible()
    assert view.help_button.objectName() == "helpButton"
    view.read_button.click()
    view.help_button.click()
    assert read == [GROUNDING_ARTICLE]
    assert helped == ["help"]


def test_without_somewhere_to_go_only_start_again_shows(qtbot: QtBot) -> None:
    clock = FakeClock()
    view = shown(qtbot, BreathingView(clock=clock))
    view.start()
    clock.advance(60 * 60)
    view.refresh()
    assert view.start_button.isVisible()
    assert view.read_button.isHidden()
    assert view.help_button.isHidden()
