"""Every judged query, old and new, split for tuning and a held-out check by a fixed hash.

The split is by SHA-256 of the query text: even first byte = tuning, odd = held-out. It was fixed
and committed before any ranking change of issue 12. Tune on TUNING only; report HELD_OUT apart.
The old queries (JUDGEMENTS) were tuned on before the split existed, so only the new queries'
held-out part is truly untouched.
"""

from __future__ import annotations

import hashlib

from judgements_2026 import NEW_JUDGEMENTS
from relevance_corpus import JUDGEMENTS, Judgement

# Old typo queries in Welsh (kind "typo" says nothing of the language).
_WELSH_TYPOS = {"lleferyd"}


def part(key: str) -> str:
    """'tuning' or 'held-out', fixed by the key's SHA-256."""
    return "held-out" if hashlib.sha256(key.encode("utf-8")).digest()[0] % 2 else "tuning"


def language(judgement: Judgement) -> str:
    """'cy' for Welsh and mixed Welsh/English queries, else 'en'."""
    return "cy" if judgement.kind == "welsh" or judgement.query in _WELSH_TYPOS else "en"


ALL = [("old", j) for j in JUDGEMENTS] + [("new", j) for j in NEW_JUDGEMENTS]
TUNING = [j for _, j in ALL if part(j.query) == "tuning"]
HELD_OUT = [j for _, j in ALL if part(j.query) == "held-out"]
