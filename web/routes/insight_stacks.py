"""Shared third-party dependencies across bodies: who uses a package, and how two bodies' stacks overlap."""

from __future__ import annotations

from collections import defaultdict

from litestar import Request, Response, Router
from litestar.params import FromQuery
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.models import Component, Dependency, Organisation
from catalogue.vocabulary import N_
from web.deps import DbSession
from web.i18n import gettext_for, locale_from_path
from web.insight_bodies import find_organisation, organisation_choices
from web.routes.insight import organisation_names
from web.routes.localised import localised_get
from web.templating import render

MAX_NAME = 214
USERS_SHOWN = 200
SHARED_SHOWN = 300


def users_of(session: Session, name: str) -> list[dict]:
    """Live components that declare the package (any ecosystem), by organisation."""
    rows = session.execute(
        select(
            Dependency.ecosystem,
            Component.id,
            Component.full_name,
            Organisation.slug,
            Organisation.sector,
        )
        .join(Component, Dependency.component_id == Component.id)
        .join(Organisation, Component.organisation_id == Organisation.id)
        .where(Dependency.name == name.strip().lower(), Component.removed_at.is_(None))
        .order_by(Organisation.slug, Component.full_name)
        .limit(USERS_SHOWN)
    )
    return [
        {"ecosystem": e, "id": i, "full_name": n, "organisation": o, "sector": s}
        for e, i, n, o, s in rows
    ]


def stack(session: Session, organisation_id: int) -> set[tuple[str, str]]:
    """Every (ecosystem, package) an organisation's live components declare."""
    rows = session.execute(
        select(Dependency.ecosystem, Dependency.name)
        .join(Component, Dependency.component_id == Component.id)
        .where(Component.organisation_id == organisation_id, Component.removed_at.is_(None))
        .distinct()
    )
    return {(e, n) for e, n in rows}


def popular(session: Session, limit: int = 15) -> list[tuple[str, int]]:
    """The packages declared by the most organisations, to start from."""
    rows = session.execute(
        select(
            Dependency.name, func.count(func.distinct(Component.organisation_id)).label("bodies")
        )
        .join(Component, Dependency.component_id == Component.id)
        .where(Component.removed_at.is_(None))
        .group_by(Dependency.name)
        .order_by(func.count(func.distinct(Component.organisation_id)).desc(), Dependency.name)
        .limit(limit)
    )
    return [(name, bodies) for name, bodies in rows]


@localised_get("/insight/stacks", name="insight:stacks", sync_to_thread=True)
def insight_stacks(
    request: Request,
    db_session: DbSession,
    package: FromQuery[str | None] = None,
    a: FromQuery[str | None] = None,
    b: FromQuery[str | None] = None,
) -> Response:
    """Who uses a package across bodies, and the overlap between two bodies' stacks."""
    locale = locale_from_path(request.url.path)
    names = organisation_names(db_session, locale)
    errors: dict[str, str] = {}
    package = (package or "").strip()[:MAX_NAME]
    users = users_of(db_session, package) if package else []
    by_org: dict[str, list[dict]] = defaultdict(list)
    for user in users:
        by_org[user["organisation"]].append(user)
    first, second = find_organisation(db_session, a), find_organisation(db_session, b)
    for field, value, found in (("a", a, first), ("b", b, second)):
        if value and found is None:
            errors[field] = gettext_for(locale, N_("Choose an organisation from the list"))
    overlap = None
    if first and second:
        mine, theirs = stack(db_session, first.id), stack(db_session, second.id)
        union = mine | theirs
        shared = sorted(mine & theirs, key=lambda p: (p[0], p[1]))
        overlap = {
            "shared": shared[:SHARED_SHOWN],
            "shared_count": len(shared),
            "a_count": len(mine),
            "b_count": len(theirs),
            "percent": round(100 * len(shared) / len(union)) if union else 0,
        }
    context = {
        "package": package,
        "users": sorted(by_org.items(), key=lambda item: names.get(item[0], item[0]).lower()),
        "user_count": len(users),
        "names": names,
        "a": first.slug if first else "",
        "b": second.slug if second else "",
        "organisations": organisation_choices(db_session, locale),
        "overlap": overlap,
        "popular": popular(db_session),
        "errors": errors,
    }
    return render(request, "insight/stacks.html", context, status_code=400 if errors else 200)


router = Router(path="", route_handlers=[*insight_stacks], include_in_schema=False)
