"""Evidence of reuse ('used by') reaches the search documents as the 'reused' filter."""

from datetime import UTC, datetime

from sqlalchemy import select

from catalogue.models import Component, Organisation, UsedByClaim
from catalogue.queries import get_component
from ingest.snapshot import BUNDLED_SNAPSHOT, load_snapshot
from search.documents import component_document


def test_only_a_confirmed_claim_or_publiccode_used_by_counts_as_reuse(db_session):
    load_snapshot(db_session, BUNDLED_SNAPSHOT)
    component = db_session.scalars(select(Component).order_by(Component.id)).first()
    other = db_session.scalars(
        select(Organisation).where(Organisation.id != component.organisation_id)
    ).first()
    assert component_document(component)["reused"] == "no"

    claim = UsedByClaim(component_id=component.id, organisation_id=other.id)
    db_session.add(claim)
    db_session.flush()
    db_session.expire_all()
    assert component_document(get_component(db_session, component.id))["reused"] == "no"

    claim.confirmed_at = datetime.now(UTC)
    db_session.flush()
    db_session.expire_all()
    assert component_document(get_component(db_session, component.id))["reused"] == "yes"


def test_publiccode_used_by_is_evidence_of_reuse(db_session):
    load_snapshot(db_session, BUNDLED_SNAPSHOT)
    component = db_session.scalars(select(Component).order_by(Component.id)).first()
    component.publiccode = {"usedBy": ["Cyngor Gwynedd"]}
    db_session.flush()
    assert component_document(component)["reused"] == "yes"
