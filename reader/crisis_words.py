"""Words in a search that suggest someone may be in crisis, so search can offer help first."""

from __future__ import annotations

import re

from reader.articles import Article, Library

CRISIS_ARTICLE_ID = "in-crisis-right-now"

# First-person phrases and plain words; matching what a person types, never shown as content.
_CRISIS = re.compile(
    r"\b(?:"
    r"suicid\w*|kill(?:ing)? (?:my ?self|me)|end(?:ing)? (?:my life|it all|my self|myself)"
    r"|(?:want|wanting|wanna|going) (?:to )?die|wish i (?:was|were) dead|better off dead"
    r"|(?:don'?t|do not) want to (?:live|be here|be alive|wake up)|no reason to live"
    r"|(?:hurt|hurting|harm|harming) (?:my ?self|me)|not safe|unsafe|crisis|emergency"
    r"|can'?t go on|cannot go on|give up on life|no point (?:in )?living"
    r"|overdos\w*|cut(?:ting)? (?:my ?self|me)"
    # Heard in reviews and in how people write online: own-life wording, slang, despair.
    r"|tak(?:e|ing) my (?:own )?life|(?:want|wanting|wanna) (?:to )?be dead|unalive\w*|kms"
    r"|(?:want|wanting|wanna|going) to end it|no way out|hopeless\w*"
    r"|(?:can'?t|cannot) (?:take|do) (?:it|this) any ?more|sleep forever|never wake up"
    r")\b"
)


def suggests_crisis(text: str) -> bool:
    """True when what was typed sounds like someone may be in danger or in crisis."""
    normal = " ".join(text.lower().replace("\u2019", "'").split())
    return _CRISIS.search(normal) is not None


def crisis_article(library: Library) -> Article | None:
    """The bundled crisis article, unless a clinic has hidden it or it failed to load."""
    return library.get(CRISIS_ARTICLE_ID)
