"""Words a question may stand for that only the index can confirm, looked up in one request.

Acronyms its words spell ('National Hip Fracture Database' -> 'nhfd'; search/acronyms.py) and the
English of Welsh loanwords ('ffonemau' -> 'phoneme'; search/loans.py) are words Meilisearch is
asked for beside the typed ones, when the vocabulary index holds them: acronyms as vocabulary
words (`term`), loans by the key of the English words of names, topics and descriptions
(records of kind 'loan', with no `start`, so 'did you mean' never offers one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from search.acronyms import acronym_candidates
from search.backend import Document, Reading
from search.lexicon import Translating
from search.loans import MIN_LETTERS, english_key, english_side, loan_words, welsh_keys
from search.meili.indexes import record_id
from search.meili.queries import quote
from search.querytext import ParsedQuery, words

LOAN_KIND = "loan"
# The fields a loanword's English is looked for in, as the embedded engine's LOAN_FIELDS.
LOAN_FIELDS = ("name_text", "description", "description_cy")
LOAN_LISTS = ("topics", "keywords")
LOOKUP_LIMIT = 200


def loan_records(docs: Iterable[Document], language: Translating) -> list[dict[str, str]]:
    """One vocabulary record per English word of the documents' short fields, with its key."""
    english = english_side(language)
    found: set[str] = set()
    for doc in docs:
        texts = [str(doc.get(key) or "") for key in LOAN_FIELDS]
        texts += [str(t) for key in LOAN_LISTS for t in doc.get(key) or []]
        for text in texts:
            found.update(w for w in words(text) if len(w) >= MIN_LETTERS and w.isalpha())
    return [
        {
            "id": record_id(f"loan:{w}"),
            "term": w,
            "loan": english_key(w),
            "kind": LOAN_KIND,
        }
        for w in sorted(found)
        if english(w)
    ]


def wanted(
    parsed: ParsedQuery, language: Translating
) -> tuple[list[tuple[int, int, str]], dict[str, list[str]]]:
    """The acronyms the question could spell (start, stop, initials), and each untranslated
    word's loan keys."""
    acronyms = acronym_candidates(parsed, language)
    keys = {word: welsh_keys(word) for _, word in loan_words(parsed, language)}
    return acronyms, keys


def lookup_request(acronyms: list[str], keys: dict[str, list[str]]) -> dict[str, Any] | None:
    """The documents fetch that confirms them, or None when there is nothing to ask."""
    clauses = []
    if acronyms:
        clauses.append(f"term IN [{', '.join(quote(w) for w in acronyms)}]")
    every_key = list(dict.fromkeys(k for found in keys.values() for k in found))
    if every_key:
        clauses.append(f"loan IN [{', '.join(quote(k) for k in every_key)}]")
    if not clauses:
        return None
    return {"filter": " OR ".join(clauses), "fields": ["term", "loan"], "limit": LOOKUP_LIMIT}


def confirmed(
    answer: list[dict[str, Any]],
    parsed: ParsedQuery,
    acronyms: list[tuple[int, int, str]],
    keys: dict[str, list[str]],
) -> list[Reading]:
    """What to ask for beside the typed words, as Readings: loans' English, then acronyms held."""
    held = {str(doc.get("term")) for doc in answer}
    by_key: dict[str, list[str]] = {}
    for doc in answer:
        if doc.get("loan"):
            by_key.setdefault(str(doc["loan"]), []).append(str(doc["term"]))
    found = []
    for word, word_keys in keys.items():
        english = [w for k in word_keys for w in sorted(by_key.get(k, ())) if w != word]
        if english:
            found.append(Reading(word, tuple(dict.fromkeys(english)), "english"))
    for start, stop, initials in acronyms:
        if initials in held:
            typed = " ".join(w for g in parsed.groups[start:stop] for w in g.words)
            found.append(Reading(typed, (initials,), "acronym"))
    return found


def lookup(
    fetch: Callable[[dict[str, Any]], list[dict[str, Any]]],
    parsed: ParsedQuery,
    language: Translating,
) -> list[Reading]:
    """Acronyms and loans' English for the question, confirmed by one `fetch` of vocabulary
    records ([] without asking when the question could spell none)."""
    acronyms, keys = wanted(parsed, language)
    initials = list(dict.fromkeys(found for _, _, found in acronyms))
    request = lookup_request(initials, keys)
    if request is None:
        return []
    return confirmed(fetch(request), parsed, acronyms, keys)
