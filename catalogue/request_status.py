"""A listing request's reference and where it has got to: received, in review, decided."""

from __future__ import annotations

import re
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts import require_moderator
from catalogue.models import RegistrationRequest, User
from catalogue.models.types import utcnow
from catalogue.models.users import PENDING

# References are read out on the phone: no 0/O or 1/I.
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
REFERENCE_SHAPE = re.compile(r"[A-Z2-9]{5}-[A-Z2-9]{5}")
RECEIVED = "received"
IN_REVIEW = "in_review"


def new_reference() -> str:
    """A random reference like 'K7QPM-3XZRA': quoted by the applicant, and their status page's key."""
    letters = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(10))
    return f"{letters[:5]}-{letters[5:]}"


def find_by_reference(session: Session, reference: str) -> RegistrationRequest | None:
    """The request with this reference (case-insensitive), if any."""
    reference = (reference or "").strip().upper()
    if not REFERENCE_SHAPE.fullmatch(reference):
        return None
    return session.scalar(
        select(RegistrationRequest).where(RegistrationRequest.reference == reference)
    )


def start_review(session: Session, request: RegistrationRequest, moderator: User) -> None:
    """Note that a moderator has opened a pending request: its status page says 'in review'."""
    require_moderator(moderator)
    if request.status == PENDING and request.review_started_at is None:
        request.review_started_at = utcnow()
        session.flush()


def progress(request: RegistrationRequest) -> str:
    """'received', 'in_review', 'approved' or 'rejected'."""
    if request.status != PENDING:
        return request.status
    return IN_REVIEW if request.review_started_at is not None else RECEIVED
