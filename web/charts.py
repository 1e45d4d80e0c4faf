"""Insight charts: what each one counts, and how it is drawn as an accessible SVG bar chart."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from babel.numbers import format_decimal
from markupsafe import Markup, escape
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from catalogue.models import Component, Organisation, UsedByClaim
from catalogue.models.organisation import name_in
from catalogue.vocabulary import N_, SECTORS
from search.similarity import SimilarityResult
from web.i18n import gettext_for, translations

# GOV.UK colours: bars in brand blue (5.2:1 on white), text black, the axis dark grey.
BAR_COLOUR = "#1d70b8"
TEXT_COLOUR = "#0b0c0c"
AXIS_COLOUR = "#505a5f"
WIDTH = 480
ROW = 26  # a bar with its label beside it
STACKED_ROW = 46  # a bar with its label above it
BAR = 18
GROUP_ROW = 30
SIDE_LABEL_CHARS = 16  # longer labels go above their bars, so they need not be cut short
LABEL_CHARS = 60
CHAR_WIDTH = 8  # a 14px Arial character, generously
VALUE_SPACE = 56
TOP_LANGUAGES = 5
TOP_LICENCES = 10
KIND_LABELS = {
    "rebuilds": N_("Independent rebuilds"),
    "copies": N_("Copies or forks"),
    "mixed": N_("Copies and rebuilds"),
}


@dataclass(frozen=True)
class Bar:
    """One bar: its value, its label as shown, and the machine key behind the label."""

    key: str
    label: str
    value: int
    group: str = ""  # the group's key, in grouped charts
    group_label: str = ""


@dataclass(frozen=True)
class Chart:
    """A chart's data with the words around it, already in the page's language."""

    slug: str
    title: str
    label_heading: str
    value_heading: str
    bars: tuple[Bar, ...]
    csv_columns: tuple[str, ...]
    group_heading: str = ""

    @property
    def grouped(self) -> bool:
        return bool(self.group_heading)

    def csv_rows(self) -> Iterable[tuple[str | int, ...]]:
        """The chart's data as CSV rows, matching csv_columns."""
        for bar in self.bars:
            if self.grouped:
                yield (bar.group, bar.group_label, bar.key, bar.label, bar.value)
            else:
                yield (bar.key, bar.label, bar.value)


def _short(label: str) -> str:
    # SVG text does not wrap; the table beside the chart has the label in full.
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def description(chart: Chart, locale: str) -> str:
    """A sentence saying what the chart shows, for its <desc> and screen readers."""
    if not chart.bars:
        return gettext_for(locale, N_("There is nothing to show yet."))
    top = max(chart.bars, key=lambda bar: bar.value)
    label = f"{top.group_label}: {top.label}" if chart.grouped else top.label
    text = translations(locale).ngettext(
        "Bar chart of %(num)s value. The largest is %(label)s, with %(value)s. "
        "The table beside it gives every value.",
        "Bar chart of %(num)s values. The largest is %(label)s, with %(value)s. "
        "The table beside it gives every value.",
        len(chart.bars),
    )
    return text % {
        "num": format_decimal(len(chart.bars), locale=locale),
        "label": label,
        "value": format_decimal(top.value, locale=locale),
    }


def _text(x: float, y: float, text: str, **attributes: str) -> str:
    extra = "".join(f' {name.replace("_", "-")}="{value}"' for name, value in attributes.items())
    return f'<text x="{x}" y="{y}" fill="{TEXT_COLOUR}"{extra}>{escape(text)}</text>'


def _bar_row(bar: Bar, y: float, label_x: float, stacked: bool, scale: float, locale: str) -> str:
    """One bar, its label (beside or above it) and its value, with the axis beside it."""
    top = y + (STACKED_ROW - BAR - 4 if stacked else (ROW - BAR) / 2)
    width = max(1, round(scale * bar.value)) if bar.value else 0
    middle = top + BAR / 2 + 5
    label = (
        _text(0, y + 14, _short(bar.label))
        if stacked
        else _text(label_x - 8, middle, _short(bar.label), text_anchor="end")
    )
    return (
        f"{label}"
        f'<line x1="{label_x}" y1="{top - 3}" x2="{label_x}" y2="{top + BAR + 3}" '
        f'stroke="{AXIS_COLOUR}" stroke-width="1"/>'
        f'<rect x="{label_x}" y="{top}" width="{width}" height="{BAR}" fill="{BAR_COLOUR}"/>'
        f"{_text(label_x + width + 6, middle, format_decimal(bar.value, locale=locale))}"
    )


def chart_svg(chart: Chart, locale: str) -> Markup:
    """The chart as an inline SVG image with a title, a description and a text label on each bar."""
    ident = f"chart-{chart.slug}"
    longest = max((len(bar.label) for bar in chart.bars), default=0)
    stacked = longest > SIDE_LABEL_CHARS
    label_x = 1 if stacked else longest * CHAR_WIDTH + 16
    scale = (WIDTH - label_x - VALUE_SPACE) / (max((b.value for b in chart.bars), default=0) or 1)
    parts, y, group = [], 4, None
    for bar in chart.bars:
        if chart.grouped and bar.group != group:
            group = bar.group
            y += 6 if y > 4 else 0
            parts.append(_text(0, y + 18, _short(bar.group_label), font_weight="bold"))
            y += GROUP_ROW - 4
        parts.append(_bar_row(bar, y, label_x, stacked, scale, locale))
        y += STACKED_ROW if stacked else ROW
    if not chart.bars:
        parts.append(_text(0, 24, description(chart, locale)))
    height = max(y + 4, 40)
    return Markup(  # noqa: S704 - every text and attribute value above is escaped or a number
        f'<svg xmlns="http://www.w3.org/2000/svg" class="app-chart" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" focusable="false" '
        f'font-family="arial, sans-serif" font-size="14">'
        f'<title id="{ident}-title">{escape(chart.title)}</title>'
        f'<desc id="{ident}-desc">{escape(description(chart, locale))}</desc>'
        f"{''.join(parts)}</svg>"
    )


# What each chart counts. Every query takes an optional sector and counts live components only.


def _live(*columns, sector: str | None):
    query = (
        select(*columns)
        .select_from(Component)
        .join(Organisation, Component.organisation_id == Organisation.id)
        .where(Component.removed_at.is_(None))
    )
    return query.where(Organisation.sector == sector) if sector else query


def _sector_name(slug: str, locale: str) -> str:
    return gettext_for(locale, SECTORS[slug]) if slug in SECTORS else slug


def languages_by_sector(
    session: Session, result: SimilarityResult | None, sector: str | None, locale: str
) -> list[Bar]:
    """The main languages of each sector's components: the top few, then the rest together."""
    rows = session.execute(
        _live(
            Organisation.sector, Component.primary_language, func.count(), sector=sector
        ).group_by(Organisation.sector, Component.primary_language)
    ).all()
    by_sector: dict[str, Counter] = defaultdict(Counter)
    for slug, language, count in rows:
        by_sector[slug][language or ""] += count
    order = [s for s in SECTORS if s in by_sector] + sorted(set(by_sector) - set(SECTORS))
    bars = []
    for slug in order:
        counts = by_sector[slug]
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].lower()))
        shown = [(k, v) for k, v in ranked if k][:TOP_LANGUAGES]
        rest = sum(counts.values()) - sum(v for _, v in shown)
        for key, value in shown:
            bars.append(Bar(key, key, value, slug, _sector_name(slug, locale)))
        if rest:
            label = gettext_for(locale, N_("Other or unknown"))
            bars.append(Bar("", label, rest, slug, _sector_name(slug, locale)))
    return bars


def licences(
    session: Session, result: SimilarityResult | None, sector: str | None, locale: str
) -> list[Bar]:
    """Components by licence: the commonest, the rest together, and those with none."""
    rows = session.execute(
        _live(Component.licence, func.count(), sector=sector).group_by(Component.licence)
    ).all()
    ranked = sorted(
        ((k, v) for k, v in rows if k), key=lambda item: (-item[1], str(item[0]).lower())
    )
    bars = [Bar(key, key, value) for key, value in ranked[:TOP_LICENCES]]
    rest = sum(v for _, v in ranked[TOP_LICENCES:])
    if rest:
        bars.append(Bar("other", gettext_for(locale, N_("Other licences")), rest))
    missing = sum(v for k, v in rows if not k)
    if missing:
        bars.append(Bar("", gettext_for(locale, N_("No licence found")), missing))
    return bars


def activity_by_year(
    session: Session, result: SimilarityResult | None, sector: str | None, locale: str
) -> list[Bar]:
    """Components by the year of their last change (push), oldest first."""
    year = func.extract("year", Component.pushed_at)
    rows = session.execute(_live(year, func.count(), sector=sector).group_by(year)).all()
    bars = [Bar(str(int(y)), str(int(y)), n) for y, n in sorted(r for r in rows if r[0])]
    unknown = sum(n for y, n in rows if not y)
    if unknown:
        bars.append(Bar("", gettext_for(locale, N_("Unknown")), unknown))
    return bars


def components_per_organisation(
    session: Session, result: SimilarityResult | None, sector: str | None, locale: str
) -> list[Bar]:
    """Live components per organisation, most first."""
    rows = session.execute(
        _live(
            Organisation.slug, Organisation.name, Organisation.name_cy, func.count(), sector=sector
        ).group_by(Organisation.slug, Organisation.name, Organisation.name_cy)
    ).all()
    named = [(slug, name_in(locale, name, cy), n) for slug, name, cy, n in rows]
    return [
        Bar(slug, name, n) for slug, name, n in sorted(named, key=lambda r: (-r[2], r[1].lower()))
    ]


def clusters_by_kind(
    session: Session, result: SimilarityResult | None, sector: str | None, locale: str
) -> list[Bar]:
    """Clusters of similar work: independent rebuilds, copies, or both."""
    if result is None:
        return []
    counts = Counter(c.kind for c in result.clusters if not sector or sector in c.sectors)
    return [
        Bar(kind, gettext_for(locale, label), counts.get(kind, 0))
        for kind, label in KIND_LABELS.items()
    ]


def reuse_evidence(
    session: Session, result: SimilarityResult | None, sector: str | None, locale: str
) -> list[Bar]:
    """Components in clusters, outside them, forked from elsewhere, and confirmed in use elsewhere."""
    total = session.scalar(_live(func.count(), sector=sector)) or 0
    forks = session.scalar(_live(func.count(), sector=sector).where(Component.fork.is_(True))) or 0
    user = aliased(Organisation)
    confirmed = (
        session.scalar(
            _live(func.count(func.distinct(Component.id)), sector=sector)
            .join(UsedByClaim, UsedByClaim.component_id == Component.id)
            .join(user, UsedByClaim.organisation_id == user.id)
            .where(UsedByClaim.confirmed_at.is_not(None), user.id != Organisation.id)
        )
        or 0
    )
    bars = []
    if result is not None:
        clustered = {
            m.id for c in result.clusters for m in c.members if not sector or m.sector == sector
        }
        bars += [
            Bar(
                "in-cluster",
                gettext_for(locale, N_("In a cluster of similar work")),
                len(clustered),
            ),
            Bar(
                "not-in-cluster",
                gettext_for(locale, N_("Not in any cluster")),
                max(0, total - len(clustered)),
            ),
        ]
    bars += [
        Bar("fork", gettext_for(locale, N_("Forks of another repository")), forks),
        Bar(
            "used-elsewhere",
            gettext_for(locale, N_("Confirmed in use by another organisation")),
            confirmed,
        ),
    ]
    return bars


@dataclass(frozen=True)
class ChartSpec:
    title: str
    label_heading: str
    value_heading: str
    csv_columns: tuple[str, ...]
    count: Callable[[Session, SimilarityResult | None, str | None, str], list[Bar]]
    group_heading: str = ""


CHARTS: dict[str, ChartSpec] = {
    "languages-by-sector": ChartSpec(
        N_("Main programming languages by sector"),
        N_("Language"),
        N_("Components"),
        ("sector", "sector_name", "language", "language_name", "components"),
        languages_by_sector,
        group_heading=N_("Sector"),
    ),
    "licences": ChartSpec(
        N_("Licences"),
        N_("Licence"),
        N_("Components"),
        ("licence", "licence_name", "components"),
        licences,
    ),
    "activity": ChartSpec(
        N_("Components by year of their last change"),
        N_("Year"),
        N_("Components"),
        ("year", "year_name", "components"),
        activity_by_year,
    ),
    "organisations": ChartSpec(
        N_("Components per organisation"),
        N_("Organisation"),
        N_("Components"),
        ("organisation", "organisation_name", "components"),
        components_per_organisation,
    ),
    "clusters-by-kind": ChartSpec(
        N_("Clusters of similar work by kind"),
        N_("Kind"),
        N_("Clusters"),
        ("kind", "kind_name", "clusters"),
        clusters_by_kind,
    ),
    "reuse": ChartSpec(
        N_("Evidence of reuse"),
        N_("Measure"),
        N_("Components"),
        ("measure", "measure_name", "components"),
        reuse_evidence,
    ),
}


def build_chart(
    slug: str, session: Session, result: SimilarityResult | None, sector: str | None, locale: str
) -> Chart:
    """One chart's data, counted now, with its words in the given language."""
    spec = CHARTS[slug]
    words = lambda text: gettext_for(locale, text) if text else ""  # noqa: E731
    return Chart(
        slug=slug,
        title=words(spec.title),
        label_heading=words(spec.label_heading),
        value_heading=words(spec.value_heading),
        bars=tuple(spec.count(session, result, sector, locale)),
        csv_columns=spec.csv_columns,
        group_heading=words(spec.group_heading),
    )
