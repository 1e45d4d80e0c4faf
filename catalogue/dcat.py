"""The catalogue as DCAT-AP / ADMS-AP RDF (for Interoperable Europe's Joinup), one component at a time.

Each component is an adms:Asset (a dcat:Dataset) published by a foaf:Agent, with its repository
as a dcat:Distribution; the catalogue is a dcat:Catalog. Graphs are built per component, so an
export of the whole catalogue holds one component's triples in memory at a time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, XSD

from catalogue.models import Component, Organisation

ADMS = Namespace("http://www.w3.org/ns/adms#")
ADMS_STATUS = Namespace("http://purl.org/adms/status/")
SPDX_LICENCES = "https://spdx.org/licenses/"
LANGUAGES = Namespace("http://publications.europa.eu/resource/authority/language/")
PREFIXES = {"dcat": DCAT, "dct": DCTERMS, "foaf": FOAF, "adms": ADMS, "xsd": XSD}
JSONLD_CONTEXT = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
TITLE = {"en": "Welsh public code catalogue", "cy": "Catalog cod cyhoeddus Cymru"}
DESCRIPTION = {
    "en": "Reusable software published by Welsh public bodies: councils, health boards, "
    "NHS Wales, Welsh Government and its bodies.",
    "cy": "Meddalwedd y gellir ei hailddefnyddio a gyhoeddwyd gan gyrff cyhoeddus Cymru: "
    "cynghorau, byrddau iechyd, GIG Cymru, Llywodraeth Cymru a’i chyrff.",
}


def _graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def _date(value: datetime | None) -> Literal | None:
    if value is None:
        return None
    return Literal(value.astimezone(UTC).isoformat(), datatype=XSD.dateTime)


def catalogue_graph(site: str, publisher: str, components: Iterable[int]) -> Graph:
    """The dcat:Catalog itself, naming every component (by address) as one of its datasets."""
    graph = _graph()
    catalogue = URIRef(f"{site}/export/catalogue")
    graph.add((catalogue, RDF.type, DCAT.Catalog))
    graph.add((catalogue, RDF.type, ADMS.AssetRepository))
    for language in ("en", "cy"):
        graph.add((catalogue, DCTERMS.title, Literal(TITLE[language], lang=language)))
        graph.add((catalogue, DCTERMS.description, Literal(DESCRIPTION[language], lang=language)))
    graph.add((catalogue, DCTERMS.language, LANGUAGES.ENG))
    graph.add((catalogue, DCTERMS.language, LANGUAGES.CYM))
    graph.add((catalogue, FOAF.homepage, URIRef(f"{site}/")))
    graph.add((catalogue, DCTERMS.modified, _date(datetime.now(UTC))))
    agent = URIRef(f"{site}/about#publisher")
    graph.add((catalogue, DCTERMS.publisher, agent))
    graph.add((agent, RDF.type, FOAF.Agent))
    graph.add((agent, FOAF.name, Literal(publisher, lang="en")))
    for component_id in components:
        graph.add((catalogue, DCAT.dataset, URIRef(f"{site}/components/{component_id}")))
    return graph


def _organisation(graph: Graph, site: str, organisation: Organisation) -> URIRef:
    agent = URIRef(f"{site}/organisations/{organisation.slug}")
    graph.add((agent, RDF.type, FOAF.Agent))
    graph.add((agent, FOAF.name, Literal(organisation.name, lang="en")))
    if organisation.name_cy:
        graph.add((agent, FOAF.name, Literal(organisation.name_cy, lang="cy")))
    if organisation.website:
        graph.add((agent, FOAF.homepage, URIRef(organisation.website)))
    return agent


def component_graph(site: str, component: Component) -> Graph:
    """One component as an adms:Asset with its publisher and its repository as a distribution."""
    graph = _graph()
    asset = URIRef(f"{site}/components/{component.id}")
    graph.add((asset, RDF.type, DCAT.Dataset))
    graph.add((asset, RDF.type, ADMS.Asset))
    graph.add((asset, DCTERMS.title, Literal(component.name)))
    graph.add((asset, DCTERMS.identifier, Literal(f"{component.host}/{component.full_name}")))
    description = component.description or component.name
    graph.add((asset, DCTERMS.description, Literal(description, lang="en")))
    if component.description_cy:
        graph.add((asset, DCTERMS.description, Literal(component.description_cy, lang="cy")))
    graph.add((asset, DCTERMS.publisher, _organisation(graph, site, component.organisation)))
    graph.add((asset, DCAT.landingPage, asset))
    if component.homepage:
        graph.add((asset, FOAF.homepage, URIRef(component.homepage)))
    for topic in component.topics or []:
        graph.add((asset, DCAT.keyword, Literal(str(topic))))
    for predicate, value in (
        (DCTERMS.issued, component.created_at),
        (DCTERMS.modified, component.pushed_at),
    ):
        if (literal := _date(value)) is not None:
            graph.add((asset, predicate, literal))
    status = ADMS_STATUS.Deprecated if component.archived else ADMS_STATUS.Completed
    graph.add((asset, ADMS.status, status))
    distribution = URIRef(f"{site}/components/{component.id}#repository")
    graph.add((asset, DCAT.distribution, distribution))
    graph.add((distribution, RDF.type, DCAT.Distribution))
    graph.add((distribution, RDF.type, ADMS.AssetDistribution))
    graph.add((distribution, DCAT.accessURL, URIRef(component.repository_url)))
    graph.add((distribution, DCTERMS.title, Literal(component.full_name)))
    if component.licence:
        licence = URIRef(SPDX_LICENCES + component.licence)
        graph.add((distribution, DCTERMS.license, licence))
        graph.add((licence, RDF.type, DCTERMS.LicenseDocument))
    if component.primary_language:
        graph.add((distribution, DCTERMS.format, Literal(component.primary_language)))
    return graph


def _safe(graph: Graph) -> Graph:
    """Harvested URLs may hold characters RDF IRIs forbid: such a link is left out, not written."""
    for subject, predicate, value in list(graph):
        if isinstance(value, URIRef) and any(c in str(value) for c in ' <>"{}|\\^`'):
            graph.remove((subject, predicate, value))
    return graph


def turtle_chunks(head: Graph, graphs: Iterable[Graph]) -> Iterator[str]:
    """Turtle: the prefixes and catalogue first, then each component's statements."""
    yield _safe(head).serialize(format="turtle")
    for graph in graphs:
        text = _safe(graph).serialize(format="turtle")
        yield "\n" + "".join(
            line for line in text.splitlines(keepends=True) if not line.startswith("@prefix")
        )


def _nodes(graph: Graph) -> list[dict]:
    document = json.loads(_safe(graph).serialize(format="json-ld", context=JSONLD_CONTEXT))
    nodes = document.get("@graph", [document])
    for node in nodes:
        node.pop("@context", None)
    return nodes


def jsonld_chunks(head: Graph, graphs: Iterable[Graph]) -> Iterator[str]:
    """JSON-LD: one @context and one @graph of every node, written as the graphs come."""
    yield '{"@context": ' + json.dumps(JSONLD_CONTEXT) + ', "@graph": ['
    separator = ""
    for graph in _with_head(head, graphs):
        for node in _nodes(graph):
            yield separator + json.dumps(node, ensure_ascii=False)
            separator = ", "
    yield "]}\n"


def _with_head(head: Graph, graphs: Iterable[Graph]) -> Iterator[Graph]:
    yield head
    yield from graphs
