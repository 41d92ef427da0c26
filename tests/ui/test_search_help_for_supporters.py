"""A crisis search about someone else: the help box speaks to the person who typed it."""

from __future__ import annotations

import pytest

from reader.context import AppContext
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import MakeWindow

_OWN_DANGER = "If you want to hurt yourself"


@pytest.mark.parametrize(
    "typed",
    ["my wife overdosed", "my friend says she will kill herself tonight"]
    + ["my son took too many pills", "my boyfriend wants to end his life"]
    # Warning signs told of someone: these showed no help box at all.
    + ["she sent me a goodbye message", "my friend gave away all her stuff"],
)
def test_help_for_someone_elses_danger_says_to_call_the_emergency_number(
    window: MainWindow, typed: str
) -> None:
    """A partner whose wife had overdosed read "If you want to hurt yourself, are thinking
    about suicide…", as if the danger were theirs, and nothing of what to do for her."""
    window.search(typed)
    view = window.search_view
    assert view.offers_help
    shown = view.results.toPlainText()
    assert "call your local emergency number" in shown
    assert "stay with them" in shown
    assert _OWN_DANGER not in shown
    assert 'href="lantern:help"' in view.results.toHtml()
    # Their own safety is not left out: a supporter may be in danger too.
    assert "If you might not be safe yourself" in shown


def test_help_for_the_readers_own_danger_speaks_to_them(window: MainWindow) -> None:
    window.search("i want to die")
    shown = window.search_view.results.toPlainText()
    assert _OWN_DANGER in shown
    assert "stay with them" not in shown


@pytest.mark.parametrize(
    ("typed", "page"),
    [
        ("my son slit his wrists", "when-your-child-self-harms"),
        ("my sister slit her wrists", "when-your-brother-or-sister-self-harms"),
    ],
)
def test_a_crisis_search_of_someones_self_harm_lists_the_page_for_them(
    make_window: MakeWindow, bundled_context: AppContext, typed: str, page: str
) -> None:
    """ "my son slit his wrists" listed Supporting someone and the two crisis pages, and no page
    for the parent who typed it: no page says "slit"."""
    window = make_window(bundled_context)
    window.search(typed)
    found = [hit.article_id for hit in window.search_view.hits]
    assert window.search_view.offers_help
    assert found[0] == "supporting-someone"
    assert page in found[:4], found
