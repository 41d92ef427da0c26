"""Searches that tell of someone else's self-harm: the page for the one who typed it comes first.

"my girlfriend keeps cutting and i feel helpless" had to match every word, or all but one,
so pages that happen to say "feel" came before Supporting someone. Who self-harms is read
from the words nearest the self-harm: "my brother is self harming" (his), "i saw scars on my
daughters arms" (hers), but "my mum found out i self harm" and "my dad saw my scars" (the
reader's own, for whom the other pages are written).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.crisis_words import SUPPORTING_SOMEONE_ID, one_slip
from reader.search_contractions import split_contraction
from reader.search_synonyms import expansions

CHILD_PAGE_ID = "when-your-child-self-harms"
# A brother's or sister's: the page for siblings, then Supporting someone. Written for them (of
# any age), it landed after Supporting someone, which had come first for them.
SIBLING_PAGE_ID = "when-your-brother-or-sister-self-harms"
_TERM = re.compile(r"\w+", re.UNICODE)
_OWN = frozenset("i im ive id ill me my myself mine".split())  # noqa: SIM905
_CHILDREN = frozenset(
    "son sons daughter daughters child childs children kid kids teen teens teenager teenagers"  # noqa: SIM905
    " adolescent stepson stepdaughter stepchild stepkid grandson grandsons granddaughter"
    " granddaughters grandchild grandchildren grandkid grandkids eldest youngest oldest".split()
)
_SIBLINGS = frozenset(
    "brother sister sibling twin bro sis stepbrother stepsister brothers sisters siblings twins"  # noqa: SIM905
    " bros stepbrothers stepsisters".split()
)
_OTHERS = frozenset(
    "friend friends bestie bff mate partner boyfriend girlfriend bf gf husband wife fiance"  # noqa: SIM905
    " fiancee spouse cousin mum mom mam dad mother father parent"
    " stepmum stepmom stepdad nan nana gran granny grandma grandad granddad grandpa aunt"
    " auntie uncle niece nephew colleague coworker flatmate roommate housemate classmate"
    " student pupil boy girl someone somebody".split()
)
# Long enough that one letter wrong, missing, extra or swapped is still them ("my dauhter",
# "my grandaughter"), as typed late at night or by someone new to keyboards.
_SLIPPED = tuple(word for word in _CHILDREN if len(word) >= 7)
# A brother's or sister's too ("my sistr is cutting", read as the reader's own): "sister" has
# six letters, and everyday words one slip from these are nobody.
_SLIPPED_SIBLINGS = ("sister", "brother", "sibling", "stepbrother", "stepsister")
_NOT_SLIPS = frozenset(
    "laughter laughters mister misters sitter sitters lister sifter bother bothers brothel"  # noqa: SIM905
    " brothels".split()
)
# "my students", "one of my pupils": the plural names them as well.
_OTHERS |= {f"{word}s" for word in _OTHERS}
# A group the reader shares with the person: "a student in my class is self harming" is not
# the reader's own self-harm, as "my" alone would say.
_GROUPS = frozenset("class classes year form tutor group team school college".split())  # noqa: SIM905
_PRONOUNS = frozenset(
    "he she they him her them his their herself himself themselves themself".split()  # noqa: SIM905
)
# An age, said or run together: "my 14 year old", "my 16yr old", "my 13yo", "my 14 yo".
_YEARS = re.compile(r"\d*(?:years?|yrs?)")
_AGED = re.compile(r"\d+(?:yo|yrs?)")
_AGE = re.compile(r"\d+|\d*(?:years?|yrs?)")  # not counted among the words after "on my"
_LITTLE = frozenset("little baby".split())  # noqa: SIM905 - "my little girl", "my little one"
# Verbs of self-harm before "herself" and the like that the synonym table has no key for.
_HARMS = re.compile(r"(?:cut|burn|hurt|harm|hit|punch|scratch|bit|bang|starv)\w*")
_NEAR = 5  # words looked back from the self-harm for whose it is
# Marks a parent or friend finds on someone's body ("marks on my sons arm", "scratches on her
# wrist"): no synonym, as "marks" alone is a grade ("good marks on his test"). Not bruises,
# which are as often from being hurt by someone else.
_MARKS = frozenset("marks scratches burns".split())  # noqa: SIM905
_BODY = frozenset(
    "arm arms wrist wrists leg legs thigh thighs stomach tummy hip hips ankle ankles"  # noqa: SIM905
    " hand hands skin body chest shoulder shoulders".split()
)
_NOT_HARM = frozenset("stretch birth".split())  # noqa: SIM905 - "stretch marks on her hips"
# What is done to a part of someone's body ("my sister burns her arms", "my son slit his
# wrists"): no synonym, as the reader's own ("burning myself") are keys. Not "hit", which is as
# often done to someone else ("he hit her face"); cutting is a key already.
_DONE_TO = re.compile(r"(?:burn|slit|slash|carv)\w*")
_THEIRS = frozenset("her his their".split())  # noqa: SIM905
_WOUNDED = _BODY | frozenset("knuckles fist fists head face neck throat".split())  # noqa: SIM905
# A burn in the kitchen or by accident is first aid: "my friend burned her hand on the stove".
_BY_ACCIDENT = frozenset(
    "accident accidentally accidently stove oven hob iron kettle cooking pan fire sun".split()  # noqa: SIM905
)
# A wall punched is someone's self-harm when the harm is told: "punched the wall till his
# knuckles bled". Alone ("my dad punched the wall") it may be anger, or fear at home.
_PUNCHED = re.compile(r"(?:punch|hit|bang)\w*")
_WALL = frozenset("wall walls door doors".split())  # noqa: SIM905
_BLED = frozenset("bled bleed bleeding bleeds bloody broke".split())  # noqa: SIM905
_AFTER = frozenset("on of in".split())  # noqa: SIM905 - "scars on my daughters arms"


def supporters_page(text: str) -> str | tuple[str, str] | None:
    """The id of the page for someone whose person self-harms (or the ids of the pages, in
    order, for a brother or sister), if that is what was typed."""
    words = [part for word in _TERM.findall(text.lower()) for part in split_contraction(word)]
    for start, end in _self_harm_spans(words):
        whose = _whose(words, start, end)
        if whose == "own":
            return None
        if whose == "sibling":
            return (SIBLING_PAGE_ID, SUPPORTING_SOMEONE_ID)
        if whose is not None:
            return CHILD_PAGE_ID if whose == "child" else SUPPORTING_SOMEONE_ID
    return None


def _self_harm_spans(words: Sequence[str]) -> list[tuple[int, int]]:
    """Where the words name self-harm: a synonym for it, "self harm", "cuts herself"."""
    spans = [(e.start, e.end) for e in expansions(words) if "self harm*" in e.words]
    for at, word in enumerate(words[1:], start=1):
        if word.startswith("harm") and words[at - 1] == "self":
            spans.append((at - 1, at + 1))
        if (
            word in _PRONOUNS
            and word.endswith(("self", "selves"))
            and _HARMS.fullmatch(words[at - 1])
        ):
            spans.append((at - 1, at + 1))
    spans += [(at, at + 1) for at, word in enumerate(words) if _marks_on_a_body(words, at)]
    spans += [span for at in range(len(words)) if (span := _done_to_a_body(words, at))]
    return sorted(spans)


def _done_to_a_body(words: Sequence[str], at: int) -> tuple[int, int] | None:
    """Where "burned her arm" or "punched the wall till his knuckles bled" starting at words[at]
    ends, if it does."""
    if _DONE_TO.fullmatch(words[at]):
        if _BY_ACCIDENT.intersection(words[at:]):
            return None
        rest = words[at + 1 : at + 5]
        start = 1 if rest[:1] in (["into"], ["at"]) else 0  # "carves into her legs"
        if rest[start : start + 1] and rest[start] in _THEIRS:
            body = [i for i, word in enumerate(rest[start + 1 :], start + 1) if word in _WOUNDED]
            return (at, at + 2 + body[0]) if body else None
        return None
    if not (_PUNCHED.fullmatch(words[at]) and _WALL.intersection(words[at + 1 : at + 3])):
        return None
    after = words[at + 2 : at + 9]
    told = [
        i
        for i, word in enumerate(after)
        if word in _BLED or (word in _WOUNDED and i and after[i - 1] in _THEIRS)
    ]
    return (at, at + 3 + told[-1]) if told else None


def _marks_on_a_body(words: Sequence[str], at: int) -> bool:
    """Whether words[at] is marks found on someone's body: "marks on my sons arm"."""
    return (
        words[at] in _MARKS
        and (at == 0 or words[at - 1] not in _NOT_HARM)
        and words[at + 1 : at + 2] == ["on"]
        and any(word in _BODY for word in words[at + 2 : at + 7])
    )


def _whose(words: Sequence[str], start: int, end: int) -> str | None:
    """ "own", "child", "sibling" or "other": whose self-harm words[start:end] tells of, if it
    says."""
    near = [*reversed(range(start, end))]  # in the words themselves: "friend self harms"
    if end < len(words) and words[end] in _AFTER:  # "scars on my daughters arms"
        near += _after(words, end + 1)
    near += reversed(range(max(0, start - _NEAR), start))
    for at in near:
        kind = _kind(words, at)
        if kind == "pronoun":
            return _named(words, at)
        if kind is not None:
            return kind
    return None


def _after(words: Sequence[str], start: int) -> list[int]:
    """Where the three words from start are, but the reader's own, an age not counted among
    them: "on my 13 year old daughters arm" reaches "old", as "on my daughters arm" does."""
    found: list[int] = []
    counted = 0
    for at in range(start, len(words)):
        if counted == 3:
            break
        if _AGE.fullmatch(words[at]):
            continue
        counted += 1
        if words[at] not in _OWN:
            found.append(at)
    return found


def _kind(words: Sequence[str], at: int) -> str | None:
    word = words[at]
    if word == "my" and at + 1 < len(words) and words[at + 1] in _GROUPS:
        return None
    if word in _OWN:
        return "own"
    if word in _CHILDREN or _slipped_child(word) or _aged(word, words[at - 1] if at else ""):
        return "child"
    if word in _SIBLINGS or _slipped(word, _SLIPPED_SIBLINGS):
        return "sibling"
    if word in _OTHERS:
        return "other"
    return "pronoun" if word in _PRONOUNS else None


def _aged(word: str, before: str) -> bool:
    """Whether word (after before) names a child by age, or as "my little girl" does."""
    if _AGED.fullmatch(word) or (word == "yo" and before.isdigit()):
        return True
    if word in ("old", "olds"):
        return _YEARS.fullmatch(before) is not None
    return word in ("girl", "boy", "one", "girls", "boys", "ones") and before in _LITTLE


def _slipped_child(word: str) -> bool:
    return _slipped(word, _SLIPPED)


def _slipped(word: str, meant: Sequence[str]) -> bool:
    return word not in _NOT_SLIPS and any(one_slip(word, named) for named in meant)


def _named(words: Sequence[str], pronoun: int) -> str:
    """Who "she" or "himself" is: the person named nearest before it (or else after)."""
    # Before the pronoun, not the harm: "my daughters boyfriend is cutting himself" is one
    # synonym, and before all of it is the daughter.
    order = [*reversed(range(pronoun)), *range(pronoun, len(words))]
    kinds = (_kind(words, at) for at in order)
    return next((kind for kind in kinds if kind in ("child", "sibling", "other")), "other")
