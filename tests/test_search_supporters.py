"""Searches as the people around someone who self-harms type them find the pages for them."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import FILLER, ids, make, top


# A grandparent, or a parent typing "my sons arm" with no apostrophe: "my granddaughter is
# cutting" found nothing, and "i found marks on my sons arm" listed Living with scars (for the
# one who has them) first and the page for parents and carers not at all.
@pytest.mark.parametrize(
    "typed",
    ["my granddaughter is cutting", "my grandson self harms", "my grandchild is self harming"]
    + ["i found marks on my sons arm", "found cuts on my daughters arm"]
    + ["my granddaughter cuts herself", "worried about my grandkids"],
)
def test_a_grandparent_or_parent_finds_the_page_for_parents_and_carers(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["when-your-child-self-harms"], typed


# A partner, friend or colleague: "my husband self harms" listed Self-harm in adult life
# (written for the one who self-harms) first and Supporting someone fifth, and "my wife cuts
# herself" did not list it at all, as it says "family", not "wife" or "partner". A brother or
# sister, held here too until When your brother or sister self-harms landed, has that page
# first and Supporting someone second (tests/test_search_siblings.py).
@pytest.mark.parametrize(
    "typed",
    ["my husband self harms", "my wife cuts herself", "my partner self harms"]
    + ["my girlfriend self harms what do i do", "my boyfriend is self harming"]
    + ["my best friend self harms", "my mate is self harming", "my flatmate cuts herself"]
    + ["my colleague self harms", "my student is self harming", "my pupil self harms"],
)
def test_someone_close_to_them_finds_supporting_someone_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["supporting-someone"], typed


# The reader's own words about the people in their life still find the pages for them.
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("my boyfriend hits me", "when-home-is-not-safe"),
        ("my sister found out", "when-someone-finds-out"),
        ("my son is self harming", "when-your-child-self-harms"),
        ("my daughter cuts herself", "when-your-child-self-harms"),
    ],
)
def test_the_readers_own_people_keep_their_pages(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed


# Long sentences, as a worried parent, partner, friend or teacher types them: the page for
# them came second or not at all, after pages that happen to share a word ("i feel helpless"
# listed Living with scars first, "how can i support my partner who self harms" Self-harm in
# adult life, "my mum self harms and i am scared" When someone finds out).
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("my daughter has been cutting herself and I don't know what to say to her", "child"),
        ("i saw scars on my daughters arms and dont know how to bring it up", "child"),
        ("my 14 year old is cutting what do i do", "child"),
        ("what should i say to my child who self harms", "child"),
        ("my brother is self harming and i dont know what to do", "sibling"),
        ("my girlfriend keeps cutting and i feel helpless", "someone"),
        ("my best friend told me she self harms and asked me not to tell anyone", "someone"),
        ("my husband hurts himself when he is angry how can i help him", "someone"),
        ("my student told me she cuts herself what do i do as a teacher", "someone"),
        ("my mum self harms and i am scared", "someone"),
        ("how can i support my partner who self harms", "someone"),
        ("my friend keeps hurting herself and i dont know how to help", "someone"),
        ("my sister burns herself", "sibling"),
    ],
)
def test_a_supporters_long_sentence_finds_the_page_for_them_first(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    page = {
        "child": "when-your-child-self-harms",
        "someone": "supporting-someone",
        "sibling": "when-your-brother-or-sister-self-harms",
    }[first]
    assert top(bundled, typed, count=1) == [page], typed


# The reader's own self-harm, told with someone in their life: not the supporters' pages.
@pytest.mark.parametrize(
    "typed",
    ["my mum found out i self harm", "i self harm and my boyfriend doesnt know"]
    + ["i told my friend about my self harm", "my dad saw my scars", "my sister saw me cutting"]
    + ["should i tell my mum that i cut myself"],
)
def test_the_readers_own_self_harm_told_with_someone_is_not_a_supporters_search(
    bundled: SearchIndex, typed: str
) -> None:
    first = top(bundled, typed, count=1)
    assert first not in (["supporting-someone"], ["when-your-child-self-harms"]), typed


def test_a_supporters_page_a_clinic_has_hidden_is_not_put_first() -> None:
    index = SearchIndex([make("scars", body=f"{FILLER} Self-harm can leave scars.")])
    assert ids(index.search("my brother is self harming")) == ["scars"]
    assert ids(index.search("my brother is cutting and i feel helpless")) == ["scars"]


# A teacher's words for a pupil: "a student in my class is self harming" read "my" as the
# reader's own self-harm and listed Pressure and perfectionism alone; "one of my pupils self
# harms" put the page for parents first, as "pupils" (and "students") named no one.
@pytest.mark.parametrize(
    "typed",
    ["a student in my class is self harming", "someone in my class self harms"]
    + ["a boy in my year self harms", "a girl in my form is cutting herself"]
    + ["my students self harm", "one of my pupils self harms", "one of my students is cutting"]
    + ["someone in my tutor group told me they self harm"],
)
def test_a_teachers_words_for_a_pupil_find_supporting_someone_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["supporting-someone"], typed


# "my" before a class or a school is still the reader's own when they tell of their own harm.
@pytest.mark.parametrize(
    "typed", ["i self harm in my class", "my class found out i self harm", "my school knows i cut"]
)
def test_the_readers_own_class_is_not_a_supporters_search(bundled: SearchIndex, typed: str) -> None:
    first = top(bundled, typed, count=1)
    assert first not in (["supporting-someone"], ["when-your-child-self-harms"]), typed


# A parent names their child by age or place in the family: "found cuts on my 13 year old
# daughters arm what do i do" listed Staying safer online first (the age filled the words
# looked at after "on"), "my 13yo is cutting" and "my 16yr old self harms" were read as the
# reader's own, and "my little girl is cutting herself" put Supporting someone first.
@pytest.mark.parametrize(
    "typed",
    ["found cuts on my 13 year old daughters arm what do i do", "scars on my 12 year old sons legs"]
    + ["i just found cuts on my 13 yr olds arm its late and i dont know what to do"]
    + ["my 13yo is cutting", "my 16yr old self harms", "my 14 yo is cutting herself"]
    + ["my eldest is self harming", "my youngest self harms", "my little girl is cutting herself"]
    + ["my little boy hurts himself", "my little one is self harming"],
)
def test_a_childs_age_or_place_in_the_family_finds_the_page_for_parents(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["when-your-child-self-harms"], typed


# The reader's own marks, with someone named after them, are still the reader's own.
@pytest.mark.parametrize(
    "typed",
    ["i have cuts on my arm and my mum is angry", "cuts on my arm my 13 year old saw"]
    + ["scars on my arms from years ago my little sister saw"]
    # With no one named at all (found by the search hunt).
    + ["i have marks on my arm", "marks on my arm"],
)
def test_the_readers_own_marks_named_before_someone_are_not_a_supporters_search(
    bundled: SearchIndex, typed: str
) -> None:
    first = top(bundled, typed, count=1)
    assert first not in (["supporting-someone"], ["when-your-child-self-harms"]), typed


# Typed late at night, or by a grandparent new to computers: "my grandaughter is cutting"
# (the most common way to misspell it) found nothing at all, and "my dauhter is cutting" and
# "my duaghter self harms" were read as the reader's own self-harm.
@pytest.mark.parametrize(
    "typed",
    ["my grandaughter is cutting", "grandaughter self harm", "my grandaughter cuts herself"]
    + ["my dauhter is cutting", "my duaghter self harms", "my granddaugher self harms"]
    + ["my teenanger is self harming", "my grandaughters self harming"],
)
def test_a_childs_name_with_a_slip_finds_the_page_for_parents(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["when-your-child-self-harms"], typed


def test_a_grandparent_asking_how_to_help_finds_the_page_for_parents(bundled: SearchIndex) -> None:
    assert "when-your-child-self-harms" in top(bundled, "how to help my grandaughter", count=2)


# "laughter" is one letter from "daughter", but it is nobody.
def test_laughter_is_not_a_daughter(bundled: SearchIndex) -> None:
    first = top(bundled, "i self harm and my laughter is fake", count=1)
    assert first not in (["supporting-someone"], ["when-your-child-self-harms"])


# "himself" is the person named just before it: "my daughters boyfriend is cutting himself"
# put the page for parents first, as "boyfriend is cutting himself" is one synonym and the
# person was looked for only before all of it, where the daughter is.
@pytest.mark.parametrize(
    "typed",
    ["my daughters boyfriend is cutting himself", "my sons girlfriend cuts herself"]
    + ["my daughters friend is hurting herself"],
)
def test_the_person_just_before_himself_or_herself_is_the_one_who_self_harms(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["supporting-someone"], typed


# Marks a parent or friend finds on someone's body: "my son has marks on his arms" listed the
# page on overwhelm first, and "my friend has marks on her arms" Living with scars (for the
# one who has them). The reader's own marks are theirs.
@pytest.mark.parametrize(
    ("typed", "page"),
    [
        ("my son has marks on his arms", "when-your-child-self-harms"),
        ("i saw marks on my daughters thighs", "when-your-child-self-harms"),
        ("my daughter has scratches on her wrist", "when-your-child-self-harms"),
        ("burns on my daughters legs", "when-your-child-self-harms"),
        ("my friend has marks on her arms", "supporting-someone"),
        ("my boyfriend has scratches on his arms", "supporting-someone"),
    ],
)
def test_marks_found_on_someones_body_find_the_page_for_them(
    bundled: SearchIndex, typed: str, page: str
) -> None:
    assert top(bundled, typed, count=1) == [page], typed


# Stretch marks and birth marks are not self-harm: "my friend has stretch marks on her
# stomach" put Supporting someone first (found by the code review).
@pytest.mark.parametrize(
    "typed",
    ["my friend has stretch marks on her stomach", "my mum has stretch marks on her stomach"]
    + ["my girlfriend has stretch marks on her hips", "my friend has birth marks on her arms"],
)
def test_stretch_or_birth_marks_are_not_someones_self_harm(
    bundled: SearchIndex, typed: str
) -> None:
    first = top(bundled, typed, count=1)
    assert first not in (["supporting-someone"], ["when-your-child-self-harms"]), typed


# Someone else's self-harm told with what was done to a part of their body: "my sister burned
# her arm on purpose" and "my sister burns her arms" listed the page on ADHD first, "my friend
# burned her arm on purpose" the page for people who have served, "my husband punched the wall
# till his knuckles bled" the page on later life, and "my son slit his wrists" found nothing
# when read as a crisis search; none listed a page for the one who typed it.
@pytest.mark.parametrize(
    ("typed", "page"),
    [
        ("my sister burned her arm on purpose", "when-your-brother-or-sister-self-harms"),
        ("my sister burns her arms", "when-your-brother-or-sister-self-harms"),
        ("my friend burned her arm on purpose", "supporting-someone"),
        ("my husband punched the wall till his knuckles bled", "supporting-someone"),
        ("my boyfriend punches walls until his hands bleed", "supporting-someone"),
        ("my son slit his wrists", "when-your-child-self-harms"),
        ("my daughter carves into her legs", "when-your-child-self-harms"),
        ("my girlfriend slashed her thighs", "supporting-someone"),
    ],
)
def test_someones_self_harm_told_with_a_part_of_their_body_finds_the_page_for_them(
    bundled: SearchIndex, typed: str, page: str
) -> None:
    assert top(bundled, typed, count=1) == [page], typed
    assert ids(bundled.search(typed, fallback=False))[:1] == [page], typed  # a crisis search


# A burn by accident, or a wall punched with no harm told, is not someone's self-harm.
@pytest.mark.parametrize(
    "typed",
    ["my friend burned her hand on the stove", "my wife burnt her arm on the oven"]
    + ["my girlfriend burned her arm cooking", "my friend burnt his arm by accident"]
    + ["my friend punched the wall", "my husband punches walls when he is angry"],
)
def test_a_burn_by_accident_or_a_wall_punched_alone_is_not_someones_self_harm(
    bundled: SearchIndex, typed: str
) -> None:
    first = top(bundled, typed, count=1)
    assert first not in (["supporting-someone"], ["when-your-child-self-harms"]), typed
