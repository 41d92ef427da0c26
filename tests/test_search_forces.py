"""The armed forces in a reader's own words: the page for people who serve or have served
(If you serve or have served in the armed forces) comes first."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

SERVED = "if-you-have-served"
REFUGEES = "refugees-and-asylum"


# Each found nothing, or listed another page first: the page on care for "service leaver",
# the page on a safety plan for "war" (its warning signs), the page after a baby for "my
# partner is deployed" (found by the seventh search hunt).
@pytest.mark.parametrize(
    "typed",
    ["service leaver", "afghanistan", "iraq", "war", "falklands", "deployed"]
    + ["my partner is deployed", "my husband is deployed", "civvy", "i served in afghanistan"],
)
def test_the_forces_in_a_readers_words_find_the_page_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [SERVED], typed


# A war, or a country many fled from, is the page for refugees too.
@pytest.mark.parametrize("typed", ["war", "afghanistan", "iraq"])
def test_a_war_lists_the_page_for_refugees_beside_it(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=2) == [SERVED, REFUGEES], typed


@pytest.mark.parametrize("typed", ["i fled the war", "i came from afghanistan"])
def test_fleeing_a_war_finds_the_page_for_refugees_first(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=2) == [REFUGEES, SERVED], typed


def test_warning_signs_still_find_the_safety_plan(bundled: SearchIndex) -> None:
    assert top(bundled, "warning signs", count=1) == ["making-a-safety-plan"]
