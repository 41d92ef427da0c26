"""What happened, told in a reader's words, finds the page on it first."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top


# "excluded" alone is being left out (bullying), "kicked out" alone being thrown out of home:
# "excluded from school" listed the page on bullying first, "kicked out of school" the page on
# home not being safe, and "i got expelled" pages that say "got".
@pytest.mark.parametrize(
    "typed",
    ["excluded from school", "kicked out of school", "suspended from school", "expelled"]
    + ["i got expelled", "i got suspended", "i got kicked out of school today"]
    + ["excluded from college", "EXCLUDED FROM SCHOOL", "i got excluded from school"],
)
def test_being_sent_away_from_school_finds_the_page_on_school_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["school-and-college"], typed


# A parent's words for it: "my son was excluded from school" and "my daughter got suspended"
# listed the page on a child's self-harm first and the one on grief second (both say "son").
@pytest.mark.parametrize(
    "typed",
    ["my son was excluded from school", "my daughter got suspended", "my son got excluded"]
    + ["my daughter was suspended from school", "my son has been expelled"],
)
def test_a_childs_exclusion_finds_the_page_on_school_first(
    bundled: SearchIndex, typed: str
) -> None:
    found = top(bundled, typed, count=3)
    assert found[0] == "school-and-college", typed
    assert "grief-and-loss" not in found, typed


@pytest.mark.parametrize(
    ("typed", "first"),
    [("i feel excluded", "bullying"), ("kicked out", "nowhere-safe-to-stay")],
)
def test_excluded_and_kicked_out_alone_keep_their_pages(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed


def test_kicked_out_lists_the_unsafe_home_next_to_nowhere_to_stay(bundled: SearchIndex) -> None:
    # The page for someone thrown out of home came today; the one on a home that is not safe,
    # first until then, is still beside it.
    assert top(bundled, "kicked out", count=2) == ["nowhere-safe-to-stay", "when-home-is-not-safe"]


# "parents" is a word of the page for parents: "my parents kicked me out" listed it first.
# The page for someone thrown out of home came later (99c6a41): it comes first, the page on a
# home that is not safe, first until then, next. "my mum kicked me out" and "my dad threw me
# out" did not list the new page in the first four; a home lost, or none, the same or nothing
# on it ("lost my home" listed the page on gambling first, "no where to go" the page on
# alcohol) (found by the fourth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["my parents kicked me out", "my parents threw me out", "my mum kicked me out"]
    + ["kicked out of home", "my dad threw me out", "my stepdad kicked me out"]
    + ["lost my home", "no where to go", "nowhere to go", "nowhere to live", "nowhere to stay"]
    + ["im going to lose my home", "i have nowhere to go tonight"],
)
def test_being_thrown_out_of_home_finds_the_page_on_nowhere_to_stay_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=2) == ["nowhere-safe-to-stay", "when-home-is-not-safe"], typed


# Someone at home who drinks: "drunk" is a key for the page on the reader's own drinking,
# which says nothing of harm done at home. "he gets violent when he drinks" listed Grounding
# and breathing first (it says "drinks" of water), "my dad hits me when he's drunk" the page
# on alcohol and drugs.
@pytest.mark.parametrize(
    "typed",
    ["he gets violent when he drinks", "my mum drinks and shouts at me"]
    + ["my dad hits me when he's drunk", "my dad hits me when hes drunk", "my mum shouts at me"]
    + ["my mum gets drunk and hits me", "my stepdad is always drunk", "my mum is an alcoholic"],
)
def test_someone_at_home_who_drinks_finds_when_home_is_not_safe_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["when-home-is-not-safe"], typed


@pytest.mark.parametrize(
    "typed", ["i drink to cope", "i drink too much", "im drunk", "i got drunk", "drinking to cope"]
)
def test_the_readers_own_drinking_still_finds_the_page_on_alcohol_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["alcohol-drugs-and-self-harm"], typed


# Text speak for a partner: "my bf hits me" found nothing at all.
@pytest.mark.parametrize(
    ("typed", "written"),
    [("my bf hits me", "my boyfriend hits me"), ("my gf hits me", "my girlfriend hits me")],
)
def test_bf_and_gf_find_what_boyfriend_and_girlfriend_find(
    bundled: SearchIndex, typed: str, written: str
) -> None:
    assert top(bundled, typed, count=1) == top(bundled, written, count=1) != []
