"""Picking and pulling, and the everyday words that sound like them ("people pick on me").

Part of the synonym table (reader/synonym_table.py, through reader/synonym_topics.py). When
picking or pulling is hard to stop says "picking" and "pulling" in nearly every line, so once
it landed it came first for what only sounds like them: "people pick on me" and "they pick on
me at school" listed it first, where the page on bullying is what is wanted.
"""

from __future__ import annotations

_BULLIED = ("bullying", "bullied")
_PICKS_ON = ("pick on", "picks on", "picking on", "picked on me")
# "everyone" is searched as a word of its own, and pages that say it often (When you feel low)
# came before the page on bullying.
_EVERYONE = ("everyone", "everybody", "every one", "they all", "people always")

# The page's own words are "picking", "pulling" and "biting"; it names no part of the body but
# the skin and the hair ("picking at my face" listed the page on being online first, "pulling
# out my eyebrows" Understanding self-harm), and misspelt, its long names found nothing.
_PICKED = (
    *("face", "lips", "lip", "cuticles", "scabs", "spots", "spot", "pimples", "acne", "skin"),
    *("fingers", "nails", "feet", "toes", "scalp", "chin", "back", "arms", "legs", "ears"),
)
_PULLED = ("hair", "hairs", "eyebrows", "eyebrow", "brows", "eyelashes", "eyelash", "lashes")
_BITTEN = ("nails", "nail", "fingernails", "lips", "lip", "cheeks", "cheek", "skin", "fingers")
_TRICH = (
    *("trichotilomania", "trichotillamania", "trichotilamania", "trichotillomaina"),
    *("trichitillomania", "tricotillomania", "trichotillomana", "trichotillmania"),
)
_DERMA = ("dermatilomania", "dermatillamania", "dermotillomania", "dermatillomaina")

# Choosing a therapist, and a day off said as work slang: each listed the page on picking first.
_CHOOSE = ("pick", "picking", "choose", "choosing", "find", "finding")
_SICKIE = (
    *("sickie", "sickies", "pull a sickie", "pulling a sickie", "pulled a sickie"),
    *("throw a sickie", "threw a sickie", "throwing a sickie"),
)
# The idiom, said of what is too much ("pulling my hair out over homework"): the page on picking
# came first for it. Only with "over" or "about": "i pull my hair out when im stressed" is the
# habit, which the page on picking is for.
_HAIR_OUT = tuple(
    f"{pull} my hair out {over}"
    for pull in ("pull", "pulling", "pulled", "tearing", "tear")
    for over in ("over", "about", "because of")
)
# Collecting a child ("picking my kids up from school"): the child is what was said, not picking.
_KIDS = ("kids", "kid", "children", "child", "son", "daughter", "little one", "little ones")
_COLLECT = tuple(
    key
    for pick in ("pick", "picks", "picking", "picked")
    for the in ("my", "the")
    for who in _KIDS
    for collected in (f"{pick} {the} {who} up", f"{pick} up {the} {who}")
    for key in (collected, f"{collected} from school")
)
# Withdrawing from people ("pulling away from friends"), as "isolating" is: the page on picking
# came first for it. The page on feeling alone first, before the pages that say "pulling away"
# of one group of readers (men, gamblers, Deaf readers): reader/synonym_feelings.py.
# "everyone" and "us" are searched as words of their own, and the page on feeling alone says
# neither ("im pulling away from everyone" listed the page on unwanted thoughts first).
AWAY = tuple(
    f"{pull} away{whom}"
    for pull in ("pull", "pulls", "pulling", "pulled")
    for whom in ("", " from everyone", " from everybody", " from us", " from me")
)

# Something to lift one's mood ("i need a pick me up"): the page on picking came first for it;
# the page on feeling low, with its small things that may help on a low day.
_PICK_ME_UP = ("pick me up", "pick me ups", "a pick me up", "pick myself up")

PICKING: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(_PICK_ME_UP, ("low day", "feel low")),
    **dict.fromkeys(AWAY, ("lonel*",)),
    **dict.fromkeys(_HAIR_OUT, ("stress*", "pressure")),
    **dict.fromkeys(_COLLECT, ("being a parent", "parenting")),
    **dict.fromkeys(
        (f"{pick} a {who}" for pick in _CHOOSE for who in ("therapist", "counsellor", "counselor")),
        ("therapist",),
    ),
    **dict.fromkeys(_SICKIE, ("off sick", "fit note")),
    **dict.fromkeys(
        (
            f"{pick} {at}my {part}"
            # "pik" as it is often typed: "i pik my skin" listed the page on money first.
            for pick in ("pick", "picks", "picking", "picked", "pik", "piks", "piking", "pikking")
            for at in ("", "at ")
            for part in _PICKED
        ),
        ("picking",),
    ),
    **dict.fromkeys(
        (
            f"{pull} {out}my {part}{after}"
            for pull in ("pull", "pulls", "pulling", "pulled")
            for out, after in (("", ""), ("out ", ""), ("", " out"))
            for part in _PULLED
        ),
        ("pulling",),
    ),
    **dict.fromkeys(
        (
            f"{bite} my {part}"
            for bite in ("bite", "bites", "biting", "bit", "chew", "chewing")
            for part in _BITTEN
        ),
        ("biting",),
    ),
    **dict.fromkeys(_TRICH, ("trichotillomania",)),
    **dict.fromkeys(_DERMA, ("dermatillomania",)),
    **dict.fromkeys(
        (
            *_PICKS_ON,
            *(f"{who} {picks} me" for who in _EVERYONE for picks in ("picks on", "pick on")),
            *(f"{who} is picking on me" for who in _EVERYONE),
        ),
        _BULLIED,
    ),
}
