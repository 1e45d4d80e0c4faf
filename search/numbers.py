"""Welsh nouns' singulars and plurals as the Welsh-English dictionary pairs them.

Many Welsh plurals change the word's vowels as well as its ending ('pwnc' / 'pynciau', 'holiadur'
/ 'holiaduron', 'botwm' / 'botymau', 'defnyddiwr' / 'defnyddwyr'), which search.plurals' endings
cannot undo. FreeDict's Welsh-English dictionary tags its nouns as singular (<n, s, …>) or plural
(<n, p, …>) and translates each: a plural and a singular are one noun's two numbers when

- the plural's English is the English plural of the singular's ('subjects' / 'subject'), and
- they start with the same letter and the plural's consonants begin with the singular's, bar its
  last ('pnc' in 'pynciau', 'hldr' in 'holiaduron'), as Welsh plurals keep the stem's consonants.

Measured on the dictionary: 2,294 plurals paired, 750 of them beyond the endings' reach; of those
read, a few pair near-synonyms ('punnau' with 'pwys') and none pair unrelated words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from search.plurals import singular
from search.querytext import words
from search.welsh import look_up

_VOWELS = frozenset("aeiouwy")


def _consonants(word: str) -> str:
    return "".join(letter for letter in word if letter not in _VOWELS)


def _english(parts: Sequence[str]) -> set[str]:
    """The one-word English senses among a translation's parts."""
    senses = (words(part) for part in parts)
    return {sense[0] for sense in senses if len(sense) == 1}


def _same_stem(plural: str, single: str) -> bool:
    if plural == single or plural[:1] != single[:1]:
        return False
    stem = _consonants(single)
    return _consonants(plural).startswith(stem[: max(1, len(stem) - 1)])


def numbers(entries: Iterable[tuple[str, str, Sequence[str]]]) -> dict[str, tuple[str, ...]]:
    """Folded Welsh noun -> its other numbers (a plural's singulars, a singular's plurals), from
    (headword, tag, translation parts) entries of the Welsh-English dictionary: the parts are the
    translation's comma-separated senses, notes left out (search/lexicon.py reads them so)."""
    plurals: dict[str, set[str]] = {}
    singulars: dict[str, set[str]] = {}
    for headword, tag, parts in entries:
        folded = words(headword)
        number = tag.replace(" ", "").split(",")[1:2]
        if len(folded) != 1 or not tag.startswith("n") or number not in (["p"], ["s"]):
            continue
        table = plurals if number == ["p"] else singulars
        table.setdefault(folded[0], set()).update(_english(parts))
    welsh_for: dict[str, set[str]] = {}
    for single, senses in singulars.items():
        for sense in senses:
            welsh_for.setdefault(sense, set()).add(single)
    found: dict[str, set[str]] = {}
    for plural, senses in plurals.items():
        for sense in senses:
            english_singular = singular(sense, welsh_for)
            for single in welsh_for.get(english_singular, ()) if english_singular else ():
                if _same_stem(plural, single):
                    found.setdefault(plural, set()).add(single)
                    found.setdefault(single, set()).add(plural)
    return {word: tuple(sorted(others)) for word, others in found.items()}


def other_numbers(word: str, table: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The word's other numbers in the table, or its radical's if it is a mutated form
    ('bynciau' -> the forms of 'pynciau'); () for a word the table does not pair."""
    return look_up(word, table) or ()
