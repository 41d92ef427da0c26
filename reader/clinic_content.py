"""A clinic's own articles are checked when they load; one with errors is not shown."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.articles import Article, ArticleError, Library, read_article
from reader.config.reading import in_quotes
from reader.content_files import article_paths, os_error_text, saved_as_txt, txt_hint
from reader.problems import Problem, printable

if TYPE_CHECKING:
    from reader.config import Config

FOLDERS = "content.extra_folders"
# The id an article's front matter gives, read even when the rest of it is broken.
_WRITTEN_ID = re.compile(r"""^[ \t]*id[ \t]*=[ \t]*["']([^"'\n]*)["']""", re.M)
# What "C:\temp" or "D:\new" become in TOML's double quotes: \t, \n, \f, \b and \r are escapes.
_ESCAPED = re.compile(r"[\t\n\f\b\r]")
_ESCAPE_HINT = (
    ": in double quotes a \\ starts an escape (\\t is a tab, \\n a new line), so write a Windows "
    "path in 'single quotes', or with / instead of \\"
)


def _shown(entry: str) -> str:
    """The entry as written, quoted, escaped as check-config escapes, and a huge one shortened."""
    text = printable(entry)
    return f'"{text[:60]}…{text[-20:]}"' if len(text) > 90 else f'"{text}"'


def _base_folder(config: Config) -> Path | None:
    """The folder of the file that set extra_folders: relative entries are read from there."""
    from reader.config.loader import COMMAND_LINE, DEFAULT_ORIGIN

    origin = config.origins.get(FOLDERS, DEFAULT_ORIGIN)
    # The same folder whatever the current one is: check-config run in the configuration's
    # folder and the app autostarted in $HOME must find the same articles.
    return (
        None if origin in (DEFAULT_ORIGIN, COMMAND_LINE) else Path(os.path.abspath(origin)).parent
    )


def _why_unusable(entry: str, base: Path | None) -> tuple[Path | None, str]:
    """The folder an extra_folders entry names (relative to base), or why it cannot be loaded."""
    if not entry.strip():
        return None, "is empty"
    try:
        folder = Path(entry).expanduser()
    except RuntimeError:  # "~name" for a user who does not exist, or no home folder at all
        return None, "is not a valid path: its ~ names no home folder on this computer"
    if base is not None and not folder.is_absolute():
        folder = base / folder
    try:
        if not stat.S_ISDIR(os.stat(folder).st_mode):
            return folder, "is not a folder"
        if not os.access(folder, os.R_OK | os.X_OK):
            return folder, "cannot be read: permission denied"
        if not article_paths(folder):  # nothing to show: say so here, at the setting's line
            misnamed = saved_as_txt(folder)
            hint = f"; {txt_hint(misnamed[0])}" if misnamed else ""
            return folder, "has no articles (*.md files directly inside it)" + hint
    except ValueError:  # a NUL character
        return None, "is not a valid path: it contains a NUL character"
    except OSError as error:
        if isinstance(error, FileNotFoundError) and _ESCAPED.search(entry):
            return folder, os_error_text(error) + _ESCAPE_HINT
        quoted = in_quotes(Path(entry))  # pasted from Explorer's "Copy as path"
        return folder, os_error_text(error) + (f": {quoted}" if quoted else "")
    return folder, ""


def extra_folders(config: Config) -> tuple[list[Path], list[Problem]]:
    """The usable extra content folders, and a problem naming each entry that is not."""
    from reader.config.loader import SettingPlaces
    from reader.config.model import ConfigProblem

    folders: list[Path] = []
    problems: list[Problem] = []
    base = _base_folder(config)
    places = SettingPlaces(config)
    for index, entry in enumerate(config.content.extra_folders):
        folder, why = _why_unusable(entry, base)
        if not why and folder is not None:
            folders.append(folder)
            continue
        where, line = places.of(FOLDERS, index)
        shown = _shown(entry)
        if folder is not None and str(folder) != entry:  # relative, or with a ~
            shown += f" ({_shown(str(folder))[1:-1]})"
        empty = why.startswith("has no articles")
        result = "nothing is shown from it" if empty else "its articles are not shown"
        message = f"{FOLDERS}: {shown} {why}; {result}"
        severity = "warning" if empty else "error"
        problems.append(ConfigProblem(where, line, message, key=FOLDERS, severity=severity))
    return folders, problems


def _written_id(path: Path) -> str | None:
    """The id a broken article file gives itself: its `id =` line, else its file name."""
    from reader import content_files

    try:
        text = content_files.read_text(path, content_files.MAX_ARTICLE_BYTES)
    except (OSError, ValueError):
        return None
    found = _WRITTEN_ID.search(text.partition("\n+++")[0])
    return found[1] if found else path.stem


class _FirstErrors:
    """Where a clinic article with a given id has its first error ("file:line"), or "".

    Only asked about ids that are not shown. The folders are listed and their articles read
    once, at the first question, however many ids are asked about. The checks are the ones
    the app made: loading, then refuse_unsafe's.
    """

    def __init__(self, config: Config, loaded: Collection[str]) -> None:
        self._config, self._loaded = config, loaded
        self._claims: dict[str, list[tuple[Path, Article | str]]] | None = None

    def __call__(self, article_id: str) -> str:
        if self._claims is None:
            self._claims = self._read_folders()
        claims = self._claims.get(article_id, [])
        if not claims:
            return ""
        # The file named after the id first, as a person would look for it.
        path, found = min(claims, key=lambda claim: claim[0].stem != article_id)
        if isinstance(found, str):
            return found
        from reader.lint.article import check_article
        from reader.packs import pack_language

        language = pack_language(path.parent)
        found_errors = check_article(found, known_ids=self._loaded, language=language)
        errors = [f for f in found_errors if f.is_error]
        return f"{path}:{errors[0].line}" if errors else ""

    def _read_folders(self) -> dict[str, list[tuple[Path, Article | str]]]:
        """Each id the clinic's files give, with the files: the article, or where it broke."""
        claims: dict[str, list[tuple[Path, Article | str]]] = {}
        folders, _ = extra_folders(self._config)
        for path in [path for folder in folders for path in article_paths(folder)]:
            try:
                article = read_article(path)
            except ArticleError as error:
                written = _written_id(path)
                if written is not None:
                    claims.setdefault(written, []).append((path, f"{path}:{error.line}"))
                continue
            except OSError:
                continue
            claims.setdefault(article.id, []).append((path, article))
        return claims


_Found = tuple[str, int, str, str]  # (setting, index of the id in its list, severity, what)


def _first_of_each(ids: Sequence[str]) -> list[tuple[int, str]]:
    """(index, id) for each id's first place in a list: an id given twice is reported once."""
    first: dict[str, int] = {}
    for index, article_id in enumerate(ids):
        first.setdefault(article_id, index)
    return [(index, article_id) for article_id, index in first.items()]


def _hidden_problems(
    config: Config, loaded: Collection[str], first_error: _FirstErrors
) -> list[_Found]:
    """What is wrong with content.hidden ids that hide nothing, or hide crisis help."""
    if not config.content.hidden:
        return []  # and the crisis words' patterns are not compiled before the first paint
    from reader.crisis_words import CRISIS_ARTICLE_ID

    found: list[_Found] = []
    for index, article_id in _first_of_each(config.content.hidden):
        if article_id == CRISIS_ARTICLE_ID and article_id in loaded:
            what = (
                f"'{article_id}' is hidden, so search's crisis help and the links to it from "
                "other articles will not offer it (Get help now still works)"
            )
            found.append(("content.hidden", index, "warning", what))
        elif article_id not in loaded and (first := first_error(article_id)):
            what = f"'{article_id}' has errors ({first}), so it is not shown anyway"
            found.append(("content.hidden", index, "warning", what))
        elif article_id not in loaded:
            # An error, not a warning: the article the clinic meant to hide is shown.
            what = f"no article has the id '{article_id}', so nothing is hidden for it"
            found.append(
                ("content.hidden", index, "error", what + _did_you_mean(article_id, loaded))
            )
    return found


def _did_you_mean(article_id: str, known: Collection[str]) -> str:
    import difflib  # only when an id is wrong

    close = difflib.get_close_matches(article_id, sorted(known), n=1, cutoff=0.75)
    return f"; did you mean '{close[0]}'?" if close else " (is it misspelt?)"


def unknown_ids(config: Config, loaded: Collection[str], shown: Collection[str]) -> list[Problem]:
    """Problems with content.hidden ids (not ``loaded``) and start_here ids (not ``shown``)."""
    from reader.config.loader import SettingPlaces
    from reader.config.model import ConfigProblem

    first_error = _FirstErrors(config, loaded)
    found = _hidden_problems(config, loaded, first_error)
    for index, article_id in _first_of_each(config.content.start_here):
        if article_id in config.content.hidden:
            what = f"'{article_id}' is hidden (content.hidden); left out"
            found.append(("content.start_here", index, "warning", what))
        elif article_id not in shown and (first := first_error(article_id)):
            what = f"'{article_id}' has errors ({first}) and is not shown"
            found.append(("content.start_here", index, "warning", what))
        elif article_id not in shown:
            what = f"no article has the id '{article_id}'; left out"
            found.append(("content.start_here", index, "warning", what))
    problems: list[Problem] = []
    places = SettingPlaces(config)
    for name, index, severity, what in found:
        where, line = places.of(name, index)
        message = f"{name}: {what}"
        problems.append(ConfigProblem(where, line, message, severity=severity, key=name))
    return problems


def _inside(path: Path | None, folders: set[Path]) -> bool:
    # Articles are read from directly inside a folder as given, so no resolving is needed
    # (and none can fail on an odd path).
    return path is not None and path.parent in folders


def refuse_unsafe(library: Library, folders: Sequence[Path]) -> list[str]:
    """Run the content checker over articles from these folders; drop any with errors."""
    from reader.lint.article import check_article
    from reader.packs import pack_language

    known = set(library.articles)
    given = set(folders)
    languages = {folder: pack_language(folder) for folder in given}  # as check-content reads
    refused = []
    for article in list(library.articles.values()):
        if not _inside(article.path, given) or article.path is None:
            continue
        language = languages[article.path.parent]
        errors = [
            f for f in check_article(article, known_ids=known, language=language) if f.is_error
        ]
        if errors:
            refused.append(article.id)
            first = errors[0]
            count = "1 content error" if len(errors) == 1 else f"{len(errors)} content errors"
            message = f"not shown: {count}, first: {first.rule} {first.message}"
            library.problems.append(Problem(first.path, first.line, message, first.column))
    library.hide(refused)
    return refused


def refuse_unsafe_collections(library: Library, folders: Sequence[Path]) -> list[str]:
    """Drop a clinic collection whose title or description fails the content checker.

    The home screen shows both as headings; "When it feels like the only way out" passed
    check-content and was shown until the checker read pack.toml's wording too.
    """
    from reader.content_files import MAX_ARTICLE_BYTES, ContentFileError, read_text
    from reader.lint.manifest import collection_wording
    from reader.packs import manifest_offset

    given = set(folders)
    refused = []
    for collection in list(library.collections):
        manifest = collection.manifest
        if not _inside(manifest, given) or manifest is None:
            continue
        try:
            text = read_text(manifest, MAX_ARTICLE_BYTES)
        except ContentFileError:
            continue  # already reported by the loader, which could not have read it either
        entry: dict[str, object] = {
            "id": collection.id,
            "title": collection.title,
            "description": collection.description,
        }
        offset = manifest_offset(text, "collections", collection.manifest_index)
        errors = [f for f in collection_wording(manifest, text, entry, offset) if f.is_error]
        if errors:
            refused.append(collection.id)
            library.collections.remove(collection)
            first = errors[0]
            message = f"collection '{collection.id}' not shown: {first.rule} {first.message}"
            library.problems.append(Problem(first.path, first.line, message, first.column))
    return refused
