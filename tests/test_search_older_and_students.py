"""Readers earlier hunts served least, in their own words: an older adult, a student away
from home."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top


# Each found nothing at all, or listed the page on money first ("failing my degree": no page
# says "degree") (found by the third search hunt).
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("widow", "grief-and-loss"),
        ("widowed", "grief-and-loss"),
        ("im a widower", "grief-and-loss"),
        ("failing my degree", "school-and-college"),
        ("my degree", "school-and-college"),
        ("homesick", "school-and-college"),
        ("homesick at uni", "school-and-college"),
    ],
)
def test_words_that_found_nothing_find_the_page_on_them(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed


# The page on later life has "widowed" among its topics, and came first for it: a death comes
# first, and the page on later life is still in the first three.
@pytest.mark.parametrize("typed", ["widow", "widowed", "im a widower", "recently widowed"])
def test_a_widow_finds_the_page_on_grief_then_the_page_on_later_life(
    bundled: SearchIndex, typed: str
) -> None:
    found = top(bundled, typed, count=3)
    assert found[0] == "grief-and-loss", typed
    assert "in-later-life" in found, typed


def test_homesick_also_finds_the_page_on_feeling_alone(bundled: SearchIndex) -> None:
    assert "feeling-alone" in top(bundled, "homesick", count=4)


# "uni" was searched as the start of a word, and "union" (the page on work's union rep) and
# "uniform" came first: "uni stress" listed the page on work first, "first year at uni" the
# page on racism (found by the fourth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["uni", "uni stress", "first year at uni", "struggling at uni", "stressed at uni"]
    + ["i cant cope at uni", "freshers", "university stress"],
)
def test_university_in_a_students_words_finds_the_page_on_school_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["school-and-college"], typed


def test_a_whole_word_key_is_not_searched_as_a_start(bundled: SearchIndex) -> None:
    # "union" and "uniform" are still found as they are typed further.
    assert top(bundled, "union", count=1) == ["when-work-is-too-much"]
    assert "when-work-is-too-much" not in top(bundled, "uni stress")


# The page on school never says "anxiety": "school anxiety" listed the pages on unwanted
# thoughts and pressure first and neither the page on school nor the one on anxiety in the
# first four, "anxious about school" the pages on bullying and money (found by the fourth
# search hunt).
@pytest.mark.parametrize(
    "typed",
    ["school anxiety", "anxious about school", "im anxious about school", "anxiety at school"]
    + ["worried about school", "scared to go to school", "college anxiety"],
)
def test_worry_about_school_finds_the_page_on_school_then_anxiety(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=2) == ["school-and-college", "panic-and-anxiety"], typed


# An older reader's loneliness, in their words: the page on pensions or on self-harm in adult
# life came first ("older"), or the page for parents, or nothing at all; When you feel alone
# has a part for older readers (found by the fifth search hunt). "living alone" found no page
# (none said "living"), and "i live alone" listed the page on suicidal thoughts first ("live").
@pytest.mark.parametrize(
    "typed",
    ["living alone", "i live alone", "i live on my own", "living on my own and lonely"]
    + [
        "lonely pensioner",
        "old and lonely",
        "lonely old lady",
        "elderly and alone",
        "old and alone",
    ]
    + ["nobody visits me", "no one ever visits", "my kids never visit", "my children dont visit"]
    + ["my son never calls", "housebound", "lonely in a nursing home"],
)
def test_an_older_readers_loneliness_finds_the_page_on_feeling_alone_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["feeling-alone"], typed


# "care home" mostly means a home for older people, and the page on later life is the one
# that names it ("Moving home, perhaps into a care home"); a young person in a children's home
# may say it too, and finds the page on being in care next. "childrens home" finds it first.
# When you feel alone, first until the page on later life landed, comes third: that page links
# it. Its lead put it first, and the page on later life second, in-care-or-leaving-care third.
@pytest.mark.parametrize(
    "typed",
    ["care home", "care homes", "im in a care home", "i live in a care home"]
    + ["living in a care home", "lives in a care home"],
)
def test_a_care_home_lists_the_page_on_later_life_then_on_being_in_care(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=3) == [
        "in-later-life",
        "in-care-or-leaving-care",
        "feeling-alone",
    ], typed


# A home for older people by its other names lists what "care home" lists first: the page on
# later life, which names it, then When you feel alone. These were in the test above, from
# before the page on later life landed, and listed When you feel alone first and the page on
# later life second, where "care home" listed it first (found by the tenth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["nursing home", "retirement home", "old peoples home", "old people's home", "old folks home"]
    + ["i live in a nursing home", "im in a nursing home", "living in a retirement home"]
    + ["residential home", "sheltered housing"],
)
def test_a_home_for_older_people_lists_the_page_on_later_life_then_feeling_alone(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=2) == ["in-later-life", "feeling-alone"], typed


@pytest.mark.parametrize("typed", ["childrens home", "kids care home", "childrens care home"])
def test_a_childrens_home_finds_the_page_on_being_in_care_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["in-care-or-leaving-care"], typed


# A parent or partner in a care home: the reader may still care for them (it listed the page
# on special days first). Said without "is", of a nursing home or of dementia, it listed the
# page on being in care first, or special days, home not being safe, a family changing (known
# miss "visiting my mum in a care home", and found by the sixth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["my mum is in a care home", "i put my dad in a care home", "visiting my mum in a care home"]
    + ["visiting my dad in a nursing home", "my nan is in a home", "visiting mum in care home"]
    + ["i hate visiting my gran in the care home", "guilty about putting mum in a home"]
    + ["my dad has dementia", "my husband has alzheimers"],
)
def test_someone_the_reader_cares_for_in_a_care_home_finds_the_page_for_carers_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["caring-for-someone"], typed


# A partner's death and loneliness: "my wife died and im lonely" listed the page on losing a
# baby first (it says "grief", "lonely" and "partner").
@pytest.mark.parametrize(
    "typed",
    ["my wife died and im lonely", "my husband died and im alone"]
    + ["my partner died and i feel so lonely"],
)
def test_a_partners_death_and_loneliness_find_the_page_on_grief_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["grief-and-loss"], typed


# An age told as a number, as older readers type it: no page has the number, and "i am 72"
# listed the pages after a suicide attempt and for carers, "70 year old" Self-harm in adult
# life then special days, "aged 75" the page after sexual violence, "im in my 70s" nothing
# (found by the tenth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["i am 72", "70 year old", "im 80", "I'm 85", "aged 75", "im 68 years old", "a 90 yr old"]
    + ["im in my 70s", "in my eighties", "im seventy", "i am 80 and lonely", "oap", "im an oap"]
    + ["my mum is 80 years old", "i turned 65"],
)
def test_an_older_age_told_as_a_number_finds_the_page_on_later_life_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["in-later-life"], typed


# A younger age keeps what it found: "im 40" lists Self-harm in adult life.
def test_a_younger_age_is_not_later_life(bundled: SearchIndex) -> None:
    assert "in-later-life" not in top(bundled, "im 40", count=1)


# The reader's parent or partner in a care home: the page for carers first, then the page on
# later life, which names care homes and is for those who care about an older person too.
# The page after a baby came second ("caring"), and the page on later life not in the first
# four (found by the tenth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["my mum lives in a care home", "my mum is in a care home", "my dad lives in a nursing home"]
    + ["visiting my mum in a care home", "my husband went into a nursing home"]
    + ["i put my dad in a care home", "my nan is in a home"],
)
def test_someone_in_a_care_home_lists_the_page_for_carers_then_later_life(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=2) == ["caring-for-someone", "in-later-life"], typed


# Widowed and lonely, as loneliness with another feeling is (reader/synonym_lonely.py): the
# page on feeling alone first, which has a part for older people, then the pages on later life
# and on grief. The page on later life came first and the page on losing a baby second (it
# says "grief", "lonely" and "partner"), with the page on feeling alone third (found by the
# tenth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["widowed and lonely", "lonely widow", "im a widow and lonely", "widower lonely"]
    + ["widowed and alone", "lonely since i was widowed"],
)
def test_widowed_and_lonely_lists_feeling_alone_then_later_life_and_grief(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=3) == ["feeling-alone", "in-later-life", "grief-and-loss"]


# A number after "i am" that counts something else is not an age: each listed the page on later
# life first or second (found by the code review).
@pytest.mark.parametrize(
    "typed",
    ["im 75 percent sure im depressed", "i am 100% done", "i am 60 miles from home"]
    + ["i am 100 days self harm free", "im 90 % sure", "i am 80 kilos and i hate my body"]
    + ["im 70 days clean", "i am 70 pounds in debt"],
)
def test_a_number_that_counts_something_else_is_not_an_age(
    bundled: SearchIndex, typed: str
) -> None:
    assert "in-later-life" not in top(bundled, typed, count=4), typed


# Told with what follows an age, it still is one.
@pytest.mark.parametrize(
    "typed", ["i am 72 and lonely", "im 80 now", "i am 75 and live alone", "im 68 years old"]
)
def test_an_age_told_with_more_is_still_later_life(bundled: SearchIndex, typed: str) -> None:
    assert "in-later-life" in top(bundled, typed, count=2), typed


# A bare "a home" or "the home" said with what home it is was read as a care home: the page for
# carers came first for each, and the page on later life was in the first four (found by the
# code review).
@pytest.mark.parametrize(
    "typed",
    ["my mum lives in a home with her new boyfriend", "my parents moved into a home near the sea"]
    + ["my mum is in the home office", "my dad is in the home straight now"],
)
def test_a_home_said_with_what_home_it_is_is_not_a_care_home(
    bundled: SearchIndex, typed: str
) -> None:
    found = top(bundled, typed, count=4)
    assert found[:1] != ["caring-for-someone"], typed
    assert "in-later-life" not in found, typed


# Said alone, or with what the reader feels about it, "a home" is still a care home.
@pytest.mark.parametrize(
    "typed",
    ["my nan is in a home and i feel guilty", "my dad went into a home last year"]
    + ["my nan is in a home now", "my mum is in the home"],
)
def test_a_home_told_alone_is_still_a_care_home(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == ["caring-for-someone"], typed
