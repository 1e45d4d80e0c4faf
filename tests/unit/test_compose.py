"""docker-compose.yml: valid against the Compose specification, and nothing kept where it is lost.

No Docker engine runs here, so the file is checked by reading it: the Compose specification's
JSON schema (vendored by check-jsonschema, from the compose-spec project), then every path each
service writes, worked out from the same settings code the catalogue runs, must be a volume, a
tmpfs for scratch, or not on disk at all (PostgreSQL and Meilisearch hold the state).
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path, PurePosixPath

import jsonschema
import pytest
import yaml
from check_jsonschema.builtin_schemas import get_builtin_schema

from catalogue.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
# Values for the variables the file requires (${NAME:?…}); anything else takes its default.
REQUIRED = {"POSTGRES_PASSWORD": "p", "MEILI_MASTER_KEY": "m", "CATALOGUE_SECRET_KEY": "s" * 48}
# Where the images we do not build keep their data (their documentation).
IMAGE_DATA = {
    "postgres:": "/var/lib/postgresql/data",
    "getmeili/meilisearch:": "/meili_data",
}
VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^${}]*))?\}")


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's ${NAME}, ${NAME:-default} and ${NAME:?error}, innermost first; $$ is a $."""

    def one(match: re.Match) -> str:
        name, operator, argument = match.groups()
        if name in env and (env[name] or not (operator or "").startswith(":")):
            return env[name]
        if operator and operator.endswith("?"):
            raise KeyError(f"${{{name}}} is required: {argument}")
        return argument or ""

    while True:
        replaced = VARIABLE.sub(one, value)
        if replaced == value:
            return replaced.replace("$$", "$")
        value = replaced


def load(document: dict | None = None, env: dict[str, str] | None = None) -> dict:
    """The compose file with its variables filled in, as `docker compose config` would."""
    raw = document if document is not None else raw_compose()
    text = json.dumps(raw)
    return json.loads(interpolate(text, REQUIRED if env is None else env))


def raw_compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def dockerfile_env() -> dict[str, str]:
    """The ENV lines of the Dockerfile the catalogue's services are built from."""
    env: dict[str, str] = {}
    for line in (ROOT / "Dockerfile").read_text().splitlines():
        if line.startswith("ENV "):
            for pair in line[4:].split():
                name, _, value = pair.partition("=")
                env[name] = value
    return env


def mounts(service: dict, volumes: dict) -> list[tuple[PurePosixPath, str]]:
    """(target, kind) of each mount: 'volume' (named, lasting), 'bind', 'tmpfs' (scratch)."""
    found = []
    for entry in service.get("volumes", []):
        if isinstance(entry, str):
            source, target = entry.split(":")[:2]
        else:
            source, target = entry.get("source", ""), entry["target"]
        kind = "volume" if source in volumes else "bind"
        found.append((PurePosixPath(target), kind))
    tmpfs = service.get("tmpfs", [])
    for entry in [tmpfs] if isinstance(tmpfs, str) else tmpfs:
        found.append((PurePosixPath(entry.split(":")[0]), "tmpfs"))
    return found


def catalogue_writes(service: dict) -> list[tuple[PurePosixPath, bool]]:
    """(path, lasting) of everything a catalogue container may write, from its settings."""
    env = {**dockerfile_env(), **{k: str(v) for k, v in service.get("environment", {}).items()}}
    settings = Settings.from_env(env)
    command = service.get("command", [])
    writes = [(PurePosixPath("/tmp"), False), (PurePosixPath(settings.data_dir), False)]
    if settings.database_url.startswith("sqlite"):
        # The database, its WAL and the harvest and index lock files sit side by side.
        database = settings.database_url.split("///", 1)[1].split("?", 1)[0]
        writes.append((PurePosixPath(database).parent, True))
    if not settings.uses_meilisearch:
        writes.append((PurePosixPath(settings.embedded_search_path).parent, True))
    if "serve" in command and settings.workers > 1:
        metrics = env.get("PROMETHEUS_MULTIPROC_DIR") or str(settings.data_dir / "metrics")
        writes.append((PurePosixPath(metrics), False))
    if settings.database_url.startswith("sqlite") and not settings.secret_key:
        writes.append((PurePosixPath(settings.data_dir), True))  # the generated secret key
    return writes


def problems(compose: dict) -> list[str]:
    """Every way a service could keep state where it is lost, or disagree with the others."""
    found = []
    volumes = compose.get("volumes") or {}
    built = {n: s for n, s in compose["services"].items() if s.get("build") == "."}
    for name, service in built.items():
        if not service.get("read_only"):
            found.append(f"{name}: not read_only, so an unlisted write would go unnoticed")
        where = mounts(service, volumes)
        for path, lasting in catalogue_writes(service):
            covering = [kind for target, kind in where if path == target or target in path.parents]
            if not covering:
                found.append(f"{name}: writes {path}, which is not a volume or tmpfs")
            elif lasting and covering[-1] == "tmpfs":
                found.append(f"{name}: keeps {path} in a tmpfs, lost when the container stops")
    shared = {"CATALOGUE_DATABASE_URL", "CATALOGUE_SEARCH_URL", "CATALOGUE_SECRET_KEY"}
    for variable in shared:
        values = {s.get("environment", {}).get(variable) for s in built.values()}
        if len(values) != 1:
            found.append(f"{variable} differs between services: {sorted(map(str, values))}")
    for name, service in compose["services"].items():
        for image, data in IMAGE_DATA.items():
            if service.get("image", "").startswith(image):
                targets = {str(t) for t, kind in mounts(service, volumes) if kind == "volume"}
                if data not in targets:
                    found.append(f"{name}: {data} is not on a named volume")
    return found


def test_compose_file_matches_the_compose_specification():
    schema = get_builtin_schema("vendor.compose-spec")
    jsonschema.validate(raw_compose(), schema)
    jsonschema.validate(load(), schema)


def test_compose_has_the_services_the_catalogue_needs():
    services = load()["services"]
    assert {"postgres", "meilisearch", "web", "setup", "harvester", "proxy"} <= set(services)
    assert services["meilisearch"]["image"].startswith("getmeili/meilisearch:v1.")
    assert services["setup"]["command"] == ["catalogue", "setup"]
    for name in ("web", "harvester"):
        assert services[name]["depends_on"]["setup"]["condition"] == (
            "service_completed_successfully"
        )
    # Exec form: the catalogue itself gets SIGTERM (no shell in between to swallow it).
    assert services["harvester"]["command"][:3] == ["catalogue", "harvest", "--every"]


def test_every_path_a_service_writes_is_a_volume_or_the_database():
    assert problems(load()) == []


def test_the_tests_profile_runs_make_test_meili_against_the_compose_meilisearch():
    tests = load()["services"]["tests"]
    assert tests["profiles"] == ["tests"]
    assert tests["command"] == ["make", "test-meili"]
    assert tests["environment"]["MEILI_URL"] == "http://meilisearch:7700"
    assert "test-meili:" in (ROOT / "Makefile").read_text()


def test_secrets_have_no_defaults():
    for name in REQUIRED:
        with pytest.raises(KeyError, match=name):
            load(env={k: v for k, v in REQUIRED.items() if k != name})


def _without_volume(compose: dict) -> dict:
    del compose["services"]["postgres"]["volumes"]
    return compose


def _on_sqlite(compose: dict) -> dict:
    compose["services"]["web"]["environment"]["CATALOGUE_DATABASE_URL"] = "sqlite:////data/c.db"
    return compose


def _embedded_search(compose: dict) -> dict:
    for service in ("setup", "web", "harvester"):
        compose["services"][service]["environment"]["CATALOGUE_SEARCH_URL"] = ""
    return compose


def _writable(compose: dict) -> dict:
    del compose["services"]["harvester"]["read_only"]
    return compose


def _no_scratch(compose: dict) -> dict:
    del compose["services"]["web"]["tmpfs"]
    return compose


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (_without_volume, "postgres: /var/lib/postgresql/data is not on a named volume"),
        (_on_sqlite, "CATALOGUE_DATABASE_URL differs between services"),
        (_on_sqlite, "web: keeps /data in a tmpfs"),
        (_embedded_search, "harvester: keeps /data in a tmpfs"),
        (_writable, "harvester: not read_only"),
        (_no_scratch, "web: writes /tmp, which is not a volume or tmpfs"),
    ],
)
def test_the_check_finds_state_that_would_be_lost(breakage, expected):
    broken = breakage(copy.deepcopy(load()))
    assert any(problem.startswith(expected) for problem in problems(broken)), problems(broken)
