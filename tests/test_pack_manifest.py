"""Pack manifests: collections load in order; a broken one is reported, the articles still load."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.articles import Collection
from reader.packs import MANIFEST, load_library
from tests.pack_tools import MANIFEST_TEXT, WriteArticle, line_of, make_pack

WRONG_SHAPE = "collections must be a list of [[collections]] tables; collections skipped"


@pytest.fixture
def pack(tmp_path: Path, write_article: WriteArticle) -> Path:
    """A valid pack of three articles and a manifest."""
    return make_pack(tmp_path, write_article)


def test_collections_come_from_the_manifest(pack: Path) -> None:
    library = load_library([pack])
    assert library.collections == [
        Collection("first", "First things", "Start here.", ("b-article", "a-article")),
        Collection("second", "Second things", "", ("c-article",)),
    ]
    assert [a.id for a in library.in_order()] == ["b-article", "a-article", "c-article"]


def test_pack_without_manifest_has_no_collections(write_article: WriteArticle) -> None:
    folder = write_article("only-one").parent
    library = load_library([folder])
    assert library.collections == []
    assert list(library.articles) == ["only-one"]
    assert library.problems == []


def test_collection_naming_a_missing_article_is_a_warning(pack: Path) -> None:
    (pack / "c-article.md").unlink()
    library = load_library([pack])
    [problem] = library.problems
    assert problem.severity == "warning"
    assert "collection 'second' lists 'c-article'" in problem.message
    # The collection stays; the home screen only shows articles that exist.
    assert [a.id for a in library.in_order()] == ["b-article", "a-article"]


def test_a_missing_article_is_reported_where_its_collection_lists_it(pack: Path) -> None:
    manifest = pack / MANIFEST
    # Listed in both collections, and in single quotes in the second.
    text = MANIFEST_TEXT.replace('articles = ["c-article"]', "articles = [\n  'a-article',\n]")
    manifest.write_text(text, encoding="utf-8")
    (pack / "a-article.md").unlink()
    problems = [p for p in load_library([pack]).problems if "which did not load" in p.message]
    assert [(p.path, p.line) for p in problems] == [
        (manifest, line_of(manifest, 'articles = ["b-article"')),
        (manifest, line_of(manifest, "  'a-article'")),
    ]


def test_broken_manifest_is_reported_and_articles_still_load(pack: Path) -> None:
    manifest = pack / MANIFEST
    manifest.write_text("[[collections]\nid = 1\n", encoding="utf-8")
    library = load_library([pack])
    [problem] = library.problems
    assert problem.path == manifest
    assert "pack manifest cannot be read" in problem.message
    assert library.collections == []
    assert len(library.articles) == 3


def test_collection_missing_a_key_is_skipped(pack: Path) -> None:
    manifest = pack / MANIFEST
    bad = '\n[[collections]]\nid = "third"\ntitle = "No articles key"\n'
    manifest.write_text(MANIFEST_TEXT + bad, encoding="utf-8")
    library = load_library([pack])
    [problem] = library.problems
    assert problem.path == manifest
    assert "collection 3 is missing 'articles'; skipped" in problem.message
    assert [c.id for c in library.collections] == ["first", "second"]


def test_hide_after_loading(pack: Path) -> None:
    library = load_library([pack])
    library.hide(["b-article"])
    assert set(library.articles) == {"a-article", "c-article"}
    assert library.collections[0].article_ids == ("a-article",)
    assert library.articles["a-article"].related == ()
    assert library.articles["c-article"].related == ("a-article",)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('# A pack\n\n\ncollections = 5\n[pack]\ntitle = "x"\n', 4, WRONG_SHAPE),
        ('collections = "abc"\n', 1, WRONG_SHAPE),
        (
            '# note\n[collections]\nid = "c"\ntitle = "T"\narticles = ["a-article"]\n',
            2,
            WRONG_SHAPE,
        ),
        ('pack = "x"\ncollections = [1, "a"]\n', 2, WRONG_SHAPE),
        (
            '[pack]\ntitle = "x"\n\n[[collections]]\nid = "c"\ntitle = "T"\n'
            'articles = "a-article"\n',
            4,
            'collection 1: articles should be a list of ids, like ["an-id"]; skipped',
        ),
        (
            '[[collections]]\nid = "c"\ntitle = "T"\narticles = ["a-article"]\n\n'
            '[[collections]]\nid = 5\ntitle = "T"\narticles = ["b-article"]\n',
            6,
            "collection 2: 'id' should be text in quotes; skipped",
        ),
        ('[[collections]]\nid = "c"\ntitle = "T"\narticles = [3]\n', 1, "articles should be"),
        ('[pack]\ntitle = "x"\n[[collections]]\narticles = ["a-article"\n', 4, "cannot be read"),
    ],
)
def test_manifest_values_of_the_wrong_type_are_reported_at_their_line(
    pack: Path, text: str, line: int, message: str
) -> None:
    """Wrong types in pack.toml never raise; the problem names the line to fix."""
    manifest = pack / MANIFEST
    manifest.write_text(text, encoding="utf-8")
    library = load_library([pack])
    assert [(p.path, p.line) for p in library.problems] == [(manifest, line)]
    assert message in library.problems[0].message
    assert len(library.articles) == 3
    assert all(isinstance(i, str) for c in library.collections for i in c.article_ids)


def test_one_good_collection_survives_a_broken_one(pack: Path) -> None:
    text = '[[collections]]\nid = "c"\ntitle = "T"\narticles = 5\n'
    text += '[[collections]]\nid = "d"\ntitle = "D"\narticles = ["a-article"]\n'
    (pack / MANIFEST).write_text(text, encoding="utf-8")
    library = load_library([pack])
    assert [c.id for c in library.collections] == ["d"]
    assert [p.line for p in library.problems] == [1]


def test_manifest_nested_too_deeply_is_reported_and_articles_still_load(pack: Path) -> None:
    manifest = pack / MANIFEST
    manifest.write_text(MANIFEST_TEXT + "x = " + "[" * 1000 + "]" * 1000 + "\n", encoding="utf-8")
    library = load_library([pack])
    [problem] = library.problems
    assert (problem.path, problem.line) == (manifest, line_of(manifest, "x ="))
    assert problem.message == "the pack manifest cannot be read: it is nested too deeply"
    assert len(library.articles) == 3
