"""The synonym table's feelings and spellings: words for how a reader feels, and US spellings.

Part of the synonym table (reader/synonym_table.py), in a module of its own for length. The
articles are in British English ("counselling", "behaviour") and say "overwhelm", "tired",
"angry"; each of these words typed alone found nothing, or one article beside the point.
"""

from __future__ import annotations

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

FEELINGS: dict[str, tuple[str, ...]] = {
    # US spellings of the articles' British words.
    **dict.fromkeys(("counseling",), ("counselling",)),
    **dict.fromkeys(("counselor", "counselors"), ("counsellor*",)),
    **dict.fromkeys(("behavior", "behaviors", "behavioral"), _BEHAVIOUR),
    **dict.fromkeys(("crying", "cried", "tears", "cant stop crying", "can t stop crying"), _CRYING),
    **dict.fromkeys(("exhausted", "exhaustion", "worn out", "drained"), _TIRED),
    **dict.fromkeys(("rage", "furious", "frustrated", "frustration"), _ANGER),
    **dict.fromkeys(("exam stress", "exam pressure", "exams stress"), _EXAMS),
    **dict.fromkeys(("stressed", "stressed out"), _STRESS),
    **dict.fromkeys(
        ("breakdown", "meltdown", "mental breakdown", "nervous breakdown", "falling apart"),
        _OVERWHELM,
    ),
    **dict.fromkeys(("nightmare", "nightmares", "bad dreams"), _NIGHTS),
    **dict.fromkeys(("bullied", "being bullied"), _BULLYING),
    **dict.fromkeys(("cyberbullied",), _ONLINE_BULLYING),
}
