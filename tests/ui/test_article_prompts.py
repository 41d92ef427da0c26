"""The reading view's prompts: a private box each, kept while browsing, gone after a reset,
and the same answers in My reflections."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.article_view import ArticleView
from reader.ui.exercises import ReflectionsView
from reader.ui.exercises.common import MemoryTextEdit
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import open_article, texts

# --- prompts -----------------------------------------------------------------------------


def type_into_prompt(view: ArticleView, qtbot: QtBot, text: str) -> None:
    box = view.prompt_boxes[0]
    box.setFocus()
    qtbot.keyClicks(box, text)
    assert box.toPlainText() == text


def test_each_prompt_has_a_private_box(window: MainWindow, qtbot: QtBot) -> None:
    view = open_article(window, qtbot, "calm-start")
    article = window.context.library.articles["calm-start"]
    assert len(view.prompt_boxes) == len(article.prompts) == 1
    assert view.prompt_boxes[0].accessibleName() == "What helps you most?"
    assert view.prompt_boxes[0].accessibleDescription().startswith("Private: what you type")
    assert "What helps you most?" in texts(view.column)
    assert view.prompt_boxes[0].toPlainText() == ""


def test_typing_is_kept_when_navigating_away_and_back(window: MainWindow, qtbot: QtBot) -> None:
    view = open_article(window, qtbot, "calm-start")
    type_into_prompt(view, qtbot, "a walk helps")
    window.open_article("second-step")
    type_into_prompt(window.article_view, qtbot, "music")
    window.open_help()
    window.go_home()
    window.open_article("calm-start")
    assert window.article_view.prompt_boxes[0].toPlainText() == "a walk helps"
    window.go_back()  # home
    window.go_back()  # help
    window.go_back()  # second-step
    assert window.location == "article:second-step"
    assert window.article_view.prompt_boxes[0].toPlainText() == "music"


def test_typing_survives_a_theme_change(window: MainWindow, qtbot: QtBot) -> None:
    view = open_article(window, qtbot, "calm-start")
    type_into_prompt(view, qtbot, "slow breaths")
    window.theming.set_theme("dark")
    assert window.article_view.prompt_boxes[0].toPlainText() == "slow breaths"


def test_reset_clears_prompts_and_undo_cannot_bring_them_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_article(window, qtbot, "calm-start")
    type_into_prompt(view, qtbot, "private words")
    box = view.prompt_boxes[0]
    assert box.document().isUndoAvailable()  # typing really did build an undo history
    window.open_article("second-step")
    type_into_prompt(window.article_view, qtbot, "more words")
    window.open_article("calm-start")
    box = window.article_view.prompt_boxes[0]
    box.setFocus()
    qtbot.keyClicks(box, " here")
    assert box.document().isUndoAvailable()

    view.reset()
    assert box.toPlainText() == ""
    assert box.document().isUndoAvailable() is False
    box.undo()
    assert box.toPlainText() == ""
    assert view.prompt_boxes == []
    assert view.article is None

    for article_id in ("calm-start", "second-step"):
        reopened = open_article(window, qtbot, article_id)
        fresh = reopened.prompt_boxes[0]
        assert fresh.toPlainText() == ""
        assert fresh.document().isUndoAvailable() is False


# --- the same answers in My reflections --------------------------------------------------


def reflections(window: MainWindow) -> ReflectionsView:
    view = window.screens["reflections"]
    assert isinstance(view, ReflectionsView)
    return view


def reflection_box(window: MainWindow, prompt: str) -> MemoryTextEdit:
    return next(edit for _, text, edit in reflections(window).edits if text == prompt)


def test_an_answer_typed_under_an_article_is_in_my_reflections(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_article(window, qtbot, "calm-start")
    type_into_prompt(view, qtbot, "a walk helps")
    window.open_screen("reflections")
    assert reflection_box(window, "What helps you most?").text() == "a walk helps"
    assert "a walk helps" in reflections(window).plain_text()  # what is printed and saved


def test_an_answer_typed_in_my_reflections_is_under_its_article(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.open_screen("reflections")
    box = reflection_box(window, "What helps you most?")
    box.setFocus()
    qtbot.keyClicks(box, "music")
    view = open_article(window, qtbot, "calm-start")
    assert view.prompt_boxes[0].toPlainText() == "music"
    window.open_screen("reflections")
    assert box.text() == "music"


def test_clearing_my_reflections_clears_the_same_answers_under_the_articles(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_article(window, qtbot, "calm-start")
    type_into_prompt(view, qtbot, "private words")
    window.open_screen("reflections")
    reflections(window).reset()  # what "Yes, clear it" does
    reopened = open_article(window, qtbot, "calm-start")
    assert reopened.prompt_boxes[0].toPlainText() == ""


# --- two articles with the same title -----------------------------------------------------


def test_articles_with_the_same_title_keep_their_own_answers(
    write_article: Callable[..., Path],
    window_over_pack: Callable[..., MainWindow],
    qtbot: QtBot,
) -> None:
    """A clinic's "Coping" beside a bundled "Coping", same prompt: one answer each."""
    write_article("coping", title="Coping")
    write_article("clinic-coping", title="Coping")
    window = window_over_pack()
    type_into_prompt(open_article(window, qtbot, "coping"), qtbot, "a walk helps")
    other = open_article(window, qtbot, "clinic-coping")
    assert other.prompt_boxes[0].toPlainText() == ""  # before: "a walk helps" was pre-filled
    type_into_prompt(other, qtbot, "music")
    assert open_article(window, qtbot, "coping").prompt_boxes[0].toPlainText() == "a walk helps"

    window.open_screen("reflections")
    page = reflections(window)
    assert [title for _, title, _ in page.groups] == ["Coping", "Coping"]  # a heading each
    assert {article: edit.text() for article, _, edit in page.edits} == {
        "coping": "a walk helps",
        "clinic-coping": "music",
    }
    assert sorted(page.answers()) == [  # what is printed and saved: neither merged nor lost
        ("Coping", [("What helps you most?", "a walk helps")]),
        ("Coping", [("What helps you most?", "music")]),
    ]


# --- a prompt repeated in one article ------------------------------------------------------


def test_a_repeated_prompt_is_shown_once_and_keeps_what_was_typed(
    write_article: Callable[..., Path],
    window_over_pack: Callable[..., MainWindow],
    qtbot: QtBot,
) -> None:
    """Two boxes for one prompt shared one answer: the second's text overwrote the first's."""
    path = write_article("repeats", title="Repeats")
    prompts = 'prompts = ["What helps you?", "Who could you tell?", " What helps you? "]'
    text = path.read_text(encoding="utf-8").replace('prompts = ["What helps you most?"]', prompts)
    path.write_text(text, encoding="utf-8")
    window = window_over_pack()
    view = open_article(window, qtbot, "repeats")
    assert [box.accessibleName() for box in view.prompt_boxes] == [
        "What helps you?",
        "Who could you tell?",
    ]
    assert texts(view.column).count("What helps you?") == 1
    type_into_prompt(view, qtbot, "a walk helps")
    window.go_home()
    window.go_back()
    assert window.location == "article:repeats"
    assert window.article_view.prompt_boxes[0].toPlainText() == "a walk helps"


def test_a_prompt_box_has_room_for_three_lines_at_any_text_size(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Fixed at 96 pixels, at 200% text the box showed two lines: My reflections' showed three."""
    view = open_article(window, qtbot, "calm-start")
    box = view.prompt_boxes[0]
    for _ in range(6):
        window.theming.zoom_in()  # to 200%, the article open
    qtbot.waitUntil(lambda: box.height() >= 3 * box.fontMetrics().lineSpacing())
    assert box.height() == box.sizeHint().height()  # the same as My reflections' boxes
