"""What editors note about their own organisation's components, and 'used by' claims.

Every rule here is about whose entry it is: an editor changes only their own organisation's
components, and only an editor of the using organisation can confirm that it uses one.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from catalogue.accounts import NotPermittedError, record_audit
from catalogue.models import Annotation, Component, Organisation, UsedByClaim, User
from catalogue.models.types import utcnow
from catalogue.registration import FormError
from catalogue.urls import InputError
from catalogue.vocabulary import N_

# The publiccode.yml developmentStatus values, so annotations and harvested metadata agree.
MATURITY: dict[str, str] = {
    "concept": N_("Concept"),
    "development": N_("In development"),
    "beta": N_("Beta"),
    "stable": N_("Stable"),
    "obsolete": N_("Obsolete"),
}
MAX_NOTES = 4000
MAX_CONTACT = 300


def can_annotate(user: User | None, component: Component) -> bool:
    """Whether this person may change this component's annotations and claims."""
    return user is not None and user.is_editor and user.organisation_id == component.organisation_id


def _require_owner_editor(user: User | None, component: Component) -> User:
    if user is None or not user.is_editor:
        raise NotPermittedError(N_("Only an organisation’s editors can annotate its components"))
    if user.organisation_id != component.organisation_id:
        raise NotPermittedError(N_("You can only annotate your own organisation’s components"))
    return user


def get_annotation(session: Session, component_id: int) -> Annotation | None:
    return session.scalar(select(Annotation).where(Annotation.component_id == component_id))


def annotate(
    session: Session,
    user: User | None,
    component: Component,
    reuse_notes: str = "",
    contact: str = "",
    maturity: str = "",
) -> Annotation:
    """Set the reuse notes, contact and maturity of one of the editor's own components."""
    user = _require_owner_editor(user, component)
    problems: dict[str, InputError] = {}
    reuse_notes, contact = (reuse_notes or "").strip(), (contact or "").strip()
    if len(reuse_notes) > MAX_NOTES:
        problems["reuse_notes"] = InputError(
            N_("This must be %(max)s characters or fewer"), max=MAX_NOTES
        )
    if len(contact) > MAX_CONTACT:
        problems["contact"] = InputError(
            N_("This must be %(max)s characters or fewer"), max=MAX_CONTACT
        )
    if maturity and maturity not in MATURITY:
        problems["maturity"] = InputError(N_("Choose how mature the component is"))
    if problems:
        raise FormError(problems)
    annotation = get_annotation(session, component.id)
    before = _annotation_snapshot(annotation)
    if annotation is None:
        annotation = Annotation(component_id=component.id)
        session.add(annotation)
    annotation.reuse_notes = reuse_notes or None
    annotation.contact = contact or None
    annotation.maturity = maturity or None
    annotation.updated_by_id = user.id
    annotation.updated_at = utcnow()
    session.flush()
    after = _annotation_snapshot(annotation)
    record_audit(session, user, "annotation.update", "component", component.id, before, after)
    return annotation


def claims_for(session: Session, component_id: int) -> list[UsedByClaim]:
    """The component's 'used by' claims, verified ones first."""
    claims = session.scalars(
        select(UsedByClaim)
        .options(selectinload(UsedByClaim.organisation))
        .where(UsedByClaim.component_id == component_id)
    ).all()
    return sorted(claims, key=lambda c: (not c.verified, c.organisation.name.lower()))


def claims_awaiting(session: Session, organisation_id: int) -> list[UsedByClaim]:
    """Claims that this organisation uses a component, waiting for one of its editors."""
    return list(
        session.scalars(
            select(UsedByClaim)
            .options(selectinload(UsedByClaim.component).selectinload(Component.organisation))
            .where(
                UsedByClaim.organisation_id == organisation_id,
                UsedByClaim.confirmed_at.is_(None),
                UsedByClaim.declined_at.is_(None),
            )
            .order_by(UsedByClaim.claimed_at)
        )
    )


def claim_used_by(
    session: Session, user: User | None, component: Component, organisation_slug: str
) -> UsedByClaim:
    """Record that another organisation uses one of the editor's components (unverified)."""
    user = _require_owner_editor(user, component)
    using = session.scalar(
        select(Organisation).where(Organisation.slug == (organisation_slug or ""))
    )
    if using is None:
        raise FormError({"organisation": InputError(N_("Choose the organisation that uses it"))})
    if using.id == component.organisation_id:
        raise FormError(
            {"organisation": InputError(N_("Choose another organisation: this one owns it"))}
        )
    existing = session.scalar(
        select(UsedByClaim).where(
            UsedByClaim.component_id == component.id, UsedByClaim.organisation_id == using.id
        )
    )
    if existing is not None:
        raise FormError(
            {
                "organisation": InputError(
                    N_("%(organisation)s is already listed as using it"), organisation=using.name
                )
            }
        )
    claim = UsedByClaim(
        component_id=component.id,
        organisation_id=using.id,
        claimed_by_id=user.id,
        claimed_at=utcnow(),
    )
    session.add(claim)
    session.flush()
    record_audit(
        session,
        user,
        "used_by.claim",
        "used_by_claim",
        claim.id,
        None,
        _claim_snapshot(claim, using, component),
    )
    return claim


def confirm_claim(session: Session, user: User | None, claim: UsedByClaim) -> None:
    """Confirm, as an editor of the using organisation, that it uses the component."""
    using = claim.organisation
    if user is None or not user.is_editor or user.organisation_id != claim.organisation_id:
        raise NotPermittedError(
            N_("Only editors of %(organisation)s can confirm that it uses this component"),
            organisation=using.name,
        )
    if claim.verified:
        raise InputError(N_("This has already been confirmed"))
    before = _claim_snapshot(claim, using, claim.component)
    claim.confirmed_by_id = user.id
    claim.confirmed_at = utcnow()
    claim.declined_at = claim.declined_by_id = None  # "we do use it after all"
    session.flush()
    after = _claim_snapshot(claim, using, claim.component)
    record_audit(session, user, "used_by.confirm", "used_by_claim", claim.id, before, after)


def withdraw_claim(session: Session, user: User | None, claim: UsedByClaim) -> None:
    """Remove a claim: the component's editors or the using organisation's editors may."""
    component = claim.component
    allowed = (component.organisation_id, claim.organisation_id)
    if user is None or not user.is_editor or user.organisation_id not in allowed:
        raise NotPermittedError(
            N_("Only editors of %(owner)s or of %(organisation)s can remove this"),
            owner=component.organisation.name,
            organisation=claim.organisation.name,
        )
    before = _claim_snapshot(claim, claim.organisation, component)
    session.delete(claim)
    session.flush()
    record_audit(session, user, "used_by.withdraw", "used_by_claim", claim.id, before, None)


def _annotation_snapshot(annotation: Annotation | None) -> dict[str, Any] | None:
    if annotation is None:
        return None
    return {
        "reuse_notes": annotation.reuse_notes,
        "contact": annotation.contact,
        "maturity": annotation.maturity,
    }


def _claim_snapshot(
    claim: UsedByClaim, using: Organisation, component: Component
) -> dict[str, Any]:
    return {
        "component": component.full_name,
        "organisation": using.slug,
        "verified": claim.verified,
    }
