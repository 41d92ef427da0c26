"""The synonym table: words people type that no article uses, and the articles' words for them.

A reviewed, hand-made list, not a spell checker: each key is something a reader was seen to
type (or a common misspelling of it), and each value names words that occur in the bundled
English articles (a test checks that every one of them still finds an article). A trailing "*"
on a value also finds longer words that start with it ("setback*": setbacks). How a typed query
is matched against it is in reader/search_synonyms.py. More keys, by theme, are in the
synonym_*.py modules imported below.
"""

from __future__ import annotations

from reader.synonym_events import EVENTS
from reader.synonym_feelings import FEELINGS
from reader.synonym_life import LIFE
from reader.synonym_people import PEOPLE
from reader.synonym_topics import TOPICS
from reader.synonym_who import WHO
from reader.synonym_work import WORK

_SELF_HARM = ("self harm*",)
_SOMEONE_ELSES_SELF_HARM = ("self harm*", "supporting someone")
_ANXIETY = ("anxious", "worry", "worries", "panic*", "overwhelm*", "nervous")
_LOW = ("low mood", "sadness", "numb", "empty")
_SELF_HATRED = ("self hatred", "worthless")
_SLEEP = ("sleep*", "night*", "awake")
_FEAR = ("fear", "frighten*")
_EMERGENCY = ("emergency",)
_INJURY = ("badly hurt", "injury", "emergency care")
_ONLINE = ("online", "social media", "feed*")
_DOCTOR = ("doctor*", "gp", "nurse")
_ALCOHOL = ("alcohol", "drugs")
_BASICS = ("basics",)
_FOOD = ("food", "eat*", "meal*")
_ABUSE = ("abuse",)
_SUICIDAL = ("suicid*",)
_EATING = ("eating problem*",)
_GRIEF = ("grief", "bereaved")
_SUICIDE_LOSS = ("bereaved by suicide",)
_LONELY = ("lonel*",)
_WAITING = ("waiting list*", "while you wait")
_SCARS = ("scars",)

# Keys are written as typed; they are split into words as the search splits them, so
# "can't sleep" is the words "can", "t", "sleep" and "self-injury" is "self", "injury".
TABLE: dict[str, tuple[str, ...]] = {
    # "self-harm" is the articles' word: they never name a method (safe-messaging rule L9),
    # so "cutting" and "scars" found nothing at all.
    **dict.fromkeys(
        (
            "sh",
            "selfharm",
            "selfharming",
            "self harming",
            "self harmer",
            "self injury",
            "self injure",
            "self injuring",
            "self injurious",
            "selfinjury",
            "self mutilation",
            "cut",
            "cuts",
            "cutting",
            "cut myself",
            "cutting myself",
            "i cut myself",
            "hit myself",
            "hitting myself",
            "punch myself",
            "punching myself",
            "hurt myself",
            "hurting myself",
            "scars",
            "burning myself",
            "burned myself",
            "burnt myself",
            # Misspellings seen in reviews and common online.
            "cuting",
            "cuting myself",
            "slef harm",
            "sefl harm",
            "self ham",
            "self hram",
            "slefharm",
            "selfharn",
            "self harn",
            # Ways of self-harm no page names: each found nothing at all.
            *("scratch myself", "scratching myself", "bite myself", "biting myself"),
            *(f"{s} my {at}" for s in ("scratch", "scratching") for at in ("arms", "skin", "legs")),
            *("punch walls", "punching walls", "banging my head", "bang my head"),
        ),
        _SELF_HARM,
    ),
    # Someone else's ("my daughter cuts herself" found nothing: no article says "herself"):
    # the articles on self-harm, and the one on supporting someone.
    **dict.fromkeys(
        (
            f"{doing} {them}"
            for doing in ("cut", "cuts", "cutting", "hurt", "hurts", "hurting", "harming")
            for them in ("himself", "herself", "themselves", "themself")
        ),
        _SOMEONE_ELSES_SELF_HARM,
    ),
    **dict.fromkeys(
        (
            "anxiety",
            "anxieties",
            "anxious",
            "anxiousness",
            "anxiety attack",
            "panic attack",
            "panic attacks",
            "anxeity",
            "anxity",
            "axiety",
        ),
        _ANXIETY,
    ),
    **dict.fromkeys(
        ("depressed", "depression", "depressing", "depressive", "sad", "unhappy", "miserable"),
        _LOW,
    ),
    **dict.fromkeys(
        (
            "hate myself",
            "i hate myself",
            "self hate",
            "self hating",
            "self loathing",
        ),
        _SELF_HATRED,
    ),
    **dict.fromkeys(
        (
            "cant sleep",
            "can t sleep",
            "cannot sleep",
            "can not sleep",
            "insomnia",
            "sleepless",
            "sleeplessness",
            "no sleep",
        ),
        _SLEEP,
    ),
    **dict.fromkeys(("scared", "afraid", "terrified", "scary", "fearful"), _FEAR),
    # The online article names no app, but readers type the ones they use.
    **dict.fromkeys(
        (
            "instagram",
            "tiktok",
            "snapchat",
            "facebook",
            "youtube",
            "discord",
            "reddit",
            "twitter",
            "whatsapp",
            "tumblr",
            "scrolling",
            "doomscrolling",
            "cyberbullying",
            "cyber bullying",
            "trolls",
            "trolling",
        ),
        _ONLINE,
    ),
    **dict.fromkeys(
        ("general practitioner", "physician", "gp surgery", "doctors surgery"), _DOCTOR
    ),
    **dict.fromkeys(("drunk", "booze", "hangover", "weed", "substance"), _ALCOHOL),
    "drinking": (*_ALCOHOL, *_BASICS),  # also drinks through the day, as the basics say
    **dict.fromkeys(
        ("self care", "selfcare", "look after myself", "looking after myself"), _BASICS
    ),
    **dict.fromkeys(("diet", "appetite", "not eating", "cant eat"), _FOOD),
    **dict.fromkeys(
        (
            "abused",
            "abusive",
            "abuser",
            "domestic violence",
            "dv",
            # Never "hits" or "hitting" alone: "hitting myself" is self-harm, not abuse.
            "hit me",
            "hits me",
            "hitting me",
            "beat me",
            "beats me",
            "beating me",
            "neglected",
            "unsafe at home",
            "not safe at home",
            "molested",
        ),
        _ABUSE,
    ),
    # The food article names no condition and no behaviour; readers type them.
    **dict.fromkeys(
        (
            "anorexia",
            "anorexic",
            "bulimia",
            "bulimic",
            "binge",
            "binging",
            "bingeing",
            "overeating",
            "purging",
            "starving myself",
            "making myself sick",
            "make myself sick",
            *("starve myself", "purge", "throwing up", "skipping meals", "skip meals"),
            *("eat too much", "eating too much", "ate too much", "comfort eating"),
        ),
        _EATING,
    ),
    **dict.fromkeys(("grieving", "mourning", "funeral", "passed away"), _GRIEF),
    # A loss to suicide: the page for it, before the one on any loss (which says "grief" more).
    # Never "kill myself": that is the reader's own danger, not a loss.
    **dict.fromkeys(
        (
            "killed himself",
            "killed herself",
            "killed themselves",
            "took his own life",
            "took her own life",
            "took their own life",
        ),
        _SUICIDE_LOSS,
    ),
    # Someone else in danger now: the articles on suicidal thoughts and supporting someone.
    **dict.fromkeys(
        (
            "kill himself",
            "kill herself",
            "kill themselves",
            "killing himself",
            "killing herself",
            "killing themselves",
        ),
        _SUICIDAL,
    ),
    **dict.fromkeys(
        ("isolated", "isolation", "no friends", "nobody cares", "no one cares", "all alone"),
        _LONELY,
    ),
    # Waiting to be seen: the article is "While you wait for support"; it says "referral",
    # "CAMHS" and "on a list", but not "waiting list".
    **dict.fromkeys(
        (
            "waitlist",
            "waitlists",
            "wait list",
            "wait lists",
            "waiting time",
            "waiting times",
            "still waiting",
            "havent heard back",
            "haven t heard back",
            "not heard back",
            "no reply",
            "cypmhs",
        ),
        _WAITING,
    ),
    **dict.fromkeys(("iapt",), ("talking therap*",)),
    # "found out" is the reader's word, "finds out" the title's.
    **dict.fromkeys(("found out", "find out", "finding out"), ("finds out", "found out")),
    # Never "scar" alone: as typed it starts "scars", and the article on them came after
    # four that say "scar" once.
    **dict.fromkeys(("scarring", "scarred"), _SCARS),
    # Scars, as people ask about them ("hide my arms"); the article says "scars" and "cover".
    **dict.fromkeys(
        (
            "hide my scars",
            "hiding my scars",
            "hide my arms",
            "hiding my arms",
            "cover my arms",
            "covering my arms",
            "long sleeve",
            "tattoo",
            "tattoos",
        ),
        _SCARS,
    ),
    # An injury, in the words of first aid: the articles say when to get emergency care.
    **dict.fromkeys(("bleeding", "wound", "wounds", "first aid", "stitches", "injured"), _INJURY),
    # Emergency numbers (UK and Ireland, US and Canada, Europe, Australia) and "A&E".
    **dict.fromkeys(("ambulance", "999", "911", "112", "000", "a e", "a and e"), _EMERGENCY),
    **PEOPLE,
    **FEELINGS,
    **TOPICS,
    **LIFE,
    **WHO,
    **EVENTS,
    **WORK,
}
