"""Organisations waiting for their first harvest: accounts the harvester has never tried."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.models import Account, AccountHarvestState, Organisation


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
    """(accounts tried, accounts) while some account has never been harvested; else None."""
    tried = session.scalars(
        select(AccountHarvestState.account_id)
        .join(Account, Account.id == AccountHarvestState.account_id)
        .where(Account.organisation_id == organisation.id)
    ).all()
    total = len(organisation.accounts)
    if total == 0 or len(tried) >= total:
        return None
    return len(tried), total
