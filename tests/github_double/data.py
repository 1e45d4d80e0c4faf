"""Fill the double with the bundled snapshot's real repositories, or with a synthetic organisation."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

from tests.github_double.server import InMemoryGitHub

SNAPSHOT = Path(__file__).resolve().parents[2] / "ingest" / "data" / "snapshot"
_DOT_DIRS = {".github", ".vscode", ".devcontainer", ".husky", ".circleci", ".idea", ".config"}
_PLAIN_FILES = {"LICENSE", "LICENCE", "Makefile", "Dockerfile", "Procfile", "CODEOWNERS", "NOTICE"}


def snapshot_organisations() -> list[dict]:
    return yaml.safe_load((SNAPSHOT / "organisations.yaml").read_text())


def snapshot_repositories() -> list[dict]:
    with (SNAPSHOT / "repositories.jsonl").open() as lines:
        return [json.loads(line) for line in lines if line.strip()]


def manifest_text(path: str, names: list[str]) -> str:
    """A plausible manifest declaring `names`, in the format its file name implies."""
    base = path.rsplit("/", 1)[-1]
    quoted = ", ".join(json.dumps(n) for n in names)
    if base == "package.json":
        return json.dumps({"name": "x", "dependencies": {n: "*" for n in names}}, indent=2)
    if base == "composer.json":
        return json.dumps({"require": {n: "*" for n in names}}, indent=2)
    if base.startswith("requirements") and base.endswith(".txt"):
        return "".join(f"{n}\n" for n in names)
    if base == "pyproject.toml":
        return f'[project]\nname = "x"\ndependencies = [{quoted}]\n'
    if base == "Pipfile":
        return "[packages]\n" + "".join(f'"{n}" = "*"\n' for n in names)
    if base == "setup.py":
        return f"from setuptools import setup\nsetup(name='x', install_requires=[{quoted}])\n"
    if base == "setup.cfg":
        return "[options]\ninstall_requires =\n" + "".join(f"    {n}\n" for n in names)
    if base == "pom.xml":
        deps = "".join(
            f"<dependency><groupId>{g}</groupId><artifactId>{a}</artifactId></dependency>"
            for g, _, a in (n.partition(":") for n in names)
        )
        return f'<?xml version="1.0"?>\n<project><dependencies>{deps}</dependencies></project>\n'
    if base.startswith("build.gradle"):
        return (
            "dependencies {\n" + "".join(f"    implementation '{n}:1.0'\n" for n in names) + "}\n"
        )
    if base.endswith(".csproj"):
        refs = "".join(f'<PackageReference Include="{n}" Version="1.0" />' for n in names)
        return f'<Project Sdk="Microsoft.NET.Sdk"><ItemGroup>{refs}</ItemGroup></Project>\n'
    if base == "Gemfile":
        return 'source "https://rubygems.org"\n' + "".join(f'gem "{n}"\n' for n in names)
    if base == "go.mod":
        return "module x\n\nrequire (\n" + "".join(f"\t{n} v1.0.0\n" for n in names) + ")\n"
    if base == "Cargo.toml":
        return '[package]\nname = "x"\n[dependencies]\n' + "".join(f'{n} = "1"\n' for n in names)
    return ""


def _placeholder_paths(name: str) -> list[str]:
    """Root entries of the snapshot carry no type; guess directories so the listing looks real."""
    if name in _DOT_DIRS or (
        "." not in name.lstrip(".") and name not in _PLAIN_FILES and not name.startswith(".")
    ):
        return [f"{name}/.keep"]
    return [name]


def load_snapshot(double: InMemoryGitHub, limit: int | None = None) -> list[str]:
    """Serve the bundled snapshot's repositories; returns the account logins used."""
    start = datetime(2024, 1, 1, tzinfo=UTC)
    logins: list[str] = []
    for number, item in enumerate(snapshot_repositories()[:limit]):
        owner = item["owner"]
        if owner.lower() not in double.accounts:
            double.add_account(owner)
            logins.append(owner)
        files: dict[str, str] = {}
        for entry in item.get("files_sample") or []:
            for path in _placeholder_paths(entry):
                files[path] = "placeholder\n"
        if item.get("readme"):
            files.pop("README.md", None)
            files[_readme_name(item.get("files_sample") or [])] = item["readme"]
        for path, names in (item.get("manifests") or {}).items():
            files[path] = manifest_text(path, list(names))
        if item.get("publiccode_yml"):
            files["publiccode.yml"] = item["publiccode_yml"]
        languages = {k: int(v) * 1000 for k, v in (item.get("languages") or {}).items()}
        # A description the snapshot took from the README is not GitHub's own description.
        own_description = item.get("description_source") != "readme"
        double.add_repo(
            owner,
            item["name"],
            description=item.get("description") if own_description else None,
            language=item.get("primary_language"),
            licence=item.get("license_spdx"),
            files=files,
            languages=languages,
            created_at=start + timedelta(days=number),
            pushed_at=start + timedelta(days=number, hours=5),
            updated_at=start + timedelta(days=number, hours=6),
        )
    return logins


def _readme_name(files: list[str]) -> str:
    return next((f for f in files if f.lower().startswith("readme")), "README.md")


def add_synthetic_organisation(double: InMemoryGitHub, login: str, count: int) -> None:
    """An organisation of `count` small repositories, each with a README and a manifest or two."""
    double.add_account(login)
    start = datetime(2023, 6, 1, tzinfo=UTC)
    for i in range(count):
        files = {
            "README.md": f"# Service {i}\n\nA public service component number {i}.\n",
            "package.json": manifest_text("package.json", ["govuk-frontend", f"lib-{i % 7}"]),
            "src/index.js": "console.log('hello')\n",
        }
        if i % 3 == 0:
            files["requirements.txt"] = manifest_text("requirements.txt", ["django", "requests"])
        if i % 10 == 0:
            files["publiccode.yml"] = f"publiccodeYmlVersion: '0.4'\nname: service-{i}\n"
        double.add_repo(
            login,
            f"service-{i:03d}",
            description=f"Service {i}",
            language="JavaScript",
            licence="MIT",
            topics=["wales", "govuk"],
            files=files,
            languages={"JavaScript": 1200 + i, "HTML": 300},
            created_at=start + timedelta(hours=i),
            pushed_at=start + timedelta(hours=i, minutes=30),
            updated_at=start + timedelta(hours=i, minutes=40),
        )
