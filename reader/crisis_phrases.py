"""The phrases that make a search sound like a crisis: matched against what a person typed
(lower case, spaces single), never shown as content. How they are used is in crisis_words.py.
"""

from __future__ import annotations

import re

from reader.crisis_terms import THEY

# Apostrophes as phones and keyboards type them: "canʼt" is "can't".
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc`\u00b4", "'"))
# Marks typed around the words ("help me!", "sos!!", "please, help me"): a cry typed alone
# is matched from its start to its end, and "help me!" brought no help box. Apostrophes stay
# ("don't"), and the words with the marks left in are read too ("su!cide").
_MARKS = re.compile(r"[^\w\s']+")


def normalise(text: str) -> str:
    """What was typed as the phrases are matched against: lower case, spaces single."""
    return " ".join(text.lower().translate(_APOSTROPHES).split())


def without_marks(normal: str) -> str:
    """Normalised text with the marks around its words (not apostrophes) made spaces."""
    return " ".join(_MARKS.sub(" ", normal).split())


# What an overdose is taken of, and how much, for searches that tell of one without the word.
_PILLS = r"(?:pills|tablets|meds|medicines?|medications?|painkillers|paracetamol|drugs"
_PILLS += r"|anti ?-?depressants?)"
_LOTS = (
    r"(?:(?:a )?lots? of|loads of|a handful of|(?:a|the) (?:whole )?(?:box|bottle|packet|pack)"
    r" of|all (?:my|the)|[1-9]\d+|a (?:bunch|load|ton) of|tons of|heaps of) "
)

# What a life is ended with, so "end it with pills" is not ending it with someone.
_MEANS = rf"(?:(?:a|an|some|my|the|all (?:my|the)) )?(?:{_PILLS}|rope|knife|blade|razor|gun)\b"

# What is given away, and how a goodbye is sent or left, as warning signs are told of.
_OWNED = r"(?:all )?(?:of )?(?:my|his|her|their) (?:stuff|things|belongings|possessions)"
_SENT = r"(?:sent|sends|sending|texted|messaged|wrote|writes|writing|written|left|leaves|leaving"
_SENT += r"|posted|posts|posting|recorded)"

# What the reader feels they are ("such a burden", "a huge burden"), after "i'm" or "i feel like".
A_BURDEN = r"(?: just| such| only| always| nothing but)?"
A_BURDEN += r" an? (?:huge |big |massive |total |complete )?burden\b"
# Relief ("i feel like a burden has been lifted", "a burden off my shoulders") is not one.
A_BURDEN += r"(?! (?:has |had |is |was )?(?:been )?(?:lifted|gone|off|removed)\b)"

# What someone said or feels, as a supporter tells of it ("he said", "she thinks", "told me").
_TOLD = r"(?:says?|said|saying|thinks?|thought|feels?|felt|believes?|told (?:me|us)|tells"
_TOLD += r" (?:me|us)|keeps saying|texted|messaged|posted|wrote)(?: that| like)?"
# Said after a call for help: "i need help now", and "right now" or "rn" for it ("help rn").
_ASKED = r"(?:please|pls|plz|now|asap|right now|rn)"

# First-person phrases and plain words; matching what a person types, never shown as content.
CRISIS = re.compile(
    r"\b(?:"
    r"suicid\w*|kill(?:ing)? (?:my ?self|me)|end(?:ing)? (?:my (?:own )?life|it all|my ?self)"
    r"|(?:want|wants|wanted|wanting|wanna|going) (?:to )?die+|wish i (?:was|were) dead"
    r"|better off dead"
    # Text speak and slips in the words around "die" ("i want 2 die", "i wana die").
    r"|(?:wana|wnat|want) (?:too|2) die|(?:wana|wnat) (?:to )?die|wish i (?:could|would) die"
    r"|want (?:it all|everything) to (?:end|stop|be over)"
    # Someone else in danger now ("my friend wants to kill himself"): help comes first too.
    r"|kill(?:ing)? (?:him ?self|her ?self|them ?selves|themself)"
    # "end her life" as "end my life": a parent, partner or friend tells of someone else's plan.
    r"|tak(?:e|ing) (?:his|her|their) (?:own )?life|end(?:ing)? (?:his|her|their) (?:own )?life"
    r"|(?:don'?t|do not|doesn'?t|does not) (?:want to|wanna) (?:live|be here|be alive|wake up)"
    r"|no reason to live"
    r"|(?:hurt|hurting|harm|harming) (?:my ?self|me)|not safe|unsafe|crisis|emergency"
    r"|can'?t go on|cannot go on|give up on life|no point (?:in )?living"
    r"|overdos\w*|cut(?:t?ing|t|ted)? (?:my ?self|me)(?! (?:off|out|up|short|some slack)\b)"
    r"|cuts my ?self|burn(?:s|t|ed|ing)? my ?self"
    # Short forms: "od" for an overdose (not alone: it starts "odd"), a cut's place named.
    # "odd" for "OD'd" only as "i odd on": "am i odd" and "looks odd on" are the everyday word.
    r"|(?:to|2|gonna|gunna|i|i'?ll|i will|i might) od(?:'d|ed)?|od(?:'d|ed)? on|i odd on"
    r"|(?:cut|slit|slash)\w* my wrists?"
    # Heard in reviews and in how people write online: own-life wording, slang, despair.
    r"|tak(?:e|ing) my (?:own )?life|(?:want|wanting|wanna) (?:to )?be dead|unaliv\w*|kms"
    # Spelt to slip past online filters, or told to the reader ("kys"): help first as well.
    r"|kys|kill (?:your ?self|ur ?self)|sewer ?slid\w*|su[i1!*]c[i1!*]d\w*"
    # Warning signs, in the words people use for them (not "dying my hair").
    r"|better off without me|(?:no ?one|nobody) (?:would|will|'?d) (?:even )?miss me"
    r"|(?:don'?t|do not) want to exist|want(?:s|ing)? to disappear"
    r"|wish (?:i (?:was|were|had)|i'?d) never (?:been )?born"  # "i'd": "id" without its mark
    r"|hang(?:ing)? (?:my ?self|him ?self|her ?self|them ?selves)"
    r"|feel(?:ing)? like dying(?! (?:my|your|his|her|their|it|the)\b)"
    r"|(?:want|wants|wanting|wanna|going) to end it|no way out|hopeless\w*"
    r"|(?:can'?t|cannot) (?:take|do) (?:it|this) any ?more|sleep forever|never wake up"
    # An overdose told without the word ("i took too many" found "Nothing matched"): typed
    # alone, or with what was taken. "took too many photos" is not one.
    rf"|(?:took|taken|swallowed) too (?:many|much)(?=\W*$| (?:of )?(?:my |the )?{_PILLS})"
    rf"|(?:(?:took|taken|swallowed) {_LOTS}|swallowed (?:{_LOTS})?){_PILLS}|too many {_PILLS}"
    # Told with nothing after it ("i took pills"), or a whole prescription; "i took my pills"
    # and "took pills for a headache" stay everyday searches.
    rf"|(?:took|taken|swallowed) (?:some |a lot of )?{_PILLS}(?=\W*$)"
    r"|(?:took|taken|swallowed) (?:my|the|a) whole (?:prescription|supply)"
    r"|(?:drank|drunk|swallowed) (?:some )?(?:bleach|poison)"
    # An injury that needs care now, told without a crisis word.
    r"|(?:won'?t|will not|doesn'?t|does not|can'?t|cannot) stop (?:the )?bleeding"
    r"|bleeding (?:a lot|badly|heavily|loads)|(?:so much|lots of|loads of|a lot of) blood"
    r"|bleeding (?:won'?t|will not|doesn'?t|does not) stop"
    # Found missing in review: a place to jump from, a time to end it.
    r"|jump(?:ing|ed)? (?:off|from) (?:a|the|my) (?:bridge|building|roof|cliff|balcony)"
    r"|jump(?:ing|ed)? in front of (?:a|the) (?:train|car|bus|lorry|truck)"
    r"|end(?:ing)? it (?:tonight|today|now|soon)|(?:thinking|thought) (?:of|about) ending it"
    # Said as a feeling or a maybe ("i feel like ending it", "i might just end it"); ending it
    # or things "with" someone is a relationship, and stays a search, but not with a means.
    r"|(?:feel(?:ing)? like ending|(?:(?:want|wants|wanting|going) to|wanna|gonna) end)"
    rf" (?:it|things)(?! (?:with|between)\b(?! {_MEANS}))"
    rf"|(?:might|could|may|will|should) (?:just )?end it(?: all)?(?=\W*$| with {_MEANS})"
    # Warning signs that still gave ordinary results: life not worth living, deserving to
    # die, wanting the pain to stop or not to exist, or not to wake up.
    r"|(?:not|isn'?t|no longer) worth living|life (?:is not|isn'?t|'?s not) worth it"
    r"|i (?:deserve|should(?: just)?|need) (?:to )?(?:die|be dead)(?! (?:my|your|her|the)\b)"
    r"|(?:want|need|wish) (?:for )?(?:the|this|all the) pain to (?:stop|end)"
    r"|(?:want|wanna|wish) (?:to )?(?:not|stop) (?:exist|existing|living|be alive|be here)"
    r"|(?:want|wanna|wish) to stop (?:living|existing|being alive)"
    r"|wish i (?:didn'?t|did not|wasn'?t|was not|weren'?t) (?:exist|here|alive|around)"
    r"|(?:sleep|go to sleep|fall asleep) and (?:not|never) wake up"
    r"|(?:hope|wish) i (?:don'?t|do not|never|won'?t|will not) wake up"
    r"|(?:care|notice|matter)s? if i (?:died|was dead|were dead|was gone|were gone|disappeared)"
    r"|better without me|(?:tired|sick) of (?:living|being alive)|done with (?:life|living)"
    r"|(?:wanna|gonna|going to) end it"
    # As someone writes whose first language is not English ("i wish to die", "i no want
    # live", "finish my life").
    r"|(?:wish|would like|'?d like|prefer|ready|planning|plan) to die(?! (?:my|your|her|the)\b)"
    r"|(?:don'?t|do not|not|no) (?:want|wanna|wish)(?: to)? (?:live|be alive)"
    r"|(?:finish|stop) my (?:own )?life|thoughts? (?:to|of) die"
    r"|(?:thoughts?|thinking|think) (?:about|of) (?:dying|being dead|my death)"
    r"|(?:keep|always) thinking about death|think about death all the time"
    # Self-harm just done, told without "myself", or an injury still needing care.
    r"|i (?:just |have |'?ve |already )?cut (?:again|last night|tonight|today|yesterday"
    r"|this morning|earlier)|i just cut$|relapsed and cut|cut (?:too|really|very|so) deep"
    r"|(?:it|cut|cuts|wound|arm|wrist|leg) (?:keeps|keep|is still|are still) bleeding"
    # An urge to hurt a part of one's body, as "i want to cut myself" is one ("cut my hand
    # cooking", "hurt my leg at football" are told, not wanted, and stay searches).
    r"|(?:(?:want|wanna|need|urge|feel like)(?: to)? (?:cut|hurt|harm|burn|stab|scratch|hit"
    r"|punch|cutting|hurting|harming|burning|stabbing|scratching|hitting|punching)"
    r"|going to (?:cut|hurt|harm|burn|stab|scratch)) my (?:arms?|legs?|skin|body|stomach"
    r"|belly|thighs?|wrists?|hands?|face|head(?! (?:teacher|of)\b)|chest)\b"
    # Harm to someone else and to oneself at once ("hurt my baby and myself").
    r"|(?:hurt|harm)(?:ing)? (?:[\w']+ ){1,3}(?:and|or) my ?self"
    r"|need(?:s)? stitches"
    # Asking whether an injury needs care ("is the cut deep enough for hospital"): it may.
    r"|(?:cut|wound|burn|injury)s? (?:is |was )?(?:deep|bad) enough (?:for|to need|to go to)"
    r"|(?:go to|going to|need) (?:a&e|a and e|the er|hospital|the hospital) (?:for|with)"
    r" (?:a |my |the )?(?:cut|wound|burn)"
    # Warning signs (Supporting someone lists them), most often told of someone else: their
    # things given away, a goodbye sent or left, a will written, not being around much longer.
    rf"|(?:give|gives|gave|giving|given) (?:away {_OWNED}|{_OWNED} away|away everything"
    r"|everything away)"
    rf"|{_SENT} (?:me |us |everyone |everybody )?(?:a |an |his |her |their |my |some )?"
    r"goodbyes? (?:message|text|note|letter|post|video|voicemail)s?"
    r"(?! (?:for|in|on) (?:a |an |the |my |our )?(?:leaving|farewell|retirement|colleague|card))"
    r"|(?:texted|messaged|sent|wrote) (?:me |us |everyone )?(?:a )?goodbye(?:\W*$| and)"
    r"|(?:message|text|note|letter|post|video|voicemail) saying (?:goodbye|bye)"
    r"(?:\W*$| to (?:everyone|everybody|me|us|all of us)\b)"
    r"|(?:said|saying|says|say) (?:goodbye|bye|goodbyes) (?:to (?:everyone|everybody|all of us"
    r"|us all)(?! at)|like|as if|as though|for good|forever|for the last time)"
    r"|(?:like|as if|as though) (?:he|she|they|i)(?: will| would|'?ll|'?d)? (?:won'?t|will not"
    r"|never|wouldn'?t|would not) (?:ever )?see (?:us|me|anyone|everyone|you|them) again"
    r"|(?:wrote|written|writing) (?:a|his|her|their|my) (?:own )?will"
    r"|(?:won'?t|will not) be (?:around|here) (?:much longer|for much longer|for long|anymore"
    r"|any more|soon)"
    # Grief turned to wanting to die: being with or joining someone who died, dying with them.
    # Heaven asked about ("i want to go to heaven when i die") stays a search.
    r"|(?:want|wanna|wish|need|going|gonna|ready)(?: to| i could)? (?:be|go|join|see)(?: with| to)?"
    r" (?:him|her|them|my \w+(?: and \w+| \w+)?)(?: again)? in heaven"
    r"|(?:want|wanna|wish|need|ready)(?: to| i could)? (?:be|go) (?:in|to) heaven"
    r"(?: (?:with|to be with|to see) (?:him|her|them|my)\b|\W*$)"
    r"|wish (?:i|it)(?: had| would have|'?d)? died (?:with|instead of|instead|too|not)"
    # Not "me who won", "me that he liked": envy, not a wish to have died.
    r"|wish (?:it was|it had been|it'?d been) me (?:instead|not (?:him|her|them)|(?:who|that)"
    r" (?:died|had died|was killed|got killed|was taken|passed))"
    # Found missing by the search hunt: despair and goodbyes typed alone, urges to self-harm
    # as the reader says them, and someone at a place or with a means to end their life.
    r"|what(?:'?s| is) the point (?:of|in) (?:living|life|being alive|going on"
    # Going on a trip, or on medication (a question readers of this app ask), is a search.
    r"(?! (?:a|an|the|my|holiday|holidays|vacation|trips?|dates?|tours?|social media|meds"
    r"|medications?|antidepressants?|pills|tablets|about|and on|strike|facebook|instagram"
    r"|tiktok|snapchat|twitter|youtube|reddit|dating)\b))"
    r"|^(?:this is (?:my )?goodbye|goodbye (?:everyone|everybody|world|forever))$"
    r"|(?:can'?t|cannot) cope any ?more|burden to (?:everyone|everybody|my family)"
    # Feeling a burden is a warning sign of suicide said alone too ("i feel like a burden",
    # "i hate feeling like a burden", "ive become a burden").
    # Not said of feeling one ("i dont feel like a burden") or of someone else ("i dont want my
    # dad to feel like a burden"), found by the code review.
    r"|\b(?:i'?m|i am|(?:i )?(?<!dont )(?<!don't )(?<!not )(?<!never )(?<!to )"
    r"feel(?:ing)?(?: like)?(?: i'?m)?|(?:i'?ve|i have) become"
    rf"|(?:i'?m|i am) becoming){A_BURDEN}"
    r"|better off if i (?:was|were|am|'?m) (?:gone|dead|not here|not around)"
    r"|(?:want|wanna|going|gonna|need) (?:to )?(?:self ?harm"
    r"|cut(?:\W*$| (?:again|tonight|today|now|right now|rn)))"
    r"|i (?:just )?cut (?:myself )?deep\b"
    rf"|(?:take|taking|swallow) all (?:of )?(?:my|his|her|their|the) {_PILLS}"
    rf"|{_PILLS}\b.* (?:take|taking|swallow) (?:them all|all of them)"
    r"|(?:going to|gonna|wants to|threatening to|about to) jump\W*$"
    r"|(?:is|are|'s|standing|sitting) on (?:a|the) (?:bridge|ledge|roof|railway|tracks?)\W*$"
    r"|\bnoose|(?:has|have|got|bought|buying) (?:a |some )?rope\W*$"
    # A rape or sexual assault told of, the reader's or someone's they care for ("my son told
    # me he was raped"): help may be needed now (care, safety).
    r"|(?:was|got|been|being) (?:raped|sexually (?:assaulted|abused))"
    r"|(?:raped|sexually (?:assaulted|abused)) (?:me|him|her|them|my)"
    # A cry for help typed alone ("sos", "help me", "please help"), or an emergency number:
    # "emergency" brought help first, "999" and "911" did not. "help" alone is a search.
    # "need help", "i really need help" and "i need some help" are "i need help" too.
    r"|^(?:(?:please|pls|plz) )?(?:sos|help me|(?:some ?one|some ?body) help|(?:i )?(?:really "
    r"|just |urgently |desperately )?need (?:some |urgent |real |proper )?help"
    rf"|(?:get )?help {_ASKED})(?: (?:{_ASKED}|me))*$"
    r"|^(?:please|pls|plz) help$|^(?:999|911|9 1 1|000|112|111)$"
    # Despair typed alone, or of life itself: "i've had enough" gave a list of articles.
    r"|^(?:i ?'?ve |i have )?had enough(?: now| of everything)?$|^i(?: ?'?m| am)? giv(?:e|ing) up$"
    r"|^what(?:'?s| is) the point(?: anymore| of anything)?$"
    r"|had enough of (?:life|living|being alive|it all)"
    # Hopelessness (Samaritans, NHS, the pack's own pages): tired of life, no future, nothing
    # mattering or to live for, not going on. "tired of life in the city", "no future in this
    # job", "i dont want to go on holiday" and "i want to give up smoking" are searches.
    r"|(?:tired|sick|weary) of (?:my |this )?life(?! (?:in|at|on|as|admin|insurance)\b)"
    r"|(?:can'?t|cannot|don'?t|do not|never) see (?:a|any) future"
    r"(?! (?:in|with|as|at|for (?!me\b|myself\b)\w+)\b)"
    r"|(?:see|have|got) no future(?! (?:in|with|as|at)\b)|no future for me"
    r"|nothing (?:really |even )?matters? any ?more|nothing (?:really )?matters?(?: to me)?\W*$"
    r"|nothing (?:left )?to live for|(?:my )?life (?:is|feels|'?s) (?:so )?(?:pointless"
    r"|meaningless)|life has no (?:meaning|point|purpose)|no point (?:in |to )?anything"
    r"|(?:don'?t|do not|can'?t|cannot) see (?:the|a|any) point(?:\W*$| any ?more| (?:in|of)"
    r" (?:living|life|anything|being alive|going on|carrying on))"
    r"|why (?:am i|i'?m|im) (?:still |even )?(?:alive|living|breathing)\b"
    r"|why (?:do|should) i (?:even |still |bother |keep )*(?:exist|live|go on)\W*$"
    r"|hate being alive|hate (?:existing|living|my existence)\W*$"
    r"|(?:can'?t|cannot) (?:carry on|keep going)(?: like this| any ?more)?\W*$"
    r"|(?:don'?t|do not) (?:want to|wanna) (?:go|carry) on(?: like this| any ?more| living)?\W*$"
    r"|(?:don'?t|do not) (?:want to|wanna) keep (?:living|existing|going\W*$)"
    r"|^i (?:just |really )?(?:want|need|wanna) (?:it|this|it all) (?:all )?to (?:stop|end"
    r"|be over)\W*$|^i (?:just |really )?(?:want|wanna) (?:to )?give up\W*$|giv(?:e|ing) up on"
    r" everything"
    # Feeling trapped (Samaritans, NHS): alone, in life or in one's head; "trapped in my job",
    # "trapped wind" are searches.
    r"|(?:feels?|feeling|felt|i'?m|im|i am)(?: so| really| very| completely| totally)? trapped"
    r"(?=\W*$| in (?:(?:my|his|her|their) (?:own )?)?(?:life|head|mind)\b"
    r"| and (?:alone|hopeless|helpless|stuck|lost|scared|empty)\b"
    r"| (?:with no|forever|all the time|any ?more)\b)"
    r"|(?:can'?t|cannot|don'?t|do not) see (?:a|any) way out"
    r"(?: of (?:this|it|here|everything))?\W*$"
    r"|^(?:there'?s|there is|theres) no escape\W*$"
    # Others better off without the reader ("everyone would be happier without me"), or
    # without someone else, in their words as told ("he said nobody would miss him"); "am i
    # better off without him" after a break-up, and a carer's burden, are searches.
    r"|(?:happier|easier)(?: for (?:everyone|everybody|them|all|my \w+))? without me"
    r"(?! (?:at|on|there|in (?:the|a|their|our) \w+)\b)"
    r"|(?:happier|easier|better(?: off)?|fine|okay|ok) if i (?:(?:was|were|am|'?m) (?:gone|dead"
    r"|not (?:here|around|alive)|never born)|(?:wasn'?t|weren'?t|was not|were not) (?:here"
    r"|around|alive)|(?:didn'?t|did not) exist|died|disappeared)(?! (?:for|on|to|at|away)\b)"
    rf"|{_TOLD} (?:no ?one|nobody) (?:would|will|'?d) (?:even )?(?:miss (?:him|her|them)"
    rf"|(?:care|notice) if {THEY} (?:died|was gone|were gone|disappeared))"
    rf"|{_TOLD} (?:everyone|everybody|we|people|the world|(?:his|her|their) family)(?: all)?"
    r"(?: would|'d| will| is| are)?(?: all)?(?: be)? (?:better off|better|happier|easier)"
    r" without (?:him|her|them)"
    rf"|{THEY} (?:feels?|felt|(?:is|are|'?s|'?re) feeling)(?: like)?"
    rf"(?: {THEY}(?:'?s|'?re| is| are))?{A_BURDEN}"
    rf"|(?:says?|said|thinks?|thought|keeps saying)(?: that)? {THEY}(?:'?s|'?re| is"
    rf"| are|(?: feels?| felt)(?: like)?){A_BURDEN}"
    # A plan, a time or a note told without what for: a plan to end one's life is the first
    # reason for urgent help in In crisis right now and Supporting someone. "a plan for
    # tomorrow", "a safety plan", "a note to my teacher", "i'll do it later" are searches.
    r"|^(?:i (?:have|have made|made|got)|i'?ve (?:got|made)) a plan(?: now"
    r"| already)?\W*$|(?:said|says|told (?:me|us)|tells (?:me|us)|texted|messaged)(?: that)? "
    rf"{THEY}(?: has| have| had|'?s got|'?ve got|'?s made| has made| made) a plan\W*$"
    r"|(?:a|my|his|her|their) plans? (?:to|for) (?:do|doing|end|ending) it(?: all)?(?: tonight"
    r"| today| soon| now)?\W*$|a plan(?: and| so)? (?:i'?m|im|i am) (?:going to|gonna) do it\W*$"
    r"|(?:(?:i'?m|im|i am) (?:going to |gonna |gunna )?|(?:i'?ll|ill"
    rf"|i will) |{THEY}(?:'?s|'?re| is| are) (?:going to|gonna|gunna) )do(?:ing)? it"
    r" (?:tonight|today|right now|rn|now)\W*$"
    r"|^(?:i'?ve |i have |ive |i )?(?:written|wrote|left|finished) (?:a|my|the) note\W*$"
    r"|(?:wrote|written|writing|left|leaving) (?:a |my |his |her |their )?(?:last|final)"
    r" (?:notes?|letters?)(?: (?:to|for) \w+(?: \w+)?)?\W*$|left (?:a |me a |us a )?note and"
    r" (?:is |has )?(?:gone|missing|(?:isn'?t|is not|not|won'?t) (?:answering|picking up))"
    r")\b"
)

# Everyday phrases with a crisis word in them, taken out before the words are read: "climate
# crisis" and "emergency contraception" showed the help box. A crisis of the reader's own
# ("a mental health crisis", "its an emergency") still does.
EVERYDAY = re.compile(
    r"\b(?:(?:climate|housing|energy|financial|economic|refugee|cost of living) crisis"
    r"|(?:mid|quarter)(?:-| )?life crisis"
    r"|emergency (?:contraception|contraceptive|dentist|vet|plumber|locksmith)"
    r"|not safe for work"
    # "my self esteem" is not "myself": "social media is hurting my self esteem" showed help.
    r"|my self[ -]?(?:esteem|worth|confidence|image|respect|belief|care)"
    # A figure of speech about a thing, not a person: "he is killing me" stays a crisis.
    # "my backs killing me" is "my back's" typed without its apostrophe; "in my head" is not
    # an ache ("the voices in my head are killing me", "the thoughts inside my head").
    r"|(?:exams?|homework|revision|(?<!in )(?<!of )(?<!inside )(?:my|these|this) (?:back|feet"
    r"|knees?|neck|legs?|shoes|head|stomach|tummy|teeth|tooth|period|cramps)"
    r"|(?:the|this) (?:heat|weather|traffic|commute))(?: is| are|'s| s|s) killing me)\b"
)
