"""Boxes the reading view builds once and reuses: notes, the emergency number, the footer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from reader.articles import Article
from reader.packs import pack_language, reads_right_to_left
from reader.ui.contact_text import spoken_numbers
from reader.ui.spaced_label import spaced_label
from reader.ui.style import CALLOUT_PADDING
from reader.ui.text_size import give_role
from reader.ui.widgets import dress_label, label

FOOTER_SPACING = 10  # between the footer's sentence and its button
# The language the articles are written in, for the dates shown with them. Lantern ships
# English articles only, and a Library does not say which language its packs are in.
CONTENT_LOCALE = QLocale(QLocale.Language.English)


def _callout() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("callout")
    layout = QVBoxLayout(frame)
    # As the callouts in an article's text are padded, so the boxes on a page look alike.
    vertical, horizontal = CALLOUT_PADDING
    layout.setContentsMargins(horizontal, vertical, horizontal, vertical)
    return frame, layout


def content_note_box() -> tuple[QFrame, QLabel]:
    """The "Before you read" box, and the label that shows each article's content note."""
    frame, layout = _callout()
    layout.addWidget(
        label(QCoreApplication.translate("ArticleView", "Before you read"), "cardTitle")
    )
    # Spaced as the article's text is, which starts just below (the title is a heading).
    text = spaced_label("")
    text.setObjectName("contentNote")
    layout.addWidget(text)
    way_out = QCoreApplication.translate(
        "ArticleView",
        "You can stop at any time. Get help now is at the top of every screen (or press F1).",
    )
    # The last line in the box: the box's own padding is the room under it.
    layout.addWidget(spaced_label(way_out, room_below=False))
    frame.setAccessibleName(QCoreApplication.translate("ArticleView", "Content note"))
    return frame, text


class NumberLabel(QLabel):
    """A label whose numbers a screen reader says digit by digit ("9 9 9", not "nine hundred
    ninety-nine"); it shows, and copies, them as written."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Show the text, and name the label with its numbers spelled out."""
        super().setText(text)
        self.setAccessibleName(spoken_numbers(text))


def emergency_box() -> tuple[QFrame, QLabel]:
    """The box under a crisis article's note that gives the emergency number."""
    frame, layout = _callout()
    # Named by its role alone: the text size code finds a box title by that name, and one
    # renamed "emergencyNumber" stayed at its 100% size when the text grew to 200%.
    text = dress_label(NumberLabel(), "", "cardTitle")
    layout.addWidget(text)
    frame.setAccessibleName(QCoreApplication.translate("ArticleView", "Emergency number"))
    return frame, text


def prompt_note(kiosk: bool) -> str:
    """What the note above an article's writing prompts says about privacy."""
    if kiosk:
        return QCoreApplication.translate(
            "ArticleView",
            "Private: what you type stays on this screen. It is wiped when you press "
            "“I'm finished”, or after a while with no one using this computer.",
        )
    return QCoreApplication.translate(
        "ArticleView",
        "Private: what you type stays in this window and is gone when Lantern closes. "
        "It is also in My reflections, where you can print it or save a copy.",
    )


def help_footer(open_help: Callable[[], None]) -> tuple[QFrame, QPushButton]:
    """The box at the end of every article that offers Get help now, and its button."""
    frame, layout = _callout()
    layout.setSpacing(FOOTER_SPACING)
    sentence = QCoreApplication.translate(
        "ArticleView", "If reading this brought up hard feelings, you can talk to someone now."
    )
    layout.addWidget(spaced_label(sentence, room_below=False))  # FOOTER_SPACING is the room
    button = QPushButton(QCoreApplication.translate("ArticleView", "Get help now"))
    give_role(button, "helpButton")
    button.setAccessibleName(QCoreApplication.translate("ArticleView", "Get help now"))
    button.clicked.connect(open_help)
    # Its own width, at the start of the line: stretched across the column, the dark red bar
    # outweighed the whole page end.
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    return frame, button


def content_date(day: dt.date) -> str:
    """A date as the articles' language writes it ("26 November 2026")."""
    # Not strftime, which follows LC_TIME: "novembre" in an English article on a French system.
    return CONTENT_LOCALE.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


_LEFT, _RIGHT = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
_H_ALIGN = Qt.AlignmentFlag.AlignHorizontal_Mask
_LINE_START = {
    _LEFT: Qt.AlignmentFlag.AlignLeft,
    _RIGHT: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
}


@lru_cache(maxsize=32)
def _folder_direction(folder: Path) -> Qt.LayoutDirection:
    """The direction of the language a pack folder's pack.toml names (read once a session)."""
    return _RIGHT if reads_right_to_left(pack_language(folder)) else _LEFT


def page_direction(article: Article) -> Qt.LayoutDirection:
    """Which way an article's page reads: right to left for a pack in Arabic or Hebrew."""
    return _folder_direction(article.path.parent) if article.path else _LEFT


def follow_direction(column: QWidget, direction: Qt.LayoutDirection) -> None:
    """Lay a page's column out in the pack's direction, every line starting on its side.

    An Arabic pack's "On this page", its links and Read next stayed on the left, the text
    between them on the right. Qt starts a plain label where its own words start, so an
    English heading ("Read next") on a right-to-left page is put on the right by hand.
    """
    if direction == _LEFT and column.layoutDirection() == _LEFT:
        return  # every bundled pack: nothing to undo
    column.setLayoutDirection(direction)
    for text in column.findChildren(QLabel):
        # Only labels set at the line's start (none centred), in either direction.
        if text.alignment() & _H_ALIGN in _LINE_START.values():
            text.setAlignment((text.alignment() & ~_H_ALIGN) | _LINE_START[direction])
