"""The app's loader and `lantern check-content` agree on which files are articles that load."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.content_files import MAX_ARTICLE_BYTES, is_article_name
from reader.lint import check_content
from reader.packs import load_library
from tests.lint.helpers import CLEAN_BODY, article_text

Setup = Callable[[Path], None]


def _write(folder: Path, name: str, data: str | bytes) -> None:
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)


def _good(folder: Path) -> None:
    _write(folder, "calm-article.md", article_text())


def _shadowing_draft(folder: Path) -> None:
    _good(folder)  # an old draft saved with a leading dot must not replace the real one
    _write(folder, ".calm-article.md", article_text(title="An old draft"))


def _upper_case_name(folder: Path) -> None:
    _write(folder, "CAPS.MD", article_text(id="caps-article"))


def _byte_order_mark(folder: Path) -> None:
    _write(folder, "bom.md", b"\xef\xbb\xbf" + article_text(id="bom-article").encode("utf-8"))


def _empty_title(folder: Path) -> None:
    _write(folder, "blank.md", article_text(id="blank-title", title="  "))


def _too_big(folder: Path) -> None:
    padding = "\n\nTake a slow breath in and out." * (MAX_ARTICLE_BYTES // 30)
    _write(folder, "huge.md", article_text(CLEAN_BODY + padding, id="huge-article"))


def _pipe(folder: Path) -> None:
    os.mkfifo(folder / "pipe.md")  # opening it to read would wait forever


def _folder_named_like_an_article(folder: Path) -> None:
    (folder / "folder.md").mkdir()


CASES: list[tuple[Setup, set[str]]] = [
    (_good, {"calm-article"}),
    (_shadowing_draft, {"calm-article"}),
    (_upper_case_name, {"caps-article"}),
    (_byte_order_mark, {"bom-article"}),
    (_empty_title, set()),
    (_too_big, set()),
    (_folder_named_like_an_article, set()),
]
if hasattr(os, "mkfifo"):
    CASES.append((_pipe, set()))


def _checked_ok(folder: Path) -> set[str]:
    """Ids of the articles check-content finds no error in."""
    result = check_content([folder], taken_ids={})
    failed = {f.path for f in result.findings if f.is_error}
    library = load_library([folder])
    return {i for i, a in library.articles.items() if str(a.path) not in failed}


@pytest.mark.parametrize(("setup", "expected"), CASES, ids=lambda c: getattr(c, "__name__", ""))
def test_loader_and_checker_agree(tmp_path: Path, setup: Setup, expected: set[str]) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    setup(folder)
    library = load_library([folder])
    assert set(library.articles) == expected
    assert _checked_ok(folder) == expected
    result = check_content([folder], taken_ids={})
    refused = {str(p.path) for p in library.problems if p.severity == "error"}
    checker_refused = {f.path for f in result.findings if f.is_error}
    assert refused == checker_refused  # each says why about the same files


def test_both_give_the_same_reason_for_a_refused_file(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    _too_big(folder)
    [problem] = load_library([folder]).problems
    [finding] = check_content([folder], taken_ids={}).findings
    assert problem.message == f"{finding.message}; article skipped"
    assert (problem.line, finding.rule) == (finding.line, "F1")


@pytest.mark.parametrize("odd", ["\u2028", "\u0085"])
def test_odd_line_breaks_in_front_matter_do_not_move_body_findings(
    tmp_path: Path, odd: str
) -> None:
    """Line numbers count "\\n" only, so a finding in the body stays on its own line."""
    body = CLEAN_BODY + "\nSome people committed suicide.\n"
    plain, shifted = tmp_path / "plain", tmp_path / "odd"
    for folder, title in ((plain, "A title"), (shifted, f"A{odd}title")):
        folder.mkdir()
        _write(folder, "a.md", article_text(body, title=title))
    lines = [
        [f.line for f in check_content([folder], taken_ids={}).findings if f.rule == "L1"]
        for folder in (plain, shifted)
    ]
    text = article_text(body)
    assert lines[0] == lines[1] == [text[: text.index("committed")].count("\n") + 1]


@pytest.mark.parametrize(
    ("name", "is_article"),
    [("a.md", True), ("A.MD", True), ("a.Md", True), (".a.md", False), ("a.md~", False)],
)
def test_one_rule_for_article_names(name: str, is_article: bool) -> None:
    assert is_article_name(name) is is_article
