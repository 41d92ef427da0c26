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
