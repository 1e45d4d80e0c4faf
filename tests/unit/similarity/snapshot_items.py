"""Similarity items straight from the bundled snapshot (repositories.jsonl), for tests and bench."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import yaml

from search.similarity import SimilarityItem

SNAPSHOT = Path(__file__).resolve().parents[3] / "ingest" / "data" / "snapshot"

try:
    from ingest.manifests import ecosystem_for
except ImportError:  # the normaliser's mapping is the lead's; this fallback keeps tests standalone
    _LOCAL = {
        "package.json": "npm",
        "pyproject.toml": "pypi",
        "setup.py": "pypi",
        "Pipfile": "pypi",
        "pom.xml": "maven",
        "build.gradle": "maven",
        "Gemfile": "rubygems",
        "go.mod": "go",
        "Cargo.toml": "cargo",
    }

    def ecosystem_for(path: str) -> str | None:
        base = path.rsplit("/", 1)[-1]
        if base.startswith("requirements") and base.endswith(".txt"):
            return "pypi"
        if base.endswith(".csproj"):
            return "nuget"
        return _LOCAL.get(base)


def _component_type(row: dict, dependencies: set[tuple[str, str]]) -> str:
    """The type the lead's classifier gives, as production items carry it; 'other' without it."""
    try:
        from catalogue.classify import Facts, classify
    except ImportError:
        return "other"
    facts = Facts(
        name=row.get("name") or "",
        description=row.get("description") or "",
        topics=[],
        primary_language=row.get("primary_language"),
        files=list(row.get("files_sample") or []),
        dependencies={name for _, name in dependencies},
        readme=row.get("readme") or "",
    )
    return classify(facts)[0]


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def item_from_row(row: dict, number: int, sectors: dict[str, str]) -> SimilarityItem:
    """One JSONL row as a SimilarityItem, numbered by its line."""
    dependencies = set()
    for path, names in (row.get("manifests") or {}).items():
        ecosystem = ecosystem_for(path)
        if ecosystem:
            dependencies.update((ecosystem, str(name)) for name in names)
    return SimilarityItem(
        id=number,
        full_name=row["full_name"],
        organisation=row["organisation"],
        sector=sectors.get(row["organisation"], ""),
        name=row.get("name") or row["full_name"].split("/")[-1],
        description=row.get("description") or "",
        readme=row.get("readme") or "",
        dependencies=tuple(sorted(dependencies)),
        component_type=_component_type(row, dependencies),
        fork=bool(row.get("fork")),
        archived=bool(row.get("archived")),
        primary_language=row.get("primary_language") or "",
        pushed_at=_date(row.get("pushed_at")),
    )


def load_rows(snapshot: Path = SNAPSHOT) -> list[dict]:
    """The snapshot's repository rows, in file order."""
    with (snapshot / "repositories.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def load_sectors(snapshot: Path = SNAPSHOT) -> dict[str, str]:
    """Organisation slug -> sector."""
    with (snapshot / "organisations.yaml").open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    organisations = data["organisations"] if isinstance(data, dict) else data
    return {o["slug"]: o.get("sector", "") for o in organisations}


def load_snapshot_items(snapshot: Path = SNAPSHOT) -> list[SimilarityItem]:
    """Every bundled repository as a SimilarityItem (ids are line numbers)."""
    sectors = load_sectors(snapshot)
    return [item_from_row(row, n, sectors) for n, row in enumerate(load_rows(snapshot))]
