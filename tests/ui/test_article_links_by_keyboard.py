"""Following an article's links by keyboard: the focus goes to the new article, and Back puts
the keyboard on the link followed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.in_view import settle_layout
from reader.ui.main_window import MainWindow

PARAGRAPHS = "\n\n".join(f"Paragraph {n} is a calm sentence about feelings." for n in range(12))
# Three links to other articles, a screenful apart.
BODY = "\n\n".join(
    f"{PARAGRAPHS}\n\nYou could read [article {name}](lantern:article/{name})." for name in "bcd"
)


def tab_to(qtbot: QtBot, window: MainWindow, href: str) -> list[str]:
    """Tab through the article's text until the keyboard is on the link to href."""
    body = window.article_view.body_view
    body.setFocus()
    seen: list[str] = []
    while href not in seen and len(seen) < 10:
        qtbot.keyClick(body, Qt.Key.Key_Tab)
        assert body.hasFocus(), seen
        seen.append(body.focused_href() or "")
    return seen


def test_a_link_followed_in_the_text_takes_the_focus_to_the_new_article(
    window_over_pack: Callable[..., MainWindow], write_article: Callable[..., Path], qtbot: QtBot
) -> None:
    """The focus stayed on the text, now another article's: a screen reader said nothing of it.

    From Read next, a card or a search result, the new article's page takes the focus, and a
    screen reader says its title.
    """
    write_article("a", title="Article A", body=BODY)
    for other in "bcd":
        write_article(other, title=f"Article {other}", body=PARAGRAPHS)
    window = window_over_pack()
    assert window.open_article("a")
    view = window.article_view
    tab_to(qtbot, window, "lantern:article/b")
    said: list[str] = []  # the page's name as it takes the focus, what a screen reader says

    def note(_old: QWidget | None, new: QWidget | None) -> None:
        said.append(new.accessibleName() if new is not None else "")

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(note)
    try:
        qtbot.keyClick(view.body_view, Qt.Key.Key_Return)
    finally:
        app.focusChanged.disconnect(note)
    assert window.location == "article:b"
    assert QApplication.focusWidget() is view
    assert said == ["Article b"]


def test_back_puts_the_keyboard_on_the_link_that_was_followed(
    window_over_pack: Callable[..., MainWindow], write_article: Callable[..., Path], qtbot: QtBot
) -> None:
    """It went to the start of the text: the next Tab jumped up the page to the first link."""
    write_article("a", title="Article A", body=BODY)
    for other in "bcd":
        write_article(other, title=f"Article {other}", body=PARAGRAPHS)
    window = window_over_pack()
    window.resize(1000, 500)
    assert window.open_article("a")
    view = window.article_view
    settle_layout()
    assert tab_to(qtbot, window, "lantern:article/c") == ["lantern:article/b", "lantern:article/c"]
    place = view.verticalScrollBar().value()
    assert place > 0
    qtbot.keyClick(view.body_view, Qt.Key.Key_Return)
    assert window.location == "article:c"
    qtbot.keyClick(view.body_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.location == "article:a"
    assert QApplication.focusWidget() is view.body_view
    assert view.body_view.focused_href() == "lantern:article/c"
    assert view.verticalScrollBar().value() == place
    qtbot.keyClick(view.body_view, Qt.Key.Key_Tab)
    assert view.body_view.focused_href() == "lantern:article/d"  # on, not back to the first
