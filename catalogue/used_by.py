"""'Used by': who says an organisation uses a component, and that organisation's answer.

A claim comes from the owner's editors, from the component's publiccode.yml (usedBy), or from
the using organisation itself (a declaration). Only editors of the using organisation can
confirm, decline or declare: nobody speaks for another organisation.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from catalogue.accounts import NotPermittedError, record_audit
from catalogue.models import Component, Organisation, UsedByClaim, User
from catalogue.models.component import CONFIRMED, DECLARED, DECLINED, PUBLICCODE
from catalogue.models.types import utcnow
from catalogue.vocabulary import N_

# How each state reads on the component page, the account page and in the API's `state`.
STATE_LABELS: dict[str, str] = {
    "pending": N_("Waiting for them to confirm"),
    CONFIRMED: N_("Confirmed"),
    DECLARED: N_("Declared by them"),
    DECLINED: N_("They do not use it"),
}
MAX_NAMED = 20  # usedBy entries read from one publiccode.yml


def _require_editor_of(user: User | None, organisation: Organisation, message: str) -> User:
    if user is None or not user.is_editor or user.organisation_id != organisation.id:
        raise NotPermittedError(message, organisation=organisation.name)
    return user


def _snapshot(claim: UsedByClaim) -> dict:
    return {
        "component": claim.component.full_name,
        "organisation": claim.organisation.slug,
        "state": claim.state,
        "source": claim.source,
    }


def declare_use(session: Session, user: User | None, component: Component) -> UsedByClaim:
    """Say, as an editor of the using organisation, that it uses another's component."""
    if user is None or not user.is_editor:
        raise NotPermittedError(
            N_("Only an organisation’s editors can say that it uses a component")
        )
    if user.organisation_id == component.organisation_id:
        raise NotPermittedError(N_("Your organisation publishes this component"))
    claim = session.scalar(
        select(UsedByClaim).where(
            UsedByClaim.component_id == component.id,
            UsedByClaim.organisation_id == user.organisation_id,
        )
    )
    now = utcnow()
    if claim is None:
        claim = UsedByClaim(
            component=component,
            organisation=user.organisation,
            claimed_by_id=user.id,
            claimed_at=now,
            source=DECLARED,
            asked_at=now,
        )
        session.add(claim)
    before = None if claim.id is None else _snapshot(claim)
    claim.confirmed_at, claim.confirmed_by_id = now, user.id
    claim.declined_at = claim.declined_by_id = None
    session.flush()
    record_audit(
        session, user, "used_by.declare", "used_by_claim", claim.id, before, _snapshot(claim)
    )
    return claim


def decline_claim(session: Session, user: User | None, claim: UsedByClaim) -> None:
    """Say, as an editor of the named organisation, that it does not use the component.

    The claim is kept as declined, so the next harvest does not ask again because the
    publiccode.yml still names the organisation.
    """
    user = _require_editor_of(
        user,
        claim.organisation,
        N_("Only editors of %(organisation)s can say whether it uses this component"),
    )
    before = _snapshot(claim)
    claim.declined_at, claim.declined_by_id = utcnow(), user.id
    claim.confirmed_at = claim.confirmed_by_id = None
    session.flush()
    record_audit(
        session, user, "used_by.decline", "used_by_claim", claim.id, before, _snapshot(claim)
    )


def public_claims(session: Session, component_id: int) -> list[UsedByClaim]:
    """Everyone's view of who uses a component: declined claims are left out."""
    claims = session.scalars(
        select(UsedByClaim)
        .options(selectinload(UsedByClaim.organisation))
        .where(UsedByClaim.component_id == component_id, UsedByClaim.declined_at.is_(None))
    ).all()
    return sorted(claims, key=lambda c: (not c.verified, c.organisation.name.lower()))


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return re.sub(r"[^\w']+", " ", text).strip()


def organisations_by_name(session: Session) -> dict[str, Organisation]:
    """Every organisation under its English name, its Welsh name and its slug, normalised."""
    found: dict[str, Organisation] = {}
    for organisation in session.scalars(select(Organisation)):
        for name in (organisation.slug, organisation.name, organisation.name_cy):
            if name:
                found.setdefault(_key(name), organisation)
    return found


def name_users_from_publiccode(session: Session) -> list[UsedByClaim]:
    """Turn each live component's publiccode.yml usedBy names into claims for those to confirm.

    Only names that match a listed organisation exactly (English, Welsh or slug, ignoring case
    and punctuation) count; a name already claimed, confirmed or declined is left as it is.
    """
    names = organisations_by_name(session)
    existing = set(session.execute(select(UsedByClaim.component_id, UsedByClaim.organisation_id)))
    components = session.scalars(
        select(Component).where(Component.removed_at.is_(None), Component.publiccode.is_not(None))
    )
    made = []
    for component in components:
        used_by = (component.publiccode or {}).get("usedBy")
        if not isinstance(used_by, list):
            continue
        for entry in used_by[:MAX_NAMED]:
            organisation = names.get(_key(entry)) if isinstance(entry, str) else None
            if organisation is None or organisation.id == component.organisation_id:
                continue
            if (component.id, organisation.id) in existing:
                continue
            existing.add((component.id, organisation.id))
            claim = UsedByClaim(
                component=component,
                organisation=organisation,
                claimed_at=utcnow(),
                source=PUBLICCODE,
                named_as=entry.strip()[:300],
            )
            session.add(claim)
            session.flush()
            record_audit(
                session, None, "used_by.named", "used_by_claim", claim.id, None, _snapshot(claim)
            )
            made.append(claim)
    return made


def claims_to_ask(session: Session) -> list[UsedByClaim]:
    """Claims whose organisation has not been asked yet (named by a harvest, say)."""
    return list(
        session.scalars(
            select(UsedByClaim)
            .options(selectinload(UsedByClaim.component), selectinload(UsedByClaim.organisation))
            .where(
                UsedByClaim.asked_at.is_(None),
                UsedByClaim.confirmed_at.is_(None),
                UsedByClaim.declined_at.is_(None),
            )
            .order_by(UsedByClaim.id)
        )
    )


def editors_of(session: Session, organisation_id: int) -> list[User]:
    """The active editors of one organisation, who speak for it."""
    return list(
        session.scalars(
            select(User)
            .where(
                User.organisation_id == organisation_id,
                User.active.is_(True),
                User.role == "editor",
            )
            .order_by(User.id)
        )
    )
