"""A body's brand spelt out in a question: 'Improvement Cymru' names 'impcymru'.

A body's account name or web brand is often its words' beginnings joined ('impcymru',
'companieshouse'), and its names run together are brands too ('cyfoethnaturiolcymru';
search/aliases.py: joined). A question that spells one out from two to four neighbouring words,
the first in any mutated form ('gan Gyfoeth Naturiol Cymru'), names that body, in either
engine: the embedded engine ranks the brand's holders as if the brand were typed; Meilisearch is
asked for the brand beside the words.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence

from search import welsh
from search.querytext import ParsedQuery

# Two to four words, each whole or at least BRAND_PREFIX letters of it.
BRAND_WORDS, BRAND_MAX_WORDS = 2, 4
BRAND_PREFIX = 3


def spells(brand: str, words: Sequence[str]) -> bool:
    """Whether the brand is the words' beginnings joined, each a whole word or BRAND_PREFIX
    letters or more of one, every word used: 'impcymru' from 'improvement', 'cymru'."""
    if not words:
        return not brand
    word = words[0]
    for cut in range(min(len(word), len(brand)), 0, -1):
        if cut < BRAND_PREFIX and cut < len(word):
            break
        if brand.startswith(word[:cut]) and spells(brand[cut:], words[1:]):
            return True
    return False


def starting_with(terms: Sequence[str]) -> Callable[[str], Sequence[str]]:
    """For spelt_brands: the words of a sorted list that begin with a prefix."""

    def starting(head: str) -> Sequence[str]:
        low = bisect.bisect_left(terms, head)
        return terms[low : bisect.bisect_left(terms, head + "\U0010ffff", low)]

    return starting


def typed_words(parsed: ParsedQuery, content: Iterable[int]) -> list[tuple[int, str]]:
    """(position, word) of the question's content words typed as plain words, not phrases."""
    groups = parsed.groups
    return [(i, groups[i].words[0]) for i in content if not groups[i].phrase]


def spelt_brands(
    typed: Sequence[tuple[int, str]], starting: Callable[[str], Iterable[str]]
) -> list[tuple[list[int], str]]:
    """(positions, brand) for every run of neighbouring typed words that spells out a brand;
    `starting(prefix)` gives the brands that begin with a word's first BRAND_PREFIX letters."""
    found = []
    for start, (_, typed_first) in enumerate(typed):
        # A body's name mutates after 'gan', 'o', 'i' ('gan Gyfoeth Naturiol Cymru'): its first
        # word may be typed in any mutated form.
        for first in dict.fromkeys((typed_first, *welsh.radicals(typed_first))):
            for brand in starting(first[:BRAND_PREFIX]):
                last = min(start + BRAND_MAX_WORDS, len(typed))
                for stop in range(start + BRAND_WORDS, last + 1):
                    run = typed[start:stop]
                    if run[-1][0] - run[0][0] != len(run) - 1:
                        break  # not neighbours: a stop word or a phrase between
                    words = [first, *(w for _, w in run[1:])]
                    if brand not in words and spells(brand, words):
                        found.append(([i for i, _ in run], brand))
    return found
