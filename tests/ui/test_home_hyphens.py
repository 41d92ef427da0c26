"""Home's collection descriptions keep "self-harm" whole at a line's end, as its cards do."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.breakable import NON_BREAKING_HYPHEN
from reader.context import AppContext
from tests.ui.layout_tools import home_with


def test_a_collection_description_never_parts_self_harm(
    qtbot: QtBot, bundled_context: AppContext
) -> None:
    # "Who you are" broke as "...and self-" / "harm as an adult." at 1366 pixels and 170%.
    home = home_with(qtbot, bundled_context.library, width=1100)
    described = [c.description for c in bundled_context.library.collections if c.description]
    with_hyphens = [d for d in described if "self-harm" in d]
    assert with_hyphens  # the bundled pack has such a description
    shown = {label.text(): label for label in home.findChildren(QLabel)}
    for description in with_hyphens:
        joined = description.replace("self-harm", f"self{NON_BREAKING_HYPHEN}harm")
        assert joined in shown, description
        assert shown[joined].accessibleName() == description  # read as plain words
