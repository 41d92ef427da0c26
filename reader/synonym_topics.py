"""Words readers type for the topics of the newer pages (voices, panic, alcohol, anger, bullying,
shame, money, body image, grief).

Part of the synonym table (reader/synonym_table.py): each key is a word a reader may type that
no article uses; each value names words the article on it does use.
"""

from __future__ import annotations

from reader.synonym_body import BODY
from reader.synonym_medicine import MEDICINE
from reader.synonym_older import WIDOWED
from reader.synonym_picking import PICKING

_VOICES = ("voices", "psychosis")
_PANIC = ("panic*",)
_ALCOHOL = ("alcohol", "drugs")
_ANGER = ("anger",)
_ABUSE = ("abuse",)
_BULLYING = ("bullying",)
_SHAME = ("ashamed", "shame")
_LONELY = ("lonel*",)
_MONEY = ("money", "debt")
_MONEY_FEELINGS = (
    *("panic", "panicking", "panicked", "stressed", "stressing", "scared", "anxious"),
    *("freaking out", "worried", "worrying"),
)
_BILLS = ("money", "bills", "debt", "my debt", "debts", "rent")
_BODY = ("body image", "appearance")
_GRIEF = ("grief", "bereaved")
_SUICIDE_LOSS = ("bereaved by suicide",)
# Whom a reader may have lost ("lost my mum", "i miss my dad"): the page on grief.
_LOVED = (
    *("mum", "mom", "mam", "mother", "dad", "father", "nan", "nana", "gran", "grandma"),
    *("grandad", "grandpa", "brother", "sister", "son", "daughter", "baby", "wife"),
    *("husband", "partner", "boyfriend", "girlfriend", "friend", "best friend", "dog", "cat"),
)

TOPICS: dict[str, tuple[str, ...]] = {
    **MEDICINE,  # antidepressants by name, pills for how one feels, coming off
    **BODY,  # "cut my arm": self-harm told by where on the body
    **PICKING,  # picking and pulling, and what only sounds like them ("people pick on me")
    # The page on voices names no diagnosis; readers type the words they have heard.
    **dict.fromkeys(
        (
            "hallucinating",
            "hallucinate",
            "hallucinated",
            "psychotic",
            "schizophrenia",
            "schizophrenic",
            "paranoid",
            "paranoia",
            "visions",
            "hearing things",
            "seeing things",
        ),
        _VOICES,
    ),
    **dict.fromkeys(
        (
            "hyperventilating",
            "hyperventilate",
            "hyperventilation",
            "gad",
            "freaking out",
            "freak out",
            "heart racing",
            "heart pounding",
            "palpitations",
        ),
        _PANIC,
    ),
    # Never "high" or "wasted" alone ("high school", "wasted my life").
    **dict.fromkeys(
        (
            "hungover",
            "addicted",
            "addict",
            "stoned",
            "sober",
            "sobriety",
            "rehab",
            "self medicating",
            "self medicate",
            "getting high",
            "get high",
            "got high",
        ),
        _ALCOHOL,
    ),
    # Anger as people tell of it. Never "violent" alone ("my dad is violent" is about home),
    # nor "punch walls" (self-harm, in the main table).
    **dict.fromkeys(
        (
            *("hit someone", "hitting someone", "hurt someone", "hurting someone"),
            *("hurt somebody", "harm someone", "kill someone", "hurt people", "hurting people"),
            *("lose my temper", "losing my temper", "lost my temper", "short tempered"),
            *("pissed off", "i get violent", "getting violent", "lash out", "lashing out"),
            *("outburst", "outbursts", "smash things", "smashing things", "throwing things"),
        ),
        _ANGER,
    ),
    # Someone else's violence is about home ("my dad is violent" found nothing).
    **dict.fromkeys(
        ("is violent", "gets violent", "was violent", "violent at home", "violent partner"),
        _ABUSE,
    ),
    # Bullying as young people tell of it; the page says "nude pictures" and "bullying".
    **dict.fromkeys(
        (
            *("nudes", "nude pics", "sent nudes", "leaked nudes", "sextortion"),
            *("name calling", "called names", "calling me names", "mean girls", "mean to me"),
            *("excluded", "laugh at me", "laughing at me", "make fun of me", "making fun of me"),
        ),
        _BULLYING,
    ),
    **dict.fromkeys(
        (
            *("disgusted with myself", "disgusted", "disgusting", "humiliated", "humiliation"),
            *("judged by", "felt judged"),  # by someone; "feel judged": synonym_social.py
        ),
        _SHAME,
    ),
    **dict.fromkeys(("everyone hates me", "nobody likes me", "no one likes me"), _LONELY),
    # A feeling about money ("i panic about money", "stressed about money"): the page on
    # gambling, which says "panic", "stress" and "money", came first.
    **dict.fromkeys(
        (
            *(f"{feeling} about {what}" for feeling in _MONEY_FEELINGS for what in _BILLS),
            *(f"money {feeling}" for feeling in ("anxiety", "panic", "stress", "worry")),
        ),
        ("money worries", *_MONEY),
    ),
    # Money trouble in the words people use. Never "broke" alone: a cut "broke the skin".
    **dict.fromkeys(
        (
            *("skint", "im broke", "i m broke", "i am broke", "so broke", "flat broke"),
            *("bailiffs", "bailiff", "creditors", "overdraft"),
            *("universal credit", "evicted", "eviction"),
            *("payday loan", "payday loans", "credit card debt", "arrears"),
            *("lost my income", "cant pay rent", "can t pay rent"),
        ),
        _MONEY,
    ),
    **dict.fromkeys(
        (
            "hate my face",
            "hate my body",
            "hate how i look",
            "my looks",
            "ugly face",
            "hate my skin",
            # "fat" is the start of "father": "i feel fat" listed the pages on special days
            # (Father's Day) and after a baby first. Whole, it is the page's own topic.
            *("fat", "so fat", "too fat", "overweight", "my weight", "hate my weight"),
        ),
        _BODY,
    ),
    **dict.fromkeys((f"{lost} my {who}" for lost in ("lost", "miss") for who in _LOVED), _GRIEF),
    **dict.fromkeys((f"{who} died" for who in _LOVED), _GRIEF),
    **dict.fromkeys(("passed on", "lost someone", "losing someone", "bereavement"), _GRIEF),
    # A partner's death in an older reader's word: each found nothing. The page on later
    # life has "widowed" among its topics, and listed first: the page on a death comes first
    # (reader/synonym_feelings.py, ARTICLES_WORDS_FIRST), the page on later life next.
    **dict.fromkeys(WIDOWED, (*_GRIEF, "widowed")),
    # A student's words: no page says "degree" ("failing my degree" listed the page on money
    # first) or "homesick" (nothing at all); the page on school has a part on university.
    **dict.fromkeys(("degree", "dissertation", "my course"), ("university",)),
    # "uni" whole: as typed it starts "union", and "uni stress" listed the page on work first
    # (its union rep); no page says "uni" alone ("first year at uni" listed racism first).
    **dict.fromkeys(("uni", "freshers", "fresher", "freshers week"), ("university",)),
    # Stress said of university: the page on school has no "stress" (the page on overwhelm
    # came first for "uni stress", the page for parents for "struggling at uni").
    **dict.fromkeys(
        (
            *(
                f"{stress} {uni}"
                for stress in ("stress", "pressure")
                for uni in ("uni", "university")
            ),
            *(
                f"{uni} {stress}"
                for uni in ("uni", "university")
                for stress in ("stress", "pressure")
            ),
            *(
                f"{feel} {at} uni"
                for feel in ("stressed", "struggling", "not coping", "cant cope")
                for at in ("at", "with", "about")
            ),
        ),
        ("university",),
    ),
    **dict.fromkeys(("homesick", "homesickness"), ("university", "lonel*")),
    # The same loss told of suicide: the page for it, not the one on any loss, first. Never
    # "to suicide" alone: "close to suicide" is the reader's own danger.
    **dict.fromkeys((f"lost my {who} to suicide" for who in _LOVED), _SUICIDE_LOSS),
    **dict.fromkeys(("by suicide", "lost to suicide"), _SUICIDE_LOSS),
    # Self-harm that feels like an addiction is about self-harm, not alcohol or drugs.
    **dict.fromkeys(
        (f"addicted to {it}" for it in ("self harm", "self harming", "cutting", "hurting myself")),
        ("self harm*",),
    ),
    # No page says "slept": "i havent slept" listed only the page on hearing voices.
    **dict.fromkeys(
        (
            *("slept", "havent slept", "haven t slept", "not slept", "didnt sleep"),
            *("didn t sleep", "not sleeping", "hardly slept", "barely slept"),
        ),
        ("sleep*", "night*", "awake"),
    ),
    # A mind in turmoil, said of the head: "my head is a mess" listed the page on bullying.
    **dict.fromkeys(
        (
            *(
                f"head {is_} {mess}"
                for is_ in ("is", "is such", "s")
                for mess in ("a mess", "messed up")
            ),
            *("head is all over the place", "head is everywhere", "head is so full"),
            *("head is spinning", "head is a shambles", "brain is a mess", "mind is a mess"),
        ),
        ("overwhelm*", "too much"),
    ),
    # No page says "coping skills": with a word fewer, the pages that say "skills" in passing
    # (later life's "the right skills", a learning disability's "losing skills") came first.
    **dict.fromkeys(
        (f"coping {skills}" for skills in ("skills", "skill", "tools", "techniques")),
        ("distraction*", "grounding"),
    ),
}
