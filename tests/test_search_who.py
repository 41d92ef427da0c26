"""What readers type about the pages added on 2026-11-28 (looking after someone, unfair
treatment, ADHD, gambling, a changing family, rape or sexual assault, after a suicide attempt)
finds the page on it first; a short whole word is not read as a longer one."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top


# Each found nothing, or another page first, before these words were keys (the writers of
# the three pages tried them).
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("i look after my mum", "caring-for-someone"),
        ("caring for my husband with dementia", "caring-for-someone"),
        ("carer stress", "caring-for-someone"),
        ("people say go back to your country", "racism-and-discrimination"),
        ("racial abuse at work", "racism-and-discrimination"),
        ("i get picked on for my hijab", "racism-and-discrimination"),
        ("i hate my skin colour", "racism-and-discrimination"),
        ("hate my skin", "body-image"),
        ("cant concentrate", "if-you-have-adhd"),
        ("i cant sit still", "if-you-have-adhd"),
        # Each found nothing: the page's feelings that come fast, and its focus (found by the
        # search hunt; the page's writer asked for "rejection sensitivity" and "rsd").
        ("rejection sensitivity", "if-you-have-adhd"),
        ("rsd", "if-you-have-adhd"),
        ("i have rejection sensitive dysphoria", "if-you-have-adhd"),
        ("hyperfocus", "if-you-have-adhd"),
        ("inattentive", "if-you-have-adhd"),
        ("executive dysfunction", "if-you-have-adhd"),
        ("how do i add to my safety plan", "making-a-safety-plan"),
        ("add a contact", "making-a-safety-plan"),
        ("addicted to gambling", "when-gambling-is-hard-to-stop"),
        ("im addicted to betting", "when-gambling-is-hard-to-stop"),
        ("gamstop", "when-gambling-is-hard-to-stop"),
        # Each found nothing (found by the search hunt).
        ("slots", "when-gambling-is-hard-to-stop"),
        ("i spend all my wages on slots", "when-gambling-is-hard-to-stop"),
        ("scratch cards", "when-gambling-is-hard-to-stop"),
        ("lottery", "when-gambling-is-hard-to-stop"),
        ("poker", "when-gambling-is-hard-to-stop"),
        ("gamblng", "when-gambling-is-hard-to-stop"),
        ("gambeling problem", "when-gambling-is-hard-to-stop"),
        ("addicted to drugs", "alcohol-drugs-and-self-harm"),
        ("my husband left me", "when-a-relationship-ends"),
        ("we are separating", "when-a-relationship-ends"),
        ("my mum and dad fight", "when-your-family-changes"),
        ("my parents hate each other", "when-your-family-changes"),
        ("family problems", "when-your-family-changes"),
        ("i was sexually abused", "after-sexual-violence"),
        ("someone touched me", "after-sexual-violence"),
        ("touched inappropriately", "after-sexual-violence"),
        ("i didnt consent", "after-sexual-violence"),
        ("i was spiked", "after-sexual-violence"),
        # Attacked, told without "trauma": each found nothing, or the page on panic attacks
        # (found by the search hunt).
        ("i was attacked", "after-trauma"),
        ("someone attacked me", "after-trauma"),
        ("i got beaten up", "after-trauma"),
        ("i was mugged", "after-trauma"),
        ("physically assaulted", "after-trauma"),
        ("panic attack", "panic-and-anxiety"),
        ("i tried to take my own life", "after-a-suicide-attempt"),
        ("my daughter attempted suicide", "after-a-suicide-attempt"),
        ("failed suicide", "after-a-suicide-attempt"),
        ("i overdosed last month", "after-a-suicide-attempt"),
        ("just got out of hospital", "after-a-suicide-attempt"),
        # Left by the second search hunt.
        ("i hate my stepdad", "when-your-family-changes"),
        ("my mums new boyfriend", "when-your-family-changes"),
        ("racisim", "racism-and-discrimination"),
        ("microagressions", "racism-and-discrimination"),
        ("they call me the n word", "racism-and-discrimination"),
        ("called a terrorist", "racism-and-discrimination"),
        ("antisemitic abuse", "racism-and-discrimination"),
        ("homophobic abuse", "if-you-are-lgbtq"),
        ("transphobic bullying", "if-you-are-lgbtq"),
        # Left by the search hunt: each listed another page first.
        ("my friend saw my scars", "when-someone-finds-out"),
        ("im failing school", "school-and-college"),
        ("my teacher hates me", "school-and-college"),
        ("what causes self harm", "understanding-self-harm"),
        ("causes of self harm", "understanding-self-harm"),
        ("what is the cause of self harm", "understanding-self-harm"),
    ],
)
def test_a_readers_words_find_the_page_on_it_first(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed


def test_a_longer_word_typed_still_finds_its_page(bundled: SearchIndex) -> None:
    assert top(bundled, "addiction", count=1) == ["alcohol-drugs-and-self-harm"]


def test_cause_said_for_because_is_read_as_because(bundled: SearchIndex) -> None:
    assert top(bundled, "i cut cause i feel numb") == top(bundled, "i cut because i feel numb")


@pytest.mark.parametrize(
    "typed", ["i tried to kill myself", "my son tried to kill himself", "she tried to end her life"]
)
def test_an_attempt_told_as_a_crisis_lists_the_page_after_one(
    bundled: SearchIndex, typed: str
) -> None:
    # A crisis search has no fallbacks: the page must come from the first queries.
    assert bundled.search(typed, fallback=False)[0].article_id == "after-a-suicide-attempt"


# A gender felt other than the one given, told with "im a girl" or "im a boy": since those are
# said around what is wanted (027de2d), "im a girl trapped in a boys body" listed For men and
# boys first, and before it each listed the page on a break-up ("boy" starts "boyfriend"), with
# the page for LGBTQ+ readers in none's first four (found by the second code review).
@pytest.mark.parametrize(
    "typed",
    ["im a girl trapped in a boys body", "im a boy trapped in a girls body"]
    + ["i am a boy but i feel like a girl", "im a girl but i feel like a boy"]
    + ["i was born in the wrong body"],
)
def test_a_gender_felt_other_than_the_one_given_finds_the_page_for_lgbtq_readers(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["if-you-are-lgbtq"], typed


def test_a_man_who_feels_like_a_boy_keeps_the_page_for_men(bundled: SearchIndex) -> None:
    assert top(bundled, "im a man but i feel like a boy", count=1) == ["for-men-and-boys"]
