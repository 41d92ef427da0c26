"""A crisis phrase with an everyday tail after it, taken out before the phrases are read.

"i want to stop living with my parents", "i took my whole prescription to the pharmacy" and
"i want to sleep and not wake up early" brought the help box: the phrase at their start is a
warning sign told alone ("i want to stop living", "i took my whole prescription", "i want to
sleep and not wake up"), but the tail says what is meant. Only tails that say so for certain
are here: "with this pain", "in this world", "tomorrow" keep the phrase a sign. Matched like
crisis_phrases.CRISIS (lower case, spaces single), never shown as content.
"""

from __future__ import annotations

import re

from reader.crisis_terms import MEANT

# Who one lives with ("with my parents", "with flatmates"); not "with myself" or "with this".
_PEOPLE = (
    r"(?:parents?|mum|mom|mam|dad|mother|father|step ?(?:mum|mom|dad|parents?)|family|folks"
    r"|nan|gran|grandparents?|grandma|grandad|grandpa|aunt|auntie|uncle|brothers?|sisters?"
    r"|siblings?|cousins?|in ?-?laws|boyfriend|girlfriend|bf|gf|partner|husband|wife|ex"
    r"|flat ?mates?|room ?mates?|house ?mates?|friends?|mates?|people|strangers|others)"
)
_LIVING = (
    r"(?:live|living) (?:with (?:(?:my|our|his|her|their|the|a|an) )?(?:\w+ )?"
    rf"{_PEOPLE}(?:'?s)?\b|with (?:him|her|them)\b"
    # Where: at home, at a parent's, in a house, halls or the past; for others; on a wage.
    # Not "in fear", often told from an abusive home (found by the code review).
    r"|at (?:home|uni|university|college|(?:my|our|his|her|their) (?:\w+'?s|house|place|flat"
    r"|home))\b|in (?:halls|the past|my head|(?:this|that|a|the|my|our) (?:house|flat"
    r"|room|city|town|country|area|village|car|van|tent|hostel|bedsit|dorm|halls)\b)"
    r"|for (?:other people|others|everyone else|my parents)\b"
    r"|(?:pay ?check|pay ?cheque) to (?:pay ?check|pay ?cheque))"
)
# A prescription taken somewhere, not swallowed ("to the pharmacy", "with me", "on holiday").
_TAKEN = (
    r"(?:took|taken|take|taking) (?:my|the|a) whole (?:prescription|supply) (?:back |in |round )?"
    r"(?:to (?:the |my |a )?(?:pharmacy|pharmacist|chemists?|doctors?|gp|surgery|clinic"
    r"|hospital|appointment|work|school|uni)|with (?:me|us)|on holiday|abroad|away)\b"
    # Not with what came of it told after: "with me and now i feel sick" (found by the code
    # review). Where it went, or when, is all a trip says.
    r"(?!.*\b(?:and|now|then|but|so|feel\w*|felt|sick|ill|dizzy|drowsy|sleepy|vomit\w*|threw up"
    r"|throwing up|swallow\w*|ate|eaten|overdose\w*|od|die|dying|help)\b)"
)
# Waking as sleep is told of ("early", "on time", "rested", "for school", "till noon").
_WAKING = (
    r"wake up (?:so |too |really )?(?:early|on time|in time|rested|refreshed|tired"
    r"|at \d+(?::\d+)? ?(?:am|pm)?|in the night|during the night|in the middle of the night"
    r"|before (?:\d+|noon|midday|lunch|my alarm|the alarm)|(?:un)?til+ (?:\d+|noon|midday"
    r"|lunch|the afternoon)|to (?:my|an|the) alarm|for (?:school|work|uni|college|my shift))\b"
    # Someone else woken ("i hope i dont wake up the baby"), as a parent or flatmate says it.
    r"|wake up (?:the|my|our|his|her|their) (?:baby|babies|kids?|children|neighbou?rs?"
    r"|parents|flat ?mates?|house ?mates?|room ?mates?|partner|husband|wife|family|dog|house)\b"
    r"(?! (?:is|are|was|were|has|have|hates?)\b)"
)

# Where or what one cannot go on ("i cant go on holiday", "the bus", "social media"), as an
# anxious reader says it; "i cant go on the way things are" and "a day longer" stay signs.
_GOING_ON = (
    r"go on (?:(?:a|an|the|my) (?:school )?(?:holiday|trip|bus|train|tube|plane|flight|date"
    r"|walk|run|diet|ride|rollercoaster|course|stage|pill|internet|computer|phone|laptop"
    r"|website|app|night out|sleepover|residential|exchange)s?|holidays?|vacation|trips?|dates?"
    r"|social media|facebook|instagram|tiktok|snapchat|twitter|youtube|reddit|discord"
    r"|whatsapp|meds|medication|antidepressants?|pills|tablets|stage|strike|rides|camp)\b"
)

# Dying of embarrassment, boredom or laughing: a figure of speech ("i might as well die of
# boredom" is read so in crisis_typed). Not "of shame", nor "of hunger", which an eating
# disorder may mean.
_FIGURE = (
    r"(?:die|dying) (?:of (?:embarrassment|boredom|cringe|laughter|laughing|cuteness|excitement"
    r"|happiness|jealousy|envy|heat|the heat)|laughing)\b"
)

# When one was born, or would sleep in: a birthday ("i wish i was never born in winter") and a
# lie-in ("i wish i could sleep forever on sundays") are not the wish not to be (crisis hunt,
# round eight); "born into this family" and "sleep forever" alone stay signs.
_MONTHS = r"(?:jan|febr)uary|march|april|may|june|july|august|(?:septem|octo|novem|decem)ber"
_WHEN_BORN = (
    rf"born (?:in|on) (?:the )?(?:winter|summer|spring|autumn|{_MONTHS}|christmas(?: day| eve)?"
    r"|new years? (?:day|eve)|a leap (?:day|year)|my (?:mum|mom|dad)'?s birthday)\b"
)
_LIE_IN = (
    r"sleep (?:for ?ever|4ever) (?:on (?:a )?(?:weekends?|sundays?|saturdays?|my days? off"
    r"|(?:a|the) weekend|holidays?)|at (?:the )?weekends?|in the mornings)\b"
)

# Hair or clothes dyed, typed "die" ("i wish i could die my hair", "i want to die my hair
# pink"): "die my" went on to what is dyed (crisis hunt, round nine). Not "my hair is falling
# out", which tells of the reader, nor "die my" with anything else after it.
_DYED = (
    r"(?:die|dying|died) (?:my|your|his|her|their|our|the|it|them)(?: own)?(?: \w+)?"
    r" (?:hair|beard|eyebrows|brows|roots|fringe|tips|ends|clothes|jeans|shirt|top|dress|shoes"
    r"|trainers|t ?-?shirt|hoodie|eggs)\b(?! (?:is|are|was|were|keeps?|has|have|falls?"
    r"|falling|fell)\b)"
)

# An ache, told where it is ("i want the pain to stop in my back"); not the head, heart, chest
# or mind, where the pain may be the reader's distress, nor the arms or wrists.
_ACHE = (
    r"pain (?:to|would|could|will) (?:just )?(?:stop|end|go away) in (?:my|the) (?:lower |upper "
    r"|left |right |bad )?(?:back|neck|shoulders?|knees?|hips?|legs?|feet|foot|toes?|tooth|teeth"
    r"|jaw|ears?|ankles?|elbows?|joints?|gums?|side|stomach|tummy|hands?|fingers?)\b"
)

# An accident told with "myself", as "i cut my leg shaving" is read in crisis_hurt: shaving,
# cooking, on the oven, at the gym. Not "with a razor", "on a blade", "at school" or "on the
# wall", nor cut "too deep" by accident.
_MISHAP = (
    r"(?:shaving|cooking|baking|frying|chopping|slicing|peeling|grating|gardening|ironing"
    r"|cleaning|washing up|opening|playing|running|cycling|climbing|skating|skateboarding"
    r"|training|working out|lifting|dancing|falling|tripping|by accident|by mistake"
    r"|at (?:the gym|football|rugby|training|practice|pe)|with (?:hot|boiling) (?:water|oil|tea"
    r"|coffee|soup)|on (?:(?:a|an|the|my|some) )?(?:(?:hot|sharp) )?(?:oven|hob|stove"
    r"|cooker|kettle|iron|pan|pot|tray|baking tray|tin|can|lid|grill|toaster|radiator|bbq"
    r"|barbecue|paper|fence|nail|thorns?|brambles?|barbed wire|trampoline|bike))\b"
)
# Glass or an edge: what cut by accident, but what cutting kept doing is done with, a habit
# told ("i keep cutting myself on glass"); the edge of a bed or a bath is where it is done
# ("i cut myself on the edge of my bed"). Each gave no help box (found by the code review).
_ON = r"on (?:(?:a|an|the|my|some) )?(?:(?:broken|sharp) )?"
_WHERE_SAT = r"(?:bed|bath|bathtub|tub)"
_EDGED = rf"{_ON}(?:glass|stairs|door|table|corner|edge(?! of (?:my|the|a) {_WHERE_SAT}\b))\b"
_KEPT = r"(?<!keep )(?<!keeps )(?<!kept )(?<!always )"
_WHEN = r"(?: (?:today|yesterday|earlier|this morning|last night))?(?: (?:while|when|whilst))?"
_SELF_HURT = r"(?:cut|cutting|burn|burned|burnt|burning|hurt|hurting) my ?self"
# Not with the harm told as meant, before or after: taken out, "i cut myself on glass on
# purpose" left "on purpose" alone, and no help box (found by the code review).
_NOT_MEANT_BEFORE = r"(?<!deliberately )(?<!purposely )(?<!purposefully )(?<!intentionally )"
_ACCIDENT = (
    rf"{_NOT_MEANT_BEFORE}(?:{_SELF_HURT}{_WHEN} {_MISHAP}"
    rf"|{_KEPT}(?:cut|cutting|burn|burned|burnt|burning) my ?self{_WHEN} {_EDGED}"
    # A knock is hurt, whatever the edge ("i keep hurting myself on the corner of the table").
    rf"|(?:hurt|hurting) my ?self{_WHEN} {_ON}(?:glass|stairs|door|table|corner|edge)\b"
    rf"|accidentally {_SELF_HURT}\b(?! (?:too |so |really |very )?deep\b))(?!.*\b{MEANT}\b)"
)

# "anymore" after a tail goes with it: "i cant go on instagram anymore" and "i cant live with
# my mum anymore" left "i cant anymore", a sign typed alone (crisis_typed).
TAILS = re.compile(
    rf"\b(?:{_LIVING}|{_TAKEN}|{_WAKING}|{_GOING_ON}|{_FIGURE}|{_WHEN_BORN}|{_LIE_IN}|{_ACHE}"
    rf"|{_ACCIDENT}|{_DYED})(?: (?:any ?more|no more)\b)?"
)
