"""Words that say little about what is wanted ("how do I", "my", "so much"), left out of a
search when anything else was typed."""

from __future__ import annotations

from collections.abc import Sequence

SMALL_WORDS = frozenset(
    "a am an and are as at be but by can do does for from how i im in is it "  # noqa: SIM905
    "me my myself of on or so than that the this to was what when why with you your "
    # Said of what one has ("i have bpd", "ive been told"): nearly every page says "have".
    "have has had been "
    # What is left of a word at its apostrophe ("don't" is "don" and "t").
    "t s m ve ll re d "
    # A "not" said short, before its "t" ("don't", "doesn't", typed with or without the
    # apostrophe): "don" also starts "done" and "donate", and "doesn" is in no page at all.
    # Kept, "i dont want to go to school" listed the page on hearing voices first (it says
    # "don't" nine times), and "my mum doesnt care" had to match a word no page has.
    "don doesn didn isn wasn aren weren haven hasn hadn couldn wouldn shouldn mustn needn ain "
    "won not "
    # Someone else's words ("she said she will…", "my friend wants to…").
    "he him his she her they them their said says will would just really "
    # How often or how long ("i miss my mum every day", "since my nan died"): the page on
    # grief says neither "every" nor "since", and pages that did came first.
    "every everyday since still today "
    # What the reader makes of it ("i think i have adhd" listed the page for parents first).
    "think "
    # Once more ("cant sleep again" listed the page on money first, which says "again"), or
    # over and over ("i keep cutting" listed the page on shame first, then the page for
    # parents; "i keep self harming" the page on pressure).
    "again keep keeps "
    # Why ("i cut because i hate myself" listed Supporting someone first, which says "because").
    "because coz cos cuz "
    # A feeling about what is named ("i hate school", "i hate my scars"): the page on racism
    # says "hate" most ("hate crime"), and came first for nearly every "i hate ...".
    "hate hated "
    # Text speak said around what is meant (reader/search_text_speak.py): "ngl im struggling"
    # listed the page on autism first, "im struggling tbh" too. Not "fr" nor "tho", which
    # start "friend" and "thoughts" as they are typed.
    "ngl tbh tbf lol lmao istg imo".split()
)
# How much, said around what is wanted: "i miss my dad so much it hurts" listed the page on
# anger first (it says "hurts" and names grief once); the page on grief says "hurt", not "hurts".
_PHRASES = frozenset(
    tuple(phrase.split())
    for phrase in (
        *("it hurts", "it hurts so much", "so much", "so so much", "all the time"),
        *("last year", "last month", "last week", "a lot", "every day", "every single day"),
        # What brings a feeling on ("my adhd makes me angry"): no page says "makes" with both.
        *("makes me", "made me", "make me", "makes me so", "made me so"),
        # Why, said short ("i cut cause i feel numb"); "the cause of" stays a word.
        *(f"cause {who}" for who in ("i", "im", "ive", "my", "it", "he", "she", "they")),
        # Who the reader is, said before what is wanted ("im a boy and im being bullied"):
        # "boy" and "girl" start "boyfriend" and "girlfriend", and the page on a break-up came
        # first. Said alone, it is searched as typed. ("im" is read as "i", "m".)
        *(
            f"{said} {who}"
            for said in ("i m a", "i am a", "as a", "i m a teenage", "i am a teenage")
            for who in ("boy", "girl")
        ),
    )
)
# What no page is about, whose words pull in pages on something else: "birth control" listed
# If you are adopted first ("birth family", "in control"), "morning after pill" Looking after
# the basics. Alone, they list nothing (the screen then offers ways on); said with more
# ("birth control made me depressed"), they are left out, as small words are.
_NO_PAGE = frozenset(
    tuple(phrase.split())
    for phrase in (
        *("birth control", "birth control pill", "birth control pills", "contraceptive pill"),
        *("morning after pill", "morning after pills"),
    )
)
_PHRASES = _PHRASES | _NO_PAGE
_LONGEST = max(map(len, _PHRASES))


def small(term: str) -> bool:
    """Whether this word, alone, says little about what is wanted."""
    return term.casefold() in SMALL_WORDS


def small_mask(terms: Sequence[str]) -> list[bool]:
    """For each word, whether it is small, or in a phrase that says little ("so much")."""
    typed = [term.casefold() for term in terms]
    mask = [word in SMALL_WORDS for word in typed]
    for start in range(len(typed)):
        # No longer than the words left: a phrase at the end ("so much") was matched at every
        # length, and the mask grew past the words.
        for length in range(2, min(_LONGEST, len(typed) - start) + 1):
            if tuple(typed[start : start + length]) in _PHRASES:
                mask[start : start + length] = [True] * length
    return mask


def no_page_only(terms: Sequence[str]) -> bool:
    """Whether the words typed, small ones aside, are only what no page is about."""
    typed = [term.casefold() for term in terms]
    mask = [word in SMALL_WORDS for word in typed]
    found = False
    for start in range(len(typed)):
        for length in range(2, min(_LONGEST, len(typed) - start) + 1):
            if tuple(typed[start : start + length]) in _NO_PAGE:
                mask[start : start + length] = [True] * length
                found = True
    return found and all(mask)
