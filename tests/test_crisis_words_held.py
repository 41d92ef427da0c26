"""Crisis words typed with a letter held down, or with no spaces between them."""

from __future__ import annotations

import pytest

from reader.crisis_words import suggests_crisis


# Each brought no help box: a held letter, or words run together as in a hashtag.
@pytest.mark.parametrize(
    "typed",
    ["i want to dieeee", "i wanna dieee", "i want to diee", "suicidalllll", "killll myself"]
    + ["kill myselffff", "hurt myselffff", "sooo much blood", "i oddd on pills"]
    + ["wantto die", "iwanttodie", "i wanttodie", "killmyself", "#killmyself", "kilmyself"]
    + ["iwannadie", "endmylife", "i want to endmylife", "hurtmyself", "cutmyself"]
    # A held "d" ended no word but "oddd": these brought no help box.
    + ["i wanna be deaddd", "i feel trappeddd", "i wish i was deadddd", "i feel so trappeddd"],
)
def test_held_letters_and_run_together_words_are_recognised(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    ["am i oddd", "i feel sooo odd on my meds", "goooo team", "i want to diet", "iwanttodiet"]
    + ["skillmyself", "pleaseeee", "am i odddd", "i feel sooo odddd on my meds"]
    + ["i feel trappeddd in my job"],
)
def test_their_everyday_neighbours_are_not(typed: str) -> None:
    assert not suggests_crisis(typed)


# "help" alone is a search; held down, doubled or cried out it is not: "helpppp" found only
# articles, with no help box.
@pytest.mark.parametrize(
    "typed",
    ["helpppp", "heeelp", "HELPPPP", "hhhelp", "heeelpp", "helpp", "help!", "HELP!!!"]
    + ["helppp now", "plz helpppp", "helpppp please"],
)
def test_help_held_down_or_cried_out_alone_is_recognised(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    ["help", "help.", "help?", "helpful", "helper", "helpers", "helpppful", "whelp", "kelp"]
    + ["helpppp with sleep"],
)
def test_help_and_its_longer_words_are_not(typed: str) -> None:
    assert not suggests_crisis(typed)


# A cry with a letter of "help" doubled brought no help box, though the same cry typed right
# ("help me") and "helpp" alone did: "helpp me" and "i need helpp" listed articles.
@pytest.mark.parametrize(
    "typed",
    ["helpp me", "heelp me", "hhelp me", "hellp me!", "please helpp me", "helpp me please"]
    + ["someone helpp me", "i need helpp", "i need heelp!"],
)
def test_a_cry_with_a_doubled_letter_in_help_is_recognised(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed", ["helpp me sleep", "helpp with homework", "i need helpp with maths"]
)
def test_an_everyday_search_with_a_doubled_letter_in_help_is_not(typed: str) -> None:
    assert not suggests_crisis(typed)
