"""Contract test of the duplicated-work API: generated requests never get a server error."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

OPERATIONS = [
    ("GET", "/api/v1/duplicates"),
    ("GET", "/api/v1/components/{component_id}/similar"),
    ("POST", "/api/v1/check"),
]


@pytest.fixture(scope="module")
def api_schema(client):
    return schemathesis.openapi.from_asgi("/api/docs/openapi.json", client.app)


def test_the_operations_are_documented(api_schema):
    documented = {(r.ok().method.upper(), r.ok().path) for r in api_schema.get_all_operations()}
    assert set(OPERATIONS) <= documented


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_no_generated_request_gets_a_server_error(api_schema, method, path):
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(
        max_examples=25,
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
