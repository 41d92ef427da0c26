"""The content checker passes exactly the pictures the reading view can show.

A picture the view refuses or cannot read is drawn as a broken-picture mark over its caption;
the checker must say so (M4), so a clinic fixes it before any reader sees it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from reader.lint import check_paths
from reader.ui.article_body import ArticleBody
from tests.lint.helpers import CLEAN_BODY, article_text

IMAGE = QTextDocument.ResourceType.ImageResource.value
# The smallest GIF: one transparent pixel. Qt reads GIFs; the view does not show them.
GIF = bytes.fromhex(
    "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"
)
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'


def _saved(kind: str) -> bytes:
    """A 4-pixel picture saved by Qt in one format, as bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5f66"))
    assert image.save(buffer, kind)
    return bytes(data.data())


PICTURES = {
    "calm.png": lambda: _saved("PNG"),
    "calm.JPG": lambda: _saved("JPG"),
    "calm.svg": lambda: SVG,
    "calm.gif": lambda: GIF,
    "calm.bmp": lambda: _saved("BMP"),
    "saved-as-text.png": lambda: b"<html>This page could not be found</html>",
    "empty.png": lambda: b"",
    "jpeg-named.png": lambda: _saved("JPG"),
}


@pytest.mark.parametrize("name", sorted(PICTURES))
def test_the_checker_passes_a_picture_only_if_the_view_shows_it(
    qtbot: QtBot, tmp_path: Path, name: str
) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / name).write_bytes(PICTURES[name]())
    body = CLEAN_BODY + f"\n![A calm lake]({name})\n"
    (pack / "article.md").write_text(article_text(body), encoding="utf-8")
    found = [f for f in check_paths([pack]) if f.rule == "M4"]
    view = ArticleBody(lambda url: None)
    qtbot.addWidget(view)
    view.set_article_html("<p>Text</p>", "", pack)
    shown = view.loadResource(IMAGE, QUrl(name)) is not None
    assert (found == []) == shown, (name, found)
    if found:
        assert name in found[0].message
