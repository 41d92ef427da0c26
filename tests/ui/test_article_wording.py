"""The reading view's sentences translate whole, and its reviewed date is in the content's language.

The line under the title was built from pieces ("%n min read" + " · " + "Reviewed ") that a
translator could neither reorder nor see whole, and its date came from the C library, which
names months in the system's LC_TIME language: "novembre" in an English article on a French
system. "Read next: " + title was built the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.packs import load_library
from reader.ui.article_view import ArticleView
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import MakeWindow, open_article

FRENCH = {
    "%n min read · Reviewed %1": "Relu le %1 · %n min de lecture",
    "Read next: %1": "À lire ensuite : %1",
}
FRENCH_MONTHS = {"March": "mars", "November": "novembre"}


class FrenchTranslator(QTranslator):
    """Answers a few of the reading view's sentences in French, as a .qm file would."""

    def translate(  # noqa: D102 - Qt override
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # An empty answer would be taken as a translation: the English is "no translation".
        return FRENCH.get(source, source) if context == "ArticleView" else source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        """Never empty: Qt asks only translators that hold something."""
        return False


@pytest.fixture
def french() -> Iterator[None]:
    """The French translator, installed for one test."""
    translator = FrenchTranslator()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def meta_line(view: ArticleView) -> str:
    """The line under the title: reading time and reviewed date."""
    lines = [lab.text() for lab in view.column.findChildren(QLabel) if "min" in lab.text()]
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.usefixtures("french")
def test_the_line_under_the_title_translates_as_one_sentence(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_article(window, qtbot, "calm-start")
    minutes = window.context.library.articles["calm-start"].reading_minutes
    # The date stays in the articles' language (English): only the interface is French.
    assert meta_line(view) == f"Relu le 26 November 2026 · {minutes} min de lecture"


@pytest.mark.usefixtures("french")
def test_read_next_buttons_are_named_in_one_translated_sentence(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_article(window, qtbot, "calm-start")
    names = [b.accessibleName() for b in view.column.findChildren(QPushButton, "relatedLink")]
    assert names == ["À lire ensuite : The second step", "À lire ensuite : A third way"]


def test_read_next_buttons_are_named_in_english_without_a_translation(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_article(window, qtbot, "calm-start")
    names = [b.accessibleName() for b in view.column.findChildren(QPushButton, "relatedLink")]
    assert names == ["Read next: The second step", "Read next: A third way"]


def test_the_reviewed_date_ignores_the_system_s_month_names(
    make_window: MakeWindow,
    write_article: Callable[..., Path],
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A date's strftime asks time.strftime, which names months in the LC_TIME language. No
    # French C locale is installed here, so this one stands in for a French system's.
    english_strftime = time.strftime

    def french_strftime(form: str, moment: time.struct_time | None = None) -> str:
        text = english_strftime(form, moment) if moment else english_strftime(form)
        for english, french in FRENCH_MONTHS.items():
            text = text.replace(english, french)
        return text

    monkeypatch.setattr(time, "strftime", french_strftime)
    folder = tmp_path / "dates-pack"
    write_article("november", folder=folder)
    path = write_article("march", folder=folder)
    path.write_text(path.read_text().replace("2026-11-26", "2026-03-05"))
    window = make_window(AppContext(library=load_library([folder])))
    assert meta_line(open_article(window, qtbot, "november")).endswith(
        " · Reviewed 26 November 2026"
    )
    # No leading zero on the day.
    assert meta_line(open_article(window, qtbot, "march")).endswith(" · Reviewed 5 March 2026")
