"""Load content packs (a folder of articles plus pack.toml) into a Library."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from reader import simple_toml
from reader.articles import Article, ArticleError, Collection, Library, read_article
from reader.problems import Problem

MANIFEST = "pack.toml"


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file; the plain form manifests use is read without tomllib (a big pack's is big)."""
    text = path.read_text(encoding="utf-8")
    simple = simple_toml.loads(text)
    if simple is not None:
        return simple[0]
    import tomllib  # only for a manifest in another form, or a broken one

    return tomllib.loads(text)


def _read_manifest(folder: Path, problems: list[Problem]) -> list[Collection]:
    path = folder / MANIFEST
    if not path.is_file():
        return []
    try:
        data = read_toml(path)
    except (ValueError, OSError) as error:  # TOML and UTF-8 errors are ValueErrors
        problems.append(Problem(path, 1, f"the pack manifest cannot be read: {error}"))
        return []
    collections = []
    for index, entry in enumerate(data.get("collections", []), start=1):
        try:
            collections.append(
                Collection(
                    id=str(entry["id"]),
                    title=str(entry["title"]),
                    description=str(entry.get("description", "")),
                    article_ids=tuple(str(i) for i in entry["articles"]),
                    manifest=path,
                )
            )
        except (KeyError, TypeError) as error:
            problems.append(Problem(path, 1, f"collection {index} is missing {error}; skipped"))
    return collections


def _load_articles(folder: Path, library: Library) -> None:
    # Sorted by name as Path would sort them (without the cost of comparing 2,000 Paths).
    for path in sorted(folder.glob("*.md"), key=lambda p: os.path.normcase(p.name)):
        try:
            article = read_article(path)
        except ArticleError as error:
            library.problems.append(Problem(path, error.line, f"{error}; article skipped"))
            continue
        except OSError as error:
            library.problems.append(Problem(path, 1, f"cannot be read ({error.strerror}); skipped"))
            continue
        if article.id in library.articles:
            first = library.articles[article.id].path
            message = f"the id '{article.id}' is already used by {first}; article skipped"
            library.problems.append(Problem(path, article.key_lines.get("id", 1), message))
            continue
        library.articles[article.id] = article


def _check_links(library: Library) -> None:
    for article in library.articles.values():
        for related in article.related:
            if related not in library.articles:
                message = f"'related' names '{related}', which is not an article here; link dropped"
                line = article.key_lines.get("related", 1)
                library.problems.append(Problem(article.path or article.id, line, message))


def _drop_broken_links(article: Article, known: set[str]) -> Article:
    if all(r in known for r in article.related):
        return article  # the usual case, and a copy costs time in a large pack
    return replace(article, related=tuple(r for r in article.related if r in known))


def load_library(folders: Iterable[Path]) -> Library:
    """Load every pack folder; broken files become problems and the rest still loads."""
    library = Library()
    for folder in folders:
        if not folder.is_dir():
            library.problems.append(Problem(folder, 1, "the content folder does not exist"))
            continue
        library.collections.extend(_read_manifest(folder, library.problems))
        _load_articles(folder, library)
    _check_links(library)
    known = set(library.articles)
    library.articles = {i: _drop_broken_links(a, known) for i, a in library.articles.items()}
    for collection in library.collections:
        for missing in (i for i in collection.article_ids if i not in known):
            message = f"collection '{collection.id}' lists '{missing}', which did not load"
            where = collection.manifest or collection.id
            library.problems.append(Problem(where, 1, message, severity="warning"))
    return library
