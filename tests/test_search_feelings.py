"""Feelings typed alone or together: the page on each feeling comes first."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top


# Each listed a page that says the word in passing first, or found nothing: "hopeless" the
# page on waiting lists, "upset" the page on being online, "nervous" a first therapy session,
# "panicky" grounding; "unloved" and "annoyed" nothing (found by the sixth search hunt).
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("hopeless", "when-you-feel-low"),
        ("i feel hopeless", "when-you-feel-low"),
        ("everything feels hopeless", "when-you-feel-low"),
        ("im upset", "emotional-overwhelm"),
        ("so upset", "emotional-overwhelm"),
        ("feeling nervous", "panic-and-anxiety"),
        ("i feel panicky", "panic-and-anxiety"),
        ("i feel unloved", "feeling-alone"),
        ("annoyed", "when-anger-feels-too-big"),
    ],
)
def test_a_feeling_typed_alone_finds_the_page_on_it_first(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed


# Said with what it is about, the page on that still comes first.
def test_a_feeling_said_of_something_keeps_the_page_on_it(bundled: SearchIndex) -> None:
    assert top(bundled, "nervous about therapy", count=1) == ["first-therapy-session"]
