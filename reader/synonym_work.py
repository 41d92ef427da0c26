"""Words readers type for the page on work (When work feels like too much).

Part of the synonym table (reader/synonym_table.py): each key is something a reader may type
that the page does not say as typed; each value names words that page does use. The page
says "at work", "stress at work", "losing a job", "off sick" and "fit note"; pages that say
"stressed" or "cope" of other things came first ("stressed at work" listed the page on food).
"""

from __future__ import annotations

# Work named as a place: every page says "work" ("work through it"), eleven "at work", and
# the page on work most. The small word "at" was left out, and "work" alone found the pages
# that say "stressed" or "cope" most ("i can't cope at work" listed the page on voices first).
_AT_WORK = ("at work",)
_WORK_STRESS = ("stress at work", "at work")
# A job lost: the page on work, which has a part on it, then the page on money ("debt").
_JOB_LOST = ("losing a job", "lost your job", "redundan*", "debt")
# Pay and notes when off sick: the page's "Time off sick", then the page on money.
_OFF_SICK = ("off sick", "fit note", "benefits")
# Burnout said of work: the page on work first (a lead, reader/synonym_feelings.py), which
# gives the WHO's word for it, then the page on pressure, which came first before the page on
# work was written (db21c30); the page on autism, which says "autistic burnout", after them.
WORK_BURNOUT = (
    *(f"{burnt} at work" for burnt in ("burnout", "burn out", "burnt out", "burned out")),
    *("work burnout", "job burnout", "workplace burnout", "burnt out from work"),
)

# A feeling said of work: each feeling word is a key of its own, ANDed with "at work", and no
# page says both ("crying at work" listed the pages on a suicide loss and ADHD first).
_FELT = (
    *("crying", "cried", "cry", "anxiety", "anxious", "panic attack", "panic attacks", "panic"),
    *("panicking", "depressed", "depression", "sad", "low", "miserable", "unhappy", "lonely"),
    *("scared", "overwhelmed", "a breakdown", "a meltdown", "breakdown", "meltdown"),
)
_AT = ("at work", "at my work", "at my job", "in work")

WORK: dict[str, tuple[str, ...]] = {
    **dict.fromkeys((f"{felt} {at}" for felt in _FELT for at in _AT), _WORK_STRESS),
    # Not going, or going too much; working in a care home is not being in care.
    **dict.fromkeys(
        (
            *("dread going to work", "dreading work", "dreading going to work", "cant face work"),
            *("cant go to work", "can t go to work", "cant face going to work", "working too much"),
            *("work too much", "work in a care home", "working in a care home"),
            # The job said as one's own: "my support worker" is someone who helps the reader.
            *(
                f"{am} {job}"
                for am in ("im a", "i am a", "i work as a", "working as a")
                for job in ("care worker", "care home worker", "care assistant", "support worker")
            ),
        ),
        _WORK_STRESS,
    ),
    **dict.fromkeys(("at work", "at my work", "at my job", "in work"), _AT_WORK),
    **dict.fromkeys(
        (
            *(f"{stress} {at} work" for stress in ("stressed", "stress") for at in ("at", "by")),
            *(f"stressed {about} work" for about in ("about", "with", "from", "out at")),
            *("work stress", "work stressed", "workplace stress", "job stress", "stressful job"),
            *("work pressure", "pressure at work", "pressure from work", "overworked"),
            *("workload", "my workload", "too much workload", "working from home", "wfh"),
        ),
        _WORK_STRESS,
    ),
    **dict.fromkeys(
        (
            *("lost my job", "losing my job", "lose my job", "lost job", "job loss"),
            *("made redundant", "been made redundant", "redundancy", "redundant", "laid off"),
            *("got laid off", "been laid off", "lost my work", "jobless", "out of a job"),
        ),
        _JOB_LOST,
    ),
    **dict.fromkeys(
        (
            *("sick pay", "statutory sick pay", "ssp", "sick leave", "sick note", "signed off"),
            *("signed off work", "signed off sick", "off work sick", "time off work"),
        ),
        _OFF_SICK,
    ),
    **dict.fromkeys(WORK_BURNOUT, ("perfectionism", "good enough")),
}
