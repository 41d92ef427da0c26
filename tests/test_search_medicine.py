"""Medicine for mental health in a reader's own words: the page on it (If you are offered
medicine for your mental health) comes first. The page names no medicine, on purpose."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

MEDICINE_PAGE = "medicine-for-your-mental-health"


# Each found nothing (the names, "ssri", the slips) or listed another page first: the page on
# special days for "happy pills", the page on panic for "pills for anxiety", the page on ADHD
# for "brain zaps", this page third for "tablets for depression" (found by the seventh search
# hunt).
@pytest.mark.parametrize(
    "typed",
    ["sertraline", "ssri", "fluoxetine", "citalopram", "prozac", "sertaline", "antidepressents"]
    + ["pills for anxiety", "happy pills", "tablets for depression", "brain zaps", "medecine"]
    + ["coming off sertraline", "sertraline side effects", "should i take sertraline"],
)
def test_medicine_in_a_readers_words_finds_its_page_first(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == [MEDICINE_PAGE], typed


@pytest.mark.parametrize("name", ["sertraline", "citalopram", "mirtazapine", "ssri", "prozac"])
def test_a_medicine_by_name_lists_that_page_alone(bundled: SearchIndex, name: str) -> None:
    # Sent to the page's own general words ("antidepressants", "medication"), which no other
    # page says: never to the pages that tell of taking too much.
    assert top(bundled, name, count=5) == [MEDICINE_PAGE], name
