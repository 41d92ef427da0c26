"""Self-harm told as an act or an urge in other words than cutting: hitting, scratching,
biting, punishing oneself, a relapse; and cutting told by where on the body.

Matched like crisis_phrases.CRISIS (lower case, spaces single), never shown as content.
"""

from __future__ import annotations

import re

from reader.crisis_terms import MEANT

# Ways of hurting oneself that are not "cut", "burn" or "hurt" (those are in CRISIS).
_ACT = (
    r"(?:hit|hits|hitting|punch|punched|punches|punching|scratch|scratched|scratches|scratching"
    r"|bit|bite|bites|biting|slap|slapped|slaps|slapping|pinch|pinched|pinches|pinching|bang"
    r"|banged|bangs|banging|bruise|bruised|bruising|choke|choked|choking|strangle|strangled"
    r"|strangling)"
)
_SELF = r"my ?self"
# An accident or an itch told with it: "hit myself on the door", "scratch myself in my sleep".
# A floor is where it was done, not what did it ("i cut my legs on the bathroom floor" gave
# no help box); "on the bathroom tiles" or "the floor tiles" may be an edge, and stays one.
_FLOOR = r"(?:(?:bathroom|bedroom|kitchen|toilet|shower|landing|hall) )?floor\b(?! tiles?\b)"
_NOT_MEANT = (
    r"(?!.{0,60}?\b(?:accident\w*|by mistake|in my sleep|eczema|itch\w*|rash|hives|mosquito|shaving"
    r"|cooking|playing|football|rugby|boxing|training|at the gym|on (?:a|the)"
    rf" (?!head|arms?|legs?|face|chest|stomach|body|{_FLOOR})\w+)\b)"
)
# Where a wound is made; not the head, face or nails ("hit my head so hard it bled" is most
# often a fall, "bite my nails till they bleed" a habit).
_PART = r"(?:arms?|hands?|wrists?|legs?|thighs?|skin|stomach|body|chest)"
_TILL = r"(?:till|until|untill|til|so hard|so much)(?: that)? (?:i|it|they|my \w+)"
_TILL += r" (?:bleed|bleeds|bled|bleeding|bruise|bruises|bruised|bruising)"
# Banging one's head, told as a habit or an urge; the figure of speech is told with a "like"
# or what the effort was ("banging my head against a brick wall", "trying to fix it").
_HEAD = r"(?:bang|banging|hit|hitting|punch|punching) my head"
_HEAD += r"(?! .*\b(?:brick|trying|try|with|over|about|because of|at work)\b)"
_WALL = r"(?: (?:against|on|off|into) (?:the |a |my )?(?:walls?|floor|door|table))?"
_WALL += r"(?: again| a lot| all the time| when (?:i'?m|im|i am|i feel|i get) \w+)*\W*$"
# Cutting told by where on the body ("i cut my arm", "cutting my legs"), as "i cut myself" is
# read: not the hands or fingers, most often cut by accident, nor an accident told with it
# ("on a fence", "shaving", "when i fell"), nor a haircut ("my leg hair") or "my arm off".
_CUT_PART = r"(?:fore|upper )?(?:arms?|legs?|thighs?|stomach|tummy|belly(?! button)|skin|body"
_CUT_PART += r"|hips?|chest)"
_CUT_MISHAP = r"fell|fall|falling|tripped|bike|glass|off|barbed wire|on (?:some )?wire|fence"
_CUT_MISHAP += r"|thorns?|brambles?|chopping|slicing|gardening|piercing"
_CUT_NOT_MEANT = rf"(?!.{{0,60}}?\b(?:hair|{_CUT_MISHAP})\b)"
# "i cut my arm at work" is an accident told; "in the toilets at work" tells where it was done.
_CUT_NOT_MEANT += r"(?! at work\b)"
# By the reader, told so or with nothing before it: "the doctor cut my arm open" and "my cat
# cut my arm" are someone else's doing, "i accidentally cut my arm" an accident.
_CUT_BY_ME = r"(?:^|\bi(?:'?ve| have|'?m| am)?(?: (?:just|keep|kept|always|often|sometimes"
_CUT_BY_ME += r"|still|started|been|also|even|secretly|hide|hid|used to|(?:can'?t|cannot) stop))*"
_CUT_BY_ME += r" |\bi (?:\w+ ){1,3}?(?:and|then) |^(?:keep|still|been|started) )"
# Injured, and where, for an injury told as meant.
_HARMED = r"(?:burn|burned|burnt|hurt|hit|punched|broke|bruised|scratched|banged|stabbed|scalded"
_HARMED += r"|cut|sliced|smashed)"
_BODY = r"(?:arms?|legs?|hands?|wrists?|skin|head|face|fingers?|thighs?|stomach|body|knuckles"
_BODY += r"|ankles?|foot|feet|ribs?|nose)"
# Not "i dont want to punish myself", "i never want to hit myself again".
_NOT_NOT = r"(?<!don't )(?<!dont )(?<!not )(?<!never )"
# Who or what "sh" is done to: oneself, or a part of the body ("sh my arms").
_SH_WHOM = rf"(?: (?:my|him|her) ?self| them ?sel(?:f|ves)| my {_PART})"

HURT = re.compile(
    r"\b(?:"
    # Told as done or kept doing ("i hit myself", "i keep hitting myself").
    r"i(?:'?ve| have)?(?: just| been| keep| kept| always| often| sometimes| still| started"
    rf"| (?:can'?t|cannot) stop)* {_ACT} {_SELF}\b{_NOT_MEANT}"
    # Head banging as a habit ("i bang my head against the wall", "i keep hitting my head");
    # "i hit my head on the door" is an accident told, and "i bang" is only present.
    rf"|i(?: keep| always| often| sometimes| still| (?:can'?t|cannot) stop) {_HEAD}{_WALL}"
    rf"|i (?:bang|punch) my head{_WALL}"
    rf"|^i (?:just |really )?(?:want|wanna|need|feel like)(?: to)? {_HEAD}{_WALL}"
    rf"|{_CUT_BY_ME}cut(?:s|ting|ted)? my {_CUT_PART}\b{_NOT_MEANT}{_CUT_NOT_MEANT}"
    # A part cut after an everyday act ("i cut my hair and my wrists", found by the second
    # code review): "hair" after the cut hid it. "and my leg hair" is a haircut still.
    rf"|(?:{_CUT_BY_ME}|(?:want|wanna|need|going|gonna)(?: to)? )cut(?:s|ting)? my (?:\w+ )?"
    rf"(?:hair|fringe|nails|beard) and (?:then |also )?(?:my )?(?:{_CUT_PART}|wrists?)\b"
    rf"(?! hair\b){_NOT_MEANT}(?!.{{0,60}}?\b(?:{_CUT_MISHAP})\b)"
    # Till it bleeds or bruises ("i bit myself till it bled", "scratch my arms till they bleed").
    rf"|{_ACT} (?:{_SELF}|my {_PART})(?: \w+){{0,3}}? {_TILL}"
    # An urge ("i want to hit myself", "i feel like punching myself").
    rf"|{_NOT_NOT}(?:want|wanna|need|urge|urges|feel like|going|gonna|tempted|trying)(?: to)?"
    rf" {_ACT} {_SELF}\b"
    # Punishing oneself, wanted or as the reason ("i want to punish myself", "i starve myself
    # to punish myself"); "how do i stop punishing myself" is a search.
    rf"|{_NOT_NOT}(?:want|wanna|need|going|gonna|have|urge|deserve|ready)(?: to)? punish"
    r" (?:my ?self|my body)\b"
    r"|(?:my ?self|it|cut|harm|eat|eating)(?: \w+){0,3}? to punish my ?self\b"
    r"|i (?:just )?(?:want|need|deserve) (?:to feel |to be in )?pain\W*$"
    r"|i deserve to (?:suffer|be hurt|be punished|feel pain|be in pain)\W*$"
    # A relapse typed alone ("i relapsed"), or into self-harm; "i relapsed on alcohol" is told
    # with what, and is a search.
    r"|^i(?:'?ve| have)?(?: just| have| already)? relapsed(?: again| today| tonight| last night"
    r"| this morning)?\W*$"
    r"|relapsed (?:with|on|into) (?:self ?harm\w*|cutting|sh)\b"
    # Self-harm just done, told in those words ("i self harmed again", "i just sh'd").
    r"|i(?:'?ve| have)? (?:just |already )?(?:self ?harmed|self-harmed|sh'?d)(?:\W*$| again"
    r"| today| tonight| last night| this morning| earlier)"
    # "sh" for self-harm, wanted or meant ("i want to sh", "gonna sh tonight"), as "i want to
    # self harm" is read: only typed alone or with when or how badly, as "sh" is also "shh"
    # ("i want to sh the baby to sleep") and the start of other words.
    # "sh myself" as "self harm myself" is typed (found by the code review), felt like, or of
    # a part of the body ("i feel like sh myself", "i want to sh my arms", found by the second
    # code review); "i feel like sh" alone may be a curse cut short.
    rf"|(?:(?:want|wants|wanna|wana|going|gonna|gunna|need|about)(?: to)? sh{_SH_WHOM}?"
    rf"|feel(?:s|ing)? like sh{_SH_WHOM})(?: again| tonight| today"
    r"| now| rn| right now| so bad(?:ly)?| so much| really bad(?:ly)?| badly| ngl| tbh| fr| help"
    r"| help me| please| pls)*\W*$"
    # An injury told as meant ("i burned my arm on purpose", "i hit my head on purpose"), or a
    # burn made with a lighter or a cigarette; "i burned my toast on purpose", "my brother hit
    # my arm on purpose" and "i burnt my arm on the iron" are searches.
    rf"|\bi (?:\w+ ){{0,2}}?{_HARMED} my (?:\w+ )?{_BODY} (?:\w+ ){{0,3}}?{MEANT}"
    rf"|\bi (?:\w+ )?{MEANT} {_HARMED} my (?:\w+ )?{_BODY}\b"
    rf"|{_CUT_BY_ME}(?:burn|burns|burned|burnt|burning) my {_CUT_PART}(?: \w+)?"
    r" with (?:a |my |the )?(?:lighter|cigarettes?|cigs?|matches|match|vape)\b"
    rf"|{MEANT} to (?:hurt|harm|injure|break|burn|bruise) (?:my|me)\b"
    # A wall punched till it bled or broke ("i punched a wall till my knuckles bled"); "i feel
    # like punching a wall" is anger told, and a search.
    r"|(?:punch|punched|punching|hit|hitting) (?:a|the) walls? (?:\w+ ){0,3}?(?:till|until|til"
    r"|so hard)(?: that)? (?:my )?(?:knuckles|hands?|fists?|it|they) (?:bled|bleed|bleeds"
    r"|bleeding|broke|split|cracked)\b"
    # Someone else's wrists slit or slashed, or an attempt to cut them, is an attempt told ("my
    # son slit his wrists"); "my daughter cuts her wrists" is a habit told, and a search.
    r"|(?:slit|slits|slitting|slash|slashed|slashes|slashing|(?:tried|trying|tries) to cut)"
    r" (?:his|her|their) (?:own )?wrists?\b"
    r")"
)
