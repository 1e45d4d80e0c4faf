"""Organisations (Welsh public bodies and their suppliers) and their code-hosting accounts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalogue.db import Base
from catalogue.models.types import UTCDateTime, utcnow

# What a listing adds after a name that is not the body's own ("Atos (supplier)"), in Welsh.
NAME_SUFFIXES_CY = {
    " (supplier)": " (cyflenwr)",
    " (account)": " (cyfrif)",
    " (prototyping account)": " (cyfrif prototeipio)",
}


def name_in(locale: str, name: str, name_cy: str | None) -> str:
    """An organisation's name in the locale: Welsh falls back to English, with its suffix in Welsh."""
    if locale != "cy":
        return name
    if name_cy:
        return name_cy
    for english, welsh in NAME_SUFFIXES_CY.items():
        if name.endswith(english):
            return name.removesuffix(english) + welsh
    return name


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    name_cy: Mapped[str | None] = mapped_column(String(300))
    sector: Mapped[str] = mapped_column(String(40), index=True)
    website: Mapped[str | None] = mapped_column(String(500))
    evidence: Mapped[str | None] = mapped_column(String(4000))
    verified: Mapped[bool] = mapped_column(default=False)
    # An authoritative identifier, checked by format: "gss" (ONS GSS code of a Welsh local
    # authority, W06…), "ods" (NHS ODS code) or "govuk" (GOV.UK organisation slug).
    identifier_kind: Mapped[str | None] = mapped_column(String(20))
    identifier: Mapped[str | None] = mapped_column(String(100))
    # Shared secret for GitHub webhooks from this organisation's accounts; never shown or logged.
    webhook_secret: Mapped[str | None] = mapped_column(String(200))
    # The public body a supplier (or a prototyping account) builds for: its components are that
    # body's work too, and a question naming the body finds them (search/documents.py).
    builds_for_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    accounts: Mapped[list[Account]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="Account.login"
    )
    builds_for: Mapped[Organisation | None] = relationship(
        remote_side=[id], back_populates="suppliers"
    )
    suppliers: Mapped[list[Organisation]] = relationship(
        back_populates="builds_for", order_by="Organisation.name"
    )

    def display_name(self, locale: str) -> str:
        """The organisation's name in the given locale, falling back to English."""
        return name_in(locale, self.name, self.name_cy)


class Account(Base):
    """A code-hosting account (a GitHub organisation or user) that belongs to an organisation."""

    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("host", "login_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    host: Mapped[str] = mapped_column(String(200), default="github.com")
    login: Mapped[str] = mapped_column(String(100))
    # GitHub logins are case-insensitive; the key makes lookups and uniqueness agree with that.
    login_key: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    organisation: Mapped[Organisation] = relationship(back_populates="accounts")

    @property
    def url(self) -> str:
        return f"https://{self.host}/{self.login}"
