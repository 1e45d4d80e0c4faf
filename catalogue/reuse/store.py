"""Keeping verified reuse current in the database, and reading it back for pages and the API."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, aliased

from catalogue.models import Account, Component, Dependency, Organisation, ReuseLink
from catalogue.reuse.matching import Link, PublicationIndex, match
from catalogue.reuse.publications import Publication, Publisher, publications

BATCH = 1000


def _logins(session: Session) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = defaultdict(list)
    for organisation_id, login in session.execute(select(Account.organisation_id, Account.login)):
        found[organisation_id].append(login)
    return {k: tuple(v) for k, v in found.items()}


def iter_publishers(session: Session) -> Iterator[tuple[int, Publisher]]:
    """Every live component as the facts that say what it publishes, read in batches."""
    logins = _logins(session)
    rows = session.execute(
        select(
            Component.id,
            Component.host,
            Component.full_name,
            Component.manifests,
            Component.readme_source,
            Organisation.id,
            Organisation.slug,
        )
        .join(Organisation, Component.organisation_id == Organisation.id)
        .where(Component.removed_at.is_(None))
        .order_by(Component.id)
        .execution_options(yield_per=BATCH)
    )
    for ident, host, full_name, manifests, readme, org_id, slug in rows:
        yield (
            ident,
            Publisher(
                full_name=full_name,
                organisation=slug,
                logins=logins.get(org_id, ()),
                manifest_paths=tuple(manifests or {}),
                readme=readme,
                host=host,
            ),
        )


def component_publications(session: Session, component: Component) -> list[Publication]:
    """What one component publishes (for its page)."""
    logins = tuple(a.login for a in component.organisation.accounts)
    return publications(
        Publisher(
            full_name=component.full_name,
            organisation=component.organisation.slug,
            logins=logins,
            manifest_paths=tuple(component.manifests or {}),
            readme=component.readme_source,
            host=component.host,
        )
    )


def compute_links(session: Session) -> list[Link]:
    """Match every live component's dependencies against every component's publications."""
    index = PublicationIndex(
        (ident, item)
        for ident, publisher in iter_publishers(session)
        for item in publications(publisher)
    )
    dependencies = session.execute(
        select(Dependency.component_id, Dependency.ecosystem, Dependency.name, Dependency.manifest)
        .join(Component, Dependency.component_id == Component.id)
        .where(Component.removed_at.is_(None))
        .execution_options(yield_per=BATCH * 10)
    )
    return match(index, dependencies)


def refresh_reuse_links(session: Session) -> set[int]:
    """Recompute the stored links; returns the ids of components whose reuse changed (to reindex)."""
    new = {(k.dependent, k.provider, k.ecosystem, k.package): k for k in compute_links(session)}
    old = {
        (r.dependent_id, r.provider_id, r.ecosystem, r.package): r
        for r in session.scalars(select(ReuseLink))
    }
    changed: set[int] = set()
    for key in old.keys() - new.keys():
        session.delete(old[key])
        changed |= {key[0], key[1]}
    for key in new.keys() - old.keys():
        link = new[key]
        session.add(
            ReuseLink(
                dependent_id=link.dependent,
                provider_id=link.provider,
                ecosystem=link.ecosystem,
                package=link.package[:300],
                manifest=(link.manifest or "")[:300] or None,
                evidence=link.evidence,
            )
        )
        changed |= {key[0], key[1]}
    session.flush()
    return changed


def clear_reuse_links(session: Session) -> None:
    session.execute(delete(ReuseLink))


@dataclass(frozen=True)
class ReuseEntry:
    """One side of a link as a page shows it."""

    component_id: int
    full_name: str
    organisation: str
    organisation_name: str
    organisation_name_cy: str | None
    same_organisation: bool
    ecosystem: str
    package: str
    manifest: str | None
    evidence: str


@dataclass(frozen=True)
class ComponentReuse:
    """Who uses a component (by their manifests) and whose components it uses."""

    used_by: list[ReuseEntry]
    uses: list[ReuseEntry]

    @property
    def used_by_components(self) -> int:
        return len({e.component_id for e in self.used_by})

    @property
    def used_by_organisations(self) -> int:
        return len({e.organisation for e in self.used_by})

    @property
    def used_by_other_organisations(self) -> int:
        return len({e.organisation for e in self.used_by if not e.same_organisation})

    @property
    def uses_components(self) -> int:
        return len({e.component_id for e in self.uses})

    @property
    def uses_other_components(self) -> int:
        return len({e.component_id for e in self.uses if not e.same_organisation})


def component_reuse(session: Session, component: Component) -> ComponentReuse:
    """Both directions of verified reuse for one component."""
    other = aliased(Component)

    def side(mine, theirs) -> list[ReuseEntry]:
        rows = session.execute(
            select(ReuseLink, other.id, other.full_name, Organisation)
            .join(other, theirs == other.id)
            .join(Organisation, other.organisation_id == Organisation.id)
            .where(mine == component.id, other.removed_at.is_(None))
            .order_by(Organisation.name, other.full_name, ReuseLink.package)
        )
        return [
            ReuseEntry(
                component_id=ident,
                full_name=full_name,
                organisation=org.slug,
                organisation_name=org.name,
                organisation_name_cy=org.name_cy,
                same_organisation=org.id == component.organisation_id,
                ecosystem=link.ecosystem,
                package=link.package,
                manifest=link.manifest,
                evidence=link.evidence,
            )
            for link, ident, full_name, org in rows
        ]

    return ComponentReuse(
        used_by=side(ReuseLink.provider_id, ReuseLink.dependent_id),
        uses=side(ReuseLink.dependent_id, ReuseLink.provider_id),
    )


@dataclass(frozen=True)
class ReuseTotals:
    """The dashboard's figures: links, and how many cross organisations."""

    links: int
    providers: int
    dependents: int
    cross_organisation_links: int
    cross_organisation_providers: int


def reuse_totals(session: Session) -> ReuseTotals:
    """Counts of verified reuse across the catalogue."""
    dep, prov = aliased(Component), aliased(Component)
    base = (
        select(
            ReuseLink.provider_id, ReuseLink.dependent_id, dep.organisation_id, prov.organisation_id
        )
        .join(dep, ReuseLink.dependent_id == dep.id)
        .join(prov, ReuseLink.provider_id == prov.id)
        .where(dep.removed_at.is_(None), prov.removed_at.is_(None))
    )
    rows = session.execute(base).all()
    cross = [r for r in rows if r[2] != r[3]]
    return ReuseTotals(
        links=len({(r[0], r[1]) for r in rows}),
        providers=len({r[0] for r in rows}),
        dependents=len({r[1] for r in rows}),
        cross_organisation_links=len({(r[0], r[1]) for r in cross}),
        cross_organisation_providers=len({r[0] for r in cross}),
    )


def reused_ids(session: Session, ids: list[int] | None = None) -> set[int]:
    """Of these components (all without a list), those another component is shown to use."""
    query = select(ReuseLink.provider_id).distinct()
    if ids is not None:
        query = query.where(ReuseLink.provider_id.in_(ids))
    return set(session.scalars(query))


def used_by_counts(session: Session) -> dict[int, int]:
    """Provider id -> how many components use it."""
    rows = session.execute(
        select(ReuseLink.provider_id, func.count(func.distinct(ReuseLink.dependent_id))).group_by(
            ReuseLink.provider_id
        )
    )
    return dict(rows.all())


@dataclass(frozen=True)
class ProviderReuse:
    """How far one component is reused: the components that use it, and the organisations other
    than its own that own them (the evidence that others could adopt it too)."""

    components: int
    other_organisations: int


def provider_reuse(session: Session) -> dict[int, ProviderReuse]:
    """Provider id -> its reuse, counting components still in the catalogue."""
    dep, prov = aliased(Component), aliased(Component)
    rows = session.execute(
        select(
            ReuseLink.provider_id, ReuseLink.dependent_id, dep.organisation_id, prov.organisation_id
        )
        .join(dep, ReuseLink.dependent_id == dep.id)
        .join(prov, ReuseLink.provider_id == prov.id)
        .where(dep.removed_at.is_(None))
    ).all()
    users: dict[int, set[int]] = defaultdict(set)
    bodies: dict[int, set[int]] = defaultdict(set)
    for provider, dependent, dependent_organisation, own_organisation in rows:
        users[provider].add(dependent)
        if dependent_organisation != own_organisation:
            bodies[provider].add(dependent_organisation)
    return {
        provider: ProviderReuse(len(dependents), len(bodies[provider]))
        for provider, dependents in users.items()
    }


@dataclass(frozen=True)
class OrganisationReuse:
    """One body's side of verified reuse: what others use of ours, and what we use of others'."""

    provided: list[tuple[int, str, int, int]]  # (our component id, full name, users, other bodies)
    used: list[
        tuple[int, str, str, int]
    ]  # (their component id, full name, organisation slug, our users)


def organisation_reuse(session: Session, organisation_id: int) -> OrganisationReuse:
    """Verified reuse as it touches one organisation, most used first."""
    dep, prov = aliased(Component), aliased(Component)
    rows = session.execute(
        select(
            prov.id,
            prov.full_name,
            prov.organisation_id,
            dep.id,
            dep.organisation_id,
            Organisation.slug,
        )
        .join(ReuseLink, ReuseLink.provider_id == prov.id)
        .join(dep, ReuseLink.dependent_id == dep.id)
        .join(Organisation, prov.organisation_id == Organisation.id)
        .where(
            dep.removed_at.is_(None),
            prov.removed_at.is_(None),
            (prov.organisation_id == organisation_id) | (dep.organisation_id == organisation_id),
        )
    ).all()
    users: dict[tuple[int, str], set[int]] = defaultdict(set)
    bodies: dict[int, set[int]] = defaultdict(set)
    used: dict[tuple[int, str, str], set[int]] = defaultdict(set)
    for prov_id, prov_name, prov_org, dep_id, dep_org, prov_slug in rows:
        if prov_org == organisation_id:
            users[(prov_id, prov_name)].add(dep_id)
            if dep_org != organisation_id:
                bodies[prov_id].add(dep_org)
        if dep_org == organisation_id and prov_org != organisation_id:
            used[(prov_id, prov_name, prov_slug)].add(dep_id)
    provided = sorted(
        ((i, n, len(d), len(bodies[i])) for (i, n), d in users.items()), key=lambda r: (-r[2], r[1])
    )
    return OrganisationReuse(
        provided=provided,
        used=sorted(
            ((i, n, s, len(d)) for (i, n, s), d in used.items()), key=lambda r: (-r[3], r[1])
        ),
    )
