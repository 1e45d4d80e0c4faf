"""SPDX licence expressions: tokenise, parse and check every identifier against the SPDX list."""

from __future__ import annotations

import re
from dataclasses import dataclass

from catalogue.publiccode.vocabulary import spdx_exceptions, spdx_licences

_ID = re.compile(r"[A-Za-z0-9.\-]+")
_OPERATORS = ("WITH", "AND", "OR", "(", ")", ":", "+")


class LicenceError(ValueError):
    """A licence expression that does not parse, with the reason in English."""


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "op", "licence", "exception", "ref", "docref"
    value: str


def parse_expression(expression: str) -> list[str]:
    """Parse an SPDX expression and return its licence identifiers, canonically spelt.

    Raise LicenceError when the expression is malformed or names an unknown licence.
    Like the reference parser, matching is case-insensitive, `-only`/`-or-later`/`+`
    forms are understood, deprecated identifiers are accepted and operators must be
    upper case.
    """
    if not expression or not expression.strip():
        raise LicenceError("the licence expression is empty")
    tokens = _tokenise(expression)
    parser = _Parser(tokens)
    parser.expression()
    if parser.more():
        token = parser.peek()
        if token.kind == "op" and token.value == ")":
            raise LicenceError("a closing parenthesis has no matching opening one")
        raise LicenceError("licences must be joined by AND, OR or WITH")
    return parser.licences


def is_valid_expression(expression: str) -> bool:
    """Tell whether a string is a valid SPDX licence expression."""
    try:
        parse_expression(expression)
    except LicenceError:
        return False
    return True


def _tokenise(expression: str) -> list[_Token]:
    tokens: list[_Token] = []
    licences, exceptions = spdx_licences(), spdx_exceptions()
    i, n = 0, len(expression)
    while i < n:
        if expression[i] == " ":
            i += 1
            continue
        op = next((o for o in _OPERATORS if expression.startswith(o, i)), None)
        if op is not None:
            if op == "+" and i > 0 and expression[i - 1] == " ":
                raise LicenceError("unexpected space before '+'")
            tokens.append(_Token("op", op))
            i += len(op)
            continue
        for prefix, kind in (("DocumentRef-", "docref"), ("LicenseRef-", "ref")):
            if expression.startswith(prefix, i):
                match = _ID.match(expression, i + len(prefix))
                if match is None:
                    raise LicenceError(f"an identifier must follow '{prefix}'")
                tokens.append(_Token(kind, match.group()))
                i = match.end()
                break
        else:
            match = _ID.match(expression, i)
            if match is None:
                raise LicenceError(f"unexpected character {expression[i]!r}")
            word = match.group()
            i = match.end()
            token, i = _licence_token(word, expression, i, licences, exceptions)
            if token is None:
                raise LicenceError(f"'{word}' is not an SPDX licence identifier")
            tokens.append(token)
    return tokens


def _licence_token(
    word: str, expression: str, end: int, licences: dict[str, str], exceptions: dict[str, str]
) -> tuple[_Token | None, int]:
    lower = word.lower()
    if lower in licences and not licences[lower].endswith("+"):
        return _Token("licence", licences[lower]), end
    if lower in exceptions:
        return _Token("exception", exceptions[lower]), end
    if lower.endswith("-only") and lower[:-5] in licences:
        return _Token("licence", licences[lower[:-5]]), end
    if expression.startswith("+", end) and f"{lower}-or-later" in licences:
        # `GPL-2.0+` means `GPL-2.0-or-later`; the `+` is consumed here.
        return _Token("licence", licences[f"{lower}-or-later"]), end + 1
    if lower.endswith("-or-later") and lower[:-9] in licences:
        return _Token("licence", licences[lower[:-9]] + "-or-later"), end
    return None, end


class _Parser:
    """Recursive descent over tokens; OR binds loosest, then AND, then WITH and `+`."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.index = 0
        self.licences: list[str] = []

    def more(self) -> bool:
        return self.index < len(self.tokens)

    def peek(self) -> _Token:
        return self.tokens[self.index]

    def take_op(self, value: str) -> bool:
        if self.more() and self.peek() == _Token("op", value):
            self.index += 1
            return True
        return False

    def expression(self) -> None:
        self.conjunction()
        while self.take_op("OR"):
            if not self.more():
                raise LicenceError("an expression must follow OR")
            self.conjunction()

    def conjunction(self) -> None:
        self.atom()
        while self.take_op("AND"):
            if not self.more():
                raise LicenceError("an expression must follow AND")
            self.atom()

    def atom(self) -> None:
        if not self.more():
            raise LicenceError("a licence is missing")
        if self.take_op("("):
            self.expression()
            if not self.take_op(")"):
                raise LicenceError("an opening parenthesis has no matching closing one")
            return
        token = self.peek()
        if token.kind == "docref":
            self.index += 1
            if not self.take_op(":"):
                raise LicenceError("':' must follow 'DocumentRef-…'")
            token = self.peek() if self.more() else _Token("op", "")
            if token.kind != "ref":
                raise LicenceError("'LicenseRef-…' must follow 'DocumentRef-…:'")
        if token.kind == "ref":
            self.index += 1
            self.licences.append(f"LicenseRef-{token.value}")
            return
        if token.kind != "licence":
            raise LicenceError(f"a licence was expected, not '{token.value}'")
        self.index += 1
        self.licences.append(token.value)
        self.take_op("+")
        if self.take_op("WITH"):
            if not self.more() or self.peek().kind != "exception":
                raise LicenceError("a licence exception must follow WITH")
            self.index += 1
