"""Long runs of letters made breakable, so text someone typed or chose still wraps."""

from __future__ import annotations

import re
import unicodedata

_RUN = 12  # characters: less than the narrowest line holds at the largest text size
_LONG_RUN = re.compile(rf"\S{{{_RUN + 1},}}")


def breakable(text: str) -> str:
    """Text with a zero-width space in every long run of letters without a space, so that
    a long word someone typed still wraps on a narrow line instead of being cut off."""
    return _LONG_RUN.sub(lambda m: "\u200b".join(_chunks(m.group())), text)


def _chunks(word: str) -> list[str]:
    """Pieces of about _RUN characters; a break never parts a letter from its accent."""
    pieces, start = [], 0
    while start < len(word):
        end = min(start + _RUN, len(word))
        while end < len(word) and _joins_previous(word[end]):
            end += 1
        pieces.append(word[start:end])
        start = end
    return pieces


def _joins_previous(char: str) -> bool:
    """A combining accent, a zero-width joiner or a variation selector: part of the last."""
    mark = unicodedata.category(char).startswith("M")
    return mark or char == "\u200d" or "\ufe00" <= char <= "\ufe0f"
