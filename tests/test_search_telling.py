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
