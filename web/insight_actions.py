"""What a chief digital officer acts on for one cluster: a title, why, whom to ask, what to do, the cost.

Everything is derived from the stored analysis and the components' facts, in the page's language.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from babel.numbers import format_decimal

from catalogue.models import Component
from catalogue.reuse import ProviderReuse
from catalogue.vocabulary import N_
from search.similarity import Cluster
from web.i18n import translations

# Size of one effort: the language breakdown is files per language in the bundled data and bytes per
# language from GitHub; above this total we read bytes, at about 8 KB a source file.
BYTES_THRESHOLD = 5000
BYTES_PER_FILE = 8000
DAYS_PER_FILE = (0.1, 0.5)  # from under an hour to half a day of work for each source file
MAX_FILES_PER_EFFORT = 500  # bigger repositories are mostly generated or vendored files
# Data, markup and prose are not the work a rebuild repeats.
NOT_CODE = frozenset(
    {"JSON", "Markdown", "YAML", "XML", "CSV", "Text", "SVG", "reStructuredText", "TOML", "INI"}
)
ESTIMATE_METHOD = N_(
    "Size-based: each source code file of the independent efforts other than the largest stands "
    "for a tenth of a day to half a day of work. Copies count once; data, markup and prose files "
    "are left out; an effort counts at most 500 files; sizes come from the language breakdown "
    "(files, or bytes at about 8 KB a file). It is a range for comparing clusters, not a costing."
)
# Each says only what the evidence shows: adoption needs reuse by other bodies, not a member
# that merely happens to be the one still worked on.
ACTIONS = {
    "consolidate": N_("Consolidate: keep one copy, link or retire the others"),
    "adopt": N_("Adopt the one other organisations already use"),
    "ask": N_(
        "Ask the owners of the only one worked on in the last year whether it could serve the "
        "others"
    ),
    "share": N_("Compare them and agree on one to share: one owner, and the others use it"),
}


@dataclass(frozen=True)
class Estimate:
    """Duplicated effort in person-days, as a range."""

    low_days: float
    high_days: float
    files: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "low_person_days": round(self.low_days),
            "high_person_days": round(self.high_days),
            "duplicated_files": self.files,
            "method": ESTIMATE_METHOD,
        }


def effort_files(languages: dict | None) -> int:
    """An effort's size in source files, from its language breakdown."""
    values = [
        v
        for language, v in (languages or {}).items()
        if language not in NOT_CODE and isinstance(v, int | float) and v > 0
    ]
    total = sum(values)
    files = round(total / BYTES_PER_FILE) if total > BYTES_THRESHOLD else int(total)
    return min(files, MAX_FILES_PER_EFFORT)


def estimate(cluster: Cluster, components: dict[int, Component]) -> Estimate:
    """Work done more than once: every independent effort but the largest, by size."""
    sizes: dict[int, int] = defaultdict(int)
    for member in cluster.members:
        component = components.get(member.id)
        files = effort_files(component.languages if component else None)
        sizes[member.effort] = max(sizes[member.effort], files)
    ordered = sorted(sizes.values(), reverse=True)
    duplicated = sum(ordered[1:])
    return Estimate(duplicated * DAYS_PER_FILE[0], duplicated * DAYS_PER_FILE[1], duplicated)


def estimate_text(value: Estimate, locale: str) -> str:
    """'about 5 to 20 person-weeks', rounded so as not to promise precision."""
    catalogue = translations(locale)
    if value.high_days < 1:
        return catalogue.gettext("less than a person-day")
    if value.high_days < 20:
        low, high = max(1, round(value.low_days)), max(1, round(value.high_days))
        return catalogue.ngettext(
            "about %(low)s to %(num)s person-day", "about %(low)s to %(num)s person-days", high
        ) % {"low": low, "num": high}
    low, high = max(1, round(value.low_days / 5)), max(1, round(value.high_days / 5))
    return catalogue.ngettext(
        "about %(low)s to %(num)s person-week", "about %(low)s to %(num)s person-weeks", high
    ) % {"low": _number(low, locale), "num": _number(high, locale)}


def _number(value: int, locale: str) -> str:
    return format_decimal(value, locale=locale)


def score_words(cluster: Cluster, locale: str) -> str:
    """The duplicated effort score said in words."""
    catalogue = translations(locale)
    if cluster.score >= 5:
        level = catalogue.gettext("High")
    elif cluster.score >= 2.5:
        level = catalogue.gettext("Medium")
    else:
        level = catalogue.gettext("Low")
    explanation = catalogue.gettext(
        "The score grows with the organisations involved, the independent efforts and how "
        "recently they were worked on; copies of one effort count once."
    )
    return f"{level}: {explanation}"


def recommended_action(
    cluster: Cluster, reuse: Mapping[int, ProviderReuse]
) -> tuple[str, int | None]:
    """(action code, the member the action names, if any).

    Adopt a member only where other organisations already use it (the most of them, then the
    most components; an archived one never). Otherwise copies are consolidated; where one
    effort alone is still worked on, its owners are asked whether it could serve the others;
    else the owners compare and agree on one to share.
    """
    used = [
        (-found.other_organisations, -found.components, m.activity != "active", m.id)
        for m in cluster.members
        if (found := reuse.get(m.id)) and found.other_organisations and m.activity != "archived"
    ]
    if used:
        return "adopt", min(used)[3]
    if cluster.kind == "copies":
        return "consolidate", None
    active = [m for m in cluster.members if m.activity == "active"]
    if len(active) == 1 and cluster.efforts > 1:
        return "ask", active[0].id
    return "share", None


def why_sentences(cluster: Cluster, locale: str) -> list[str]:
    """What makes these components one piece of work (the shared words and dependencies are
    shown beside these sentences, in their own language)."""
    catalogue = translations(locale)
    kinds = {
        "copies": N_(
            "They share the same code: copies or forks of one piece of work kept in several places."
        ),
        "mixed": N_(
            "Some are copies of one another; the others look like separate work on the same job."
        ),
        "rebuilds": N_("They look like separate pieces of work that do the same job."),
    }
    active = sum(1 for m in cluster.members if m.activity == "active")
    return [
        catalogue.gettext(kinds.get(cluster.kind, kinds["rebuilds"])),
        catalogue.gettext("Worked on in the last year: %(active)s (components in all: %(total)s).")
        % {"active": active, "total": len(cluster.members)},
    ]


def cluster_title(cluster: Cluster, locale: str) -> str | None:
    """The analysis's own plain title in the locale, when it has one (search is adding them)."""
    own = getattr(cluster, "title_cy" if locale == "cy" else "title", None)
    return str(own) if own else None


def shown_words(cluster: Cluster) -> tuple[str, ...]:
    """The words a cluster's members share, as people should read them: the analysis's own
    list, or its terms for a result stored before it had one."""
    words = getattr(cluster, "words", None)
    return tuple(words) if words is not None else tuple(cluster.terms)


def title_head(cluster: Cluster, locale: str) -> str | None:
    """The title without the shared words it ends with (shown apart, marked as English)."""
    own = cluster_title(cluster, locale)
    if own and cluster.title_words:
        return own.rsplit(": ", 1)[0]
    return own


def title_text(cluster: Cluster, terms: list[str], locale: str) -> str:
    """The title as plain text (CSV, JSON): the analysis's own, else 'Work on: a, b, c'."""
    own = cluster_title(cluster, locale)
    if own:
        return own
    catalogue = translations(locale)
    if not terms:
        return catalogue.gettext("Similar work across organisations")
    return catalogue.gettext("Work on:") + " " + ", ".join(str(t) for t in terms[:3])


def maintenance_contacts(component: Component) -> list[dict[str, str]]:
    """Maintenance contacts named in the component's publiccode.yml (name, email)."""
    maintenance = (component.publiccode or {}).get("maintenance")
    contacts = maintenance.get("contacts") if isinstance(maintenance, dict) else None
    found = []
    for contact in contacts if isinstance(contacts, list) else []:
        if isinstance(contact, dict) and isinstance(contact.get("name"), str):
            email = contact.get("email") if isinstance(contact.get("email"), str) else ""
            found.append(
                {"name": contact["name"][:200], "email": email[:200] if "@" in email else ""}
            )
    return found[:5]
