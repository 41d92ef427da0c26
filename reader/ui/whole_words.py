"""Labels that never end a line in "self-" with "harm" on the next, as article titles do."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel

from reader.breakable import joined_hyphens

LabelT = TypeVar("LabelT", bound=QLabel)


def with_words_whole(shown: LabelT) -> LabelT:
    """The label, its short hyphenated words joined; a screen reader reads the plain words."""
    words = shown.text()
    joined = joined_hyphens(words)
    if joined != words:
        shown.setText(joined)
        shown.setAccessibleName(words)
    return shown
