"""Loading and exporting snapshots: organisations.yaml plus repositories.jsonl, one repository a line."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.errors import ValidationError
from catalogue.models import Component, Organisation
from catalogue.queries import live_component_ids
from catalogue.reuse import refresh_reuse_links
from catalogue.services import (
    finish_harvest_run,
    set_builds_for,
    start_harvest_run,
    upsert_component,
    upsert_organisation,
)
from ingest.normalise import normalise
from ingest.records import RawRepository, Rejection

BUNDLED_SNAPSHOT = Path(__file__).resolve().parent / "data" / "snapshot"
ORGANISATIONS_FILE = "organisations.yaml"
REPOSITORIES_FILE = "repositories.jsonl"
LINE_LIMIT = 2 * 1024 * 1024
REQUIRED_KEYS = ("full_name", "organisation", "html_url")


@dataclass
class LoadReport:
    organisations: int = 0
    seen: int = 0
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    # (line number, message) for every line that was skipped
    problems: list[tuple[int, str]] = field(default_factory=list)
    changed_ids: list[int] = field(default_factory=list)
    run_id: int | None = None


def snapshot_files(path: Path) -> tuple[Path, Path]:
    """The organisations and repositories files of a snapshot directory."""
    if not path.is_dir():
        raise ValidationError(f"{path} is not a snapshot directory")
    organisations, repositories = path / ORGANISATIONS_FILE, path / REPOSITORIES_FILE
    for required in (organisations, repositories):
        if not required.is_file():
            raise ValidationError(f"{path} has no {required.name}")
    return organisations, repositories


def load_snapshot(
    session: Session, path: Path, progress: Callable[[int], None] | None = None
) -> LoadReport:
    """Upsert a snapshot's organisations and repositories; bad lines are reported and skipped."""
    organisations_file, repositories_file = snapshot_files(path)
    report = LoadReport()
    run = start_harvest_run(session, f"snapshot:{path.name}")
    report.run_id = run.id
    regained: set[int] = set()
    organisations = _load_organisations(session, organisations_file, regained)
    report.organisations = len(organisations)
    for line_number, item in _read_lines(repositories_file):
        if progress:
            progress(line_number)
        if isinstance(item, str):
            report.problems.append((line_number, item))
            continue
        organisation = organisations.get(item.get("organisation"))
        if organisation is None:
            message = f"unknown organisation {item.get('organisation')!r}"
            report.problems.append((line_number, message))
            continue
        try:
            raw = raw_from_line(item)
        except (TypeError, ValueError) as exc:
            report.problems.append((line_number, f"bad value: {exc}"))
            continue
        record = normalise(raw)
        if isinstance(record, Rejection):
            report.problems.append((line_number, f"{record.full_name}: {record.reason}"))
            continue
        report.seen += 1
        with session.begin_nested():
            component, result = upsert_component(session, record, organisation, touch_seen=False)
        if result == "unchanged":
            report.unchanged += 1
        else:
            report.changed_ids.append(component.id)
            if result == "added":
                report.added += 1
            else:
                report.changed += 1
    if regained:
        # Their documents name the body they build for: indexed again, though nothing else moved.
        live = live_component_ids(session, regained)
        report.changed_ids += sorted(set(live) - set(report.changed_ids))
    # Reuse looks across every component: a change here can make another component 'used by'.
    reuse_changed = refresh_reuse_links(session)
    report.changed_ids += sorted(reuse_changed - set(report.changed_ids))
    run.seen, run.added, run.changed, run.unchanged = (
        report.seen,
        report.added,
        report.changed,
        report.unchanged,
    )
    run.failed = len(report.problems)
    run.errors = {"snapshot": [f"line {n}: {m}" for n, m in report.problems][:500]}
    finish_harvest_run(session, run)
    return report


def _load_organisations(
    session: Session, path: Path, regained: set[int]
) -> dict[str, Organisation]:
    """The file's organisations by slug, upserted; the ids of those whose body they build for
    changed are added to `regained` (their components' search documents name that body)."""
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        raise ValidationError(f"{path.name} is not valid YAML: {exc}") from None
    if not isinstance(entries, list):
        raise ValidationError(f"{path.name} must be a list of organisations")
    organisations = {}
    loaded: list[tuple[int, dict, Organisation]] = []
    for index, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise ValidationError(f"{path.name}: entry {index} is not a mapping")
        try:
            accounts = [(a["host"], a["login"]) for a in entry.get("accounts") or []]
            organisation = upsert_organisation(
                session,
                slug=entry["slug"],
                name=entry["name"],
                sector=entry["sector"],
                name_cy=entry.get("name_cy") or "",
                website=entry.get("website") or "",
                evidence=entry.get("evidence") or "",
                accounts=accounts,
            )
        except KeyError as exc:
            raise ValidationError(f"{path.name}: entry {index} lacks {exc}") from None
        except ValidationError as exc:
            raise ValidationError(f"{path.name}: entry {index}: {exc}") from None
        organisations[organisation.slug] = organisation
        loaded.append((index, entry, organisation))
    for index, entry, organisation in loaded:
        client_slug = entry.get("builds_for")
        if client_slug and str(client_slug) not in organisations:
            raise ValidationError(
                f"{path.name}: entry {index}: builds_for names no organisation of the file "
                f"({client_slug!r})"
            )
        try:
            if set_builds_for(session, organisation, str(client_slug) if client_slug else None):
                regained.add(organisation.id)
        except ValidationError as exc:
            raise ValidationError(f"{path.name}: entry {index}: {exc}") from None
    return organisations


def _read_lines(path: Path) -> Iterator[tuple[int, dict | str]]:
    with path.open("rb") as handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            if len(line) > LINE_LIMIT:
                yield line_number, f"line longer than {LINE_LIMIT} bytes"
                continue
            try:
                item = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield line_number, f"not valid JSON ({exc})"
                continue
            if not isinstance(item, dict):
                yield line_number, "not a JSON object"
                continue
            missing = [key for key in REQUIRED_KEYS if not item.get(key)]
            if missing:
                yield line_number, f"missing {', '.join(missing)}"
                continue
            yield line_number, item


def _date(value) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def raw_from_line(item: dict) -> RawRepository:
    """Read one snapshot line into the normaliser's input."""
    full_name = str(item["full_name"])
    owner, _, name = full_name.partition("/")
    manifests = item.get("manifests") or {}
    if not isinstance(manifests, dict):
        raise ValueError("manifests must be an object")
    return RawRepository(
        host=str(item.get("host") or "github.com"),
        full_name=full_name,
        owner=str(item.get("owner") or owner),
        name=str(item.get("name") or name),
        html_url=str(item["html_url"]),
        organisation=item.get("organisation"),
        description=item.get("description"),
        description_source=item.get("description_source"),
        homepage=item.get("homepage"),
        readme=item.get("readme"),
        languages=dict(item.get("languages") or {}),
        primary_language=item.get("primary_language"),
        licence=item.get("license_spdx"),
        topics=[str(t) for t in item.get("topics") or []],
        stars=_count(item.get("stars")),
        forks=_count(item.get("forks")),
        open_issues=_count(item.get("open_issues")),
        created_at=_date(item.get("created_at")),
        pushed_at=_date(item.get("pushed_at")),
        updated_at=_date(item.get("updated_at")),
        archived=item.get("archived"),
        fork=item.get("fork"),
        template=item.get("template"),
        default_branch=item.get("default_branch"),
        publiccode_yml=item.get("publiccode_yml"),
        manifest_dependencies={str(p): list(n or []) for p, n in manifests.items()},
        files_sample=[str(f) for f in item.get("files_sample") or []],
    )


def _count(value) -> int | None:
    # Absent or null: the snapshot does not know (the bundled one never does); 0 is a real 0.
    return None if value is None else int(value)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def line_from_component(component: Component) -> dict:
    """One snapshot line: the shared data's keys first, then the fields a harvest adds."""
    return {
        "full_name": component.full_name,
        "owner": component.owner,
        "name": component.name,
        "organisation": component.organisation.slug,
        "html_url": component.repository_url,
        "description": component.description,
        "description_source": component.description_source or "unknown",
        "readme": component.readme_source,
        "languages": component.languages or {},
        "primary_language": component.primary_language,
        # Only what the host recognised: a licence read from the README is read again on load.
        "license_spdx": component.licence if component.licence_source in (None, "host") else None,
        "has_publiccode_yml": bool(component.publiccode_raw),
        "publiccode_yml": component.publiccode_raw,
        "manifests": component.manifests or {},
        "files_sample": component.files_sample or [],
        "created_at": _iso(component.created_at),
        "pushed_at": _iso(component.pushed_at),
        "fork": component.fork,
        "archived": component.archived,
        "host": component.host,
        "homepage": component.homepage,
        "topics": component.topics or [],
        # null when no harvest reported them, so a reload does not turn 'not known' into 0.
        "stars": component.count("stars"),
        "forks": component.count("forks"),
        "open_issues": component.count("open_issues"),
        "updated_at": _iso(component.updated_at),
        "template": component.template,
        "default_branch": component.default_branch,
    }


def export_snapshot(session: Session, path: Path) -> tuple[int, int]:
    """Write every organisation and live component to a snapshot directory; returns the counts."""
    path.mkdir(parents=True, exist_ok=True)
    organisations = list(session.scalars(select(Organisation).order_by(Organisation.slug)))
    entries = [
        {
            "slug": o.slug,
            "name": o.name,
            "name_cy": o.name_cy,
            "sector": o.sector,
            "website": o.website,
            "accounts": [{"host": a.host, "login": a.login} for a in o.accounts],
            "evidence": o.evidence,
            **({"builds_for": o.builds_for.slug} if o.builds_for else {}),
        }
        for o in organisations
    ]
    text = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=200)
    (path / ORGANISATIONS_FILE).write_text(text, encoding="utf-8")
    count = 0
    temporary = path / (REPOSITORIES_FILE + ".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        query = (
            select(Component)
            .where(Component.removed_at.is_(None))
            .order_by(Component.full_name_key)
        )
        for component in session.scalars(query):
            handle.write(json.dumps(line_from_component(component), ensure_ascii=False) + "\n")
            count += 1
    temporary.replace(path / REPOSITORIES_FILE)
    return len(entries), count
