"""Articles saved with Windows line ends (CRLF, as Notepad writes them) read as with LF."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.articles import read_article
from reader.content_files import decode
from reader.lint import check_article, check_paths
from tests.lint.helpers import article_text

# "relief" is flagged only in a paragraph that talks of self-harm; here the two are apart.
BODY = """If this feels like a lot, [Get help now](lantern:help) is one step away.

## When urges to self-harm come

Urges to self-harm can pass. Help is available, and you can ask for it.

## A calm start

A warm drink and a slow breath can bring some relief. It is okay to rest.
"""


def _write(folder: Path, line_end: str) -> Path:
    path = folder / "calm-article.md"
    path.write_bytes(article_text(BODY).replace("\n", line_end).encode("utf-8"))
    return path


def _findings(path: Path) -> list[tuple[str, int, int, str]]:
    return [(f.rule, f.line, f.column, f.message) for f in check_paths([path])]


@pytest.mark.parametrize("line_end", ["\r\n", "\n"])
def test_a_word_is_checked_against_its_own_paragraph_whatever_the_line_ends(
    tmp_path: Path, line_end: str
) -> None:
    """The check at start-up: a clinic's article saved by Notepad was not shown, because
    every paragraph ran into one and 'relief' was read beside 'self-harm'."""
    article = read_article(_write(tmp_path, line_end))
    assert [(f.rule, f.message) for f in check_article(article, known_ids=())] == []


def test_check_content_says_the_same_of_either_line_ends(tmp_path: Path) -> None:
    (tmp_path / "windows").mkdir()
    (tmp_path / "unix").mkdir()
    windows = _findings(_write(tmp_path / "windows", "\r\n"))
    assert windows == _findings(_write(tmp_path / "unix", "\n"))


def test_windows_line_ends_become_plain_ones_and_a_lone_return_stays() -> None:
    """A lone carriage return is no line end (the checker says so): it stays, to be found."""
    assert decode(b"+++\r\nid = 1\r\n+++\r\nText\r\n") == "+++\nid = 1\n+++\nText\n"
    assert decode(b"a\rb\r\n") == "a\rb\n"
