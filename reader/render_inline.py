"""Python-Markdown's inline pass, skipping text that no inline pattern could match.

The inline pass tries each of its thirteen patterns on every piece of text, through several
Python calls each; most of an article's sentences hold none of the characters any of them
starts with, and that was a fifteenth of opening one. Text with none is left as it is, which
is what the patterns would have done. A pattern this module does not know turns it off.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Markdown
from markdown.treeprocessors import InlineProcessor
from markdown.util import AtomicString

# What each of Python-Markdown's own inline patterns needs somewhere in the text to match:
# one of these characters, or for a line break two spaces before a new line.
_NEEDS = {
    "backtick": "`",
    "escape": "\\",
    **dict.fromkeys(("reference", "link", "image_link", "image_reference"), "["),
    **dict.fromkeys(("short_reference", "short_image_ref"), "["),
    **dict.fromkeys(("autolink", "automail", "html"), "<"),
    "entity": "&",
    "not_strong": "*_",
    "em_strong": "*",
    "em_strong2": "_",
}
_LINE_BREAK = "linebreak"


def needed_characters(names: list[str]) -> re.Pattern[str] | None:
    """A pattern for what these inline patterns need to match, or None if one is unknown."""
    if any(name not in _NEEDS and name != _LINE_BREAK for name in names):
        return None
    characters = "".join(sorted({c for name in names for c in _NEEDS.get(name, "")}))
    parts = [f"[{re.escape(characters)}]"] if characters else []
    if _LINE_BREAK in names:
        parts.append("  \n")
    return re.compile("|".join(parts)) if parts else None


class QuickInline(InlineProcessor):
    """The inline pass, leaving alone text that none of its patterns could match."""

    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self._names: list[str] | None = None
        self._needed: re.Pattern[str] | None = None

    def run(self, tree: Any, ancestors: list[str] | None = None) -> Any:
        """Run the pass, knowing first what its patterns need."""
        names = [item.name for item in self.md.inlinePatterns._priority]
        if names != self._names:  # patterns are registered and removed after the build
            self._names, self._needed = names, needed_characters(names)
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802, N803 - the base class's own (mangled) name
        """The base class's inline step, skipped for text none of the patterns could match."""
        if (
            self._needed is not None
            and not isinstance(data, AtomicString)
            and self._needed.search(data) is None
        ):
            return data
        return super()._InlineProcessor__handleInline(data, patternIndex)  # type: ignore[misc]
