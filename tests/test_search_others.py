"""A fear or urge to hurt someone else: the page on anger first, and no crisis help box."""

from __future__ import annotations

import pytest

from reader.crisis_words import suggests_crisis
from reader.search import SearchIndex
from reader.search_others import others_page
from tests.search_tools import make, top


# "im scared i will hurt my baby" listed When home does not feel safe first, "i am scared i
# will hurt someone" When someone finds out. A fear or a thought of it finds the page on
# unwanted thoughts; an urge, the page on anger ("If you worry about hurting someone"). The
# help box speaks of hurting yourself, so these stay searches (and "this game makes me want to
# kill someone" is how people talk).
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("im scared i will hurt my baby", "unwanted-thoughts"),
        ("i'm scared i will hurt my baby", "unwanted-thoughts"),
        ("i am scared i will hurt someone", "unwanted-thoughts"),
        ("I'M SCARED I'LL HURT MY KIDS", "unwanted-thoughts"),
        ("i keep having thoughts of hurting my baby", "unwanted-thoughts"),
        ("im worried ill hurt someone", "unwanted-thoughts"),
        ("i keep thinking about hurting my mum", "unwanted-thoughts"),
        ("i want to kill someone", "when-anger-feels-too-big"),
        ("i want to hurt him", "when-anger-feels-too-big"),
        ("i want to hurt someone", "when-anger-feels-too-big"),
        ("this game makes me want to kill someone", "when-anger-feels-too-big"),
        ("i want to punch my head teacher", "when-anger-feels-too-big"),
    ],
)
def test_a_fear_or_urge_to_hurt_someone_finds_its_page_first(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed
    assert not suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    ["i want to hurt myself", "im scared he will hurt me", "my dad wants to hurt me"]
    + ["i dont want to hurt my parents by telling them", "im scared i will hurt my mums feelings"]
    + ["i'm scared telling them will hurt them", "i want to hit the gym", "my feet are killing me"]
    + ["i never want to hurt anyone", "i want to hit my own head"],
)
def test_other_hurts_are_not_read_as_hurting_someone(typed: str) -> None:
    assert others_page(typed) is None


# Self-harm told by the part of the body ("i want to hit my head", "i want to hurt my arms")
# is the reader's own hurt: the page on anger went first, as if for hurting someone else.
@pytest.mark.parametrize(
    "typed",
    ["i want to hit my head", "i want to hit my head against the wall", "i want to hurt my body"]
    + ["i want to harm my body", "i want to hurt my arms", "i want to punch my legs"]
    + ["i feel like hurting my arm", "i want to stab my leg", "i want to punch my stomach"]
    + ["i want to hurt my wrists", "i want to hit my face", "i want to kill my body"],
)
def test_hurting_a_part_of_ones_own_body_is_not_hurting_someone(typed: str) -> None:
    assert others_page(typed) is None, typed


def test_with_the_page_on_anger_hidden_the_search_still_finds_the_rest() -> None:
    index = SearchIndex([make("hurt", body="When you want to hurt someone, leave the room.")])
    assert [hit.article_id for hit in index.search("i want to hurt someone")] == ["hurt"]
