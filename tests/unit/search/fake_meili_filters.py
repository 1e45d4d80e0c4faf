"""Filters, sorts and facets in the fake Meilisearch: checked and applied as the server does.

A filter (parsed by `fake_meili_filter_parser`) naming a field the index's filterableAttributes do
not allow is refused with `invalid_search_filter` (HTTP 400) in a search, and fails a deletion by
filter with `invalid_document_filter`; sorts and facets are checked against sortable and filterable
attributes the same way.
"""

from __future__ import annotations

import re
import unicodedata
from fnmatch import fnmatchcase
from typing import Any

from fake_meili_filter_parser import located
from fake_meili_settings import MeiliError

# -- filterable attributes ----------------------------------------------------------------------------


def _matches_pattern(field: str, pattern: str) -> bool:
    return field == pattern or field.startswith(pattern + ".") or fnmatchcase(field, pattern)


def _patterns(rule: str | dict) -> list[str]:
    return [rule] if isinstance(rule, str) else list(rule.get("attributePatterns") or [])


def _rule_for(rules: list[Any], field: str) -> str | dict | None:
    for rule in rules:
        if any(_matches_pattern(field, p) for p in _patterns(rule)):
            return rule
    return None


def _allows(rule: str | dict, comparison: bool) -> bool:
    if isinstance(rule, str):
        return True
    allowed = (rule.get("features") or {}).get("filter") or {}
    return bool(allowed.get("comparison", False) if comparison else allowed.get("equality", True))


def _fields(tree: tuple) -> list[tuple[tuple[str, int, int], bool]]:
    """Every (field, uses a comparison operator) named in a parsed filter."""
    kind = tree[0]
    if kind in ("or", "and"):
        return [found for part in tree[1] for found in _fields(part)]
    if kind == "not":
        return _fields(tree[1])
    if kind == "all":
        return []
    comparison = kind == "to" or (kind == "cmp" and tree[2] not in ("=", "!="))
    return [(tree[1], comparison)]


def _filter_text(value: Any) -> str:
    return value if isinstance(value, str) else " AND ".join(str(v) for v in value)


def check_filterable(
    tree: tuple, settings: dict, uid: str, raw: Any, code: str, named: bool = True
) -> None:
    """Refuse a filter naming a field the index's filterableAttributes do not allow. The server
    names the index in a search's or a deletion's message, not in a documents fetch's (`named`)."""
    where = f"Index `{uid}`: " if named else ""
    rules = settings["filterableAttributes"]
    patterns = sorted({p for rule in rules for p in _patterns(rule)})
    for (field, start, end), comparison in _fields(tree):
        rule = _rule_for(rules, field)
        if rule is None:
            if patterns:
                listed = ", ".join(f"`{p}`" for p in patterns)
                tail = f" Available filterable attribute patterns are: {listed}."
            else:
                tail = " This index does not have configured filterable attributes."
            message = f"{where}Attribute `{field}` is not filterable.{tail}"
            raise MeiliError(400, code, located(message, start, end, _filter_text(raw)))
        if not _allows(rule, comparison):
            raise MeiliError(
                400,
                code,
                f"{where}Filter operator is not allowed for the attribute `{field}`.",
            )


# -- applying a filter to a document -------------------------------------------------------------------


def _facet(value: str) -> str:
    """Facet strings compare as the server normalises them: trimmed, NFKD, lower case."""
    return unicodedata.normalize("NFKD", value.strip()).lower()


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def field_values(doc: dict, field: str) -> list[Any] | None:
    """The leaf values a document holds for a (possibly dotted) field; None if it is absent."""
    current: list[Any] = [doc]
    for part in field.split("."):
        found = []
        for item in current:
            if isinstance(item, dict) and part in item:
                value = item[part]
                found.extend(value if isinstance(value, list) else [value])
        if not found and not any(isinstance(item, dict) and part in item for item in current):
            return None
        current = found
    return current


def _equal(held: Any, wanted: str) -> bool:
    if isinstance(held, bool):
        return _facet(wanted) == ("true" if held else "false")
    number = _number(held) if not isinstance(held, str) else None
    if number is not None:
        return _number(wanted) == number
    return isinstance(held, str) and _facet(held) == _facet(wanted)


def _compare(held: Any, op: str, wanted: str) -> bool:
    left, right = _number(held) if not isinstance(held, str) else None, _number(wanted)
    if left is None or right is None:
        return False
    return {">": left > right, ">=": left >= right, "<": left < right, "<=": left <= right}[op]


def matches(doc: dict, tree: tuple) -> bool:
    """Whether a document passes a parsed filter."""
    kind = tree[0]
    if kind == "all":
        return True
    if kind == "or":
        return any(matches(doc, part) for part in tree[1])
    if kind == "and":
        return all(matches(doc, part) for part in tree[1])
    if kind == "not":
        return not matches(doc, tree[1])
    values = field_values(doc, tree[1][0])
    if kind == "exists":
        return values is not None
    values = values or []
    if kind == "null":
        return None in values
    if kind == "empty":
        return values == [] or any(v in ("", {}) for v in values)
    if kind == "cmp" and tree[2] in ("=", "!="):
        equal = any(_equal(v, tree[3]) for v in values)
        return equal if tree[2] == "=" else not equal
    if kind == "cmp":
        return any(_compare(v, tree[2], tree[3]) for v in values)
    if kind == "in":
        return any(_equal(v, wanted) for v in values for wanted in tree[2])
    if kind == "to":
        return any(_compare(v, ">=", tree[2]) and _compare(v, "<=", tree[3]) for v in values)
    strings = [_facet(v) for v in values if isinstance(v, str)]
    if kind == "contains":
        return any(_facet(tree[2]) in s for s in strings)
    return any(s.startswith(_facet(tree[2])) for s in strings)  # "starts"


# -- sorts and facets ---------------------------------------------------------------------------------


def check_sort(sort: Any, settings: dict) -> list[tuple[str, bool]]:
    """(field, descending) pairs of a search's sort; 400 invalid_search_sort as the server says."""
    if sort is None:
        return []
    order = []
    for item in sort:
        parsed = re.fullmatch(r"(?P<field>[^:]+):(?P<way>asc|desc)", item or "")
        if not parsed:
            raise MeiliError(
                400,
                "invalid_search_sort",
                "Invalid syntax for the sort parameter: expected expression ending by `:asc` "
                f"or `:desc`, found `{item}`.",
            )
        field = parsed.group("field")
        sortable = settings["sortableAttributes"]
        if field not in sortable:
            tail = (
                f"Available sortable attributes are: `{', '.join(sortable)}`."
                if sortable
                else "This index does not have configured sortable attributes."
            )
            raise MeiliError(
                400, "invalid_search_sort", f"Attribute `{field}` is not sortable. {tail}"
            )
        order.append((field, parsed.group("way") == "desc"))
    if order and "sort" not in settings["rankingRules"]:
        raise MeiliError(
            400,
            "invalid_search_sort",
            "You must specify where `sort` is listed in the rankingRules setting to use the "
            "sort parameter at search time.",
        )
    return order


def sorted_documents(docs: list[dict], order: list[tuple[str, bool]]) -> list[dict]:
    """Documents in a sort's order; documents without the field come last, as on the server."""
    for field, descending in reversed(order):
        present = [d for d in docs if field_values(d, field)]
        absent = [d for d in docs if not field_values(d, field)]
        present.sort(key=lambda d, f=field: _sort_key(field_values(d, f)), reverse=descending)
        docs = present + absent
    return docs


def _sort_key(values: list[Any] | None) -> tuple:
    value = (values or [None])[0]
    number = _number(value) if not isinstance(value, str) else None
    return (0, number, "") if number is not None else (1, 0.0, _facet(str(value)))


def check_facets(facets: Any, settings: dict) -> list[str]:
    """The facets a search asks for; 400 invalid_search_facets if one is not filterable."""
    rules = settings["filterableAttributes"]
    patterns = sorted({p for rule in rules for p in _patterns(rule)})
    for name in facets or []:
        if _rule_for(rules, name) is None:
            tail = (
                f"Available filterable attributes patterns are: `{', '.join(patterns)}`."
                if patterns
                else "This index does not have configured filterable attributes."
            )
            raise MeiliError(
                400,
                "invalid_search_facets",
                f"Invalid facet distribution: Pattern `{name}` is not filterable. {tail}",
            )
    return list(facets or [])


def check_search_on(attributes: Any, settings: dict) -> None:
    """400 invalid_search_attributes_to_search_on for `attributesToSearchOn` that is not a list
    of searchable attributes (any attribute, while searchableAttributes is ['*'])."""
    if attributes is None:
        return
    if not isinstance(attributes, list) or not all(isinstance(a, str) for a in attributes):
        raise MeiliError(
            400,
            "invalid_search_attributes_to_search_on",
            "Invalid value type at `.attributesToSearchOn`: expected an array of strings.",
        )
    searchable = settings["searchableAttributes"]
    if searchable == ["*"]:
        return
    for name in attributes:
        if name not in searchable:
            raise MeiliError(
                400,
                "invalid_search_attributes_to_search_on",
                f"Attribute `{name}` is not searchable. Available searchable attributes are: "
                f"`{', '.join(searchable)}`.",
            )


def facet_distribution(docs: list[dict], facets: list[str], settings: dict) -> dict:
    """Value counts per facet, limited and ordered by the index's faceting settings."""
    faceting = settings["faceting"]
    limit = faceting["maxValuesPerFacet"]
    result: dict[str, dict[str, int]] = {}
    for name in facets:
        counts: dict[str, int] = {}
        shown: dict[str, str] = {}
        for doc in docs:
            seen = set()
            for value in field_values(doc, name) or []:
                if isinstance(value, bool):
                    value = "true" if value else "false"
                if isinstance(value, (str, int, float)):
                    key = _facet(str(value))
                    if key not in seen:
                        seen.add(key)
                        shown.setdefault(key, str(value))
                        counts[key] = counts.get(key, 0) + 1
        how = faceting["sortFacetValuesBy"].get(name, faceting["sortFacetValuesBy"]["*"])
        by_count = sorted(counts, key=lambda k: (-counts[k], k))
        ranked = by_count if how == "count" else sorted(counts)
        result[name] = {shown[k]: counts[k] for k in ranked[:limit]}
    return result
