"""Others better off without the reader, or without someone they care for: help comes first.

Feeling a burden, and that others would be happier without you, is a warning sign of suicide
(Samaritans, the pack's Thoughts of not wanting to be here and Supporting someone).
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


# Each gave a list of articles and no help box, where "better off without me" had one.
@pytest.mark.parametrize(
    "typed",
    ["everyone would be happier without me", "my family would be happier without me"]
    + ["theyd all be happier without me", "life would be easier for everyone without me"]
    + ["everyone would be happier if i was gone", "they would be fine if i wasnt here"]
    + ["would my mum be okay if i died", "everyone would be better if i didnt exist"]
    + ["EVERYONE WOULD BE HAPPIER WITHOUT ME"],
)
def test_others_happier_without_the_reader_is_their_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["would my dog be okay if i was gone for a week", "they went out without me"]
    + ["the team is happier without me at the meeting", "better if i was here"]
    + ["would the class be fine if i was not here on monday", "am i better off without him"]
    + ["we are better off without him since the divorce", "nobody will miss him at work"]
    + ["its easier without me there"],
)
def test_their_everyday_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# A supporter telling what the other person said: no help box, though "nobody would miss me"
# and "i feel like a burden" had one.
@pytest.mark.parametrize(
    "typed",
    ["he said nobody would miss him", "my friend told me no one would miss her"]
    + ["she thinks everyone would be better off without her", "she feels like a burden"]
    + ["he says his family would be happier without him", "he said he feels like a burden"]
    + ["my son said hes a burden", "she keeps saying shes such a burden"]
    + ["my sister says no one would care if she died"],
)
def test_someone_else_saying_it_is_a_crisis_about_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["caring for my mum feels like a burden", "looking after her feels like a burden"]
    + ["my mother is such a burden", "she said the bills are a burden"],
)
def test_a_carers_burden_is_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)
