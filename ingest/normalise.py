"""Pure normalisation: RawRepository -> ComponentRecord | Rejection, shared by snapshot and harvest."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from catalogue.classify import Facts, classify
from catalogue.licences import spdx_id
from catalogue.publiccode import validate
from catalogue.welsh import is_welsh_text
from ingest.description import readme_description
from ingest.licence_statements import stated_licence
from ingest.manifests import ecosystem_for
from ingest.readme import readme_html, readme_text
from ingest.records import ComponentRecord, DependencyRecord, RawRepository, Rejection

PUBLICCODE_LIMIT = 256 * 1024
_FULL_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$")
_TOPIC = re.compile(r"^[a-z0-9][a-z0-9-]{0,49}$")


def normalise(raw: RawRepository) -> ComponentRecord | Rejection:
    """Turn one repository's raw facts into the record the catalogue stores, or say why not."""
    if not _FULL_NAME.match(raw.full_name or ""):
        return Rejection(raw.full_name or "?", "the repository name is not of the form owner/name")
    owner, name = raw.full_name.split("/", 1)
    readme = raw.readme or None
    description, source = _description(raw, name, readme)
    publiccode_raw = raw.publiccode_yml if raw.publiccode_yml else None
    publiccode = _parse_publiccode(publiccode_raw)
    description_cy = _publiccode_description(publiccode, "cy")
    if description and not description_cy and is_welsh_text(description):
        description_cy = description
    manifests = _manifests(raw)
    dependencies = _dependencies(manifests)
    component_type, reason = classify(
        Facts(
            name=name,
            description=description or "",
            topics=list(raw.topics),
            primary_language=raw.primary_language,
            files=list(raw.files_sample),
            dependencies={d.name for d in dependencies},
            readme=(readme or "")[:2000],
            publiccode_type=(publiccode or {}).get("softwareType"),
        )
    )
    base_url = f"{raw.html_url.rstrip('/')}/blob/{raw.default_branch or 'HEAD'}/"
    licence, licence_source = _licence(raw, readme)
    return ComponentRecord(
        host=raw.host.lower(),
        full_name=raw.full_name,
        owner=owner,
        organisation=raw.organisation,
        name=name,
        description=description,
        description_cy=description_cy,
        description_source=source,
        homepage=_url(raw.homepage),
        repository_url=raw.html_url,
        primary_language=raw.primary_language or None,
        languages={str(k): int(v) for k, v in (raw.languages or {}).items()},
        licence=licence,
        licence_source=licence_source,
        topics=sorted({t.lower() for t in raw.topics if _TOPIC.match(t.lower())}),
        stars=max(0, int(raw.stars or 0)),
        forks=max(0, int(raw.forks or 0)),
        open_issues=max(0, int(raw.open_issues or 0)),
        counts_known=None not in (raw.stars, raw.forks, raw.open_issues),
        created_at=_utc(raw.created_at),
        pushed_at=_utc(raw.pushed_at),
        updated_at=_utc(raw.updated_at),
        archived=bool(raw.archived),
        fork=bool(raw.fork),
        template=bool(raw.template),
        default_branch=raw.default_branch,
        readme_source=readme,
        readme_text=readme_text(readme),
        readme_html=readme_html(readme, base_url),
        publiccode_raw=publiccode_raw,
        publiccode=publiccode,
        files_sample=list(raw.files_sample)[:200],
        manifests=manifests,
        component_type=component_type,
        component_type_reason=reason,
        dependencies=dependencies,
    )


def normalise_dependency_name(ecosystem: str, name: str) -> str:
    """Names as each ecosystem compares them (PyPI folds case and separators, PEP 503)."""
    name = name.strip()
    if ecosystem == "pypi":
        return re.sub(r"[-_.]+", "-", name).lower()
    if ecosystem in ("npm", "cargo", "rubygems", "packagist", "nuget"):
        return name.lower()
    return name


def _manifests(raw: RawRepository) -> dict[str, list[str]]:
    """Manifest path -> dependency names, from names already extracted or from raw texts."""
    manifests = {path: [str(n) for n in names] for path, names in raw.manifest_dependencies.items()}
    if raw.manifest_texts:
        from ingest.manifest_parsers import parse_manifest  # only harvests carry raw texts

        for path, text in raw.manifest_texts.items():
            manifests.setdefault(path, parse_manifest(path, text))
    return manifests


def _dependencies(manifests: dict[str, list[str]]) -> list[DependencyRecord]:
    found: dict[tuple[str, str], DependencyRecord] = {}
    for path, names in sorted(manifests.items()):
        ecosystem = ecosystem_for(path)
        if ecosystem is None:
            continue
        for name in names:
            clean = normalise_dependency_name(ecosystem, str(name))
            if clean and len(clean) <= 300:
                found.setdefault((ecosystem, clean), DependencyRecord(ecosystem, clean, path))
    return sorted(found.values(), key=lambda d: (d.ecosystem, d.name))


def _description(
    raw: RawRepository, name: str, readme: str | None
) -> tuple[str | None, str | None]:
    """The repository's own description, else one chosen from its README by the same rules
    whether the README came from a harvest or a snapshot (a snapshot's README-derived line is
    chosen again, so a better chooser reaches the bundled data too)."""
    description = _clean_line(raw.description)
    from_readme = raw.description_source == "readme"
    if description and not (from_readme and readme):
        return description, raw.description_source or "repository"
    description = readme_description(readme, name)
    return description, "readme" if description else None


def _licence(raw: RawRepository, readme: str | None) -> tuple[str | None, str | None]:
    """The host's licence; when it recognised none, the one the README or description states."""
    host = spdx_id(raw.licence)
    if host:
        return host, "host"
    stated = stated_licence(readme, raw.description)
    return (stated.spdx, stated.source) if stated else (None, None)


def _parse_publiccode(text: str | None) -> dict | None:
    """The parsed publiccode.yml when it is valid; an invalid file enriches nothing."""
    if not text or len(text) > PUBLICCODE_LIMIT:
        return None
    result = validate(text)
    return result.data if result.valid and isinstance(result.data, dict) else None


def _publiccode_description(publiccode: dict | None, language: str) -> str | None:
    descriptions = (publiccode or {}).get("description") or {}
    entry = descriptions.get(language) if isinstance(descriptions, dict) else None
    if isinstance(entry, dict):
        return _clean_line(entry.get("shortDescription"))
    return None


def _clean_line(value: str | None) -> str | None:
    if not value:
        return None
    text = " ".join(str(value).split())
    return text[:1000] or None


def _utc(value: datetime | None) -> datetime | None:
    """Timestamps in UTC, so the same instant always hashes and compares the same."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _url(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    return value if value.startswith(("https://", "http://")) and len(value) <= 500 else None
