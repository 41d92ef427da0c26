"""Harm told with 'got' ("i got raped"): the page on it first, not the page on asylum."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top


# "got" is said most by the page on asylum, which came first for "i got raped", with the page
# after sexual violence second (found while fixing what the code review found).
@pytest.mark.parametrize(
    "typed",
    ["i got raped", "i got raped last night", "i got sexually assaulted", "my friend got raped"],
)
def test_rape_told_with_got_finds_the_page_after_sexual_violence_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["after-sexual-violence"], typed


# The same with harm of another kind: "i got sexually abused" and "i got assaulted" still listed
# the page on asylum first, as "i was sexually abused" does not (found by the second code review).
@pytest.mark.parametrize("harm", ["sexually abused", "assaulted", "sexually assaulted"])
def test_harm_told_with_got_finds_what_it_does_told_with_was(
    bundled: SearchIndex, harm: str
) -> None:
    told_with_was = top(bundled, f"i was {harm}", count=1)
    assert told_with_was != ["refugees-and-asylum"], harm
    assert top(bundled, f"i got {harm}", count=1) == told_with_was, harm
