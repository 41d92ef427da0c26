"""The words a reader sees in a piece of Markdown, with a map back to where each was written.

Wording rules read what is shown, not the source: "committed *suicide*", "over**dose**",
"over&shy;dose" and an overdose with a zero-width space inside all show the flagged words,
but none of them is the flagged phrase as written. The view drops emphasis marks, code-span
backticks, backslashes of escapes and invisible characters; it decodes HTML entities (the
reading view shows "&nbsp;" as a space) and applies NFKC (full-width letters read as
letters). Every character of the view remembers the stretch of source it came from, so a
finding is still reported at its real line and column.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# Marks a reader never sees as such: emphasis (* and _), code-span backticks, a backslash
# escaping punctuation, an HTML entity, and any run of characters outside ASCII.
_TOKEN = re.compile(
    r"(?P<marks>[*`]+)|(?P<under>_+)|\\(?P<escaped>[!-/:-@\[-`{-~])"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?)"
    r"|(?P<wide>[^\x00-\x7f]+)"
)
# Characters shown as nothing that are not format characters (Unicode category Cf, which
# covers the soft hyphen, zero-width spaces and joiners, U+2060 and U+FEFF): the combining
# grapheme joiner, Hangul fillers and variation selectors.
_BLANK_MARKS = re.compile("[\u034f\u115f\u1160\u3164\uffa0\ufe00-\ufe0f\U000e0100-\U000e01ef]")


@dataclass(frozen=True)
class View:
    """Visible text, and for each of its characters the source span it came from."""

    text: str
    starts: list[int]
    ends: list[int]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Where the view's text[start:end] was written in the source."""
        if start >= end:
            at = self.starts[start] if start < len(self.starts) else (self.ends or [0])[-1]
            return at, at
        return self.starts[start], self.ends[end - 1]


def _shown(char: str) -> str:
    """What one character looks like to a reader: nothing if invisible, else its NFKC form."""
    if unicodedata.category(char) == "Cf" or _BLANK_MARKS.match(char):
        return ""
    return unicodedata.normalize("NFKC", char)


def _shown_text(text: str) -> str:
    if text.isascii():
        return text
    return "".join(_shown(char) for char in text)


class _Builder:
    """Collects view pieces with their source spans."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def copy(self, source: str, start: int, end: int) -> None:
        """Source text shown as written."""
        self.pieces.append(source[start:end])
        self.starts += range(start, end)
        self.ends += range(start + 1, end + 1)

    def put(self, text: str, start: int, end: int) -> None:
        """Text shown for the source span [start, end)."""
        self.pieces.append(text)
        self.starts += [start] * len(text)
        self.ends += [end] * len(text)

    def wide(self, source: str, start: int, end: int) -> None:
        """A run of non-ASCII characters: kept as written unless one looks different."""
        run = source[start:end]
        if unicodedata.is_normalized("NFKC", run) and _shown_text(run) == run:
            self.copy(source, start, end)
            return
        for index, char in enumerate(run, start):
            self.put(_shown(char), index, index + 1)


def _underscore_is_emphasis(source: str, start: int, end: int) -> bool:
    # Python-Markdown reads _ inside a word ("snake_case") as a plain underscore.
    before = source[start - 1] if start > 0 else " "
    after = source[end] if end < len(source) else " "
    return not (before.isalnum() and after.isalnum())


def _add_segment(build: _Builder, source: str, start: int, end: int) -> None:
    done = start
    for match in _TOKEN.finditer(source, start, end):
        build.copy(source, done, match.start())
        done = match.end()
        kind = match.lastgroup
        if kind == "under" and not _underscore_is_emphasis(source, match.start(), match.end()):
            build.copy(source, match.start(), match.end())
        elif kind == "escaped":
            build.put(match.group("escaped"), match.start(), match.end())
        elif kind == "entity":
            build.put(_shown_text(html.unescape(match.group())), match.start(), match.end())
        elif kind == "wide":
            build.wide(source, match.start(), match.end())
        # emphasis marks and backticks show nothing
    build.copy(source, done, end)


def _merged(spans: Iterable[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted((max(s, 0), min(e, size)) for s, e in spans if e > s):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def visible(source: str, hidden: Iterable[tuple[int, int]] = ()) -> View:
    """What a reader sees of ``source``, leaving out the ``hidden`` spans (link syntax)."""
    build = _Builder()
    done = 0
    for start, end in [*_merged(hidden, len(source)), (len(source), len(source))]:
        _add_segment(build, source, done, start)
        done = max(done, end)
    return View("".join(build.pieces), build.starts, build.ends)
