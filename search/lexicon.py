"""A Welsh -> English word list for understanding Welsh questions: FreeDict's Eurfa dictionaries.

The catalogue's text is mostly English; a question in Welsh ('cerbydau', 'arolygon', 'gwefan
ddwyieithog') needs its words in English too. The curated glossary (search/data/glossary.yaml)
covers the terms of the trade; this covers everyday Welsh, about 11,000 words:

- Source: FreeDict's Welsh-English and English-Welsh dictionaries, made from Kevin Donnelly's
  Eurfa, GPL-2.0-or-later. They are not copied into this project: Debian packages them
  (`dict-freedict-cym-eng`, `dict-freedict-eng-cym`); `make setup` unpacks the packages into
  var/freedict, and the Docker image installs them. Without them the catalogue works, with
  fewer Welsh questions understood (a warning says so once).
- Both directions are read: a Welsh word's English is every translation the Welsh-English
  dictionary gives and every English headword the English-Welsh one translates into it
  ('arolwg' -> overview, survey).
- A word that is also an English headword ('data', 'system', 'post') is never translated.

    lexicon = load_lexicon()
    lexicon.english("arolygon")      # ('overviews', 'surveys')
"""

from __future__ import annotations

import gzip
import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from search import welsh
from search.derivation import derived
from search.english_words import load_common_english
from search.glossary import Glossary, load_glossary
from search.memory import SOFTWARE_MEMORY, load_memory
from search.numbers import numbers, other_numbers
from search.plurals import WELSH_PLURALS, derivations, singular
from search.querytext import MAX_WORDS, STOPWORDS, SynonymSource, words

log = logging.getLogger(__name__)

T = TypeVar("T")

WELSH_ENGLISH = "freedict-cym-eng.dict.dz"
ENGLISH_WELSH = "freedict-eng-cym.dict.dz"
# Where the dictionaries are looked for, in order, after CATALOGUE_LEXICON_DIR: a system install
# (Debian's packages; the Docker image), then what `make setup` unpacked beside the code.
SEARCH_PATH = (
    Path("/usr/share/dictd"),
    Path(__file__).resolve().parent.parent / "var" / "freedict" / "usr" / "share" / "dictd",
)
# A headword line: 'cerbyd /kˈɛrbød/ <n, s, m>'; the translation is the next line.
_HEADWORD = re.compile(r"^(?P<word>[^\s/<][^/<]*?)\s+/[^/]*/\s+<(?P<tag>[^>]*)>\s*$")
_NOTE = re.compile(r"\([^)]*\)|<[^>]*>")
# A word translated into more senses than this is too vague to help ('bod', 'cael').
MAX_SENSES = 6
# English words shown for one Welsh word or term, at most.
MAX_SHOWN = 3
# Shorter words are mostly abbreviations or English ('ap' is 'son' in a name, 'app' in a question).
MIN_LETTERS = 3


@dataclass(frozen=True)
class Lexicon:
    """Folded Welsh word -> the folded English words of its translations, one tuple per sense."""

    senses: dict[str, tuple[tuple[str, ...], ...]]
    english_words: frozenset[str]
    # Every Welsh headword, those with too many senses to translate included.
    welsh_words: frozenset[str] = frozenset()
    # Welsh noun -> its other numbers, as the dictionary pairs them (search/numbers.py).
    numbers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Everyday English the dictionaries lack ('well', 'log': search/english_words.py): English,
    # not a mutated 'gwell' or 'llog', unless a Welsh headword is spelt so.
    common_english: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self.senses)

    def spelt_right(self, word: str) -> bool:
        """Whether the folded word is a word of either language: a headword, a mutated or plural
        form of a Welsh one, a plural or derived form of an English one ('booking' <- 'book').
        Such a word is not corrected into another word the index holds ('booking' -> 'looking')."""
        if word in self.english_words or self.english(word):
            return True
        if any(radical in self.welsh_words for radical in welsh.radicals(word)):
            return True
        return bool(singular(word, self.english_words) or derivations(word, self.english_words))

    def english_word(self, word: str) -> bool:
        """Whether the folded word is an English word and not itself a Welsh headword: 'air',
        'god', 'we' and 'well' in a question are English, not a mutated 'gair', 'cod', 'gwe' or
        'gwell'."""
        english = word in self.english_words or word in self.common_english
        return english and word not in self.welsh_words and word not in self.senses

    def english(self, word: str) -> tuple[tuple[str, ...], ...]:
        """The senses of a folded Welsh word (or of its radical, if it is a mutated form); ()
        for an English word, an unknown one or a stop word."""
        if len(word) < MIN_LETTERS or word in STOPWORDS or word in self.english_words:
            return ()
        if self.english_word(word):
            return ()  # everyday English: 'log' is not a mutated 'llog' (interest)
        found = welsh.look_up(word, self.senses)
        if found is not None:
            return found
        if welsh.among(word, self.welsh_words):
            return ()  # a headword of too many senses to translate ('bod', 'cael')
        found = derived(word, self.senses)  # 'tagiwr' (tagger) -> 'tagio' (tag)
        if found:
            return found[1]
        # A plural the dictionaries list only as its singular ('llofnodion' -> 'llofnod'), by
        # Welsh endings alone ('gems' is no plural of 'gem', game).
        for form in (word, *sorted(welsh.radicals(word))):
            one = singular(form, self.senses, WELSH_PLURALS)
            if one is not None:
                return self.senses[one]
        return ()


EMPTY = Lexicon({}, frozenset())


def _entries(text: str) -> Iterable[tuple[str, str, str]]:
    """(headword, part-of-speech tag, translation) of a dictd file's text, in order."""
    head = None
    for line in text.splitlines():
        match = _HEADWORD.match(line)
        if match:
            head = match.group("word", "tag")
            continue
        if head is not None:
            if line.strip():
                yield *head, line
            head = None


def _sense(text: str) -> tuple[str, ...]:
    return tuple(w for w in words(_NOTE.sub(" ", text)) if w not in STOPWORDS)


def parse(welsh_english: str, english_welsh: str) -> Lexicon:
    """A lexicon from the texts of the two dictd files."""
    senses: dict[str, list[tuple[str, ...]]] = {}

    def add(cy: str, en: str) -> None:
        folded = tuple(words(cy))
        sense = _sense(en)
        if len(folded) != 1 or not sense:
            return
        known = senses.setdefault(folded[0], [])
        if sense not in known:
            known.append(sense)

    every_welsh: set[str] = set()
    tagged: list[tuple[str, str, list[str]]] = []  # (headword, tag, parts), for noun numbers
    for cy, tag, translation in _entries(welsh_english):
        if len(folded := words(cy)) == 1:
            every_welsh.add(folded[0])
        parts = _NOTE.sub(" ", translation).split(",")
        tagged.append((cy, tag, parts))
        for part in parts:
            add(cy, part)
    english: set[str] = set()
    for en, _, translation in _entries(english_welsh):
        folded = words(en)
        if len(folded) == 1:
            english.add(folded[0])
        for part in _NOTE.sub(" ", translation).split(","):
            add(part, en)
            if len(folded := words(part)) == 1:
                every_welsh.add(folded[0])
    return Lexicon(
        {
            word: tuple(found)
            for word, found in senses.items()
            if len(found) <= MAX_SENSES and word not in english
        },
        frozenset(english),
        frozenset(every_welsh),
        numbers(tagged),
    )


def lexicon_dir() -> Path | None:
    """The first folder holding both dictionaries, or None."""
    configured = os.environ.get("CATALOGUE_LEXICON_DIR")
    folders = [Path(configured)] if configured else list(SEARCH_PATH)
    for folder in folders:
        if (folder / WELSH_ENGLISH).is_file() and (folder / ENGLISH_WELSH).is_file():
            return folder
    return None


def read_dictionary(folder: Path, name: str) -> str:
    """One dictd dictionary's text (raises OSError, UnicodeDecodeError or EOFError)."""
    return gzip.decompress((folder / name).read_bytes()).decode("utf-8")


def with_memory(lexicon: Lexicon, memory: dict[str, tuple[str, ...]]) -> Lexicon:
    """The lexicon with the Welsh words of the catalogue's own translations that it lacks
    (search/memory.py: 'ystorfeydd' -> 'repositories'), each English word a sense."""
    senses = dict(lexicon.senses)
    for welsh_word, english in memory.items():
        if welsh_word in lexicon.english_words or welsh.look_up(welsh_word, lexicon.senses):
            continue
        senses[welsh_word] = tuple((word,) for word in english)
    return Lexicon(
        senses, lexicon.english_words, lexicon.welsh_words | frozenset(memory), lexicon.numbers
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon from the installed dictionaries and the translation memories (the catalogue's
    own first, then LibreOffice's); the memories alone (with a warning) without dictionaries."""
    lexicon = with_memory(
        with_memory(_load_dictionaries(), load_memory()), load_memory(SOFTWARE_MEMORY)
    )
    return replace(lexicon, common_english=load_common_english())


def _load_dictionaries() -> Lexicon:
    """The lexicon from the installed dictionaries, or EMPTY (with a warning) when there are none."""
    folder = lexicon_dir()
    if folder is None:
        log.warning(
            "search: no Welsh-English dictionary found (Debian's dict-freedict-cym-eng and "
            "dict-freedict-eng-cym; `make setup` unpacks them): Welsh questions are understood "
            "through the glossary only"
        )
        return EMPTY
    try:
        texts = [read_dictionary(folder, name) for name in (WELSH_ENGLISH, ENGLISH_WELSH)]
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        log.warning("search: the Welsh-English dictionary in %s cannot be read (%s)", folder, exc)
        return EMPTY
    return parse(*texts)


def _english_not_mutated(term: tuple[str, ...], glossary: SynonymSource, lexicon: Lexicon) -> bool:
    """Whether a one-word term the glossary knows only as a mutated form is an English word as
    written ('we', not the soft-mutated 'gwe'): then it stands for no glossary term."""
    return len(term) == 1 and glossary.mutated_only(term) and lexicon.english_word(term[0])


class Translating:
    """Synonyms for parsing a question: the glossary's, else a Welsh word's English translations.

    The glossary decides where it knows a term; the lexicon (loaded on first use) answers only for
    single words the glossary does not know ('arolygon' -> 'overviews', 'surveys').
    """

    def __init__(self, glossary: SynonymSource, lexicon: Lexicon | None = None) -> None:
        self.glossary = glossary
        self.longest = glossary.longest
        self._lexicon = lexicon

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = load_lexicon()
        return self._lexicon

    def synonyms(self, term: tuple[str, ...]) -> list[tuple[str, ...]]:
        if _english_not_mutated(term, self.glossary, self.lexicon):
            return []  # 'we' (English) is not the soft-mutated 'gwe' (web)
        found = self.glossary.synonyms(term)
        if found or len(term) != 1:
            return found
        return list(self.lexicon.english(term[0]))

    def derived_synonyms(self, word: str) -> list[tuple[str, ...]]:
        """The glossary's terms for a word it does not know through the English of that word's
        stem: as typed, or as the dictionaries translate a Welsh word ('gropian' -> 'crawl' ->
        'crawler', 'ymlusgwr'). Weaker than the glossary's own (querytext.DERIVED_SYNONYM)."""
        return self._through_stems(word, self.glossary.derived)

    def derived_forms(self, word: str) -> list[str]:
        """The one-word English glossary terms derived_synonyms() reaches first ('crawler'), for
        engines whose synonyms settings then find the rest (Meilisearch)."""
        return self._through_stems(word, self.glossary.derived_forms)

    def _through_stems(self, word: str, reach: Callable[[str], list[T]]) -> list[T]:
        """What `reach` gives each of the word's stem candidates, each once, in order."""
        found: list[T] = []
        for candidate in self._stem_candidates(word):
            found += [t for t in reach(candidate) if t not in found]
        return found

    def _stem_candidates(self, word: str) -> list[str]:
        """The word and its dictionaries' one-word English, where the glossary knows neither."""
        if self.glossary.contains((word,)):
            return []
        english = [word] + [t[0] for t in self.lexicon.english(word) if len(t) == 1]
        return [c for c in dict.fromkeys(english) if not self.glossary.contains((c,))]

    def known(self, word: str) -> bool:
        return self.glossary.known(word) or self.lexicon.spelt_right(word)

    def contains(self, term: tuple[str, ...]) -> bool:
        return self.glossary.contains(term)

    def english_only(self, word: str) -> bool:
        """Whether the folded word is English and no Welsh word, nor a mutated form of one
        ('gis', 'bin'), so Welsh mutations say nothing about it ('gis' is not a mutated 'cis')."""
        languages = self.glossary.language_of(word)
        if "cy" in languages:
            return False
        lexicon = self.lexicon
        if welsh.among(word, lexicon.welsh_words):
            return False
        return "en" in languages or word in lexicon.english_words

    def english(self, term: tuple[str, ...]) -> list[str]:
        return self.glossary.english(term)

    def other_numbers(self, word: str) -> tuple[str, ...]:
        """The folded Welsh noun's other numbers, as the dictionary pairs them ('pynciau' ->
        'pwnc', 'holiadur' -> 'holiaduron'); () for a word English too, as english() gives it
        no translation ('plant' typed is not read as 'plentyn', child)."""
        if self.english_only(word) or word in self.lexicon.english_words:
            return ()
        return other_numbers(word, self.lexicon.numbers)

    def unlisted_english(self, word: str) -> list[str]:
        """The English words of a folded Welsh word that the dictionaries hold only as the word it
        comes from: a mutated form ('harolygon' of 'arolygon') or a noun of a verb ('tagiwr' of
        'tagio'). Engines whose synonyms list headwords alone (Meilisearch) ask for these too;
        [] for a headword, a glossary term or an English word."""
        lexicon = self.lexicon
        if word in lexicon.senses or self.glossary.contains((word,)):
            return []
        senses = lexicon.english(word)
        return list(dict.fromkeys(w for sense in senses[:MAX_SHOWN] for w in sense))

    def mutated_only(self, term: tuple[str, ...]) -> bool:
        return self.glossary.mutated_only(term)

    def english_word(self, word: str) -> bool:
        """Whether the folded word, as written, is English and no Welsh word: 'we' and 'air' in
        a text are not a soft-mutated 'gwe' (web) or 'gair' (word), nor stand for them."""
        return self.glossary.english_word(word) or self.lexicon.english_word(word)


def translated_words(
    text: str, glossary: Glossary | None = None, lexicon: Lexicon | None = None
) -> list[tuple[str, list[str]]]:
    """The query's Welsh words searched for in English, to tell people: through the glossary
    where it knows them, longest terms first ('gwirydd sillafu' -> ['spell checker', …]), else
    through the lexicon ([('cerbydau', ['carriages', 'vehicles'])]); a word inside a glossary
    term is not translated on its own, as search does not ('ar-lein', not 'lein': 'line')."""
    glossary = glossary or load_glossary()
    lexicon = load_lexicon() if lexicon is None else lexicon
    found: dict[str, list[str]] = {}
    typed = words(text)[:MAX_WORDS]
    position = 0
    while position < len(typed):
        for size in range(min(glossary.longest, len(typed) - position), 0, -1):
            term = tuple(typed[position : position + size])
            if size > 1 and not glossary.synonyms(term):
                continue
            if _english_not_mutated(term, glossary, lexicon):
                position += 1  # 'we', 'air' typed are English, as search reads them (Translating)
                break
            key = " ".join(term)
            if size > 1 or glossary.synonyms(term):
                english = glossary.english(term)
                if english and key not in found:
                    found[key] = english[:MAX_SHOWN]
            elif key not in found and key not in STOPWORDS and (senses := lexicon.english(key)):
                found[key] = [" ".join(sense) for sense in senses][:MAX_SHOWN]
            position += size
            break
    return list(found.items())
