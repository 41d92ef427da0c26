"""The crisis words' common slips: one letter wrong, missing, extra or swapped ("sucide",
"kil myself", "hurt myslef"), as typed in a hurry or in distress.

Read by crisis_words.suggests_crisis; one_slip is used by search too.
"""

from __future__ import annotations

# Typed in a hurry or in distress, these words come out with a letter wrong, missing, extra
# or swapped ("sucide", "suicdal", "overdoes"), and the help box did not show. They are long
# and unlike everyday words, so one slip is still them.
_SLIPS_ALLOWED = (
    "suicide",
    "suicides",
    "suicidal",
    "suicidally",
    "overdose",
    "overdoses",
    "overdosed",
    "overdosing",
)
# Everyday words one slip from those ("it kills me" is a figure of speech). "overdoes" (as in
# "overdoes it") stays a crisis word: it is how "overdose" is mistyped, and a help box too
# many costs little.
_NOT_SLIPS = frozenset({"overdone", "overdoing", "kills"})
# "kill myself" with a slip in either word: "kil myself", "kill myslef". The first letter must
# stay, as no one slips there: otherwise "will myself" and "fill myself" would count.
_KILL = ("kill", "killing")
_SELF = ("myself",)
# "myself" slipped after the other crisis verbs ("hurt myslef", "cut mysef"): in one word only,
# as "cut my shelf" is not "cut myself".
_HURT = frozenset({"hurt", "hurting", "harm", "harming", "cut", "cutting", "burn", "burning"})


def has_slipped_crisis_word(words: list[str]) -> bool:
    """Whether a crisis word is among the words, typed with one slip."""
    for at, word in enumerate(words):
        if word not in _NOT_SLIPS and any(one_slip(word, w) for w in _SLIPS_ALLOWED):
            return True
        if _kill(word) and _self(words[at + 1 : at + 3]):
            return True
        if word in _HURT and _slipped_self(words[at + 1 : at + 3]):
            return True
    return False


def _slipped_self(after: list[str]) -> bool:
    """A slip of "myself", not "cut myself off" (typed right, the phrases read it)."""
    if not after or after[0] == "myself" or after[1:2] in (["off"], ["out"], ["short"], ["some"]):
        return False
    return after[0][:1] == "m" and one_slip(after[0], "myself")


def _kill(word: str) -> bool:
    return word[:1] == "k" and word not in _NOT_SLIPS and any(one_slip(word, w) for w in _KILL)


def _self(after: list[str]) -> bool:
    """The words after a "kill": myself, my self or me, with one slip in "myself"."""
    if not after:
        return False
    joined = "".join(after) if after[0] == "my" else after[0]  # "my slef" as "myslef"
    return after[0] == "me" or (joined[:1] == "m" and any(one_slip(joined, w) for w in _SELF))


def one_slip(typed: str, word: str) -> bool:
    """True when typed is word, or word with one letter wrong, missing, extra or swapped."""
    if abs(len(typed) - len(word)) > 1:
        return False
    same = 0
    while same < min(len(typed), len(word)) and typed[same] == word[same]:
        same += 1
    if len(typed) > len(word):  # one letter extra
        return typed[same + 1 :] == word[same:]
    if len(typed) < len(word):  # one letter missing
        return typed[same:] == word[same + 1 :]
    swapped = typed[same : same + 2] == word[same : same + 2][::-1]
    return typed[same + 1 :] == word[same + 1 :] or (
        swapped and typed[same + 2 :] == word[same + 2 :]
    )
