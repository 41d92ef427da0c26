"""The home screen: a card per article (title, summary, reading time); a card opens its article."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.context import AppContext
from reader.ui.card import Card
from reader.ui.home import HomeView
from reader.ui.main_window import MainWindow
from tests.ui.layout_tools import settle_layout
from tests.ui.window_helpers import Click, MakeWindow


def card_texts(card: Card) -> list[str]:
    """What a card shows, top to bottom."""
    return card.texts()


def all_texts(widget: HomeView) -> str:
    """Every label's and every card's text on a page, joined."""
    cards = [text for card in widget.findChildren(Card) for text in card.texts()]
    return "\n".join([lab.text() for lab in widget.findChildren(QLabel)] + cards)


def make_home(qtbot: QtBot, library: Library, welcome: str = "") -> tuple[HomeView, list[str]]:
    """A standalone home view whose callbacks record what they were asked to open."""
    opened: list[str] = []
    home = HomeView(library, opened.append, lambda s: opened.append("screen:" + s), welcome=welcome)
    qtbot.addWidget(home)
    home.resize(900, 700)
    home.show()
    qtbot.waitExposed(home)
    qtbot.waitUntil(lambda: home.column.height() > 0)
    return home, opened


def test_a_card_per_article_with_title_summary_and_reading_time(
    qtbot: QtBot, small_library: Library
) -> None:
    home, _ = make_home(qtbot, small_library)
    assert set(home.cards) == set(small_library.articles)
    for article_id, card in home.cards.items():
        article = small_library.articles[article_id]
        texts = card_texts(card)
        assert texts[0] == article.title
        assert article.summary in texts
        assert f"{article.reading_minutes} min read" in texts
        assert card.accessibleName() == article.title
        assert card.isVisible()


def test_reading_time_is_computed_from_the_body(qtbot: QtBot, small_library: Library) -> None:
    home, _ = make_home(qtbot, small_library)
    long_one = small_library.articles["calm-start"]
    assert long_one.reading_minutes >= 2  # the long fixture body is several minutes of reading
    assert f"{long_one.reading_minutes} min read" in card_texts(home.cards["calm-start"])
    assert "1 min read" in card_texts(home.cards["second-step"])


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_keys_on_a_card_open_its_article(qtbot: QtBot, small_library: Library, key: Qt.Key) -> None:
    home, opened = make_home(qtbot, small_library)
    card = home.cards["third-way"]
    with qtbot.waitSignal(card.activated):
        qtbot.keyClick(card, key)
    assert opened == ["third-way"]


def test_other_keys_on_a_card_do_nothing(qtbot: QtBot, small_library: Library) -> None:
    home, opened = make_home(qtbot, small_library)
    qtbot.keyClick(home.cards["third-way"], Qt.Key.Key_A)
    assert opened == []


def test_clicking_a_card_opens_its_article(
    qtbot: QtBot, small_library: Library, click: Click
) -> None:
    home, opened = make_home(qtbot, small_library)
    card = home.cards["third-way"]
    with qtbot.waitSignal(card.activated):
        click(card)
    assert opened == ["third-way"]


def test_right_click_on_a_card_does_not_open(
    qtbot: QtBot, small_library: Library, click: Click
) -> None:
    home, opened = make_home(qtbot, small_library)
    click(home.cards["third-way"], Qt.MouseButton.RightButton)
    assert opened == []


def test_card_in_the_window_opens_the_reading_view(
    window: MainWindow, qtbot: QtBot, click: Click
) -> None:
    assert window.stack.currentWidget() is window.home
    with qtbot.waitSignal(window.location_changed) as blocker:
        click(window.home.cards["second-step"])
    assert blocker.args == ["article:second-step"]
    assert window.stack.currentWidget() is window.article_view
    assert window.article_view.article is not None
    assert window.article_view.article.id == "second-step"


def test_bundled_home_shows_every_article_and_start_here(
    qtbot: QtBot, make_window: MakeWindow, bundled_context: AppContext
) -> None:
    window = make_window(bundled_context)
    qtbot.waitUntil(lambda: window.home.complete)  # cards below the first screen come after
    library = bundled_context.library
    cards = window.home.cards
    assert {k for k in cards if not k.startswith("start:")} == set(library.articles)
    assert {k for k in cards if k.startswith("start:")} == {
        "start:understanding-self-harm",
        "start:in-crisis-right-now",
    }
    text = all_texts(window.home)
    for collection in library.collections:
        assert collection.title in text
    for article in library.articles.values():
        assert card_texts(cards[article.id])[0] == article.title
        assert article.summary in card_texts(cards[article.id])


def test_every_bundled_card_opens_its_article(
    qtbot: QtBot, make_window: MakeWindow, bundled_context: AppContext, click: Click
) -> None:
    window = make_window(bundled_context)
    qtbot.waitUntil(lambda: window.home.complete)
    for key, card in window.home.cards.items():
        window.go_home()
        window.home.ensureWidgetVisible(card)
        click(card)
        assert window.location == "article:" + key.removeprefix("start:")


def test_welcome_text_from_the_clinic_replaces_the_intro(
    qtbot: QtBot, small_library: Library
) -> None:
    home, _ = make_home(qtbot, small_library, welcome="Welcome to the Riverside waiting room.")
    text = all_texts(home)
    assert "Welcome to the Riverside waiting room." in text
    assert "Calm, plain information" not in text
    # The way to help is kept, whatever the clinic writes.
    assert "Get help now is at the top of every screen (or press F1)." in text


def test_no_two_sections_of_home_share_a_heading(
    qtbot: QtBot, make_window: MakeWindow, bundled_context: AppContext
) -> None:
    window = make_window(bundled_context)
    qtbot.waitUntil(lambda: window.home.complete)
    headings = [t.text() for t in window.home.findChildren(QLabel, "sectionTitle")]
    assert len(headings) > 3
    assert len(headings) == len(set(headings)), headings


def test_empty_library_explains_and_points_to_help(qtbot: QtBot) -> None:
    home, _ = make_home(qtbot, Library())
    assert home.cards == {}
    assert "The help panel still works" in all_texts(home)


def test_footer_buttons_open_privacy_and_shortcuts(
    qtbot: QtBot, small_library: Library, click: Click
) -> None:
    home, opened = make_home(qtbot, small_library)
    buttons = {b.text(): b for b in home.findChildren(QPushButton)}
    for text in ("What Lantern keeps (nothing)", "Keyboard shortcuts"):
        home.ensureWidgetVisible(buttons[text])
        click(buttons[text])
    assert opened == ["screen:privacy", "screen:shortcuts"]


def test_coping_tool_buttons_ask_for_their_screens(
    qtbot: QtBot, small_library: Library, click: Click
) -> None:
    home, opened = make_home(qtbot, small_library)
    for screen in ("exercise/breathing", "exercise/grounding", "safety-plan", "reflections"):
        button = home.findChild(QPushButton, "tool:" + screen)
        assert button is not None
        click(button)
    assert opened == [
        "screen:exercise/breathing",
        "screen:exercise/grounding",
        "screen:safety-plan",
        "screen:reflections",
    ]


def test_the_first_screen_is_complete_before_the_first_paint(
    qtbot: QtBot, bundled_context: AppContext
) -> None:
    # Only a screenful of cards is built before the first paint; at the smallest text size
    # (the most cards on screen) every card that shows in the window must already be there.
    window = MainWindow(bundled_context)
    qtbot.addWidget(window)
    built = set(window.home.cards)  # no event loop yet: what the first paint will show
    assert not window.home.complete
    window.theming.set_zoom(80)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: window.home.complete)
    # Widgets added to a shown page show a moment later; until then they sit at its top.
    qtbot.waitUntil(lambda: all(card.isVisible() for card in window.home.cards.values()))
    settle_layout()
    viewport = window.home.viewport().height()
    page = window.home.widget()
    assert page is not None
    first_screen = [
        key
        for key, card in window.home.cards.items()
        if card.mapTo(page, card.rect().topLeft()).y() < viewport
    ]
    assert first_screen  # or there was nothing to check
    for key in first_screen:
        assert key in built, f"{key} shows on the first screen but was built after it"


def test_home_at_home_does_not_talk_of_i_m_finished(qtbot: QtBot, small_library: Library) -> None:
    home, _ = make_home(qtbot, small_library)
    assert "I'm finished" not in all_texts(home)


def test_home_from_home_goes_back_to_its_top(
    make_window: MakeWindow, bundled_context: AppContext, qtbot: QtBot
) -> None:
    """Alt+Home on a scrolled home screen brought nothing back into view."""
    window = make_window(bundled_context)
    window.finish_start()
    window.resize(900, 500)
    bar = window.home.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.keyClick(window.home, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.location == "home"
    assert bar.value() == 0
