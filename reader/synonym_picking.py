"""Picking and pulling, and the everyday words that sound like them ("people pick on me").

Part of the synonym table (reader/synonym_table.py, through reader/synonym_topics.py). When
picking or pulling is hard to stop says "picking" and "pulling" in nearly every line, so once
it landed it came first for what only sounds like them: "people pick on me" and "they pick on
me at school" listed it first, where the page on bullying is what is wanted.
"""

from __future__ import annotations

_BULLIED = ("bullying", "bullied")
_PICKS_ON = ("pick on", "picks on", "picking on", "picked on me")
# "everyone" is searched as a word of its own, and pages that say it often (When you feel low)
# came before the page on bullying.
_EVERYONE = ("everyone", "everybody", "every one", "they all", "people always")

PICKING: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        (
            *_PICKS_ON,
            *(f"{who} {picks} me" for who in _EVERYONE for picks in ("picks on", "pick on")),
            *(f"{who} is picking on me" for who in _EVERYONE),
        ),
        _BULLIED,
    ),
}
