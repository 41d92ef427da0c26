"""Back and forward within the session, like a browser, in memory only."""

from __future__ import annotations

from reader.history import History


def visited(*locations: str) -> History:
    history = History()
    for location in locations:
        history.visit(location)
    return history


def test_starts_at_home_with_nowhere_to_go() -> None:
    history = History()
    assert history.current == "home"
    assert not history.can_go_back()
    assert not history.can_go_forward()


def test_back_and_forward_walk_the_visits() -> None:
    history = visited("article:a", "article:b")
    assert history.back() == "article:a"
    assert history.back() == "home"
    assert history.forward() == "article:a"
    assert history.forward() == "article:b"
    assert history.current == "article:b"


def test_back_at_the_start_stays_put() -> None:
    history = visited("article:a")
    history.back()
    assert history.back() == "home"
    assert history.current == "home"
    assert history.can_go_forward()


def test_forward_at_the_end_stays_put() -> None:
    history = visited("article:a")
    assert history.forward() == "article:a"
    assert not history.can_go_forward()
    assert history.can_go_back()


def test_visit_after_back_drops_forward_history() -> None:
    history = visited("article:a", "article:b", "article:c")
    history.back()
    history.back()
    history.visit("search")
    assert history.current == "search"
    assert not history.can_go_forward()
    assert history.back() == "article:a"
    assert history.back() == "home"


def test_visiting_the_current_location_adds_nothing() -> None:
    history = visited("article:a", "article:a")
    assert history.back() == "home"
    assert not history.can_go_back()


def test_visiting_home_again_is_a_new_step() -> None:
    history = visited("article:a", "home")
    assert history.back() == "article:a"
    assert history.back() == "home"


def test_clear_forgets_everything() -> None:
    history = visited("article:a", "article:b")
    history.back()
    history.clear()
    assert history.current == "home"
    assert not history.can_go_back()
    assert not history.can_go_forward()
    history.visit("article:c")
    assert history.back() == "home"


def test_histories_are_independent() -> None:
    first, second = History(), History()
    first.visit("article:a")
    assert second.current == "home"
    assert not second.can_go_back()


def test_what_is_kept_about_an_entry_comes_back_with_it() -> None:
    history = visited("article:a", "help")
    history.back()
    history.keep("half way down a")
    history.back()
    assert history.kept() is None  # home: nothing kept
    history.forward()
    assert history.kept() == "half way down a"


def test_what_is_kept_goes_with_the_entries_dropped_or_cleared() -> None:
    history = visited("article:a", "article:b")
    history.keep("in b")
    history.back()
    history.visit("article:c")  # b, and what was kept about it, are gone
    assert history.kept() is None
    history.keep("in c")
    history.clear()
    history.visit("article:c")
    assert history.kept() is None
