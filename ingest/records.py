"""The shapes that flow through ingest: raw facts in, normalised records out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from catalogue.records import ComponentRecord, DependencyRecord

__all__ = ["ComponentRecord", "DependencyRecord", "RawRepository", "Rejection"]


@dataclass
class RawRepository:
    """Facts about one repository as a source reports them, before normalisation.

    The snapshot loader and the GitHub harvester both produce this, so one normaliser serves both.
    """

    host: str
    full_name: str
    owner: str
    name: str
    html_url: str
    organisation: str | None = None
    description: str | None = None
    description_source: str | None = None
    homepage: str | None = None
    readme: str | None = None
    languages: dict[str, int] = field(default_factory=dict)
    primary_language: str | None = None
    licence: str | None = None
    topics: list[str] = field(default_factory=list)
    # None: the source does not say (the bundled snapshot never does), which is not 0.
    stars: int | None = None
    forks: int | None = None
    open_issues: int | None = None
    created_at: datetime | None = None
    pushed_at: datetime | None = None
    updated_at: datetime | None = None
    archived: bool | None = None
    fork: bool | None = None
    template: bool | None = None
    default_branch: str | None = None
    publiccode_yml: str | None = None
    # manifest path -> raw file text, parsed by ingest.manifests
    manifest_texts: dict[str, str] = field(default_factory=dict)
    # manifest path -> dependency names already extracted (the bundled snapshot carries these)
    manifest_dependencies: dict[str, list[str]] = field(default_factory=dict)
    files_sample: list[str] = field(default_factory=list)


@dataclass
class Rejection:
    """A repository that could not be normalised, and why."""

    full_name: str
    reason: str
