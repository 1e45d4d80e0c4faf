"""The fields the embedded index searches, and how much a match in each counts."""

from __future__ import annotations

FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "name_text"),
    # Facts from the code (file kinds, languages: search/facts.py) count as topics do.
    "tags": ("topics", "keywords", "facts"),
    "description": ("description", "description_cy"),
    # The body's names (English, Welsh) and, apart, what else names it: its GitHub owner, slug,
    # acronyms and web brand (search/aliases.py).
    "organisation": ("organisation",),
    "brand": ("brand",),
    "readme": ("readme",),
    "dependencies": ("dependencies",),
}
# What the technical terms of its name, descriptions and topics mean, in plain English and Welsh
# (search/definitions.py): not the component's own words, and not FTS5 text. Each document keeps
# only which definitions it carries; their words are looked up in memory (search/embedded/glosses.py),
# so a definition shared by thousands of components is one short text, not thousands.
GLOSS_FIELD = "gloss"
# How people put the need each of those definitions meets (search/data/needs/), looked up in memory
# the same way; searched only for the definitions a question may be paraphrasing
# (search/paraphrase.py: Paraphrases.likely; search/embedded/ranking.py).
NEED_FIELD = "need"
# The terms of those definitions that name a kind of software, not one product of it
# (search/definitions.py: Definition.kind_terms): 'sign in' finds a component that says
# 'authentication', looked up in memory the same way.
TERM_FIELD = "term"
# A word in the name counts most, then topics/keywords, then description, then organisation, README.
# Packages the manifests name count a little more than a README word, less than the organisation;
# what its technical terms mean as much as the organisation (chosen on the study sets, 1 to 5:
# docs/search.md), and towards coverage half a word (search/embedded/ranking.py: WEAK_FIELDS); how
# people put their needs as much as the terms' meaning (measured at 1, 1.5, 2 and 3: docs/search.md);
# the other terms for the kinds of software it names as much as a README word (measured at 0.5, 1 and
# 1.5: docs/search.md).
FIELD_WEIGHTS = {
    "name": 8.0,
    "tags": 5.0,
    "description": 3.0,
    "organisation": 1.5,
    "brand": 1.5,
    "readme": 1.0,
    "dependencies": 1.2,
    "gloss": 1.5,
    "need": 1.5,
    "term": 1.0,
}
ALL_FIELDS = (*FIELDS, GLOSS_FIELD, NEED_FIELD, TERM_FIELD)

# BM25 length normalisation per field (term frequencies are not stored: every match counts once).
BM25_K1 = 1.2
LENGTH_B = {
    "name": 0.5,
    "tags": 0.5,
    "description": 0.75,
    "organisation": 0.3,
    "brand": 0.3,
    "readme": 0.75,
    "dependencies": 0.75,
    "gloss": 0.5,
    "need": 0.5,
    "term": 0.5,
}
