"""Common English words, so that an English word is not read as a mutated or derived Welsh one.

Soft mutation makes 'gwell' (better) 'well', 'llog' (interest) 'log' and 'tad' (father) 'dad';
the Welsh dictionaries' English side (search/lexicon.py) holds about 7,700 headwords and lacks
such everyday words, so 'api gateway log retention' was read as Welsh 'llog'. A word in this
list that is no Welsh headword itself is read as English (Lexicon.english_word): never
translated as a Welsh form, nor told to people as one. A Welsh headword spelt like an English
word ('gem', 'sir', 'tan') keeps its Welsh reading.

Source: the English word frequencies of pyspellchecker (MIT; counted from OpenSubtitles), words
of letters only seen at least MIN_COUNT times. The list is kept in search/data/english_words.txt;
`make english-words` makes it again:

    python -m search.english_words path/to/spellchecker/resources/en.json.gz > english_words.txt
"""

from __future__ import annotations

import gzip
import json
import sys
from functools import lru_cache
from pathlib import Path

COMMON_ENGLISH = Path(__file__).resolve().parent / "data" / "english_words.txt"
# About 7,500 words: everyday English ('well', 'log', 'dad'); rarer words would take Welsh
# mutated forms' readings from questions that mean them (measured at 500: 28,000 words, one study
# question worse).
MIN_COUNT = 5000


@lru_cache(maxsize=1)
def load_common_english(path: Path = COMMON_ENGLISH) -> frozenset[str]:
    """The common English words (folded), or none when the list is missing."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def common_words(frequencies: dict[str, int], min_count: int = MIN_COUNT) -> list[str]:
    """Words of ASCII letters seen at least min_count times, sorted."""
    return sorted(
        word
        for word, count in frequencies.items()
        if count >= min_count and word.isascii() and word.isalpha()
    )


def main(argv: list[str]) -> None:
    frequencies = json.loads(gzip.decompress(Path(argv[0]).read_bytes()))
    for word in common_words(frequencies):
        print(word)


if __name__ == "__main__":
    main(sys.argv[1:])
