"""Being adopted in a reader's own words: the page on it (If you are adopted) comes first,
with the page on care beside it where a birth parent may be either reader's."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

ADOPTED = "if-you-are-adopted"
IN_CARE = "in-care-or-leaving-care"


# Each listed the page on care first (which never says "birth") and this page third, or the
# page after a baby, or When your family is changing, or nothing (found by the seventh search
# hunt).
@pytest.mark.parametrize(
    "typed",
    ["birth mum", "my birth family", "find my birth mother", "birth dad messaged me"]
    + ["my mum isnt my real mum", "i dont know who my real parents are", "real mum"]
    + ["my birth mum doesnt want to know me", "my birth mother rejected me", "my bio mom"]
    + ["finding my birth parents", "step dad adopted me", "adpoted", "i miss my birth family"],
)
def test_being_adopted_in_a_readers_words_finds_its_page_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [ADOPTED], typed


# A birth or real parent may be an adopted reader's or that of a reader in care: both pages
# first. "birth" is adoption's word (birth parents, birth records), and the page on being
# adopted comes first; the page on care, which says "missing family", follows. These listed
# the page on care first until the page on being adopted landed.
@pytest.mark.parametrize(
    "typed",
    ["birth family", "my birth mum", "my birth parents", "my real dad", "biological dad"]
    + ["i want to see my birth mum"],
)
def test_a_birth_parent_lists_the_pages_on_adoption_and_on_care(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=2) == [ADOPTED, IN_CARE], typed


@pytest.mark.parametrize("typed", ["i miss my real mum", "contact with my birth mum"])
def test_a_parent_missed_or_seen_in_care_keeps_the_page_on_care_first(
    bundled: SearchIndex, typed: str
) -> None:
    found = top(bundled, typed, count=3)
    assert found[0] == IN_CARE, typed
    assert ADOPTED in found, typed
