"""A clinic's own articles are checked when they load; one with errors is not shown."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reader.articles import Library
from reader.problems import Problem


def _inside(path: Path | None, folders: Sequence[Path]) -> bool:
    if path is None:
        return False
    resolved = path.resolve()
    return any(folder.resolve() in resolved.parents for folder in folders)


def refuse_unsafe(library: Library, folders: Sequence[Path]) -> list[str]:
    """Run the content checker over articles from these folders; drop any with errors."""
    from reader.lint.article import check_article

    known = set(library.articles)
    refused = []
    for article in list(library.articles.values()):
        if not _inside(article.path, folders):
            continue
        errors = [f for f in check_article(article, known_ids=known) if f.is_error]
        if errors:
            refused.append(article.id)
            first = errors[0]
            message = (
                f"not shown: {len(errors)} content error(s), first: {first.rule} {first.message}"
            )
            library.problems.append(Problem(first.path, first.line, message, first.column))
    library.hide(refused)
    return refused
