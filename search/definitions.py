"""Plain-language definitions of the technical terms components describe themselves by.

People describe a need in everyday words ("turn a recording into written text"); components
describe themselves in jargon ("ASR", "Kaldi"). search/data/definitions/ says, in plain English
and Welsh, what software named by each term does. A component whose name, description or topics
use a term carries that term's definitions as a search field of its own (`glosses`), so everyday
questions find it without the jargon. A definition says what such software does, not what this
component is: a word found only there counts half a word (the embedded engine's weak fields), it
is searched after the component's own text (Meilisearch's attribute order), and the results page
shows it, labelled, only where none of the component's own short texts matched. The definition's
other terms that name the kind of software (not those naming one product of it: `products`) are
a weak field of their own, so 'sign in' finds a component that says 'authentication'.

The definitions were written from the components' own names, descriptions and READMEs and general
knowledge of software, never from judged questions (docs/search.md). search/data/needs/ says, for
each definition, how people put the need it meets in everyday words, in both languages ("get the
text out of photos of paper forms"): only choosing the definition a question paraphrases reads
them (search/paraphrase.py), never a component's fields.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from pathlib import Path

import yaml

from search.querytext import words

# One YAML file per area of work; each term is defined once across them all (a unit test checks).
DEFINITIONS_DIR = Path(__file__).parent / "data" / "definitions"
# How people put each definition's need, by its key: one YAML file or more per area of work.
NEEDS_DIR = Path(__file__).parent / "data" / "needs"
# Later rounds of other names people give each kind, by its key (one YAML file per area of work).
ALIASES_DIR = Path(__file__).parent / "data" / "aliases"
# libyaml's safe loader where PyYAML was built with it (its wheels are): a tenth of the time.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Definition:
    """The terms that name one kind of software, and what it does, in English and Welsh."""

    terms: tuple[str, ...]
    en: str
    cy: str
    # The need it meets as people put it, each needs file's English then Welsh (search/data/needs/).
    needs: tuple[str, ...] = field(default=(), compare=False)
    # Those of its terms that name one product, tool or project of the kind ('kaldi', 'flask'),
    # not the kind itself ('speech recognition', 'asr').
    products: tuple[str, ...] = ()
    # Other names people give the kind ('form wizard' for a page-flow library): searched as its
    # terms naming the kind are, never looked for in a component's texts to choose definitions.
    aliases: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.terms[0]

    @property
    def kind_terms(self) -> tuple[str, ...]:
        """The names of the kind of software or its job, not of one product of the kind: its other
        terms, then its aliases. A component saying 'authentication' is one for 'sign in', but
        one saying 'flask' is no 'dropwizard'."""
        return (*(term for term in self.terms if term not in self.products), *self.aliases)

    @property
    def texts(self) -> tuple[str, ...]:
        """What it says, English then Welsh, leaving out either where empty."""
        return tuple(text for text in (self.en, self.cy) if text)


class Definitions:
    """Finds the definitions whose terms a text uses, as folded word sequences."""

    def __init__(self, entries: Iterable[Definition]) -> None:
        self.entries = list(entries)
        # first word -> [(the term's words, entry number)], longest terms first
        self._by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for number, entry in enumerate(self.entries):
            for term in entry.terms:
                key = tuple(words(term))
                if key:
                    self._by_first.setdefault(key[0], []).append((key, number))
        for found in self._by_first.values():
            found.sort(key=lambda item: -len(item[0]))

    def __len__(self) -> int:
        return len(self.entries)

    @cached_property
    def by_key(self) -> dict[str, Definition]:
        """Each definition by its key (its first term, which no other definition holds)."""
        return {entry.key: entry for entry in self.entries}

    @cached_property
    def by_term(self) -> dict[str, Definition]:
        """Each definition by each of its terms and aliases (each is defined once)."""
        return {term: entry for entry in self.entries for term in (*entry.terms, *entry.aliases)}

    @cached_property
    def _by_text(self) -> dict[str, Definition]:
        return {text: entry for entry in self.entries for text in entry.texts}

    def glosses_of(self, keys: Iterable[str]) -> list[str]:
        """What the definitions with these keys say, English then Welsh (unknown keys: nothing)."""
        found = (self.by_key.get(key) for key in keys)
        return [text for entry in found if entry for text in entry.texts]

    def holding(self, excerpt: str) -> tuple[Definition, str] | None:
        """The definition whose English or Welsh text holds the excerpt (a highlight's plain
        text, perhaps cut short), and which language it was found in ('en' or 'cy')."""
        excerpt = excerpt.strip()
        if not excerpt:
            return None
        entry = self._by_text.get(excerpt)
        for candidate in [entry] if entry else self.entries:
            for lang, text in (("en", candidate.en), ("cy", candidate.cy)):
                if excerpt in text:
                    return candidate, lang
        return None

    def keys_of(self, glosses: Iterable[str]) -> list[str]:
        """The keys of the definitions these texts are (as glosses() gave them), once each."""
        found = (self._by_text.get(text) for text in glosses)
        return list(dict.fromkeys(entry.key for entry in found if entry is not None))

    def used_in(self, texts: Iterable[str]) -> list[Definition]:
        """The definitions whose terms any of the texts use, in the order first found; a term's
        last word may be plural ('spell checkers' for 'spell checker')."""
        found: dict[int, None] = {}
        for text in texts:
            sequence = words(text or "")
            for start, word in enumerate(sequence):
                for key, number in self._candidates(word):
                    if number not in found and _at(sequence, start, key):
                        found[number] = None
        return [self.entries[number] for number in found]

    def _candidates(self, word: str) -> list[tuple[tuple[str, ...], int]]:
        """Terms that may start at the word: those starting with it, and one-word terms it may be
        the plural of ('ocrs')."""
        found = list(self._by_first.get(word, ()))
        for singular in (word[:-1], word[:-2]) if word.endswith("s") else ():
            found += [(key, n) for key, n in self._by_first.get(singular, ()) if len(key) == 1]
        return found

    def glosses(self, texts: Iterable[str]) -> list[str]:
        """What the definitions the texts use say, English then Welsh, one string each."""
        return [text for entry in self.used_in(texts) for text in entry.texts]


def _at(sequence: list[str], start: int, key: tuple[str, ...]) -> bool:
    end = start + len(key)
    if end > len(sequence) or tuple(sequence[start : end - 1]) != key[:-1]:
        return False
    last, wanted = sequence[end - 1], key[-1]
    return last == wanted or last in (wanted + "s", wanted + "es")


def parse(data: object) -> Definitions:
    """Definitions from the YAML file's content; entries without terms are skipped."""
    entries = []
    for item in (data or {}).get("definitions") or [] if isinstance(data, dict) else []:
        if not isinstance(item, dict):
            continue
        terms = tuple(str(t).strip() for t in item.get("terms") or [] if str(t).strip())
        if terms:
            entries.append(
                Definition(
                    terms,
                    str(item.get("en") or "").strip(),
                    str(item.get("cy") or "").strip(),
                    products=tuple(t for t in _listed(item, "products") if t in terms),
                    aliases=tuple(t for t in _listed(item, "aliases") if t not in terms),
                )
            )
    return Definitions(entries)


def _listed(item: dict, key: str) -> list[str]:
    """The entry's list under the key, as stripped strings (anything but a list: none)."""
    return _strings(item.get(key))


def _strings(found: object) -> list[str]:
    texts = (str(value).strip() for value in found) if isinstance(found, list) else ()
    return [text for text in texts if text]


def parse_needs(data: object) -> dict[str, tuple[str, ...]]:
    """Each definition key's needs, English then Welsh, from a needs file's content; malformed
    parts are skipped."""
    found: dict[str, tuple[str, ...]] = {}
    table = data.get("needs") if isinstance(data, dict) else None
    for key, said in (table or {}).items() if isinstance(table, dict) else ():
        if not isinstance(said, dict):
            continue
        found[str(key)] = (*_listed(said, "en"), *_listed(said, "cy"))
    return found


def _read(folder: Path) -> list[object]:
    contents = []
    for path in sorted(folder.glob("*.yaml")):
        with path.open(encoding="utf-8") as handle:
            contents.append(yaml.load(handle, Loader=_LOADER))  # noqa: S506 - a safe loader
    return contents


@cache
def load_definitions(
    folder: Path = DEFINITIONS_DIR, needs: Path = NEEDS_DIR, aliases: Path = ALIASES_DIR
) -> Definitions:
    """The bundled definitions, every file of the folder in name order, each with its needs and
    the later rounds' aliases (read once per process)."""
    entries = [entry for data in _read(folder) for entry in parse(data).entries]
    said = load_needs(needs)
    entries = [replace(entry, needs=said.get(entry.key, ())) for entry in entries]
    return Definitions(with_aliases(entries, load_aliases(aliases)))


def load_aliases(folder: Path = ALIASES_DIR) -> dict[str, list[str]]:
    """Every aliases file of the folder, by definition key, in file name order."""
    found: dict[str, list[str]] = {}
    for data in _read(folder):
        table = data.get("aliases") if isinstance(data, dict) else None
        for key, names in table.items() if isinstance(table, dict) else ():
            found.setdefault(str(key), []).extend(_strings(names))
    return found


def with_aliases(entries: list[Definition], more: dict[str, list[str]]) -> list[Definition]:
    """The entries with more aliases added by key. Each name stays one kind's: an alias already a
    term or alias of any definition (compared as folded words) is left out, as is one a key does
    not name."""
    taken = {tuple(words(name)) for entry in entries for name in (*entry.terms, *entry.aliases)}
    added = []
    for entry in entries:
        fresh = []
        for name in more.get(entry.key, ()):
            folded = tuple(words(name))
            if folded and folded not in taken:
                taken.add(folded)
                fresh.append(name)
        added.append(replace(entry, aliases=(*entry.aliases, *fresh)) if fresh else entry)
    return added


def load_needs(folder: Path = NEEDS_DIR) -> dict[str, tuple[str, ...]]:
    """Every needs file of the folder, by definition key: a key's needs in several files (a later
    round of wordings) all count, file by file in name order."""
    merged: dict[str, tuple[str, ...]] = {}
    for data in _read(folder):
        for key, texts in parse_needs(data).items():
            merged[key] = (*merged.get(key, ()), *texts)
    return merged
