"""On an article's page the notes, the prompts and the help footer are spaced like its text.

The text is spaced at 160% of the font's height (185% for easier reading); the labels beside it
kept Qt's own spacing (about 120%), and at 100% and 200% the spacing jumped where they met.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.themes import THEMES
from reader.ui.article_parts import prompt_note
from reader.ui.article_view import ArticleView
from reader.ui.main_window import MainWindow
from tests.ui.a11y_tools import accessible_name
from tests.ui.layout_tools import settle_layout
from tests.ui.pixels import as_seen
from tests.ui.window_helpers import open_article

ARTICLE = "understanding-self-harm"  # a content note, three prompts and the footer
WAY_OUT = "You can stop at any time."
FOOTER = "If reading this brought up hard feelings"
TWO_LINES = "Line one\nLine two"


def spaced_parts(view: ArticleView) -> dict[str, QLabel]:
    """The labels beside the article's text that should be spaced like it, by what they are."""
    article = view.article
    assert article is not None
    found: dict[str, QLabel] = {}
    for widget in view.column.findChildren(QLabel):
        words = widget.text()
        if not widget.isVisible():
            continue
        if widget.objectName() == "contentNote":
            found["content note"] = widget
        elif words.startswith(WAY_OUT):
            found["way out"] = widget
        elif words == prompt_note(kiosk=False):
            found["private note"] = widget
        elif words in article.prompts:
            found[f"prompt {article.prompts.index(words) + 1}"] = widget
        elif words.startswith(FOOTER):
            found["footer"] = widget
    return found


def line_pitch(widget: QLabel) -> int:
    """How far apart a label puts two lines of its text, at its width (its words kept)."""
    words, width = widget.text(), widget.width()
    widget.setText(TWO_LINES)
    two = widget.heightForWidth(width)
    widget.setText(TWO_LINES.splitlines()[0])
    one = widget.heightForWidth(width)
    widget.setText(words)
    return two - one


def body_pitch(view: ArticleView) -> float:
    """How far apart the article's text puts the lines of its paragraphs (most often)."""
    pitches: Counter[float] = Counter()
    block = view.body_view.document().begin()
    while block.isValid():
        layout = block.layout()
        for index in range(1, layout.lineCount()):
            pitches[round(layout.lineAt(index).y() - layout.lineAt(index - 1).y(), 1)] += 1
        block = block.next()
    return pitches.most_common(1)[0][0]


def open_at(window: MainWindow, qtbot: QtBot, zoom: int, *, easier: bool = False) -> ArticleView:
    """The article at a text size (and easier reading), in a window narrow enough to wrap."""
    window.resize(700, 780)
    window.theming.set_zoom(zoom)
    window.theming.set_easier_reading(easier)
    view = open_article(window, qtbot, ARTICLE)
    settle_layout()
    return view


@pytest.mark.parametrize(("zoom", "easier"), [(100, False), (200, False), (100, True)])
def test_the_notes_prompts_and_footer_are_spaced_like_the_text(
    started_window: MainWindow, qtbot: QtBot, zoom: int, easier: bool
) -> None:
    view = open_at(started_window, qtbot, zoom, easier=easier)
    expected = body_pitch(view)
    parts = spaced_parts(view)
    assert set(parts) == {
        "content note",
        "way out",
        "private note",
        "prompt 1",
        "prompt 2",
        "prompt 3",
        "footer",
    }
    # Qt rounds a label's height to whole pixels: a line is 30.4 pixels at 100%.
    pitches = {name: line_pitch(part) for name, part in parts.items()}
    assert {name: p for name, p in pitches.items() if abs(p - expected) > 1} == {}
    assert expected >= view.body_view.fontMetrics().height() * (1.8 if easier else 1.55)


def test_easier_reading_turned_on_and_off_on_the_page_respaces_the_labels(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    view = open_at(started_window, qtbot, 100)
    note = spaced_parts(view)["content note"]
    usual = line_pitch(note)
    started_window.theming.set_easier_reading(True)
    assert line_pitch(note) == pytest.approx(body_pitch(view), abs=1)
    assert line_pitch(note) > usual
    started_window.theming.set_easier_reading(False)
    assert line_pitch(note) == usual


def test_a_one_line_question_and_footer_end_at_their_text(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    """Only the lines between are spaced: a question sits just over its box, as it did."""
    view = open_at(started_window, qtbot, 100)
    started_window.resize(1100, 780)  # every question on one line
    settle_layout()
    parts = spaced_parts(view)
    line = view.body_view.fontMetrics().height()
    for name in ("prompt 1", "footer", "way out"):
        assert parts[name].height() == line, name
    # A paragraph followed by another keeps the room under its last line, as the text's do.
    assert parts["content note"].height() >= line * 1.55


def make_pack(tmp_path: Path, note: str, prompt: str) -> None:
    """A pack of one article whose content note and prompt are as given (TOML literal strings)."""
    pack = tmp_path / "pack"
    pack.mkdir()
    front = [
        'id = "odd"',
        'title = "Odd words"',
        'summary = "A short summary."',
        'topics = ["feelings"]',
        f"content_note = '''{note}'''",
        "reviewed = 2026-11-26",
        'sources = ["NICE guideline NG225"]',
        "related = []",
        f"prompts = ['''{prompt}''']",
    ]
    body = "Some calm words in a paragraph of their own.\n\n" * 12  # long enough to lay out
    text = "+++\n" + "\n".join(front) + "\n+++\n" + body
    (pack / "odd.md").write_text(text, encoding="utf-8")


NOTE = '<b>Not bold</b> & <a href="lantern:help">no link</a> &amp; <img src="x.png">'
PROMPT = "Is 2 < 3? \"Yes\" & 'no'\nA second line"


def test_words_from_an_article_are_shown_and_named_as_written(
    window_over_pack: Callable[..., MainWindow], tmp_path: Path, qtbot: QtBot
) -> None:
    """Markup in a content note or prompt is shown, and said, as the words it is written in."""
    make_pack(tmp_path, NOTE, PROMPT)
    window = window_over_pack()
    view = open_article(window, qtbot, "odd")
    parts = spaced_parts(view)
    note, prompt = parts["content note"], parts["prompt 1"]
    assert (note.text(), prompt.text()) == (NOTE, PROMPT)
    assert (accessible_name(note), accessible_name(prompt)) == (NOTE, PROMPT)
    assert view.prompt_boxes[0].accessibleName() == PROMPT
    # Text, not controls: no Tab stop, nothing to select or follow, as before.
    flag = Qt.TextInteractionFlag
    keys = (
        flag.TextSelectableByMouse | flag.TextSelectableByKeyboard | flag.LinksAccessibleByKeyboard
    )
    for part in parts.values():
        assert part.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert part.textInteractionFlags() & keys == flag.NoTextInteraction
    # Two lines as written, not run together as HTML would show them.
    assert prompt.height() >= prompt.fontMetrics().height() * 2


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_the_labels_keep_their_theme_colours(
    started_window: MainWindow, qtbot: QtBot, name: str
) -> None:
    view = open_at(started_window, qtbot, 100)
    started_window.theming.set_theme(name)
    settle_layout()
    theme = THEMES[name]
    parts = spaced_parts(view)
    for part, colour in ((parts["content note"], theme.text), (parts["private note"], theme.muted)):
        view.ensureWidgetVisible(part)
        settle_layout()
        image = as_seen(part)
        drawn = Counter(
            image.pixelColor(x, y).name()
            for x in range(image.width())
            for y in range(image.height())
        )
        assert drawn[colour] > 20, (part.text(), drawn.most_common(4))
