"""Typed access to a YAML node tree that records one message per problem."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from catalogue.publiccode.messages import ERROR, WARNING, Message
from catalogue.publiccode.parser import Node

_KIND_NAMES = {
    "map": "a mapping",
    "seq": "a list",
    "str": "text",
    "int": "a number",
    "float": "a number",
    "bool": "a boolean",
    "timestamp": "a date",
    "null": "empty",
}
# YAML 1.1 words that some tools read as booleans; publiccode.yml follows YAML 1.2.
_YAML11_BOOLS = {"y", "Y", "yes", "Yes", "YES", "on", "On", "ON"} | {
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF",
}


def show(value: str, limit: int = 60) -> str:
    """Quote a harvested value for a message, shortened and with control characters escaped."""
    text = value if len(value) <= limit else value[: limit - 1] + "…"
    return repr(text)


def kind_name(node: Node) -> str:
    return _KIND_NAMES.get(node.tag, "text")


@dataclass
class Entry:
    """A key present in a mapping: its key node, its value node and its key path."""

    key: Node
    value: Node
    path: str

    @property
    def line(self) -> int:
        return self.key.line

    @property
    def column(self) -> int:
        return self.key.column


@dataclass
class Walker:
    """Collect messages while reading a publiccode.yml node tree."""

    messages: list[Message] = field(default_factory=list)

    def error(self, path: str, at: Node | Entry | None, code: str, text: str) -> None:
        self._add(path, at, code, text, ERROR)

    def warn(self, path: str, at: Node | Entry | None, code: str, text: str) -> None:
        self._add(path, at, code, text, WARNING)

    def _add(self, path: str, at: Node | Entry | None, code: str, text: str, sev: str) -> None:
        line, column = (at.line, at.column) if at is not None else (0, 0)
        self.messages.append(Message(path, line, column, code, text, sev))

    def wrong_type(self, entry: Entry | None, path: str, node: Node, expected: str) -> None:
        self.error(
            path,
            entry or node,
            "wrong-type",
            f"{path} must be {expected}, not {kind_name(node)}.",
        )

    def mapping(
        self,
        node: Node,
        path: str,
        known: Iterable[str],
        *,
        at: Entry | None = None,
        allow_null: bool = True,
    ) -> dict[str, Entry] | None:
        """Read a mapping with a fixed set of keys; report duplicates and unknown keys."""
        if node.is_null and allow_null:
            return {}
        if node.kind != "map":
            self.wrong_type(at, path or "The file", node, "a mapping")
            return None
        known = tuple(known)
        entries: dict[str, Entry] = {}
        for key, value in node.pairs:
            name = key.text if key.kind == "scalar" else f"<{kind_name(key)}>"
            child = f"{path}.{name}" if path else name
            if name in entries:
                first = entries[name].line
                self.error(
                    child,
                    key,
                    "duplicate-key",
                    f"{child} appears more than once (first on line {first}).",
                )
                continue
            entry = Entry(key, value, child)
            if name not in known:
                hint = next((k for k in known if k.lower() == name.lower()), None)
                extra = f" Did you mean {hint}?" if hint else ""
                self.error(
                    child, key, "unknown-key", f"{child} is not a publiccode.yml key.{extra}"
                )
                continue
            entries[name] = entry
        return entries

    def require(self, entries: dict[str, Entry], name: str, path: str, at: Node | Entry | None):
        """Return the entry for a required key, reporting it when missing or empty."""
        entry = entries.get(name)
        child = f"{path}.{name}" if path else name
        if entry is None or entry.value.is_null:
            self.error(child, entry or at, "required", f"{child} is required.")
            return None
        return entry

    def text(self, entry: Entry | None, *, required: bool = False) -> str | None:
        """Return a scalar value as text (numbers and dates are read as written)."""
        if entry is None:
            return None
        node = entry.value
        if node.kind != "scalar":
            self.wrong_type(entry, entry.path, node, "text")
            return None
        if node.is_null:
            return None
        if required and node.text == "":
            self.error(entry.path, entry, "required", f"{entry.path} must not be empty.")
            return None
        return node.text

    def boolean(self, entry: Entry | None) -> bool | None:
        """Return a YAML 1.2 boolean; `yes`, `on` and quoted values are refused."""
        if entry is None or entry.value.is_null:
            return None
        node = entry.value
        if node.kind == "scalar" and node.tag == "bool":
            return node.text.lower() == "true"
        if node.kind == "scalar" and node.tag == "str" and node.text in _YAML11_BOOLS:
            self.error(
                entry.path,
                entry,
                "wrong-type",
                f"{entry.path} must be true or false; {show(node.text)} is only a boolean "
                "in the old YAML 1.1 rules.",
            )
            return None
        self.wrong_type(entry, entry.path, node, "true or false")
        return None

    def sequence(self, entry: Entry | None) -> list[tuple[str, Node]] | None:
        """Return the items of a list with their paths (`key[0]`), or None if not a list."""
        if entry is None or entry.value.is_null:
            return None
        if entry.value.kind != "seq":
            self.wrong_type(entry, entry.path, entry.value, "a list")
            return None
        return [(f"{entry.path}[{i}]", item) for i, item in enumerate(entry.value.items)]

    def text_items(self, entry: Entry | None) -> list[tuple[str, Node, str]] | None:
        """Return a list of text values as (path, node, text); non-text items are reported."""
        items = self.sequence(entry)
        if items is None:
            return None
        result = []
        for path, node in items:
            if node.kind != "scalar":
                self.wrong_type(None, path, node, "text")
                continue
            result.append((path, node, "" if node.is_null else node.text))
        return result

    def each_mapping(
        self,
        entry: Entry | None,
        known: Iterable[str],
        check: Callable[[dict[str, Entry], str, Node], None],
    ) -> list[dict[str, Entry]] | None:
        """Read a list of mappings, calling `check(entries, path, node)` on each."""
        items = self.sequence(entry)
        if items is None:
            return None
        known = tuple(known)
        result = []
        for path, node in items:
            entries = self.mapping(node, path, known, allow_null=False)
            if entries is not None:
                check(entries, path, node)
                result.append(entries)
        return result
