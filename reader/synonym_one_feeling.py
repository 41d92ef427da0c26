"""A feeling typed in one word ("hopeless", "upset"): the page on it first.

Leads (reader/synonym_feelings.py) for words pages say in passing, which listed the page that
says them most first: "hopeless" the page on waiting lists, "upset" the page on being online,
"nervous" the page on a first therapy session, "panicky" the page on grounding. Keys (reader/
synonym_table.py, through reader/synonym_life.py) for words no page says ("unloved",
"annoyed"), which found nothing. Each lead's value names the words of the page on it.
"""

from __future__ import annotations

ONE_FEELING_LEADS: dict[str, tuple[str, ...]] = {
    # When you feel low says "feeling hopeless, as if nothing will ever change".
    **dict.fromkeys(("hopeless", "so hopeless", "hopelessness"), ("hopeless", "low mood")),
    **dict.fromkeys(("upset", "so upset", "really upset"), ("overwhelm*", "too much")),
    **dict.fromkeys(("nervous", "so nervous", "panicky"), ("anxious", "panic*")),
}

ONE_FEELING: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("unloved", "not loved", "nobody loves me", "no one loves me"), ("lonel*",)),
    **dict.fromkeys(("annoyed", "irritated", "so annoyed"), ("anger", "angry")),
    "panicky": ("panic*",),
}
