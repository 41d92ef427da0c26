"""Words readers type for the pages on looking after someone, on being treated unfairly for
who you are, on ADHD, on being in care, on gambling, after a suicide attempt and on a learning
disability; and short whole words that are not the start of a longer one.

Part of the synonym table (reader/synonym_table.py): each key is something a reader may type
that the page on it does not say; each value names words that page does use.
"""

from __future__ import annotations

from reader.synonym_adopted import ADOPTED
from reader.synonym_care import CARE
from reader.synonym_deaf import DEAF
from reader.synonym_forces import FORCES
from reader.synonym_learning import LEARNING
from reader.synonym_refugee import REFUGEE

_CARING = ("carer*", "caring")
_UNFAIR = ("racism", "treated unfairly")
_ADHD_FOCUS = ("focus*", "adhd")
_CARED_FOR = (
    *("mum", "mom", "mam", "dad", "mother", "father", "parent", "parents", "brother", "sister"),
    *("husband", "wife", "partner", "nan", "gran", "grandma", "grandad", "grandmother"),
    *("grandfather", "family"),
)
_SELVES = ("myself", "himself", "herself", "themselves", "themself")
_LIVES = ("my", "his", "her", "their")
_LOOKING_AFTER = ("look after", "looking after", "looks after", "care for", "caring for")

_FOSTERED = (
    *("foster carer", "foster carers", "foster parent", "foster parents", "foster mum"),
    *("foster mom", "foster dad", "foster family", "foster home"),
)

WHO: dict[str, tuple[str, ...]] = {
    **CARE,  # being in care, living with relatives, leaving care
    **ADOPTED,  # birth parents, finding them, being adopted
    **FORCES,  # wars, leaving the forces, deployment
    **REFUGEE,  # seeking asylum, papers, family left behind
    **DEAF,  # being Deaf or hard of hearing: "no one signs with me", "hoh"
    **LEARNING,  # a learning disability, as it is like: "slow learner", "i get muddled"
    # A young person in foster care, as they say it: "foster carer" alone is the carer's own
    # word (the page for parents), but "my foster carer" and "i live with foster carers" are
    # the child's, and listed the page for parents first.
    **dict.fromkeys(
        (
            *(f"my {who}" for who in _FOSTERED),
            *(
                f"{live} with {a}{who}"
                for live in ("live", "living")
                for a in ("", "a ", "my ")
                for who in _FOSTERED
            ),
            *("foster care", "in foster care", "a foster home", "foster home"),
        ),
        ("in care", "foster*"),
    ),
    # "i look after my mum" listed the pages for parents of a child who self-harms.
    **dict.fromkeys((f"{verb} my {who}" for verb in _LOOKING_AFTER for who in _CARED_FOR), _CARING),
    **dict.fromkeys(
        ("carer stress", "carer burnout", "caregiver burnout", "caring burnout"), _CARING
    ),
    # Said to people for how they look or where they come from; the page says "racism".
    **dict.fromkeys(
        (
            *("go back to your country", "go back to where you came from", "racial abuse"),
            *("racially abused", "racial bullying", "racially bullied", "racial slurs"),
            *("colour of my skin", "color of my skin", "because of my race"),
            *("because of my religion", "my hijab", "wearing a hijab", "my headscarf"),
            *("my turban", "hate my skin colour", "hate my skin color"),
            # Misspelt, or said as what was done (found by the second search hunt).
            *("racisim", "rasism", "racsim", "raceism", "racisem", "racist abuse"),
            *("microagressions", "microaggression", "microaggressions", "micro aggressions"),
            *("n word", "called a terrorist", "antisemitic", "antisemitic abuse"),
            *("islamophobic", "islamophobic abuse"),
        ),
        _UNFAIR,
    ),
    # "hate" alone is a small word ("i hate school"): hate done to someone keeps its pages.
    **dict.fromkeys(
        ("hate crime", "hate crimes", "hate speech", "hate incident", "hate incidents"),
        ("hate crime*", "hate online"),
    ),
    # "cant concentrate" found nothing: no page says "concentrate" in its text.
    **dict.fromkeys(
        ("concentrate", "concentrating", "concentration", "cant concentrate"), _ADHD_FOCUS
    ),
    **dict.fromkeys(("cant sit still", "fidgety", "fidgeting"), ("restless", "adhd")),
    **dict.fromkeys(("inattentive", "inattention", "hyperfocus", "hyperfocusing"), _ADHD_FOCUS),
    # Rejection sensitivity, a name used in ADHD circles (not a diagnosis) for strong, fast
    # feelings at being rejected or criticised: the page's "Feelings that come fast" (being
    # judged or left out, emotional dysregulation). "rsd" and these found nothing.
    **dict.fromkeys(
        (
            *("rsd", "rejection sensitivity", "rejection sensitive", "rejection dysphoria"),
            "rejection sensitive dysphoria",
        ),
        ("emotional dysregulation", "adhd"),
    ),
    **dict.fromkeys(("executive dysfunction", "executive function"), ("adhd",)),
    # "addicted" alone is the page on alcohol and drugs' word: "addicted to gambling" and
    # "gambling addict" listed that page and not the one on gambling.
    **dict.fromkeys(
        (
            *(f"addicted to {it}" for it in ("gambling", "betting", "gambiling", "bets")),
            *("gambling addict", "betting addict", "gambling addicts", "compulsive gambling"),
        ),
        ("gambling",),
    ),
    # Ways to gamble the page does not name, and the word as it is often misspelt: each
    # found nothing. Never "scratchcards": "scratch", typed so far, would start it.
    **dict.fromkeys(
        (
            *("slots", "slot machines", "fruit machines", "scratch cards"),
            *("lottery", "poker", "roulette", "blackjack", "bookies", "betting shop"),
            *("gamblng", "gambeling", "gambleing", "gamling", "gamboling"),
        ),
        ("gambling",),
    ),
    # The scheme's name; the page says "self-exclusion".
    **dict.fromkeys(("gamstop", "gam stop"), ("self exclusion", "gambling")),
    # An adult's own separation is the page on a relationship ending; "my husband left me"
    # listed the page for young people whose parents separate first.
    **dict.fromkeys(
        (
            *(f"my {who} left me" for who in ("husband", "wife", "partner", "boyfriend")),
            *("my girlfriend left me", "we are separating", "were separating"),
            *("we separated", "separating from my husband", "separating from my wife"),
        ),
        ("break up*",),
    ),
    # Parents fighting, in a young person's words; the page on a changing family says
    # "arguing" ("my mum and dad fight" listed the page on unwanted thoughts first).
    **dict.fromkeys(
        (
            *(f"{who} fight" for who in ("mum and dad", "mom and dad", "parents")),
            *(f"{who} hate each other" for who in ("parents", "mum and dad", "mom and dad")),
            *("parents fighting", "parents always fighting", "family problems"),
        ),
        ("arguing", "argue*"),
    ),
    # Said as what was done; the LGBTQ+ page says "homophobia" ("homophobic abuse" listed the
    # page on bullying first).
    **dict.fromkeys(
        (
            f"{hate}{abuse}"
            for hate in ("homophobic", "transphobic", "biphobic")
            for abuse in ("", " abuse", " bullying", " comments")
        ),
        ("homophobia", "transphobia", "biphobia", "lgbtq*"),
    ),
    # A gender felt other than the one given ("im a girl trapped in a boys body"): with "im a
    # girl" said around it, "boys" found the page for men first; before, "boy" found the page
    # on a break-up ("boyfriend"). A man who feels like a boy is no such thing.
    **dict.fromkeys(
        (
            *(f"trapped in a {sex} body" for sex in ("boys", "boy s", "girls", "girl s")),
            *(
                f"{said} {given} but i feel like a {felt}"
                for said in ("i m a", "i am a")
                for given, felt in (("boy", "girl"), ("girl", "boy"))
            ),
        ),
        ("trans", "gender", "lgbtq*"),
    ),
    # A parent's new partner, in a young person's words; the page says "stepfamily" and "new
    # partner" ("i hate my stepdad" listed the page on unfair treatment first, for "hate").
    **dict.fromkeys(
        (
            *(f"{step}{who}" for step in ("step", "step ") for who in ("dad", "mum", "mom")),
            *(
                f"{whose} new {who}"
                for whose in ("mums", "moms", "dads", "mum s", "dad s")
                for who in ("boyfriend", "girlfriend", "partner", "husband", "wife")
            ),
        ),
        ("stepfamily", "new partner"),
    ),
    # An attempt told as what happened, the reader's or someone's they love; the page says
    # "suicide attempt" ("i tried to take my own life" never listed it).
    **dict.fromkeys(
        (
            *(f"tried to {end} {whose}" for end in ("kill", "end") for whose in _SELVES),
            *(f"tried to {end} {whose} life" for end in ("end", "take") for whose in _LIVES),
            *(f"tried to take {whose} own life" for whose in _LIVES),
            *("tried to end it", "tried to end it all"),
            *("attempted suicide", "failed suicide", "failed suicide attempt", "failed attempt"),
            *("survived suicide", "survived an attempt", "after my attempt", "my attempt"),
            *("overdosed", "i overdosed", "took an overdose", "had an overdose"),
        ),
        ("suicide attempt", "an attempt"),
    ),
    # Home from hospital: the pages on going to hospital and after an attempt say "leaving".
    **dict.fromkeys(
        (
            f"{just} hospital"
            for just in (
                "just got out of",
                "got out of",
                "discharged from",
                "home from",
                "came home from",
                "sent home from",
            )
        ),
        ("leaving hospital", "leave hospital", "going home"),
    ),
    # A whole word, not the start of "addiction": "how do i add to my safety plan" listed
    # the page on alcohol and drugs first.
    "add": ("add",),
}
