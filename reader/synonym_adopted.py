"""Words readers type for the page on being adopted (If you are adopted).

Part of the synonym table (reader/synonym_table.py, through reader/synonym_who.py): each key
is something a reader may type that the page does not say; each value names words it does
use. The page says "adopted", "birth parents", "birth relative", "birth mother" (a topic) and
"birth certificate"; it never says "birth mum" or "real mum".
"""

from __future__ import annotations

from reader.synonym_care import FAMILY

_BIRTH_FAMILY = ("birth parent*", "birth relative*")
# The page on being in care says "in care" most: it follows, for a reader in care who means
# the family they were taken from.
_BIRTH_OR_CARE = (*_BIRTH_FAMILY, "in care")
_REAL_OR_BIRTH = ("in care", *_BIRTH_FAMILY)
_BIRTH = ("birth", "biological", "bio")
_PARENTS = ("mum", "mom", "mother", "dad", "father", "parents", "family")
# Said after a birth parent; "doesnt" is a word no page has (they say "does not").
_REJECTED = (
    "rejected me",
    "doesnt want to know me",
    "doesnt want me",
    "didnt want me",
    "wont reply",
)
_FINDING = ("find", "finding", "trace", "tracing", "search for", "searching for", "meet")

ADOPTED: dict[str, tuple[str, ...]] = {
    # A birth parent: "my birth mum", "birth dad messaged me", "my birth mother rejected me"
    # listed the page on care first (which never says "birth") and this page third.
    **dict.fromkeys(
        (f"{my}{birth} {who}" for my in ("", "my ") for birth in _BIRTH for who in FAMILY),
        _BIRTH_OR_CARE,
    ),
    # A "real" parent: both pages, the one on care first for a child who misses them, this
    # one first for "my mum isnt my real mum"; "real mum" alone found nothing.
    **dict.fromkeys(
        (f"{my}real {who}" for my in ("", "my ") for who in FAMILY),
        _REAL_OR_BIRTH,
    ),
    # Looking for them: "finding my birth parents" listed the page after a baby first.
    **dict.fromkeys(
        (
            *(
                f"{find} my {birth} {who}"
                for find in _FINDING
                for birth in ("birth", "real")
                for who in FAMILY
            ),
            *(
                f"{know} who my {birth} parents are"
                for know in ("know", "dont know")
                for birth in ("real", "birth")
            ),
            "who are my real parents",
        ),
        _BIRTH_FAMILY,
    ),
    # Turned away by them: "my birth mum doesnt want to know me" listed the page on care first
    # (the page says "if a relative says no").
    **dict.fromkeys(
        (
            f"{my}{birth} {who} {rejected}"
            for my in ("", "my ")
            for birth in (*_BIRTH, "real")
            for who in _PARENTS
            for rejected in _REJECTED
        ),
        ("birth relative*", "says no"),
    ),
    # Missing them, or wanting to see them: both pages ("i miss my birth family" listed neither
    # this page nor the page on care first, but the page on care and refugees, for "missing").
    **dict.fromkeys(
        (
            f"{miss} my {birth} {who}"
            for miss in ("miss", "missing", "see")
            for birth in _BIRTH
            for who in FAMILY
        ),
        _BIRTH_OR_CARE,
    ),
    # Adopted by a step-parent: "step dad adopted me" listed When your family is changing first.
    **dict.fromkeys(
        (
            f"{step} adopted me"
            for step in ("step dad", "stepdad", "step mum", "stepmum", "step mom")
        ),
        ("adopted",),
    ),
    # Slips of "adopted" and "adoption", which found nothing.
    **dict.fromkeys(
        ("adpoted", "adoped", "adoptd", "addopted", "adobted", "adopded", "adoptted"), ("adopted",)
    ),
    **dict.fromkeys(("adpotion", "addoption", "adoptoin", "adobtion"), ("adoption",)),
}
