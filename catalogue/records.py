"""The normalised shape of a component, as ingest hands it to the catalogue to store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class DependencyRecord:
    ecosystem: str
    name: str
    manifest: str | None = None


@dataclass
class ComponentRecord:
    """A repository normalised into exactly the fields a Component row stores."""

    host: str
    full_name: str
    owner: str
    organisation: str | None
    name: str
    description: str | None
    description_cy: str | None
    description_source: str | None
    homepage: str | None
    repository_url: str
    primary_language: str | None
    languages: dict[str, int]
    licence: str | None
    # Where the licence comes from: "host" (its licence file, as the code host recognised it),
    # "readme" or "description" (stated there, with no licence file recognised); None without one.
    licence_source: str | None
    topics: list[str]
    stars: int
    forks: int
    open_issues: int
    # True when the source reported all three counts; otherwise they are 0 and not known.
    counts_known: bool
    created_at: datetime | None
    pushed_at: datetime | None
    updated_at: datetime | None
    archived: bool
    fork: bool
    template: bool
    default_branch: str | None
    readme_source: str | None
    readme_text: str | None
    readme_html: str | None
    publiccode_raw: str | None
    publiccode: dict | None
    files_sample: list[str]
    manifests: dict[str, list[str]]
    component_type: str
    component_type_reason: str
    dependencies: list[DependencyRecord]
