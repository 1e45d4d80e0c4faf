"""The catalogue command, run as a newcomer runs it: a real process with its own environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
CATALOGUE = [sys.executable, "-m", "cli"]


def run(*args, env=None, data_dir=None):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("CATALOGUE_", "MEILI"))}
    if data_dir:
        environment["CATALOGUE_DATA_DIR"] = str(data_dir)
    environment.update(env or {})
    return subprocess.run(
        [*CATALOGUE, *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def loaded_data_dir(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("cli")
    assert run("db", "upgrade", data_dir=data_dir).returncode == 0
    result = run("load-snapshot", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "445 repositories" in result.stdout
    return data_dir


def test_every_command_has_help():
    commands = ["db", "load-snapshot", "export-snapshot", "index", "search", "serve", "demo"]
    for command in commands:
        result = run(command, "--help")
        assert result.returncode == 0, (command, result.stderr)
        assert "Usage" in result.stdout


def test_search_json_has_the_documented_shape(loaded_data_dir):
    result = run("search", "lleferydd", "--json", data_dir=loaded_data_dir)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert {"query", "total", "hits", "facets"} <= set(payload)
    assert payload["query"] == "lleferydd" and payload["total"] > 0
    hit = payload["hits"][0]
    assert {"full_name", "repository_url", "organisation", "name", "description"} <= set(hit)


def test_duplicates_are_printed_under_their_plain_titles(loaded_data_dir):
    result = run("duplicates", "--refresh", "--limit", "20", data_dir=loaded_data_dir)
    assert result.returncode == 0, result.stderr
    headings = [line for line in result.stdout.splitlines() if line[:1].isdigit() and ". " in line]
    assert headings, result.stdout
    assert any(line.split(". ", 1)[1].startswith("Address lookup services") for line in headings)


def test_loading_the_snapshot_records_its_metadata_problems(loaded_data_dir):
    import sqlite3

    with sqlite3.connect(loaded_data_dir / "catalogue.sqlite") as db:
        kinds = dict(db.execute("SELECT kind, count(*) FROM component_problems GROUP BY kind"))
        sent = db.execute("SELECT count(*) FROM messages").fetchone()[0]
    assert kinds["description_cy.missing"] > 100
    assert kinds["licence.missing"] >= 1
    assert sent == 0, "a snapshot is no harvest: nobody is e-mailed"


def test_index_rebuild_and_snapshot_export(loaded_data_dir, tmp_path):
    assert run("index", data_dir=loaded_data_dir).returncode == 0
    result = run("export-snapshot", str(tmp_path / "snap"), data_dir=loaded_data_dir)
    assert result.returncode == 0, result.stderr
    assert len((tmp_path / "snap" / "repositories.jsonl").read_text().splitlines()) == 445


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"CATALOGUE_DATABASE_URL": "mysql://nope"}, "CATALOGUE_DATABASE_URL"),
        ({"CATALOGUE_SEARCH_URL": "gopher://x"}, "CATALOGUE_SEARCH_URL"),
        ({"CATALOGUE_PORT": "http"}, "CATALOGUE_PORT"),
    ],
)
def test_bad_configuration_is_one_clear_line(tmp_path, env, needle):
    result = run("search", "x", env=env, data_dir=tmp_path)
    assert result.returncode != 0
    assert needle in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unreachable_database_is_one_clear_line(tmp_path):
    env = {"CATALOGUE_DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:1/none"}
    result = run("db", "upgrade", env=env, data_dir=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "error:" in result.stderr
