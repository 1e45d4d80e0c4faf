"""Components: one public repository each, with everything harvested about it and who uses it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalogue.db import Base
from catalogue.models.organisation import Organisation
from catalogue.models.types import JSONType, UTCDateTime, utcnow


class Component(Base):
    __tablename__ = "components"
    __table_args__ = (UniqueConstraint("host", "full_name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    host: Mapped[str] = mapped_column(String(200), default="github.com")
    full_name: Mapped[str] = mapped_column(String(300))
    full_name_key: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(100))
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    description_cy: Mapped[str | None] = mapped_column(Text)
    description_source: Mapped[str | None] = mapped_column(String(40))
    homepage: Mapped[str | None] = mapped_column(String(500))
    repository_url: Mapped[str] = mapped_column(String(500))
    primary_language: Mapped[str | None] = mapped_column(String(100), index=True)
    languages: Mapped[dict] = mapped_column(JSONType, default=dict)
    licence: Mapped[str | None] = mapped_column(String(100), index=True)
    # "host", "readme" or "description" (catalogue.records.ComponentRecord.licence_source).
    licence_source: Mapped[str | None] = mapped_column(String(20))
    topics: Mapped[list] = mapped_column(JSONType, default=list)
    stars: Mapped[int] = mapped_column(Integer, default=0)
    forks: Mapped[int] = mapped_column(Integer, default=0)
    open_issues: Mapped[int] = mapped_column(Integer, default=0)
    # Whether the code host reported stars, forks and open issues; without it the three zeros
    # above mean "not known" (the bundled snapshot has no counts), never "none".
    counts_known: Mapped[bool] = mapped_column(default=False, server_default=false())
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    pushed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    archived: Mapped[bool] = mapped_column(default=False)
    fork: Mapped[bool] = mapped_column(default=False)
    template: Mapped[bool] = mapped_column(default=False)
    default_branch: Mapped[str | None] = mapped_column(String(200))
    # The README as harvested (Markdown, capped), kept so snapshots round-trip; never rendered as is.
    readme_source: Mapped[str | None] = mapped_column(Text)
    readme_text: Mapped[str | None] = mapped_column(Text)
    readme_html: Mapped[str | None] = mapped_column(Text)
    publiccode_raw: Mapped[str | None] = mapped_column(Text)
    publiccode: Mapped[dict | None] = mapped_column(JSONType)
    files_sample: Mapped[list] = mapped_column(JSONType, default=list)
    # manifest path -> dependency names, as found; `dependencies` holds them normalised per ecosystem.
    manifests: Mapped[dict] = mapped_column(JSONType, default=dict)
    component_type: Mapped[str] = mapped_column(String(40), default="other", index=True)
    component_type_reason: Mapped[str | None] = mapped_column(String(500))
    # A digest of every harvested field, so a harvest can tell changed from unchanged cheaply.
    content_hash: Mapped[str | None] = mapped_column(String(64))
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    record_updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow
    )

    organisation: Mapped[Organisation] = relationship()
    # Other organisations' claims to use this component (confirmed ones are evidence of reuse).
    used_by_claims: Mapped[list[UsedByClaim]] = relationship(viewonly=True)
    # Components whose manifests name a package this one publishes (catalogue.reuse).
    used_by_links: Mapped[list[ReuseLink]] = relationship(
        viewonly=True, primaryjoin="Component.id == ReuseLink.provider_id"
    )
    dependencies: Mapped[list[Dependency]] = relationship(
        back_populates="component",
        cascade="all, delete-orphan",
        order_by="(Dependency.ecosystem, Dependency.name)",
    )

    def count(self, name: str) -> int | None:
        """Its stars, forks or open_issues, or None when no harvest has reported them."""
        return getattr(self, name) if self.counts_known else None


class Dependency(Base):
    """A package a component depends on, named as its ecosystem names it."""

    __tablename__ = "dependencies"
    __table_args__ = (UniqueConstraint("component_id", "ecosystem", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    component_id: Mapped[int] = mapped_column(
        ForeignKey("components.id", ondelete="CASCADE"), index=True
    )
    ecosystem: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300), index=True)
    manifest: Mapped[str | None] = mapped_column(String(300))

    component: Mapped[Component] = relationship(back_populates="dependencies")


# Where a 'used by' claim came from, and the states it can be in (catalogue.used_by).
OWNER = "owner"  # the component's own editors named the using organisation
PUBLICCODE = "publiccode"  # the component's publiccode.yml names it in usedBy
DECLARED = "declared"  # the using organisation said so itself
PENDING = "pending"
CONFIRMED = "confirmed"
DECLINED = "declined"


class UsedByClaim(Base):
    """A claim that an organisation uses a component; verified once that organisation confirms."""

    __tablename__ = "used_by_claims"
    __table_args__ = (UniqueConstraint("component_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    component_id: Mapped[int] = mapped_column(
        ForeignKey("components.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(20), default=OWNER, server_default=OWNER)
    # The usedBy entry a harvest matched, as the publiccode.yml wrote it.
    named_as: Mapped[str | None] = mapped_column(String(300))
    declined_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    declined_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # When the using organisation's editors were sent the question (None: not yet).
    asked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    component: Mapped[Component] = relationship()
    organisation: Mapped[Organisation] = relationship()

    @property
    def verified(self) -> bool:
        return self.confirmed_at is not None

    @property
    def state(self) -> str:
        """pending, confirmed, declared (by the using organisation itself) or declined."""
        if self.declined_at is not None:
            return DECLINED
        if self.confirmed_at is None:
            return PENDING
        return DECLARED if self.source == DECLARED else CONFIRMED


class ReuseLink(Base):
    """`dependent` declares `package` in `manifest`; `provider` publishes it (see catalogue.reuse)."""

    __tablename__ = "reuse_links"
    __table_args__ = (UniqueConstraint("dependent_id", "provider_id", "ecosystem", "package"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dependent_id: Mapped[int] = mapped_column(
        ForeignKey("components.id", ondelete="CASCADE"), index=True
    )
    provider_id: Mapped[int] = mapped_column(
        ForeignKey("components.id", ondelete="CASCADE"), index=True
    )
    ecosystem: Mapped[str] = mapped_column(String(40))
    package: Mapped[str] = mapped_column(String(300))
    manifest: Mapped[str | None] = mapped_column(String(300))
    # How we know the provider publishes the package: go-module, install-line, namespace, org-prefix.
    evidence: Mapped[str] = mapped_column(String(40))
