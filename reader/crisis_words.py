"""Searches that sound like a crisis, or that look for someone to talk to: help comes first.

The searches for a helpline are read in reader/crisis_lines.py, the crisis words typed with a
slip in reader/crisis_slips.py.
"""

from __future__ import annotations

import re

from reader.articles import Article, Library
from reader.crisis_cared import as_them
from reader.crisis_doses import DOSES
from reader.crisis_farewell import FAREWELL
from reader.crisis_hurt import HURT
from reader.crisis_later import LATER
from reader.crisis_lines import helpline_words as helpline_words
from reader.crisis_lines import seeks_someone_to_talk_to as seeks_someone_to_talk_to
from reader.crisis_lives import LIVES
from reader.crisis_loss import LOSS
from reader.crisis_means import MEANS
from reader.crisis_phrases import A_BURDEN, CRISIS, EVERYDAY, normalise, without_marks
from reader.crisis_plain import PLAIN
from reader.crisis_short import SHORT
from reader.crisis_skin import SKIN
from reader.crisis_slips import has_slipped_crisis_word
from reader.crisis_slips import one_slip as one_slip
from reader.crisis_tails import TAILS
from reader.crisis_typed import TYPED
from reader.crisis_unsafe import UNSAFE
from reader.crisis_urgent import URGENT
from reader.crisis_weary import WEARY
from reader.crisis_wishes import WISHES

CRISIS_ARTICLE_ID = "in-crisis-right-now"
SUICIDAL_THOUGHTS_ID = "suicidal-thoughts"
SUPPORTING_SOMEONE_ID = "supporting-someone"  # for a crisis search about someone else

_WORD = re.compile(r"[^\W\d_]+")
# The phrases, in modules by theme; each is matched as CRISIS is.
_SIGNS: tuple[re.Pattern[str], ...] = (CRISIS, LOSS, WEARY, TYPED, FAREWELL, HURT, LIVES)
_SIGNS += (MEANS, DOSES, LATER, PLAIN, SHORT, SKIN, WISHES, UNSAFE, URGENT)


# Someone else named in a search ("my friend wants to die", "she took too many"), and the
# reader's own words; "told me" and the like tell of the other person.
_SOMEONE_ELSE = re.compile(
    r"\b(?:he|she|they|him|her|them|his|their|themself|friend|mate|partner|boyfriend"
    r"|girlfriend|bf|gf|bff|bestie|husband|wife|son|daughter|child|kid|brother|sister|mum"
    r"|mom|dad|mother|father|student|pupil|children|teen|teenager|fiance|fiancee|spouse"
    r"|sibling|cousin|niece|nephew|uncle|aunt|auntie|nan|nana|gran|granny|grandma|grandad"
    r"|granddad|grandpa|grand(?:son|daughter|child|children|kid|mother|father|parent)"
    r"|step(?:son|daughter|child|children|kid|mum|mom|dad|mother|father|brother|sister)"
    r"|colleague|coworker|co-worker|flatmate|roommate|housemate|classmate|neighbour|neighbor)s?\b"
    # A child named by age ("my 15 year old", "my 14yo"); "i am 15 years old" is the reader.
    r"|\bmy \d+ ?-?(?:years? ?-?old|yrs? ?-?old|yo)s?\b"
)
# A danger told in the other person's own word ("kill himself", "end her life"): it is theirs,
# whatever the reader says of themselves ("if i leave", "made me promise not to tell").
_THEIR_DANGER = re.compile(
    r"\b(?:kill|end|hurt|harm|hang|cut)\w* (?:him ?self|her ?self|them ?sel(?:f|ves))\b"
    r"|\b(?:end|ending|take|taking) (?:his|her|their) (?:own )?life\b"
)
_OWN = re.compile(
    r"\b(?:i|i'm|im|i've|i'll|my ?self|my (?:life )?insurance"
    r"|(?<!told )(?<!texted )(?<!said to )(?<!sent )(?<!messaged )(?<!wrote )(?<!signed )"
    r"(?<!signed to )(?<!signs to )(?<!signs )(?<!sign to )(?<!sign )me"  # a Deaf family's words
    # A promise asked of the reader ("made me promise not to tell") is not their danger;
    # "made me want to die" still is.
    r"(?! (?:promise|swear|not to tell)\b))\b"
)
# The reader asking what to do about someone else ("my friend wants to die, what do i do",
# "i think my son is suicidal"): these "i"s are not the reader's own danger ("i feel like a
# burden to my mum" is; "my son is suicidal and i feel like a failure" is about the son).
_ASKING = re.compile(
    r"\b(?:(?:what|how) (?:do|can|should|would|could) i|(?:should|can|do) i|am i"
    r"|i (?:think|thought|fear|found|saw|heard|noticed|know|knew|just found out|worry"
    rf"|feel like(?!(?: i'?m| i am)?{A_BURDEN}))"
    r"|i (?:do not|don'?t|dont) know|(?:i'?m|im|i am) (?:so )?(?:worried|scared|afraid|frightened)"
    r"|(?:help|helping|support|supporting|talk to|tell) (?=my\b))"
)


def suggests_crisis(text: str) -> bool:
    """True when what was typed sounds like someone may be in danger or in crisis.

    The crisis words' common slips count too: one letter wrong, missing, extra or swapped.
    """
    # Everyday phrases ("climate crisis") and everyday tails ("stop living with my parents").
    normal = TAILS.sub(" ", EVERYDAY.sub(" ", normalise(text)))
    return (
        any(
            any(sign.search(typed) for sign in _SIGNS)
            or has_slipped_crisis_word(_WORD.findall(typed))
            for plain in _ways_to_read(normal)
            for typed in _held_letters_let_go(plain)
        )
        or _run_together(_WORD.findall(normal))
        or _cried_out(normal)
    )


# "help" typed alone is a search for what the articles say, but not with a letter held down
# or doubled, or an exclamation mark: "helpppp", "heeelp", "help!" are a cry for help.
# "helpful" and "helper" are other words.
_CRY = re.compile(r"(?:(?:please|pls|plz) )?(h+e+l+p+)(?: (?:please|pls|plz|now|asap))*")


def _cried_out(normal: str) -> bool:
    unmarked = without_marks(normal)
    for typed in _held_letters_let_go(unmarked):
        cry = _CRY.fullmatch(typed)
        if cry is not None and (typed != unmarked or cry[1] != "help" or "!" in normal):
            return True
    return False


# Two of a letter are not read as a letter held down ("odd" and "sleep" have two), so
# "helpp me" and "i need heelp" went unseen beside "help me". "help" has no double letter:
# doubled, it is still "help". "helpful" and "whelp" are other words and stay as typed.
_DOUBLED_HELP = re.compile(r"\bh+e+l+p+\b")


def _ways_to_read(normal: str) -> dict[str, None]:
    """The text as typed, without its marks, with a doubled letter in "help" let go, and with
    text speak spelt out."""
    unmarked = without_marks(normal)
    helped = _DOUBLED_HELP.sub("help", unmarked)
    return dict.fromkeys((normal, unmarked, helped, _spelt_out(helped)))


# Text speak for the small words around the crisis words ("i dnt want to live", "no1 would
# miss me", "im going to do it 2nite", "a plan 2 end it"): each gave no help box, as the
# phrases are written out. "2" is "to" only after a word "to" follows ("a plan 2 end it"),
# so "took 2 pills" keeps its number.
_TEXT_SPEAK = {
    "dnt": "dont",
    "cnt": "cant",
    **dict.fromkeys(("tonite", "2nite", "2night", "tnite"), "tonight"),
    **dict.fromkeys(("nothin", "nuthin", "nthn", "nothng"), "nothing"),
    **dict.fromkeys(("no1", "noone"), "no one"),
    **dict.fromkeys(("some1", "sum1"), "someone"),
    **dict.fromkeys(("every1", "evry1"), "everyone"),
    **{"hv": "have", "wud": "would", "2day": "today", "nemore": "anymore"},
    # Found by the crisis hunt ("i wanna b dead", "y am i alive", "wats the point", "i cant
    # do dis anymore", "i want to be wiv my baby"), and common misspellings.
    **{"b": "be", "ded": "dead", "dis": "this", "y": "why", "wiv": "with", "n": "and"},
    **dict.fromkeys(("wan", "wnt"), "want"),
    **dict.fromkeys(("wat", "wot"), "what"),
    **dict.fromkeys(("wats", "wots"), "whats"),
    **dict.fromkeys(("disapear", "dissapear", "dissappear", "disappeer"), "disappear"),
    **dict.fromkeys(("exisiting", "exsisting", "existin"), "existing"),
    **dict.fromkeys(("exsist", "exisit"), "exist"),
    "dieing": "dying",
    # Found by the crisis hunt, round eight ("i wish i cud stop living", "i wish i wuz dead").
    **dict.fromkeys(("cud", "culd", "coud", "cld", "cood"), "could"),
    **dict.fromkeys(("neva", "nvr", "nevr"), "never"),
    **dict.fromkeys(("wuz", "waz"), "was"),
    **dict.fromkeys(("4ever", "4eva", "forva"), "forever"),
    **{"wsh": "wish", "somone": "someone", "evn": "even"},
}
_SPOKEN = re.compile(
    r"\b(?P<before>want|wan|wnt|wanna|going|plan|plans|planning|need|have|wish|ready|deserve|trying"
    r"|try|about|decided) 2(?= [^\W\d_])|\b\w+\b"
)


def _spelt_out(unmarked: str) -> str:
    def spelt(word: re.Match[str]) -> str:
        if word["before"]:
            return f"{_TEXT_SPEAK.get(word['before'], word['before'])} to"
        return _TEXT_SPEAK.get(word[0], word[0])

    return _SPOKEN.sub(spelt, unmarked)


# A letter held down in distress ("i want to dieeee", "pleaseee"): three or more of one
# letter are read as one, and as two ("killll" is "kill"). Never "d" as one: "am i oddd"
# is "odd", not the "od" of an overdose.
_HELD = re.compile(r"([^\W\d_])\1{2,}")
_HELD_NOT_D = re.compile(r"(?!d)([^\W\d_])\1{2,}")
# A held "d" is one but after a word's first "o": "i wanna be deaddd" and "i feel trappeddd"
# brought no help box.
_HELD_D = re.compile(r"(?<!\bo)ddd+")
# Words typed with no spaces between them ("killmyself", "iwanttodie", "wantto die").
_RUN_TOGETHER = re.compile(
    r"(?:i|im)?(?:(?:want|wanna|wana|going)(?:to)?)?"
    r"(?:(?:kill|kil|hurt|cut)(?:ing)?myself|endmy(?:own)?life)"
    r"|(?:i|im)?(?:want|wanna|wana|going)(?:to)?(?:die+|bedead|endit(?:all)?)"
)


def _held_letters_let_go(normal: str) -> tuple[str, ...]:
    if _HELD.search(normal) is None:
        return (normal,)
    let_go = _HELD_NOT_D.sub(r"\1", normal)
    return normal, let_go, _HELD.sub(r"\1\1", normal), _HELD_D.sub("d", let_go)


# The words of those phrases as written apart: words typed apart were read as written
# ("cut myself some slack"), so a run counts only with a word run together in it.
_APART = frozenset(
    "i im want wanna wana going to kill kil hurt cut cutting myself end my own life die"  # noqa: SIM905
    " be dead it all".split()
)


def _run_together(words: list[str]) -> bool:
    """Whether one word, or two or three in a row, written as one, are crisis words."""
    spans = (words[at : at + size] for size in (1, 2, 3) for at in range(len(words)))
    return any(
        _RUN_TOGETHER.fullmatch("".join(span))
        for span in spans
        if any(word not in _APART for word in span)
    )


def about_someone_else(text: str) -> bool:
    """True when what was typed is about someone else, not the reader ("she wants to die")."""
    normal = as_them(normalise(text))  # "the person i support" is someone else
    if _THEIR_DANGER.search(normal):
        return True
    # The one who died, named in grief ("whats the point without her"), is not in danger.
    normal = LOSS.sub(" ", normal)
    return (
        _SOMEONE_ELSE.search(normal) is not None and _OWN.search(_ASKING.sub(" ", normal)) is None
    )


def crisis_articles(library: Library) -> list[Article]:
    """What a crisis search lists first: a pack's own crisis articles (pack.toml's
    crisis_articles), the crisis article, then the one on suicidal thoughts, then (for a
    search about someone else only) the one on supporting someone.

    Any is left out if a clinic has hidden it or it failed to load.
    """
    ids = dict.fromkeys(
        (
            *library.crisis_article_ids,
            CRISIS_ARTICLE_ID,
            SUICIDAL_THOUGHTS_ID,
            SUPPORTING_SOMEONE_ID,
        )
    )
    found = (library.get(article_id) for article_id in ids)
    return [article for article in found if article is not None]
