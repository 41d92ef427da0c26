"""Crisis words as people type them in a hurry: any apostrophe, text speak, short forms,
and about whom: the reader or someone else."""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


# A phone or keyboard may type any of these for the apostrophe in "can't".
@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u2018", "\u02bc", "`", "\u00b4"])
def test_any_apostrophe_is_one(apostrophe: str) -> None:
    assert suggests_crisis(f"I can{apostrophe}t go on")
    assert suggests_crisis(f"i don{apostrophe}t want to live")


# Text speak and slips in the everyday words around "die" and "live": no help box came.
@pytest.mark.parametrize(
    "typed",
    ["i want 2 die", "want 2 die", "i wana die", "i wnat to die", "i want too die"]
    + ["dont wanna live", "i dont wanna be here anymore", "i wish i could die"]
    + ["i want it all to end", "i want everything to be over"],
)
def test_text_speak_and_slips_are_recognised(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed", ["i want 2 dye my hair", "wanna live abroad", "i want it to end on a high"]
)
def test_everyday_text_speak_is_not(typed: str) -> None:
    assert not suggests_crisis(typed)


# Short forms: "od" for an overdose, and "cut" as it is often spelt, or with the place named.
@pytest.mark.parametrize(
    "typed",
    ["i want to od", "gonna od", "i od'd", "i oded", "od on pills", "i odd on paracetamol"]
    + ["od'd on tablets"]
    + ["cutt myself", "i cutted myself", "cut my wrists", "slit my wrist"],
)
def test_short_forms_are_recognised(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize("typed", ["od", "odd", "period", "an odd day", "cut my hair", "god"])
def test_everyday_short_forms_are_not(typed: str) -> None:
    assert not suggests_crisis(typed)


# "odd" after "i", "to" or before "on" is nearly always the everyday word: these brought the
# crisis box and sent Enter to Get help now, over the page the reader was looking for.
@pytest.mark.parametrize(
    "typed",
    ["am i odd", "am i odd for self harming", "my scar looks odd on my arm"]
    + ["i feel odd on my new meds", "feeling odd on medication", "reacting to odd thoughts"],
)
def test_odd_as_an_everyday_word_is_not(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize(
    ("typed", "other"),
    [
        ("my friend wants to kill himself", True),
        ("she took too many", True),
        ("my son is suicidal", True),
        ("my friend told me she wants to die", True),
        ("they want to end it", True),
        ("i want to die", False),
        ("my mum hits me and i want to die", False),
        ("im going to kill myself", False),
        ("kms", False),
        # A parent or friend asking what to do: their "i" is not their own danger, and
        # Supporting someone was left out of the list for them.
        ("my friend wants to kill himself what do i do", True),
        ("i think my daughter is suicidal", True),
        ("im worried my friend will kill herself", True),
        ("how can i help my suicidal friend", True),
        ("my bf wants to kms", True),
        ("i dont know what to do my son took too many pills", True),
        ("i think i want to die", False),
        ("im scared i will kill myself", False),
        ("should i tell my mum im suicidal", False),
        ("how do i tell my mum i want to die", False),
    ],
)
def test_a_search_about_someone_else_is_told_apart(typed: str, other: bool) -> None:
    assert about_someone_else(typed) is other


# Found missing in a review: help came second, or not at all.
@pytest.mark.parametrize(
    "typed",
    ["i swallowed a bottle of pills", "took the whole packet of paracetamol", "took 20 pills"]
    + ["i want to jump off a bridge", "jumping in front of a train", "ending it tonight"]
    + ["im thinking of ending it", "the bleeding wont stop"]
    + ["i took pills", "i swallowed some tablets.", "took my whole prescription"]
    + ["i drank bleach", "she swallowed poison"],
)
def test_what_a_review_found_missing_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    ["a bottle of water", "took 2 pills for a headache", "jump off the sofa", "ending it with him"]
    + ["it ends tonight at nine", "took 20 photos"]
    + ["i took my pills", "i took pills for my back"]
    + ["i forgot to take my pills", "bleach stains on clothes"],
)
def test_their_everyday_neighbours_do_not(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    ["climate crisis", "the cost of living crisis", "emergency contraception"]
    + ["emergency dentist near me", "not safe for work", "midlife crisis", "mid-life crisis"]
    + ["im having a quarter life crisis", "this exam is killing me", "my feet are killing me"]
    + ["my back's killing me", "homework is killing me", "the heat is killing me"]
    # An ache, and "back's" without its apostrophe: each showed the help box.
    + ["my head is killing me", "my heads killing me", "my backs killing me"]
    + ["my period is killing me", "my stomach is killing me", "my teeth are killing me"],
)
def test_everyday_phrases_with_a_crisis_word_bring_no_help_box(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    ["im in crisis", "mental health crisis", "its an emergency", "i am not safe"]
    + ["climate crisis and i want to die", "after emergency contraception i took too many pills"]
    + ["killing me", "he is killing me", "my dad is killing me", "this pain is killing me"]
    + ["life is killing me", "this exam is killing me i want to die", "kill me"]
    + ["midlife crisis and i want to kill myself", "exams are killing me and im not safe"]
    + ["the voices in my head are killing me", "my head is killing me and i want to die"]
    + ["the thoughts inside my head are killing me", "whats going on inside my head is killing me"],
)
def test_a_crisis_of_the_readers_own_still_does(typed: str) -> None:
    assert suggests_crisis(typed)


# "my self esteem" is not "myself": each showed the help box (found by the crisis hunt).
@pytest.mark.parametrize(
    "typed",
    ["social media is hurting my self esteem", "bullying is harming my self-esteem"]
    + ["instagram is killing my self esteem", "my job is killing my self worth"]
    + ["he keeps hurting my self confidence", "how to stop harming my self image"],
)
def test_my_self_esteem_is_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed", ["i hurt my self", "i want to kill my self", "i hate my self esteem so i cut my self"]
)
def test_my_self_as_two_words_is_still_myself(typed: str) -> None:
    assert suggests_crisis(typed)


# Text speak for the small words around the crisis words: each gave no help box, where the
# same words written out had one.
@pytest.mark.parametrize(
    "typed",
    ["i dnt want to live", "i cnt go on", "i cnt take it anymore", "no1 would miss me"]
    + ["noone would miss me", "some1 help me", "im gonna do it 2nite", "im going to do it tonite"]
    + ["i have a plan 2 end it", "nothin matters anymore", "i hv a plan", "i dnt see a future"]
    + ["every1 wud be happier without me", "im doing it 2day"],
)
def test_text_speak_around_crisis_words_is_recognised(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    ["i took 2 pills", "i want 2 dye my hair", "im going to do it 2morrow", "i hv a plan b"]
    + ["nothin matters more than sleep", "some1 to talk to about sleep", "cnt sleep"],
)
def test_everyday_text_speak_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)
