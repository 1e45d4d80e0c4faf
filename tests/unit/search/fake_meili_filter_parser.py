"""The fake Meilisearch's filter parser: Meilisearch's filter language, and its syntax errors.

The grammar is Meilisearch's filter language (`crates/filter-parser`): `OR`, `AND`, `NOT`,
parentheses, `=`, `!=`, `>`, `>=`, `<`, `<=`, `IN [..]`, `NOT IN [..]`, `EXISTS`, `IS NULL`,
`IS EMPTY`, `from TO to`, `CONTAINS` and `STARTS WITH`; keywords in capitals; values are words
(letters, digits, `_`, `-`, `.`) or quoted with `'` or `"` (backslash escapes). Bad syntax is
refused with HTTP 400: `invalid_search_filter` in a search, `invalid_document_filter` in a
deletion by filter. Geo filters are not modelled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from fake_meili_settings import MeiliError

KEYWORDS = {"AND", "OR", "IN", "NOT", "TO", "EXISTS", "IS", "NULL", "EMPTY", "CONTAINS"}
KEYWORDS |= {"STARTS", "WITH"}
OPERATORS = ("!=", ">=", "<=", "=", ">", "<")
WORD = re.compile(r"[\w\-.]+")
EXPECTED_OPERATION = (
    "Was expecting an operation `=`, `!=`, `>=`, `>`, `<=`, `<`, `IN`, `NOT IN`, `TO`, "
    "`EXISTS`, `NOT EXISTS`, `IS NULL`, `IS NOT NULL`, `IS EMPTY`, `IS NOT EMPTY`, `CONTAINS`, "
    "`NOT CONTAINS`, `STARTS WITH`, `NOT STARTS WITH`, `_geoRadius`, `_geoBoundingBox` or "
    "`_geoPolygon`"
)


@dataclass
class Token:
    kind: str  # "word", "quoted", "op" or one of ( ) [ ] ,
    text: str
    start: int
    end: int

    def keyword(self, *names: str) -> bool:
        return self.kind == "word" and self.text in names


class FilterSyntaxError(Exception):
    """The filter is not in the language; message and span as the server words them."""

    def __init__(self, message: str, start: int, end: int):
        super().__init__(message)
        self.message, self.start, self.end = message, start, end


def _tokens(text: str) -> list[Token]:
    found: list[Token] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char.isspace():
            i += 1
        elif char in "()[],":
            found.append(Token(char, char, i, i + 1))
            i += 1
        elif char in "'\"":
            j, value = i + 1, []
            while j < len(text) and text[j] != char:
                if text[j] == "\\" and j + 1 < len(text):
                    j += 1
                value.append(text[j])
                j += 1
            if j >= len(text):
                raise FilterSyntaxError(
                    f"Expression `{text[i:]}` is missing the following closing delimiter: "
                    f"`{char}`.",
                    i,
                    len(text),
                )
            found.append(Token("quoted", "".join(value), i, j + 1))
            i = j + 1
        elif op := next((o for o in OPERATORS if text.startswith(o, i)), None):
            found.append(Token("op", op, i, i + len(op)))
            i += len(op)
        elif match := WORD.match(text, i):
            found.append(Token("word", match.group(), i, match.end()))
            i = match.end()
        else:
            raise FilterSyntaxError(f"{EXPECTED_OPERATION} at `{text[i:]}`.", i, len(text))
    return found


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.tokens = _tokens(text)
        self.at = 0

    def peek(self, ahead: int = 0) -> Token | None:
        index = self.at + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise FilterSyntaxError(
                "Was expecting a value but instead got nothing.", len(self.text), len(self.text)
            )
        self.at += 1
        return token

    def parse(self) -> tuple:
        if not self.tokens:
            return ("all",)
        tree = self.parse_or()
        rest = self.peek()
        if rest is not None:
            raise FilterSyntaxError(
                "Found unexpected characters at the end of the filter: "
                f"`{self.text[rest.start :]}`. You probably forgot an `OR` or an `AND` rule.",
                rest.start,
                len(self.text),
            )
        return tree

    def parse_or(self) -> tuple:
        parts = [self.parse_and()]
        while (token := self.peek()) and token.keyword("OR"):
            self.at += 1
            parts.append(self.parse_and())
        return parts[0] if len(parts) == 1 else ("or", parts)

    def parse_and(self) -> tuple:
        parts = [self.parse_not()]
        while (token := self.peek()) and token.keyword("AND"):
            self.at += 1
            parts.append(self.parse_not())
        return parts[0] if len(parts) == 1 else ("and", parts)

    def parse_not(self) -> tuple:
        token = self.peek()
        if token and token.keyword("NOT"):
            self.at += 1
            return ("not", self.parse_not())
        if token and token.kind == "(":
            self.at += 1
            tree = self.parse_or()
            closing = self.peek()
            if closing is None or closing.kind != ")":
                raise FilterSyntaxError(
                    f"Expression `{self.text[token.start :]}` is missing the following closing "
                    "delimiter: `)`.",
                    token.start,
                    len(self.text),
                )
            self.at += 1
            return tree
        return self.parse_condition()

    def value(self) -> Token:
        token = self.take()
        if token.kind == "quoted" or (token.kind == "word" and token.text not in KEYWORDS):
            return token
        if token.kind == "word":
            raise FilterSyntaxError(
                f"Was expecting a value but instead got `{token.text}`, which is a reserved "
                f"keyword. To use `{token.text}` as a field name or a value, surround it by quotes.",
                token.start,
                token.end,
            )
        raise FilterSyntaxError(
            f"Was expecting a value but instead got `{token.text}`.", token.start, token.end
        )

    def value_list(self) -> list[str]:
        opening = self.take()
        if opening.kind != "[":
            raise FilterSyntaxError(
                "Expected `[` after `IN` keyword.", opening.start, len(self.text)
            )
        values: list[str] = []
        while (token := self.peek()) and token.kind != "]":
            values.append(self.value().text)
            after = self.peek()
            if after and after.kind == ",":
                self.at += 1
            elif after is None or after.kind != "]":
                break
        closing = self.peek()
        if closing is None or closing.kind != "]":
            raise FilterSyntaxError(
                "Expected matching `]` after the list of field names given to `IN[`",
                opening.start,
                len(self.text),
            )
        self.at += 1
        return values

    def parse_condition(self) -> tuple:
        field = self.value()
        name = (field.text, field.start, field.end)
        token = self.peek()
        if token is None:
            raise FilterSyntaxError(
                f"{EXPECTED_OPERATION} at `{self.text[field.start :]}`.",
                field.start,
                len(self.text),
            )
        self.at += 1
        if token.kind == "op":
            return ("cmp", name, token.text, self.value().text)
        if token.keyword("IN"):
            return ("in", name, self.value_list())
        if token.keyword("EXISTS"):
            return ("exists", name)
        if token.keyword("CONTAINS"):
            return ("contains", name, self.value().text)
        if token.keyword("STARTS") and (after := self.peek()) and after.keyword("WITH"):
            self.at += 1
            return ("starts", name, self.value().text)
        if token.keyword("IS"):
            negate = bool((after := self.peek()) and after.keyword("NOT"))
            self.at += negate
            what = self.take()
            if what.keyword("NULL", "EMPTY"):
                tree = ("null" if what.text == "NULL" else "empty", name)
                return ("not", tree) if negate else tree
        if token.keyword("NOT") and (after := self.peek()):
            self.at += 1
            if after.keyword("IN"):
                return ("not", ("in", name, self.value_list()))
            if after.keyword("EXISTS"):
                return ("not", ("exists", name))
            if after.keyword("CONTAINS"):
                return ("not", ("contains", name, self.value().text))
            if after.keyword("STARTS") and (more := self.peek()) and more.keyword("WITH"):
                self.at += 1
                return ("not", ("starts", name, self.value().text))
        if token.kind in ("word", "quoted") and (after := self.peek()) and after.keyword("TO"):
            self.at += 1
            return ("to", name, token.text, self.value().text)
        raise FilterSyntaxError(
            f"{EXPECTED_OPERATION} at `{self.text[field.start :]}`.", field.start, len(self.text)
        )


def located(message: str, start: int, end: int, text: str) -> str:
    return f"{message}\n{start + 1}:{end + 1} {text}"


def parse_filter(value: Any, code: str = "invalid_search_filter") -> tuple:
    """A filter (string, or array of strings and arrays of strings) as a tree; 400 if malformed."""
    if isinstance(value, str):
        try:
            return _Parser(value).parse()
        except FilterSyntaxError as exc:
            raise MeiliError(400, code, located(exc.message, exc.start, exc.end, value)) from exc
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, list):
                parts.append(("or", [parse_filter(inner, code) for inner in item]))
            elif isinstance(item, str):
                parts.append(parse_filter(item, code))
            else:
                raise _bad_type(item, code)
        return ("and", parts)
    raise _bad_type(value, code)


def _bad_type(value: Any, code: str) -> MeiliError:
    kinds = {bool: "Bool", int: "Number", float: "Number", dict: "Object"}
    found = "true" if value is True else "false" if value is False else kinds.get(type(value))
    return MeiliError(
        400,
        code,
        "Invalid syntax for the filter parameter: "
        f"`expected String, Array, found: {found or 'null'}`.",
    )
