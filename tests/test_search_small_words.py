"""Words that say how much or how long ("so much it hurts", "every day") do not pick the pages."""

from __future__ import annotations

import pytest

from reader.crisis_words import suggests_crisis
from reader.search import SearchIndex
from reader.search_small_words import small_mask
from tests.search_tools import top


# "i miss my dad so much it hurts" listed the page on anger first (it says "hurts" and names
# grief once), "i miss my mum every day" the page on a suicide loss: the page on grief says
# "hurt", not "hurts", and never "every".
@pytest.mark.parametrize(
    "typed",
    ["i miss my dad so much it hurts", "i miss my mum every day", "i miss my mum so much"]
    + ["my mum died and it hurts so much", "my dad died last year and i still cry every day"]
    + ["i cant stop crying since my nan died", "since my dad died", "i miss my nan all the time"],
)
def test_a_loss_told_with_how_much_it_hurts_finds_the_page_on_grief_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["grief-and-loss"], typed
    assert not suggests_crisis(typed)  # it hurts, but says no danger


# "every day" was half small: "every" was left out and "day" kept, so "i self harm every day"
# listed the page on school first (it says "day" most) and not Understanding self-harm.
@pytest.mark.parametrize(
    "typed", ["i self harm every day", "ive been cutting every day", "i've been cutting every day"]
)
def test_every_day_does_not_pick_the_pages(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == ["understanding-self-harm"], typed


def test_how_much_typed_alone_is_still_searched(bundled: SearchIndex) -> None:
    assert top(bundled, "it hurts") != []
    assert top(bundled, "every day") != []


# No page is on ADHD. "think" picked the pages: the one for parents, which says "think" often,
# came first for a reader wondering about themselves. Nothing found shows the ways on instead
# (browse, Get help now, the coping tools; tests/ui/test_polish_search.py).
@pytest.mark.parametrize("typed", ["i think i have adhd", "I think I might have ADHD"])
def test_what_the_reader_thinks_does_not_pick_the_page_for_parents(
    bundled: SearchIndex, typed: str
) -> None:
    assert "when-your-child-self-harms" not in top(bundled, typed), typed


def test_think_typed_with_the_page_wanted_still_finds_it(bundled: SearchIndex) -> None:
    assert top(bundled, "i think im autistic", count=1) == ["if-you-are-autistic"]
    assert top(bundled, "i think my son is self harming", count=1) == ["when-your-child-self-harms"]
    assert top(bundled, "think") != []


# "because" is in most pages: "i cut because i hate myself" listed Supporting someone first,
# for the reader's own self-harm; the page on the feelings behind self-harm comes first now.
@pytest.mark.parametrize(
    "typed",
    ["i cut because i hate myself", "i hate myself because i cut", "i hate myself coz i cut"],
)
def test_because_says_little(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == ["feelings-behind-self-harm"], typed


# "hate" is said most by the page on racism ("hate crime"): nearly every "i hate ..." listed
# it first, and the page on what was named second or not at all (found by the third search
# hunt).
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("i hate school", "school-and-college"),
        ("i hate my life at school", "school-and-college"),
        ("i hate college", "school-and-college"),
        ("i hate my scars", "living-with-scars"),
        ("i hate my parents", "when-your-family-changes"),
        ("i hate my therapist", "safe-space-in-therapy"),
        ("i hate the hospital", "going-to-hospital"),
        ("i hate eating", "food-eating-and-self-harm"),
        ("i hate being me", "shame-and-guilt"),
        ("i hate living", "when-you-feel-low"),
    ],
)
def test_what_is_hated_finds_its_page_first(bundled: SearchIndex, typed: str, first: str) -> None:
    found = bundled.search(typed, fallback=not suggests_crisis(typed))
    assert found[0].article_id == first, typed


@pytest.mark.parametrize("typed", ["hate crime", "hate crimes", "hate speech", "racist hate"])
def test_hate_done_to_someone_still_finds_the_page_on_racism(
    bundled: SearchIndex, typed: str
) -> None:
    assert "racism-and-discrimination" in top(bundled, typed, count=2), typed


# A phrase at the end was matched at every length: the mask for "i miss my mum so much" had
# eight entries for six words (found by the sixth search hunt).
@pytest.mark.parametrize("typed", ["i miss my mum so much", "i miss my dad so much it hurts"])
def test_the_mask_has_one_entry_per_word(typed: str) -> None:
    words = typed.split()
    assert len(small_mask(words)) == len(words), typed
