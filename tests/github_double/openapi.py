"""Checks the double's responses against GitHub's official OpenAPI description (@octokit/openapi)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

ROOT = Path(__file__).resolve().parents[2]
DESCRIPTION = ROOT / "node_modules/@octokit/openapi/generated/api.github.com.json"
INSTALL_HINT = "cd /work/main && npm install --no-save @octokit/openapi@23.0.2"
_URI = "urn:github-openapi"


def available() -> bool:
    return DESCRIPTION.is_file()


def _pointer(*parts: str) -> str:
    return "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


@cache
def _description() -> tuple[dict, Registry]:
    spec = json.loads(DESCRIPTION.read_text())
    _drop_array_discriminators(spec)
    resource = Resource.from_contents(spec, default_specification=DRAFT4)
    return spec, Registry().with_resource(_URI, resource)


def _drop_array_discriminators(node: object) -> None:
    """GitHub's description puts a discriminator on oneOfs with an array branch (content-directory).

    OpenAPI discriminators only apply to objects, so validators reject every directory listing,
    real ones included; there the plain oneOf is kept and the discriminator dropped.
    """
    if isinstance(node, dict):
        mapping = node.get("discriminator", {}).get("mapping", {})
        if "oneOf" in node and any(ref.endswith("/content-directory") for ref in mapping.values()):
            del node["discriminator"]
        for value in node.values():
            _drop_array_discriminators(value)
    elif isinstance(node, list):
        for value in node:
            _drop_array_discriminators(value)


@cache
def _validator(template: str, status: int, method: str = "get") -> OAS30Validator | None:
    spec, _ = _description()
    responses = spec["paths"].get(template, {}).get(method, {}).get("responses", {})
    if template and str(status) in responses:
        response = responses[str(status)]
        if "$ref" in response:
            name = response["$ref"].rsplit("/", 1)[-1]
            response = spec["components"]["responses"][name]
            base = ("components", "responses", name)
        else:
            base = ("paths", template, method, "responses", str(status))
        if "application/json" not in response.get("content", {}):
            return None
        ref = _pointer(*base, "content", "application/json", "schema")
    elif status >= 400:
        # Rate-limit and server errors are not listed per operation; GitHub sends basic-error.
        ref = _pointer("components", "schemas", "basic-error")
    else:
        raise AssertionError(f"{method.upper()} {template} has no documented {status} response")
    return _schema_validator(ref)


def _schema_validator(ref: str) -> OAS30Validator:
    _, registry = _description()
    return OAS30Validator(
        {"$ref": f"{_URI}#/{ref}"}, registry=registry, format_checker=oas30_format_checker
    )


def _errors(validator: OAS30Validator, body: object) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}"
        for e in validator.iter_errors(body)
    ]


def check_response(template: str, status: int, body: object, method: str = "get") -> list[str]:
    """Problems with one response body (empty when it matches GitHub's description)."""
    try:
        validator = _validator(template, status, method)
    except AssertionError as exc:
        return [str(exc)]
    if validator is None:
        return []
    return _errors(validator, body)


def check_request(template: str, method: str, body: object) -> list[str]:
    """Problems with a request body sent to GitHub (empty when its description allows it)."""
    spec, _ = _description()
    operation = spec["paths"].get(template, {}).get(method)
    if operation is None:
        return [f"{method.upper()} {template} is not in GitHub's description"]
    if "application/json" not in operation.get("requestBody", {}).get("content", {}):
        return []
    ref = _pointer(
        "paths", template, method, "requestBody", "content", "application/json", "schema"
    )
    return _errors(_schema_validator(ref), body)
