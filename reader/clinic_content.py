"""A clinic's own articles are checked when they load; one with errors is not shown."""

from __future__ import annotations

import os
import stat
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.articles import Library
from reader.config.checks import printable
from reader.content_files import os_error_text
from reader.problems import Problem

if TYPE_CHECKING:
    from reader.config import Config

FOLDERS = "content.extra_folders"


def setting_line(config: Config, name: str) -> tuple[str, int]:
    """(file, line) where a setting was written, so a problem points at it; line 0 if unknown."""
    from reader.config.loader import setting_line as line_in_file

    origin = config.origins.get(name, "configuration")
    # The origin is a file's path, or words such as "built-in default" (no such file: 0).
    return origin, line_in_file(Path(origin), name)


def _shown(entry: str) -> str:
    """The entry as written, quoted, escaped as check-config escapes, and a huge one shortened."""
    text = printable(entry)
    return f'"{text[:60]}…{text[-20:]}"' if len(text) > 90 else f'"{text}"'


def _why_unusable(entry: str) -> tuple[Path | None, str]:
    """The folder an extra_folders entry names, or why it cannot be loaded."""
    if not entry.strip():
        return None, "is empty"
    try:
        folder = Path(entry).expanduser()
    except RuntimeError:  # "~name" for a user who does not exist, or no home folder at all
        return None, "is not a valid path: its ~ names no home folder on this computer"
    try:
        if not stat.S_ISDIR(os.stat(folder).st_mode):
            return None, "is not a folder"
        if not os.access(folder, os.R_OK | os.X_OK):
            return None, "cannot be read: permission denied"
    except ValueError:  # a NUL character
        return None, "is not a valid path: it contains a NUL character"
    except OSError as error:
        return None, os_error_text(error)
    return folder, ""


def extra_folders(config: Config) -> tuple[list[Path], list[Problem]]:
    """The usable extra content folders, and a problem naming each entry that is not."""
    from reader.config.model import ConfigProblem

    folders: list[Path] = []
    problems: list[Problem] = []
    for entry in config.content.extra_folders:
        folder, why = _why_unusable(entry)
        if folder is not None:
            folders.append(folder)
            continue
        where, line = setting_line(config, FOLDERS)
        message = f"{FOLDERS}: {_shown(entry)} {why}; its articles are not shown"
        problems.append(ConfigProblem(where, line, message, key=FOLDERS))
    return folders, problems


def unknown_ids(config: Config, loaded: Collection[str], shown: Collection[str]) -> list[Problem]:
    """Warnings for content.hidden ids not ``loaded``, and content.start_here ids not ``shown``."""
    from reader.config.model import ConfigProblem

    found: list[tuple[str, str]] = []
    for article_id in dict.fromkeys(config.content.hidden):
        if article_id not in loaded:
            found.append(("content.hidden", f"no article has the id '{article_id}'"))
    for article_id in dict.fromkeys(config.content.start_here):
        if article_id in config.content.hidden:
            found.append(("content.start_here", f"'{article_id}' is hidden (content.hidden)"))
        elif article_id not in shown:
            found.append(("content.start_here", f"no article has the id '{article_id}'"))
    problems: list[Problem] = []
    for name, what in found:
        where, line = setting_line(config, name)
        message = f"{name}: {what}; left out"
        problems.append(ConfigProblem(where, line, message, severity="warning", key=name))
    return problems


def _inside(path: Path | None, folders: set[Path]) -> bool:
    # Articles are read from directly inside a folder as given, so no resolving is needed
    # (and none can fail on an odd path).
    return path is not None and path.parent in folders


def refuse_unsafe(library: Library, folders: Sequence[Path]) -> list[str]:
    """Run the content checker over articles from these folders; drop any with errors."""
    from reader.lint.article import check_article

    known = set(library.articles)
    given = set(folders)
    refused = []
    for article in list(library.articles.values()):
        if not _inside(article.path, given):
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
