"""What validation returns: one message per problem, and the overall result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Message:
    """One problem found in a publiccode.yml, located by key path and line."""

    path: str  # e.g. "description.en.shortDescription"; "" for the whole file
    line: int  # 1-based; 0 when the problem has no place in the file
    column: int
    code: str  # stable machine key, e.g. "required", "wrong-type"
    text: str  # one clear English sentence
    severity: str = ERROR

    def format(self, filename: str = "publiccode.yml") -> str:
        """Render the message as `file:line:column: severity: text` (the text names the key)."""
        where = f"{filename}:{self.line}:{self.column}" if self.line else filename
        return f"{where}: {self.severity}: {self.text}"


@dataclass(slots=True)
class ValidationResult:
    """The verdict on one publiccode.yml: valid when no message is an error."""

    valid: bool
    messages: list[Message] = field(default_factory=list)
    data: dict[str, Any] | None = None
    version: str | None = None

    @property
    def errors(self) -> list[Message]:
        return [m for m in self.messages if m.severity == ERROR]

    @property
    def warnings(self) -> list[Message]:
        return [m for m in self.messages if m.severity == WARNING]
