"""Words readers type for the pages on a relationship ending, on living with pain or a
long-term illness, on pressure and perfectionism, on unwanted thoughts, on pregnancy and
a new baby, on self-harm coming back after a time without it, on riding out an urge, and
on hiding scars.

Part of the synonym table (reader/synonym_table.py): each key is something a reader may type
that the page on it does not say; each value names words that page does use.
"""

from __future__ import annotations

from reader.synonym_baby import BABY
from reader.synonym_family import FAMILY
from reader.synonym_lonely import LONELY_AND, NO_FRIENDS
from reader.synonym_older import OLDER
from reader.synonym_one_feeling import ONE_FEELING

_ENDING = ("break up*",)
_FRIENDSHIP = ("break up*", "falling out")
_ILLNESS = ("long term pain", "long term illness", "long term condition*")
_PERFECTIONISM = ("perfectionism", "good enough")
_UNWANTED = ("unwanted thoughts", "intrusive")
# Never "pregnancy": the page after a loss says it most, and came second for "new mum", first
# for "new mum lonely" (reader/synonym_baby.py).
_BABY = ("postnatal",)
_SETBACK = ("setback*",)
_SCARED = ("scared", "afraid", "frightened", "terrified")
_NEW_PARENTS = ("new mum", "new mom", "new dad", "new parent", "new mother", "first time mum")
_NOT_COPING = ("cant cope", "not coping", "struggling", "overwhelmed", "exhausted", "so tired")
# A parent's distress at being one: the page for parents after a baby says it does not make
# you a bad parent; "i hate being a mum" listed the pages on bullying and body image first.
_PARENTS = ("mum", "mom", "mam", "dad", "mother", "father", "parent")
_HAVING = ("kids", "children", "a baby", "my baby", "my kids", "my children", "a child")
_HARMING = ("cutting", "self harming", "selfharming", "harming myself")

LIFE: dict[str, tuple[str, ...]] = {
    **BABY,  # pregnancy, and a baby or a pregnancy lost
    **OLDER,  # an older reader's loneliness, and homes for older people
    **LONELY_AND,  # loneliness typed with another feeling
    **NO_FRIENDS,  # "i cant make friends", "no mates"
    **FAMILY,  # apart from one's family: estranged, disowned, out of touch
    **ONE_FEELING,  # feelings no page says: "unloved", "annoyed"
    # Living alone as people say it; the page on feeling alone says "live alone" and "lonely"
    # ("living alone" found no page: search matches the starts of words, and none said it).
    **dict.fromkeys(
        ("living alone", "live alone", "living on my own", "live on my own"),
        ("live alone", "lonel*"),
    ),
    # How people say a relationship ended, or that they cannot get past it.
    **dict.fromkeys(
        (
            *("my ex", "miss my ex", "relationship over", "relationship ended", "we broke up"),
            *("broke up", "broken up", "dumped", "dumped me", "got dumped", "he left me"),
            *("she left me", "they left me", "partner left", "cheated", "cheated on me"),
            *("cheated on", "getting divorced", "divorced", "separated", "heart broken"),
            *("get over him", "get over her", "get over them", "get over my ex"),
            *("cant live without him", "cant live without her", "cant live without them"),
        ),
        _ENDING,
    ),
    **dict.fromkeys(
        ("friendship over", "friendship ended", "fell out", "fell out with", "lost my friends"),
        _FRIENDSHIP,
    ),
    # Conditions and words for long-term pain or illness; the page names none of them.
    **dict.fromkeys(
        (
            *("disabled", "disability", "chronic pain", "always in pain", "constant pain"),
            *("in pain all the time", "physical health", "chronic illness", "chronically ill"),
            *("long term illness", "fibromyalgia", "fibro", "migraine", "migraines", "cancer"),
            *("multiple sclerosis", "endometriosis", "arthritis", "diabetes", "epilepsy"),
            *("crohns", "ibs", "chronic fatigue", "cfs", "long covid", "back pain"),
            *("wheelchair", "wheelchair user"),
        ),
        _ILLNESS,
    ),
    # Someone's illness told in a sentence ("living with my nan and she is ill"): "nan" is
    # among the topics of the page on later life, which came first.
    **dict.fromkeys(
        # Not "sick": "he is sick of me".
        (
            f"{who} {ill}"
            for who in ("she is", "he is", "is", "they are")
            for ill in ("ill", "unwell")
        ),
        _ILLNESS,
    ),
    # Pressure and a harsh inner voice, as readers put them.
    **dict.fromkeys(
        (
            *("self critical", "hard on myself", "too hard on myself", "parents pressure"),
            *("pressure from my parents", "pressure to do well", "pressure to be perfect"),
            *("under pressure", "disappointment", "disappointed in me"),
            *("let my parents down", "let everyone down", "burnout", "burnt out", "burned out"),
            *("overachiever", "high achiever", "never enough", "not perfect", "perfect grades"),
            # Not the page for parents, which "parents" alone would put first.
            *("disappointment to my parents", "disappointment to my family"),
            *("disappoint my parents", "disappointing my parents"),
        ),
        _PERFECTIONISM,
    ),
    # OCD's names for thoughts that come unbidden; the page says "unwanted" and "intrusive".
    **dict.fromkeys(("pure o", "pure obsessional", "ocd thoughts"), _UNWANTED),
    **dict.fromkeys(
        (
            *("new mum", "new mom", "new dad", "new parent", "just had a baby", "had a baby"),
            *("after giving birth", "since giving birth", "since the baby", "expecting a baby"),
        ),
        _BABY,
    ),
    # A new parent's struggle, said with words the page never uses ("cope", "crying"): "new
    # mum cant cope" listed the page on special days first, "baby wont stop crying" the pages
    # on autism and ADHD.
    **dict.fromkeys(
        (
            # "im a new mum and i cant cope" listed the page on special days first ("new").
            *(
                f"{new} {joined}{hard}"
                for new in _NEW_PARENTS
                for joined in ("", "and ", "and i ", "and im ", "and i am ", "and feel ")
                for hard in _NOT_COPING
            ),
            *(f"baby {cries}" for cries in ("wont stop crying", "keeps crying", "crying", "cries")),
            *("crying baby", "colic", "colicky", "baby screaming", "screaming baby"),
            *("baby wont sleep", "baby won t sleep", "no sleep with the baby"),
        ),
        _BABY,
    ),
    **dict.fromkeys(
        (
            *(f"{felt} being a {who}" for felt in ("hate", "hating", "regret") for who in _PARENTS),
            *(f"regret becoming a {who}" for who in _PARENTS),
            *(f"regret having {them}" for them in _HAVING),
            *(f"bad {who}" for who in _PARENTS),
            *(f"{who} guilt" for who in _PARENTS),
        ),
        ("bad parent", "postnatal"),
    ),
    **dict.fromkeys(("relapse", "relapsed", "relapses", "relapsing", "relaps"), _SETBACK),
    # Self-harm again after a time without it: the page on setbacks, not any page on cutting.
    **dict.fromkeys(
        (
            *(f"{began}{did} again" for began in ("", "started ") for did in _HARMING),
            *(f"back to {did}" for did in _HARMING),
        ),
        _SETBACK,
    ),
    # Scared of one's own self-harm: the pages on it, not When home does not feel safe, which
    # says "scared" most ("i am self harming and scared" listed it first).
    **dict.fromkeys(
        (
            *(
                f"{did} and {im}{scared}"
                for did in (*_HARMING, "self harm")
                for im in ("", "im ", "i am ", "i feel ", "feel ", "so ", "im so ")
                for scared in _SCARED
            ),
            *(f"{scared} of {did}" for scared in _SCARED for did in ("my self harm", *_HARMING)),
        ),
        ("self harm*",),
    ),
    # An urge, as it is typed: "urge to cut" listed the pages on alcohol and on unfair
    # treatment first, which say "cut" of something else ("cut down", "cut off").
    **dict.fromkeys(
        (
            f"{urge} to {harm}"
            for urge in ("urge", "urges", "the urge")
            for harm in ("cut", "self harm", "hurt myself", "harm myself")
        ),
        ("urge*", "self harm*"),
    ),
    # Without "my" ("how to hide scars") the page on being online came first, for "hide".
    **dict.fromkeys(
        (f"{hide} scars" for hide in ("hide", "hiding", "cover", "covering", "cover up")),
        ("scars",),
    ),
}
