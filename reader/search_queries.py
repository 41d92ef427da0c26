"""How what a person typed becomes FTS5 queries: its words, their synonyms, and fallbacks."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from reader.search_contractions import split_contraction
from reader.search_small_words import small_mask
from reader.search_synonyms import LEADING, SYNONYMS, WHOLE_WORDS, Expansion, expansions

_TERM = re.compile(r"\w+", re.UNICODE)

MOST_TERMS = 10  # words searched for: a pasted paragraph is still one quick query
_MOST_WORDS = 3 * MOST_TERMS  # words read for synonyms, a word said again counted again


def typed_terms(text: str) -> list[str]:
    """The words typed, each once, the first MOST_TERMS of them.

    The same word many times over ("a a a a ...", pasted) made one search take seconds:
    FTS5 matched every repeat of a prefix separately. Ten words say what is wanted.
    """
    return list(dict.fromkeys(_typed_run(text)))


def _typed_run(text: str) -> list[str]:
    """The words typed in order, those said again too, as each was first typed.

    A synonym may use a word said before it: "he hits me when he is drunk" has "he is
    drunk", which left out (each word once) was "is drunk", and "drunk" is the reader's
    own drinking. The queries name each word once.
    """
    first: dict[str, str] = {}
    run: list[str] = []
    for term in (part for word in _words(text) for part in split_contraction(word)):
        key = term.casefold()
        if len(run) == _MOST_WORDS or (key not in first and len(first) == MOST_TERMS):
            break
        run.append(first.setdefault(key, term))
    return run


def _words(text: str) -> Iterator[str]:
    """The words in text, each with its combining marks (which Python's \\w leaves out)."""
    # Split at a mark, "हिन्दी" was three one-letter prefixes that found unrelated articles,
    # and an accent typed as a mark of its own ("nai\u0308ve") found nothing. Inside quotes
    # FTS5 splits a word as it split the articles, so the whole word goes there as a phrase.
    text = unicodedata.normalize("NFC", text)  # "i" + U+0308 is "ï", as most text has it
    start = end = -1
    for match in _TERM.finditer(text):
        if end >= 0 and _only_marks(text[end : match.start()]):
            end = match.end()  # the same word goes on after its marks
            continue
        if end >= 0:
            yield text[start:end]
        start, end = match.span()
    if end >= 0:
        yield text[start:end]


def _only_marks(gap: str) -> bool:
    return all(unicodedata.category(c).startswith("M") for c in gap)


def to_match_query(text: str) -> str:
    """Turn what the person typed into a safe FTS5 query with prefix matching."""
    return " ".join(f'"{term}"*' for term in typed_terms(text))


def _phrase(words: str, prefix: bool) -> str:
    # Only \w+ runs go between the quotes, so nothing typed can be read as FTS syntax.
    quoted = '"' + " ".join(_TERM.findall(words)) + '"'
    return quoted + "*" if prefix else quoted


def _synonym(word: str) -> str:
    return _phrase(word, prefix=word.endswith("*"))


def ranked_queries(text: str) -> list[str]:
    """FTS5 queries for what was typed, best first: its hits rank above the next one's.

    Without a synonym that is to_match_query alone. With one ("cutting", "anxious"), first
    the words as typed, whole; then with the articles' words for them ("self-harm", "worry");
    then as typed, as prefixes ("sh" also starts "shame"). So an article that uses the word
    typed still comes first, and what was found as it was being typed is still found.
    """
    terms = _typed_run(text)
    # Every word must match, and "my dad hits me" found nothing: no article has a word that
    # starts "my". Small words are left out when anything else was typed (those inside a
    # synonym, like the "me" of "hits me", stay): kept, they let articles that happen to say
    # "my" fill the list before the one written for the reader ("my son is self harming"
    # listed twenty others before the page for parents, which speaks to "you").
    mask = small_mask(terms)
    queries = _queries(terms, None if all(mask) else mask)
    return list(
        dict.fromkeys(_lead_query(terms) + queries)
    )  # the first is the plain one when a key is half typed


# Said around a feeling typed ("everything is too much", "it's all too much"): still that feeling.
_AROUND = frozenset(
    "everything all it its s t things feel feels feeling like gets getting get got anymore"  # noqa: SIM905
    " any more now just so literally right m please pls plz asap".split()
)


def _lead_query(terms: list[str]) -> list[str]:
    """For a feeling typed in words nearly every page uses ("too much"): the page on it first."""
    typed = [term.casefold() for term in terms]
    # Small words, or a phrase of them ("i hate myself so much", "all the time").
    mask = small_mask(typed)
    found = expansions(terms)
    for key, lead in LEADING.items():
        for start in range(len(typed) - len(key) + 1):
            if tuple(typed[start : start + len(key)]) != key:
                continue
            if _inside_longer_key(found, key, start):
                continue
            around = [*range(start), *range(start + len(key), len(typed))]
            if all(mask[at] or typed[at] in _AROUND for at in around):
                return [" AND ".join(map(_synonym, lead))]
    return []


def _inside_longer_key(found: list[Expansion], key: tuple[str, ...], start: int) -> bool:
    """Whether a longer synonym key takes in the lead's words and means something else."""
    # "self harming again" is a key for the page on setbacks; the lead for "self harming"
    # (Understanding self-harm) came first, as "again" is a small word. "i hate myself" means
    # what "hate myself" does, and keeps its lead.
    end = start + len(key)
    return any(
        e.start <= start
        and end <= e.end
        and e.end - e.start > len(key)
        and e.words != SYNONYMS.get(key)
        for e in found
    )


def _prefix(word: str) -> str:
    """A typed word as a prefix query, a plural finding its singular too ("skills": "skill")."""
    # Every word is a prefix, so "skill" finds "skills", but "skills" did not find "skill":
    # "breathing exercises", "coping skills" and "distractions" found nothing at all.
    # Six letters at least: a short verb's -s often changes its sense ("urge hits": "hit").
    lower = word.casefold()
    if len(lower) < 6 or not lower.endswith("s") or lower.endswith(("ss", "us", "is")):
        return f'"{word}"*'
    if lower.endswith("ies"):  # "worries": "worry" is not a prefix of it
        return f'("{word}"* OR "{word[:-3]}y"*)'
    return f'"{word[:-1]}"*'


def fallback_queries(text: str) -> list[str]:
    """For when the words typed find few articles: plurals as singulars, then one word fewer.

    Only then, so what the typed words find, and its order, stays as it is; these hits
    follow theirs. A sentence ("my friend saw my scars") must otherwise match every word.
    A synonym counts as one word, found by what the articles say for it too: "my parents
    outed me" looked for "outed", which no page says, and listed the page for parents.
    """
    found = _word_units(_typed_run(text))
    units = [_either(parts) for parts in found]
    if len(units) < 2:
        return units
    # All but one of the words, whichever one: "friend saw", "friend scars" or "saw scars".
    # Pages that keep every synonym come first: a key is a reviewed word for what is wanted,
    # where a plain word may be said in passing ("anxiety at lunch").
    fewer: tuple[list[str], list[str]] = ([], [])
    for skip, parts in enumerate(found):
        fewer[len(parts) > 1].append(" AND ".join(units[:skip] + units[skip + 1 :]))
    either = [" OR ".join(f"({query})" for query in group) for group in fewer if group]
    return [" AND ".join(units), *either]


def any_word_query(text: str) -> str:
    """The last try, when nothing else found anything: pages with any of the words, best first.

    A whole sentence ("my parents kicked me out for being gay") found nothing at all, as no
    page has all its words or all but one; "Nothing matched" told the reader nothing.
    """
    terms = _typed_run(text)
    if len(set(_kept_prefixes(terms, small_mask(terms), 0, len(terms)))) < 3:
        return ""  # one or two words: the fallbacks above have tried each alone already
    # "outed" is no article's word: "lgbtq" is.
    return " OR ".join(dict.fromkeys(part for unit in _word_units(terms) for part in unit))


def _word_units(terms: list[str]) -> list[list[str]]:
    """The words that say what is wanted, each as its queries: a synonym's words as typed
    and what the articles say for them; any other word as a prefix (one letter starts too
    many words to stand for what was wanted: "x y" found everything)."""
    mask = small_mask(terms)
    units: list[list[str]] = []
    start = 0
    for expansion in expansions(terms):
        units += [[word] for word in _kept_prefixes(terms, mask, start, expansion.start)]
        units.append(_alternatives(terms, expansion))
        start = expansion.end
    units += [[word] for word in _kept_prefixes(terms, mask, start, len(terms))]
    return [list(unit) for unit in dict.fromkeys(map(tuple, units))]  # a word said again


def _either(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _kept_prefixes(terms: list[str], mask: list[bool], start: int, end: int) -> list[str]:
    return [_prefix(terms[at]) for at in range(start, end) if not mask[at] and len(terms[at]) > 1]


def _queries(terms: list[str], small_at: list[bool] | None = None) -> list[str]:
    """The queries for these words; those small_at marks are left out (outside a synonym)."""

    def kept(start: int, end: int) -> list[str]:
        return [_as_typed(terms[at]) for at in range(start, end) if not (small_at and small_at[at])]

    plain = " ".join(dict.fromkeys(kept(0, len(terms))))
    found = expansions(terms)
    if not found:
        return [plain] if plain else []
    typed: list[str] = []
    either: list[str] = []
    start = 0
    for expansion in found:
        typed += kept(start, expansion.start)
        either += kept(start, expansion.start)
        group = "(" + " OR ".join(_alternatives(terms, expansion)) + ")"
        typed.append(_typed_words(terms, expansion) if expansion.as_typed else group)
        either.append(group)
        start = expansion.end
    rest = kept(start, len(terms))
    each_once = (" AND ".join(dict.fromkeys(words + rest)) for words in (typed, either))
    return [*each_once] + ([plain] if plain else [])


def _as_typed(term: str) -> str:
    """A typed word as a prefix ("brea": "breathing"), unless it is a whole word only ("uni")."""
    return f'"{term}"' if term.casefold() in WHOLE_WORDS else f'"{term}"*'


def _alternatives(terms: list[str], expansion: Expansion) -> list[str]:
    """The words typed for a synonym and the articles' words for them, or those alone."""
    said = [*map(_synonym, expansion.words)]
    return [*dict.fromkeys([_typed_words(terms, expansion), *said] if expansion.as_typed else said)]


def _typed_words(terms: list[str], expansion: Expansion) -> str:
    return _phrase(" ".join(terms[expansion.start : expansion.end]), prefix=not expansion.whole)
