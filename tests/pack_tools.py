"""A small valid content pack shared by the pack-loading test files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.packs import MANIFEST

WriteArticle = Callable[..., Path]

MANIFEST_TEXT = """
[pack]
title = "Test pack"

[[collections]]
id = "first"
title = "First things"
description = "Start here."
articles = ["b-article", "a-article"]

[[collections]]
id = "second"
title = "Second things"
articles = ["c-article"]
"""


def line_of(path: Path, start: str) -> int:
    """The number of the first line of path that starts with start."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith(start))


def make_pack(tmp_path: Path, write_article: WriteArticle) -> Path:
    """A valid pack of three articles and a manifest (a fixture's body)."""
    folder = tmp_path / "pack"
    write_article("a-article", title="Alpha", related=("b-article",))
    write_article("b-article", title="Bravo")
    write_article("c-article", title="Charlie", related=("a-article", "b-article"))
    (folder / MANIFEST).write_text(MANIFEST_TEXT, encoding="utf-8")
    return folder
