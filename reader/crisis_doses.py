"""Questions about how much medicine would kill: a warning sign however it is asked.

"how many pills to die", "how much sertraline is lethal", "can you die from citalopram" and
"take all my citalopram" gave no help box (found by the search hunt, round seven), where "how
many pills would kill me" had one. Matched like crisis_phrases.CRISIS (lower case, spaces
single), never shown as content: the names below are only recognised, never offered.
"""

from __future__ import annotations

import re

# Medicines by the names people use, common in UK prescriptions and in overdose: recognised
# only, so a question about one is read as one about medicine.
_NAMES = (
    r"sert?r?al+ine|citalopram|escitalopram|fluoxetine|prozac|paroxetine|mirtazapine|venlafaxine"
    r"|duloxetine|amitriptyline|nortriptyline|trazodone|quetiapine|olanzapine|lithium"
    r"|diazepam|valium|zopiclone|codeine|co-?codamol|tramadol|morphine|ibuprofen|aspirin"
    r"|pregabalin|gabapentin|propranolol|insulin|sleeping (?:pills|tablets)"
)
_MEDICINE = (
    r"(?:pills?|tablets?|meds|medicines?|medications?|painkillers|paracetamol|drugs"
    rf"|anti ?-?depressants?|ssris?|{_NAMES})"
)
_SOME = r"(?:(?:my|the|all my|all the|all of my|a|an|of|of my|of the) )?"
# Someone the question is not about: "how many people die of cancer" is a search.
_OTHERS = r"(?:people|persons?|men|women|kids|children|teens|teenagers|patients|years|days)"
_MANY = (
    r"(?:[1-9]\d+|a (?:bunch|load|ton|handful|lot) of|lots of|loads of|tons of|heaps of"
    r"|too many of|all of)"
)
_BOX = r"(?:box|bottle|packet|pack|strip|tub|jar)"
_HOW = r"how (?:many|meny|mny|much)"  # as typed in a hurry too
_DEATH = (
    r"(?:die|dye|kill (?:me|you|myself|yourself|someone|a person)|be (?:fatal|lethal|deadly)"
    r"|end (?:it|my life)|od|overdose|not wake up)"
)

DOSES = re.compile(
    r"\b(?:"
    # A dose that kills, named as one; "lethal weapon", "lethal injection" and "toxic levels
    # of stress" are searches.
    r"(?:lethal|fatal|deadly|toxic|killing) (?:dose|doses|amount|amounts|quantity|overdose)"
    r"|(?:lethal|fatal|deadly) levels?"
    r"|(?:overdose|od) (?:amount|level|limit|dose)"
    # How much, or how many, would kill ("how many pills to die", "how much sertraline is
    # lethal"); "how many people die of cancer" and "how many pills in a pack" are searches.
    rf"|{_HOW} (?!{_OTHERS}\b)(?:\w+ ){{0,4}}?(?:to|too|2|would|will|could|does it take"
    rf" to|do (?:i|you) need to|before (?:i|you)|until (?:i|you)|can) {_DEATH}\b"
    # Typed alone, the question is the same ("how many pills would it take"): each gave no help
    # box (crisis hunt, round nine). "how many pills would it take to fill the box" and "how
    # many pills can i take for a headache" say what for, and are searches.
    rf"|{_HOW} {_SOME}{_MEDICINE} (?:would|will|does|did|do|could) it take(?: to)?\W*$"
    rf"|{_HOW} {_SOME}{_MEDICINE}(?: \w+){{0,2}}? (?:is|are|would be) (?:lethal|fatal"
    r"|deadly|too many|too much|an overdose)"
    rf"|{_SOME}{_MEDICINE} (?:is|are) (?:lethal|fatal|deadly)"
    # Asked the other way round ("is sertraline lethal", "is 30 paracetamol enough to die").
    rf"|(?:is|are|would|will|could) (?:\d+ )?{_SOME}{_MEDICINE} (?:be )?(?:lethal|fatal|deadly"
    r"|enough to (?:die|kill|od|overdose))"
    # Whether a medicine can kill ("can you die from sertraline"); "can you die from a broken
    # heart" is a search.
    rf"|(?:can|could|will|would|do|does) (?:you|u|i|someone|a person|people) die (?:from|of|if you"
    rf" take|if i take) (?:too much |too many |all |a lot of )?{_SOME}{_MEDICINE}"
    rf"|(?:can|could|will|would) {_SOME}{_MEDICINE} kill (?:you|me|someone)"
    # All of one's medicine taken, or asked about ("what happens if i take all my sertraline").
    rf"|(?:take|took|taking|swallow|swallowed) (?:all|the whole|a whole) (?:of )?(?:my |the |a )?"
    rf"(?:box of |bottle of |pack of |packet of |strip of )?{_MEDICINE}"
    rf"|(?:take|took|taking) too (?:many|much) {_SOME}{_MEDICINE}"
    # An overdose told with how much, in the words around it ("i took like 30 pills", "i took 20
    # of my pills", "i took loads of my antidepressants", "i took my whole bottle of pills"):
    # each gave no help box. "i took 2 of my pills" and "took my whole box of meds on holiday"
    # are searches.
    rf"|(?:took|taken|swallowed) (?:like |about |around |maybe |over |nearly |almost )?{_MANY}"
    rf" (?:of )?(?:my |the |his |her |their )?{_MEDICINE}"
    rf"|(?:took|taken|swallowed) (?:my|the|a|his|her|their) whole {_BOX} (?:of )?(?:my |the )?"
    rf"{_MEDICINE}\b(?! (?:to|on|with|back|into|in|out|for|away)\b)"
    # "od" just told ("i just od'd", "ive od'd"), as "i od'd" is read.
    # Typed without its mark it is "odd", so only typed alone or with when or on what: "i might
    # have odd socks on" is a search.
    r"|\bi(?:'?ve| have)? (?:just |already |think i |might have |may have )+od(?:'?d|ed)"
    r"(?:\W*$| (?:on|again|last night|earlier|today|tonight|and)\b)"
    # "an od" for an overdose, taken or had ("i took an od", "ive had an od"), as "took an
    # overdose" is read (crisis hunt, round nine); "took an odd turn" is the everyday word.
    r"|\b(?:take|takes|took|taken|taking|had|has|have|having|do|did|done|doing) (?:an|a|another"
    r"|my|an other) od\b"
    # Someone else's, told the same way ("my friend od'd", "she has oded", "he just odd").
    r"|\b\w+ (?:just |has |have |had |might have |may have )*"
    r"od(?:'d|ed)\b|\b(?:just|has|have|had) odd\W*$"
    r")"
)
