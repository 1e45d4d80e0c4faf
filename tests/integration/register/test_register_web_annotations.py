"""Annotations and 'used by' through the web: editors change only their own organisation's entries."""

from sqlalchemy import select

from catalogue.annotations import get_annotation
from catalogue.models import UsedByClaim
from search.backend import Query
from tests.integration.register.factories import PASSWORD
from tests.integration.register.webtools import get_page, post_form, sign_in


def test_an_editor_annotates_their_own_component(client, store, two_orgs):
    component = two_orgs["component_a"]
    sign_in(client, two_orgs["editor_a"].email, PASSWORD)
    page = get_page(client, f"/components/{component.id}/annotate")
    get_page(client, f"/cy/components/{component.id}/annotate")
    assert "Annotate app-a" in page
    response = post_form(
        client,
        f"/components/{component.id}/annotate",
        {"reuse_notes": "Needs PostgreSQL", "contact": "team@a.example", "maturity": "beta"},
    )
    assert response.status_code == 303
    assert response.headers["location"] == f"/components/{component.id}/annotate?saved=1"
    assert "Your notes are saved." in get_page(client, response.headers["location"])
    # End the read transaction so the next reads see what the app committed.
    store.commit()
    store.expire_all()
    assert get_annotation(store, component.id).reuse_notes == "Needs PostgreSQL"


def test_an_editor_of_org_a_cannot_annotate_org_bs_component(client, store, two_orgs):
    component = two_orgs["component_b"]
    sign_in(client, two_orgs["editor_a"].email, PASSWORD)
    assert client.get(f"/components/{component.id}/annotate").status_code == 403
    own = f"/components/{two_orgs['component_a'].id}/annotate"
    for action in (f"/components/{component.id}/annotate", f"/components/{component.id}/used-by"):
        response = post_form(
            client,
            own,
            {"reuse_notes": "Hijacked", "organisation": two_orgs["org_a"].slug},
            action=action,
        )
        assert response.status_code == 403
        assert "your own organisation" in response.text
    # End the read transaction so the next reads see what the app committed.
    store.commit()
    store.expire_all()
    assert get_annotation(store, component.id) is None
    assert not store.scalars(
        select(UsedByClaim).where(UsedByClaim.component_id == component.id)
    ).all()


def test_anonymous_people_cannot_annotate(client, two_orgs):
    component = two_orgs["component_a"]
    response = client.get(f"/components/{component.id}/annotate", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/account/sign-in?next=")


def test_a_claim_is_confirmed_only_by_the_using_organisation(web_app, client, store, two_orgs):
    from litestar.testing import TestClient

    component = two_orgs["component_a"]
    sign_in(client, two_orgs["editor_a"].email, PASSWORD)
    annotate_page = f"/components/{component.id}/annotate"
    response = post_form(
        client,
        annotate_page,
        {"organisation": two_orgs["org_b"].slug},
        action=f"/components/{component.id}/used-by",
    )
    assert response.status_code == 303
    claim = store.scalar(select(UsedByClaim).where(UsedByClaim.component_id == component.id))
    assert "Waiting for them to confirm" in get_page(client, annotate_page)
    # The claimant cannot confirm on the other organisation's behalf.
    refused = post_form(client, annotate_page, {}, action=f"/used-by/{claim.id}/confirm")
    assert refused.status_code == 403
    assert "Only editors of" in refused.text
    with TestClient(app=web_app) as other:
        sign_in(other, two_orgs["editor_b"].email, PASSWORD)
        awaiting = get_page(other, "/account/used-by")
        assert "app-a" in awaiting
        get_page(other, "/cy/account/used-by")
        confirmed = post_form(other, "/account/used-by", {}, action=f"/used-by/{claim.id}/confirm")
        assert confirmed.status_code == 303
    # End the read transaction so the next reads see what the app committed.
    store.commit()
    store.expire_all()
    assert store.get(UsedByClaim, claim.id).verified
    # Confirmed use is evidence of reuse, filterable in search at once.
    found = web_app.state.search_backend.search(Query(filters={"reused": ("yes",)}))
    assert [hit.id for hit in found.hits] == [component.id]


def test_annotation_errors_are_shown_inline(client, two_orgs):
    component = two_orgs["component_a"]
    sign_in(client, two_orgs["editor_a"].email, PASSWORD)
    response = post_form(
        client,
        f"/components/{component.id}/annotate",
        {"reuse_notes": "x", "contact": "y" * 301, "maturity": "legendary"},
    )
    assert response.status_code == 400
    assert 'href="#contact"' in response.text
    assert 'href="#maturity"' in response.text


def test_the_component_page_partial_shows_annotations(store, two_orgs):
    from catalogue.annotations import annotate, claim_used_by, confirm_claim
    from web.routes.annotations import annotation_context
    from web.templating import environment

    component = two_orgs["component_a"]
    annotate(store, two_orgs["editor_a"], component, "Reuse freely", "team@a", "stable")
    claim = claim_used_by(store, two_orgs["editor_a"], component, two_orgs["org_b"].slug)
    confirm_claim(store, two_orgs["editor_b"], claim)
    store.commit()
    context = annotation_context(store, two_orgs["editor_a"], component)
    html = (
        environment("en")
        .get_template("annotations/_summary.html")
        .render(component=component, url=lambda path, params=None: path, **context)
    )
    assert "Reuse freely" in html
    assert "Stable" in html
    assert two_orgs["org_b"].name in html
    assert "Confirmed" in html
    assert f"/components/{component.id}/annotate" in html
    outsider = annotation_context(store, two_orgs["editor_b"], component)
    html = (
        environment("en")
        .get_template("annotations/_summary.html")
        .render(component=component, url=lambda path, params=None: path, **outsider)
    )
    assert "Annotate this component" not in html
