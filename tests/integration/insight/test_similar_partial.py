"""The component page's 'Similar components in other organisations' partial and its context."""

from __future__ import annotations

from types import SimpleNamespace

from tests.support.pages import PageParser
from web.i18n import localise, with_query
from web.routes.insight import similar_context
from web.templating import environment


def render_partial(locale: str, context: dict) -> str:
    values = {
        "url": lambda path, params=None: with_query(localise(path, locale), params),
        **context,
    }
    return environment(locale).get_template("components/_similar.html").render(values)


def fake_request(app, path: str):
    return SimpleNamespace(app=app, url=SimpleNamespace(path=path))


def test_similar_context_gives_pairs_names_and_the_cluster(client, analysis):
    top = analysis.clusters[0]
    ident = top.members[0].id
    context = similar_context(fake_request(client.app, f"/components/{ident}"), ident)
    assert context["similar"]
    assert context["similar_cluster"].id == top.id
    for ref, pair in context["similar"]:
        assert ident in (pair.a, pair.b) and ref.id != ident
        assert ref.organisation in context["similar_organisations"]


def test_the_partial_shows_each_similar_component_with_its_reasons(client, analysis):
    top = analysis.clusters[0]
    ident = top.members[0].id
    context = similar_context(fake_request(client.app, f"/components/{ident}"), ident)
    html = render_partial("en", context)
    page = PageParser()
    page.feed(html)
    assert page.headings[0][0] == "h2" and 'id="similar"' in html
    for ref, pair in context["similar"]:
        assert f'href="/components/{ref.id}"' in html
        assert context["similar_organisations"][ref.organisation] in html
        if pair.terms:
            assert ", ".join(f"<span>{term}</span>" for term in pair.terms) in html
        if pair.shared_dependencies:
            assert ", ".join(pair.shared_dependencies) in html
    relations = {pair.relation for _, pair in context["similar"]}
    assert ("Independent rebuild" in html) == ("rebuild" in relations)
    assert ("Copy or fork" in html) == ("copy" in relations)
    assert f'href="/insight#{top.id}"' in html


def test_the_partial_links_in_welsh_on_welsh_pages(client, analysis):
    ident = analysis.clusters[0].members[0].id
    context = similar_context(fake_request(client.app, f"/cy/components/{ident}"), ident)
    html = render_partial("cy", context)
    assert f'href="/cy/components/{context["similar"][0][0].id}"' in html
    assert "Cydrannau tebyg mewn sefydliadau eraill" in html


def test_without_an_analysis_the_partial_says_nothing_was_found(bare_client):
    context = similar_context(fake_request(bare_client.app, "/components/93"), 93)
    assert context == {"similar": [], "similar_organisations": {}, "similar_cluster": None}
    html = render_partial("en", context)
    assert "We have not found similar components in other organisations yet." in html


def test_the_partial_works_with_only_similar_given(client):
    html = render_partial("en", {"similar": []})
    assert "We have not found similar components" in html
