"""What every CSV download shares: a byte order mark for Excel, and cells that cannot run.

Excel reads a CSV without a byte order mark as Windows-1252, so "Tŷ'r Cwmnïau" would turn into
mojibake; the BOM makes it read UTF-8.
"""

from __future__ import annotations

from typing import Any

BOM = "\ufeff"
# A cell starting with one of these is a formula to spreadsheet programs: harvested text must not be.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """A value as a CSV cell: empty for None, prefixed with ' when it would start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text
