"""Fear of telling someone, in a reader's words: the page on telling that person first."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top


# "scared to tell my gp" listed the page for refugees first (its GP who is "scared to"), "scared
# to tell my doctor" the page on home not being safe, "afraid to tell my gp" the page on
# bullying; none listed Talking to a doctor in the first four (found by the eighth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["scared to tell my gp", "scared to tell my doctor", "afraid to tell my gp"]
    + ["im scared to tell the doctor", "nervous about telling my gp", "dont want to tell my gp"]
    + ["too scared to tell my doctor i self harm", "scared of the doctor", "scared to see my gp"],
)
def test_fear_of_telling_a_doctor_finds_talking_to_a_doctor_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["talking-to-a-doctor"], typed


# "scared to tell anyone" listed the page on home not being safe first, "scared to tell my mum"
# and "scared to tell my parents" the page on a changing family.
@pytest.mark.parametrize(
    "typed",
    ["scared to tell anyone", "scared to tell someone", "scared to tell my mum"]
    + ["scared to tell my parents", "afraid to tell my friends", "too scared to tell anyone"],
)
def test_fear_of_telling_someone_finds_talking_to_someone_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["talking-to-someone"], typed


# Asking how to tell, or saying one wants to: "how do i tell my mum i self harm" listed the
# page on special days first, "how can i tell my parents" the page on a changing family, "how
# do i tell someone" and "i want to tell someone" the pages that say "tell someone" in passing
# (the page on a learning disability, on a break-up), with Talking to someone you trust not
# in the first four (found by the ninth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["how do i tell my mum i self harm", "how can i tell my parents", "should i tell my friend"]
    + ["how do i tell someone", "i want to tell someone", "i cant tell anyone", "talk to someone"]
    + ["i want to talk to my mum", "how do i tell someone i self harm"],
)
def test_asking_how_to_tell_someone_finds_talking_to_someone_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["talking-to-someone"], typed


@pytest.mark.parametrize(
    "typed", ["how do i tell my doctor", "how to tell my gp i self harm", "should i tell my gp"]
)
def test_asking_how_to_tell_a_doctor_finds_talking_to_a_doctor_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["talking-to-a-doctor"], typed


# What is told keeps its page: coming out, and scars.
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("how do i tell my parents im gay", "if-you-are-lgbtq"),
        ("should i tell my partner about my scars", "living-with-scars"),
        ("how can i tell if my friend self harms", "supporting-someone"),
    ],
)
def test_what_is_told_keeps_its_page(bundled: SearchIndex, typed: str, first: str) -> None:
    assert top(bundled, typed, count=1) == [first], typed


# Keeping it all in, in a reader's words: "i bottle everything up" listed the page on the basics
# first, "i keep it all inside" the page on pressure, and neither listed Talking to someone you
# trust (for what has been "kept inside for a long time") in the first four. For men and boys,
# for "bottling up", follows it: the one who typed it may be anyone.
@pytest.mark.parametrize(
    "typed",
    ["i bottle everything up", "i bottle things up", "i keep everything in"]
    + ["i keep it all inside", "i bottle up my feelings", "i keep my feelings to myself"]
    + ["i keep everything bottled up", "i hold it all in", "bottling things up"],
)
def test_keeping_it_all_in_lists_talking_to_someone_then_the_page_for_men(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=2) == ["talking-to-someone", "for-men-and-boys"], typed


# Kept in mind is not kept in; a man or boy's who keeps it in keeps his pages.
def test_keeping_something_in_mind_is_not_keeping_it_in(bundled: SearchIndex) -> None:
    assert "talking-to-someone" not in top(bundled, "keep it in mind", count=2)
    assert top(bundled, "my husband keeps it all in", count=1) == ["for-men-and-boys"]
