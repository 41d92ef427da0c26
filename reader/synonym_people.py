"""The synonym table's people: how readers name those in their lives, and the articles' words.

Part of the synonym table (reader/synonym_table.py), in a module of its own for length. The
articles say "parent or carer", "partner", "family", "child"; readers write "mum", "my
boyfriend", "my teen", "my boss".
"""

from __future__ import annotations

from reader.synonym_short import SHORT_NAMES
from reader.synonym_telling import TELLING

_PARENT = ("parent*", "carer*")
_PARTNER = ("partner*",)
_FAMILY = ("family",)
_WORK = ("employer", "manager")
_CHILDREN = ("child", "children", "family")
_OLDER = ("older",)
_SCHOOL = ("school",)
_SCHOOL_AND_COLLEGE = ("school", "college")
_SCHOOLS = ("school", "college", "sixth form", "uni", "university")
_FAILING = ("failing", "failing at", "failing in", "flunking")
_SEEN = ("saw", "seen", "noticed", "found")
_SENT_AWAY = (
    *("son", "daughter", "child", "kid", "teen", "teenager", "stepson", "stepdaughter"),
    *("grandson", "granddaughter"),
)
_BULLYING = ("bullying",)
_HOME = ("abuse", "somewhere safe")
# Someone close to the reader, who self-harms: Supporting someone says "family" and "someone
# you care about", never "husband" or "flatmate" ("my wife cuts herself" did not list it).
_CLOSE = (
    *("partner", "boyfriend", "girlfriend", "husband", "wife", "fiance", "spouse"),
    *("brother", "sister", "sibling", "twin", "friend", "best friend", "mate", "bestie", "bff"),
    *("colleague", "coworker", "flatmate", "roommate", "housemate", "student", "pupil"),
)
_SELF_HARMS = (
    *("self harms", "selfharms", "self harming", "is self harming", "has been self harming"),
    *("is cutting", "cuts herself", "cuts himself", "cuts themselves", "is cutting herself"),
    *("is cutting himself", "hurts herself", "hurts himself", "is hurting herself"),
    "is hurting himself",
)
# A partner or parent who controls the reader ("my boyfriend is controlling"): the page on
# home not being safe says "control your money"; "controlling" alone is also "my anger".
_CONTROLLERS = ("boyfriend", "girlfriend", "partner", "husband", "wife", "mum", "mom", "dad")
_CONTROLLING = ("is controlling", "is so controlling", "is very controlling", "controls me")
# Someone at home who drinks ("my dad hits me when he's drunk"): "drunk" and "drinking" are
# keys for the page on the reader's own drinking, which says nothing of home or of harm done.
_DRINKERS = (
    *("he", "she", "mum", "mom", "mam", "dad", "mother", "father", "stepdad", "stepmum"),
    *("stepmom", "parents", "parent", "husband", "wife", "boyfriend", "girlfriend", "partner"),
)
_DRINKS = (
    *("drinks", "drinks too much", "is drunk", "gets drunk", "s drunk", "was drunk"),
    *("is always drunk", "is an alcoholic", "is alcoholic", "s drinking", "s an alcoholic"),
)
# Someone close who hurts the reader ("my boyfriend hits me"): the page on abuse, which says
# "partner" and "abuse", before the one on a relationship ending, which says "boyfriend".
_HITTERS = (*_CONTROLLERS, "bf", "gf", "ex", "stepdad", "stepmum", "stepmom", "brother", "sister")
_HITS = ("hits me", "hit me", "beats me", "beat me", "is violent", "gets violent", "kicks me")
_SHOUTS = ("shouts", "shouted", "shouting", "shout", "yells", "yelling", "screams", "screaming")
# Worry about school: the page on school first (a lead, reader/synonym_feelings.py), then the
# page on panic and anxiety. "school anxiety" listed neither in the first four (the page on
# school never says "anxiety"), "anxious about school" the pages on bullying and money.
_WORRIED = ("anxious", "anxiety", "worried", "scared", "nervous", "panicking", "panic attacks")
SCHOOL_WORRY = (
    *(
        f"{worried} {about} {place}"
        for worried in _WORRIED
        for about in ("about", "at", "of")
        for place in ("school", "college")
    ),
    *(
        f"{place} {worry}"
        for place in ("school", "college")
        for worry in ("anxiety", "worries", "nerves", "refusal", "phobia")
    ),
    *("scared to go to school", "dread going to school", "dreading school", "cant face school"),
)
_FINDERS = ("mum", "mom", "dad", "parents", "teacher", "friend", "friends", "someone", "family")

PEOPLE: dict[str, tuple[str, ...]] = {
    **SHORT_NAMES,  # "my pa", "my sis", "my ex"
    **TELLING,  # "scared to tell my gp"
    **dict.fromkeys(SCHOOL_WORRY, ("anxious", "panic*")),
    # The articles say "parent or carer"; readers write about their own.
    **dict.fromkeys(
        (
            "mum",
            "mom",
            "mam",
            "dad",
            "mother",
            "father",
            "stepmum",
            "stepmom",
            "stepdad",
            "stepmother",
            "stepfather",
            "mum and dad",
            "mom and dad",
        ),
        _PARENT,
    ),
    **dict.fromkeys(
        ("brother", "sister", "sibling", "cousin", "uncle", "aunt", "niece", "nephew"),
        _FAMILY,
    ),
    **dict.fromkeys(
        ("grandma", "grandad", "granddad", "grandpa", "grandmother", "grandfather", "nan"),
        _FAMILY,
    ),
    **dict.fromkeys(("nana", "granny", "grandparent", "grandparents"), _FAMILY),
    **dict.fromkeys(("boyfriend", "girlfriend", "husband", "wife", "spouse", "bf", "gf"), _PARTNER),
    **dict.fromkeys(("boss", "coworker", "coworkers", "colleague", "colleagues"), _WORK),
    **dict.fromkeys(
        (
            "kids",
            "my kids",
            "kid",
            "my kid",
            "son",
            "daughter",
            # "my sons arm": the apostrophe is often left out, and "sons" was no key.
            "sons",
            "daughters",
            "childs",
            # A grandparent's: the page for parents and carers is for "whoever you are to them".
            "grandson",
            "granddaughter",
            "grandsons",
            "granddaughters",
            # As it is most often misspelt: "how to help my grandaughter" found nothing for it.
            "grandaughter",
            "grandaughters",
            "grandchild",
            "grandchildren",
            "grandkid",
            "grandkids",
            "stepson",
            "stepdaughter",
            "parenting",
            "teen",
            "teens",
            "teenager",
            "teenagers",
            "adolescent",
        ),
        _CHILDREN,
    ),
    **dict.fromkeys(("siblings",), ("sibling*", "brothers and sisters")),
    **dict.fromkeys(("confidentiality", "confidential"), ("privacy", "private")),
    # The page for parents says "parents and carers"; "carer*" alone now finds the page for
    # carers of an ill or disabled person first, which says it most.
    **dict.fromkeys(
        ("foster", "foster carer", "foster parent", "guardian"), ("parents and carers",)
    ),
    **dict.fromkeys(("elderly", "old age", "retired", "pensioner"), _OLDER),
    **dict.fromkeys(
        ("homework", "coursework", "revision", "gcse", "gcses", "a levels", "detention"),
        _SCHOOL,
    ),
    # The page says "school" and "college": "high school" listed the page on a suicide loss.
    **dict.fromkeys(
        ("high school", "middle school", "sixth form", "year 11", "year 12", "year 13"),
        _SCHOOL,
    ),
    # Sent away from school: "excluded" alone is left out by friends (bullying), "kicked out"
    # alone is thrown out of home; "excluded from school" listed the page on bullying first.
    **dict.fromkeys(
        (
            f"{sent} {place}"
            for sent in ("excluded from", "kicked out of", "suspended from", "expelled from")
            for place in ("school", "college", "sixth form")
        ),
        _SCHOOL,
    ),
    # A parent's words for it ("my son was excluded from school"): the page on school, not
    # those that name a son (the one on grief came second).
    **dict.fromkeys(
        (
            f"{child} {was} {sent}"
            for child in _SENT_AWAY
            for was in ("was", "got", "has been", "is being", "been")
            for sent in ("excluded", "suspended", "expelled")
        ),
        _SCHOOL_AND_COLLEGE,
    ),
    **dict.fromkeys(("expelled", "school exclusion", "exclusion from school"), _SCHOOL),
    **dict.fromkeys(
        ("got expelled", "got suspended", "got excluded", "got kicked out of school"), _SCHOOL
    ),
    **dict.fromkeys(("picked on", "teased", "bullies", "bully"), _BULLYING),
    **dict.fromkeys(
        (f"{who} {does}" for who in _CLOSE for does in _SELF_HARMS),
        ("supporting someone", "self harm*"),
    ),
    **dict.fromkeys(
        (f"{who} {does}" for who in _CONTROLLERS for does in _CONTROLLING),
        ("abuse", "control*"),
    ),
    **dict.fromkeys(
        ("coercive control", "controlling relationship", "controlling partner"),
        ("abuse", "control*"),
    ),
    **dict.fromkeys((f"{who} {does}" for who in _DRINKERS for does in _DRINKS), _HOME),
    **dict.fromkeys(
        (f"{drunk} {who}" for drunk in ("drunk", "alcoholic") for who in _DRINKERS[2:]), _HOME
    ),
    **dict.fromkeys((f"{does} at me" for does in _SHOUTS), ("shouted at", "abuse")),
    **dict.fromkeys((f"{who} {does}" for who in _HITTERS for does in _HITS), _HOME),
    # Someone in the reader's life found out about their self-harm: the page for that (the
    # parents' page, which says "found out" and "parents" more often, came first).
    **dict.fromkeys(
        (
            f"{who} {found}"
            for who in _FINDERS
            for found in ("found out", "finds out", "find out", "will find out")
        ),
        ("finds out",),
    ),
    # Scars seen: "my friend saw my scars" listed the page on bullying first.
    **dict.fromkeys(
        (f"{seen} my {marks}" for seen in _SEEN for marks in ("scars", "cuts", "marks")),
        ("finds out",),
    ),
    # Asking why: "what causes self harm" listed the page on a new baby first ("causes").
    **dict.fromkeys(
        (
            *(f"{why} self harm" for why in ("causes of", "cause of", "causes", "reasons for")),
            *("reasons people self harm", "why people self harm", "why do people self harm"),
        ),
        ("one reason", "why people do it"),
    ),
    # "im failing school" listed the page on money first; "my teacher hates me" the page on
    # someone finding out (a teacher told).
    **dict.fromkeys(
        (
            *(f"{failing} {place}" for failing in _FAILING for place in _SCHOOLS),
            *("teacher hates me", "teachers hate me", "teacher doesnt like me"),
        ),
        _SCHOOL_AND_COLLEGE,
    ),
}
