"""Not feeling safe with oneself, as readers type it: not safe, not trusting oneself, afraid of
what one might do, about to do something stupid. Each gave no help box (found by the crisis
hunt, round eight), where "im not safe" and "i feel unsafe" had one.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis

OWN = (
    ["i dont feel safe", "i don't feel safe", "i dnt feel safe", "I DONT FEEL SAFE RIGHT NOW"]
    + ["i do not feel safe", "i dont feel safe tonight", "i dont feel safe with myself"]
    + ["i dont feel safe being alone", "i dont feel safe on my own tonight"]
    + ["i dont feel safe in my own head", "i dont trust myself", "i dont trust myself tonight"]
    + ["i dont trust myself right now", "i dont trust myself around knives"]
    + ["i dont trust myself with my pills", "im scared of what i might do"]
    + ["im afraid of what i might do", "im scared of what ill do", "im scared of myself"]
    + ["im scared of what i might do to myself", "i'm scared i'll do something stupid"]
    + ["im going to do something stupid", "im gonna do something stupid"]
    + ["i might do something stupid tonight", "im about to do something stupid"]
)
THEIRS = (
    ["my daughter doesnt feel safe", "she said she doesnt feel safe"]
    + ["my son said he might do something stupid", "im scared he will do something stupid"]
    + ["he doesnt trust himself tonight", "im scared of what she might do"]
)
# Fear on the road or of a result, trust with money, and something stupid told what it is.
EVERYDAY = (
    ["i dont feel safe driving", "i dont feel safe on the bus", "i dont trust myself with money"]
    + ["i dont trust myself to drive", "i dont trust my boyfriend", "i did something stupid"]
    + ["im going to do something stupid like text my ex", "im scared of what people will think"]
    + ["im scared of what the results will say", "she doesnt feel safe at school"]
)


@pytest.mark.parametrize("typed", OWN)
def test_not_feeling_safe_with_oneself_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize("typed", THEIRS)
def test_someone_else_not_safe_brings_help_for_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize("typed", EVERYDAY)
def test_an_everyday_fear_or_mistrust_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)
