"""Reading an article from the keyboard: text size and theme changes keep focus and place,
links Tab reaches are on screen and ringed, and the page keys scroll from inside the text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.article_view import ArticleView
from reader.ui.link_label import LinkLabel
from reader.ui.main_window import MainWindow
from tests.ui.reading_tools import (
    POPUP_NOISE,
    choose_in_reading_settings,
    focused_link_box,
    ring_colour,
    ring_left,
    ring_pixels,
    ringed,
)
from tests.ui.window_helpers import Click, Press, open_article

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier

# Forty paragraphs, a link in every tenth: most of the links are far below the first screen.
LINKED_BODY = "\n\n".join(
    f"Paragraph {n} is a calm sentence about feelings, written so the page is tall enough."
    + (f" You can read [the next step ({n})](lantern:article/second-step)." if n % 10 == 9 else "")
    for n in range(40)
)


@pytest.fixture
def window(
    window_over_pack: Callable[..., MainWindow], write_article: Callable[..., Path]
) -> MainWindow:
    """A window over a long article with links all the way down, at a laptop's size."""
    write_article("linked", title="Links all the way down", body=LINKED_BODY)
    write_article("second-step", title="The second step", body="Breathing slowly helps.")
    shown = window_over_pack()
    shown.resize(1000, 700)
    shown.finish_start()
    return shown


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def text_at_top(view: ArticleView) -> int:
    """The position, in the article text, of the words at the top of the page."""
    body = view.body_view
    content = view.widget()
    assert content is not None
    top = QPoint(20, view.verticalScrollBar().value())
    return body.cursorForPosition(body.viewport().mapFrom(content, top)).position()


def on_screen_y(view: ArticleView, position: int) -> int:
    """How far down the page's visible area the line holding this position starts."""
    body = view.body_view
    cursor = QTextCursor(body.document())
    cursor.setPosition(position)
    return body.viewport().mapTo(view.viewport(), body.cursorRect(cursor).topLeft()).y()


def top_line_in_view(view: ArticleView, widget: QWidget) -> bool:
    """Whether the widget's top line is inside the page's visible area."""
    top = widget.mapTo(view.viewport(), QPoint(0, 0)).y()
    return 0 <= top <= view.viewport().height() - widget.fontMetrics().height() * 2


def scroll_to(qtbot: QtBot, view: ArticleView, widget: QWidget) -> None:
    """Bring a widget into view, once the newly opened article has been laid out."""
    qtbot.waitUntil(lambda: view.ensureWidgetVisible(widget) or top_line_in_view(view, widget))


# --- text size and theme keep the focus and the reading place ----------------------------


def test_larger_text_while_typing_keeps_the_cursor_in_the_prompt_box(
    window: MainWindow, qtbot: QtBot, press: Press
) -> None:
    view = open_article(window, qtbot, "linked")
    box = view.prompt_boxes[0]
    scroll_to(qtbot, view, box)
    focus(qtbot, box)
    qtbot.keyClicks(box, "I feel")
    press(K.Key_Plus, CTRL)
    assert window.theming.zoom > 100
    # Before: the box was rebuilt, the focus went elsewhere and the rest of the typing was lost.
    assert box.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), " tired")
    assert box.toPlainText() == "I feel tired"
    assert window.location == "article:linked"
    assert top_line_in_view(view, box)


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_a_theme_from_reading_settings_keeps_the_cursor_in_the_prompt_box(
    window: MainWindow, qtbot: QtBot, click: Click
) -> None:
    view = open_article(window, qtbot, "linked")
    box = view.prompt_boxes[0]
    scroll_to(qtbot, view, box)
    focus(qtbot, box)
    qtbot.keyClicks(box, "abc")
    choose_in_reading_settings(qtbot, click, window, "Dark")
    assert window.theming.choice == "dark"
    # Before: the box was rebuilt and the window's focus had gone to the page.
    assert box.hasFocus()
    assert top_line_in_view(view, box)
    qtbot.keyClicks(box, "d")
    assert box.toPlainText() == "abcd"


@pytest.mark.parametrize("keys", [[K.Key_Plus], [K.Key_Plus, K.Key_Plus], [K.Key_Minus]])
def test_a_new_text_size_keeps_the_words_being_read_at_the_top(
    window: MainWindow, qtbot: QtBot, press: Press, keys: list[Qt.Key]
) -> None:
    view = open_article(window, qtbot, "linked")
    focus(qtbot, view)
    for _ in range(3):
        press(K.Key_PageDown)
    reading = text_at_top(view)
    assert view.verticalScrollBar().value() > 0
    for key in keys:
        press(key, CTRL)
    # Before: the article was rebuilt and shown from its top (2976 -> 0).
    line = view.body_view.fontMetrics().height()
    assert view.verticalScrollBar().value() > 0
    assert -2 * line <= on_screen_y(view, reading) <= 2 * line
    assert view.hasFocus()


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_a_theme_change_keeps_the_focused_link_and_the_place(
    window: MainWindow, qtbot: QtBot, press: Press, click: Click
) -> None:
    view = open_article(window, qtbot, "linked")
    body = view.body_view
    focus(qtbot, body)
    for _ in range(3):
        press(K.Key_Tab)
    link = body.textCursor().selectedText()
    assert link == "the next step (29)"
    y = on_screen_y(view, body.textCursor().selectionStart())
    choose_in_reading_settings(qtbot, click, window, "High contrast")
    assert window.theming.choice == "high-contrast"
    assert body.hasFocus()
    assert body.textCursor().selectedText() == link
    assert abs(on_screen_y(view, body.textCursor().selectionStart()) - y) <= 4
    press(K.Key_Return)  # the link still works from the keyboard
    assert window.location == "article:second-step"


# --- links inside the article text --------------------------------------------------------


def test_tab_to_a_link_far_down_the_article_scrolls_it_into_view(
    window: MainWindow, qtbot: QtBot, press: Press
) -> None:
    view = open_article(window, qtbot, "linked")
    body = view.body_view
    focus(qtbot, body)
    reached: list[str] = []
    for _ in range(6):
        press(K.Key_Tab)
        if not body.hasFocus():
            break
        reached.append(body.textCursor().selectedText())
        y = on_screen_y(view, body.textCursor().selectionStart())
        # Before: the third link onwards stayed below the bottom of the window.
        assert 0 <= y <= view.viewport().height() - body.fontMetrics().height(), reached[-1]
    assert reached == [f"the next step ({n})" for n in (9, 19, 29, 39)] + ["Get help now"]


def test_page_keys_and_arrows_in_the_article_text_scroll_the_page(
    window: MainWindow, qtbot: QtBot, press: Press
) -> None:
    view = open_article(window, qtbot, "linked")
    body = view.body_view
    focus(qtbot, body)
    bar = view.verticalScrollBar()
    steps = [
        (K.Key_PageDown, lambda before: bar.value() > before),
        (K.Key_Down, lambda before: bar.value() > before),
        (K.Key_Up, lambda before: bar.value() < before),
        (K.Key_End, lambda _: bar.value() == bar.maximum()),
        (K.Key_PageUp, lambda before: bar.value() < before),
        (K.Key_Home, lambda _: bar.value() == 0),
    ]
    for key, moved in steps:
        before = bar.value()
        press(key)
        # Before: the body took these keys for itself and the page never moved.
        assert moved(before), key
        assert body.hasFocus()


def test_the_focused_link_in_the_text_has_a_two_pixel_ring(
    window: MainWindow, qtbot: QtBot, press: Press
) -> None:
    view = open_article(window, qtbot, "linked")
    body = view.body_view
    focus(qtbot, body)
    press(K.Key_Tab)
    box = focused_link_box(body)
    # Before: Qt's one-pixel dotted line in the text colour, nothing in the ring colour.
    assert ringed(body, box)
    press(K.Key_Tab)  # on to the next link: the ring goes with the focus
    assert ring_left(body, box) == 0
    assert ringed(body, focused_link_box(body))


@pytest.mark.parametrize("key", [K.Key_Plus, K.Key_Minus])
def test_a_new_text_size_with_the_focus_in_the_text_keeps_the_place(
    window: MainWindow, qtbot: QtBot, press: Press, key: Qt.Key
) -> None:
    """Focus in the article text, taller than the screen: its top is not where the reader is."""
    view = open_article(window, qtbot, "linked")
    body = view.body_view
    focus(qtbot, body)
    for _ in range(3):
        press(K.Key_PageDown)
    reading = text_at_top(view)
    press(key, CTRL)
    line = body.fontMetrics().height()
    assert view.verticalScrollBar().value() > 0  # before: back at the text's top
    assert -2 * line <= on_screen_y(view, reading) <= 2 * line
    assert body.hasFocus()


def test_a_link_at_the_start_of_a_line_keeps_the_left_side_of_its_ring(
    window_over_pack: Callable[..., MainWindow],
    write_article: Callable[..., Path],
    qtbot: QtBot,
    press: Press,
) -> None:
    write_article("first", title="First", body="[The second step](lantern:article/second-step)")
    write_article("second-step", title="The second step", body="Breathing slowly helps.")
    shown = window_over_pack()
    view = open_article(shown, qtbot, "first")
    body = view.body_view
    focus(qtbot, body)
    press(K.Key_Tab)
    box = focused_link_box(body)
    assert box.left() <= 2  # the link starts the line
    image = body.viewport().grab().toImage()
    rows = range(box.top() + 3, box.bottom() - 3)
    # Before: drawn at x = -1..0, half outside the viewport, so no left side was seen.
    assert ring_pixels(image, ring_colour(body), range(0, 2), rows) >= len(rows)


# Four parts, each long, each ending with a link: the contents list has a link to each part.
PARTS_BODY = "\n\n".join(
    f"## Part {n}\n\n"
    + "\n\n".join(f"Paragraph {n}.{m} is a calm sentence about feelings." for m in range(8))
    + f"\n\nYou can read [the step after part {n}](lantern:article/second-step)."
    for n in range(1, 5)
)


def test_a_contents_link_takes_the_focus_to_its_part(
    window_over_pack: Callable[..., MainWindow],
    write_article: Callable[..., Path],
    qtbot: QtBot,
    press: Press,
) -> None:
    write_article("parts", title="Four parts", body=PARTS_BODY)
    write_article("second-step", title="The second step", body="Breathing slowly helps.")
    window = window_over_pack()
    window.resize(1000, 700)
    view = open_article(window, qtbot, "parts")
    link = next(x for x in view.findChildren(LinkLabel) if x.accessibleName() == "Part 3")
    link.setFocus()
    qtbot.waitUntil(link.hasFocus)
    press(K.Key_Return)
    # The focus stayed on the contents link, far above the part now on screen, and the next
    # Tab went back up to the list.
    qtbot.waitUntil(view.body_view.hasFocus)
    assert view.verticalScrollBar().value() > 0
    press(K.Key_Tab)
    assert view.body_view.textCursor().selectedText() == "the step after part 3"
