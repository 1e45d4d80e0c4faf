"""Welsh loanwords read as the English words they come from: 'ffonemau' -> 'phonemes'.

Welsh technical words are often English ones in Welsh spelling (*ffonem*, *graffem*, *genomig*,
*parsio*, *sgript*), which no dictionary holds. Both spellings are brought to one key (Welsh
*ff*, English *ph* -> *f*; *c*, *ck* -> *k*; *sg* -> *sk*; *y* -> *i*; doubled letters once;
Welsh plural and verb endings and a final vowel dropped), and a Welsh word that no glossary or
dictionary translates stands for the index's English words of the same key.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from search.lexicon import Translating
from search.querytext import ParsedQuery

# Spellings brought together, in order (Welsh and English alike).
_SPELLINGS = (
    ("ph", "f"),
    ("ff", "f"),
    ("ck", "k"),
    ("qu", "kw"),
    ("sg", "sk"),
    ("sc", "sk"),
    ("ch", "k"),
    ("c", "k"),
    ("x", "ks"),
    ("dd", "th"),
    ("y", "i"),
    ("ee", "i"),
    ("z", "s"),
)
_DOUBLED = re.compile(r"(.)\1+")
# Welsh endings of plurals and verbs ('ffonemau', 'sgriptiau', 'parsio'), then English ones.
_WELSH_ENDINGS = ("iadau", "iau", "au", "ion", "on", "io")
_ENGLISH_ENDINGS = ("es", "s")
_FINAL_VOWELS = re.compile(r"[aeiou]+$")
MIN_LETTERS = 5


def _key(stem: str) -> str:
    for spelt, said in _SPELLINGS:
        stem = stem.replace(spelt, said)
    stem = _DOUBLED.sub(r"\1", stem)
    return _FINAL_VOWELS.sub("", stem)


def welsh_keys(word: str) -> list[str]:
    """The keys a Welsh word could have as a loan: as typed, and without a plural or verb ending
    ('ffonemau' -> 'fonemau', 'fonem')."""
    stems = [word] + [word[: -len(end)] for end in _WELSH_ENDINGS if word.endswith(end)]
    return list(dict.fromkeys(_key(stem) for stem in stems if len(stem) >= 4))


def english_key(word: str) -> str:
    """The key of an English word, without a plural ending ('phonemes' -> 'fonem')."""
    for end in _ENGLISH_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 4:
            word = word[: -len(end)]
            break
    return _key(word)


def loan_table(words: Iterable[str], english: Callable[[str], bool]) -> dict[str, tuple[str, ...]]:
    """Key -> the words with that key that `english` takes for English ones."""
    table: dict[str, list[str]] = {}
    for word in words:
        if len(word) >= MIN_LETTERS and word.isalpha() and english(word):
            table.setdefault(english_key(word), []).append(word)
    return {key: tuple(sorted(found)) for key, found in table.items()}


# Spellings and endings English words seldom have: a word without one is taken for English (or
# a name: 'entra', 'spacy'), whose look-alikes are no translation.
_WELSH_SPELLINGS = ("ff", "dd", "sg")
_WELSH_MARKS = ("au", "io", "ig", "iad")


def looks_welsh(word: str) -> bool:
    """Whether the word is spelt as a Welsh loan is ('ffonemau', 'parsio', 'genomig')."""
    return any(mark in word for mark in _WELSH_SPELLINGS) or word.endswith(_WELSH_MARKS)


def loans(word: str, table: dict[str, tuple[str, ...]]) -> list[str]:
    """The English words the Welsh word may be a loan of (never itself)."""
    if len(word) < MIN_LETTERS or not looks_welsh(word):
        return []
    found = [w for key in welsh_keys(word) for w in table.get(key, ()) if w != word]
    return list(dict.fromkeys(found))


def untranslated(word: str, language: Translating) -> bool:
    """Whether a typed word may be a loan worth reading as English: spelt as Welsh loans are,
    long enough, and neither an English word nor one the glossary or dictionaries translate."""
    if len(word) < MIN_LETTERS or not looks_welsh(word):
        return False
    lexicon = language.lexicon
    if word in lexicon.english_words or language.glossary.contains((word,)):
        return False
    return not lexicon.english(word)


def loan_words(parsed: ParsedQuery, language: Translating) -> list[tuple[int, str]]:
    """(position, word) of the question's typed words that may be loans: untranslated, and not
    inside a glossary term the question holds ('lein' in 'ar-lein' is no word of its own)."""
    glossed = {i for synonym in parsed.synonyms for i in range(synonym.start, synonym.stop)}
    found = []
    for index in parsed.content:
        group = parsed.groups[index]
        word = group.words[0]
        if not group.phrase and index not in glossed and untranslated(word, language):
            found.append((index, word))
    return found


def english_side(language: Translating) -> Callable[[str], bool]:
    """Which index words can be a loan's English: those that are no Welsh word ('ffurflen' is not
    the English of 'ffurflenni')."""
    lexicon = language.lexicon
    return lambda word: word not in lexicon.welsh_words or lexicon.english_word(word)
