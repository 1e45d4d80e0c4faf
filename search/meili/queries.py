"""Pieces of a search request and of its answer: filter clauses, highlights and facet counts."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from search.definitions import load_definitions
from search.meili.indexes import FACET_LIMIT, POST, PRE
from search.querytext import STOPWORDS, words

HIGHLIGHTED = ["name", "description", "description_cy", "topics"]
# Cropped, and shown only where none of HIGHLIGHTED matched: the README, and what the component's
# technical terms mean (search/definitions.py).
EXTRA = ["readme", "glosses"]
# Marked but never shown: the other terms of its definitions (search/meili/indexes.py: terms_of),
# to tell which definition to show for a component found by one of them.
TERMS = "terms"
SORTS = {"updated": ["updated:desc", "id:asc"], "name": ["name_key:asc", "id:asc"]}


def quote(value: str) -> str:
    """A string as a Meilisearch filter value: double-quoted, quotes and backslashes escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def filter_expression(filters: dict[str, tuple[str, ...]], exclude: str | None = None) -> list:
    """Meilisearch filter clauses (ANDed as a list): OR within a field, AND across fields."""
    clauses = []
    for field, values in filters.items():
        if field != exclude and values:
            clauses.append(f"{field} IN [{', '.join(quote(str(v)) for v in values)}]")
    return clauses


def formatted_highlights(formatted: dict[str, Any], likely: Sequence[str] = ()) -> dict[str, str]:
    """HTML-safe highlights from a hit's _formatted fields: only fields where a word matched;
    where no definition did, unmarked, the first it carries one of whose other terms matched
    (TERMS), else the first of the `likely` definitions (search.paraphrase: Paraphrases.likely)
    it carries, whose needs it may have been found by."""
    found = {}
    for field in (*HIGHLIGHTED, *EXTRA):
        value = formatted.get(field)
        if isinstance(value, list) and field == "glosses":
            # One definition per item: the first where a word that says something matched.
            value = next((str(item) for item in value if _telling(str(item))), None)
        elif isinstance(value, list):
            value = ", ".join(str(item) for item in value)
        if isinstance(value, str) and PRE in value:
            escaped = html.escape(value)
            found[field] = escaped.replace(PRE, "<mark>").replace(POST, "</mark>")
    if any(field in found for field in HIGHLIGHTED):
        # A README snippet, or what its technical terms mean, only helps when nothing shorter
        # matched.
        for field in EXTRA:
            found.pop(field, None)
    elif "glosses" not in found:
        # The definition one of whose other terms matched, else the first likely one.
        termed = _termed(formatted.get(TERMS))
        shown = _shown_gloss(formatted.get("glosses"), [*termed[:1], *likely])
        if shown:
            found["glosses"] = shown
    return found


def _termed(terms: Any) -> list[str]:
    """The keys of the definitions whose terms (the hidden `terms` attribute) a word matched."""
    by_term = load_definitions().by_term
    marked = (str(item) for item in terms if PRE in str(item)) if isinstance(terms, list) else ()
    plain = (item.replace(PRE, "").replace(POST, "") for item in marked)
    return [by_term[term].key for term in plain if term in by_term]


def _shown_gloss(glosses: Any, keys: Sequence[str]) -> str | None:
    """The first of the (cropped) definitions whose key is among `keys`, HTML-escaped."""
    definitions = load_definitions()
    for item in glosses if isinstance(glosses, list) else ():
        plain = str(item).replace(PRE, "").replace(POST, "")
        found = definitions.holding(plain.strip("… "))
        if found is not None and found[0].key in keys:
            return html.escape(plain)
    return None


def top_facets(counts: dict[str, int], chosen: list[str]) -> dict[str, int]:
    """The most frequent facet values, plus the chosen ones even when nothing matches them."""
    ranked = sorted(
        ((v, int(c)) for v, c in counts.items() if c and v), key=lambda i: (-i[1], i[0])
    )
    result = dict(ranked[:FACET_LIMIT])
    for value in chosen:
        result.setdefault(value, int(counts.get(value, 0)))
    return result


def _telling(marked: str) -> bool:
    """Whether a highlighted text has a marked word that is no stop word ('to', 'the')."""
    return any(
        any(word not in STOPWORDS for word in words(piece.split(POST, 1)[0]))
        for piece in marked.split(PRE)[1:]
    )
