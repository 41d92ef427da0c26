"""Load content packs (a folder of articles plus pack.toml) into a Library."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from reader import content_files, simple_toml
from reader.articles import Article, ArticleError, Collection, Library, read_article
from reader.problems import Problem

MANIFEST = "pack.toml"


def parse_toml(text: str) -> dict[str, Any]:
    """TOML text; the plain form manifests use is read without tomllib (a big pack's is big)."""
    simple = simple_toml.loads(text)
    if simple is not None:
        return simple[0]
    from reader import safe_toml  # only for a manifest in another form, or a broken one

    return safe_toml.loads(text)


def pack_language(folder: Path) -> str:
    """The language a folder's pack.toml gives ([pack] language = "es"), or "" for none."""
    try:
        text = content_files.read_text(folder / MANIFEST, content_files.MAX_MANIFEST_BYTES)
        pack = parse_toml(text).get("pack", {})
    except (OSError, ValueError):  # no pack.toml, or a broken one (reported where it is read)
        return ""
    language = pack.get("language", "") if isinstance(pack, dict) else ""
    return language.strip() if isinstance(language, str) else ""


def is_english(language: str) -> bool:
    """Whether a pack's language is English ("en", "en-GB"); a pack that gives none is."""
    # Written out ("English") or as three letters ("eng"), not a code CONTENT.md names, it is
    # English still: read as another language, its articles went unscored (R1, R2, L14).
    return re.split(r"[-_]", language, maxsplit=1)[0].lower() in ("", "en", "eng", "english")


# Languages written from right to left: codes by their first subtag ("ar-EG" is Arabic),
# three-letter codes, and names written out, as is_english reads "eng" and "English".
_RIGHT_TO_LEFT = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur", "yi"}
    | {"ara", "fas", "per", "heb", "pus", "snd", "uig", "urd", "yid", "div"}
    | {"arabic", "persian", "farsi", "hebrew", "pashto", "sindhi", "uyghur", "urdu", "yiddish"}
    | {"dhivehi", "sorani"}
)


def reads_right_to_left(language: str) -> bool:
    """Whether a pack's language is written from right to left ("ar", "he-IL", "Arabic")."""
    return re.split(r"[-_ ]", language.strip(), maxsplit=1)[0].lower() in _RIGHT_TO_LEFT


def manifest_offset(text: str, key: str, index: int = 0) -> int:
    """Where pack.toml writes its index-th [[key]] table, else `key =` or [key], else 0."""
    name = re.escape(key)
    headers = [m.start() for m in re.finditer(rf"^[ \t]*\[\[[ \t]*{name}[ \t]*\]\]", text, re.M)]
    if index < len(headers):
        return headers[index]
    other = re.search(rf"^[ \t]*(?:\[[ \t]*{name}[ \t]*\]|{name}[ \t]*=)", text, re.M)
    return other.start() if other else 0


def listed_offset(text: str, article_id: str, start: int) -> int:
    """Where pack.toml first writes article_id in quotes from start on (inside them), or start."""
    found = [at for quote in "\"'" if (at := text.find(f"{quote}{article_id}{quote}", start)) >= 0]
    return min(found) + 1 if found else start


def _listed_line(collection: Collection, article_id: str) -> int:
    """The line of its pack.toml where collection lists article_id, for a problem report."""
    if collection.manifest is None:
        return 1
    try:  # read again: this is rare, and keeping every manifest's text would cost memory
        text = content_files.read_text(collection.manifest, content_files.MAX_MANIFEST_BYTES)
    except (OSError, ValueError):
        return 1
    start = manifest_offset(text, "collections", collection.manifest_index)
    return text.count("\n", 0, listed_offset(text, article_id, start)) + 1


def _line(text: str, key: str, index: int = 0) -> int:
    return text.count("\n", 0, manifest_offset(text, key, index)) + 1


def _collection(entry: dict[str, Any], number: int, path: Path) -> Collection | str:
    """One [[collections]] table as a Collection, or what is wrong with it."""
    for key in ("id", "title", "articles"):
        if key not in entry:
            return f"collection {number} is missing '{key}'"
    for key in ("id", "title", "description"):
        if not isinstance(entry.get(key, ""), str):
            return f"collection {number}: '{key}' should be text in quotes"
    ids = entry["articles"]
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        return f'collection {number}: articles should be a list of ids, like ["an-id"]'
    description = entry.get("description", "")
    return Collection(
        entry["id"],
        entry["title"],
        description,
        tuple(ids),
        manifest=path,
        manifest_index=number - 1,
    )


def _manifest(text: str, path: Path, library: Library) -> None:
    """A pack.toml's collections and crisis words into the library; what is wrong, to problems."""
    problems = library.problems
    try:
        data = parse_toml(text)
    except ValueError as error:
        from reader.config.toml_hints import toml_problem  # a broken manifest
        from reader.toml_lines import toml_error_line

        line, message = toml_error_line(str(error), text), toml_problem(str(error), text)
        problems.append(Problem(path, line, f"the pack manifest cannot be read: {message}"))
        return
    library.collections.extend(_collections(data, text, path, problems))
    if _names_crisis_words(data):  # imported only then: most packs have none
        from reader.pack_crisis import misplaced_words, read_articles, read_words

        words, wrong = read_words(data.get("pack"))
        library.crisis_words.extend(words)
        problems.extend(Problem(path, _line(text, "crisis_words"), message) for message in wrong)
        ids, wrong = read_articles(data.get("pack"))
        library.crisis_article_ids.extend(ids)
        problems.extend(Problem(path, _line(text, "crisis_articles"), message) for message in wrong)
        for key, message in misplaced_words(data):
            problems.append(Problem(path, _line(text, key), message))


def _names_crisis_words(data: dict[str, Any]) -> bool:
    """Whether a manifest has a key like "crisis_words" anywhere (misspelt or misplaced too)."""
    entries = data.get("collections")
    tables = [data, data.get("pack"), *(entries if isinstance(entries, list) else ())]
    return any(isinstance(t, dict) and any("crisis" in k.lower() for k in t) for t in tables)


def _collections(
    data: dict[str, Any], text: str, path: Path, problems: list[Problem]
) -> list[Collection]:
    entries = data.get("collections", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        message = "collections must be a list of [[collections]] tables; collections skipped"
        problems.append(Problem(path, _line(text, "collections"), message))
        return []
    collections = []
    for index, entry in enumerate(entries):
        found = _collection(entry, index + 1, path)
        if isinstance(found, str):
            problems.append(Problem(path, _line(text, "collections", index), f"{found}; skipped"))
        else:
            collections.append(found)
    return collections


def _read_manifest(folder: Path, library: Library) -> None:
    path, problems = folder / MANIFEST, library.problems
    try:
        text = content_files.read_text(path, content_files.MAX_MANIFEST_BYTES)
    except FileNotFoundError:
        return  # a pack.toml is optional
    except content_files.ContentFileError as error:
        message = f"the pack manifest cannot be read: {error}"
        problems.append(Problem(path, error.line, message, error.column))
        return
    except OSError as error:
        message = f"the pack manifest {content_files.os_error_text(error)}"
        problems.append(Problem(path, 1, message))
        return
    _manifest(text, path, library)


def _load_articles(folder: Path, library: Library) -> None:
    try:
        found = content_files.article_files(folder)
    except OSError as error:
        message = f"the content folder {content_files.os_error_text(error)}"
        library.problems.append(Problem(folder, 1, message))
        return
    if not found:  # e.g. a folder of language packs: only files directly inside are read
        message = "the content folder has no articles (*.md files directly inside it)"
        library.problems.append(Problem(folder, 1, message, severity="warning"))
    for path, location in found:
        try:
            article = read_article(path, location)
        except ArticleError as error:
            library.problems.append(Problem(path, error.line, f"{error}; article skipped"))
            continue
        except OSError as error:
            message = f"{content_files.os_error_text(error)}; article skipped"
            library.problems.append(Problem(path, 1, message))
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
    if known.issuperset(article.related):  # in C: a generator here cost 2,000 articles ~5 ms
        return article  # the usual case, and a copy costs time in a large pack
    return replace(article, related=tuple(r for r in article.related if r in known))


def _folder_problem(folder: Path) -> str:
    """Why a content folder cannot be loaded, or ""."""
    try:
        is_folder = stat.S_ISDIR(os.stat(folder).st_mode)
    except OSError as error:
        return content_files.os_error_text(error)
    except ValueError:  # a NUL character in the path
        return "is not a valid path"
    return "" if is_folder else "is a file, not a folder"


def load_library(folders: Iterable[Path]) -> Library:
    """Load every pack folder; broken files become problems and the rest still loads."""
    library, folders = Library(), list(folders)
    for folder in folders:
        why = _folder_problem(folder)
        if why:
            library.problems.append(Problem(folder, 1, f"the content folder {why}"))
            continue
        _read_manifest(folder, library)
        _load_articles(folder, library)
    _check_links(library)
    known = set(library.articles)
    library.articles = {i: _drop_broken_links(a, known) for i, a in library.articles.items()}
    for collection in library.collections:
        for missing in (i for i in collection.article_ids if i not in known):
            message = f"collection '{collection.id}' lists '{missing}', which did not load"
            where, line = collection.manifest or collection.id, _listed_line(collection, missing)
            library.problems.append(Problem(where, line, message, severity="warning"))
    _report_missing_crisis_articles(folders, library, known)
    return library


def _report_missing_crisis_articles(folders: list[Path], library: Library, known: set[str]) -> None:
    """Warn, at the line that lists it, of a crisis article that did not load (it is left out).

    Without this only check-content named it, and a clinic saw its crisis page missing from a
    crisis search with no word why. A hidden one did load: it is left out unsaid.
    """
    # Once each: two packs may list the same page, and each manifest says where it lists it.
    missing = list(dict.fromkeys(i for i in library.crisis_article_ids if i not in known))
    for folder in folders if missing else ():  # the manifests are read again only then
        path = folder / MANIFEST
        try:
            text = content_files.read_text(path, content_files.MAX_MANIFEST_BYTES)
        except (OSError, ValueError):
            continue
        if not re.search(r"^[ \t]*crisis_articles[ \t]*=", text, re.M):
            continue  # this manifest lists none: an id it quotes elsewhere is not one
        start = manifest_offset(text, "crisis_articles")
        end = text.find("]", start)
        for article_id in missing:
            at = listed_offset(text, article_id, start)
            if start < at < end:
                line = text.count("\n", 0, at) + 1
                message = f"crisis_articles lists '{article_id}', which did not load; left out"
                library.problems.append(Problem(path, line, message, severity="warning"))
