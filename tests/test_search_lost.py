"""Not knowing what to do, typed in a reader's words ("idk what to do"): the page for feelings
too big to think through first, then the pages on telling someone."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

OVERWHELM = "emotional-overwhelm"  # "hard to know what to do"
SAYING_IT = {"talking-to-someone", "talking-to-a-doctor"}  # "I don't know what to do" to say


# "idk what to do" listed only Self-harm in adult life, "idk" nothing at all, "i do not know
# what to do" the page on being adopted first, "i dont know what to do" the page on a changing
# family (found by the eighth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["idk", "idk what to do", "idk what to do anymore", "i dont know what to do"]
    + ["i don't know what to do", "i do not know what to do", "I DONT KNOW WHAT TO DO ANYMORE"]
    + ["dunno what to do", "what do i do", "what should i do now", "i have no idea what to do"],
)
def test_not_knowing_what_to_do_finds_the_page_on_overwhelm_then_telling_someone(
    bundled: SearchIndex, typed: str
) -> None:
    first, *next_two = top(bundled, typed, count=3)
    assert first == OVERWHELM, typed
    assert set(next_two) == SAYING_IT, typed


# A question typed whole keeps what it asks about: the lead is for the words alone.
@pytest.mark.parametrize(
    ("typed", "page"),
    [
        ("what do i do if my friend self harms", "supporting-someone"),
        ("idk what to do about my son self harming", "when-your-child-self-harms"),
    ],
)
def test_not_knowing_what_to_do_about_something_finds_the_page_on_it(
    bundled: SearchIndex, typed: str, page: str
) -> None:
    assert top(bundled, typed, count=1) == [page], typed
