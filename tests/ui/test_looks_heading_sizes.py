"""Every heading in an article stands out from its text: larger and bolder, at every level.

Before, Qt's own sizes applied below ###: a #### heading was the size of the text around it,
##### smaller than it, and ###### neither larger nor bold, so it read as a plain line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QTextBlock
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.packs import load_library
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import open_article

BODY = "\n\n".join(
    f"{'#' * level} Heading at level {level}\n\nSome calm words under it." for level in range(2, 7)
)


def look_of(block: QTextBlock) -> tuple[float, int]:
    """How tall a block's letters are drawn (its first line's ascent), and how bold."""
    ascent = block.layout().lineAt(0).ascent()
    return ascent, block.begin().fragment().charFormat().fontWeight()


def blocks(window: MainWindow) -> dict[int, QTextBlock]:
    """The article's heading blocks by level, and a paragraph of its text as level 0."""
    found: dict[int, QTextBlock] = {}
    block = window.article_view.body_view.document().begin()
    while block.isValid():
        found.setdefault(block.blockFormat().headingLevel(), block)
        block = block.next()
    return found


@pytest.mark.parametrize("theme", ["light", "high-contrast"])
@pytest.mark.parametrize("zoom", [100, 200])
def test_each_heading_is_larger_and_bolder_than_the_text(
    make_window: Callable[[AppContext], MainWindow],
    write_article: Callable[..., Path],
    tmp_path: Path,
    qtbot: QtBot,
    theme: str,
    zoom: int,
) -> None:
    write_article("levels", title="Headings", body=BODY)
    library = load_library([tmp_path / "pack"])
    assert library.problems == []
    window = make_window(AppContext(library=library, theme=theme, zoom=zoom))
    open_article(window, qtbot, "levels")
    found = blocks(window)
    assert sorted(found) == [0, 2, 3, 4, 5, 6]
    text_size, text_weight = look_of(found[0])
    looks = {level: look_of(found[level]) for level in range(2, 7)}
    assert {level: size > text_size for level, (size, _) in looks.items()} == dict.fromkeys(
        range(2, 7), True
    )
    assert {level: weight > text_weight for level, (_, weight) in looks.items()} == dict.fromkeys(
        range(2, 7), True
    )
    # Deeper levels are never larger than the ones above them.
    sizes = [size for size, _ in looks.values()]
    assert sizes == sorted(sizes, reverse=True)
