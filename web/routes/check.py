"""'Check before you build': describe what a team is about to build, see what already does it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Annotated, Any

from litestar import Request, Response, Router, get, post
from litestar.enums import RequestEncodingType
from litestar.exceptions import ClientException
from litestar.openapi import ResponseSpec
from litestar.params import Body, JSONBody
from sqlalchemy.orm import Session

from catalogue.queries import get_many
from catalogue.vocabulary import N_
from search.backend import Query, SearchError
from search.results import component_summary
from search.similarity.check import (
    CANDIDATES,
    MAX_CHARS,
    CheckIndex,
    CheckInputError,
    Match,
    fuse,
)
from web.auth import localised, page
from web.deps import DbSession
from web.errors import api_error, http_error
from web.i18n import gettext_for, locale_from_path
from web.routes.api import PREFIX, ErrorBody
from web.routes.insight import duplicates_cache, translate_terms
from web.unit_of_work import READ_ONLY

logger = logging.getLogger(__name__)
FormData = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]
MATCHES = 10
MAX_LIMIT = 50
# Enough of an over-long description is sent back to edit; a megabyte pasted is not all echoed.
ECHO_CHARS = 3 * MAX_CHARS
STRONG, POSSIBLE = 0.35, 0.15
MESSAGES = {
    "empty": N_("Describe what you are about to build"),
    "too_long": N_("Your description must be %(limit)s characters or fewer (it has %(count)s)"),
    "binary": N_(
        "That looks like the contents of a file, not text: describe what you are about to build "
        "in words"
    ),
}
STRENGTHS = {
    "strong": N_("Close match"),
    "possible": N_("Possible match"),
    "weak": N_("Loose match"),
}


def strength(score: float) -> str:
    """'strong', 'possible' or 'weak': how sure the match is, in words rather than a number."""
    return "strong" if score >= STRONG else "possible" if score >= POSSIBLE else "weak"


def unique_terms(terms: tuple[str, ...]) -> list[str]:
    """The shared terms once each, in order (phrases and concepts can repeat a word)."""
    return list(dict.fromkeys(t for t in terms if t))


def check_index(request: Request):
    """The app's check index, built (once per analysis) in a session of its own.

    Building reads every component; in a session of its own those rows are let go at once
    instead of riding along in the request's session.
    """
    with request.app.state.sessionmaker() as session:
        return duplicates_cache(request.app).check_index(session)


def searched(app, index: CheckIndex, description: Any) -> tuple[str, list[int]]:
    """The words the search engine is asked for the need (the question of
    CheckIndex.search_questions that weighs most) and the ids it finds, best first, to fuse with
    the shared words (search.similarity.check.FUSION_K): a long need's questions fused in turn.
    No ids when the need is unusable (the check says why) or search fails, when the check answers
    from shared words alone."""
    try:
        questions = index.search_questions(description)
    except CheckInputError:
        return "", []
    # A sentence that asks leads (RAREST_BESIDE_ASKING): the page shows it, linked to a search.
    asked = max(questions, key=lambda question: question[1])[0] if questions else ""
    rankings = []
    for text, _ in questions:
        try:
            page_ = app.state.search_backend.search(
                Query(text=text, per_page=CANDIDATES, facets=False)
            )
        except SearchError:
            logger.warning("check before you build: search failed; shared words alone answer")
            return asked, []
        rankings.append([hit.id for hit in page_.hits])
    # One ranking fuses to itself, in its order; none to nothing.
    fused = fuse(rankings, [weight for _, weight in questions])
    return asked, [item for item, _ in fused[:CANDIDATES]]


def run_check(
    request: Request,
    session: Session,
    description: Any,
    limit: int = MATCHES,
    exclude_organisation: str | None = None,
) -> tuple[list[tuple[Match, dict[str, Any]]], str]:
    """Matches for a description with their live components, best first, and the words search was
    asked for; CheckInputError if unusable.

    Components come back as plain summaries. (While CPython 3.11.7 ran the server, ORM rows freed
    late by the garbage collector in another thread crashed the process; see the README.)
    """
    if not isinstance(description, str | bytes | type(None)):
        description = None
    index = check_index(request)
    asked, found = searched(request.app, index, description)
    matches = index.check(
        description, limit=limit, exclude_organisation=exclude_organisation, searched=found
    )
    components = {c.id: component_summary(c) for c in get_many(session, [m.id for m in matches])}
    return [(m, components[m.id]) for m in matches if m.id in components], asked


def error_text(request: Request, exc: CheckInputError, length: int) -> str:
    """The check's refusal as a sentence in the page's language."""
    locale = locale_from_path(request.url.path)
    if exc.code == "too_long":
        return gettext_for(
            locale,
            MESSAGES["too_long"],
            limit=f"{MAX_CHARS:,}",
            count=f"{length:,}",
        )
    return gettext_for(locale, MESSAGES.get(exc.code, MESSAGES["empty"]))


def _check_page(
    request: Request,
    description: str = "",
    results: list | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
    searched: str = "",
) -> Response:
    locale = locale_from_path(request.url.path)
    views = [
        {
            "match": match,
            "component": component,
            "terms": translate_terms(match.terms, locale),
            "strength": STRENGTHS[strength(match.similarity)],
            "loose": strength(match.similarity) == "weak",
        }
        for match, component in results or []
    ]
    context = {
        "description": description,
        "results": views,
        # The summary counts only matches that may do the job: loose ones merely share words.
        "likely": sum(1 for view in views if not view["loose"]),
        "checked": results is not None,
        "errors": errors or {},
        "max_chars": MAX_CHARS,
        # What the search engine was asked (CheckIndex.search_words), to show and to link to.
        "searched": searched,
    }
    return page(request, "check/check.html", context, status_code=status)


@localised(get, "/check", name="check:form", sync_to_thread=True)
def check_form(request: Request) -> Response:
    return _check_page(request)


@localised(post, "/check", name="check:submit", sync_to_thread=True, opt={READ_ONLY: True})
def check_submit(request: Request, db_session: DbSession, data: FormData) -> Response:
    value = (data or {}).get("description", "")
    if isinstance(value, list):
        value = value[0] if value else ""
    if not isinstance(value, str):
        value = ""
    try:
        results, asked = run_check(request, db_session, value)
    except CheckInputError as exc:
        message = error_text(request, exc, len(value))
        return _check_page(request, value[:ECHO_CHARS], None, {"description": message}, 400)
    return _check_page(request, value, results, searched=asked)


@dataclass
class CheckRequest:
    """What to check: a plain-text description of up to 5,000 characters, English or Welsh."""

    description: str
    limit: int = MATCHES


MATCH_FIELDS = (
    "id",
    "full_name",
    "name",
    "description",
    "description_cy",
    "organisation",
    "organisation_name",
    "organisation_name_cy",
    "builds_for",
    "sector",
)


def match_json(match: Match, component: dict[str, Any]) -> dict[str, Any]:
    """One match as the API shows it."""
    ident = component["id"]
    return {
        **{name: component[name] for name in MATCH_FIELDS},
        "score": match.score,
        "similarity": match.similarity,
        "strength": strength(match.similarity),
        "terms": unique_terms(match.terms),
        "links": {
            "self": f"{PREFIX}/components/{ident}",
            "html": f"/components/{ident}",
            "similar": f"{PREFIX}/components/{ident}/similar",
        },
    }


@post(
    "/check",
    name="api:check",
    sync_to_thread=True,
    opt={READ_ONLY: True},
    status_code=200,
    summary="Check before you build",
    responses={
        400: ResponseSpec(
            data_container=ErrorBody,
            description="The description is empty, longer than 5,000 characters, or not text.",
        ),
        429: ResponseSpec(
            data_container=ErrorBody,
            description="Too many requests from this address; wait for Retry-After seconds.",
        ),
    },
)
def api_check(request: Request, db_session: DbSession, data: JSONBody[CheckRequest]) -> Response:
    """Existing components that may already do what the description says, best first."""
    if not 1 <= data.limit <= MAX_LIMIT:
        return api_error(400, f"limit must be between 1 and {MAX_LIMIT}")
    try:
        results, asked = run_check(request, db_session, data.description, data.limit)
    except CheckInputError as exc:
        return api_error(400, exc.message)
    return Response(
        {
            "count": len(results),
            # The words the search engine was asked for (CheckIndex.search_words).
            "searched": asked,
            "matches": [match_json(m, c) for m, c in results],
        },
        headers={"Cache-Control": "no-store"},
    )


def bad_body(request: Request, exc: ClientException) -> Response:
    """Bodies that are not the JSON object asked for get one clear message."""
    if exc.status_code != 400:
        # Rate limits and size limits raise client errors too; they keep their own answers.
        return http_error(request, exc)
    return api_error(
        exc.status_code,
        'Send a JSON object such as {"description": "what you are about to build"}; '
        "the description is plain text of up to 5,000 characters.",
    )


def too_deep(request: Request, exc: RecursionError) -> Response:
    """A body nested thousands of levels deep: the JSON decoder gives up, and so do we (400)."""
    return bad_body(request, ClientException(status_code=400))


router = Router(path="", route_handlers=[*check_form, *check_submit], include_in_schema=False)
api_router = Router(
    path=PREFIX,
    route_handlers=[api_check],
    tags=["catalogue"],
    # Only the request body is decoded recursively here (msgspec raises RecursionError).
    exception_handlers={ClientException: bad_body, RecursionError: too_deep},
)
