"""A reader who looks after someone finds the page for carers first, however they put it."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from reader.search_carers import CARING_PAGE_ID, carers_page
from tests.search_tools import top


# Each listed another page first: Supporting someone (it says "cope" and "caring"), the page
# on pain or illness, on a changing family, or on bullying (found by the page's writer).
@pytest.mark.parametrize(
    "typed",
    [
        "i cant cope looking after my mum",
        "my wife has cancer and i care for her",
        "my mum is disabled and i help her",
        "my parent is an alcoholic and i look after my brother",
        "my mum has ms and i look after her",
        "I have to look after my little brother",
        "caring for my disabled son",
        "my nan is ill and i look after her",
        "im my mums carer",
        "i'm a young carer and no one knows",
    ],
)
def test_looking_after_someone_finds_the_page_for_carers_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [CARING_PAGE_ID], typed


@pytest.mark.parametrize(
    "typed",
    [
        # A parent's day, someone caring for the reader, the reader's own care.
        "i look after my kids",
        "my mum looks after me",
        "my carer is mean",
        "i want to look after myself",
        "i help her with her homework",
        "looking after my mental health",
        # A child in care (the code review of the day's search work).
        "i am a foster carer",
    ],
)
def test_other_looking_after_is_not_read_as_caring(typed: str) -> None:
    assert carers_page(typed) is None, typed


def test_someone_elses_self_harm_keeps_its_own_page_first(bundled: SearchIndex) -> None:
    typed = "my daughter cuts herself and i look after her"
    assert top(bundled, typed, count=1) == ["when-your-child-self-harms"]


@pytest.mark.parametrize("typed", ["foster carer", "i am a foster carer", "guardian"])
def test_a_foster_carer_finds_the_page_for_parents(bundled: SearchIndex, typed: str) -> None:
    # The page for carers of an ill or disabled person came first: it says "carer" most.
    assert top(bundled, typed, count=1) == ["when-your-child-self-harms"]


# A young person in foster care says "my foster carer" or "i live with foster carers": those
# listed the page for parents first (the carer's own page) once a page for them had landed.
@pytest.mark.parametrize(
    "typed",
    ["my foster carer", "my foster parents", "i live with foster carers", "im in foster care"]
    + ["i live with a foster family", "my foster mum doesnt understand me"],
)
def test_a_child_in_foster_care_finds_the_page_on_being_in_care(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["in-care-or-leaving-care"], typed
