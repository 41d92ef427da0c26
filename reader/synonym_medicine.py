"""Words readers type for the page on medicine for mental health (If you are offered medicine
for your mental health).

Part of the synonym table (reader/synonym_table.py, through reader/synonym_topics.py): each
key is something a reader may type that the page does not say; each value names words it
does use. The page names no medicine, on purpose: readers type the names of common
antidepressants, which found nothing. Only antidepressants are here, and each value is the
page's own general words ("antidepressants", "medication"), never anything about taking too
much: the crisis words (reader/crisis_*.py) decide when help comes first.
"""

from __future__ import annotations

_MEDICINE = ("antidepressant*", "medication")
_STOPPING = ("coming off", "withdrawal")

# Common antidepressants by their generic names, UK brand names and US brand names.
_ANTIDEPRESSANTS = (
    *("sertraline", "fluoxetine", "citalopram", "escitalopram", "paroxetine", "fluvoxamine"),
    *("mirtazapine", "venlafaxine", "duloxetine", "vortioxetine", "trazodone", "agomelatine"),
    *("lustral", "prozac", "cipramil", "cipralex", "seroxat", "effexor", "cymbalta", "zispin"),
    *("zoloft", "lexapro", "celexa", "paxil"),
    *("ssri", "ssris", "snri", "snris", "anti depressants", "anti depressant"),
    # Slips seen often.
    *("sertaline", "setraline", "sertralin", "sertriline", "flouxetine", "fluoxatine"),
    *("citalopran", "citalapram", "mirtazepine", "venlafexine", "prozak"),
    *("antidepressents", "antidepresants", "antideppressants", "antidepressent"),
)

MEDICINE: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(_ANTIDEPRESSANTS, _MEDICINE),
    # Pills or tablets for how one feels: "happy pills" listed the page on special days first,
    # "tablets for depression" this page third. Never "pills" alone, which may be a thought
    # of taking too many, whose help is the crisis check's to give.
    **dict.fromkeys(
        (
            *(
                f"{pills} for {what}"
                for pills in ("pills", "tablets")
                for what in ("anxiety", "depression", "my anxiety", "my depression", "my mood")
            ),
            *("happy pills", "anxiety pills", "depression pills", "anxiety tablets"),
            *("depression tablets", "mental health pills", "mental health tablets"),
            *("medecine", "medicin", "medicaton", "medicaiton", "medacation"),
        ),
        _MEDICINE,
    ),
    # What coming off can bring, as readers name it: "brain zaps" listed the page on ADHD.
    **dict.fromkeys(("brain zaps", "brain zap", "discontinuation"), _STOPPING),
}
