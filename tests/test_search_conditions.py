"""A condition named with what it brings ("my adhd makes me angry", "adhd burnout"): the page
on the condition and the page on the feeling both come near the top."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top


# "makes" is in no page with "adhd" and "angry" (the ADHD page says "anger"): the page on
# ADHD was not listed at all, and the pages on a changing family and on someone finding out
# came second and third (found by the third search hunt).
@pytest.mark.parametrize(
    "typed",
    ["my adhd makes me angry", "adhd makes me so angry", "my adhd made me angry"]
    + ["adhd angry", "i get angry because of my adhd"],
)
def test_adhd_and_anger_find_both_pages_first(bundled: SearchIndex, typed: str) -> None:
    assert set(top(bundled, typed, count=2)) == {"if-you-have-adhd", "when-anger-feels-too-big"}
