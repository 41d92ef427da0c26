"""Crisis articles say which number to call in an emergency, for the country chosen."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from reader.context import AppContext
from reader.ui.article_parts import NumberLabel
from reader.ui.help_panel import HelpPanel
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import MakeWindow

CRISIS = "in-crisis-right-now"


def _shown_number(window: MainWindow) -> str:
    """The emergency line the reading view shows now, or '' if it shows none."""
    found = window.article_view.findChildren(NumberLabel)
    shown = [label.text() for label in found if label.isVisible()]
    assert len(shown) <= 1
    return shown[0] if shown else ""


@pytest.mark.parametrize("article", [CRISIS, "suicidal-thoughts"])
def test_the_crisis_articles_give_the_regions_number(
    make_window: MakeWindow, bundled_context: AppContext, article: str
) -> None:
    window = make_window(bundled_context)
    assert window.open_article(article)
    assert _shown_number(window) == "In an emergency, call 999 or 112 (United Kingdom)."


def test_other_articles_do_not(make_window: MakeWindow, bundled_context: AppContext) -> None:
    window = make_window(bundled_context)
    assert window.open_article(CRISIS)
    assert window.open_article("understanding-self-harm")
    assert _shown_number(window) == ""


def test_the_number_follows_the_country_chosen_in_get_help_now(
    make_window: MakeWindow, bundled_context: AppContext
) -> None:
    window = make_window(bundled_context)
    window.open_help()
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    panel.region_box.setCurrentIndex(panel.region_box.findData("AU"))
    assert window.open_article(CRISIS)
    assert _shown_number(window) == "In an emergency, call 000 or 112 (Australia)."


def test_no_number_is_guessed_when_no_country_is_known(
    make_window: MakeWindow, bundled_context: AppContext
) -> None:
    window = make_window(replace(bundled_context, region="anywhere"))
    assert window.open_article(CRISIS)
    assert _shown_number(window) == ""


@pytest.mark.parametrize("percent", [150, 200, 80])
def test_the_number_grows_with_the_text_size(
    make_window: MakeWindow, bundled_context: AppContext, percent: int
) -> None:
    """At 150% and 200% the emergency line stayed at its 100% size, smaller than the body
    text under it: the size code did not know it as the box title it is."""
    window = make_window(bundled_context)
    assert window.open_article(CRISIS)
    window.theming.set_zoom(percent)
    (number,) = window.article_view.findChildren(NumberLabel)
    before_you_read = next(
        found
        for found in window.article_view.findChildren(QLabel)
        if found.text() == "Before you read"
    )
    assert number.font().pointSizeF() == before_you_read.font().pointSizeF()
    assert number.font().pointSizeF() > QApplication.font().pointSizeF()
