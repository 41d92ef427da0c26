"""Someone a reader supports at work or cares for, as a support worker, carer or nurse names
them: "the person i support", "my client", "a resident", "i care for a man who".

Read by crisis_words.about_someone_else: "the person i support wants to die" was read as the
reader's own crisis (its "i" is the reader's), and a support worker was not offered the page
on supporting someone. Matched like crisis_phrases.CRISIS (lower case, spaces single).
"""

from __future__ import annotations

import re

_WHO = (
    r"(?:person|people|man|men|woman|women|lady|ladies|gentleman|gent|boy|girl|lad|young"
    r" (?:person|people|man|woman|men|women)|adult|adults|individual|resident|client|tenant)"
)
_CARE = r"(?:support|care for|look after|work with|visit|nurse|key ?work for)"
_ROLE = (
    r"(?:support worker|carer|care worker|care assistant|personal assistant|nurse|key ?worker"
    r"|social worker|healthcare assistant|hca|teaching assistant|teacher|volunteer|befriender)"
)

# Each is read as "them", someone else.
_CARED_FOR = re.compile(
    rf"\b(?:(?:the|a|an|one of the|one of my|one of our) )?{_WHO}s? (?:(?:that|who) )?(?:i|we)"
    rf" {_CARE}\b"
    rf"|\bi {_CARE} (?:a|an|the|this|one) {_WHO}\b"
    r"|\b(?:my|our|a|the|one of (?:my|our|the)) (?:clients?|patients?|residents?|service users?"
    r"|tenants?|care home residents?|people i support)\b"
)
# The reader's role, left out: only the reader's other words ("im a carer and i want to die")
# say it is theirs, and "im a support worker and want to die" is.
_ROLE_TOLD = re.compile(
    rf"\b(?:i'?m|im|i am|i work as|as) (?:a|an) {_ROLE}\b"
    r"|\bi (?:work|volunteer) (?:in|at) (?:a |an |the )?(?:care home|nursing home|day centre"
    r"|supported living|group home|residential home|hospice)\b"
)


def as_them(normal: str) -> str:
    """Normalised text with someone the reader supports read as "them", and their role left
    out."""
    return _ROLE_TOLD.sub(" ", _CARED_FOR.sub(" them ", normal))
