"""Components as sequences of term ids: names, descriptions and READMEs, in parallel if asked."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from search.similarity.concepts import concept_term, name_concepts, phrase_terms
from search.similarity.items import SimilarityItem
from search.similarity.language import (
    CONNECTORS,
    bigrams,
    normalise_word,
    raw_tokens,
    term_sequence,
    without_boilerplate,
)
from search.similarity.parallel import map_forked

# Only the start of a README is read: it says what the thing is; the rest is mostly how to run it.
README_CHARS = 2000
# Forking costs ~0.1 s; below this many components per worker it does not pay.
MIN_ITEMS_PER_WORKER = 2000
STOP = -1  # term id of a stop word
CONNECTOR = -2  # term id of a connector word ('to', 'i'), which a phrase may span


# README noise, each pattern run only when its marker is present (fast literal checks first).
_FENCE = re.compile(r"```.*?(?:```|\Z)", re.S)
_LINK_TARGET = re.compile(r"\]\([^)\n]{0,500}\)")
_TAG = re.compile(r"<[^>\n]{0,500}>")
_URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+")
_MAIL_DOMAIN = re.compile(r"@[\w.-]+")  # anchored on '@' so it stays linear


def clean_readme(readme: str, limit: int = README_CHARS) -> str:
    """The opening prose of a README, without code blocks, markup, URLs or addresses."""
    text = readme[: limit * 2]
    if "```" in text:
        text = _FENCE.sub(" ", text)
    if "](" in text:
        text = _LINK_TARGET.sub(" ", text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "://" in text or "www." in text:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _MAIL_DOMAIN.sub(" ", text)
    return text[:limit]


def head_terms(item: SimilarityItem) -> list[str]:
    """Terms and bigrams of the name (counted twice), descriptions, topics and categories."""
    name = term_sequence(item.name)
    name_words = [t for t in name if t]
    terms = name_words + bigrams(name) + name_words
    # A generator's first sentence is often taken for the description ('This project was
    # bootstrapped with Create React App.'): it says nothing of what the component does.
    description = without_boilerplate(item.description)
    for text in (description, item.description_cy, *item.topics, *item.categories):
        if text:
            sequence = term_sequence(text)
            terms += [t for t in sequence if t] + bigrams(sequence)
    return terms


class TermIds(dict):
    """Raw byte token -> term id (STOP, CONNECTOR), growing the vocabulary while fitting."""

    def __init__(self, vocabulary: dict[str, int], terms: list[str], frozen: bool) -> None:
        super().__init__()
        self.vocabulary = vocabulary
        self.terms = terms
        self.frozen = frozen

    def term_id(self, term: str) -> int:
        if not term:
            return STOP
        found = self.vocabulary.get(term)
        if found is not None:
            return found
        if self.frozen:
            return STOP
        self.vocabulary[term] = len(self.terms)
        self.terms.append(term)
        return self.vocabulary[term]

    def __missing__(self, token: bytes) -> int:
        word = token.decode("utf-8", "ignore")
        if word in CONNECTORS:
            term_id = CONNECTOR
        elif not word.isascii():
            # Bytes of other characters passed through the table: keep the first word part.
            parts = [normalise_word(p) for p in re.findall(r"[^\W_]+", word)]
            term_id = self.term_id(next((p for p in parts if p), ""))
        else:
            term_id = self.term_id(normalise_word(word))
        if not self.frozen:
            self[token] = term_id
        return term_id


class Concepts:
    """Finds thesaurus concepts in head terms, or in README term id sequences (vectorised)."""

    def __init__(self, ids: TermIds) -> None:
        self.by_term: dict[str, int] = {}
        self.by_key: dict[str, int] = {}
        unigrams: list[tuple[int, int]] = []
        pairs: list[tuple[int, int, int]] = []
        for terms, key in phrase_terms(head=True).items():
            concept = ids.term_id(concept_term(key))
            self.by_key[key] = concept
            self.by_term[" ".join(terms)] = concept
        # READMEs are matched on the thesaurus proper; head-only words are left out.
        for terms, key in phrase_terms(head=False).items():
            concept = self.by_key[key]
            term_ids = [ids.term_id(t) for t in terms]
            if len(term_ids) == 1:
                unigrams.append((term_ids[0], concept))
            else:
                pairs.append((term_ids[0], term_ids[1], concept))
        self.unigrams = np.array(unigrams, dtype=np.int64).reshape(-1, 2)
        self.pairs = np.array(pairs, dtype=np.int64).reshape(-1, 3)

    def in_terms(self, terms: list[str], name: str = "", component_type: str = "") -> set[int]:
        """Concept ids among head terms (unigrams and 'a b' bigrams), plus those the name implies."""
        found = {self.by_term[t] for t in terms if t in self.by_term}
        implied = name_concepts(name, component_type)
        found.update(self.by_key[k] for k in implied if k in self.by_key)
        return found

    def in_sequences(
        self, rows: np.ndarray, ids: np.ndarray, n_terms: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """(row, concept id) for each concept found in concatenated term id sequences.

        `ids` holds every document's term ids in order (STOP kept, connectors removed), `rows`
        the document of each; a phrase must be two adjacent ids in one document.
        """
        found_rows, found_ids = [], []
        if self.unigrams.size:
            table = np.full(n_terms, -1, dtype=np.int64)
            table[self.unigrams[:, 0]] = self.unigrams[:, 1]
            concept = np.where(ids >= 0, table[np.maximum(ids, 0)], -1)
            hit = concept >= 0
            found_rows.append(rows[hit])
            found_ids.append(concept[hit])
        if self.pairs.size and ids.size > 1:
            codes = self.pairs[:, 0] * n_terms + self.pairs[:, 1]
            order = np.argsort(codes)
            codes, concepts = codes[order], self.pairs[order, 2]
            first, second = ids[:-1].astype(np.int64), ids[1:].astype(np.int64)
            valid = (rows[:-1] == rows[1:]) & (first >= 0) & (second >= 0)
            observed = first[valid] * n_terms + second[valid]
            where = np.minimum(np.searchsorted(codes, observed), codes.size - 1)
            hit = codes[where] == observed
            found_rows.append(rows[:-1][valid][hit])
            found_ids.append(concepts[where[hit]])
        if not found_rows:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        pairs = np.unique(
            np.stack([np.concatenate(found_rows), np.concatenate(found_ids)], axis=1), axis=0
        )
        return pairs[:, 0], pairs[:, 1]


@dataclass
class Tokenised:
    """Every component's head and README as term ids, with the vocabulary they index."""

    terms: list[str]
    vocabulary: dict[str, int]
    concepts: Concepts
    head_ids: np.ndarray  # concatenated; STOP never appears here
    head_lengths: np.ndarray
    body_ids: np.ndarray  # concatenated, in text order, STOP and CONNECTOR kept
    body_lengths: np.ndarray
    has_body: np.ndarray  # whether each README had prose worth comparing


@dataclass
class _Slice:
    terms: list[str]
    head_ids: np.ndarray
    head_lengths: np.ndarray
    body_ids: np.ndarray
    body_lengths: np.ndarray
    has_body: np.ndarray


def _tokenise_slice(all_items: Sequence[SimilarityItem], bounds: tuple[int, int]) -> _Slice:
    """Term ids of items[start:stop] against a vocabulary of the slice's own."""
    items = all_items[bounds[0] : bounds[1]]
    vocabulary: dict[str, int] = {}
    terms: list[str] = []
    ids = TermIds(vocabulary, terms, frozen=False)
    concepts = Concepts(ids)
    get, term_id = vocabulary.get, ids.term_id
    head_flat: list[int] = []
    head_lengths = np.zeros(len(items), dtype=np.int64)
    for k, item in enumerate(items):
        found = head_terms(item)
        # A concept named in the name or description is the strongest hint of purpose.
        row = [v if (v := get(t)) is not None else term_id(t) for t in found]
        row += sorted(concepts.in_terms(found, item.name, item.component_type)) * 2
        head_flat.extend(row)
        head_lengths[k] = len(row)
    body_flat: list[int] = []
    body_lengths = np.zeros(len(items), dtype=np.int64)
    has_body = np.zeros(len(items), dtype=bool)
    lookup = ids.__getitem__
    for k, item in enumerate(items):
        if item.readme:
            # What a generator wrote is in many READMEs and no one's own words.
            own = without_boilerplate(item.readme[: 2 * README_CHARS], licences=False)
            text = clean_readme(own)
            has_body[k] = len(text) >= 200
            tokens = raw_tokens(text)
            body_flat.extend(map(lookup, tokens))
            body_lengths[k] = len(tokens)
    return _Slice(
        terms=terms,
        head_ids=np.array(head_flat, dtype=np.int32),
        head_lengths=head_lengths,
        body_ids=np.array(body_flat, dtype=np.int32),
        body_lengths=body_lengths,
        has_body=has_body,
    )


def tokenise(items: Sequence[SimilarityItem], workers: int = 1) -> Tokenised:
    """Tokenise every component; with workers > 1, slices go to forked processes and merge."""
    n = len(items)
    parts = max(1, min(workers, n // MIN_ITEMS_PER_WORKER))
    bounds = [(n * k // parts, n * (k + 1) // parts) for k in range(parts)]
    slices = map_forked(_tokenise_slice, items, bounds, parts)
    # One vocabulary in alphabetical order, so term ids (and so tie-breaking between equal
    # weights) do not depend on how the work was split.
    terms = sorted({term for part in slices for term in part.terms} | _concept_terms())
    vocabulary = {term: k for k, term in enumerate(terms)}
    concepts = Concepts(TermIds(vocabulary, terms, frozen=True))
    head_parts, body_parts = [], []
    for part in slices:
        # Slice-local ids -> global ids, by term; STOP and CONNECTOR stay as they are.
        remap = np.fromiter((vocabulary[t] for t in part.terms), np.int64, len(part.terms))
        for source, target in ((part.head_ids, head_parts), (part.body_ids, body_parts)):
            target.append(np.where(source >= 0, remap[np.maximum(source, 0)], source))
    return Tokenised(
        terms=terms,
        vocabulary=vocabulary,
        concepts=concepts,
        head_ids=np.concatenate(head_parts).astype(np.int32),
        head_lengths=np.concatenate([p.head_lengths for p in slices]),
        body_ids=np.concatenate(body_parts).astype(np.int32),
        body_lengths=np.concatenate([p.body_lengths for p in slices]),
        has_body=np.concatenate([p.has_body for p in slices]),
    )


def _concept_terms() -> set[str]:
    """Every term the thesaurus needs in the vocabulary, found in text or not."""
    found = set()
    for terms, key in phrase_terms().items():
        found.add(concept_term(key))
        found.update(terms)
    return found
