"""Warning signs told in a life worn down: money and work, caring, growing old alone.

Matched like crisis_phrases.CRISIS (lower case, spaces single), never shown as content.
"""

from __future__ import annotations

import re

WEARY = re.compile(
    r"\b(?:"
    # Worth more to the family dead, through the life insurance (Samaritans and the pack's
    # Money worries name feeling a burden; "would my life insurance pay out if i died in an
    # accident" and "is life insurance worth it" are searches).
    r"(?:i'?m|im|i am|(?:i|he|she|they)(?:'?d| would| will|'?ll) be|id be|ill be|(?:he|she)(?:'?s"
    r"| is)|hes|shes|they(?:'?re| are)|theyre) worth more"
    r"(?: to (?:them|everyone|my \w+))? dead\b"
    r"|better off with (?:the |my )?(?:life )?insurance(?: money| payout)?\b"
    r"|insurance(?: money| payout| policy)?(?: would| will)?(?: pay out| pays out| payout)?"
    r" if i (?:died|was dead|were dead|was gone|were gone|wasn'?t here|weren'?t here)\W*$"
    r")"
)
