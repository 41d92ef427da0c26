"""What a refugee or someone seeking asylum types finds the page for them first."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top


# Each listed another page first, or nothing near the top (the page on talking to a doctor
# for papers, racism for loneliness, a family changing for family back home).
@pytest.mark.parametrize(
    "typed",
    ["refugee", "asylum seeker", "can i see a gp without papers", "no papers doctor"]
    + ["lonely refugee", "not allowed to work", "i miss my family back home"]
    + ["cant find my family", "i miss my country"],
)
def test_a_refugees_words_find_the_page_for_them_first(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == ["refugees-and-asylum"], typed


def test_missing_family_said_plainly_keeps_its_own_pages(bundled: SearchIndex) -> None:
    assert "refugees-and-asylum" not in top(bundled, "i miss my family", count=2)


# Not allowed to work for health, age or benefits is no refugee's word: as a key, "not allowed
# to work" and "cant work while waiting" listed this page first for each (found by the code
# review). Said of the country, or typed with little else, it still finds it first.
@pytest.mark.parametrize(
    "typed",
    ["my doctor says im not allowed to work", "not allowed to work because of my health"]
    + ["not allowed to work on benefits", "im 15 and not allowed to work"]
    + ["i cant work while waiting for surgery"],
)
def test_not_allowed_to_work_for_another_reason_is_not_the_page_for_refugees(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) != ["refugees-and-asylum"], typed


@pytest.mark.parametrize(
    "typed",
    ["im not allowed to work", "cant work while waiting", "not allowed to work in the uk"]
    + ["im not allowed to work in this country"],
)
def test_not_allowed_to_work_said_alone_or_of_the_country_finds_the_page_for_refugees(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["refugees-and-asylum"], typed
