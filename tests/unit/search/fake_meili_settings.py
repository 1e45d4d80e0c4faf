"""Index settings as the fake Meilisearch keeps them: the server's defaults, checks and normalising.

Modelled on Meilisearch v1.50 (the version the `meilisearch` 0.43 client is tested against):
`GET /indexes/{uid}/settings` answers every setting, defaults filled in; sets come back sorted and
deduplicated, stop words in Unicode NFKD; a malformed value is refused at once with HTTP 400 and an
`invalid_settings_*` code, as the server's request parser does.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from typing import Any

ERRORS_LINK = "https://docs.meilisearch.com/errors#"


class MeiliError(Exception):
    """An error the server answers with: HTTP status and the {message, code, type, link} object."""

    def __init__(self, status: int, code: str, message: str, kind: str = "invalid_request"):
        super().__init__(message)
        self.status, self.code, self.message, self.kind = status, code, message, kind

    def body(self) -> dict[str, str]:
        return error_body(self.code, self.message, self.kind)


def error_body(code: str, message: str, kind: str = "invalid_request") -> dict[str, str]:
    return {"message": message, "code": code, "type": kind, "link": ERRORS_LINK + code}


DEFAULT_RANKING_RULES = [
    "words",
    "typo",
    "proximity",
    "attributeRank",
    "sort",
    "wordPosition",
    "exactness",
]
BUILT_IN_RULES = {"words", "typo", "proximity", "attribute", "attributeRank", "wordPosition"}
BUILT_IN_RULES |= {"sort", "exactness"}
ASC_DESC = re.compile(r"^(?P<field>.+):(?P<order>asc|desc)$")
# Object settings are merged key by key by PATCH; every other setting is replaced whole.
OBJECT_KEYS = {
    "typoTolerance": {
        "enabled",
        "minWordSizeForTypos",
        "disableOnWords",
        "disableOnAttributes",
        "disableOnNumbers",
    },
    "faceting": {"maxValuesPerFacet", "sortFacetValuesBy"},
    "pagination": {"maxTotalHits"},
}
STRING_LISTS = (
    "displayedAttributes",
    "searchableAttributes",
    "sortableAttributes",
    "stopWords",
    "nonSeparatorTokens",
    "separatorTokens",
    "dictionary",
)


def default_settings() -> dict[str, Any]:
    """What GET /indexes/{uid}/settings answers for a new index (the server's key order)."""
    return {
        "displayedAttributes": ["*"],
        "searchableAttributes": ["*"],
        "filterableAttributes": [],
        "sortableAttributes": [],
        "rankingRules": list(DEFAULT_RANKING_RULES),
        "stopWords": [],
        "nonSeparatorTokens": [],
        "separatorTokens": [],
        "dictionary": [],
        "synonyms": {},
        "distinctAttribute": None,
        "proximityPrecision": "byWord",
        "typoTolerance": {
            "enabled": True,
            "minWordSizeForTypos": {"oneTypo": 5, "twoTypos": 9},
            "disableOnWords": [],
            "disableOnAttributes": [],
            "disableOnNumbers": False,
        },
        "faceting": {"maxValuesPerFacet": 100, "sortFacetValuesBy": {"*": "alpha"}},
        "pagination": {"maxTotalHits": 1000},
        "embedders": {},
        "searchCutoffMs": None,
        "localizedAttributes": None,
        "facetSearch": True,
        "prefixSearch": "indexingTime",
    }


# -- checks made when the request arrives (HTTP 400) ------------------------------------------------


def _snake(key: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", key).lower()


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number" if value >= 0 else "a negative integer"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "null"


def _refuse(key: str, message: str) -> MeiliError:
    return MeiliError(400, f"invalid_settings_{_snake(key)}", message)


def _wrong_type(key: str, path: str, expected: str, value: Any) -> MeiliError:
    shown = json.dumps(value, ensure_ascii=False)
    return _refuse(
        key,
        f"Invalid value type at `{path}`: expected {expected}, "
        f"but found {_json_kind(value)}: `{shown}`",
    )


def _check_strings(key: str, value: Any) -> None:
    if not isinstance(value, list):
        raise _wrong_type(key, f".{key}", "an array", value)
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise _wrong_type(key, f".{key}[{i}]", "a string", item)


def _check_ranking_rules(value: Any) -> None:
    _check_strings("rankingRules", value)
    for i, rule in enumerate(value):
        if rule not in BUILT_IN_RULES and not ASC_DESC.match(rule):
            raise _refuse(
                "rankingRules",
                f"Invalid value at `.rankingRules[{i}]`: `{rule}` ranking rule is invalid. "
                "Valid ranking rules are words, typo, sort, proximity, attribute, exactness "
                "and custom ranking rules.",
            )
    if "attribute" in value and {"attributeRank", "wordPosition"} & set(value):
        raise _refuse(
            "rankingRules",
            "Mixed usage of the attribute, attributeRank, and wordPosition ranking rules. "
            "You must either use the attribute ranking rule alone or the attributeRank and "
            "wordPosition ranking rules.",
        )


def _check_filterable(value: Any) -> None:
    key = "filterableAttributes"
    if not isinstance(value, list):
        raise _wrong_type(key, f".{key}", "an array", value)
    for i, rule in enumerate(value):
        if isinstance(rule, str):
            continue
        if not isinstance(rule, dict) or not isinstance(rule.get("attributePatterns"), list):
            raise _refuse(
                key,
                f"Invalid value at `.{key}[{i}]`: expected a string or an object "
                "with `attributePatterns`",
            )


def _check_object(key: str, value: Any) -> None:
    if not isinstance(value, dict):
        raise _wrong_type(key, f".{key}", "an object", value)
    unknown = sorted(set(value) - OBJECT_KEYS[key])
    if unknown:
        expected = ", ".join(f"`{k}`" for k in OBJECT_KEYS[key])
        raise _refuse(key, f"Unknown field `{unknown[0]}`: expected one of {expected}")
    if key == "typoTolerance":
        sizes = value.get("minWordSizeForTypos") or {}
        if not isinstance(sizes, dict):
            raise _wrong_type(key, f".{key}.minWordSizeForTypos", "an object", sizes)
        one, two = sizes.get("oneTypo", 5), sizes.get("twoTypos", 9)
        if not (0 <= one <= two <= 255):
            raise _refuse(
                key,
                "`minWordSizeForTypos` setting is invalid. `oneTypo` and `twoTypos` fields "
                "should be between `0` and `255`, and `twoTypos` should be greater or equals "
                f"to `oneTypo` but found `oneTypo: {one}` and twoTypos: {two}`.",
            )
    if key == "pagination" and "maxTotalHits" in value:
        hits = value["maxTotalHits"]
        if not isinstance(hits, int) or isinstance(hits, bool) or hits <= 0:
            raise _refuse(
                key,
                "Invalid value at `.pagination.maxTotalHits`: a non-zero integer value was "
                f"expected, but found `{json.dumps(hits)}`",
            )
    if key == "faceting":
        orders = value.get("sortFacetValuesBy") or {}
        bad = {name: how for name, how in orders.items() if how not in ("alpha", "count")}
        if bad:
            name = next(iter(bad))
            raise _refuse(
                key,
                f"Unknown value `{bad[name]}` at `.faceting.sortFacetValuesBy.{name}`: "
                "expected one of `alpha`, `count`",
            )


def check_settings(body: Any) -> None:
    """Refuse a PATCH body the way the server's request parser does, before any task exists."""
    if not isinstance(body, dict):
        raise MeiliError(
            400,
            "bad_request",
            f"Invalid value type: expected an object, but found {_json_kind(body)}",
        )
    known = list(default_settings())
    for key, value in body.items():
        if key not in known:
            expected = ", ".join(f"`{k}`" for k in known)
            raise MeiliError(
                400, "bad_request", f"Unknown field `{key}`: expected one of {expected}"
            )
        if value is None:
            continue  # null resets the setting to its default
        if key in STRING_LISTS:
            _check_strings(key, value)
        elif key == "rankingRules":
            _check_ranking_rules(value)
        elif key == "filterableAttributes":
            _check_filterable(value)
        elif key in OBJECT_KEYS:
            _check_object(key, value)
        elif key == "synonyms":
            if not isinstance(value, dict):
                raise _wrong_type(key, f".{key}", "an object", value)
            for word, others in value.items():
                if not isinstance(others, list) or not all(isinstance(o, str) for o in others):
                    raise _wrong_type(key, f".{key}.{word}", "an array of strings", others)
        elif key == "distinctAttribute" and not isinstance(value, str):
            raise _wrong_type(key, f".{key}", "a string", value)


# -- what the server stores once the task is processed ----------------------------------------------


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _nfkd(word: str) -> str:
    """Meilisearch's lossless normalising of stop words: compatibility decomposition, no controls."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word) if unicodedata.category(c) != "Cc"
    )


def _folded(word: str) -> str:
    """Its lossy normalising (typo-exempt words): lower case, marks removed."""
    return "".join(c for c in _nfkd(word).lower() if not unicodedata.combining(c))


def _merged(key: str, current: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(current)
    for name, value in update.items():
        if value is None:
            merged[name] = copy.deepcopy(default_settings()[key][name])
        elif name == "minWordSizeForTypos":
            merged[name] = {**merged[name], **value}
        elif name == "sortFacetValuesBy":
            merged[name] = {"*": "alpha", **value}  # replaced whole; '*' is always answered
        else:
            merged[name] = copy.deepcopy(value)
    if key == "typoTolerance":
        merged["disableOnWords"] = sorted({_folded(w) for w in merged["disableOnWords"]})
        merged["disableOnAttributes"] = sorted(set(merged["disableOnAttributes"]))
    return merged


def apply_settings(current: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    """The settings after a PATCH: changed keys replaced (objects merged), then normalised."""
    result = copy.deepcopy(current)
    defaults = default_settings()
    for key, value in update.items():
        if value is None:
            result[key] = defaults[key]
        elif key in OBJECT_KEYS:
            result[key] = _merged(key, result[key], value)
        elif key in ("displayedAttributes", "searchableAttributes"):
            result[key] = _unique(value)
        elif key in ("sortableAttributes", "nonSeparatorTokens", "separatorTokens", "dictionary"):
            result[key] = sorted(set(value))
        elif key == "stopWords":
            result[key] = sorted({_nfkd(w) for w in value})
        elif key == "synonyms":
            result[key] = {word: list(others) for word, others in sorted(value.items())}
        elif key == "embedders":
            result[key] = _merged_embedders(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


def _merged_embedders(current: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    """Embedders are merged by name; null removes one (no vector behaviour is modelled here)."""
    merged = copy.deepcopy(current)
    for name, config in update.items():
        if config is None:
            merged.pop(name, None)
        else:
            merged[name] = {**merged.get(name, {}), **config}
    return merged
