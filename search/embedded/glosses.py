"""What components' technical terms mean (search/definitions.py), as a field held in memory.

Each document stores only the keys of the definitions it carries (the docs table's `definitions`
column). A few hundred definitions cover the whole catalogue, so their words are indexed here once,
per definition, and a word's documents are the union of its definitions' documents: at 100,000
components that is a few hundred thousand positions, against an FTS5 table that would hold every
definition's words once per component that carries it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import pairwise

import numpy as np

from search.definitions import Definition, Definitions
from search.querytext import words

_EMPTY = np.zeros(0, dtype=np.int32)
# What of each definition is indexed: its text (English, Welsh), its needs, or its terms.
TEXT, NEEDS, TERMS = "text", "needs", "terms"
# In a large catalogue, a word the definitions of more than COMMON_SHARE of the documents use
# ('software', 'data'), and at least COMMON_MIN_DOCS, tells little there, and matching it would
# touch much of the index on every question that has it: it is not looked up in them. (Measured on
# the bundled 445, where no word reaches the floor, a share of 0.1 lowered the study sets by up to
# 0.02; at 100,000 components it keeps queries near their speed without definitions.)
COMMON_SHARE, COMMON_MIN_DOCS = 0.1, 1_000


class DefinitionWords:
    """The words of every definition (or of its needs), indexed once per process (they do not
    change with the catalogue): a snapshot's GlossIndex only adds which documents carry each
    definition. Built per snapshot, these Python dicts took about 4 MB at 445 components, held
    twice while a new index generation replaced the old, and a web worker's memory grew by that
    much on its first reload."""

    def __init__(self, definitions: Definitions, part: str = TEXT) -> None:
        self.keys = [entry.key for entry in definitions.entries]
        self.number_of = {key: number for number, key in enumerate(self.keys)}
        said = [_part(entry, part) for entry in definitions.entries]
        self.texts = [[words(text) for text in texts] for texts in said]
        self.lengths = [sum(len(text) for text in texts) for texts in said]
        # word -> the definitions (by number) that use it
        self.by_word: dict[str, list[int]] = {}
        # first two words -> the definitions holding them in that order (phrases start there)
        self.by_pair: dict[tuple[str, str], list[int]] = {}
        for number, texts in enumerate(self.texts):
            for word in {w for text in texts for w in text}:
                self.by_word.setdefault(word, []).append(number)
            for pair in {pair for text in texts for pair in pairwise(text)}:
                self.by_pair.setdefault(pair, []).append(number)


def _part(entry: Definition, part: str) -> tuple[str, ...]:
    if part == NEEDS:
        return entry.needs
    return entry.kind_terms if part == TERMS else (entry.en, entry.cy)


@cache
def definition_words(definitions: Definitions, part: str = TEXT) -> DefinitionWords:
    """The words of the definitions' text (or of their needs or terms), indexed once per process
    for each (cached) set of definitions."""
    return DefinitionWords(definitions, part)


class GlossIndex:
    """Definitions' words -> documents, and each document's definitions' length in characters.

    The needs (how people put the need each definition meets: search/definitions.py) and the terms
    naming each definition's kind are indexed the same way, apart (twin): which documents carry
    each definition is shared."""

    def __init__(self, column: Sequence[str], definitions: Definitions) -> None:
        """`column`: each document's definitions' keys, one per line."""
        self.definitions = definitions
        words_ = definition_words(definitions)
        numbers = words_.number_of
        holders: dict[int, list[int]] = {}
        for position, keys in enumerate(column):
            for key in keys.split("\n") if keys else ():
                if key in numbers:
                    holders.setdefault(numbers[key], []).append(position)
        # the documents carrying each definition, by its number (none: not in this catalogue)
        carried = [
            np.array(holders[n], dtype=np.int32) if n in holders else _EMPTY
            for n in range(len(words_.keys))
        ]
        self._index(words_, carried, len(column))

    def twin(self, part: str) -> GlossIndex:
        """The same documents' definitions' needs or terms (NEEDS, TERMS), indexed as this indexes
        their text (which documents carry each definition is shared, not worked out again)."""
        twin = object.__new__(GlossIndex)
        twin.definitions = self.definitions
        twin._index(definition_words(self.definitions, part), self.docs, self.size)
        return twin

    def _index(self, words_: DefinitionWords, carried: list[np.ndarray], size: int) -> None:
        self.words = words_
        self.docs = carried
        self.lengths = np.zeros(size, dtype=np.float32)
        for number, found in enumerate(carried):
            if found.size:
                self.lengths[found] += words_.lengths[number]
        # word -> how many documents hold it (an upper bound where two definitions share it)
        self.vocab: dict[str, int] = {}
        for word, held_by in self.words.by_word.items():
            count = sum(self.docs[n].size for n in held_by)
            if count:
                self.vocab[word] = count
        self.size = size
        floor = max(COMMON_MIN_DOCS, COMMON_SHARE * size)
        self.common = {word for word, count in self.vocab.items() if count > floor}

    def postings(
        self, words_: tuple[str, ...], phrase: bool = False, allowed: set[int] | None = None
    ) -> np.ndarray:
        """Positions of documents carrying a definition that holds any of the words (or, as a
        phrase, all of them in order); with `allowed`, only those definitions (by number)."""
        if phrase:
            candidates = self.words.by_pair.get(tuple(words_[:2]), ()) if len(words_) > 1 else ()
            numbers = [
                n
                for n in candidates
                if self.docs[n].size and (len(words_) == 2 or self._holds(n, words_))
            ]
        else:
            found = {
                n for w in words_ if w not in self.common for n in self.words.by_word.get(w, ())
            }
            numbers = sorted(n for n in found if self.docs[n].size)
        if allowed is not None:
            numbers = [n for n in numbers if n in allowed]
        if not numbers:
            return _EMPTY
        if len(numbers) == 1:
            return self.docs[numbers[0]]
        lists = [self.docs[number] for number in numbers]
        if sum(found.size for found in lists) * 8 < self.size:  # few: sort them together
            return _merged(lists)
        mask = np.zeros(self.size, dtype=bool)
        for found in lists:
            mask[found] = True
        return np.flatnonzero(mask).astype(np.int32)

    def _holds(self, number: int, phrase: tuple[str, ...]) -> bool:
        span = len(phrase)
        return any(
            tuple(text[i : i + span]) == phrase
            for text in self.words.texts[number]
            for i in range(len(text) - span + 1)
        )


def _merged(lists: list[np.ndarray]) -> np.ndarray:
    """The sorted positions in any of the lists, once each (np.unique hashes, and took about five
    times as long on these sizes)."""
    joined = np.sort(np.concatenate(lists))
    keep = np.empty(joined.size, dtype=bool)
    keep[:1] = True
    np.not_equal(joined[1:], joined[:-1], out=keep[1:])
    return joined[keep]
