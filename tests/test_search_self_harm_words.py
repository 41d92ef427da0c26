"""A reader's own self-harm, told over and over or in words no page uses, finds the page on
self-harm first."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top


# "keep" said how often, as "again" and "still" do: "i keep cutting" listed the page on shame
# first, then the page for parents (found by the search hunt).
@pytest.mark.parametrize("typed", ["i keep cutting", "I keep cutting myself", "keeps cutting"])
def test_over_and_over_is_not_what_is_wanted(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == ["understanding-self-harm"], typed


# A way of self-harm told with the body part, not "myself": "scratching my skin" listed the
# page on money first, "i keep scratching my arms" the page on overwhelm (found by the search
# hunt).
@pytest.mark.parametrize(
    "typed", ["scratching my skin", "i keep scratching my arms", "i scratch my legs"]
)
def test_scratching_a_body_part_finds_the_page_on_self_harm(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["understanding-self-harm"], typed


# The page on pressure says "self-harming" word for word, and came first for it, before
# Understanding self-harm (found by the search hunt).
@pytest.mark.parametrize("typed", ["self harming", "self-harming", "i keep self harming"])
def test_self_harming_finds_the_page_on_self_harm_first(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == ["understanding-self-harm"], typed


def test_someone_elses_self_harming_keeps_their_page_first(bundled: SearchIndex) -> None:
    assert top(bundled, "my son is self harming", count=1) == ["when-your-child-self-harms"]


# The pages on alcohol and on unfair treatment say "cut" of something else ("cut down", "cut
# off"), and came before Riding out an urge (found by the search hunt).
@pytest.mark.parametrize("typed", ["urge to cut", "urges to cut", "i have the urge to self harm"])
def test_an_urge_finds_the_page_on_riding_it_out_first(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == ["riding-out-an-urge"], typed


# Without "my", the page on being online came first, for "hide" (found by the search hunt).
@pytest.mark.parametrize("typed", ["how to hide scars", "hide scars", "covering scars in summer"])
def test_hiding_scars_finds_the_page_on_scars_first(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == ["living-with-scars"], typed


# Scared of one's own self-harm: When home does not feel safe, which says "scared" most,
# came first for "i am self harming and scared" (found by the fourth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["i am self harming and scared", "im self harming and im scared", "im cutting and so scared"]
    + ["scared of my self harm", "self harm and scared"],
)
def test_scared_of_ones_own_self_harm_finds_the_page_on_it_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["understanding-self-harm"], typed


def test_scared_to_go_home_keeps_the_page_on_home(bundled: SearchIndex) -> None:
    assert top(bundled, "scared to go home", count=1) == ["when-home-is-not-safe"]


# "cut" typed alone, or the wish to, listed the page on alcohol first ("cut down"), then the
# pages on medicine and on hearing voices; no page on self-harm was in the first four (found by
# the eighth search hunt).
@pytest.mark.parametrize("typed", ["cut", "i cut", "cuts", "CUT"])
def test_cut_alone_finds_the_page_on_self_harm_first(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == ["understanding-self-harm"], typed


@pytest.mark.parametrize(
    "typed", ["i want to cut", "want to cut", "i wanna cut", "i need to cut", "i want to cut again"]
)
def test_wanting_to_cut_finds_the_page_on_riding_out_an_urge_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["riding-out-an-urge"], typed


def test_cutting_down_keeps_the_page_on_alcohol(bundled: SearchIndex) -> None:
    assert top(bundled, "cut down on drinking", count=1) == ["alcohol-drugs-and-self-harm"]


def test_how_to_cut_down_keeps_the_page_on_alcohol(bundled: SearchIndex) -> None:
    assert top(bundled, "how to cut down", count=1) == ["alcohol-drugs-and-self-harm"]


# Where on the body: no page names it, and "arm" was searched as the start of "armed" ("cut my
# arm" listed the page for people who have served first); "cutting my arms" and "i cut my
# legs" listed the pages on overwhelm, ADHD and anger, with no page on self-harm in the first
# four (found by the ninth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["cut my arm", "cutting my arms", "i cut my arms", "i cut my legs", "cut my thigh"]
    + ["i keep cutting my arms", "scratching my arm"],
)
def test_cutting_a_part_of_the_body_finds_the_page_on_self_harm_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["understanding-self-harm"], typed
