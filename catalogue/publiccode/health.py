"""Metadata health and reuse readiness of a component, from facts the harvest already has.

Each check is `ok`, `warn` or `fail`. The readiness level follows one rule:

* `not-ready`  — some check fails: no licence, no README, or the repository is archived.
  These block reuse whatever else is true.
* `needs-work` — nothing fails, but some check warns: publiccode.yml missing or invalid,
  licence file not recognised as an SPDX licence, a licence stated only in the README or
  description (no licence file), no contributing guide, no description, or no push for more
  than 12 months.
* `ready`      — every check is ok.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from catalogue.publiccode.messages import ValidationResult
from catalogue.publiccode.spdx import is_valid_expression
from catalogue.publiccode.validator import validate

OK, WARN, FAIL = "ok", "warn", "fail"
READY, NEEDS_WORK, NOT_READY = "ready", "needs-work", "not-ready"
READINESS_LEVELS = (READY, NEEDS_WORK, NOT_READY)

STALE_AFTER = dt.timedelta(days=365)

# README.md, README_CY.md, docs/readme.rst …; CONTRIBUTING.md, .github/CONTRIBUTIONS.md …
_README = re.compile(r"^(?:docs/|\.github/)?readme[^/]*$", re.IGNORECASE)
_CONTRIBUTING = re.compile(r"^(?:docs/|\.github/)?contribut[^/]*$", re.IGNORECASE)
_LICENCE_FILE = re.compile(r"^(?:licen[cs]e|copying|unlicen[cs]e)(?:[.-][^/]*)?$", re.IGNORECASE)
# GitHub's placeholders when a licence file exists but matches no SPDX licence.
_UNIDENTIFIED_LICENCES = {"noassertion", "other"}
# Where a licence stated in words, not in a licence file, was read (ingest.licence_statements).
STATED_SOURCES = frozenset({"readme", "description"})


@dataclass(frozen=True, slots=True)
class Check:
    """One health check: a stable key, a status and an English sentence saying what to do."""

    name: str  # "publiccode", "licence", "readme", "contributing", "description", "activity"
    status: str  # ok, warn or fail
    key: str  # message key for translation, e.g. "health.publiccode.invalid"
    text: str
    details: tuple[str, ...] = ()  # e.g. the validation messages of an invalid publiccode.yml


@dataclass(frozen=True, slots=True)
class Health:
    """All checks of a component and the readiness level derived from them."""

    checks: tuple[Check, ...]
    readiness: str
    problems: tuple[Check, ...] = field(default=())


def assess(
    *,
    publiccode_raw: str | None = None,
    publiccode: ValidationResult | None = None,
    licence: str | None = None,
    licence_source: str | None = None,
    files: Iterable[str] = (),
    readme: str | None = None,
    description: str | None = None,
    pushed_at: dt.datetime | None = None,
    archived: bool = False,
    now: dt.datetime | None = None,
) -> Health:
    """Judge a component's metadata health and reuse readiness from harvested facts."""
    paths = [p.strip("/") for p in files]
    if publiccode is None and publiccode_raw is not None:
        publiccode = validate(publiccode_raw)
    checks = (
        _publiccode_check(publiccode_raw, publiccode),
        _licence_check(licence, licence_source, publiccode, paths),
        _readme_check(paths, readme),
        _contributing_check(paths),
        _description_check(description, publiccode),
        _activity_check(pushed_at, archived, now or dt.datetime.now(dt.UTC)),
    )
    return Health(checks=checks, readiness=readiness(checks), problems=_problems(checks))


def component_health(component, now: dt.datetime | None = None) -> Health:
    """The health of a stored component (a catalogue.models.Component), from its harvested facts."""
    return assess(
        publiccode_raw=component.publiccode_raw,
        licence=component.licence,
        licence_source=component.licence_source,
        files=component.files_sample or [],
        readme=component.readme_text,
        description=component.description,
        pushed_at=component.pushed_at,
        archived=component.archived,
        now=now,
    )


def has_licence_file(files: Iterable[str]) -> bool:
    """Whether a root file is named like a licence (LICENSE, LICENCE.md, COPYING …)."""
    return any(_LICENCE_FILE.match(str(p).strip("/")) for p in files)


def readiness(checks: Iterable[Check]) -> str:
    """Derive the readiness level: any failure is not-ready, any warning needs work."""
    statuses = {c.status for c in checks}
    if FAIL in statuses:
        return NOT_READY
    if WARN in statuses:
        return NEEDS_WORK
    return READY


def _problems(checks: Iterable[Check]) -> tuple[Check, ...]:
    order = {FAIL: 0, WARN: 1}
    return tuple(sorted((c for c in checks if c.status != OK), key=lambda c: order[c.status]))


def _publiccode_check(raw: str | None, result: ValidationResult | None) -> Check:
    if raw is None and result is None:
        return Check(
            "publiccode",
            WARN,
            "health.publiccode.missing",
            "There is no publiccode.yml: add one so the catalogue can describe the software "
            "in English and Welsh.",
        )
    if result is not None and not result.valid:
        errors = tuple(m.format() for m in result.errors)
        return Check(
            "publiccode",
            WARN,
            "health.publiccode.invalid",
            f"The publiccode.yml is not valid ({len(errors)} problem"
            f"{'s' if len(errors) != 1 else ''}): fix the messages listed.",
            errors,
        )
    warnings = tuple(m.format() for m in result.warnings) if result is not None else ()
    return Check(
        "publiccode", OK, "health.publiccode.valid", "The publiccode.yml is valid.", warnings
    )


def _licence_check(
    licence: str | None,
    source: str | None,
    publiccode: ValidationResult | None,
    paths: list[str],
) -> Check:
    declared = _declared_licence(publiccode)
    value = (licence or "").strip()
    recognised = value.lower() not in _UNIDENTIFIED_LICENCES and is_valid_expression(value)
    has_file = has_licence_file(paths)
    if value and recognised and source not in STATED_SOURCES:
        return Check("licence", OK, "health.licence.ok", f"The code is licensed under {value}.")
    if declared:
        return Check(
            "licence",
            OK,
            "health.licence.declared",
            f"publiccode.yml declares the licence {declared}.",
        )
    if value and recognised and not has_file:
        # A licence in words is a licence, but tools and people look for the file.
        return Check(
            "licence",
            WARN,
            "health.licence.stated",
            f"Only the README or description states the licence ({value}): add a LICENSE file "
            "so that people and tools can find it.",
        )
    if value or has_file:
        return Check(
            "licence",
            WARN,
            "health.licence.unrecognised",
            "The licence file is not a recognised open source licence: use a standard licence "
            "text so it can be identified.",
        )
    return Check(
        "licence",
        FAIL,
        "health.licence.missing",
        "There is no licence, so nobody may legally reuse the code: add a LICENSE file.",
    )


def _declared_licence(publiccode: ValidationResult | None) -> str | None:
    if publiccode is None or not publiccode.valid or not publiccode.data:
        return None
    legal = publiccode.data.get("legal")
    value = legal.get("license") if isinstance(legal, dict) else None
    return value if isinstance(value, str) else None


def _readme_check(paths: list[str], readme: str | None) -> Check:
    if (readme and readme.strip()) or any(_README.match(p) for p in paths):
        return Check("readme", OK, "health.readme.ok", "There is a README.")
    return Check(
        "readme",
        FAIL,
        "health.readme.missing",
        "There is no README: add one that says what the software does and how to run it.",
    )


def _contributing_check(paths: list[str]) -> Check:
    if any(_CONTRIBUTING.match(p) for p in paths):
        return Check("contributing", OK, "health.contributing.ok", "There is a contributing guide.")
    return Check(
        "contributing",
        WARN,
        "health.contributing.missing",
        "There is no contributing guide: add CONTRIBUTING.md so others know how to help.",
    )


def _description_check(description: str | None, publiccode: ValidationResult | None) -> Check:
    has_publiccode_text = bool(
        publiccode is not None and publiccode.valid and (publiccode.data or {}).get("description")
    )
    if (description and description.strip()) or has_publiccode_text:
        return Check("description", OK, "health.description.ok", "There is a description.")
    return Check(
        "description",
        WARN,
        "health.description.missing",
        "There is no description: add one to the repository or to publiccode.yml.",
    )


def _activity_check(pushed_at: dt.datetime | None, archived: bool, now: dt.datetime) -> Check:
    if archived:
        return Check(
            "activity",
            FAIL,
            "health.activity.archived",
            "The repository is archived, so it will get no fixes.",
        )
    if pushed_at is None:
        return Check(
            "activity", WARN, "health.activity.unknown", "When the code last changed is unknown."
        )
    if pushed_at.tzinfo is None:
        pushed_at = pushed_at.replace(tzinfo=dt.UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    if now - pushed_at > STALE_AFTER:
        return Check(
            "activity",
            WARN,
            "health.activity.stale",
            f"Nothing has been pushed since {pushed_at:%Y-%m-%d}, over 12 months ago.",
        )
    return Check(
        "activity", OK, "health.activity.recent", "The code has changed in the last 12 months."
    )
