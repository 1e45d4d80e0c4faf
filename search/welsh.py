"""Welsh initial mutations: the forms a word takes after soft, nasal and aspirate mutation."""

from __future__ import annotations

from collections.abc import Container, Mapping
from functools import lru_cache
from typing import TypeVar

# Radical initial -> (soft, nasal, aspirate) form; None where that mutation leaves it unchanged.
# Digraphs come first so 'll' is not read as 'l'. Soft mutation of 'g' drops it ('' below).
_MUTATIONS: tuple[tuple[str, str | None, str | None, str | None], ...] = (
    ("ll", "l", None, None),
    ("rh", "r", None, None),
    ("p", "b", "mh", "ph"),
    ("t", "d", "nh", "th"),
    ("c", "g", "ngh", "ch"),
    ("b", "f", "m", None),
    ("d", "dd", "n", None),
    ("g", "", "ng", None),
    ("m", "f", None, None),
)

# Mutated initial -> the radical initials it can come from, longest first so 'ngh' wins over 'ng'.
_UNMUTATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ngh", ("c",)),
    ("ng", ("g",)),
    ("mh", ("p",)),
    ("nh", ("t",)),
    ("ph", ("p",)),
    ("th", ("t",)),
    ("ch", ("c",)),
    ("dd", ("d",)),
    ("b", ("p",)),
    ("d", ("t",)),
    ("g", ("c",)),
    ("f", ("b", "m")),
    ("l", ("ll",)),
    ("r", ("rh",)),
    ("m", ("b",)),
    ("n", ("d",)),
)

_VOWELS = frozenset("aeiouwy")
# Letters of their own that never mutate, though they start with a letter that does.
_STABLE = ("ch", "th", "ph", "dd", "ff", "ng", "mh", "nh")
# Initials that only ever arise from mutation, so such a word is never its own radical.
_MUTATED_ONLY = ("ngh", "mh", "nh", "ng", "dd", "ph")
MIN_LENGTH = 3


def mutations(radical: str) -> set[str]:
    """The soft, nasal and aspirate forms of a (lower-case) radical word, without the word itself."""
    forms: set[str] = set()
    for initial, soft, nasal, aspirate in () if radical.startswith(_STABLE) else _MUTATIONS:
        if radical.startswith(initial):
            rest = radical[len(initial) :]
            for mutated in (soft, nasal, aspirate):
                if mutated is not None and (mutated or rest[:1] not in ("", "'")):
                    forms.add(mutated + rest)
            break
    if radical[:1] in _VOWELS:
        # h-prothesis after 'ei' (her), 'ein', 'eu': 'enw' -> 'henw'.
        forms.add("h" + radical)
    forms.discard(radical)
    return {form for form in forms if len(form) >= 2}


def radicals(word: str) -> set[str]:
    """Every radical the (lower-case) word could be a mutation of, including itself when plausible."""
    found: set[str] = set()
    if not word.startswith(_MUTATED_ONLY):
        found.add(word)
    for mutated, origins in () if word.startswith(("ll", "rh")) else _UNMUTATIONS:
        if word.startswith(mutated):
            rest = word[len(mutated) :]
            found.update(origin + rest for origin in origins)
            break
    if word[:1] in _VOWELS or (word[:1] in ("l", "r") and not word.startswith(("ll", "rh"))):
        # Soft mutation drops an initial 'g': 'wasanaeth' <- 'gwasanaeth', 'lan' <- 'glan'.
        found.add("g" + word)
    if word.startswith("h") and word[1:2] in _VOWELS:
        found.add(word[1:])
    return found


V = TypeVar("V")


def among(word: str, words: Container[str]) -> bool:
    """Whether the word, or a radical it could be a mutated form of, is one of the words:
    'wasanaeth' is among {'gwasanaeth'}."""
    return word in words or any(radical in words for radical in radicals(word))


def look_up(word: str, table: Mapping[str, V]) -> V | None:
    """The table's value for the word, else for the first of its radicals (in order) it holds:
    a mutated form ('gerbydau') finds what its radical ('cerbydau') has."""
    found = table.get(word)
    if found is not None:
        return found
    for radical in sorted(radicals(word)):
        found = table.get(radical)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=4096)
def family(word: str) -> frozenset[str]:
    """The word with every form it could take or come from under mutation; itself alone if short."""
    if len(word) < MIN_LENGTH or not word.isalpha():
        return frozenset((word,))
    forms = {word}
    for radical in radicals(word):
        forms.add(radical)
        forms.update(mutations(radical))
    return frozenset(form for form in forms if len(form) >= MIN_LENGTH - 1)


def is_mutated(word: str) -> bool:
    """Whether the word starts with an initial that exists only through mutation."""
    return word.startswith(_MUTATED_ONLY)
