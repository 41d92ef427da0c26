"""Warning signs of suicide, told of someone else: help comes first, for the one who typed it."""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


# Each gave an ordinary list of articles and no help box, though Supporting someone names
# them as signs: giving things away, saying goodbye, putting things in order.
@pytest.mark.parametrize(
    "typed",
    ["my friend gave away all her stuff", "she sent me a goodbye message"]
    + ["he said goodbye to everyone like he won't see us again"]
    + ["my brother wrote a will and he is only 16", "my friend posted a goodbye message"]
    + ["my son is giving away his things", "she gave all her stuff away"]
    + ["my girlfriend texted me goodbye", "he left a goodbye note"]
    + ["my sister has been writing goodbye letters", "he keeps saying goodbye like its forever"]
    + ["my dad said he wont be around much longer", "she said she wont be here much longer"],
)
def test_warning_signs_in_someone_else_are_a_crisis_about_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize(
    "typed", ["i gave away all my stuff", "i wrote a goodbye letter to my family"]
)
def test_the_same_signs_of_the_readers_own_are_their_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["gave away old clothes to charity", "goodbye message for a leaving card"]
    + ["said goodbye at the airport", "how to write a will", "she said goodbye at the station"]
    + ["giving away free things", "saying goodbye to a therapist", "goodbye"]
    + ["writing a goodbye message for a colleague leaving", "he will be around later"]
    + ["my therapist won't see me again", "goodbye letter template"],
)
def test_their_everyday_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    ["i feel like a burden", "i am a burden", "im such a burden", "i'm just a burden"]
    + ["feel like i'm a burden on my family", "i feel like a huge burden to my mum"],
)
def test_feeling_a_burden_said_alone_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["the burden of proof", "money is a burden", "carer burden", "a burden shared"]
    + ["i dont feel like a burden", "i dont want my dad to feel like a burden"]
    + ["i never feel like a burden with her"],
)
def test_other_burdens_stay_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# Said as a feeling that goes on, or as something the reader has become: each gave a list of
# articles and no help box, where "i feel like a burden" had one (found by the code review).
@pytest.mark.parametrize(
    "typed",
    ["i hate feeling like a burden", "always feeling like a burden", "ive become a burden"]
    + ["i have become such a burden to my family", "im becoming a burden"],
)
def test_feeling_or_becoming_a_burden_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


# Relief, not a warning sign: since a6f24a4 "i feel like a burden has been lifted" (said
# after telling someone) showed the reader's own help box.
@pytest.mark.parametrize(
    "typed",
    ["i feel like a burden has been lifted", "i feel like a huge burden was lifted"]
    + ["i feel like a burden is off my shoulders", "i feel like a burden has gone"],
)
def test_a_burden_lifted_is_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)
