"""docker-compose.yml is valid against the Compose specification (no Docker engine runs here)."""

from pathlib import Path

import jsonschema
import yaml
from check_jsonschema.builtin_schemas import get_builtin_schema

ROOT = Path(__file__).resolve().parents[2]


def test_compose_file_matches_the_compose_specification():
    schema = get_builtin_schema("vendor.compose-spec")
    document = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    jsonschema.validate(document, schema)


def test_compose_has_the_services_the_catalogue_needs():
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    assert {"postgres", "meilisearch", "web", "setup", "harvester"} <= set(services)
    assert services["meilisearch"]["image"].startswith("getmeili/meilisearch:v1.")
    assert "MEILI_MASTER_KEY" in services["meilisearch"]["environment"]
    assert services["web"]["depends_on"]["setup"]["condition"] == "service_completed_successfully"
