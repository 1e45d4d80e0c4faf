"""The bilingual glossary: sets of interchangeable English and Welsh terms, used as synonyms."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from search import welsh
from search.plurals import ENGLISH_DERIVED, ENGLISH_PLURALS, derivations, singular
from search.querytext import fold, words

GLOSSARY_PATH = Path(__file__).parent / "data" / "glossary.yaml"

Term = tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """One set of interchangeable terms, as written in the glossary."""

    en: tuple[str, ...]
    cy: tuple[str, ...]

    @property
    def terms(self) -> tuple[str, ...]:
        return self.en + self.cy


class Glossary:
    """Synonym look-up over folded word sequences, aware of Welsh mutations."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self._index: dict[Term, set[int]] = {}
        for number, entry in enumerate(entries):
            for term in entry.terms:
                key = tuple(words(term))
                if key:
                    self._index.setdefault(key, set()).add(number)
        self.longest = max((len(key) for key in self._index), default=1)
        # One-word terms as written, by language (language_of asks for every word of a question).
        self._languages: dict[str, set[str]] = {}
        for entry in entries:
            for language, terms in (("en", entry.en), ("cy", entry.cy)):
                for term in terms:
                    key = tuple(words(term))
                    if len(key) == 1:
                        self._languages.setdefault(key[0], set()).add(language)
        self._english = {w for w, languages in self._languages.items() if "en" in languages}

    def __len__(self) -> int:
        return len(self.entries)

    def synonyms(self, term: Term) -> list[Term]:
        """Every other term sharing an entry with this folded word sequence, in glossary order."""
        found: list[Term] = []
        for number in sorted(self._lookup(term)):
            for other in self.entries[number].terms:
                key = tuple(words(other))
                if key and key != term and key not in found:
                    found.append(key)
        return found

    def _lookup(self, term: Term) -> set[int]:
        numbers = set(self._index.get(term, ()))
        if not numbers and term:
            # A mutated first word ('gyngor', 'nghyngor') still finds 'cyngor'.
            for radical in welsh.radicals(term[0]):
                numbers |= self._index.get((radical, *term[1:]), set())
        if not numbers and len(term) == 1 and term[0].endswith("s") and len(term[0]) > 3:
            # An English plural ('clouds', 'libraries', 'searches') finds its English singular's
            # entry; 'plants' and 'offers' are no plurals of the Welsh 'plant' (children) and
            # 'offer' (tools).
            one = singular(term[0], self._english, ENGLISH_PLURALS)
            if one is not None:
                numbers = set(self._index.get((one,), ()))
        return numbers

    def derived_forms(self, word: str) -> list[str]:
        """For an English word the glossary lacks, its one-word English terms of the same stem
        ('crawl' -> 'crawling'; 'translate' -> 'translation'), one for each entry they are in
        ('crawler' and 'crawlers' are in the entry 'crawling' is), or []."""
        if self._lookup((word,)):
            return []
        found: list[str] = []
        reached: set[int] = set()
        for form in derivations(word, self._english, ENGLISH_DERIVED):
            entries = self._lookup((form,))
            if not entries <= reached:
                found.append(form)
                reached |= entries
        return found

    def derived(self, word: str) -> list[Term]:
        """derived_forms() and their synonyms: the entries the word reaches through its stem."""
        found: list[Term] = []
        for form in self.derived_forms(word):
            for term in [(form,), *self.synonyms((form,))]:
                if term != (word,) and term not in found:
                    found.append(term)
        return found

    def mutated_only(self, term: Term) -> bool:
        """Whether the folded word sequence is a glossary term only as a mutated form of one
        ('gyngor', and 'we' as a soft-mutated 'gwe'), not as written."""
        return bool(term) and term not in self._index and bool(self._lookup(term))

    def english(self, term: Term) -> list[str]:
        """The English of the entries where this folded word sequence is a Welsh term (mutated or
        not), as written; [] for a term that is English too ('bin', 'data')."""
        found: list[str] = []
        for number in sorted(self._lookup(term)):
            entry = self.entries[number]
            english = {tuple(words(en)) for en in entry.en}
            if term in english:
                return []
            welsh_terms = {tuple(words(cy)) for cy in entry.cy}
            radicals = {(radical, *term[1:]) for radical in welsh.radicals(term[0])}
            if welsh_terms & ({term} | radicals):
                found += [en for en in entry.en if en not in found]
        return found

    def language_of(self, word: str) -> set[str]:
        """'en', 'cy' or both: the languages in which the folded word is itself a glossary term,
        as written (no mutation, no plural)."""
        return set(self._languages.get(word, ()))

    def english_only(self, word: str) -> bool:
        """Whether the folded word is an English glossary term and no Welsh one (without the
        dictionaries, which search.lexicon.Translating adds)."""
        return self.language_of(word) == {"en"}

    def english_word(self, word: str) -> bool:
        """Whether the folded word, as written, is an English glossary term and no Welsh one
        (without the dictionaries, which search.lexicon.Translating adds)."""
        return self.english_only(word)

    def other_numbers(self, word: str) -> tuple[str, ...]:
        """A Welsh noun's other numbers: none without the dictionaries, which
        search.lexicon.Translating adds."""
        return ()

    def known(self, word: str) -> bool:
        """Whether the folded word is spelt as some glossary term is (directly or mutated)."""
        return self.contains((word,))

    def contains(self, term: Term) -> bool:
        """Whether the folded word sequence is a glossary term (directly or through mutation)."""
        return bool(self._lookup(term))

    def synonym_sets(self) -> list[list[str]]:
        """Each entry as a list of folded terms, for engines that take synonyms as settings."""
        sets = []
        for entry in self.entries:
            terms = []
            for term in entry.terms:
                folded = " ".join(words(term))
                if folded and folded not in terms:
                    terms.append(folded)
            if len(terms) > 1:
                sets.append(terms)
        return sets


def parse_glossary(text: str) -> Glossary:
    """Build a glossary from its YAML text, rejecting malformed entries loudly."""
    data = yaml.safe_load(text) or {}
    entries = []
    for number, raw in enumerate(data.get("terms") or [], start=1):
        if not isinstance(raw, dict) or not isinstance(raw.get("en"), list):
            raise ValueError(f"glossary entry {number} needs an 'en' list")
        cy = raw.get("cy") or []
        if not isinstance(cy, list):
            raise ValueError(f"glossary entry {number}: 'cy' must be a list")
        entries.append(Entry(tuple(map(str, raw["en"])), tuple(map(str, cy))))
    return Glossary(entries)


@cache
def load_glossary(path: Path = GLOSSARY_PATH) -> Glossary:
    """The bundled glossary, parsed once per process."""
    return parse_glossary(path.read_text(encoding="utf-8"))


__all__ = ["Entry", "Glossary", "fold", "load_glossary", "parse_glossary"]
