"""MeiliSearchBackend: the search interface on a Meilisearch server, through the official client."""

from __future__ import annotations

import contextlib
import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import meilisearch
from meilisearch.errors import (
    MeilisearchApiError,
    MeilisearchCommunicationError,
    MeilisearchError,
    MeilisearchTimeoutError,
)
from rapidfuzz import fuzz

from search.backend import (
    FILTER_FIELDS,
    Document,
    Health,
    Hit,
    Page,
    Query,
    Reading,
    SearchError,
    SearchUnavailableError,
)
from search.brands import BRAND_WORDS, spelt_brands, typed_words
from search.glossary import Glossary, load_glossary
from search.lexicon import Translating
from search.meili.brand_terms import BrandTerms, brand_records
from search.meili.indexes import (
    POST,
    PRE,
    UNLESS_LIKELY,
    VOCABULARY_SETTINGS,
    index_settings,
    meili_document,
    settings_to_apply,
    vocabulary,
)
from search.meili.lookups import loan_records, lookup
from search.meili.queries import (
    EXTRA,
    HIGHLIGHTED,
    SORTS,
    TERMS,
    filter_expression,
    formatted_highlights,
    quote,
    top_facets,
)
from search.meili.semantic import (
    SEMANTIC_EXTRA,
    ModelStore,
    best_centre,
    best_matches_request,
    close_enough,
    embedders_as_dicts,
    fit_spooled,
    neighbours_request,
    page_of_extras,
    query_vector,
    semantic_uid,
    with_vectors,
    without_matches,
    word_matches_request,
)
from search.paraphrase import paraphrases
from search.querytext import ParsedQuery, parse, validate
from search.semantic import SemanticModel

log = logging.getLogger(__name__)

T = TypeVar("T")

BATCH = 1000
VOCABULARY_LIMIT = 1000
# "The maximum number of terms taken into account for each search query is 10": a hard limit of
# Meilisearch (its documentation's known limitations).
MEILI_QUERY_TERMS = 10


class SearchTaskError(SearchError):
    """Meilisearch accepted a change but failed to apply it; `code` is the server's error code."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


class MeiliSearchBackend:
    """The search interface on Meilisearch; every write waits for its task and checks it."""

    name = "meilisearch"

    def __init__(
        self,
        url: str,
        api_key: str | None = None,
        index: str = "components",
        *,
        timeout: float = 5.0,
        task_timeout: float = 120.0,
        glossary: Glossary | None = None,
    ) -> None:
        self.url = url
        self.uid = index
        self.task_timeout_ms = int(task_timeout * 1000)
        self.client = meilisearch.Client(url, api_key, timeout=timeout)
        self.glossary = glossary or load_glossary()
        self._ready = False
        self._lock = threading.Lock()
        self.brands = BrandTerms(self.client, self._call)
        self.language = Translating(self.glossary)  # the dictionaries load on first use
        self.models = ModelStore(
            self.client, self._call, self._run, lambda uid: self._call(self._ensure_index, uid, {})
        )

    # -- plumbing -----------------------------------------------------------------------------

    def _call(self, action: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a client call, turning transport failures into SearchUnavailableError."""
        try:
            return action(*args, **kwargs)
        except (MeilisearchCommunicationError, MeilisearchTimeoutError) as exc:
            raise SearchUnavailableError(f"Meilisearch at {self.url} did not answer") from exc
        except MeilisearchApiError as exc:
            if exc.status_code >= 500:
                raise SearchUnavailableError(
                    f"Meilisearch failed ({exc.status_code}): {exc.message}"[:300]
                ) from exc
            raise SearchError(f"Meilisearch refused a request: {exc.code}: {exc.message}") from exc
        except MeilisearchError as exc:
            raise SearchUnavailableError(f"Meilisearch error: {exc.message}"[:300]) from exc

    def _wait(self, task: Any) -> None:
        """Wait for a task to finish; a failure or a timeout is raised, never ignored."""
        uid = task.task_uid
        try:
            done = self.client.wait_for_task(
                uid, timeout_in_ms=self.task_timeout_ms, interval_in_ms=50
            )
        except MeilisearchTimeoutError as exc:
            raise SearchUnavailableError(
                f"Meilisearch did not finish task {uid} within {self.task_timeout_ms} ms"
            ) from exc
        except (MeilisearchCommunicationError, MeilisearchApiError) as exc:
            raise SearchUnavailableError(f"lost track of Meilisearch task {uid}") from exc
        if done.status != "succeeded":
            error = done.error or {}
            raise SearchTaskError(
                f"Meilisearch task {uid} ({done.type}) {done.status}: "
                f"{error.get('code', '')} {error.get('message', '')}".strip(),
                error.get("code", ""),
            )

    def _run(self, action: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self._wait(self._call(action, *args, **kwargs))

    def _ensure_index(self, uid: str, settings: dict[str, Any]) -> None:
        """Create the index if it is missing and bring its settings up to date (no-op if equal)."""
        try:
            current = embedders_as_dicts(self.client.index(uid).get_settings())
        except MeilisearchApiError as exc:
            if exc.code != "index_not_found":
                raise
            current = {} if self._create_index(uid) else self.client.index(uid).get_settings()
        changed = settings_to_apply(current, settings)
        if changed:
            self._run(self.client.index(uid).update_settings, changed)

    def _create_index(self, uid: str) -> bool:
        """Create an index; False if another process (a worker starting too) created it first."""
        try:
            self._run(self.client.create_index, uid, {"primaryKey": "id"})
        except SearchTaskError as exc:
            if exc.code != "index_already_exists":
                raise
            return False
        return True

    def ensure_ready(self) -> None:
        """Create the indexes and apply their settings; safe to call at every start."""
        with self._lock:
            if self._ready:
                return
            self._call(self._ensure_index, self.uid, index_settings(self.glossary))
            self._call(self._ensure_index, self._vocabulary_uid(self.uid), VOCABULARY_SETTINGS)
            self._ready = True

    @staticmethod
    def _vocabulary_uid(uid: str) -> str:
        return f"{uid}_vocabulary"

    # -- writes ---------------------------------------------------------------------------------

    def _add(self, uid: str, docs: Iterable[Document], model: SemanticModel | None) -> int:
        count = 0
        english = self.language.english_word
        for batch in _batches(docs, BATCH):
            shaped = with_vectors(model, [meili_document(doc, english) for doc in batch])
            self._run(self.client.index(uid).add_documents, shaped, "id")
            self._run(
                self.client.index(self._vocabulary_uid(uid)).add_documents,
                vocabulary(shaped) + brand_records(shaped) + loan_records(shaped, self.language),
                "id",
            )
            count += len(shaped)
        return count

    def index(self, docs: Iterable[Document]) -> None:
        """Add or replace documents; returns once Meilisearch has applied the change."""
        self.ensure_ready()
        model = self.models.model(self.uid, self.glossary)
        if model is None:
            # The index's first documents: fit the model on them (a rebuild refits on all).
            docs = list(docs)
            if not docs:
                return
            model = SemanticModel.fit(docs, self.glossary)
            self.models.store(self.uid, model)
        self._add(self.uid, docs, model)
        self.brands.forget()

    def delete(self, ids: Iterable[int]) -> None:
        """Remove documents by id; returns once Meilisearch has applied the change."""
        wanted = [int(i) for i in ids]
        if not wanted:
            return
        self.ensure_ready()
        for start in range(0, len(wanted), BATCH):
            chosen = ", ".join(str(i) for i in wanted[start : start + BATCH])
            self._run(self.client.index(self.uid).delete_documents, filter=f"id IN [{chosen}]")

    def rebuild(self, docs: Iterable[Document]) -> int:
        """Fill fresh indexes, then swap them with the live ones in one atomic step."""
        self.ensure_ready()
        fresh = f"{self.uid}_rebuild_{uuid.uuid4().hex[:8]}"
        pairs = [
            (self.uid, fresh),
            (self._vocabulary_uid(self.uid), self._vocabulary_uid(fresh)),
            (semantic_uid(self.uid), semantic_uid(fresh)),
        ]
        try:
            self._call(self._ensure_index, fresh, index_settings(self.glossary))
            self._call(self._ensure_index, self._vocabulary_uid(fresh), VOCABULARY_SETTINGS)
            model, docs = fit_spooled(docs, self.glossary)
            self.models.store(fresh, model)
            self.models.ensure_index(semantic_uid(self.uid))
            count = self._add(fresh, docs, model)
            self._run(self.client.swap_indexes, [{"indexes": list(pair)} for pair in pairs])
            self.models.forget()
            self.brands.forget()
        finally:
            # After the swap the fresh uids hold the old documents; before it, a half-built index.
            for _, uid in pairs:
                try:
                    self._run(self.client.delete_index, uid)
                except SearchError:
                    log.warning("could not delete leftover Meilisearch index %s", uid)
        return count

    def drop(self) -> None:
        """Delete this backend's indexes (tests use it to clean up)."""
        for uid in (self.uid, self._vocabulary_uid(self.uid)):
            self._run(self.client.delete_index, uid)
        with contextlib.suppress(SearchError):  # no documents ever indexed: no model either
            self._run(self.client.delete_index, semantic_uid(self.uid))
        self.models.forget()
        self.brands.forget()
        self._ready = False

    # -- reads ------------------------------------------------------------------------------------

    def _request(self, query: Query, text: str, filters: dict[str, tuple[str, ...]]) -> dict:
        request: dict[str, Any] = {
            "indexUid": self.uid,
            "q": text,
            "page": query.page,
            "hitsPerPage": query.per_page,
            "attributesToRetrieve": ["id"],
            "showRankingScore": True,
            "matchingStrategy": "frequency",
        }
        clauses = filter_expression(filters)
        if clauses:
            request["filter"] = clauses
        sort = SORTS.get(query.sort) or (SORTS["updated"] if not text else None)
        if sort:
            request["sort"] = sort
        if query.facets:
            request["facets"] = list(FILTER_FIELDS)
        if text:
            request.update(
                attributesToHighlight=[*HIGHLIGHTED, *EXTRA, TERMS],
                attributesToCrop=EXTRA,
                cropLength=30,
                cropMarker="…",
                highlightPreTag=PRE,
                highlightPostTag=POST,
            )
        return request

    def search(self, query: Query) -> Page:
        """Run a query with disjunctive facet counts, all in one multi-search request."""
        validate(query)
        self.ensure_ready()
        parsed = parse(query.text, self.glossary)
        # Meilisearch reads the first MEILI_QUERY_TERMS words of a question and no more, stop
        # words among them: a longer question is sent without its stop words (the index ignores
        # them anyway: index_settings' stopWords), so both engines read the same words.
        text = parsed.cleaned(stop_words=len(parsed.groups) <= MEILI_QUERY_TERMS)
        if text and not parsed.groups[-1].prefix:
            # The last word is finished (a space typed after it, or capitals): no prefix search.
            text += " "
        filters = {f: tuple(str(v) for v in vs if str(v)) for f, vs in query.filters.items()}
        filters = {f: vs for f, vs in filters.items() if vs}
        model = self.models.model(self.uid, self.glossary) if text.strip() else None
        vector = query_vector(model, text)
        # The words both engines read (within the query's budget), not all that were typed.
        said = " ".join(parsed.words)
        # The definition it clearly paraphrases, and those it may be paraphrasing: without one of
        # those, the needs are not searched.
        paraphrase, likely = paraphrases().read(said, self.language.other_numbers)
        readings = self._brands_spelt(parsed) + self._looked_up(parsed)
        readings += [] if paraphrase is None else [paraphrase.reading]
        asked = [w for reading in readings for w in reading.read_as] + self._unlisted(parsed)
        # A Welsh noun's other numbers, and the glossary's terms of a word's stem ('crawl' ->
        # 'crawler', whose synonyms settings find 'ymlusgwr'), go first too, but only in the room
        # the question leaves: Meilisearch would drop the question's own last words to read them.
        room = MEILI_QUERY_TERMS - len(text.split()) - len(dict.fromkeys(asked))
        extra = self._each_word(parsed, self.language.other_numbers) + self._each_word(
            parsed, self.language.derived_forms
        )
        asked += [form for form in dict.fromkeys(extra) if form not in asked][: max(0, room)]
        text = " ".join([*dict.fromkeys(asked), text]) if asked else text
        main = self._request(query, text, filters)
        queries = [main]
        if query.facets:
            for field in filters:
                others = {f: vs for f, vs in filters.items() if f != field}
                extra = {
                    "indexUid": self.uid,
                    "q": text,
                    "page": 1,
                    "hitsPerPage": 0,
                    "facets": [field],
                    "matchingStrategy": "frequency",
                }
                clauses = filter_expression(others)
                if clauses:
                    extra["filter"] = clauses
                queries.append(extra)
        if vector is not None:
            clauses = filter_expression(filters)
            queries.append(best_matches_request(self.uid, text, clauses))
            queries.append(neighbours_request(self.uid, vector, clauses, SEMANTIC_EXTRA * 3))
        for request in queries if not likely else ():
            if request.get("q"):  # a question's words, not a search by vector alone
                request["attributesToSearchOn"] = UNLESS_LIKELY
        try:
            answer = self._call(self.client.multi_search, queries)
        except SearchError as exc:
            if "index_not_found" in str(exc):
                return Page(query=query, total=0, hits=[], facets={})
            raise
        results = answer["results"]
        neighbours = results.pop() if vector is not None else None
        best = results.pop() if vector is not None else None
        first = results[0]
        hits = [
            Hit(
                id=int(raw["id"]),
                score=float(raw.get("_rankingScore") or 0.0),
                highlights=formatted_highlights(raw.get("_formatted") or {}, likely),
            )
            for raw in first.get("hits", [])
        ]
        total = int(first.get("totalHits") or 0)
        if neighbours is not None and vector is not None:
            # Components close in meaning that no typed word matches follow the word matches.
            middle = best_centre(best) if best is not None else None
            close = close_enough(neighbours, vector, middle)
            extras = self._extras(
                text, filters, close, searched_on=None if likely else UNLESS_LIKELY
            )
            start = (query.page - 1) * query.per_page
            shown = page_of_extras(extras, total, start, start + query.per_page)
            hits += [
                Hit(id=found, score=round(similarity, 4), by_meaning=True)
                for found, similarity in shown
            ]
            total += len(extras)
        facets: dict[str, dict[str, int]] = {}
        if query.facets:
            distribution = dict(first.get("facetDistribution") or {})
            for field, result in zip(filters, results[1:], strict=True):
                distribution[field] = (result.get("facetDistribution") or {}).get(field, {})
            for field in FILTER_FIELDS:
                counts = distribution.get(field) or {}
                facets[field] = top_facets(counts, [str(v) for v in filters.get(field, ())])
        suggestion = self._suggest(parsed.content_words) if total == 0 and text.strip() else None
        return Page(query, total, hits, facets, suggestion, readings)

    def _unlisted(self, parsed: ParsedQuery) -> list[str]:
        """The English of the question's Welsh words that the synonyms settings, which list
        headwords, cannot reach: mutated forms and nouns of verbs (Translating.unlisted_english),
        asked for beside them as the embedded engine's synonyms are."""
        return [
            english
            for _, word in typed_words(parsed, parsed.content)
            for english in self.language.unlisted_english(word)
        ]

    def _each_word(self, parsed: ParsedQuery, forms: Callable[[str], Iterable[str]]) -> list[str]:
        """The forms `forms` gives the question's typed words, each once: a Welsh noun's other
        numbers ('pynciau' -> 'pwnc'; search/numbers.py, Translating.other_numbers) and the
        glossary's English terms of a word's stem ('crawl' -> 'crawler';
        Translating.derived_forms), which the embedded engine also looks for."""
        found = [form for _, word in typed_words(parsed, parsed.content) for form in forms(word)]
        return list(dict.fromkeys(found))

    def _brands_spelt(self, parsed: ParsedQuery) -> list[Reading]:
        """The bodies' brands the question's words spell out ('Improvement Cymru' ->
        'impcymru'; search/brands.py), which that body's components hold: asked for too."""
        typed = typed_words(parsed, parsed.content)
        if len(typed) < BRAND_WORDS:
            return []
        starting = self.brands.starting(self._vocabulary_uid(self.uid))
        found = []
        for run, brand in spelt_brands(typed, starting):
            words = " ".join(parsed.groups[i].words[0] for i in run)
            found.append(Reading(words, (brand,), "brand"))
        return list(dict.fromkeys(found))

    def _looked_up(self, parsed: ParsedQuery) -> list[Reading]:
        """The acronyms the question's initials spell and the English of its Welsh loanwords,
        where the vocabulary index holds them (search/meili/lookups.py): asked for too. One
        request, only when the question could hold either."""

        def fetch(request: dict[str, Any]) -> list[dict[str, Any]]:
            answer = self._call(
                self.client.index(self._vocabulary_uid(self.uid)).get_documents, request
            )
            return [dict(doc) for doc in answer.results]

        try:
            return lookup(fetch, parsed, self.language)
        except SearchUnavailableError:
            raise
        except SearchError as exc:
            log.warning("could not look up acronyms and loanwords in the vocabulary: %s", exc)
            return []

    def _extras(
        self,
        text: str,
        filters: dict[str, tuple[str, ...]],
        close: list[tuple[int, float]],
        searched_on: list[str] | None = None,
    ) -> list[tuple[int, float]]:
        """The close components that the typed words do not match (at most SEMANTIC_EXTRA), in
        the attributes the question was searched on (`searched_on`; None: all)."""
        if not close:
            return []
        request = word_matches_request(self.uid, text, filter_expression(filters), close)
        if searched_on is not None:
            request["attributesToSearchOn"] = searched_on
        result = self._call(self.client.multi_search, [request])["results"][0]
        return without_matches(close, result)

    def _suggest(self, typed: list[str]) -> str | None:
        """'Did you mean': each word replaced by the most similar indexed word sharing its start."""
        candidates = [w for w in typed if len(w) >= 3]
        if not candidates:
            return None
        queries = [
            {
                "indexUid": self._vocabulary_uid(self.uid),
                "q": "",
                "filter": f"start = {quote(word[:2])}",
                "limit": VOCABULARY_LIMIT,
                "attributesToRetrieve": ["term"],
            }
            for word in candidates
        ]
        try:
            results = self._call(self.client.multi_search, queries)["results"]
        except SearchError:
            return None
        best = dict(zip(candidates, results, strict=True))
        suggested = []
        for word in typed:
            result = best.get(word)
            terms = [hit["term"] for hit in result.get("hits", [])] if result else []
            if word in terms or not terms:
                suggested.append(word)
                continue
            score, term = max((fuzz.ratio(word, term), term) for term in terms)
            suggested.append(term if score >= 60 else word)
        return " ".join(suggested) if suggested != typed else None

    def health(self) -> Health:
        """Report whether Meilisearch answers and how many documents the index holds."""
        try:
            status = self.client.health().get("status")
            if status != "available":
                return Health(False, self.name, f"Meilisearch status: {status}")
            stats = self.client.index(self.uid).get_stats()
            return Health(True, self.name, self.url, int(stats.number_of_documents))
        except MeilisearchApiError as exc:
            if exc.code == "index_not_found":
                return Health(True, self.name, f"{self.url} (index not built yet)", 0)
            return Health(False, self.name, f"Meilisearch error: {exc.code}")
        except Exception as exc:  # health reports every failure instead of raising
            return Health(False, self.name, f"Meilisearch unreachable: {type(exc).__name__}")

    def warm(self) -> None:
        """Apply the index settings, and load the Welsh-English lexicon and the definitions'
        words, now (the web app's start), not at the first search."""
        self.ensure_ready()
        self.language.lexicon  # noqa: B018 - read to load it (about 0.8 s)
        paraphrases()

    def close(self) -> None:
        """Nothing to release: the client opens a connection per request."""


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
