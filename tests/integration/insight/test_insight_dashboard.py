"""The insight dashboard and its printable report, in English and Welsh, with and without an analysis."""

from __future__ import annotations

import re

import pytest

from tests.support.pages import PageParser, check_page
from web.routes.insight import translate_terms

LANGUAGES = [("", "en"), ("/cy", "cy")]
CHART_SLUGS = (
    "languages-by-sector",
    "licences",
    "activity",
    "organisations",
    "clusters-by-kind",
    "reuse",
)


def fetch(client, path: str, status: int = 200) -> tuple[str, PageParser]:
    response = client.get(path)
    assert response.status_code == status, (path, response.text[-2000:])
    assert response.headers["content-type"].startswith("text/html")
    return response.text, check_page(response.text, "cy" if path.startswith("/cy") else "en")


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
@pytest.mark.parametrize("page", ["/insight", "/insight/report"])
def test_insight_pages_render_in_both_languages(client, analysis, prefix, locale, page):
    html, parsed = fetch(client, prefix + page)
    top = analysis.clusters[0]
    assert f'id="{top.id}"' in html
    for member in top.members:
        assert f'href="{prefix}/components/{member.id}"' in html
        assert member.full_name in html
    assert all(term in html for term in translate_terms(top.terms[:3], locale))
    assert all(dependency in html for dependency in top.shared_dependencies)
    assert html.count('class="app-cluster"') == len(analysis.clusters)
    assert any(link.get("href") == f"{prefix}/insight/clusters.csv" for link in parsed.links) == (
        page == "/insight"
    )


def test_clusters_show_members_grouped_by_sector_then_organisation(client, analysis):
    html, _ = fetch(client, "/insight")
    top = analysis.clusters[0]
    section = html[html.index(f'id="{top.id}"') :]
    section = section[: section.index("</section>")]
    # One row group per sector, with a row per organisation in it.
    assert section.count('scope="rowgroup"') == len(set(top.sectors))
    assert section.count('href="/organisations/') == len(set(top.organisations))
    kinds = {
        "rebuilds": "Independent rebuilds",
        "copies": "Copies or forks",
        "mixed": "Copies and rebuilds",
    }
    assert kinds[top.kind] in section
    assert "Duplicated effort score" in section


def test_kinds_are_told_apart(client, analysis):
    html, _ = fetch(client, "/insight")
    labels = {
        "rebuilds": "Independent rebuilds",
        "copies": "Copies or forks",
        "mixed": "Copies and rebuilds",
    }
    for cluster in analysis.clusters:
        section = html[html.index(f'id="{cluster.id}"') :]
        section = section[: section.index("</section>")]
        assert labels[cluster.kind] in section


def test_every_chart_is_an_accessible_svg_with_its_table_and_csv(client):
    html, _ = fetch(client, "/insight")
    for slug in CHART_SLUGS:
        svg = re.search(
            rf'<svg[^>]*aria-labelledby="chart-{slug}-title chart-{slug}-desc"[^>]*>', html
        )
        assert svg, slug
        assert 'role="img"' in svg.group(0)
        assert f'<title id="chart-{slug}-title">' in html
        assert f'<desc id="chart-{slug}-desc">' in html
        assert f'href="/insight/charts/{slug}.csv"' in html
    # Each table beside a chart has a header row and the same number of rows as bars.
    licences = html[html.index('id="table-licences"') :]
    licences = licences[: licences.index("</table>")]
    chart = html[html.index('id="chart-licences-title"') :]
    chart = chart[: chart.index("</svg>")]
    assert licences.count('<th scope="row"') == chart.count("<rect")
    assert "MIT" in licences and "No licence found" in licences
    # No inline style anywhere: the CSP forbids it.
    assert "style=" not in html


def test_sector_filter_keeps_only_clusters_touching_the_sector(client, analysis):
    html, parsed = fetch(client, "/insight?sector=education")
    expected = [c for c in analysis.clusters if "education" in c.sectors]
    assert html.count('class="app-cluster"') == len(expected)
    for cluster in analysis.clusters:
        assert (f'id="{cluster.id}"' in html) == (cluster in expected)
    assert re.search(r'<option value="education" selected', html)
    assert 'href="/insight/clusters.csv?sector=education"' in html
    assert 'href="/insight/charts/licences.csv?sector=education"' in html
    # The form is a plain GET back to the dashboard.
    assert {"action": "/insight", "method": "get"}.items() <= parsed.forms[0].items()


def test_a_sector_without_clusters_says_so(client, analysis):
    html, _ = fetch(client, "/insight?sector=legislature")
    assert not any("legislature" in c.sectors for c in analysis.clusters)
    assert "No clusters of similar work were found for this sector." in html


@pytest.mark.parametrize("page", ["/insight", "/insight/report", "/cy/insight"])
def test_an_unknown_sector_is_a_400_with_an_error_summary(client, page):
    html, _ = fetch(client, page + "?sector=%3Cscript%3E", status=400)
    assert "govuk-error-summary" in html
    assert "<script>" not in html
    assert (
        'href="/insight#sector"' in html or 'href="#sector"' in html or "/cy/insight#sector" in html
    )


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_without_an_analysis_the_pages_say_how_to_compute_it(bare_client, prefix, locale):
    for page in ("/insight", "/insight/report"):
        html, _ = fetch(bare_client, prefix + page)
        assert "catalogue duplicates --refresh" in html
        assert 'class="app-cluster"' not in html
        # The charts that need no analysis are still drawn.
        assert 'aria-labelledby="chart-licences-title chart-licences-desc"' in html
        assert 'aria-labelledby="chart-clusters-by-kind-title' in html


def test_the_report_is_laid_out_for_print(client):
    html, parsed = fetch(client, "/insight/report")
    assert 'class="app-report"' in html
    assert re.search(r'<body class="[^"]*app-print-report', html)
    assert "govuk-!-display-none-print" in html
    assert not parsed.forms


def test_welsh_pages_use_welsh_words(client):
    """Needs /work/brief/insight_cy.json merged into web/locales (the lead's step)."""
    html, _ = fetch(client, "/cy/insight")
    assert "Gwaith dyblyg ar draws cyrff cyhoeddus" in html
    assert "Ailadeiladu annibynnol" in html
    html, _ = fetch(client, "/cy/check")
    assert "Gwirio cyn adeiladu" in html


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_each_cluster_is_titled_in_the_page_language_and_says_why_each_member_belongs(
    client, analysis, prefix, locale
):
    html, _ = fetch(client, f"{prefix}/insight")
    top = analysis.clusters[0]
    section = html[html.index(f'id="{top.id}"') :]
    section = section[: section.index("</section>")]
    heading = section[: section.index("</h3>")]
    assert (top.title_cy if locale == "cy" else top.title.split(":")[0]) in heading
    assert "Work on:" not in heading
    like = {"en": "Most like:", "cy": "Tebycaf i:"}[locale]
    assert section.count(like) == sum(1 for m in top.members if m.like is not None) > 0
