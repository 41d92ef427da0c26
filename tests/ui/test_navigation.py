"""Moving around the window: back, forward and home, keyboard shortcuts, and links."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.context import AppContext
from reader.ui import web_address
from reader.ui.in_view import settle_layout
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import Click, MakeWindow, Press, open_article, web_address_dialogs

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


# --- history -----------------------------------------------------------------------------


def test_back_and_forward_across_several_screens(window: MainWindow, click: Click) -> None:
    assert not window.back_button.isEnabled()
    assert not window.forward_button.isEnabled()
    window.open_article("calm-start")
    window.open_article("second-step")
    window.open_help()
    window.open_screen("privacy")
    assert window.back_button.isEnabled()
    assert not window.forward_button.isEnabled()

    click(window.back_button)
    assert window.location == "help"
    click(window.back_button)
    assert window.location == "article:second-step"
    assert window.article_view.article is not None
    assert window.article_view.article.id == "second-step"
    assert window.forward_button.isEnabled()

    click(window.forward_button)
    assert window.location == "help"
    assert window.stack.currentWidget() is window.screens["help"]

    for _ in range(3):
        window.go_back()
    assert window.location == "home"
    assert window.stack.currentWidget() is window.home
    assert not window.back_button.isEnabled()
    assert window.forward_button.isEnabled()
    window.go_back()  # nothing further back: stays home
    assert window.location == "home"


def test_visiting_somewhere_new_drops_the_forward_history(window: MainWindow) -> None:
    window.open_article("calm-start")
    window.open_article("second-step")
    window.go_back()
    assert window.forward_button.isEnabled()
    window.open_article("third-way")
    assert not window.forward_button.isEnabled()
    window.go_back()
    assert window.location == "article:calm-start"


def test_home_button_goes_home(window: MainWindow, click: Click) -> None:
    window.open_article("third-way")
    click(window.home_button)
    assert window.location == "home"
    assert window.stack.currentWidget() is window.home


def test_unknown_article_or_screen_does_not_navigate(window: MainWindow) -> None:
    assert window.open_article("no-such-article") is False
    assert window.open_screen("no-such-screen") is False
    assert window.location == "home"
    assert not window.back_button.isEnabled()


# --- keyboard shortcuts ------------------------------------------------------------------


def test_navigation_and_zoom_shortcuts(window: MainWindow, qtbot: QtBot, press: Press) -> None:
    window.open_article("calm-start")
    window.open_article("second-step")
    window.home.setFocus()
    press(Qt.Key.Key_Left, ALT)
    assert window.location == "article:calm-start"
    press(Qt.Key.Key_Right, ALT)
    assert window.location == "article:second-step"
    press(Qt.Key.Key_Home, ALT)
    assert window.location == "home"
    press(Qt.Key.Key_Equal, CTRL)
    assert window.theming.zoom == 110
    press(Qt.Key.Key_Plus, CTRL)
    assert window.theming.zoom == 125
    press(Qt.Key.Key_Minus, CTRL)
    assert window.theming.zoom == 110
    press(Qt.Key.Key_0, CTRL)
    assert window.theming.zoom == 100


def test_ctrl_f_puts_the_cursor_in_search(window: MainWindow, qtbot: QtBot, press: Press) -> None:
    window.open_article("calm-start")
    window.search_box.setText("old words")
    window.article_view.prompt_boxes[0].setFocus()
    press(Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(window.search_box.hasFocus)
    assert window.search_box.selectedText() == "old words"


# --- links -------------------------------------------------------------------------------


def test_back_and_forward_return_to_the_place_in_an_article(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(1000, 600)
    window.open_article("calm-start")
    view = window.article_view
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 600)
    settle_layout()  # the reader scrolls the page as laid out at this size
    bar.setValue(600)
    window.handle_link("lantern:help")
    window.go_back()
    # Back showed the article from its top: the reader had to find their place again.
    assert window.location == "article:calm-start"
    qtbot.waitUntil(lambda: bar.value() == 600)
    bar.setValue(300)
    window.go_home()
    window.go_back()
    qtbot.waitUntil(lambda: bar.value() == 300)
    window.go_home()
    window.open_article("calm-start")  # a new visit starts at the top
    assert bar.value() == 0


def test_back_returns_below_the_text_too_after_an_article_with_fewer_buttons(
    window_over_pack: Callable[..., MainWindow], write_article: Callable[..., Path], qtbot: QtBot
) -> None:
    body = "\n\n".join(f"Paragraph {n} is a calm sentence about feelings." for n in range(40))
    write_article("a", title="Article A", body=body, related=tuple("bcdefgh"))
    for other in "bcdefgh":
        write_article(other, title=f"Article {other}", body=body)
    window = window_over_pack()
    window.resize(1000, 500)
    window.open_article("a")
    view = window.article_view
    settle_layout()
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())  # among the related articles' buttons, below the text
    bottom = bar.value()
    window.open_article("b")  # it has no related buttons: a's were set aside or reused
    window.go_back()
    # The place named one of those buttons: Back landed a third of the way down, or failed.
    qtbot.waitUntil(lambda: bar.value() == bottom)


def test_forward_at_the_end_of_the_history_leaves_the_screen_alone(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_article(window, qtbot, "calm-start")
    box = view.prompt_boxes[0]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    moves: list[str] = []
    window.location_changed.connect(moves.append)
    window.go_forward()  # nowhere to go: the article was rebuilt and the focus left the box
    assert moves == []
    assert box.hasFocus()


def test_article_link_navigates(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.location_changed) as blocker:
        window.handle_link("lantern:article/third-way")
    assert blocker.args == ["article:third-way"]
    assert window.stack.currentWidget() is window.article_view


def test_help_link_opens_help(window: MainWindow, qtbot: QtBot) -> None:
    window.open_article("calm-start")
    with qtbot.waitSignal(window.location_changed) as blocker:
        window.handle_link("lantern:help")
    assert blocker.args == ["help"]


def never(*args: object) -> None:
    raise AssertionError(f"must not be called: {args}")


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/hostname",
        "javascript:alert(1)",
        "lantern:article/../../etc",
        "lantern:nowhere",
        "ftp://example.org/file",
        "data:text/html,<b>hi</b>",
    ],
)
def test_unsafe_or_unknown_links_do_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.setattr(web_address, "ask_open_browser", never)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(never))
    window.open_article("calm-start")
    window.handle_link(url)
    assert window.location == "article:calm-start"
    assert window.stack.currentWidget() is window.article_view


def ask_and_answer(monkeypatch: pytest.MonkeyPatch, answer: bool) -> tuple[list[str], list[QUrl]]:
    """Replace the question and the browser; record the addresses asked about and opened."""
    asked: list[str] = []
    opened: list[QUrl] = []

    def ask(parent: QWidget, url: str) -> bool:
        asked.append(url)
        return answer

    monkeypatch.setattr(web_address, "ask_open_browser", ask)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    return asked, opened


def test_web_link_asks_and_no_means_the_browser_stays_shut(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked, opened = ask_and_answer(monkeypatch, False)
    window.handle_link("https://www.samaritans.org/")
    assert asked == ["https://www.samaritans.org/"]
    assert opened == []
    assert window.location == "home"


def test_web_link_asks_and_yes_opens_that_address(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked, opened = ask_and_answer(monkeypatch, True)
    window.handle_link("https://www.samaritans.org/how-we-can-help/")
    assert len(asked) == 1
    assert opened == [QUrl("https://www.samaritans.org/how-we-can-help/")]


def test_kiosk_web_link_shows_the_address_and_a_qr_code(
    make_window: MakeWindow,
    small_library: Library,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    shown = web_address_dialogs(monkeypatch, qtbot)
    window = make_window(AppContext(library=small_library, kiosk=True))
    window.handle_link("https://988lifeline.org/")
    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.parent() is window
    assert dialog.address.text() == "https://988lifeline.org/"
    pixmap = dialog.code.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() >= 100
    assert pixmap.width() == pixmap.height()
    assert window.location == "home"


def test_link_inside_an_article_body_is_handled_by_the_window(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.open_article("calm-start")
    with qtbot.waitSignal(window.location_changed) as blocker:
        window.article_view.body_view.anchorClicked.emit(QUrl("lantern:help"))
    assert blocker.args == ["help"]
