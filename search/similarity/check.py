"""'Check before you build': what already exists that does what a team is about to build."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from search.lexicon import Lexicon, english_gloss
from search.similarity.items import SimilarityItem
from search.similarity.vectors import TextModel, fit_text

MAX_CHARS = 5000
MIN_SCORE = 0.05
# Share of characters that may be control or replacement characters before text counts as binary.
BINARY_SHARE = 0.01


class CheckInputError(ValueError):
    """The description cannot be checked; `code` says why ('empty', 'too_long' or 'binary')."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Match:
    """An existing component that may already do what was described."""

    id: int
    full_name: str
    organisation: str
    sector: str
    score: float
    terms: tuple[str, ...]  # the description's words it shares, most telling first


def clean_description(text: str | bytes | None) -> str:
    """Validate and normalise a description, raising CheckInputError with a clear message."""
    if text is None:
        raise CheckInputError("empty", "Describe what you are about to build.")
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CheckInputError(
                "binary", "That looks like a file, not text. Describe it in words."
            ) from exc
    if not isinstance(text, str):
        raise CheckInputError("empty", "Describe what you are about to build.")
    # Judge length before any work on the text, so a huge paste costs nothing.
    if len(text) > MAX_CHARS:
        raise CheckInputError(
            "too_long",
            f"Use {MAX_CHARS:,} characters or fewer; this description has {len(text):,}.",
        )
    odd = sum(
        1
        for ch in text
        if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in "\t\n\r")
    )
    if "\x00" in text or odd > max(1, BINARY_SHARE * len(text)):
        raise CheckInputError("binary", "That looks like a file, not text. Describe it in words.")
    text = unicodedata.normalize("NFC", text).strip()
    if not any(ch.isalnum() for ch in text):
        raise CheckInputError("empty", "Describe what you are about to build.")
    return text


class CheckIndex:
    """The catalogue's text vectors, kept in memory to answer 'does this exist already?'."""

    def __init__(
        self,
        items: Sequence[SimilarityItem],
        model: TextModel | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.items = list(items)
        self.lexicon = lexicon
        self.model = model if model is not None else fit_text(self.items)
        # Transposed once, so a query is one sparse matrix-vector product.
        self._by_term = self.model.vectors.T.tocsr()
        self._organisations = np.array([item.organisation for item in self.items], dtype=object)

    def check(
        self,
        description: str | bytes | None,
        limit: int = 10,
        min_score: float = MIN_SCORE,
        exclude_organisation: str | None = None,
    ) -> list[Match]:
        """Existing components most like the description, best first (may be empty)."""
        text = clean_description(description)
        if not self.items:
            return []
        # Welsh words also count as their English, as in search (search/lexicon.py).
        query = self.model.vectorise(f"{text}\n{english_gloss(text, self.lexicon)}")
        if query.nnz == 0:
            return []
        scores = np.asarray((query @ self._by_term).todense()).ravel()
        if exclude_organisation is not None:
            scores[self._organisations == exclude_organisation] = 0.0
        candidates = np.flatnonzero(scores >= min_score)
        best = candidates[np.argsort(-scores[candidates], kind="stable")][:limit]
        return [self._match(int(k), float(scores[k]), query) for k in best]

    def _match(self, k: int, score: float, query) -> Match:
        item = self.items[k]
        shared = self.model.vectors[k].multiply(query).tocoo()
        order = np.argsort(-shared.data)[:6]
        return Match(
            id=item.id,
            full_name=item.full_name,
            organisation=item.organisation,
            sector=item.sector,
            score=round(score, 4),
            terms=tuple(self.model.label(int(shared.col[i])) for i in order),
        )


def build_check_index(items: Sequence[SimilarityItem]) -> CheckIndex:
    """Fit the text model on the catalogue's components, ready for checks."""
    return CheckIndex(items)
