"""The import-linter contracts in pyproject.toml hold, and an import that breaks a layer fails them."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("cli", "catalogue", "ingest", "search", "web", "migrations")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(tree: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-logo", "--no-cache"],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def tree(tmp_path):
    """A copy of the Python packages and the contracts, to break on purpose."""
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


def test_the_contracts_hold_on_the_tree(tree):
    result = lint_imports(tree)
    assert result.returncode == 0, result.stdout
    assert "broken" in result.stdout and " 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "complaint"),
    [
        ("catalogue/queries.py", "import web.app", "catalogue is not allowed to import web"),
        ("catalogue/db.py", "from search import backend", "catalogue is not allowed to import"),
        ("search/indexing.py", "import ingest.snapshot", "search is not allowed to import ingest"),
        ("web/app.py", "import ingest.normalise", "web is not allowed to import ingest"),
        ("ingest/harvest.py", "import web.i18n", "ingest is not allowed to import web"),
        ("web/i18n.py", "import cli.main", "web is not allowed to import cli"),
        (
            "migrations/env.py",
            "import search.factory",
            "migrations is not allowed to import search",
        ),
        # A cycle: search.glossary already imports search.querytext.
        ("search/querytext.py", "import search.glossary", "No cycles are allowed in search"),
        ("catalogue/models/component.py", "import catalogue.models.users", "No cycles"),
    ],
)
def test_an_import_that_breaks_a_layer_fails(tree, module, line, complaint):
    path = tree / module
    path.write_text(path.read_text() + f"\n{line}  # noqa\n")
    result = lint_imports(tree)
    assert result.returncode == 1, result.stdout
    assert complaint in " ".join(result.stdout.split())
