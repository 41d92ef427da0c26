"""Words the crisis patterns share, so that each module reads them the same way.

Two lists of the words for a harm meant had grown apart: "purposefully" was read after a
mishap's words (crisis_tails) but not after an injury (crisis_hurt), so "i burned my arm
purposefully" gave no help box. Matched like crisis_phrases.CRISIS (lower case, spaces
single), never shown as content.
"""

from __future__ import annotations

# Someone else, as a reader tells of them ("he says", "she wishes", "they might").
THEY = r"(?:he|she|they)"
# A harm told as meant ("on purpose", "deliberately").
MEANT = r"(?:on purpose|deliberately|purposely|purposefully|intentionally)"
