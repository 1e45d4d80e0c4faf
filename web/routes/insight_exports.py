"""The insight CSV downloads: in the page's language, words rather than codes, UTF-8 with a BOM
(web/spreadsheet.py says why). The JSON API keeps the codes."""

from __future__ import annotations

import csv
import io

from litestar import Request, Response, Router
from litestar.params import FromPath, FromQuery

from catalogue.errors import NotFoundError
from catalogue.reuse import provider_reuse
from catalogue.vocabulary import ACTIVITY, N_, SECTORS
from web.charts import CHARTS, build_chart
from web.deps import DbSession
from web.i18n import locale_from_path, localise, translations
from web.routes.insight import (
    _sector,
    cluster_view,
    duplicates_cache,
    in_sector,
    load_members,
    organisation_names,
)
from web.routes.localised import localised_get
from web.spreadsheet import BOM
from web.spreadsheet import cell as _cell

CSV_CACHE = "public, max-age=300"

CLUSTER_COLUMNS = (
    N_("Cluster"),
    N_("Title"),
    N_("Kind"),
    N_("Duplicated effort score"),
    N_("Independent efforts"),
    N_("Organisations"),
    N_("Sectors"),
    N_("Shared distinctive terms"),
    N_("Shared dependencies"),
    N_("Recommended action"),
    N_("Duplicated effort, estimated"),
    N_("Component"),
    N_("Organisation"),
    N_("Sector"),
    N_("Activity"),
    N_("A copy of another member"),
    N_("Catalogue page"),
)


def csv_response(header, rows, filename: str) -> Response:
    """A CSV download: BOM, header row, formula-safe cells."""
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([_cell(value) for value in row] for row in rows)
    return Response(
        buffer.getvalue().encode("utf-8"),
        media_type="text/csv",  # Litestar adds "; charset=utf-8"
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": CSV_CACHE,
        },
    )


@localised_get("/insight/clusters.csv", name="insight:clusters-csv", sync_to_thread=True)
def clusters_csv(
    request: Request, db_session: DbSession, sector: FromQuery[str | None] = None
) -> Response:
    """Every cluster, one row per member, with the cluster's facts repeated on each row."""
    locale = locale_from_path(request.url.path)
    chosen, errors = _sector(request, sector)
    if errors:
        return Response(errors["sector"], status_code=400, media_type="text/plain")
    words = translations(locale)
    result = duplicates_cache(request.app).result()
    names = organisation_names(db_session, locale)
    clusters = in_sector(result.clusters if result else [], chosen)
    members = load_members(db_session, clusters)
    reuse = provider_reuse(db_session)
    base = request.app.state.settings.base_url

    def sector_name(slug: str) -> str:
        return words.gettext(SECTORS[slug]) if slug in SECTORS else slug

    rows = []
    for rank, cluster in enumerate(clusters, start=1):
        view = cluster_view(cluster, rank, names, locale, members, reuse)
        facts = (
            rank,
            view["title_text"],
            words.gettext(view["kind_label"]),
            view["score"],
            cluster.efforts,
            "; ".join(names.get(o, o) for o in cluster.organisations),
            "; ".join(sector_name(s) for s in cluster.sectors),
            "; ".join(view["terms"]),
            "; ".join(cluster.shared_dependencies),
            words.gettext(view["action_label"]),
            view["estimate_text"],
        )
        for m in cluster.members:
            rows.append(
                (
                    *facts,
                    m.full_name,
                    names.get(m.organisation, m.organisation),
                    sector_name(m.sector),
                    words.gettext(ACTIVITY[m.activity]) if m.activity in ACTIVITY else m.activity,
                    words.gettext("Yes") if m.effort in view["copies"] else words.gettext("No"),
                    base + localise(f"/components/{m.id}", locale),
                )
            )
    header = [words.gettext(column) for column in CLUSTER_COLUMNS]
    return csv_response(header, rows, "duplicated-work-clusters.csv")


@localised_get("/insight/charts/{name:str}", name="insight:chart-csv", sync_to_thread=True)
def chart_csv(
    request: Request,
    db_session: DbSession,
    name: FromPath[str],
    sector: FromQuery[str | None] = None,
) -> Response:
    """One chart's data as CSV (/insight/charts/licences.csv): the words the chart shows."""
    slug = name.removesuffix(".csv")
    if not name.endswith(".csv") or slug not in CHARTS:
        raise NotFoundError(f"no chart {name!r}")
    chosen, errors = _sector(request, sector)
    if errors:
        return Response(errors["sector"], status_code=400, media_type="text/plain")
    locale = locale_from_path(request.url.path)
    result = duplicates_cache(request.app).result()
    chart = build_chart(slug, db_session, result, chosen, locale)
    if chart.grouped:
        header = (chart.group_heading, chart.label_heading, chart.value_heading)
        rows = [(bar.group_label, bar.label, bar.value) for bar in chart.bars]
    else:
        header = (chart.label_heading, chart.value_heading)
        rows = [(bar.label, bar.value) for bar in chart.bars]
    return csv_response(header, rows, f"{slug}.csv")


router = Router(path="", route_handlers=[*clusters_csv, *chart_csv], include_in_schema=False)
