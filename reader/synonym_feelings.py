"""The synonym table's feelings and spellings: words for how a reader feels, and US spellings.

Also words for what a reader goes through that no article names (dissociation, a break-up,
a psychiatric ward, being thrown out), pointed at the articles nearest to them.

Part of the synonym table (reader/synonym_table.py), in a module of its own for length. The
articles are in British English ("counselling", "behaviour") and say "overwhelm", "tired",
"angry"; each of these words typed alone found nothing, or one article beside the point.
"""

from __future__ import annotations

from reader.synonym_baby import PREGNANT
from reader.synonym_care import KINSHIP, MY_SOCIAL
from reader.synonym_learning import LEARNING_LEADS
from reader.synonym_lonely import LONELY_AND
from reader.synonym_older import CARE_HOME, OLDER_HOMES, WIDOWED, WIDOWED_LONELY
from reader.synonym_one_feeling import NEED_HELP, ONE_FEELING_LEADS
from reader.synonym_people import SCHOOL_WORRY
from reader.synonym_picking import AWAY
from reader.synonym_refugee import NOT_ALLOWED_TO_WORK
from reader.synonym_social import SAID_ELSEWHERE, SOCIAL
from reader.synonym_telling import KEEPING_IT_IN, TELL_ANYONE
from reader.synonym_work import WORK_BURNOUT

_BEHAVIOUR = ("behaviour*",)
_CRYING = ("cry",)
_TIRED = ("tired",)
_ANGER = ("anger", "angry")
_EXAMS = ("exam*", "school")
_STRESS = ("stress", "overwhelm*")
_OVERWHELM = ("overwhelm*",)
_NIGHTS = ("sleep*", "night*")
_BULLYING = ("bullying",)
_ONLINE_BULLYING = ("bullying", "online")
_FAR_AWAY = ("numb", "far away")  # the grounding and feelings articles' words for it
_MEMORIES = ("memories",)
_BREAK_UP = ("relationship*", "lonel*")
_GROUNDING = ("grounding",)
_HOSPITAL = ("hospital",)
_LOW_MOOD = ("low mood", "depress*")
# Thrown out or with no home: the page for it (its title says "nowhere safe"), then When home
# does not feel safe (which came first until the page for someone thrown out landed).
_NOWHERE_SAFE = ("nowhere safe", "nowhere to stay", "somewhere safe", "abuse")
_TRAUMA = ("trauma*",)
_HURT_BY_SOMEONE = ("trauma*", "abuse")
_SEXUAL_VIOLENCE = ("rape", "sexual assault", *_HURT_BY_SOMEONE)
_LGBTQ = ("lgbtq*",)
_MYTHS = ("myth*",)  # the pages that name the myths about self-harm to reject them
_DIAGNOSIS = ("diagnosed", "second opinion")
_EMPTY = ("empty",)
_TOO_MUCH = ("too much",)
_CANT_COPE = ("cant cope", "can t cope", "cannot cope", "can not cope")
_STRUGGLING = (
    *("struggling", "not ok", "not okay", "not doing well", "not coping", "bad day"),
    *("having a bad day", "hard time", "having a hard time", "rough day", "bad mental health"),
    # Found by the crisis-word hunt: the pages on unfair treatment or on food came first.
    *("hate my life", "tired of everything", "fed up with everything", "fed up with life"),
    "hate living",
)
_SELF_BLAME = (
    *("hate myself", "bad person", "horrible person", "terrible person", "awful person"),
    *("evil person", "worst person", "disgusting person", "a monster"),
    *("waste of space", "a waste of space", "waste of oxygen", "hate being me"),
)
# A parent named, not "parents": "my mum kicked me out" listed the page for parents' words.
_THROWERS = (
    *("mum ", "mom ", "mam ", "dad ", "mother ", "father ", "stepdad ", "stepmum ", "stepmom "),
    *("step dad ", "step mum ", "nan ", "gran ", "aunt ", "uncle ", "boyfriend ", "girlfriend "),
    *("partner ", "husband ", "wife ", "landlord "),
)
_SCARED = ("scared", "afraid", "terrified", "frightened", "so scared", "really scared")

FEELINGS: dict[str, tuple[str, ...]] = {
    # US spellings of the articles' British words.
    **dict.fromkeys(("counseling",), ("counselling",)),
    **SOCIAL,  # scared of people, socially anxious, selective mutism
    **dict.fromkeys(("counselor", "counselors"), ("counsellor*",)),
    **dict.fromkeys(("behavior", "behaviors", "behavioral"), _BEHAVIOUR),
    **dict.fromkeys(("crying", "cried", "tears", "cant stop crying", "can t stop crying"), _CRYING),
    **dict.fromkeys(("exhausted", "exhaustion", "worn out", "drained"), _TIRED),
    # Less of a drink or a drug: "cut" alone is self-harm (ARTICLES_WORDS_FIRST, below).
    **dict.fromkeys(("cut down", "cut back"), ("cut down",)),  # not "cutting down": a wound
    # "angry" too: the page on ADHD says "anger", and "my adhd makes me angry" did not list it.
    **dict.fromkeys(("angry", "rage", "furious", "frustrated", "frustration"), _ANGER),
    **dict.fromkeys(("exam stress", "exam pressure", "exams stress"), _EXAMS),
    **dict.fromkeys(("school stress", "homework stress", "stressed about school"), _EXAMS),
    **dict.fromkeys(("stressed about homework", "stressed about my homework"), _EXAMS),
    **dict.fromkeys(("stressed about exams", "stressed about my exams"), _EXAMS),
    **dict.fromkeys(("stressed", "stressed out"), _STRESS),
    **dict.fromkeys(
        ("breakdown", "meltdown", "mental breakdown", "nervous breakdown", "falling apart"),
        _OVERWHELM,
    ),
    **dict.fromkeys(("nightmare", "nightmares", "bad dreams"), _NIGHTS),
    **dict.fromkeys(("bullied", "being bullied"), _BULLYING),
    **dict.fromkeys(("cyberbullied",), _ONLINE_BULLYING),
    # What a reader goes through that no article names: each found nothing.
    **dict.fromkeys(
        ("dissociation", "dissociating", "dissociate", "spaced out", "zoned out", "unreal"),
        _FAR_AWAY,
    ),
    **dict.fromkeys(
        ("depersonalisation", "depersonalization", "derealisation", "derealization"), _FAR_AWAY
    ),
    **dict.fromkeys(
        ("out of body", "out of my body", "dont feel real", "don t feel real", "not real"),
        _FAR_AWAY,
    ),
    **dict.fromkeys(("trauma", "traumatic", "ptsd", "flashback", "flashbacks"), _MEMORIES),
    **dict.fromkeys(
        ("cptsd", "triggered", "reliving", "hypervigilance", "hypervigilant", "keep remembering"),
        _TRAUMA,
    ),
    # The page after rape or sexual assault first, then the two on harm done to you.
    **dict.fromkeys(
        ("rape", "raped", "sexual assault", "sexually assaulted", "molested"), _SEXUAL_VIOLENCE
    ),
    # "got" is said most by the page on asylum, which came first for "i got raped".
    **dict.fromkeys(("got raped", "got sexually assaulted", "got molested"), _SEXUAL_VIOLENCE),
    "assaulted": _HURT_BY_SOMEONE,  # in the street as often as sexually
    "got assaulted": ("assaulted", *_HURT_BY_SOMEONE),  # "got": asylum's page came first
    **dict.fromkeys(
        ("sexual abuse", "sexually abused", "got sexually abused"),
        ("sexual abuse", *_HURT_BY_SOMEONE),
    ),
    # Said without the words the page uses: each found Living with scars first, or nothing.
    **dict.fromkeys(
        (
            *(f"{who} touched me" for who in ("he", "she", "they", "someone", "somebody")),
            *("touched me inappropriately", "touched inappropriately", "touched my private"),
            *("forced me to have sex", "forced himself on me", "forced herself on me"),
            *("i was spiked", "got spiked", "drink was spiked", "drink got spiked"),
            *("didnt consent", "did not consent", "without my consent", "non consensual"),
        ),
        _SEXUAL_VIOLENCE,
    ),
    # Words for what LGBTQ+ readers meet that the article does not use.
    **dict.fromkeys(("lgbtqia", "lgbtqi", "lgbtiq", "enby", "intersex"), _LGBTQ),
    **dict.fromkeys(("misgender", "misgendering", "deadname", "deadnamed", "deadnaming"), _LGBTQ),
    **dict.fromkeys(("homophobia", "homophobic", "transphobia", "transphobic"), _LGBTQ),
    **dict.fromkeys(
        (
            "biphobia",
            "biphobic",
            "outed",
            "got outed",
            "been outed",
            "dysphoria",
            "conversion therapy",
        ),
        _LGBTQ,
    ),
    # What a reader may have been called or told: no article uses the words as true.
    **dict.fromkeys(
        ("attention seeking", "attention seeker", "attention seekers", "for attention"), _MYTHS
    ),
    **dict.fromkeys(("misdiagnosed", "misdiagnosis", "wrong diagnosis"), _DIAGNOSIS),
    **dict.fromkeys(("emptiness", "hollow"), _EMPTY),
    **dict.fromkeys(("breakup", "break up", "broke up", "dumped", "heartbroken"), _BREAK_UP),
    **dict.fromkeys(("mindfulness", "mindful", "meditation", "meditate"), _GROUNDING),
    **dict.fromkeys(
        ("depresion", "depresed", "depressd", "feeling down", "feel down", "feeling blue"),
        _LOW_MOOD,
    ),
    **dict.fromkeys(("anhedonia", "unmotivated", "no motivation", "cant be bothered"), _LOW_MOOD),
    **dict.fromkeys(("psych ward", "psychiatric ward", "sectioned", "inpatient"), _HOSPITAL),
    **dict.fromkeys(("kicked out", "thrown out", "homeless", "nowhere to live"), _NOWHERE_SAFE),
    # Running away: "i want to run away" listed the page on special days first; the page on
    # an unsafe home has a part on leaving home.
    **dict.fromkeys(
        ("run away", "want to run away", "running away", "run away from home", "ran away"),
        ("leaving home", "nowhere safe"),
    ),
    # Misspelt or run together, and a night in a car: each found nothing, or a safety plan.
    **dict.fromkeys(
        (
            *("homless", "homelss", "homeles", "sofasurfing", "sofa surfin", "couch surfing"),
            *("sleeping in my car", "sleep in my car", "living in my car", "sleeping in a car"),
            *("kicked out last night", "got kicked out last night", "thrown out last night"),
        ),
        _NOWHERE_SAFE,
    ),
    # Told of the one who did it ("my parents kicked me out"): the page for parents came first.
    **dict.fromkeys(
        (
            f"{who}{did} me out"
            for who in ("", "parents ", "parent ", "family ", *_THROWERS)
            for did in ("kicked", "threw", "thrown", "chucked", "chuck", "kick")
        ),
        _NOWHERE_SAFE,
    ),
    **dict.fromkeys(
        ("kicked out of home", "kicked out of the house", "chucked out"), _NOWHERE_SAFE
    ),
    # A home lost, or none, in a reader's words: each listed other pages first, or nothing.
    **dict.fromkeys(
        (
            *(f"{lost} my home" for lost in ("lost", "losing", "lose", "going to lose")),
            *(f"{none} to {go}" for none in ("nowhere", "no where") for go in ("go", "stay")),
            *("no where to live", "nowhere to sleep", "no where to sleep", "no home"),
            *("sleeping on the streets", "living on the streets", "on the streets"),
        ),
        _NOWHERE_SAFE,
    ),
}

# Words nearly every page uses, typed alone for one feeling: the pages with all of these words
# come before the rest ("too much" is in thirty pages, "if it gets too much"; the one on
# overwhelm came fifth). Only when nothing else but words such as "everything" was typed;
# not synonyms, so "my homework is too much" still finds the page on school first.
LEADS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(_TOO_MUCH, ("too much", "overwhelm*")),
    **dict.fromkeys(_CANT_COPE, ("cope", "overwhelm*")),
    # Fear typed alone: the pages on panic and on overwhelm, before those that say "scared" of
    # one thing (home, being found out).
    **dict.fromkeys(_SCARED, ("fear", "panic*")),
    # Distress typed in general words: the page on low mood first, not one that says "struggling".
    **dict.fromkeys(_STRUGGLING, ("low mood",)),
    # Shame said of the whole self: the page on shame first, not the thirteen that say "does
    # not make you a bad person" in passing, nor the one on the feelings behind self-harm.
    **dict.fromkeys(_SELF_BLAME, ("ashamed", "worthless")),
    # Self-harm typed in the form one page uses word for word ("self-harming"): the page on
    # it first, not When you feel you are never good enough, which says it twice.
    **dict.fromkeys(("self harming", "self harmer"), ("self harm*",)),
    # The wish to cut: the pages on alcohol ("cut down"), medicine and hearing voices say
    # "cut" and came first, with no page on self-harm in the first four.
    **dict.fromkeys(
        (f"{want} cut" for want in ("want to", "wanna", "need to", "going to", "gonna")),
        ("urge*", "self harm*"),
    ),
    # Burnout said of ADHD: the page on ADHD, not the page on autism, which alone says both
    # "adhd" and "burnout" ("autistic burnout"), then the page on pressure.
    **dict.fromkeys(("adhd burnout", "adhd burn out", "adhd burnt out"), ("adhd",)),
    # A feeling typed in one word: the page on it, before those that say the word most ("sad"
    # listed When a relationship ends first, "stressed" the page on food, "worried" the page
    # after a baby, "overwhelmed" the page on grounding, "anxious" the page on grounding, which
    # says it most and stays second).
    **dict.fromkeys(("sad", "so sad", "feel sad", "feeling sad", "sadness"), ("low mood",)),
    **dict.fromkeys(("stressed", "so stressed", "stressed out"), ("stress", "overwhelm*")),
    **dict.fromkeys(("worried", "worrying", "so worried"), ("worry", "panic*")),
    **dict.fromkeys(("overwhelmed", "so overwhelmed"), ("overwhelm*", "too much")),
    **dict.fromkeys(
        ("anxious", "so anxious", "feel anxious", "feeling anxious"), ("anxious", "panic*")
    ),
    **dict.fromkeys(WORK_BURNOUT, ("burnout", "at work")),
    **dict.fromkeys(SCHOOL_WORRY, ("school", "college", "university", "exam*")),
    **dict.fromkeys(KINSHIP, ("kinship care",)),
    **dict.fromkeys(MY_SOCIAL, ("social worker",)),
    **dict.fromkeys(NOT_ALLOWED_TO_WORK, ("asylum", "refugee*")),
    **dict.fromkeys((*CARE_HOME, *OLDER_HOMES), ("care home",)),
    # Loneliness with another feeling: the page on feeling alone (alone in saying "live alone")
    # first, then the pages for both feelings (reader/synonym_lonely.py); and widowed and lonely.
    **dict.fromkeys((*LONELY_AND, *WIDOWED_LONELY), ("live alone",)),
    **dict.fromkeys(KEEPING_IT_IN, ("kept inside",)),  # Talking to someone, then the men's
    **ONE_FEELING_LEADS,  # "hopeless", "upset", "nervous" typed alone
    **LEARNING_LEADS,  # "hard to understand", "i get confused" typed alone
    # The debt scheme by its name: the page on money, not Therapy as a safe space (both words).
    "breathing space": ("breathing space",),
    # The talking therapy service by its old name, a service one is referred to or refers
    # oneself to: the pages that speak of a referral for it (While you wait first), not those
    # that name NHS Talking Therapies most, for self-referral in passing.
    "iapt": ("talking therap*", "referral*"),
    # Referring oneself, as the pages say it ("adults can refer themselves"): "self referral"
    # listed the page on going to hospital second and While you wait not at all.
    **dict.fromkeys(
        ("self referral", "self refer", "self-refer", "self-referral", "self referring"),
        ("refer themselves", "talking therap*", "referral*"),
    ),
}

# Keys whose own word, whole, is said by a page beside the point: the articles' words for it
# are looked for instead, the word as typed only after them. "self-harming" word for word is
# in the page on pressure, not in Self-harm, school and college ("self harming at school"
# listed the page on pressure first); "burnout" only in the page on autism, as "autistic
# burnout" ("burnout at work" and "adhd burnout" listed it first).
# "work stress" is said by the page on pressure, in passing: the page on work comes first.
# "pregnant" and "pregnancy" are said most by the page after a loss (reader/synonym_baby.py).
# "cut" alone is said by the pages on alcohol ("cut down"), medicine and hearing voices, which
# came first for it, with no page on self-harm in the first four ("cut down" is a key).
ARTICLES_WORDS_FIRST = frozenset(
    ("self harming", "self harmer", "burnout", "work stress", "cut", *PREGNANT, *SAID_ELSEWHERE)
) | frozenset((*WIDOWED, *NEED_HELP, *TELL_ANYONE, *AWAY))
