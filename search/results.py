"""Running a search and joining its hits to catalogue rows; the one JSON shape of a result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.models import Component, Organisation
from catalogue.queries import get_many
from search.aliases import joined
from search.backend import MAX_QUERY_LENGTH, Hit, Page, Query, SearchBackend
from search.documents import activity
from search.lexicon import translated_words
from search.querytext import STOPWORDS, WORD, fold, need_read


@dataclass
class Result:
    hit: Hit
    component: Component


@dataclass
class Results:
    page: Page
    results: list[Result]
    # Welsh words of the query also searched for in English (search/lexicon.py, and loanwords:
    # search/loans.py), to tell people.
    translations: list[tuple[str, list[str]]] = field(default_factory=list)
    # Runs of words also searched for as an acronym or a body's brand they spell.
    also: list[tuple[str, list[str]]] = field(default_factory=list)
    # Words of a question also searched for as the term of the definition they paraphrase
    # (search/paraphrase.py).
    described: list[tuple[str, list[str]]] = field(default_factory=list)
    # For a need written out in sentences, the words searched for: those of the sentences that say
    # what is needed (querytext.need_read), to tell people the rest was set aside.
    need: str | None = None

    @property
    def query(self) -> Query:
        return self.page.query


def run_search(session: Session, backend: SearchBackend, query: Query) -> Results:
    """Search, then load the matching components in ranked order (skipping any gone since)."""
    page = backend.search(query)
    components = {c.id: c for c in get_many(session, [hit.id for hit in page.hits])}
    results = [Result(hit, components[hit.id]) for hit in page.hits if hit.id in components]
    # A need written out is told by the words searched for: those of its leading sentences.
    read = need_read(query.text[:MAX_QUERY_LENGTH])
    translations = translated_words(read or query.text)
    told = {word for word, _ in translations}
    translations += [
        (r.words, list(r.read_as))
        for r in page.readings
        if r.kind == "english" and r.words not in told
    ]
    spelt = [r for r in page.readings if r.kind in ("acronym", "brand")]
    # A body named in full is told by its name ('weithrediaeth gig cymru (Gweithrediaeth GIG
    # Cymru)'), not as its name run together; the run inside it ('gig cymru') goes untold.
    names = _joined_names(session) if any(r.kind == "brand" for r in spelt) else {}
    also = [
        (r.words, [w.upper() if r.kind == "acronym" else names.get(w, w) for w in r.read_as])
        for r in spelt
        if not any(_inside(r.words, other.words) for other in spelt)
    ]
    described = [(r.words, list(r.read_as)) for r in page.readings if r.kind == "definition"]
    need = " ".join(w for w in WORD.findall(read) if fold(w) not in STOPWORDS) if read else None
    return Results(page, results, translations, also, described, need)


def _inside(words: str, others: str) -> bool:
    """Whether a run of words is part of a longer run ('gig cymru' of 'weithrediaeth gig cymru')."""
    return len(others) > len(words) and f" {words} " in f" {others} "


def _joined_names(session: Session) -> dict[str, str]:
    """Every body's names by the brand they run together into (search/aliases.py: joined)."""
    names = session.execute(select(Organisation.name, Organisation.name_cy)).all()
    return {brand: name for row in names for name in row if name and (brand := joined(name))}


def organisation_ref(organisation: Organisation | None) -> dict[str, Any] | None:
    """Another organisation named in an answer (a supplier's client, a client's supplier)."""
    if organisation is None:
        return None
    return {"slug": organisation.slug, "name": organisation.name, "name_cy": organisation.name_cy}


def component_summary(component: Component) -> dict[str, Any]:
    """The fields of a component that a search hit, a listing or an export carries."""
    organisation = component.organisation
    return {
        "id": component.id,
        "full_name": component.full_name,
        "name": component.name,
        "repository_url": component.repository_url,
        "homepage": component.homepage,
        "organisation": organisation.slug,
        "organisation_name": organisation.name,
        "organisation_name_cy": organisation.name_cy,
        # The public body a supplier's component was built for (null for a body's own work).
        "builds_for": organisation_ref(organisation.builds_for),
        "sector": organisation.sector,
        "description": component.description,
        "description_cy": component.description_cy,
        "language": component.primary_language,
        "licence": component.licence,
        # "host" (a licence file), "readme" or "description" (stated there, no licence file found).
        "licence_source": component.licence_source,
        "type": component.component_type,
        "topics": list(component.topics or []),
        "activity": activity(component),
        "archived": component.archived,
        "stars": component.count("stars"),  # null: not known (never harvested), not none
        "pushed_at": component.pushed_at.isoformat() if component.pushed_at else None,
        "has_publiccode": bool(component.publiccode_raw),
    }


def results_json(results: Results, site: str | None = None) -> dict[str, Any]:
    """The JSON shape shared by `catalogue search --json` and GET /api/v1/search.

    Given the site's address (the API knows it, the command line does not), each hit also
    carries `url`, its catalogue page.
    """
    page = results.page

    def page_url(component: Component) -> dict[str, str]:
        return {"url": f"{site.rstrip('/')}/components/{component.id}"} if site else {}

    return {
        "query": page.query.text,
        "filters": {k: list(v) for k, v in page.query.filters.items()},
        "sort": page.query.sort,
        "page": page.query.page,
        "per_page": page.query.per_page,
        "pages": page.pages,
        "total": page.total,
        "hits": [
            {
                **component_summary(r.component),
                **page_url(r.component),
                "score": r.hit.score,
                "highlights": r.hit.highlights,
                "found_by_meaning": r.hit.by_meaning,
            }
            for r in results.results
        ],
        "facets": page.facets,
        "suggestion": page.suggestion,
        "translated": [{"word": w, "english": e} for w, e in results.translations],
        "also_searched": [{"words": w, "as": found} for w, found in results.also],
        "described": [{"words": w, "as": found} for w, found in results.described],
        "need_read": results.need,
    }
