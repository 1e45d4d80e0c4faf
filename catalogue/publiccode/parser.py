"""Safe YAML loading for publiccode.yml: a node tree that keeps the line of every key and value."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

# A real publiccode.yml is a few kilobytes; these limits only stop hostile input early.
MAX_BYTES = 1_000_000
MAX_NODES = 50_000
MAX_DEPTH = 64
# Longer numbers than any field needs; Python refuses to parse over 4,300 digits anyway.
MAX_NUMBER_DIGITS = 100

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Resolution of plain scalars follows the YAML 1.2 core schema, as Go's yaml.v3 does,
# rather than PyYAML's YAML 1.1 rules (where `yes`, `on` and `0755` are not strings).
_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_TIMESTAMP = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?$")


class LoadError(Exception):
    """The text could not be turned into a YAML node tree."""

    def __init__(self, code: str, text: str, line: int = 0, column: int = 0) -> None:
        super().__init__(text)
        self.code = code
        self.text = text
        self.line = line
        self.column = column


@dataclass(eq=False, slots=True)
class Node:
    """One YAML node: a mapping, a sequence or a scalar, with its 1-based position."""

    kind: str  # "map", "seq" or "scalar"
    line: int
    column: int
    # scalar: "str", "int", "float", "bool", "null" or "timestamp"; collections: "map"/"seq"
    tag: str
    text: str = ""
    items: list[Node] = field(default_factory=list)
    pairs: list[tuple[Node, Node]] = field(default_factory=list)

    @property
    def is_null(self) -> bool:
        return self.kind == "scalar" and self.tag == "null"

    def get(self, key: str) -> tuple[Node, Node] | None:
        """Return the (key node, value node) pair for a key of a mapping, if present."""
        for k, v in self.pairs:
            if k.kind == "scalar" and k.text == key:
                return k, v
        return None


def decode(data: str | bytes) -> str:
    """Turn raw input into text, raising LoadError for binary, non-UTF-8 or oversized input."""
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise LoadError("too-large", f"The file is larger than {MAX_BYTES // 1000} kB.")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise LoadError("not-utf8", "The file is not valid UTF-8 text.") from exc
    else:
        text = data
        if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
            raise LoadError("too-large", f"The file is larger than {MAX_BYTES // 1000} kB.")
    if "\x00" in text:
        raise LoadError("binary", "The file looks binary: it contains NUL bytes.")
    return text.removeprefix("\ufeff")


def load(data: str | bytes) -> Node:
    """Parse one YAML document into a Node tree, never constructing arbitrary objects."""
    text = decode(data)
    if not text.strip():
        raise LoadError("empty", "The file is empty.")
    try:
        # Like Go's yaml.v3 decoder, read only the first document of a stream.
        documents = yaml.compose_all(text, Loader=_Loader)
        raw = next(documents, None)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        column = mark.column + 1 if mark else 0
        problem = exc.problem or exc.context or "invalid YAML"
        raise LoadError(
            "yaml-syntax", f"The YAML is not well formed: {problem}.", line, column
        ) from exc
    except yaml.YAMLError as exc:
        raise LoadError("yaml-syntax", f"The YAML is not well formed: {exc}.") from exc
    except RecursionError as exc:
        raise LoadError("too-deep", "The YAML is nested too deeply.") from exc
    if raw is None:
        raise LoadError("empty", "The file contains no YAML document.")
    return _Converter().convert(raw)


class _Converter:
    """Copy PyYAML's node graph into Nodes, expanding aliases within a budget."""

    def __init__(self) -> None:
        self.count = 0
        self.stack: set[int] = set()

    def convert(self, raw: yaml.Node, depth: int = 0) -> Node:
        self.count += 1
        if self.count > MAX_NODES:
            # Repeated aliases ("billion laughs") blow up here, not in the composer.
            raise LoadError("too-many-nodes", "The YAML expands to too many values (alias abuse?).")
        if depth > MAX_DEPTH:
            raise LoadError("too-deep", "The YAML is nested too deeply.")
        if id(raw) in self.stack:
            raise LoadError("recursive-alias", "The YAML contains a recursive alias.")
        line, column = raw.start_mark.line + 1, raw.start_mark.column + 1
        if isinstance(raw, yaml.ScalarNode):
            tag = _scalar_tag(raw)
            if tag in ("int", "float") and len(raw.value) > MAX_NUMBER_DIGITS:
                raise LoadError(
                    "number-too-long",
                    f"A number is longer than {MAX_NUMBER_DIGITS} digits.",
                    line,
                    column,
                )
            return Node("scalar", line, column, tag, text=raw.value)
        self.stack.add(id(raw))
        try:
            if isinstance(raw, yaml.SequenceNode):
                items = [self.convert(item, depth + 1) for item in raw.value]
                return Node("seq", line, column, "seq", items=items)
            return Node("map", line, column, "map", pairs=self._pairs(raw, depth))
        finally:
            self.stack.discard(id(raw))

    def _pairs(self, raw: yaml.MappingNode, depth: int) -> list[tuple[Node, Node]]:
        own: list[tuple[Node, Node]] = []
        merged: list[tuple[Node, Node]] = []
        for key_raw, value_raw in raw.value:
            key = self.convert(key_raw, depth + 1)
            value = self.convert(value_raw, depth + 1)
            if key_raw.tag == "tag:yaml.org,2002:merge":
                sources = value.items if value.kind == "seq" else [value]
                for source in sources:
                    merged.extend(source.pairs if source.kind == "map" else [])
                continue
            own.append((key, value))
        # Explicit keys win over merged ones, as in YAML's merge-key convention.
        names = {k.text for k, _ in own if k.kind == "scalar"}
        return own + [(k, v) for k, v in merged if k.text not in names]


def _scalar_tag(raw: yaml.ScalarNode) -> str:
    if raw.style not in (None, ""):
        return "str"
    if not raw.tag.startswith("tag:yaml.org,2002:"):
        return "str"  # a custom tag: keep the text
    tag = _resolve_plain(raw.value)
    # PyYAML tags a plain scalar as str only when its own (YAML 1.1) rules find nothing
    # else, so a str tag on something that looks like null, a boolean or a decimal
    # number means an explicit `!!str`.
    if raw.tag == "tag:yaml.org,2002:str" and tag in ("null", "bool", *_decimal(raw.value)):
        return "str"
    return tag


def _decimal(value: str) -> tuple[str, ...]:
    return ("int", "float") if re.match(r"^[-+]?[0-9][0-9.]*$", value) else ()


def _resolve_plain(value: str) -> str:
    if value in _NULL:
        return "null"
    if value in _BOOL:
        return "bool"
    if _INT.match(value):
        return "int"
    if _FLOAT.match(value):
        return "float"
    if _TIMESTAMP.match(value):
        return "timestamp"
    return "str"


def to_data(node: Node) -> Any:
    """Turn a Node tree into plain Python data (dicts, lists, strings, numbers, booleans)."""
    if node.kind == "map":
        return {_key_text(k): to_data(v) for k, v in node.pairs}
    if node.kind == "seq":
        return [to_data(item) for item in node.items]
    if node.tag == "null":
        return None
    if node.tag == "bool":
        return _BOOL[node.text]
    if node.tag == "int":
        try:
            return int(node.text, 0)
        except ValueError:
            return int(node.text)
    if node.tag == "float":
        try:
            return float(node.text.replace(".inf", "inf").replace(".Inf", "inf"))
        except ValueError:
            return node.text
    return node.text


def _key_text(node: Node) -> str:
    return node.text if node.kind == "scalar" else f"<{node.kind}>"


def key_positions(root: Node) -> dict[str, tuple[int, int]]:
    """Map every key path (`description.cy.features[0]`) to the line and column it starts at."""
    positions: dict[str, tuple[int, int]] = {}

    def walk(node: Node, path: str) -> None:
        if node.kind == "map":
            for key, value in node.pairs:
                child = f"{path}.{_key_text(key)}" if path else _key_text(key)
                positions.setdefault(child, (key.line, key.column))
                walk(value, child)
        elif node.kind == "seq":
            for index, item in enumerate(node.items):
                child = f"{path}[{index}]"
                positions.setdefault(child, (item.line, item.column))
                walk(item, child)

    walk(root, "")
    return positions
