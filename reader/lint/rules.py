"""The rule table: each check's id, severity, patterns, preferred wording, reason and source."""

from __future__ import annotations

from reader.lint.finding import ERROR, REVIEW, WARNING
from reader.lint.rule_model import Rule, Term, term
from reader.lint.structure_rules import STRUCTURE_RULES

# "self-harm", "self harm", "selfharm" and "self - harm" are all written, and all read the same.
SELF = r"\bself\s?-?\s?"
# A match only counts when its paragraph also talks about death, suicide or self-harm;
# this keeps everyday words ("at peace", "relief") usable in a breathing exercise.
HARM_CONTEXT = (
    rf"suicid|{SELF}harm|{SELF}injur|\bdie\b|\bdied\b|\bdying\b|\bdeath|\bdead\b|\bkill"
    r"|\bend(?:s|ed|ing)? (?:my|your|their|his|her|a) li(?:fe|ves)\b|\burges?\b"
    r"|\b(?:hurt|harm)(?:s|ed|ing)? (?:my|your|them|him|her|one)sel(?:f|ves)\b"
)
SUICIDE_CONTEXT = rf"suicid|{SELF}harm|{SELF}injur|\bdied\b|\bdeath|own life"
PREVALENCE_CONTEXT = r"\b(?:rates?|numbers?|cases|figures|statistics|per ?cent|among)\b|%"
_STOP_VERBS = (
    "stop|avoid|resist|prevent|cope|manage|reduce|survive|talk|ask|help|support|spot|notice"
    "|respond|handle|deal|get|ride|delay|recover|heal|care|look|tell|keep|listen|find|say"
)
_HARM_WORDS = (
    rf"(?:kill(?:s|ed|ing)?|die|dying|end(?:s|ing)?|suicide|{SELF}harm(?:ing)?|harm|hurt|"
    r"cut(?:ting)?|overdose|hang|poison|jump)"
)


def _terms(*names: str, context: str = "") -> tuple[Term, ...]:
    return tuple(term(name, context=context) for name in names)


_SUICIDE = r"suicides?"
_SELVES = r"(?:my|your|him|her|them|one)sel(?:f|ves)"
_DRUGS = (
    r"paracetamol|acetaminophen|tylenol|panadol|ibuprofen|aspirin|codeine|tramadol|oxycodone"
    r"|fentanyl|heroin|insulin|benzodiazepines?|diazepam"
)
_DOSE = r"\d+(?:[.,]\d+)?\s*(?:mg|milligrams?|g|grams?|ml|pills?|tablets?|capsules?|doses?)"
_ATTEMPT = rf"(?:suicide\s+attempts?|attempts?\s+(?:at|of)\s+{_SUICIDE})"
_OUTCOME = (
    r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|proved|turned\s+out)\s+)?"
    r"(?:not\s+)?(?:(?:un)?successful|failed|a\s+(?:failure|success))"
)
_WHO_NEEDS = r"(?:you|they|he|she|we|I)\s+(?:need|needs|needed|deserve|deserves|deserved)\b"
# "the attention of a nurse", "attention to a sore foot", "the attention you need".
_NOT_ADVICE = rf"(?!\s+(?:of|to)\b|\s+{_WHO_NEEDS})"
# Where a clinic hangs its pictures and leaflets; not "hung from the door" or "by the neck".
_DISPLAYED = (
    r"(?:along|by|above|beside|near|across)\s+(?:the\s+|our\s+|a\s+)?(?:walls?|corridors?"
    r"|hallways?|doors?|entrance|reception|windows?|noticeboards?)\b|from\s+(?:the\s+)?walls?\b"
)
_DOSE_WORDS = ("tablet", "tablets", "capsule", "capsules", "daily", "mg", "ml")
_AFTER_DOSE = "".join(rf"(?<!\b{word}\s)" for word in _DOSE_WORDS)
_HOW_TO = rf"how\s+to\s+(?!(?:{_STOP_VERBS})\b)(?:[\w'-]+\s+){{0,3}}{_HARM_WORDS}"
_LAST_WORDS = (
    r"(?:his|her|their|the|a)\s+(?:last|final|farewell|goodbye)\s+"
    r"(?:note|letter|message|post|text|words)s?"
)

# The tables stay hand-aligned: one row per rule, one line per term.
# fmt: off
LANGUAGE_RULES: tuple[Rule, ...] = (
    Rule("L1", ERROR, "crime or sin framing", '"died by suicide" or "took their own life"',
         "Suicide is not a crime or a sin; 'commit' blames the person and adds shame.",
         "Mindframe language guide; Samaritans media guidelines; reportingonsuicide.org", (
        term("commit suicide", rf"commit(?:s|ted|ting)?\s+(?:an?\s+act\s+of\s+)?{_SUICIDE}"),
        term("commit self-harm", rf"commit(?:s|ted|ting)?\s+{SELF}harm"),
        # The verb agrees with "suicide", and "committed to" is "dedicated to": "families
        # bereaved by suicide are committed to change" is not this.
        term("suicide was committed", r"(?:suicide\s+(?:is|was|has\s+been|had\s+been|gets|got)"
             r"|suicides\s+(?:are|were|have\s+been|had\s+been|get|got))\s+committed(?!\s+to\b)"),
    )),
    Rule("L2", ERROR, "outcome or value words for a suicide attempt",
         '"suicide attempt" or "non-fatal attempt"',
         "Calling an attempt 'failed' or 'successful' presents death as the goal.",
         "Mindframe language guide; reportingonsuicide.org", (
        term("successful suicide", rf"(?:un)?successful(?:ly)?\s+{_SUICIDE}"),
        term("failed attempt", rf"failed\s+(?:suicide\s+attempts?|{_SUICIDE})"),
        term("suicide attempt failed", rf"{_ATTEMPT}\s+{_OUTCOME}"),
        # "an unsuccessful attempt to reach the GP" is fine; near suicide it is not.
        term("successful attempt", r"(?:un)?successful(?:ly)?\s+attempts?|failed\s+attempts?"
             rf"|attempts?\s+{_OUTCOME}", context=SUICIDE_CONTEXT),
        term("suicide bid", r"suicide\s+bids?"),
    )),
    Rule("L3", WARNING, "contested wording", '"died by suicide"',
         "Guidance disagrees about 'completed suicide'; 'died by suicide' is safe everywhere.",
         "reportingonsuicide.org (do/don't table); Mindframe", (
        term("completed suicide", rf"complet(?:e|es|ed|ing)\s+{_SUICIDE}"),
    )),
    Rule("L4", ERROR, "sensational prevalence word", '"rise", "higher rates" or "increasing rates"',
         "Alarm words make suicide and self-harm sound common and expected.",
         "reportingonsuicide.org; Mindframe; Headline (headline.ie) for 'hotspot'", (
        term("epidemic", r"epidemics?"),
        term("skyrocketing", r"sky[\s-]?rocket(?:s|ed|ing)?"),
        term("hotspot", r"hot-?\s?spots?"),
        term("surge", r"surg(?:e|es|ed|ing)", context=PREVALENCE_CONTEXT),
    )),
    Rule("L5", WARNING, "figurative use of suicide", "rephrase without suicide words",
         "Using suicide as a figure of speech makes it sound trivial.",
         'Mindframe ("refrain from using the term suicide out of context")', (
        term("political suicide",
             rf"(?:political|career|social|commercial|financial|electoral)\s+{_SUICIDE}"),
        term("suicide mission", r"suicide\s+(?:missions?|squads?|runs?|doors?|drills?)"),
        term("kill myself if", rf"kill\s+{_SELVES}\s+if"),
    )),
    Rule("L6", ERROR, "presents suicide or self-harm as a solution, peaceful or painless",
         "frame self-harm as a sign of distress and describe other ways to cope",
         "Showing suicide or self-harm as a way out, peaceful or painless can invite imitation.",
         "WHO mhGAP (strong recommendation); Sinyor et al. 2018; Time to Change", (
        term("only way out", r"(?:the\s+)?only\s+way\s+out"),
        term("painless", r"pain-?less(?:ly)?", context=HARM_CONTEXT),
        term("at peace", context=HARM_CONTEXT),
        term("peaceful", r"peaceful(?:ly)?", context=HARM_CONTEXT),
        term("in a better place", context=HARM_CONTEXT),
        term("escape", r"escap(?:e|es|ed|ing)", context=HARM_CONTEXT, severity=REVIEW),
        term("relief", r"relie(?:f|ve|ves|ved|ving)", context=HARM_CONTEXT, severity=REVIEW),
        term("helps cope", r"helps?\s+(?:me|you|them|him|her|people)\s+cope",
             context=HARM_CONTEXT, severity=REVIEW),
    )),
    Rule("L7", WARNING, "single cause or 'inexplicable' framing",
         '"many factors"; name the warning signs',
         "Suicide and self-harm have many causes and there are usually warning signs.",
         "reportingonsuicide.org; WHO 2000 guidance for media", (
        term("because of", r"because\s+of(?!\s+(?:many|several|lots|a\s+mix|a\s+number|different))",
             context=SUICIDE_CONTEXT),
        *_terms("without warning", "out of the blue", "out of nowhere", "for no reason",
                context=SUICIDE_CONTEXT),
        term("inexplicable", r"inexplicabl[ey]", context=SUICIDE_CONTEXT),
    )),
    Rule("L8", ERROR, "self-harm stereotype", '"a way of coping with overwhelming feelings"',
         "Stereotypes of attention-seeking or manipulation shame people and stop them asking "
         "for help.",
         'Mindframe "Communicating about self-harm"', (
        term("attention-seeking", r"attention[\s-]*seek(?:s|er|ers|ing)?"),
        # Everywhere, but "just get the attention of any member of staff" and "you only get the
        # attention you need if you ask" are clinic advice, exempt as for "for attention".
        term("just for attention", r"(?:just|only|purely|simply)\s+(?:(?:do(?:es|ing)?|did|it"
                                   r"|that|this|so|to)\s+){0,3}(?:for|get|gets|getting|wants?"
                                   r"|wanted|seeking)\s+(?:some\s+|the\s+)?attention"
                                   + _NOT_ADVICE),
        # Only near self-harm: "ask for attention", "get the attention you need from a nurse"
        # and "the attention of a nurse" are everyday clinic words.
        term("for attention", r"(?:for|wants?|wanted|wanting|seeks?|seeking|crav\w+|gets?"
                              r"|getting|got)\s+(?:some\s+|the\s+|more\s+)?attention"
                              rf"{_NOT_ADVICE}", context=HARM_CONTEXT),
        term("manipulative", r"manipulat(?:ive|ion|e|es|ed|ing)"),
        term("self-mutilation", rf"{SELF}mutilat\w*", severity=WARNING),
    )),
    Rule("L9", REVIEW, "method, means, dose or location detail",
         'say "self-harm" or "an overdose" in general terms, with no method, type, amount or place',
         "Details of how or where can be copied by someone at risk.",
         "Headline.ie; Time to Change; Samaritans media guidelines; WHO mhGAP; Mindframe", (
        term("cut", r"cut(?:s|ting|ter|ters)?(?!\s+(?:off|down|back|out|in|through)\b)"),
        term("blade", r"(?:razor\s*)?blades?"),
        term("razor", r"razors?"),
        term("knife", r"kni(?:fe|ves)"),
        term("burn", r"burn(?:s|ed|t|ing)?(?!\s+(?:off|out)\b)"),
        term("ligature", r"ligatures?"),
        term("noose", r"nooses?"),
        # "hang out", "hung up the phone", "pictures hung along the corridor", "stabbing chest
        # pains", "the slit lamp clinic": the everyday phrases are not method words.
        term("hang", r"(?:hang(?:s|ed|ing)?|hung)(?!\s+(?:out|on|in|up|around|onto)\b"
                     rf"|\s+(?:{_DISPLAYED}))"),
        term("stab", r"stab(?:s|bed|bing)?(?!\s+at\b|\s+(?:(?!(?:my|your|his|her|their)\b)\w+\s+)?"
                     r"pains?\b)"),
        term("slit", r"slit(?:s|ting)?(?!\s+(?:in|of)\b|[\s-]+lamps?\b)"),
        term("firearm", r"firearms?"),
        term("gun", r"guns?"),
        term("jump", r"jump(?:s|ed|ing)?(?!\s+(?:to|at|up|back|jacks?|rope|around)\b)"),
        term("drown", r"drown(?:s|ed|ing)?"),
        term("suffocate", r"suffocat\w*"),
        term("strangle", r"strangl\w*"),
        term("overdose", r"overdos(?:e|es|ed|ing)"),
        # Capitals only, not "od" or "Od"; "one tablet OD" is a prescription's "once daily".
        term("OD", rf"{_AFTER_DOSE}(?-i:OD(?:'?d|s|ed|ing|'ing)?)"),
        term("poison", r"poison(?:s|ed|ing|ous)?"),
        term("tablets", r"tablets?"),
        term("pills", r"pills?"),
        term("capsules", r"capsules?"),
        term("drug name", _DRUGS),
        term("dose number", _DOSE),
        term("lethal"),
        term("fatal", r"fatal(?:ly)?"),
        term("how to", _HOW_TO),
        term("bridge", r"bridges?"),
        term("cliff", r"cliffs?"),
        term("railway", r"railways?|railroads?|(?:train|rail)\s+(?:lines?|tracks?)|tracks"),
        term("rooftop", r"roof-?\s?tops?"),
        term("car park", r"car[\s-]*parks?|parking\s+garages?"),
        term("ledge", r"ledges?"),
        term("multi-storey", r"multi-?\s?stor(?:e?y|ies)"),
    )),
    Rule("L12", ERROR, "quotes a suicide note or final message", "leave it out",
         "Quoting notes or final posts can romanticise a death and invite imitation.",
         "reportingonsuicide.org; Headline; Time to Change", (
        term("suicide note", r"suicide\s+(?:notes?|letters?)"),
        term("final message", _LAST_WORDS, context=SUICIDE_CONTEXT),
        term("note said", r"(?<!fit\s)(?<!sick\s)(?<!doctor's\s)(?<!gp's\s)(?<!gp\s)"
             r"note\s+(?:said|says|read|reads)", context=SUICIDE_CONTEXT),
    )),
    Rule("L16", WARNING, "sensational title",
         'a calm, descriptive title such as "Coping with suicidal thoughts"',
         "Dramatic headlines frighten readers and sensationalise suicide.",
         "Sinyor et al. 2018; Mindframe", (
        term("tragic", r"tragic(?:ally)?|traged(?:y|ies)"),
        *_terms("shocking", "horrific", "heartbreaking", "devastating", "desperate", "senseless",
                "cry for help"),
        term("exclamation mark", r"!", bounded=False),
        # Acronyms (CAMHS, PTSD, SHOUT) are fine; a long word in capitals, or a title of two or
        # more words with no small letters at all, shouts.
        term("capitals", r"(?-i:[A-Z]{7,})"),
        term("all capitals", r"(?s-i:\A(?=[^a-z]+\Z)(?=.*?\b[A-Z]{2,}\b.*?\b[A-Z]{2,}\b).+)",
             bounded=False),
    ), title_only=True),
    Rule("L17", REVIEW, 'pain-based "substitute"', "distraction and self-soothing ideas instead",
         "Substitutes that cause pain are still self-injury and keep the pain-relief cycle going.",
         "S.A.F.E. Alternatives (quoted by talkspace.com); Go Ask Alice (Columbia)", (
        term("rubber band", r"(?:rubber|elastic|hair)\s+bands?"),
        term("red pen", r"red\s+(?:pens?|markers?|ink|felt[\s-]?tips?)"),
        term("drawing lines",
             r"draw(?:s|ing)?\s+(?:red\s+)?lines?|draw(?:s|ing)?\s+on\s+(?:your|the|my)\s+skin"),
        term("ice cube", r"ice\s+cubes?|hold(?:s|ing)?\s+(?:some\s+|an?\s+)?ice"),
        term("pinch", r"pinch(?:es|ed|ing)?"),
    )),
    Rule("L18", REVIEW, "wound care or harm-minimisation detail",
         "point to a clinician or the help panel for care of injuries",
         "Advice on injuries needs clinical sign-off to be accurate and safe.",
         "NICE guideline NG225 1.1.1 (patient information on injuries and scars)", (
        term("wound", r"wound(?:s|ed)?(?!\s+up\b)"),
        term("scar", r"scar(?:s|red|ring)?"),
        term("blood", r"blood(?:y)?(?!\s+(?:pressure|sugar|tests?)\b)|bleed(?:s|ing)?"),
        term("stitches", r"stitch(?:es|ed)?"),
        term("harm minimisation", rf"harm[\s-]+minimi[sz]ation|safer\s+{SELF}harm"),
    )),
)
# fmt: on

RULES: dict[str, Rule] = {rule.id: rule for rule in (*LANGUAGE_RULES, *STRUCTURE_RULES)}
HELP_LINK = "lantern:help"
