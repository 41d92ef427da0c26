"""A feeling typed in one word ("hopeless", "upset"): the page on it first.

Leads (reader/synonym_feelings.py) for words pages say in passing, which listed the page that
says them most first: "hopeless" the page on waiting lists, "upset" the page on being online,
"nervous" the page on a first therapy session, "panicky" the page on grounding. Keys (reader/
synonym_table.py, through reader/synonym_life.py) for words no page says ("unloved",
"annoyed"), which found nothing. Each lead's value names the words of the page on it.
"""

from __future__ import annotations

# Not knowing what to do, said alone: When feelings get too big says "hard to know what to
# do", and the pages on telling someone give "I don't know what to do" as words to say. "idk
# what to do" listed only Self-harm in adult life, "idk" nothing, "i do not know what to do"
# the page on being adopted. A lead only, so "what do i do if my friend self harms" is not
# made to say it.
_LOST = (
    *("idk", "idk what to do", "dunno", "dunno what to do", "no idea what to do"),
    *("dont know what to do", "do not know what to do", "dont know what to do now"),
    *("what do i do", "what do i do now", "what should i do", "what should i do now"),
    *("what can i do", "what am i meant to do", "what am i supposed to do"),
)

# A plain call for help ("i need help", "need some help"): the pages on talking to someone
# and to a doctor, then those that say "getting help" (reader/search_help.py puts the crisis
# page before them). The page on a learning disability gives "I need help." as words to say,
# and came first.
NEED_HELP = (
    *("need help", "need some help", "need urgent help", "need help now", "need help asap"),
    *("need real help", "need proper help", "need help badly", "want help", "want some help"),
)

_TOO_MUCH = ("overwhelm*", "too much")
# Left out, as readers say it: "i feel left out" listed the page on care first (its "left
# care" and "leaving"), "i always feel left out" the page on home not being safe, with When you
# feel alone in neither's first four. The pages on school and bullying say "left out" too;
# "excluded" alone is being left out on purpose (bullying, reader/synonym_topics.py).
LEFT_OUT = (
    *("left out", "always left out", "feel left out", "always feel left out", "so left out"),
    *("leave me out", "leaves me out"),
    *("left out of everything", "always get left out", "get left out", "getting left out"),
    *("everyone leaves me out", "people leave me out"),
)
# Left out of a will: someone has died, and the hurt of it is told. The lead above read it as
# being left out ("will" is a small word), and listed When you feel alone first.
_WILL = tuple(
    f"{left} out of {whose} will"
    for left in ("left", "cut", "written", "left me", "cut me", "wrote me")
    for whose in ("the", "his", "her", "their", "my mums", "my dads", "my nans", "my grandads")
)

ONE_FEELING_LEADS: dict[str, tuple[str, ...]] = {
    # When you feel low says "feeling hopeless, as if nothing will ever change".
    **dict.fromkeys(("hopeless", "so hopeless", "hopelessness"), ("hopeless", "low mood")),
    **dict.fromkeys(("upset", "so upset", "really upset"), ("overwhelm*", "too much")),
    **dict.fromkeys(("nervous", "so nervous", "panicky"), ("anxious", "panic*")),
    # No page says "panicking": typed alone it found nothing at all.
    **dict.fromkeys(("panicking", "panicing", "panicked", "keep panicking"), ("panic*",)),
    # Said as it happens: "spiralling" and "isolating" found nothing, "breaking down" listed
    # the page on a break-up, "shutting down" the page on pain or illness.
    **dict.fromkeys(("spiralling", "spiraling", "spiral", "thoughts are spiralling"), _TOO_MUCH),
    **dict.fromkeys(("breaking down", "falling to pieces"), _TOO_MUCH),
    **dict.fromkeys(("shutting down", "switching off"), ("numb",)),
    **dict.fromkeys(("isolating", "isolating myself", "isolated"), ("lonel*",)),
    **dict.fromkeys(LEFT_OUT, ("lonel*",)),
    **dict.fromkeys(_LOST, ("know what to do",)),
    **dict.fromkeys(NEED_HELP, ("talking to", "getting help")),
    # "help" alone ("help me", "please help"): a lead only, so "help with money" is a search
    # for money, and the page for people who have served (it says "help" most) came first.
    "help": ("talking to", "getting help"),
}

ONE_FEELING: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("unloved", "not loved", "nobody loves me", "no one loves me"), ("lonel*",)),
    **dict.fromkeys(("annoyed", "irritated", "so annoyed"), ("anger", "angry")),
    "panicky": ("panic*",),
    **dict.fromkeys(LEFT_OUT, ("left out", "lonel*")),
    **dict.fromkeys(_WILL, ("grief", "bereaved")),
    # Said with what it is about ("idk what to do about school"): no page says "idk".
    **dict.fromkeys(("idk", "dunno"), ("don t know",)),
    # Said with what help is for ("i need help with self harm"): the pages on getting help
    # with it, not the page on a learning disability, which says "I need help." word for word
    # (reader/synonym_feelings.py, ARTICLES_WORDS_FIRST).
    **dict.fromkeys(NEED_HELP, ("getting help", "talking to")),
}
