"""Similarity results to and from JSON, so they are computed once per harvest and then served."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from search.similarity import ComponentRef, SimilarityResult
from search.similarity.clusters import Cluster, ClusterMember
from search.similarity.pairs import Pair

FORMAT_VERSION = 1
FILE_NAME = "similarity.json"


class StoredResultError(ValueError):
    """A stored result is missing, unreadable or from an incompatible version."""


def pair_to_dict(pair: Pair) -> dict[str, Any]:
    """One pair as plain JSON values."""
    return {
        "a": pair.a,
        "b": pair.b,
        "score": pair.score,
        "text": pair.text,
        "dependencies": pair.dependencies,
        "relation": pair.relation,
        "terms": list(pair.terms),
        "shared_dependencies": list(pair.shared_dependencies),
        "categories": list(pair.categories),
        "component_type": pair.component_type,
    }


def cluster_to_dict(cluster: Cluster) -> dict[str, Any]:
    """One cluster as plain JSON values (members carry full names and organisations)."""
    return {
        "id": cluster.id,
        "score": cluster.score,
        "kind": cluster.kind,
        "efforts": cluster.efforts,
        "cohesion": cluster.cohesion,
        "size": cluster.size,
        "organisations": list(cluster.organisations),
        "sectors": list(cluster.sectors),
        "terms": list(cluster.terms),
        "shared_dependencies": list(cluster.shared_dependencies),
        "title": cluster.title,
        "title_cy": cluster.title_cy,
        "title_concept": cluster.title_concept,
        "title_words": list(cluster.title_words),
        "words": list(cluster.words) if cluster.words is not None else None,
        "members": [
            {
                "id": m.id,
                "full_name": m.full_name,
                "organisation": m.organisation,
                "sector": m.sector,
                "effort": m.effort,
                "activity": m.activity,
                "like": m.like,
                "like_score": m.like_score,
                "reason_terms": list(m.reason_terms),
                "reason_dependencies": list(m.reason_dependencies),
            }
            for m in cluster.members
        ],
    }


def result_to_dict(result: SimilarityResult) -> dict[str, Any]:
    """The whole result as plain JSON values."""
    return {
        "version": FORMAT_VERSION,
        "computed_at": result.computed_at.isoformat(),
        "item_count": result.item_count,
        "components": [
            {
                "id": c.id,
                "full_name": c.full_name,
                "organisation": c.organisation,
                "sector": c.sector,
            }
            for c in sorted(result.components.values(), key=lambda c: c.id)
        ],
        "pairs": [pair_to_dict(p) for p in result.pairs],
        "clusters": [cluster_to_dict(c) for c in result.clusters],
    }


def result_from_dict(data: dict[str, Any]) -> SimilarityResult:
    """Rebuild a result from result_to_dict's output."""
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise StoredResultError("stored similarity result has an unknown format version")
    try:
        components = {
            int(c["id"]): ComponentRef(
                int(c["id"]), c["full_name"], c["organisation"], c.get("sector", "")
            )
            for c in data["components"]
        }
        pairs = [
            Pair(
                a=int(p["a"]),
                b=int(p["b"]),
                score=float(p["score"]),
                text=float(p["text"]),
                dependencies=float(p["dependencies"]),
                relation=p["relation"],
                terms=tuple(p["terms"]),
                shared_dependencies=tuple(p["shared_dependencies"]),
                categories=tuple(p["categories"]),
                component_type=p.get("component_type"),
            )
            for p in data["pairs"]
        ]
        clusters = [
            Cluster(
                id=c["id"],
                members=tuple(
                    ClusterMember(
                        int(m["id"]),
                        m["full_name"],
                        m["organisation"],
                        m.get("sector", ""),
                        int(m["effort"]),
                        m["activity"],
                        like=int(m["like"]) if m.get("like") is not None else None,
                        like_score=float(m.get("like_score", 0.0)),
                        reason_terms=tuple(m.get("reason_terms", ())),
                        reason_dependencies=tuple(m.get("reason_dependencies", ())),
                    )
                    for m in c["members"]
                ),
                organisations=tuple(c["organisations"]),
                sectors=tuple(c["sectors"]),
                kind=c["kind"],
                efforts=int(c["efforts"]),
                score=float(c["score"]),
                cohesion=float(c["cohesion"]),
                terms=tuple(c["terms"]),
                shared_dependencies=tuple(c["shared_dependencies"]),
                # Results stored before titles were derived have none; the pages fall back.
                title=str(c.get("title", "")),
                title_cy=str(c.get("title_cy", "")),
                title_concept=c.get("title_concept"),
                title_words=tuple(c.get("title_words", ())),
                words=tuple(c["words"]) if c.get("words") is not None else None,
            )
            for c in data["clusters"]
        ]
        computed_at = datetime.fromisoformat(data["computed_at"])
        item_count = int(data["item_count"])
    except (KeyError, TypeError, ValueError) as exc:
        raise StoredResultError(f"stored similarity result is malformed: {exc}") from exc
    return SimilarityResult(
        computed_at=computed_at,
        item_count=item_count,
        pairs=pairs,
        clusters=clusters,
        components=components,
    )


def dumps(result: SimilarityResult) -> str:
    """The result as a JSON string."""
    return json.dumps(result_to_dict(result), ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> SimilarityResult:
    """A result from a JSON string."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StoredResultError(f"stored similarity result is not JSON: {exc.msg}") from exc
    return result_from_dict(data)


def save(result: SimilarityResult, path: Path) -> None:
    """Write the result atomically: readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(dumps(result))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load(path: Path) -> SimilarityResult:
    """Read a stored result; StoredResultError when it is missing or unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise StoredResultError(f"no similarity result at {path}; run the analysis first") from exc
    return loads(text)
