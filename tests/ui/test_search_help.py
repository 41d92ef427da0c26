"""Search offers help first when what was typed sounds like a crisis, and never a dead end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from reader.breakable import plain_hyphens
from reader.context import AppContext
from reader.search import SearchIndex
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import MakeWindow


def test_a_crisis_search_with_no_matches_still_offers_help(window: MainWindow) -> None:
    assert window.search("kill myself") == 0
    view = window.search_view
    assert view.offers_help
    shown = plain_hyphens(view.results.toPlainText())  # as read: "self-harm"
    assert "You don't have to go through this alone." in shown
    assert "Get help now" in shown
    assert 'href="lantern:help"' in view.results.toHtml()
    assert "F1" in shown
    # Help first: not "Try a shorter or different word", nor "No articles matched".
    assert view.status.text() == "Help is below."


def test_a_crisis_search_lists_titles_without_snippets(
    make_window: MakeWindow, bundled_context: AppContext
) -> None:
    window = make_window(bundled_context)
    found = window.search("i want to die")
    view = window.search_view
    assert found == len(view.hits) > 0
    shown = plain_hyphens(view.results.toPlainText())  # as read: "self-harm"
    for hit in view.hits:
        assert hit.title in shown
    # What the articles say around "want to die" is not shown out of context.
    assert "…" not in shown
    expected = "Help is below, then 1 article." if found == 1 else f"Help is below, then {found}"
    assert view.status.text().startswith(expected)
    window.search("calm")
    assert "…" in view.results.toPlainText()  # everyday searches keep their snippets


def test_the_help_link_in_search_opens_help(window: MainWindow) -> None:
    window.search("I want to die")
    window.search_view.results.anchorClicked.emit(QUrl("lantern:help"))
    assert window.location == "help"


def test_enter_after_a_crisis_search_opens_help_not_an_article(
    make_window: MakeWindow, bundled_context: AppContext, qtbot: QtBot
) -> None:
    window = make_window(bundled_context)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "i want to die")
    assert window.search_view.hits  # articles match too: Enter opened the best of them
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.location == "help"
    contacts = window.screens["help"].view  # type: ignore[attr-defined]
    qtbot.waitUntil(contacts.hasFocus)


def test_help_comes_before_the_results(
    make_window: MakeWindow, bundled_context: AppContext
) -> None:
    window = make_window(bundled_context)
    window.search("suicidal thoughts")
    shown = plain_hyphens(window.search_view.results.toPlainText())
    assert window.search_view.hits  # the bundled pack has articles about this
    for hit in window.search_view.hits:
        assert shown.index("Get help now") < shown.index(hit.title)


def test_the_crisis_article_is_offered_when_the_pack_has_it(
    make_window: MakeWindow, bundled_context: AppContext
) -> None:
    window = make_window(bundled_context)
    window.search("wanna die")
    shown = plain_hyphens(window.search_view.results.toPlainText())
    assert shown.count("If you're in crisis right now") == 1  # as the first result only
    assert shown.index("Get help now") < shown.index("If you're in crisis right now")
    window.search_view.results.anchorClicked.emit(QUrl("lantern:article/in-crisis-right-now"))
    assert window.location == "article:in-crisis-right-now"


def test_an_everyday_search_shows_only_results(window: MainWindow) -> None:
    window.search("calm")
    view = window.search_view
    assert not view.offers_help
    assert "face this alone" not in view.results.toPlainText()
    assert view.status.text().endswith("found")


def test_a_reset_forgets_the_offer(window: MainWindow) -> None:
    window.search("not safe")
    window.search_view.reset()
    assert not window.search_view.offers_help
    assert window.search_view.results.toPlainText() == ""


def test_a_search_for_a_helpline_points_to_get_help_now(
    make_window: MakeWindow, bundled_context: AppContext, qtbot: QtBot
) -> None:
    window = make_window(bundled_context)
    window.finish_start()  # the crisis contacts are loaded after the first paint
    for typed in ("samaritans", "helpline", "988"):
        window.search(typed)
        view = window.search_view
        assert view.offers_lines, typed
        assert not view.offers_help  # not a crisis search: no crisis wording
        shown = plain_hyphens(view.results.toPlainText())  # as read: "self-harm"
        assert shown.strip().startswith("Looking for someone to talk to?"), typed
        assert 'href="lantern:help"' in view.results.toHtml()
        assert view.status.text().startswith("Help is below")
    window.search_box.clear()  # it shows the last search (typed here by window.search)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "samaritans")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # what heads the results: help
    assert window.location == "help"
    window.search("calm")
    assert not window.search_view.offers_lines


def test_a_word_that_starts_a_line_s_name_finds_the_articles_first(
    make_window: MakeWindow, bundled_context: AppContext, qtbot: QtBot
) -> None:
    """ "child" starts Childline's name; a parent typing it and Enter got Get help now."""
    window = make_window(bundled_context)
    window.finish_start()
    window.search("child")
    assert not window.search_view.offers_lines
    top = window.search_view.hits[0].article_id
    assert window.search_view.open_top()
    assert window.location == f"article:{top}"
    window.search("childline")  # the whole name: where the lines are
    assert window.search_view.offers_lines


CRISIS_FIRST = ["in-crisis-right-now", "suicidal-thoughts"]


def test_a_crisis_search_lists_the_crisis_articles_first(
    make_window: MakeWindow, bundled_context: AppContext
) -> None:
    window = make_window(bundled_context)
    view = window.search_view
    # "i want to die" found only "Understanding self-harm"; "sucide" and "kms" found nothing.
    crisis_searches = ("i want to die", "sucide", "kms", "suicidal thoughts", "not safe")
    for typed in crisis_searches:  # someone else's: test_..._about_someone_else_...
        window.search(typed)
        assert view.offers_help, typed
        assert [hit.article_id for hit in view.hits[:2]] == CRISIS_FIRST, typed
        assert len({hit.article_id for hit in view.hits}) == len(view.hits), typed  # no repeats
        shown = plain_hyphens(view.results.toPlainText())  # as read: "self-harm"
        crisis, thoughts = (bundled_context.library.articles[i].title for i in CRISIS_FIRST)
        assert shown.index("Get help now") < shown.index(crisis) < shown.index(thoughts)
        assert "…" not in shown  # still titles only
    window.search("i want to die")
    found = [hit.article_id for hit in view.hits]
    assert found[:2] == CRISIS_FIRST
    assert "understanding-self-harm" in found  # what the words found comes after them
    assert view.status.text() == f"Help is below, then {len(found)} articles."


def test_hidden_crisis_articles_are_not_listed(
    make_window: MakeWindow, bundled_context: AppContext
) -> None:
    bundled_context.library.hide(["in-crisis-right-now"])
    window = make_window(bundled_context)
    window.search("i want to die")
    ids = [hit.article_id for hit in window.search_view.hits]
    assert ids[0] == "suicidal-thoughts"
    assert "in-crisis-right-now" not in ids


def test_everyday_searches_keep_their_own_order(
    make_window: MakeWindow, bundled_context: AppContext
) -> None:
    window = make_window(bundled_context)
    window.search("breathing")
    assert window.search_view.hits[0].article_id == "grounding-and-breathing"
    assert "in-crisis-right-now" not in [hit.article_id for hit in window.search_view.hits[:2]]


def test_a_crisis_search_about_someone_else_lists_supporting_someone(
    make_window: MakeWindow, bundled_context: AppContext
) -> None:
    """ "my friend wants to kill himself" listed no article for the friend who typed it, then
    listed it third, after two pages that speak only to the one in danger."""
    window = make_window(bundled_context)
    view = window.search_view
    for typed in (
        "my friend wants to kill himself",
        "my son took too many pills",
        "she wants to die",
    ):
        window.search(typed)
        # The page for the one who typed first: the crisis page speaks to the one in danger.
        assert [hit.article_id for hit in view.hits[:3]] == ["supporting-someone", *CRISIS_FIRST]
    window.search("i want to die")  # the reader's own danger: the articles for them
    assert "supporting-someone" not in [hit.article_id for hit in view.hits[:3]]


def test_a_cry_for_help_typed_alone_gets_help_first(
    make_window: MakeWindow, bundled_context: AppContext, qtbot: QtBot
) -> None:
    """ "sos" said "Nothing matched", and Enter after "911" opened an article."""
    window = make_window(bundled_context)
    for typed in ("sos", "911"):
        window.search_box.clear()
        window.search_box.setFocus()
        qtbot.keyClicks(window.search_box, typed)
        assert window.search_view.status.text().startswith("Help is below"), typed
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
        assert window.location == "help", typed


def test_a_crisis_search_lists_no_page_found_by_some_of_its_words(
    make_window: MakeWindow, bundled_context: AppContext
) -> None:
    """Its first results are chosen for it; when its words as typed found few, those found by
    one word fewer came next, and "my friend says she wants to die" listed the page on grief."""
    window = make_window(bundled_context)
    typed = "my friend says she wants to die"
    index = SearchIndex(bundled_context.library.articles.values())
    found_by_fewer = [hit.article_id for hit in index.search(typed)]
    assert "after-a-suicide-loss" in found_by_fewer  # what one word fewer would have added
    window.search(typed)
    assert window.search_view.offers_help
    assert "after-a-suicide-loss" not in [hit.article_id for hit in window.search_view.hits]


def test_a_packs_own_crisis_words_offer_help_first(
    window_over_pack: Callable[..., MainWindow], pack_dir: Path
) -> None:
    # A clinic's pack in Spanish: "quiero morir" was an ordinary search, with no way to help.
    manifest = '[pack]\nlanguage = "es"\ncrisis_words = ["quiero morir", "hacerme daño"]\n'
    manifest += 'crisis_articles = ["second-step"]\n'  # the pack's own page for this moment
    (pack_dir / "pack.toml").write_text(manifest, "utf-8")
    window = window_over_pack()
    window.search("Quiero hacerme dano")
    view = window.search_view
    assert view.offers_help
    assert view.hits[0].article_id == "second-step"
    assert 'href="lantern:help"' in view.results.toHtml()
    assert view.status.text().startswith("Help is below")
    window.search("quiero dormir")
    assert not view.offers_help
    window.search("i want to die")
    assert view.offers_help  # Lantern's own words still count
