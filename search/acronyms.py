"""Acronyms spelt out in a question: 'National Hip Fracture Database' asks for 'NHFD' too.

Public bodies name their work by acronyms ('GoogleColab_NHFD_WebScraper', 'oepp-core', 'LTT
scenarios'); people ask in full words. Neighbouring words of a question whose initials form a word
the index holds stand for it as well, at ACRONYM_WEIGHT, as a glossary term stands for its words.
"""

from __future__ import annotations

from collections.abc import Callable

from search.lexicon import Translating
from search.querytext import ParsedQuery, Synonym

# Small words that may sit inside a long form, with or without their initial: 'text to speech'
# (TTS), 'Office for National Statistics' (ONS), 'ways of working' (WoW).
CONNECTORS = frozenset({"of", "and", "for", "to"})
# Two to six words, at least two of them content words, give an acronym of three letters or more.
MAX_WORDS = 6
MIN_LETTERS = 3
ACRONYM_WEIGHT = 0.5
# The long form is the question, but for one word at most: 'land transaction tax scenarios' (LTT),
# 'openEHR clinical data repository' (CDR). In a need told in many words, initials of some of them
# spell acronyms by chance ('help staff get their code' -> 'sgt').
MAX_OUTSIDE = 1


def acronym_candidates(parsed: ParsedQuery, language: Translating) -> list[tuple[int, int, str]]:
    """(start, stop, initials) for the runs of typed words whose initials could be an acronym: no
    word of either language (the glossary's or the dictionaries'). Runs with a Welsh word are
    skipped, as Welsh long forms rarely give the acronyms used ('Gwasanaeth Iechyd Gwladol' is the
    NHS). Whether the index holds the initials is the engine's to ask."""
    groups = parsed.groups
    found: list[tuple[int, int, str]] = []
    everything = len([g for g in groups if not g.stop])
    for start, first in enumerate(groups):
        if first.phrase or first.stop:
            continue
        for stop in range(start + 2, min(start + MAX_WORDS, len(groups)) + 1):
            run = groups[start:stop]
            if any(g.phrase or (g.stop and g.words[0] not in CONNECTORS) for g in run):
                break
            if run[-1].stop:
                continue
            typed = [g.words[0] for g in run]
            content = [g.words[0] for g in run if not g.stop]
            if len(content) < 2 or any(_welsh(word, language) for word in content):
                continue
            if everything - len(content) > MAX_OUTSIDE:
                continue  # a need told in many words is no long form of an acronym
            for initials in dict.fromkeys(
                ["".join(w[0] for w in content), "".join(w[0] for w in typed)]
            ):
                if len(initials) < MIN_LETTERS or initials in typed:
                    continue
                if not (language.known(initials) or language.lexicon.spelt_right(initials)):
                    found.append((start, stop, initials))
    return found


def acronym_synonyms(
    parsed: ParsedQuery, language: Translating, held: Callable[[str], bool]
) -> list[Synonym]:
    """Synonyms at ACRONYM_WEIGHT for the candidates the index holds (`held`)."""
    return [
        Synonym(start, stop, (initials,), ACRONYM_WEIGHT)
        for start, stop, initials in acronym_candidates(parsed, language)
        if held(initials)
    ]


def _welsh(word: str, language: Translating) -> bool:
    """Whether the word is Welsh: the dictionaries translate it, or the glossary knows it as
    Welsh and not English."""
    if language.lexicon.english(word):
        return True
    languages = language.glossary.language_of(word)
    return "cy" in languages and "en" not in languages
