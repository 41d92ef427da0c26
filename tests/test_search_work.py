"""Work, in a reader's words: the page on work (When work feels like too much) comes first."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

WORK = "when-work-is-too-much"


# "at work" was the word "work" alone, said by every page: "stressed at work" listed the pages
# on food, gambling and numbness, "i can't cope at work" the page on voices; a job lost listed
# the page on money first, and "sick pay" it too (found by the fourth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["stressed at work", "im so stressed at work", "stress at work", "work stress"]
    + ["i can't cope at work", "i cant cope at work", "struggling at work", "im not coping at work"]
    + ["lost my job", "i lost my job", "made redundant", "ive been made redundant", "laid off"]
    + ["sick pay", "signed off work"],
)
def test_work_in_a_readers_words_finds_the_page_on_work_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [WORK], typed


# The page on work sends a reader whose money is tight to the page on money: it is next.
@pytest.mark.parametrize("typed", ["lost my job", "i lost my job", "made redundant", "sick pay"])
def test_a_job_or_pay_lost_lists_the_page_on_money_next(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=2) == [WORK, "money-worries"], typed


def test_bullied_at_work_still_finds_the_page_on_bullying_first(bundled: SearchIndex) -> None:
    assert top(bundled, "bullied at work", count=2) == ["bullying", WORK]


# The page on pressure came first before the page on work was written; it is next.
@pytest.mark.parametrize("typed", ["burnout at work", "work burnout", "burnt out at work"])
def test_burnout_at_work_finds_the_page_on_work_then_pressure(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=2) == [WORK, "pressure-and-perfectionism"], typed


# A feeling said of work: each feeling word is a key, and the page on work says none of them
# with "at work" ("crying at work" listed the pages on a suicide loss and ADHD, "depressed at
# work" Understanding self-harm, "anxiety at work" the page on pressure) (found by the fifth
# search hunt).
@pytest.mark.parametrize(
    "typed",
    ["crying at work", "i cried at work", "anxiety at work", "anxious at work", "sad at work"]
    + ["depressed at work", "panic attack at work", "i had a panic attack at work"]
    + ["dread going to work", "cant face work", "i cant go to work", "working too much"]
    + ["i work in a care home"],
)
def test_a_feeling_at_work_finds_the_page_on_work_first(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == [WORK], typed
