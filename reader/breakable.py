"""Long runs of letters made breakable, so text someone typed or chose still wraps."""

from __future__ import annotations

import re
import unicodedata

_RUN = 12  # characters: less than the narrowest line holds at the largest text size
_LONG_RUN = re.compile(rf"\S{{{_RUN + 1},}}")
# Longer than any everyday word ("responsibilities" is 16): a place name, a compound, a link.
_VERY_LONG_RUN = re.compile(r"\S{17,}")


def breakable(text: str) -> str:
    """Text with a zero-width space in every long run of letters without a space, so that
    a long word someone typed still wraps on a narrow line instead of being cut off."""
    return _LONG_RUN.sub(lambda m: "\u200b".join(_chunks(m.group())), text)


def breakable_titles(text: str) -> str:
    """As breakable, for words no everyday word is as long as: a title's "understanding"
    still moves to the next line whole, and "Llanfairpwllgwyngyll..." wraps, not cut off."""
    return _VERY_LONG_RUN.sub(lambda m: "\u200b".join(_chunks(m.group())), text)


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


NON_BREAKING_HYPHEN = "\u2011"
# A word of letters joined by hyphens ("self-harm", "one-to-one"); digits ("5-4-3-2-1") and
# words already joined are left alone.
_HYPHENATED = re.compile(r"(?<![\w\u2011-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w\u2011-])")
_HTML_TEXT = re.compile(r"(^|>)([^<]+)")


def joined_hyphens(text: str) -> str:
    """Text whose short hyphenated words have non-breaking hyphens, so that a line never
    ends in "self-" with "harm" on the next; a word longer than _RUN may still break there."""
    return _HYPHENATED.sub(_joined, text) if "-" in text else text


def joined_hyphens_html(html: str) -> str:
    """As joined_hyphens, for the text of HTML only (never a tag's link or attributes)."""
    if "-" not in html:
        return html
    return _HTML_TEXT.sub(lambda m: m.group(1) + joined_hyphens(m.group(2)), html)


def plain_hyphens(text: str) -> str:
    """Text with its non-breaking hyphens plain again: what a reader copies or searches for."""
    return text.replace(NON_BREAKING_HYPHEN, "-")


def _joined(match: re.Match[str]) -> str:
    word = match.group()
    return word.replace("-", NON_BREAKING_HYPHEN) if len(word) <= _RUN else word
