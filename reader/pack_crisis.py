"""Crisis words a pack adds in its own language: a search with one of them offers help first.

Lantern's own crisis words are English (crisis_phrases.py). A clinic whose articles are in
Spanish or Welsh lists, in its pack.toml, what its readers would type in a crisis:

    [pack]
    language = "es"
    crisis_words = ["quiero morir", "suicidio", "hacerme daño"]

A search that has one of them as whole words shows the same way to help as an English one.
Case, accents and the marks around words do not count, so "Hacerme dano!" is "hacerme daño".
`crisis_articles = ["en-crisis-ahora"]` lists the pack's own pages for that moment first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

KEY = "crisis_words"
ARTICLES_KEY = "crisis_articles"
MOST_WORDS = 500  # more would slow every search, and no pack needs that many
# Made one before accents are taken off: "´" would otherwise be a space and a lone accent.
_MARKS = str.maketrans(
    dict.fromkeys("\u2019\u2018\u02bc`\u00b4", "'") | dict.fromkeys("\u2010\u2011", "-")
)
_NOT_WORD = re.compile(r"[\W_]+")
# Scripts written without spaces between words: there a phrase is found inside a longer run.
_SPACELESS = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")


def folded(text: str) -> tuple[str, ...]:
    """The ways a text is matched: lower case, no accents, words single-spaced.

    An apostrophe or a hyphen is read both as nothing and as a space: "j'ai" is "jai" and
    "j ai", "auto-lesión" is "autolesion" and "auto lesion".
    """
    typed = text.casefold().translate(_MARKS)
    plain = "".join(c for c in unicodedata.normalize("NFKD", typed) if not unicodedata.combining(c))
    ways = [plain]
    for mark in ("'", "-"):
        ways = [way.replace(mark, joined) for way in ways for joined in ("", " ")]
    return tuple(dict.fromkeys(" ".join(_NOT_WORD.sub(" ", way).split()) for way in ways))


def read_words(pack: Any) -> tuple[tuple[str, ...], list[str]]:
    """The crisis words a [pack] table lists, folded, and what is wrong with the list.

    A wrong item is left out and the rest are used: a reader still gets help for them.
    """
    if not isinstance(pack, dict) or KEY not in pack:
        return (), []
    listed = pack[KEY]
    if not isinstance(listed, list):
        return (), [f'{KEY} should be a list of words in quotes, like {KEY} = ["..."]; ignored']
    words: dict[str, None] = {}
    wrong: list[str] = []
    for number, item in enumerate(listed[:MOST_WORDS], 1):
        ways = folded(item) if isinstance(item, str) else ()
        if not isinstance(item, str):
            wrong.append(f"{KEY}: item {number} is not words in quotes; left out")
        elif not any(ways):
            wrong.append(f"{KEY}: item {number} has no letters or digits; left out")
        else:
            words.update(dict.fromkeys(way for way in ways if way))
    if len(listed) > MOST_WORDS:
        wrong.append(f"{KEY} lists {len(listed)} items; only the first {MOST_WORDS} are used")
    return tuple(words), wrong


def read_articles(pack: Any) -> tuple[tuple[str, ...], list[str]]:
    """The ids a [pack] table lists as its crisis articles, and what is wrong with the list.

    A crisis search lists them first, before Lantern's own: a clinic's pack in Spanish has its
    own page for that moment, which the English ones are not.
    """
    if not isinstance(pack, dict) or ARTICLES_KEY not in pack:
        return (), []
    listed = pack[ARTICLES_KEY]
    if not isinstance(listed, list) or not all(isinstance(item, str) for item in listed):
        return (), [f'{ARTICLES_KEY} should be a list of article ids, like ["an-id"]; ignored']
    return tuple(dict.fromkeys(listed)), []


# What a key was meant to be, however it is written ("crisis-words", "Crisis_Word").
_MEANT = {
    **dict.fromkeys(("crisiswords", "crisisword", "crisisphrases"), KEY),
    **dict.fromkeys(("crisisarticles", "crisisarticle", "crisispages"), ARTICLES_KEY),
}


def _meant(key: str) -> str:
    """The crisis key a manifest's key means, or "" for none."""
    return _MEANT.get(re.sub(r"[^a-z]", "", key.lower()), "")


def misplaced_words(data: dict[str, Any]) -> list[tuple[str, str]]:
    """Crisis keys a manifest gives where Lantern never reads them: (the key, what is wrong).

    Above [pack], under a collection, or misspelt, they were ignored without a word, and a
    clinic thought its readers' crisis searches offered help when none did.
    """
    found = [
        (key, f"{key} must be under [pack] to be read; ignored") for key in data if _meant(key)
    ]
    for entry in (e for e in data.get("collections", ()) if isinstance(e, dict)):
        found += [
            (key, f"{key} must be under [pack], not in a collection, to be read; ignored")
            for key in entry
            if _meant(key)
        ]
    pack = data.get("pack")
    if isinstance(pack, dict):
        found += [
            (key, f"'{key}' is not a setting Lantern reads: write {_meant(key)}; ignored")
            for key in pack
            if _meant(key) and key != _meant(key)
        ]
    return found


def says_one_of(text: str, words: Iterable[str]) -> bool:
    """Whether what was typed holds one of the (folded) crisis words, as whole words."""
    typed = [f" {way} " for way in folded(text)]
    for word in words:
        whole = word if _SPACELESS.search(word) else f" {word} "
        if any(whole in way for way in typed):
            return True
    return False


def crisis_check(pack_words: Iterable[str]) -> Callable[[str], bool]:
    """Whether a search sounds like a crisis: Lantern's English words, or a pack's own."""
    from reader.crisis_words import suggests_crisis  # not when a pack's manifest is read

    words = tuple(pack_words)
    if not words:
        return suggests_crisis
    return lambda text: suggests_crisis(text) or says_one_of(text, words)
