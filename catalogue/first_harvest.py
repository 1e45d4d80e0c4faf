"""Organisations waiting for their first harvest: accounts the harvester has never tried."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.models import Account, AccountHarvestState, Component, Organisation


def awaiting_first_harvest(session: Session) -> list[str]:
    """Slugs of organisations with an account the harvester has never tried (say, just approved)."""
    return list(
        session.scalars(
            select(Organisation.slug)
            .join(Account, Account.organisation_id == Organisation.id)
            .outerjoin(AccountHarvestState, AccountHarvestState.account_id == Account.id)
            .where(AccountHarvestState.id.is_(None))
            .distinct()
            .order_by(Organisation.slug)
        )
    )


def first_harvest_progress(session: Session, organisation: Organisation) -> tuple[int, int] | None:
    """(accounts collected, accounts) while some account has never been collected; else None.

    An account is collected once a harvest has tried it, or once the catalogue holds its
    repositories from elsewhere (a snapshot, as the demo loads): a page saying "we are collecting
    its public code now" would be wrong there, with its components listed below."""
    tried = set(
        session.scalars(
            select(AccountHarvestState.account_id)
            .join(Account, Account.id == AccountHarvestState.account_id)
            .where(Account.organisation_id == organisation.id)
        )
    )
    owners = set(
        session.scalars(
            select(func.lower(Component.owner))
            .where(Component.organisation_id == organisation.id, Component.removed_at.is_(None))
            .distinct()
        )
    )
    total = len(organisation.accounts)
    done = sum(1 for a in organisation.accounts if a.id in tried or a.login_key in owners)
    if total == 0 or done >= total:
        return None
    return done, total
