"""Everything Lantern ships loads cleanly: articles, collections, crisis contacts, lint."""

from __future__ import annotations

import tomllib

import pytest

from reader import paths
from reader.articles import Library
from reader.contacts import ANYWHERE, load_all
from reader.lint import check_content, has_errors
from reader.packs import MANIFEST, load_library
from reader.render import render_markdown
from reader.search import SearchIndex

REGIONS = {"US", "CA", "GB", "IE", "AU", "NZ"}


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([paths.content_dir()])


def test_content_folder_is_found() -> None:
    folder = paths.content_dir()
    assert folder.is_dir()
    assert (folder / MANIFEST).is_file()
    assert paths.contacts_dir().is_dir()


def test_every_article_loads_without_problems(library: Library) -> None:
    assert [str(p) for p in library.problems] == []
    files = sorted(paths.content_dir().glob("*.md"))
    assert len(files) >= 3
    assert sorted(a.path for a in library.articles.values() if a.path) == files


def test_article_ids_match_their_file_names(library: Library) -> None:
    mismatched = [a.id for a in library.articles.values() if a.path and a.path.stem != a.id]
    assert mismatched == []


def test_collections_resolve_and_cover_every_article(library: Library) -> None:
    assert library.collections, "pack.toml should group the articles into collections"
    listed = [i for c in library.collections for i in c.article_ids]
    assert [i for i in listed if i not in library.articles] == []
    assert set(listed) == set(library.articles)
    assert all(c.title and c.article_ids for c in library.collections)


def test_start_here_ids_resolve(library: Library) -> None:
    manifest = tomllib.loads((paths.content_dir() / MANIFEST).read_text(encoding="utf-8"))
    start_here = manifest.get("pack", {}).get("start_here", [])
    assert [i for i in start_here if i not in library.articles] == []


def test_related_links_and_prompts(library: Library) -> None:
    for article in library.articles.values():
        assert all(r in library.articles and r != article.id for r in article.related), article.id
        assert article.prompts, f"{article.id} has no reflective prompts"


def test_every_article_renders_with_headings(library: Library) -> None:
    for article in library.articles.values():
        rendered = render_markdown(article.body)
        assert rendered.headings, f"{article.id} has no headings for its contents list"
        assert "<script" not in rendered.html.lower()
        assert article.reading_minutes >= 1


def test_every_article_is_found_by_its_own_title(library: Library) -> None:
    index = SearchIndex(library.articles.values())
    try:
        for article in library.articles.values():
            hits = [hit.article_id for hit in index.search(article.title)]
            assert article.id in hits[:3], article.id
    finally:
        index.close()


def test_every_contacts_file_loads_without_problems() -> None:
    regions, problems = load_all(paths.contacts_dir())
    assert [str(p) for p in problems] == []
    assert REGIONS | {ANYWHERE} <= set(regions)
    files = {p.stem for p in paths.contacts_dir().glob("*.toml")}
    assert files == set(regions)
    for code in REGIONS:
        assert regions[code].services, code
        assert regions[code].emergency, code
        assert all(service.source for service in regions[code].services), code


def test_content_checker_reports_no_errors() -> None:
    result = check_content([paths.content_dir()])
    assert result.files_checked >= 4  # the articles and pack.toml were really read
    errors = [str(f) for f in result.findings if f.is_error]
    assert errors == [], "\n".join(errors)
    assert not has_errors(result.findings)
