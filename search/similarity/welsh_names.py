"""Welsh for the short English phrase a cluster's title ends with, where there is no doubt.

A title quotes what members share ('FHIR profiles', 'NHS number'); shown as Welsh it must be
Welsh, in Welsh order: the head noun first, then what qualifies it ('proffiliau FHIR', 'rhif GIG'),
soft-mutated after a feminine singular noun. Words come from the project's glossary
(search/data/glossary.yaml: an acronym's Welsh, 'NHS' -> 'GIG') and the English-Welsh dictionary
search/lexicon.py finds (Eurfa: 'profiles' -> 'proffiliau' <n, p, m>). A word either lacks, a
word with several translations, or a capitalised name ('Rust', 'Jekyll') leaves the phrase
untranslated: the title then shows it as English, marked so, rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from catalogue.welsh import soft_mutation
from search.glossary import Glossary, load_glossary
from search.lexicon import ENGLISH_WELSH, lexicon_dir, read_dictionary


@dataclass(frozen=True)
class WelshWord:
    """A Welsh word for an English one; whether it is a feminine singular noun (None: unknown)."""

    text: str
    feminine_singular: bool | None = None
    acronym: bool = False


# 'profiles /pɹˈəʊfaɪlz/ <n>' then 'proffiliau <n, p, m>'; a headword with a note in brackets
# ('number  (in total)') is one sense of several, so it is not read.
_HEADWORD = re.compile(r"^(?P<word>[a-z][a-z-]*)\s+/[^/]*/\s+<(?P<pos>[^>]*)>\s*$")
_TRANSLATION = re.compile(r"^(?P<welsh>[^\s<(,]+)\s*<(?P<tags>[^>]*)>\s*$")


def parse_english_welsh(text: str) -> dict[str, WelshWord]:
    """English noun or adjective -> its one Welsh translation, from a dictd file's text; words
    translated more than one way are left out."""
    found: dict[str, set[tuple[str, bool]]] = {}
    head = None
    for line in text.splitlines():
        match = _HEADWORD.match(line)
        if match:
            pos = match.group("pos").split(",")[0].strip()
            head = match.group("word") if pos in ("n", "adj") else None
            continue
        if head is not None and (translation := _TRANSLATION.match(line.strip())):
            tags = [t.strip() for t in translation.group("tags").split(",")]
            feminine_singular = tags[:1] == ["n"] and "s" in tags and "f" in tags
            found.setdefault(head, set()).add((translation.group("welsh"), feminine_singular))
        head = None
    return {
        english: WelshWord(*next(iter(options)))
        for english, options in found.items()
        if len(options) == 1
    }


@lru_cache(maxsize=1)
def english_welsh() -> Mapping[str, WelshWord]:
    """The installed English-Welsh dictionary, or nothing (titles then stay in English)."""
    folder = lexicon_dir()
    if folder is None:
        return {}
    try:
        text = read_dictionary(folder, ENGLISH_WELSH)
    except (OSError, UnicodeDecodeError, EOFError):
        return {}
    return parse_english_welsh(text)


def glossary_acronyms(glossary: Glossary) -> dict[str, str]:
    """English acronym -> Welsh acronym where a glossary entry gives both ('nhs' -> 'GIG')."""
    found: dict[str, str] = {}
    for entry in glossary.entries:
        english = [t for t in entry.en if " " not in t]
        welsh = [t for t in entry.cy if " " not in t]
        if english and welsh:
            for term in english:
                found.setdefault(term.lower(), welsh[0].upper())
    return found


class WelshNames:
    """Translates a title's one- or two-word English phrase, or says it cannot (None)."""

    def __init__(
        self,
        words: Mapping[str, WelshWord] | None = None,
        acronyms: Mapping[str, str] | None = None,
    ) -> None:
        self._words = words
        self._acronyms = acronyms

    @property
    def words(self) -> Mapping[str, WelshWord]:
        if self._words is None:
            self._words = english_welsh()
        return self._words

    @property
    def acronyms(self) -> Mapping[str, str]:
        if self._acronyms is None:
            self._acronyms = glossary_acronyms(load_glossary())
        return self._acronyms

    def word(self, english: str) -> WelshWord | None:
        if len(english) > 1 and english.isupper():
            # An acronym the glossary does not know names a standard or product ('FHIR').
            return WelshWord(self.acronyms.get(english.lower(), english), acronym=True)
        if english != english.lower():
            return None  # a capitalised word mid-title is a name ('Rust', 'Jekyll')
        return self.words.get(english)

    def phrase(self, english: str) -> str | None:
        """'FHIR profiles' -> 'proffiliau FHIR'; None where any word is in doubt."""
        parts = english.split()
        if not 1 <= len(parts) <= 2:
            return None
        welsh = [self.word(part) for part in parts]
        if any(w is None for w in welsh) or all(w.acronym for w in welsh):
            return None  # nothing Welsh to say ('API', 'AWS S3')
        if len(welsh) == 1:
            return welsh[0].text
        modifier, head = welsh
        if head.acronym:
            return None  # 'address API': English order is the usual name
        if modifier.acronym:
            return f"{head.text} {modifier.text}"
        if head.feminine_singular is None:
            return None
        qualifier = soft_mutation(modifier.text) if head.feminine_singular else modifier.text
        return f"{head.text} {qualifier}"
