"""Verified reuse: one component's manifest names a package another component publishes."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from catalogue.reuse.names import match_key, publisher_matches
from catalogue.reuse.publications import Publication

# Namespace publications are "a package named after the repository, in the body's namespace":
# the group or scope is only known once a dependent names it.
_WILDCARD = {"npm", "packagist", "maven"}
MAX_PROVIDERS = 3


@dataclass(frozen=True)
class Link:
    """`dependent` declares `package`, which `provider` publishes."""

    dependent: int
    provider: int
    ecosystem: str
    package: str
    manifest: str | None
    evidence: str


def _base(ecosystem: str, key: str) -> str:
    return re.split(r"[/:]", key)[-1] if ecosystem in _WILDCARD else key


class PublicationIndex:
    """Every component's publications, looked up by a dependency's ecosystem and name."""

    def __init__(self, published: Iterable[tuple[int, Publication]]) -> None:
        self.exact: dict[tuple[str, str], list[tuple[int, Publication]]] = defaultdict(list)
        self.by_base: dict[tuple[str, str], list[tuple[int, Publication]]] = defaultdict(list)
        for component_id, publication in published:
            if publication.evidence == "namespace" and publication.ecosystem in _WILDCARD:
                base = _base(publication.ecosystem, publication.key)
                self.by_base[(publication.ecosystem, base)].append((component_id, publication))
            else:
                self.exact[(publication.ecosystem, publication.key)].append(
                    (component_id, publication)
                )

    def providers(self, ecosystem: str, name: str) -> list[tuple[int, Publication]]:
        """The components that publish this dependency, best evidence first."""
        key = match_key(ecosystem, name)
        found = list(self.exact.get((ecosystem, key), ()))
        for component_id, publication in self.by_base.get((ecosystem, _base(ecosystem, key)), ()):
            if publisher_matches(ecosystem, name, publication.markers):
                found.append((component_id, publication))
        seen: dict[int, Publication] = {}
        for component_id, publication in found:
            seen.setdefault(component_id, publication)
        return list(seen.items())[:MAX_PROVIDERS]


def match(
    index: PublicationIndex, dependencies: Iterable[tuple[int, str, str, str | None]]
) -> list[Link]:
    """Links for (component id, ecosystem, name, manifest) dependencies; none to itself."""
    links: dict[tuple[int, int, str, str], Link] = {}
    for dependent, ecosystem, name, manifest in dependencies:
        for provider, publication in index.providers(ecosystem, name):
            if provider == dependent:
                continue
            key = (dependent, provider, ecosystem, match_key(ecosystem, name))
            links.setdefault(
                key, Link(dependent, provider, ecosystem, name, manifest, publication.evidence)
            )
    return list(links.values())
