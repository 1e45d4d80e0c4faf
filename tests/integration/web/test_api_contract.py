"""Contract test: requests generated from the OpenAPI document never make the API fail (no 5xx).

Schemathesis' lazy pytest loader reads an attribute pytest 9 no longer has, so each operation's
strategy drives a Hypothesis test here directly.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.conftest import make_settings
from web.app import create_app

OPERATIONS = [
    "/api/v1/search",
    "/api/v1/components/{component_id}",
    "/api/v1/organisations",
    "/api/v1/organisations/{slug}",
    "/api/v1/sectors",
    "/api/v1/duplicates",
    "/api/v1/components/{component_id}/similar",
    "/api/v1/components/{component_id}/reuse",
]
POST_OPERATIONS = ["/api/v1/check"]
# High enough that every generated request is served rather than rate limited.
NO_LIMIT = 1_000_000


@pytest.fixture(scope="module")
def api_schema(analysed_engine, loaded_backend, tmp_path_factory):
    # Schemathesis calls the app as http://testserver.
    settings = make_settings(
        tmp_path_factory.mktemp("contract"), CATALOGUE_BASE_URL="http://testserver"
    )
    app = create_app(
        settings,
        search_backend=loaded_backend,
        engine=analysed_engine,  # with the duplicates analysis the API serves
        api_rate_limit=NO_LIMIT,
    )
    return schemathesis.openapi.from_asgi("/api/docs/openapi.json", app)


def test_every_operation_is_covered(api_schema):
    operations = {result.ok().path for result in api_schema.get_all_operations()}
    assert operations == set(OPERATIONS) | set(POST_OPERATIONS)


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", path) for path in OPERATIONS] + [("POST", path) for path in POST_OPERATIONS],
)
def test_no_generated_request_gets_a_server_error(api_schema, method, path):
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(
        max_examples=30,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case):
        response = case.call()
        assert response.status_code < 500, f"{case.as_curl_command()} -> {response.status_code}"
        if response.status_code >= 400:
            assert response.json()["error"]["status"] == response.status_code

    check()
