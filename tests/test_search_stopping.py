"""Wanting to stop one's own self-harm: Riding out an urge first, then Understanding self-harm.

"help me stop cutting" listed When your child self-harms first, "i need help to stop self
harming" Self-harm in adult life, then the pages on food, medicine and alcohol (found by the
eleventh search hunt).
"""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from reader.search_stopping import stopping_pages
from tests.search_tools import top

URGE = "riding-out-an-urge"
UNDERSTANDING = "understanding-self-harm"


@pytest.mark.parametrize(
    "typed",
    ["i need help to stop self harming", "how do i stop self harming", "help me stop cutting"]
    + ["i want to stop cutting", "How to stop self-harm?", "i cant stop cutting", "how to stop sh"]
    + ["how do i stop hurting myself", "how can i stop myself from cutting"]
    + ["my mum wants me to stop self harming", "i want to quit self harm"],
)
def test_wanting_to_stop_lists_riding_out_an_urge_then_understanding_self_harm(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=2) == [URGE, UNDERSTANDING], typed


# Someone else's keeps the page for the one who typed it.
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("help my daughter stop cutting", "when-your-child-self-harms"),
        ("how do i get my son to stop self harming", "when-your-child-self-harms"),
        ("how do i stop my friend self harming", "supporting-someone"),
    ],
)
def test_someone_elses_keeps_their_page_first(bundled: SearchIndex, typed: str, first: str) -> None:
    assert top(bundled, typed, count=1) == [first], typed


# Stopping that is past, or cutting that is not self-harm, is no wish to stop it.
@pytest.mark.parametrize(
    "typed",
    ["i stopped self harming last year", "how to stop cutting my hair", "stop cutting class"]
    + ["help me stop", "stop cutting corners", "how do i stop cutting down on food"],
)
def test_other_stopping_is_left_be(typed: str) -> None:
    assert stopping_pages(typed) is None, typed
