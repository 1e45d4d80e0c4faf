"""What components' technical terms mean (search/definitions.py), as a field held in memory.

Each document stores only the keys of the definitions it carries (the docs table's `definitions`
column). A few hundred definitions cover the whole catalogue, so their words are indexed here once,
per definition, and a word's documents are the union of its definitions' documents: at 100,000
components that is a few hundred thousand positions, against an FTS5 table that would hold every
definition's words once per component that carries it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import numpy as np

from search.definitions import Definitions
from search.querytext import words

_EMPTY = np.zeros(0, dtype=np.int32)
# In a large catalogue, a word the definitions of more than COMMON_SHARE of the documents use
# ('software', 'data'), and at least COMMON_MIN_DOCS, tells little there, and matching it would
# touch much of the index on every question that has it: it is not looked up in them. (Measured on
# the bundled 445, where no word reaches the floor, a share of 0.1 lowered the study sets by up to
# 0.02; at 100,000 components it keeps queries near their speed without definitions.)
COMMON_SHARE, COMMON_MIN_DOCS = 0.1, 1_000


class GlossIndex:
    """Definitions' words -> documents, and each document's definitions' length in characters."""

    def __init__(self, column: Sequence[str], definitions: Definitions) -> None:
        size = len(column)
        holders: dict[str, list[int]] = {}
        for position, keys in enumerate(column):
            for key in keys.split("\n") if keys else ():
                if key in definitions.by_key:
                    holders.setdefault(key, []).append(position)
        self.keys = list(holders)
        self.docs = [np.array(holders[key], dtype=np.int32) for key in self.keys]
        self.texts = [
            [words(definitions.by_key[key].en), words(definitions.by_key[key].cy)]
            for key in self.keys
        ]
        self.lengths = np.zeros(size, dtype=np.float32)
        # word -> the definitions (by number here) that use it
        self.by_word: dict[str, list[int]] = {}
        for number, key in enumerate(self.keys):
            entry = definitions.by_key[key]
            self.lengths[self.docs[number]] += len(entry.en) + len(entry.cy)
            for word in {w for text in self.texts[number] for w in text}:
                self.by_word.setdefault(word, []).append(number)
        # word -> how many documents hold it (an upper bound where two definitions share it)
        self.vocab = {
            word: int(sum(self.docs[n].size for n in numbers))
            for word, numbers in self.by_word.items()
        }
        self.size = size
        floor = max(COMMON_MIN_DOCS, COMMON_SHARE * size)
        self.common = {word for word, count in self.vocab.items() if count > floor}
        # first two words -> the definitions holding them in that order (phrases start there)
        self.by_pair: dict[tuple[str, str], list[int]] = {}
        for number, texts in enumerate(self.texts):
            for pair in {pair for text in texts for pair in pairwise(text)}:
                self.by_pair.setdefault(pair, []).append(number)

    def postings(self, words_: tuple[str, ...], phrase: bool = False) -> np.ndarray:
        """Positions of documents carrying a definition that holds any of the words (or, as a
        phrase, all of them in order)."""
        if phrase:
            candidates = self.by_pair.get(tuple(words_[:2]), ()) if len(words_) > 1 else ()
            numbers = [n for n in candidates if len(words_) == 2 or self._holds(n, words_)]
        else:
            found = {n for w in words_ if w not in self.common for n in self.by_word.get(w, ())}
            numbers = sorted(found)
        if not numbers:
            return _EMPTY
        if len(numbers) == 1:
            return self.docs[numbers[0]]
        lists = [self.docs[number] for number in numbers]
        if sum(found.size for found in lists) * 8 < self.size:  # few: sort them together
            return np.unique(np.concatenate(lists))
        mask = np.zeros(self.size, dtype=bool)
        for found in lists:
            mask[found] = True
        return np.flatnonzero(mask).astype(np.int32)

    def _holds(self, number: int, phrase: tuple[str, ...]) -> bool:
        span = len(phrase)
        return any(
            tuple(text[i : i + span]) == phrase
            for text in self.texts[number]
            for i in range(len(text) - span + 1)
        )
