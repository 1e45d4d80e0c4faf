"""Names written as one word of two ('statswales', 'govwales', 'tiff2pdf'), and their halves.

A name's word is taken for a compound when it is not itself a word of the dictionaries or the
glossary, and it splits into two words the index holds on their own, in at least PART_SEEN
index entries each: 'statswales' is 'stats' + 'wales', so a question asking for statistics
('ystadegau', translated to 'stats') finds StatsWales. The vocabulary decides, not a word list,
so a catalogue's own names teach it ('nhswales', 'techiaith' = 'tech' + 'iaith'). Two words
joined by a number are split whatever the vocabulary says ('tiff2pdf', 'word2vec').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

MIN_LENGTH = 7  # letters in a compound: shorter words split into noise ('often' = 'oft' + 'en')
MIN_PART = 3  # letters in each half
PART_SEEN = 3  # index entries (field x component) each half needs on its own
_JOINED = re.compile(rf"([a-z]{{{MIN_PART},}})[0-9]+([a-z]{{{MIN_PART},}})")


def compound_parts(
    names: Iterable[str], vocab: Mapping[str, int], known: Callable[[str], bool]
) -> dict[str, tuple[str, ...]]:
    """Half -> the compound name words it is half of ('stats' -> ('statswales',))."""
    parts: dict[str, list[str]] = {}
    for term in names:
        if joined := _JOINED.fullmatch(term):
            # Words joined by a number are two words ('tiff2pdf' = 'tiff' to 'pdf').
            for half in joined.group(1, 2):
                parts.setdefault(half, []).append(term)
            continue
        if len(term) < MIN_LENGTH or not term.isalpha() or known(term):
            continue
        for cut in range(MIN_PART, len(term) - MIN_PART + 1):
            head, tail = term[:cut], term[cut:]
            if vocab.get(head, 0) >= PART_SEEN and vocab.get(tail, 0) >= PART_SEEN:
                parts.setdefault(head, []).append(term)
                parts.setdefault(tail, []).append(term)
    return {half: tuple(dict.fromkeys(terms)) for half, terms in parts.items()}
