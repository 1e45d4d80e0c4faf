"""Documents in the fake Meilisearch: primary keys, identifiers, `_geo` checks and search hits."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from fake_meili_settings import MeiliError

DOCUMENT_ID = re.compile(r"^[A-Za-z0-9_-]{1,511}$")


def hit(doc: dict[str, Any], query: dict[str, Any]) -> dict[str, Any]:
    """A document as a search hit: the attributes asked for, and a score if asked (always 1)."""
    wanted = query.get("attributesToRetrieve") or ["*"]
    shown = dict(doc) if "*" in wanted else {k: doc[k] for k in wanted if k in doc}
    if query.get("showRankingScore"):
        shown["_rankingScore"] = 1.0
    return shown


def details_after_failure(kind: str, details: dict[str, Any]) -> dict[str, Any]:
    """A failed task reports that it changed nothing."""
    counts = {
        "documentAdditionOrUpdate": "indexedDocuments",
        "documentDeletion": "deletedDocuments",
        "indexDeletion": "deletedDocuments",
    }
    return {counts[kind]: 0} if kind in counts else {}


def primary_key(uid: str, index: dict, docs: list[dict], given: str | None) -> str:
    if index["primaryKey"] and given and given != index["primaryKey"]:
        raise MeiliError(
            400,
            "index_primary_key_already_exists",
            f"Index `{uid}`: Index already has a primary key: `{index['primaryKey']}`.",
        )
    key = index["primaryKey"] or given
    if key is None:
        candidates = sorted({name for doc in docs for name in doc if name.lower().endswith("id")})
        if len(candidates) != 1:
            raise MeiliError(
                400,
                "index_primary_key_no_candidate_found",
                "The primary key inference failed as the engine did not find any field ending "
                "with `id` in its name. Please specify the primary key manually using the "
                "`primaryKey` query parameter.",
            )
        key = candidates[0]
    index["primaryKey"] = key
    return key


def check_document_id(doc: dict[str, Any], key: str) -> None:
    if key not in doc:
        raise MeiliError(
            400,
            "missing_document_id",
            f"Document doesn't have a `{key}` attribute: `{json.dumps(doc)}`.",
        )
    value = doc[key]
    valid = (isinstance(value, int) and not isinstance(value, bool)) or (
        isinstance(value, str) and DOCUMENT_ID.match(value)
    )
    if not valid:
        raise MeiliError(
            400,
            "invalid_document_id",
            f"Document identifier `{json.dumps(value)}` is invalid. A document identifier can be "
            "of type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), "
            "hyphens (-) and underscores (_), and can not be more than 511 bytes.",
        )


def check_geo(uid: str, index: dict[str, Any], settings: dict[str, Any]) -> None:
    """Making `_geo` filterable or sortable fails the task if a document's coordinates are bad."""
    named = {r if isinstance(r, str) else "" for r in settings["filterableAttributes"]}
    if "_geo" not in named | set(settings["sortableAttributes"]):
        return
    for key, doc in index["documents"].items():
        geo = doc.get("_geo")
        lat, lng = (geo.get("lat"), geo.get("lng")) if isinstance(geo, dict) else (None, None)
        if not all(isinstance(v, (int, float)) and math.isfinite(v) for v in (lat, lng)):
            raise MeiliError(
                400,
                "invalid_document_geo_field",
                f"Index `{uid}`: Could not parse latitude nor longitude in the document with "
                f"the id: `{json.dumps(str(key))}`. Was expecting finite numbers but instead got "
                f"`{json.dumps(lat)}` and `{json.dumps(lng)}`.",
            )
