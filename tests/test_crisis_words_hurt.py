"""Self-harm told as an act or an urge without "cut", "burn" or "hurt": hitting, scratching,
biting, punishing oneself, a relapse. "i cut myself" and "i want to hurt myself" brought help
first; these gave a list of articles (found by the crisis hunt, round four).
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["i keep scratching myself till i bleed", "i hit myself", "i keep hitting myself"]
    + ["I KEEP HITTING MYSELF", "i cant stop hitting myself", "i punched myself in the face"]
    + [
        "i bit myself till it bled",
        "i scratch my arms till they bleed",
        "i hit my legs till i bruise",
    ]
    + ["i want to hit myself", "i feel like punching myself", "i wanna choke myself"]
    + ["i want to punish myself", "i need to punish myself for what i did"]
    + ["i want to punish myself for eating", "i starve myself to punish myself"]
    + ["i want to feel pain", "i deserve pain", "i deserve to suffer", "i deserve to be punished"]
    + ["i relapsed", "i relapsed again", "ive relapsed", "i just relapsed last night"]
    + [
        "i relapsed with self harm",
        "i self harmed",
        "i just self harmed again",
        "i sh'd last night",
    ]
    + ["ive been banging myself against the wall", "i keep hitting myself on the head"],
)
def test_self_harm_told_as_an_act_or_urge_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i hit myself on the door", "i accidentally hit myself", "i hit myself by accident"]
    + ["i keep scratching myself in my sleep", "i keep scratching myself because of eczema"]
    + ["i scratched myself on a nail", "i bit my nails till they bled", "i hit my head on the door"]
    + ["i bite my lip till it bleeds", "i hit my head so hard it bled when i fell"]
    + [
        "how do i stop punishing myself",
        "i want to stop punishing myself",
        "why do i punish myself",
    ]
    + ["i dont want to punish myself anymore", "i punish myself for every mistake"]
    + ["i relapsed on alcohol", "i relapsed drinking", "what to do after a relapse"]
    + ["relapse prevention", "i deserve a break", "i want pain relief", "i deserve to be happy"]
    + ["my son hits himself when hes angry", "i self harm", "ive been self harming"]
    + ["i want to hit the gym", "i feel like punching a wall", "i hit myself playing football"],
)
def test_their_everyday_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# An injury told as meant, a burn made with a lighter or a cigarette, a wall punched till it
# bled: each gave no help box, where "i cut my arm on purpose" and "i hurt myself on purpose"
# had one (found by the crisis hunt, round six).
@pytest.mark.parametrize(
    "typed",
    ["i burned my arm on purpose", "i burnt my skin on purpose", "i hurt my hand on purpose"]
    + ["i hit my head on purpose", "i broke my wrist on purpose"]
    + ["i punched the wall on purpose to hurt my hand"]
    + ["i punched a wall till my knuckles bled", "i burned my arm with a lighter"]
    + ["i burned my arm with a cigarette", "i burnt my arm with a lighter on purpose"]
    + ["i keep burning my legs with a lighter", "i smashed my hand on purpose"]
    + ["i punched the wall so hard my knuckles split", "i deliberately burned my arm"]
    + ["i scalded my arm deliberately", "i purposely hit my face"]
    + ["i intentionally burned my hand"]
    # "purposefully" was read after a mishap's words but not after an injury (two lists of the
    # words for "meant"; found reading the whole change).
    + ["i burned my arm purposefully", "i purposefully hit my face"],
)
def test_an_injury_told_as_meant_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["i burned my toast on purpose", "my brother hit my arm on purpose"]
    + ["i burnt my arm on the iron", "i burned my arm on the oven"]
    + ["i burned my hand with a match lighting candles", "i failed my exam on purpose"]
    + ["i feel like punching a wall", "i punched the wall", "i hit my head on the cupboard"]
    + ["did he hurt my feelings on purpose", "i cut my hair short on purpose"]
    + ["i burnt my arm with the iron", "i hit the wall with my car"],
)
def test_a_thing_done_on_purpose_or_an_accident_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# "sh" for self-harm, wanted or meant: each gave no help box, where "i want to self harm" had
# one (found by the crisis hunt, round nine). Only typed alone or with when or how badly:
# "sh" is also "shh", and the start of other words.
@pytest.mark.parametrize(
    "typed",
    ["i want to sh", "i wanna sh", "i want to sh again", "gonna sh tonight", "I WANT TO SH"]
    + ["i wana sh", "i really want to sh so bad", "i need to sh rn", "im going to sh tonight"]
    + ["i want to sh!", "i want to sh... help", "im about to sh again"],
)
def test_sh_wanted_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


def test_someone_elses_sh_brings_help_for_them() -> None:
    assert suggests_crisis("my daughter wants to sh again")
    assert about_someone_else("my daughter wants to sh again")


@pytest.mark.parametrize(
    "typed",
    ["sh", "shh", "i want to sh the baby to sleep", "i want to shower", "i feel like sh"]
    + ["i need to shh", "i want to sh my mum up", "how do i stop wanting to sh", "i want to shop"],
)
def test_sh_as_shh_or_another_word_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# "sh myself", as "self harm myself" is typed: each gave no help box (found by the code review).
@pytest.mark.parametrize(
    "typed", ["i want to sh myself", "i wanna sh myself again", "im going to sh myself tonight"]
)
def test_sh_myself_wanted_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


def test_someone_elses_sh_themself_brings_help_for_them() -> None:
    assert suggests_crisis("my daughter wants to sh herself")
    assert about_someone_else("my daughter wants to sh herself")


# "sh myself" felt like, and "sh" of a part of the body: each gave no help box (found by the
# second code review). "i feel like sh" alone may be a curse cut short, and stays a search.
@pytest.mark.parametrize(
    "typed",
    ["i feel like sh myself", "i want to sh my arms", "i wanna sh my legs tonight"]
    + ["i feel like sh my wrists", "i need to sh my thighs so bad"],
)
def test_sh_felt_like_or_of_a_part_of_the_body_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed", ["i feel like sh", "i want to sh my baby to sleep", "i feel like sh my mum up"]
)
def test_sh_of_someone_else_or_alone_after_feel_like_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed
