"""Loading content packs: broken files are reported by name and line, the rest still loads."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from reader.content_files import MAX_ARTICLE_BYTES
from reader.packs import MANIFEST, load_library, reads_right_to_left
from tests.pack_tools import WriteArticle, line_of, make_pack


@pytest.fixture
def pack(tmp_path: Path, write_article: WriteArticle) -> Path:
    """A valid pack of three articles and a manifest."""
    return make_pack(tmp_path, write_article)


def test_valid_pack_loads_without_problems(pack: Path) -> None:
    library = load_library([pack])
    assert library.problems == []
    assert set(library.articles) == {"a-article", "b-article", "c-article"}
    assert library.articles["c-article"].related == ("a-article", "b-article")
    assert library.articles["a-article"].path == pack / "a-article.md"


def test_files_that_are_not_markdown_are_ignored(pack: Path) -> None:
    (pack / "notes.txt").write_text("not an article", encoding="utf-8")
    (pack / "picture.png").write_bytes(b"\x89PNG")
    library = load_library([pack])
    assert library.problems == []
    assert len(library.articles) == 3


def test_broken_file_is_reported_and_the_rest_loads(pack: Path) -> None:
    broken = pack / "broken.md"
    broken.write_text('+++\nid = "broken"\ntitle = oops\n+++\nBody\n', encoding="utf-8")
    library = load_library([pack])
    assert set(library.articles) == {"a-article", "b-article", "c-article"}
    [problem] = library.problems
    assert problem.path == broken
    assert problem.line == 3
    assert "not valid TOML" in problem.message
    assert problem.message.endswith("article skipped")
    assert str(problem).startswith(f"{broken}:3: error: ")


def test_missing_key_is_reported_with_the_file(pack: Path) -> None:
    text = (pack / "a-article.md").read_text(encoding="utf-8")
    text = text.replace('id = "a-article"', 'id = "no-summary"')
    broken = pack / "no-summary.md"
    broken.write_text(text.replace('summary = "A short summary."\n', ""), encoding="utf-8")
    library = load_library([pack])
    [problem] = library.problems
    assert problem.path == broken
    assert "missing the required key 'summary'" in problem.message
    assert "no-summary" not in library.articles


def test_not_utf8_file_is_reported_with_its_line(pack: Path) -> None:
    broken = pack / "latin.md"
    text = (pack / "a-article.md").read_text(encoding="utf-8").replace("a-article", "latin")
    broken.write_bytes(text.replace("Some calm words.", "Caf\u00e9").encode("latin-1"))
    library = load_library([pack])
    [problem] = library.problems
    assert problem.path == broken
    assert "UTF-8" in problem.message
    assert problem.line == line_of(pack / "a-article.md", "Some calm words.")
    assert len(library.articles) == 3


def test_unreadable_entry_is_reported_not_raised(pack: Path) -> None:
    (pack / "folder.md").mkdir()  # a directory named like an article cannot be read
    library = load_library([pack])
    [problem] = library.problems
    assert problem.path == pack / "folder.md"
    assert problem.message == "this is a folder, not a file; article skipped"
    assert len(library.articles) == 3


def test_duplicate_id_keeps_the_first_and_names_both_files(pack: Path) -> None:
    duplicate = pack / "z-copy.md"
    original = pack / "b-article.md"
    duplicate.write_text(original.read_text(encoding="utf-8"), encoding="utf-8")
    library = load_library([pack])
    [problem] = library.problems
    assert problem.path == duplicate
    assert problem.line == line_of(duplicate, "id =")
    assert "'b-article' is already used by" in problem.message
    assert str(original) in problem.message
    assert library.articles["b-article"].path == original


def test_duplicate_id_across_packs_keeps_the_first_pack(
    pack: Path, tmp_path: Path, write_article: WriteArticle
) -> None:
    clinic = tmp_path / "clinic"
    write_article("a-article", title="Clinic copy", folder=clinic)
    write_article("clinic-only", folder=clinic)
    library = load_library([pack, clinic])
    assert library.articles["a-article"].title == "Alpha"
    assert "clinic-only" in library.articles
    assert [p.path for p in library.problems] == [clinic / "a-article.md"]


def test_unknown_related_id_is_reported_and_dropped(
    pack: Path, write_article: WriteArticle
) -> None:
    path = write_article("d-article", related=("a-article", "no-such-article"), folder=pack)
    library = load_library([pack])
    [problem] = library.problems
    assert problem.path == path
    assert problem.line == line_of(path, "related =")
    assert "'no-such-article'" in problem.message
    assert "link dropped" in problem.message
    assert library.articles["d-article"].related == ("a-article",)


def test_related_to_a_broken_article_is_dropped(pack: Path) -> None:
    (pack / "b-article.md").write_text("not an article\n", encoding="utf-8")
    library = load_library([pack])
    messages = [p.message for p in library.problems]
    assert any("must start with a '+++' line" in m for m in messages)
    assert any("'b-article'" in m and "link dropped" in m for m in messages)
    assert library.articles["a-article"].related == ()
    assert library.articles["c-article"].related == ("a-article",)


def test_missing_folder_is_reported(tmp_path: Path, pack: Path) -> None:
    missing = tmp_path / "nowhere"
    library = load_library([missing, pack])
    [problem] = library.problems
    assert problem.path == missing
    assert "does not exist" in problem.message
    assert len(library.articles) == 3


def test_hidden_files_are_never_articles_and_md_is_read_in_any_case(pack: Path) -> None:
    """An old draft saved as '.a-article.md' must not shadow the real one; 'X.MD' loads."""
    draft = (pack / "a-article.md").read_text(encoding="utf-8").replace("Alpha", "Old draft")
    (pack / ".a-article.md").write_text(draft, encoding="utf-8")
    caps = (pack / "b-article.md").read_text(encoding="utf-8").replace("b-article", "caps")
    (pack / "CAPS.MD").write_text(caps, encoding="utf-8")
    library = load_library([pack])
    assert library.problems == []
    assert library.articles["a-article"].title == "Alpha"
    assert library.articles["caps"].path == pack / "CAPS.MD"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_pipe_named_like_an_article_is_skipped_without_waiting(pack: Path) -> None:
    os.mkfifo(pack / "pipe.md")  # opening it for reading would wait for a writer forever
    library = load_library([pack])
    assert [(p.path, p.message) for p in library.problems] == [
        (pack / "pipe.md", "this is a pipe (FIFO), not a file; article skipped")
    ]
    assert len(library.articles) == 3


def test_an_article_over_the_size_limit_is_refused(pack: Path) -> None:
    text = (pack / "a-article.md").read_text(encoding="utf-8").replace("a-article", "huge")
    huge = pack / "huge.md"
    huge.write_text(text + "Calm words. " * (MAX_ARTICLE_BYTES // 10), encoding="utf-8")
    library = load_library([pack])
    [problem] = library.problems
    assert problem.path == huge
    assert "the file is too big" in problem.message
    assert f"the limit is {MAX_ARTICLE_BYTES:,}" in problem.message
    assert "huge" not in library.articles


def test_unreadable_folder_and_manifest_are_reported(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission errors (simulated: root ignores permissions) become problems, not tracebacks."""
    real_open, real_scandir = os.open, os.scandir
    manifest = pack / MANIFEST

    def open_refusing(path: Any, *args: Any, **kwargs: Any) -> int:
        if Path(path) == manifest:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_refusing)
    library = load_library([pack])
    assert [(p.path, p.message) for p in library.problems] == [
        (manifest, "the pack manifest cannot be read: permission denied")
    ]
    assert len(library.articles) == 3

    def scandir_refusing(path: Any = ".") -> Any:
        if Path(path) == pack:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir_refusing)
    library = load_library([pack])
    assert [(p.path, p.message) for p in library.problems][-1] == (
        pack,
        "the content folder cannot be read: permission denied",
    )
    assert library.articles == {}


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("x" * 300, "the content folder is not a valid path: the name is too long"),
        ("a\x00b", "the content folder is not a valid path"),
        ("a-article.md", "the content folder is a file, not a folder"),
        ("nowhere", "the content folder does not exist"),
    ],
)
def test_odd_folder_paths_are_reported_not_raised(pack: Path, name: str, message: str) -> None:
    folder = pack / name
    library = load_library([folder, pack])
    assert [(p.path, p.message) for p in library.problems] == [(folder, message)]
    assert len(library.articles) == 3


def test_a_folder_with_no_articles_is_a_warning(tmp_path: Path) -> None:
    """A folder of language packs (content/) loads nothing: only files directly inside count."""
    (tmp_path / "en").mkdir()
    library = load_library([tmp_path])
    [problem] = library.problems
    assert problem.severity == "warning"
    assert "no articles" in problem.message


def test_article_nested_too_deeply_is_skipped_and_the_rest_load(pack: Path) -> None:
    path = pack / "deep.md"
    path.write_text(
        '+++\nid = "deep"\nx = ' + "[" * 1000 + "]" * 1000 + "\n+++\nBody.\n", encoding="utf-8"
    )
    library = load_library([pack])
    [problem] = library.problems
    assert (problem.path, problem.line) == (path, 3)
    assert "nested too deeply; article skipped" in problem.message
    assert set(library.articles) == {"a-article", "b-article", "c-article"}


@pytest.mark.parametrize("language", ["ar", "ar-EG", "he_IL", "ara", "Arabic", "Hebrew", "urdu"])
def test_a_right_to_left_language_is_known_however_it_is_written(language: str) -> None:
    # "Arabic" and "ara" were read left to right, though "English" and "eng" count as English.
    assert reads_right_to_left(language)


@pytest.mark.parametrize("language", ["", "en", "English", "fr-CA", "arm", "zh"])
def test_other_languages_read_left_to_right(language: str) -> None:
    assert not reads_right_to_left(language)
