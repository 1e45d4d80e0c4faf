"""Insight for chief digital officers: clusters of duplicated work across public bodies, and charts."""

from __future__ import annotations

import threading
from collections import Counter
from contextlib import nullcontext
from typing import Annotated, Any

from babel.numbers import format_decimal
from litestar import Litestar, Request, Response, Router, get
from litestar.openapi import ResponseSpec
from litestar.params import FromQuery, PathParameter, QueryParameter
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.models import Component, Organisation
from catalogue.models.organisation import name_in
from catalogue.queries import get_component, get_many
from catalogue.reuse import ProviderReuse, provider_reuse, reuse_totals
from catalogue.vocabulary import N_, SECTORS
from search.duplicates import DuplicatesCache
from search.similarity import Cluster, SimilarityResult
from search.similarity.concepts import CONCEPTS
from search.similarity.store import cluster_to_dict, pair_to_dict
from web.charts import CHARTS, KIND_LABELS, Chart, build_chart, chart_svg
from web.deps import DbSession
from web.errors import api_error
from web.i18n import gettext_for, locale_from_path, translations, with_query
from web.insight_actions import (
    ACTIONS,
    ESTIMATE_METHOD,
    Estimate,
    cluster_title,
    estimate,
    estimate_text,
    maintenance_contacts,
    recommended_action,
    score_words,
    shown_words,
    title_head,
    title_text,
    why_sentences,
)
from web.insight_bodies import (
    find_organisation,
    little_code,
    my_organisation,
    organisation_choices,
)
from web.routes.api import API_CACHE, PREFIX, ErrorBody
from web.routes.localised import localised_get
from web.templating import render, safe_url

CLUSTERS_SHOWN = 50
SIMILAR_SHOWN = 8
API_PER_PAGE = 50
API_MAX_PER_PAGE = 200
NO_ANALYSIS = (
    "The analysis of duplicated work has not been run yet; "
    "it runs after each harvest, or with `catalogue duplicates --refresh`."
)
_cache_lock = threading.Lock()


def duplicates_cache(app: Litestar) -> DuplicatesCache:
    """The app's one DuplicatesCache, made on first use and kept in app state."""
    with _cache_lock:
        cache = getattr(app.state, "duplicates_cache", None)
        if cache is None:
            cache = DuplicatesCache(app.state.sessionmaker)
            app.state.duplicates_cache = cache
        return cache


def organisation_names(session: Session, locale: str) -> dict[str, str]:
    """Organisation slug -> its name in the locale."""
    rows = session.execute(select(Organisation.slug, Organisation.name, Organisation.name_cy))
    return {slug: name_in(locale, name, cy) for slug, name, cy in rows}


class Term(str):
    """A shared term as a page shows it, with the language it is in (`lang`)."""

    lang: str

    def __new__(cls, text: str, lang: str) -> Term:
        term = super().__new__(cls, text)
        term.lang = lang
        return term


_CONCEPT_LABELS = frozenset(label for label, _ in CONCEPTS.values())


def translate_terms(terms: tuple[str, ...] | list[str], locale: str) -> list[Term]:
    """Shared terms in the page's language: concept labels are translated, words stay as found.

    Only concept labels go through gettext: a word that happens to be a msgid ('component',
    'stable') would otherwise be translated, and into the wrong form. Words keep lang="en".
    Plain gettext, not the templates' `_`, which would %-format text that came from harvested data.
    """
    catalogue = translations(locale)
    shown: dict[str, str] = {}
    for term in terms:
        if term in _CONCEPT_LABELS:
            shown.setdefault(catalogue.gettext(term), locale)
        elif term:
            shown.setdefault(term, "en")
    return [Term(text, lang) for text, lang in shown.items()]


def member_reasons(cluster: Cluster, locale: str) -> dict[int, dict[str, Any]]:
    """Why each member belongs: the member it is most like, and the words and dependencies the
    two share (words translated as terms are; dependencies as declared)."""
    names = {m.id: m.full_name for m in cluster.members}
    return {
        m.id: {
            "like": names[m.like],
            "like_id": m.like,
            "terms": translate_terms(m.reason_terms, locale),
            "dependencies": list(m.reason_dependencies),
        }
        for m in cluster.members
        if m.like in names
    }


def in_sector(clusters: list[Cluster], sector: str | None) -> list[Cluster]:
    """The clusters with a member in the sector (all of them without one)."""
    return [c for c in clusters if not sector or sector in c.sectors]


def cluster_view(
    cluster: Cluster,
    rank: int,
    names: dict[str, str],
    locale: str,
    components: dict[int, Component] | None = None,
    reuse: dict[int, ProviderReuse] | None = None,
) -> dict:
    """A cluster as the pages show it: title, why, members by sector and organisation, whom to
    ask, what to do and what it costs."""
    components = components or {}
    reuse = reuse or {}
    efforts = Counter(m.effort for m in cluster.members)
    sectors: dict[str, dict[str, list]] = {}
    for member in cluster.members:
        sectors.setdefault(member.sector, {}).setdefault(member.organisation, []).append(member)
    order = [s for s in SECTORS if s in sectors] + sorted(set(sectors) - set(SECTORS))
    groups = [
        {
            "sector": slug,
            "organisations": sorted(
                (
                    {"slug": org, "name": names.get(org, org), "members": members}
                    for org, members in sectors[slug].items()
                ),
                key=lambda o: o["name"].lower(),
            ),
        }
        for slug in order
    ]
    terms = translate_terms(shown_words(cluster), locale)
    action, named = recommended_action(cluster, reuse)
    member = next((m for m in cluster.members if m.id == named), None)
    effort = estimate(cluster, components)
    return {
        "cluster": cluster,
        "rank": rank,
        "groups": groups,
        "copies": {effort for effort, n in efforts.items() if n > 1},
        "kind_label": KIND_LABELS.get(cluster.kind, cluster.kind),
        "score": format_decimal(round(cluster.score, 1), "#,##0.0", locale=locale),
        "score_words": score_words(cluster, locale),
        "terms": terms,
        "title": cluster_title(cluster, locale),
        "title_head": title_head(cluster, locale),
        "title_words": translate_terms(cluster.title_words, locale),
        "title_text": title_text(cluster, terms, locale),
        "reasons": member_reasons(cluster, locale),
        "why": why_sentences(cluster, locale),
        "action": action,
        "action_label": ACTIONS[action],
        "named": member,  # the member the action names: the one to adopt, or to ask about
        "adopt": member if action == "adopt" else None,
        "adopt_organisations": reuse[named].other_organisations if action == "adopt" else 0,
        "estimate": effort,
        "estimate_text": estimate_text(effort, locale),
        "owners": owners(cluster, names, components),
    }


def owners(
    cluster: Cluster, names: dict[str, str], components: dict[int, Component]
) -> list[dict[str, Any]]:
    """Whom to talk to, per organisation: publiccode.yml contacts, the website, the repositories."""
    found: dict[str, dict[str, Any]] = {}
    for member in cluster.members:
        entry = found.setdefault(
            member.organisation,
            {
                "slug": member.organisation,
                "name": names.get(member.organisation, member.organisation),
                "website": None,
                "contacts": [],
                "repositories": [],
            },
        )
        component = components.get(member.id)
        if component is None:
            continue
        if component.organisation.website and safe_url(component.organisation.website):
            entry["website"] = component.organisation.website
        for contact in maintenance_contacts(component):
            if contact not in entry["contacts"]:
                entry["contacts"].append(contact)
        if safe_url(component.repository_url):
            entry["repositories"].append((component.full_name, component.repository_url))
    return sorted(found.values(), key=lambda o: o["name"].lower())


def load_members(session: Session, clusters: list[Cluster]) -> dict[int, Component]:
    """The components of these clusters, loaded once."""
    ids = sorted({m.id for c in clusters for m in c.members})
    return {c.id: c for c in get_many(session, ids)}


def _sector(request: Request, value: str | None) -> tuple[str | None, dict[str, str]]:
    if not value:
        return None, {}
    if value in SECTORS:
        return value, {}
    message = gettext_for(locale_from_path(request.url.path), N_("Choose a sector from the list"))
    return None, {"sector": message}


def _charts(session: Session, result, sector: str | None, locale: str) -> list[tuple[Chart, Any]]:
    charts = [build_chart(slug, session, result, sector, locale) for slug in CHARTS]
    return [(chart, chart_svg(chart, locale)) for chart in charts]


def insight_context(
    request: Request,
    session: Session,
    sector_value: str | None,
    organisation_value: str | None = None,
) -> dict:
    """What the dashboard and the report show: the clusters, their totals and the charts."""
    locale = locale_from_path(request.url.path)
    sector, errors = _sector(request, sector_value)
    organisation = find_organisation(session, organisation_value)
    if organisation_value and organisation is None:
        errors["organisation"] = gettext_for(locale, N_("Choose an organisation from the list"))
    result = duplicates_cache(request.app).result()
    names = organisation_names(session, locale)
    clusters = in_sector(result.clusters, sector) if result else []
    if organisation is not None:
        clusters = [c for c in clusters if organisation.slug in c.organisations]
    shown = clusters[:CLUSTERS_SHOWN]
    members = load_members(session, shown)
    reuse = provider_reuse(session)
    views = [
        cluster_view(c, rank, names, locale, members, reuse)
        for rank, c in enumerate(shown, start=1)
    ]
    return {
        "result": result,
        "sector": sector or "",
        "errors": errors,
        "cluster_total": len(clusters),
        "clusters": views,
        "reuse": reuse_totals(session),
        "estimate_method": ESTIMATE_METHOD,
        "saving": _saving([v["estimate"] for v in views], locale),
        "organisations_involved": len({o for c in clusters for o in c.organisations}),
        "components_involved": len({m.id for c in clusters for m in c.members}),
        "charts": _charts(session, result, sector, locale),
        "export_params": ([("sector", sector)] if sector else [])
        + ([("organisation", organisation.slug)] if organisation else []),
        "organisation": organisation.slug if organisation else "",
        "organisations": organisation_choices(session, locale),
        "mine": my_organisation(session, organisation, views, names) if organisation else None,
        "little_code": little_code(session, locale),
    }


def _saving(estimates: list[Estimate], locale: str) -> str:
    total = Estimate(
        sum(e.low_days for e in estimates),
        sum(e.high_days for e in estimates),
        sum(e.files for e in estimates),
    )
    return estimate_text(total, locale)


def _insight_page(
    request: Request,
    session: Session,
    sector: str | None,
    template: str,
    organisation: str | None = None,
):
    context = insight_context(request, session, sector, organisation)
    return render(request, template, context, status_code=400 if context["errors"] else 200)


@localised_get("/insight", name="insight:dashboard", sync_to_thread=True)
def insight_dashboard(
    request: Request,
    db_session: DbSession,
    sector: FromQuery[str | None] = None,
    organisation: FromQuery[str | None] = None,
) -> Response:
    return _insight_page(request, db_session, sector, "insight/dashboard.html", organisation)


@localised_get("/insight/report", name="insight:report", sync_to_thread=True)
def insight_report(
    request: Request,
    db_session: DbSession,
    sector: FromQuery[str | None] = None,
    organisation: FromQuery[str | None] = None,
) -> Response:
    return _insight_page(request, db_session, sector, "insight/report.html", organisation)


def similar_context(
    request: Request, component_id: int, db_session: Session | None = None
) -> dict[str, Any]:
    """What components/_similar.html needs for one component's page."""
    result = duplicates_cache(request.app).result()
    if result is None:
        return {"similar": [], "similar_organisations": {}, "similar_cluster": None}
    locale = locale_from_path(request.url.path)
    similar = [
        (ref, pair._replace(terms=tuple(translate_terms(pair.terms, locale))))
        for ref, pair in result.similar_to(component_id, limit=SIMILAR_SHOWN)
    ]
    with nullcontext(db_session) if db_session else request.app.state.sessionmaker() as session:
        names = organisation_names(session, locale) if similar else {}
    return {
        "similar": similar,
        "similar_organisations": names,
        "similar_cluster": result.cluster_of(component_id),
    }


# The JSON API.

_ERRORS = {
    400: "A parameter is not valid; the message says which and why.",
    404: "There is nothing at this address.",
    429: "Too many requests from this address; wait for Retry-After seconds.",
    503: "The analysis of duplicated work has not been run yet.",
}


def _responses(*statuses: int) -> dict[int, ResponseSpec]:
    return {
        status: ResponseSpec(data_container=ErrorBody, description=_ERRORS[status])
        for status in statuses
    }


def _member_links(member: dict[str, Any]) -> dict[str, Any]:
    ident = member["id"]
    return {
        **member,
        "links": {
            "self": f"{PREFIX}/components/{ident}",
            "html": f"/components/{ident}",
            "similar": f"{PREFIX}/components/{ident}/similar",
        },
    }


def cluster_json(cluster: Cluster, rank: int, view: dict | None = None) -> dict[str, Any]:
    """A cluster as the API shows it: store.cluster_to_dict with its rank and links, and with
    a view (cluster_view, in English) the title, recommended action and effort estimate."""
    data = cluster_to_dict(cluster)
    data["members"] = [_member_links(m) for m in data["members"]]
    if view is not None:
        data["title"] = view["title_text"]
        if not data.get("title_cy"):  # an analysis stored before titles were derived
            data["title_cy"] = title_text(cluster, translate_terms(cluster.terms, "cy"), "cy")
        data["score_explained"] = view["score_words"]
        data["recommended_action"] = {
            "action": view["action"],
            "component_id": view["named"].id if view["named"] else None,
        }
        data["duplicated_effort_estimate"] = view["estimate"].as_dict()
    return {"rank": rank, **data, "links": {"html": f"/insight#{cluster.id}"}}


def api_views(session: Session, clusters: list[Cluster]) -> list[dict]:
    """cluster_view in English for API answers (codes stay codes; the words are English)."""
    names = organisation_names(session, "en")
    members = load_members(session, clusters)
    reuse = provider_reuse(session)
    return [cluster_view(c, 0, names, "en", members, reuse) for c in clusters]


def _stored(request: Request) -> SimilarityResult | Response:
    result = duplicates_cache(request.app).result()
    return api_error(503, NO_ANALYSIS, {"Retry-After": "3600"}) if result is None else result


@get(
    "/duplicates",
    name="api:duplicates",
    sync_to_thread=True,
    summary="Clusters of duplicated work",
    responses=_responses(400, 429, 503),
)
def api_duplicates(
    request: Request,
    db_session: DbSession,
    sector: Annotated[
        str | None,
        QueryParameter(description="Only clusters with a member in this sector.", max_length=100),
    ] = None,
    page: Annotated[int, QueryParameter(ge=1, le=100_000, description="Page number.")] = 1,
    per_page: Annotated[
        int, QueryParameter(ge=1, le=API_MAX_PER_PAGE, description="Clusters per page.")
    ] = API_PER_PAGE,
) -> Response:
    """Components in two or more organisations that look like the same work, most duplicated first."""
    if sector and sector not in SECTORS:
        return api_error(400, f"Unknown sector {sector[:100]!r}; use one of {', '.join(SECTORS)}")
    result = _stored(request)
    if isinstance(result, Response):
        return result
    clusters = in_sector(result.clusters, sector)
    pages = max(1, -(-len(clusters) // per_page))
    start = (page - 1) * per_page

    def link(number: int) -> str:
        params = [("sector", sector)] if sector else []
        return with_query(f"{PREFIX}/duplicates", [*params, ("page", str(number))])

    links = {"self": link(page), "first": link(1), "last": link(pages)}
    if page < pages:
        links["next"] = link(page + 1)
    body = {
        "computed_at": result.computed_at.isoformat(),
        "components_analysed": result.item_count,
        "sector": sector,
        "total": len(clusters),
        "page": page,
        "per_page": per_page,
        "pages": pages,
        "clusters": [
            cluster_json(c, rank, view)
            for (rank, c), view in zip(
                enumerate(clusters[start : start + per_page], start=start + 1),
                api_views(db_session, clusters[start : start + per_page]),
                strict=True,
            )
        ],
        "links": links,
    }
    return Response(body, headers={"Cache-Control": API_CACHE})


@get(
    "/components/{component_id:int}/similar",
    name="api:similar",
    sync_to_thread=True,
    summary="Similar components in other organisations",
    responses=_responses(404, 429, 503),
)
def api_similar(
    request: Request,
    db_session: DbSession,
    component_id: Annotated[int, PathParameter(description="The component's id.")],
    limit: Annotated[int, QueryParameter(ge=1, le=50, description="How many to return.")] = 10,
) -> Response:
    """Components in other organisations like this one, with the reasons, and its cluster."""
    component = get_component(db_session, component_id)
    result = _stored(request)
    if isinstance(result, Response):
        return result
    cluster = result.cluster_of(component.id)
    similar = [
        {
            "component": _member_links(
                {
                    "id": ref.id,
                    "full_name": ref.full_name,
                    "organisation": ref.organisation,
                    "sector": ref.sector,
                }
            ),
            **pair_to_dict(pair),
        }
        for ref, pair in result.similar_to(component.id, limit=limit)
    ]
    body = {
        "id": component.id,
        "full_name": component.full_name,
        "computed_at": result.computed_at.isoformat(),
        "similar": similar,
        "cluster": cluster_json(
            cluster, result.clusters.index(cluster) + 1, api_views(db_session, [cluster])[0]
        )
        if cluster
        else None,
    }
    return Response(body, headers={"Cache-Control": API_CACHE})


router = Router(
    path="",
    route_handlers=[
        *insight_dashboard,
        *insight_report,
    ],
    include_in_schema=False,
)
api_router = Router(path=PREFIX, route_handlers=[api_duplicates, api_similar], tags=["catalogue"])
