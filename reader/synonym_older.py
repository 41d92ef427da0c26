"""Words older readers type for loneliness, and for the homes they may live in.

Part of the synonym table (reader/synonym_table.py, through reader/synonym_life.py): each key
is something a reader may type that the page does not say; each value names words it does
use. When you feel alone has a part "If you are older", and alone says "live alone" and
"lonely" most; "older", the word for "pensioner" and "elderly", is said most by the page on
self-harm in adult life, which came first for "lonely pensioner" and "old and lonely".
"""

from __future__ import annotations

_LATER_LIFE = ("lonel*", "live alone")
_OLD = ("old", "elderly", "older", "retired", "a pensioner")
_LONELY = ("lonely", "alone", "so lonely", "all alone")
_KIDS = (
    *("kids", "children", "son", "daughter", "sons", "daughters", "family", "grandkids"),
    *("grandchildren", "grandson", "granddaughter"),
)
_NEVER = ("never", "dont", "don t", "rarely", "hardly ever", "never ever", "doesnt", "doesn t")
_VISIT = ("visit", "visits", "visit me", "call", "calls", "call me", "come", "comes", "ring")
_HOMES = (
    *("nursing home", "old peoples home", "old people s home", "old folks home"),
    *("retirement home", "sheltered housing", "sheltered accommodation", "residential home"),
)
# A home for older people by its other names: a lead (reader/synonym_feelings.py) puts the
# page on later life first, as for "care home"; When you feel alone, which came first before
# that page landed, is next. "i live in a nursing home" too, as "live" is not a small word.
OLDER_HOMES = (
    *_HOMES,
    *(
        f"{live} {a}{home}"
        for live in ("live in", "living in")
        for a in ("a ", "")
        for home in _HOMES
    ),
)

# "care home" mostly means a home for older people: a lead (reader/synonym_feelings.py) puts
# the page on later life, the one page that says "care home", first. A young person in a
# children's home may mean it too: the value has "in care", and the page on being in care
# comes next (it says "in care" most), then the page on feeling alone, which the lead put
# first before the page on later life landed.
CARE_HOME = (
    *("care home", "care homes", "live in a care home", "living in a care home"),
    "lives in a care home",
)
# A parent or partner in a care home: the reader may still care for them, and feel guilty.
# Said without "is" ("visiting my mum in a care home") or of a nursing home, the page on
# being in care came first, or the pages on special days and on home not being safe.
_CARED_FOR = (
    *("mum", "mom", "mam", "mother", "dad", "father", "parents", "nan", "nana", "gran"),
    *("granny", "grandma", "grandad", "grandpa", "husband", "wife", "partner"),
)
_A_HOME = (
    *(f"{a}{home}" for a in ("a ", "the ", "") for home in ("care home", "nursing home")),
    "a home",
)
_MOVED = ("is in", "in", "lives in", "living in", "went into", "moved into", "going into")
# A bare "a home" is a care home told alone ("my nan is in a home") or before what is said of
# it ("and i feel guilty", "last year"); before anything else it may be any home ("my mum lives
# in a home with her new boyfriend"), and reader/search_synonyms.py reads no key there, as
# reader/search_carers.py does not (found by the code review).
AFTER_A_HOME = frozenset("and now since so but last this because".split())  # noqa: SIM905
_IN_A_HOME = (
    # "my" is said before them, and "visiting": "visiting my mum in a care home".
    *(f"{who} {moved} {home}" for who in _CARED_FOR for moved in _MOVED for home in _A_HOME),
    *(
        f"{put} {my}{who} in {home}"
        for put in ("put", "putting")
        for my in ("my ", "")
        for who in _CARED_FOR
        for home in _A_HOME
    ),
)
BARE_HOME_KEYS = frozenset(key for key in _IN_A_HOME if key.endswith(" a home"))
WIDOWED = ("widow", "widowed", "widower", "widows")
# Widowed and lonely: a lead (reader/synonym_feelings.py) puts the pages that say "live alone"
# first (When you feel alone, then later life), as for loneliness with another feeling; the
# page on grief follows. "widowed and lonely" listed the page on later life first and the
# page on losing a baby second (it says "grief", "lonely" and "partner").
_LONELY_NOW = ("lonely", "alone", "so lonely", "so alone")
WIDOWED_LONELY = (
    *(f"{widowed} and {lonely}" for widowed in WIDOWED for lonely in _LONELY_NOW),
    *(f"{lonely} {widowed}" for lonely in _LONELY_NOW[:2] for widowed in WIDOWED),
    *(f"{widowed} {lonely}" for lonely in _LONELY_NOW[:2] for widowed in WIDOWED),
    *(f"lonely since i was {widowed}" for widowed in WIDOWED),
)
# An age told as a number or in words ("i am 72", "70 year old", "im in my 70s"): no page has
# the number, and "i am 72" listed the page after a suicide attempt first, "aged 75" the page
# after sexual violence. From 60: the page says "around 65 and over". Never a number alone
# ("999", "75 pills"), only said as an age.
_AGES = (
    *map(str, range(60, 110)),
    *("sixty", "seventy", "eighty", "ninety"),
)
_DECADES = (*("60s", "70s", "80s", "90s"), *("sixties", "seventies", "eighties", "nineties"))
# A key is found wherever it starts: "i am 72" is found as "am 72", "i'm 80" as "m 80".
_TOLD_AGE = ("am", "im", "m", "aged", "age", "turned", "turning")
_YEARS_OLD = ("year old", "years old", "yr old", "yrs old", "yo", "years of age")
_OLDER_AGE = (
    *(f"{told} {age}" for told in _TOLD_AGE for age in _AGES),
    *(f"{age} {old}" for age in _AGES for old in _YEARS_OLD),
    # The longest key wins: "im 68" took "im 68 years old", and "years old" was searched.
    *(f"{told} {age} {old}" for told in _TOLD_AGE[:3] for age in _AGES for old in _YEARS_OLD),
    *(f"in my {decade}" for decade in _DECADES),
    *("oap", "oaps", "an oap"),
)
# What the page on later life is found by for an older age told (reader/search_later_life.py).
OLDER_AGE_WORDS = ("later life", "older")
# An age key followed by what the number counts is not an age ("im 75 percent sure", "i am 60
# miles from home", "i am 100 days self harm free"): reader/search_synonyms.py reads no key
# there. Each listed the page on later life first or second (found by the code review).
AGE_KEYS = frozenset(f"{told} {age}" for told in _TOLD_AGE for age in _AGES)
COUNTED = frozenset(
    "percent per pc miles mile km metres meters feet ft days day weeks week months month hours"  # noqa: SIM905
    " hour minutes mins times pounds quid grand kg kilos kilo stone lbs mg pills tablets steps"
    " people followers likes".split()
)

OLDER: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        (
            *(f"{lonely} {old}" for lonely in ("lonely", "alone") for old in _OLD[:4]),
            *(f"{old} and {lonely}" for old in _OLD for lonely in _LONELY),
            *(f"lonely old {who}" for who in ("lady", "man", "woman", "person", "people")),
            *("lonely pensioner", "lonely pensioners", "lonely in old age", "lonely old age"),
        ),
        _LATER_LIFE,
    ),
    # Nobody coming: "nobody visits me" listed the page on being found out first, "my kids
    # never visit" the page after a baby ("kids").
    **dict.fromkeys(
        (
            *(
                f"{nobody} {visits}"
                for nobody in ("nobody", "no one", "noone")
                for visits in (
                    "visits",
                    "visits me",
                    "ever visits",
                    "ever visits me",
                    "comes to see me",
                    "calls me",
                    "ever calls",
                )
            ),
            *(
                f"my {kids} {never} {visit}"
                for kids in _KIDS
                for never in _NEVER
                for visit in _VISIT
            ),
            *("no visitors", "never have visitors", "housebound", "house bound"),
        ),
        _LATER_LIFE,
    ),
    **dict.fromkeys(OLDER_HOMES, _LATER_LIFE),
    **dict.fromkeys(_OLDER_AGE, OLDER_AGE_WORDS),
    **dict.fromkeys(CARE_HOME, (*_LATER_LIFE, "in care")),
    **dict.fromkeys(_IN_A_HOME, ("carer*", "caring", "care home")),
    # No page says "dementia" (the page for carers names it among its sources only): "my dad
    # has dementia" listed the page on a family changing first.
    **dict.fromkeys(("dementia", "alzheimers", "alzheimer s", "alzheimer"), ("carer*", "caring")),
    # A partner's death and the loneliness after it: "my wife died and im lonely" listed the
    # page on losing a baby first (it says "grief", "lonely" and "partner"); the page on grief
    # then the page on feeling alone are what a widow or widower needs.
    **dict.fromkeys(
        (
            f"my {who} died and {said}{lonely}"
            for who in ("wife", "husband", "partner")
            for said in ("", "im ", "i am ", "i feel ", "im so ", "now im ")
            for lonely in ("lonely", "alone", "so lonely", "so alone")
        ),
        ("grief", "bereaved", "lonel*"),
    ),
    **dict.fromkeys(WIDOWED_LONELY, ("grief", "bereaved", "live alone")),
    # A children's home, said with "care home": the page on being in care.
    **dict.fromkeys(
        (
            *(f"{kids} care home" for kids in ("kids", "childrens", "children s", "young peoples")),
            *("care home for kids", "care home for children", "childrens care homes"),
        ),
        ("in care", "childrens home"),
    ),
}
