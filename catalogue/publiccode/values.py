"""Checks of single values (URLs, dates, e-mail, URIs, lengths, file references) as messages."""

from __future__ import annotations

from pathlib import Path

from catalogue.publiccode import checks, files
from catalogue.publiccode.walker import Entry, Walker, show

DEPRECATED = "is deprecated and will be removed from the standard"


class ValueChecks:
    """Report a problem with one value, located at its key."""

    def __init__(self, walker: Walker, base_dir: Path | None) -> None:
        self.w = walker
        self.base_dir = base_dir

    def http_url(self, entry: Entry | None) -> None:
        value = self.w.text(entry)
        if entry is not None and value is not None and not checks.is_http_url(value):
            self.w.error(
                entry.path,
                entry,
                "invalid-url",
                f"{entry.path} must be an http:// or https:// URL (found {show(value)}).",
            )

    def date(self, entry: Entry | None) -> None:
        value = self.w.text(entry)
        if entry is not None and value is not None and not checks.is_date(value):
            self.w.error(
                entry.path,
                entry,
                "invalid-date",
                f"{entry.path} must be a real date written YYYY-MM-DD (found {show(value)}).",
            )

    def email(self, entry: Entry | None) -> None:
        value = self.w.text(entry)
        if entry is not None and value and not checks.is_email(value):
            self.w.error(
                entry.path,
                entry,
                "invalid-email",
                f"{entry.path} must be an e-mail address (found {show(value)}).",
            )

    def uri(self, entry: Entry | None) -> None:
        value = self.w.text(entry)
        if entry is None or value is None or checks.is_uri(value):
            return
        if checks.is_italian_pa_urn(value):
            text = f"{entry.path} must be urn:x-italian-pa: followed by a valid iPA code"
        else:
            text = f"{entry.path} must be a URI such as https://example.org or urn:nid:name"
        self.w.error(entry.path, entry, "invalid-uri", f"{text} (found {show(value)}).")

    def length(self, entry: Entry, value: str, low: int | None, high: int | None) -> None:
        size = checks.count_graphemes(value)
        if high is not None and size > high:
            self.w.error(
                entry.path,
                entry,
                "too-long",
                f"{entry.path} must be at most {high} characters long (it has {size}).",
            )
        if low is not None and size < low:
            self.w.error(
                entry.path,
                entry,
                "too-short",
                f"{entry.path} must be at least {low} characters long (it has {size}).",
            )

    def file_reference(self, entry: Entry | None, kind: str) -> None:
        """Check a logo, screenshot or authors file reference."""
        value = self.w.text(entry)
        if entry is None or not value:
            return
        problem = files.reference_problem(value)
        if problem is None:
            check = {
                "logo": files.logo_problem,
                "screenshot": files.screenshot_problem,
                "file": files.file_problem,
            }[kind]
            problem = check(value, self.base_dir)
        if problem is not None:
            code = "invalid-path" if value.startswith(("/", "file:")) else f"invalid-{kind}"
            self.w.error(entry.path, entry, code, f"{entry.path} {problem}.")
