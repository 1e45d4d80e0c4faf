"""What Meilisearch is sent to store: documents, vocabulary records and both indexes' settings."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable
from typing import Any

from search import welsh
from search.backend import FILTER_FIELDS, Document
from search.definitions import Definition, load_definitions
from search.glossary import Glossary
from search.lexicon import EMPTY, Lexicon, load_lexicon
from search.meili.semantic import embedder_settings
from search.plurals import english_plural
from search.querytext import MAX_RESULT_WINDOW, STOPWORDS, words

FACET_LIMIT = 100
# Private-use characters mark matches, so the adapter can HTML-escape Meilisearch's text first and
# only then turn the markers into <mark>; documents are stripped of them when indexed.
PRE, POST = "\ue000", "\ue001"
# Ranking by attribute follows this order: name, then topics/keywords and facts from the code,
# then descriptions (and the mutated forms of their words), then organisation (and the body a
# supplier builds for), then the packages the manifests name, then README, then what its
# technical terms mean (search/definitions.py) and the other terms for the kinds of software they
# name, then how people put the needs those meet (searched only for a question that may be
# paraphrasing a definition: UNLESS_LIKELY).
SEARCHABLE = [
    "name",
    "name_text",
    "topics",
    "keywords",
    "facts",
    "description",
    "description_cy",
    "mutations",
    "organisation_name",
    "organisation_name_cy",
    "client_name",
    "client_name_cy",
    "owner",
    "organisation_aliases",
    "client_aliases",
    "dependencies",
    "readme",
    "glosses",
    "terms",
    "needs",
]
# What a question that reads like no definition is searched in (`attributesToSearchOn`): not the
# needs, whose everyday words ('keep', 'move', 'new') would match it anywhere
# (search/paraphrase.py: Paraphrases.likely).
UNLESS_LIKELY = [attribute for attribute in SEARCHABLE if attribute != "needs"]
# 'sort' first: when a sort is asked for it decides the order; without one it is skipped. The last
# rule puts archived components below live ones at otherwise equal relevance.
RANKING_RULES = [
    "sort",
    "words",
    "typo",
    "proximity",
    "attribute",
    "exactness",
    "archived_rank:asc",
]


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace(PRE, "").replace(POST, "")
    if isinstance(value, list):
        return [_clean(item) for item in value]
    return value


def mutation_forms(doc: Document, english_word: Callable[[str], bool] = lambda _: False) -> str:
    """Mutated and radical forms of the words in a document's short fields, for matching Welsh;
    none for a word `english_word` calls English and no Welsh word ('air quality' holds no
    mutated 'gair', word)."""
    forms: set[str] = set()
    texts = [doc.get(key) or "" for key in ("name_text", "description", "description_cy")]
    texts += list(doc.get("topics") or []) + list(doc.get("keywords") or [])
    for text in texts:
        for word in words(str(text)):
            if len(word) >= welsh.MIN_LENGTH and word.isalpha() and not english_word(word):
                forms |= welsh.family(word) - {word}
    return " ".join(sorted(forms))


def needs_of(doc: Document) -> list[str]:
    """How people put the needs its technical terms' definitions meet (search/data/needs/)."""
    return [need for entry in _carried(doc) for need in entry.needs]


def terms_of(doc: Document) -> list[str]:
    """The terms of its technical terms' definitions that name the kind of software, not one
    product of it (search.definitions: Definition.kind_terms)."""
    return [term for entry in _carried(doc) for term in entry.kind_terms]


def _carried(doc: Document) -> list[Definition]:
    definitions = load_definitions()
    return [definitions.by_key[key] for key in definitions.keys_of(doc.get("glosses") or ())]


def meili_document(
    doc: Document, english_word: Callable[[str], bool] = lambda _: False
) -> dict[str, Any]:
    """The document as Meilisearch stores it: the shared shape plus hidden ranking fields."""
    shaped = {key: _clean(value) for key, value in doc.items()}
    shaped["mutations"] = mutation_forms(doc, english_word)
    shaped["needs"] = needs_of(doc)
    shaped["terms"] = terms_of(doc)
    shaped["archived_rank"] = 1 if doc.get("archived") else 0
    shaped["name_key"] = str(doc.get("name") or "").casefold()
    shaped["topic"] = list(doc.get("topic") or doc.get("topics") or [])
    return shaped


def synonyms(glossary: Glossary, lexicon: Lexicon | None = None) -> dict[str, list[str]]:
    """Meilisearch synonyms: every glossary term (and mutated Welsh forms) to all the others, and
    each Welsh word of the lexicon the glossary lacks to its English translations (one way).
    A mutated form that is an English word ('we' of 'gwe', 'air' of 'gair') is left out."""
    lexicon = lexicon or EMPTY
    sets: list[set[str]] = []
    for entry in glossary.entries:
        terms: set[str] = set()
        for term in entry.terms:
            folded = words(term)
            if not folded:
                continue
            terms.add(" ".join(folded))
        for term in entry.en:
            folded = words(term)
            # An English plural the glossary does not list finds its singular's entry, as the
            # embedded engine's look-up does (Glossary._lookup): 'searches', 'glossaries'.
            if len(folded) == 1 and len(folded[0]) >= 3:
                plural = english_plural(folded[0])
                if plural and not glossary.language_of(plural) and plural not in lexicon.senses:
                    terms.add(plural)
        for term in entry.cy:
            folded = words(term)
            if folded and len(folded[0]) >= welsh.MIN_LENGTH:
                for form in welsh.family(folded[0]):
                    if form == folded[0] or not lexicon.english_word(form):
                        terms.add(" ".join([form, *folded[1:]]))
        sets.append(terms)
    mapping: dict[str, set[str]] = {}
    for terms in sets:
        for term in terms:
            mapping.setdefault(term, set()).update(terms - {term})
    for word, senses in lexicon.senses.items():
        if word not in mapping and not glossary.contains((word,)):
            mapping[word] = {" ".join(sense) for sense in senses}
    return {term: sorted(others) for term, others in sorted(mapping.items()) if others}


def index_settings(glossary: Glossary, lexicon: Lexicon | None = None) -> dict[str, Any]:
    """Every index setting the catalogue relies on; applied when they differ from the server's.
    The lexicon defaults to the installed one (search/lexicon.py)."""
    return {
        "searchableAttributes": SEARCHABLE,
        "filterableAttributes": sorted([*FILTER_FIELDS, "archived_rank", "id"]),
        "sortableAttributes": ["archived_rank", "id", "name_key", "updated"],
        "rankingRules": RANKING_RULES,
        "stopWords": sorted(STOPWORDS),
        "synonyms": synonyms(glossary, load_lexicon() if lexicon is None else lexicon),
        "typoTolerance": {
            "enabled": True,
            "minWordSizeForTypos": {"oneTypo": 5, "twoTypos": 9},
        },
        "pagination": {"maxTotalHits": MAX_RESULT_WINDOW},
        # Each document carries its vector from search/semantic.py (`_vectors`).
        "embedders": embedder_settings(),
        "faceting": {"maxValuesPerFacet": FACET_LIMIT, "sortFacetValuesBy": {"*": "count"}},
    }


# Objects Meilisearch merges key by key when PATCHed, and answers with keys of its own added; every
# other setting (lists, and the synonym and facet-order maps) is replaced whole.
MERGED_SETTINGS = {"typoTolerance", "typoTolerance.minWordSizeForTypos", "faceting", "pagination"}


def _decomposed(word: str) -> str:
    """A stop word as Meilisearch keeps it: Unicode NFKD, control characters dropped."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word) if unicodedata.category(c) != "Cc"
    )


def as_stored(settings: dict[str, Any]) -> dict[str, Any]:
    """Settings as Meilisearch answers them once applied: sets sorted and deduplicated, and so on.

    The server keeps sortable attributes and the token lists as sorted sets, stop words decomposed
    (NFKD), searchable and displayed attributes without repeats, and always a '*' facet order.
    """
    stored = dict(settings)
    for key in ("sortableAttributes", "nonSeparatorTokens", "separatorTokens", "dictionary"):
        if isinstance(stored.get(key), list):
            stored[key] = sorted(set(stored[key]))
    if isinstance(stored.get("stopWords"), list):
        stored["stopWords"] = sorted({_decomposed(word) for word in stored["stopWords"]})
    for key in ("searchableAttributes", "displayedAttributes"):
        if isinstance(stored.get(key), list):
            stored[key] = list(dict.fromkeys(stored[key]))
    faceting = stored.get("faceting")
    if isinstance(faceting, dict) and isinstance(faceting.get("sortFacetValuesBy"), dict):
        stored["faceting"] = {
            **faceting,
            "sortFacetValuesBy": {"*": "alpha", **faceting["sortFacetValuesBy"]},
        }
    return stored


def _holds(current: Any, wanted: Any, key: str) -> bool:
    if (key in MERGED_SETTINGS or key.startswith("embedders")) and isinstance(wanted, dict):
        return isinstance(current, dict) and all(
            _holds(current.get(name), value, f"{key}.{name}") for name, value in wanted.items()
        )
    return current == wanted


def settings_to_apply(current: dict[str, Any], wanted: dict[str, Any]) -> dict[str, Any]:
    """The wanted settings the server does not hold yet, compared as it stores them."""
    stored = as_stored(wanted)
    return {key: wanted[key] for key in wanted if not _holds(current.get(key), stored[key], key)}


VOCABULARY_SETTINGS = {
    "searchableAttributes": ["term"],
    "filterableAttributes": ["kind", "loan", "start", "term"],
    "typoTolerance": {"enabled": False},
}


def record_id(key: str) -> str:
    """A vocabulary record's id: a short hash of its key (a word, or 'brand:' or 'loan:' and it)."""
    return hashlib.blake2b(key.encode(), digest_size=8).hexdigest()


def vocabulary(docs: list[dict[str, Any]]) -> list[dict[str, str]]:
    """One record per word of the documents, for 'did you mean' suggestions."""
    found: set[str] = set()
    for doc in docs:
        for key in ("name_text", "description", "description_cy", "readme"):
            found.update(w for w in words(str(doc.get(key) or "")) if 3 <= len(w) <= 24)
        for key in ("topics", "keywords"):
            for text in doc.get(key) or []:
                found.update(w for w in words(str(text)) if 3 <= len(w) <= 24)
    return [{"id": record_id(w), "term": w, "start": w[:2]} for w in sorted(found) if w.isalpha()]
