"""Linear scans of one Markdown line, for the checker's reading of links and code spans.

Each answers as a regular expression the checker used to run, but in time linear in the
line's length: those took time growing with its square, and a pasted line of 200,000
brackets or backticks stalled the checker and a clinic's start-up, which checks articles.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

_TICKS = re.compile(r"`+")
_SPACED_TAIL = re.compile(r"\s+\((?:lantern:|https?:|[\w./-]+\.(?:md|png|jpe?g|gif|svg)\b)")
_BRACKET = re.compile(r"[\[\]]")
_SPACE = re.compile(r"\s")
_SOLID = re.compile(r"\S")
_TITLE_ENDS = {'"': '"', "'": "'", "(": ")"}


def code_spans(line: str) -> list[tuple[int, int]]:
    """The text of each code span, as the regex (`+)(.+?)\\1 finds them, from backtick runs.

    At a run of n backticks the regex takes the widest k <= n that closes: k backticks
    again, either inside the same run (when 2k+1 <= n) or in a later run at least k long.
    """
    runs = [(match.start(), match.end()) for match in _TICKS.finditer(line)]
    longest_after = [0] * (len(runs) + 1)  # the longest run from each index on
    for index in range(len(runs) - 1, -1, -1):
        longest_after[index] = max(runs[index][1] - runs[index][0], longest_after[index + 1])
    spans: list[tuple[int, int]] = []
    index = position = 0
    while index < len(runs):
        start, end = max(runs[index][0], position), runs[index][1]
        if start >= end:
            index += 1
            continue
        size = end - start
        width = min(size, max(longest_after[index + 1], (size - 1) // 2))
        if width == 0:
            break  # a lone ` or `` with no backticks after it: nothing more can close
        if 2 * width + 1 <= size:
            closer = start + width + 1
        else:
            index += 1
            while runs[index][1] - runs[index][0] < width:
                index += 1
            closer = runs[index][0]
        spans.append((start + width, closer))
        position = closer + width
    return spans


class Positions:
    """Where a one-character pattern matches in a line, to ask for the next one quickly."""

    def __init__(self, pattern: re.Pattern[str], line: str) -> None:
        self._at = [match.start() for match in pattern.finditer(line)]
        self._none = len(line)

    def next(self, index: int) -> int:
        """The first match at or after index, or the line's length if there is none."""
        found = bisect.bisect_left(self._at, index)
        return self._at[found] if found < len(self._at) else self._none


class TargetReader:
    """Reads link targets in one line, reading no stretch of it twice.

    Targets are read as the regex
    ``^\\s*(<[^<>]*>|\\S+)(?:\\s+("[^"]*"|'[^']*'|\\([^)]*\\)))?\\s*$`` reads line[start:end]
    (its group 1), but from the positions of spaces and marks, so that many links sharing
    one long stretch of text stay cheap.
    """

    def __init__(self, line: str) -> None:
        self.line = line
        self.spaces = Positions(_SPACE, line)
        self.solid = Positions(_SOLID, line)
        self.angles = Positions(re.compile("[<>]"), line)
        self.ends = {mark: Positions(re.compile(re.escape(mark)), line) for mark in "\"')"}

    def closing(self, start: int) -> int:
        """The first ')' at or after start, or the line's length if there is none."""
        return self.ends[")"].next(start)

    def blank(self, start: int, end: int) -> bool:
        """True when line[start:end] is empty or only spaces."""
        return self.solid.next(start) >= end

    def target(self, start: int, end: int) -> str | None:
        """The target in line[start:end], with <> if it has them; None if it is not one."""
        first = self.solid.next(start)
        if first >= end:
            return None
        if self.line[first] == "<":
            close = self.angles.next(first + 1)
            if close < end and self.line[close] == ">" and self._tail(close + 1, end):
                return self.line[first : close + 1]
        stop = min(self.spaces.next(first), end)
        return self.line[first:stop] if self._tail(stop, end) else None

    def title(self, index: int, end: int) -> tuple[int, int] | None:
        """Where the words of a link title in line[index:end] are (inside its quotes), if any."""
        first = self.solid.next(index)
        closing = _TITLE_ENDS.get(self.line[first]) if first < end else None
        if closing is None:
            return None
        close = self.ends[closing].next(first + 1)
        return (first + 1, close) if close < end else None

    def _tail(self, index: int, end: int) -> bool:
        """True when line[index:end] is spaces, or spaces, a title in "", '' or (), spaces."""
        title = self.solid.next(index)
        if title >= end:
            return True
        closing = _TITLE_ENDS.get(self.line[title])
        if title == index or closing is None:
            return False
        close = self.ends[closing].next(title + 1)
        return close < end and self.solid.next(close + 1) >= end


def bracket_pairs(line: str) -> dict[int, int]:
    """For each ']', the '[' that opens it (-1 if none), nesting counted, in one pass."""
    pairs: dict[int, int] = {}
    opened: list[int] = []
    for match in _BRACKET.finditer(line):
        if match.group() == "[":
            opened.append(match.start())
        else:
            pairs[match.start()] = opened.pop() if opened else -1
    return pairs


def reference_uses(line: str) -> Iterator[tuple[int, str]]:
    """(column, name) of each [text][name] or [text][], as (!?)\\[([^]]*)\\]\\[([^]]*)\\] finds."""
    position = 0
    while (opening := line.find("[", position)) >= 0:
        close = line.find("]", opening + 1)
        if close < 0:
            return
        if not line.startswith("[", close + 1):
            position = close + 1  # every '[' before close fails the same way
            continue
        end = line.find("]", close + 2)
        if end < 0:
            return
        start = opening - 1 if opening > position and line[opening - 1] == "!" else opening
        yield start, line[close + 2 : end] or line[opening + 1 : close]
        position = end + 1


def spaced_links(line: str) -> Iterator[int]:
    """Columns of '[text] (target' slips: a '[', text, ']', spaces, then '(' and a target."""
    position = 0
    while (opening := line.find("[", position)) >= 0:
        close = line.find("]", opening + 1)
        if close < 0:
            return
        tail = _SPACED_TAIL.match(line, close + 1) if close > opening + 1 else None
        if tail:
            yield opening
        position = tail.end() if tail else close + 1  # every '[' before close ends the same
