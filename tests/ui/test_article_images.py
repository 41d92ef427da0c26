"""The article body reads only images from its own pack folder, never anything outside it."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.packs import load_library
from reader.ui.article_body import ArticleBody
from tests.ui.window_helpers import MakeWindow, open_article

IMAGE = QTextDocument.ResourceType.ImageResource.value


# --- article body: only images from the pack ---------------------------------------------


def write_png(path: Path, size: int = 4) -> Path:
    """A tiny real PNG."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5f66"))
    assert image.save(str(path))  # PNG, from the suffix
    return path


@pytest.fixture
def body(qtbot: QtBot, tmp_path: Path) -> ArticleBody:
    """An article body whose pack folder is tmp_path/pack, with an image inside and outside."""
    write_png(tmp_path / "pack" / "lake.png", size=6)
    write_png(tmp_path / "pack" / "images" / "tree.png", size=3)
    write_png(tmp_path / "secret.png")
    (tmp_path / "pack" / "notes.txt").write_text("not an image")
    widget = ArticleBody(lambda url: None)
    qtbot.addWidget(widget)
    widget.set_article_html("<p>Text</p>", "", tmp_path / "pack")
    return widget


@pytest.mark.parametrize(
    "name",
    [
        "file:///etc/hostname",
        "/etc/hostname",
        "\\etc\\hostname",
        "../secret.png",
        "images/../../secret.png",
        "http://example.org/lake.png",
        "https://example.org/lake.png",
        "file:lake.png",
        "notes.txt",
        "missing.png",
    ],
)
def test_load_resource_refuses_anything_outside_the_pack(body: ArticleBody, name: str) -> None:
    assert body.loadResource(IMAGE, QUrl(name)) is None


def test_load_resource_refuses_a_symlink_that_leaves_the_pack(
    body: ArticleBody, tmp_path: Path
) -> None:
    (tmp_path / "pack" / "link.png").symlink_to(tmp_path / "secret.png")
    assert body.loadResource(IMAGE, QUrl("link.png")) is None


def test_load_resource_refuses_non_image_kinds(body: ArticleBody) -> None:
    style = QTextDocument.ResourceType.StyleSheetResource.value
    assert body.loadResource(style, QUrl("lake.png")) is None


def test_load_resource_serves_a_png_from_the_pack(body: ArticleBody) -> None:
    image = body.loadResource(IMAGE, QUrl("lake.png"))
    assert isinstance(image, QImage)
    assert (image.width(), image.height()) == (6, 6)
    nested = body.loadResource(IMAGE, QUrl("images/tree.png"))
    assert isinstance(nested, QImage)
    assert nested.width() == 3


def test_without_a_pack_folder_nothing_loads(qtbot: QtBot) -> None:
    widget = ArticleBody(lambda url: None)
    qtbot.addWidget(widget)
    assert widget.loadResource(IMAGE, QUrl("lake.png")) is None


def test_article_shows_its_own_image_but_not_one_outside(
    make_window: MakeWindow, write_article: Callable[..., Path], tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "picture-pack"
    write_png(folder / "lake.png", size=5)
    write_png(tmp_path / "outside.png")
    body = "![A calm lake](lake.png)\n\n![Outside](../outside.png)"
    write_article("pictures", body=body, folder=folder)
    window = make_window(AppContext(library=load_library([folder])))
    view = open_article(window, qtbot, "pictures")
    document = view.body_view.document()
    inside = document.resource(IMAGE, QUrl("lake.png"))
    assert isinstance(inside, QImage)
    assert inside.width() == 5
    assert document.resource(IMAGE, QUrl("../outside.png")) is None


def _wide_picture_shown(
    make_window: MakeWindow,
    write_article: Callable[..., Path],
    tmp_path: Path,
    qtbot: QtBot,
    markdown: str,
) -> ArticleBody:
    """An article with a 1,500-pixel picture in this Markdown, open in a 700-pixel window;
    its text once no wider than the body (nothing cut off on the right)."""
    folder = tmp_path / "picture-pack"
    write_png(folder / "wide.png", size=1500)
    write_article("pictures", body=f"Before.\n\n{markdown}\n\nAfter.", folder=folder)
    window = make_window(AppContext(library=load_library([folder])))
    window.resize(700, 700)
    body = open_article(window, qtbot, "pictures").body_view
    qtbot.waitUntil(lambda: 0 < body.width() < 700)
    qtbot.waitUntil(lambda: body.document().size().width() <= body.contentsRect().width())
    return body


def test_a_picture_wider_than_the_column_is_scaled_to_fit(
    make_window: MakeWindow, write_article: Callable[..., Path], tmp_path: Path, qtbot: QtBot
) -> None:
    """A 640-pixel picture lost its right third in a narrow window or at 200% text."""
    body = _wide_picture_shown(
        make_window, write_article, tmp_path, qtbot, "![A calm lake](wide.png)"
    )
    assert body.document().size().height() < 1500  # and the picture is scaled, not cropped


def test_load_resource_refuses_links_that_loop_and_pipes(body: ArticleBody, tmp_path: Path) -> None:
    # Path.resolve() raises RuntimeError on a loop; reading a pipe would wait for a writer.
    (tmp_path / "pack" / "loop.png").symlink_to("loop.png")
    os.mkfifo(tmp_path / "pack" / "pipe.png")
    assert body.loadResource(IMAGE, QUrl("loop.png")) is None
    assert body.loadResource(IMAGE, QUrl("pipe.png")) is None


def test_a_picture_in_a_table_leaves_room_for_the_other_columns(
    make_window: MakeWindow, write_article: Callable[..., Path], tmp_path: Path, qtbot: QtBot
) -> None:
    """A picture in a table took the whole column's width, and the next column was off the
    right edge: 'Words' and 'Calm' could not be seen, nor scrolled to."""
    table = "| Picture | Words |\n|---|---|\n| ![A calm lake](wide.png) | Calm |"
    body = _wide_picture_shown(make_window, write_article, tmp_path, qtbot, table)
    # Its description is under it, as under a picture outside a table.
    assert "A calm lake" in body.toPlainText()
