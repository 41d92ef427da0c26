"""Words typed without their apostrophe ("dont", "im", "ive"), split as the index splits them.

The index splits "don't" at its apostrophe into "don" and "t", so "dont" was a word no article
has: "i dont know what to do" and "ive been cutting" found other pages than the same words
typed with an apostrophe, or nothing at all. Only words that are nothing else are here: not
"id", "ill", "its", "were", "well", "hell", "shell", "lets" or "wed".
"""

from __future__ import annotations

# Each word and how many letters of it come after the apostrophe.
_NOT = (
    "dont cant wont didnt doesnt isnt wasnt arent werent havent hasnt hadnt couldnt wouldnt"  # noqa: SIM905
    " shouldnt mustnt neednt aint".split()
)
_ONE = "im hes shes whats thats theres wheres whos everyones nobodys theyd youd".split()  # noqa: SIM905
_TWO = (
    "ive youre youve youll theyre theyve theyll weve shouldve couldve wouldve itll thatll".split()  # noqa: SIM905
)
_TAIL = {**dict.fromkeys(_NOT, 1), **dict.fromkeys(_ONE, 1), **dict.fromkeys(_TWO, 2)}


def split_contraction(word: str) -> tuple[str, ...]:
    """The word as the index has it if typed with its apostrophe ("Dont": "Don", "t")."""
    tail = _TAIL.get(word.casefold())
    return (word,) if tail is None else (word[:-tail], word[-tail:])
