"""Home: a lone card lines up with every other card, cards keep readable lines, a clinic's name
is part of the welcome.

Before, the single card under "More to read" was half a spacing wider than the cards in full
rows, and in a kiosk the clinic's name was a small grey line above "Welcome to Lantern".
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.context import AppContext
from reader.ui.flow import LEAST_CARD_CHARACTERS, ButtonGrid
from reader.ui.text_size import apply_text_size, role_font
from tests.ui.layout_tools import home_with, settle_layout
from tests.ui.window_helpers import MakeWindow

NAME = "Riverside Clinic"


def test_a_lone_card_is_as_wide_as_the_cards_in_full_rows(
    qtbot: QtBot, small_library: Library
) -> None:
    # "Start here" holds one card; "More to read" holds all three, two to a row.
    home = home_with(qtbot, small_library, start_here=["calm-start"])
    lone, in_row = home.cards["start:calm-start"], home.cards["calm-start"]
    assert lone.width() == in_row.width()
    assert lone.mapTo(home, QPoint()).x() == in_row.mapTo(home, QPoint()).x()


@pytest.mark.parametrize(("scale", "columns"), [(1.0, 2), (1.2, 2), (2.0, 1)])
def test_cards_take_one_column_before_their_lines_get_short(
    qtbot: QtBot, small_library: Library, scale: float, columns: int
) -> None:
    """At 200% in an 800-pixel window, two columns of cards left 15 to 18 characters a line:
    summaries of two or three words a line, eight lines a card, "self-" and "harm" apart."""
    apply_text_size(scale)
    home = home_with(qtbot, small_library, start_here=[], width=800)
    cards = list(home.cards.values())
    assert len({card.x() for card in cards}) == columns
    for card in cards:
        assert card.width() >= LEAST_CARD_CHARACTERS * card.fontMetrics().averageCharWidth()


def test_a_short_row_of_buttons_keeps_the_columns_of_a_full_one(qtbot: QtBot) -> None:
    full = ButtonGrid([QPushButton("One"), QPushButton("Two"), QPushButton("Three")], columns=3)
    short = ButtonGrid([QPushButton("Four")], columns=3)
    for grid in (full, short):
        qtbot.addWidget(grid)
        grid.resize(600, 60)
        grid.show()
    qtbot.waitExposed(short)
    settle_layout()
    first = full.findChildren(QPushButton)[0]
    assert short.findChildren(QPushButton)[0].width() == first.width()


def test_the_clinic_s_name_is_part_of_the_welcome(
    make_window: MakeWindow, small_context: AppContext
) -> None:
    window = make_window(replace(small_context, clinic_name=NAME, kiosk=True))
    titles = window.home.findChildren(QLabel, "pageTitle")
    assert [t.text() for t in titles] == [f"Welcome to Lantern\nat {NAME}"]
    assert titles[0].font().pointSizeF() == role_font("pageTitle").pointSizeF()
    # Read out as one sentence, and the page is named after it.
    assert titles[0].accessibleName() == f"Welcome to Lantern at {NAME}"
    assert window.home.accessibleName() == f"Welcome to Lantern at {NAME}"
    # No small grey line with the name alone.
    muted = [label.text() for label in window.home.findChildren(QLabel, "muted")]
    assert NAME not in muted


def test_without_a_clinic_name_the_welcome_is_lantern_s_alone(
    make_window: MakeWindow, small_context: AppContext
) -> None:
    window = make_window(replace(small_context, kiosk=True))
    titles = window.home.findChildren(QLabel, "pageTitle")
    assert [t.text() for t in titles] == ["Welcome to Lantern"]
