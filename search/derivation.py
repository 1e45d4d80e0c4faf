"""Welsh nouns and adjectives made from verbs the dictionaries know.

The Welsh-English dictionaries list headwords and their inflections, not every word Welsh builds
from them: 'tagiwr' (tagger) from 'tagio' (tag), 'recordiadau' (recordings) from 'recordio'
(record), 'ymlusgwr' (crawler) from 'ymlusgo' (crawl), 'aseswr' (assessor) from 'asesu'. A word
the dictionaries lack is read through the verb it is built from, when it ends in a suffix that
makes a noun or an adjective of a verb (-wr, -wyr, -wraig, -iad, -iadau, -edig, -adwy, …) and the
stem with a verb-noun ending (-io, -u, -o, -i, -a, or none) is a headword.

Only endings with one plain meaning are listed, and the stem must be a headword, so the rules
cannot invent words: 'briffiau' (briefs) is not read as 'brifo' (hurt), as -iau makes plurals,
not nouns of verbs. Prefixes (is-, traws-, hunan- …) are not read: the word without its prefix
says another thing ('isdeitlau', subtitles, is no 'teitlau', titles), and the joined English
word ('subtitles') is seldom a headword.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from search import welsh

V = TypeVar("V")

# Endings that make a noun or an adjective of a verb, longest first.
ENDINGS = ("wragedd", "wraig", "iadau", "iadol", "iedig", "edig", "adwy", "iad", "wyr", "wr")
# Verb-noun endings a stem takes in the dictionaries ('tag' + 'io'), the bare stem last.
VERB_NOUN_ENDINGS = ("io", "u", "o", "i", "a", "")
MIN_STEM = 3


def derived(word: str, senses: Mapping[str, V]) -> tuple[str, V] | None:
    """(the verb a folded Welsh word is built from, its entry in `senses`), or None; the word as
    written first, then its radicals (a mutated word: 'dagiwr' -> 'tagiwr' -> 'tagio')."""
    for form in (word, *sorted(welsh.radicals(word))):
        for ending in ENDINGS:
            stem = form[: -len(ending)]
            if form.endswith(ending) and len(stem) >= MIN_STEM:
                for verb_noun in VERB_NOUN_ENDINGS:
                    headword = stem + verb_noun
                    if headword != form and headword in senses:
                        return headword, senses[headword]
    return None
