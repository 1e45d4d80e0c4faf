"""Which ecosystem a dependency manifest belongs to, by its file name."""

from __future__ import annotations

import fnmatch
import posixpath

# (file-name pattern, ecosystem); matched against the base name, case-sensitively as hosts do.
MANIFEST_PATTERNS: tuple[tuple[str, str], ...] = (
    ("package.json", "npm"),
    ("requirements*.txt", "pypi"),
    ("pyproject.toml", "pypi"),
    ("Pipfile", "pypi"),
    ("setup.cfg", "pypi"),
    ("setup.py", "pypi"),
    ("pom.xml", "maven"),
    ("build.gradle", "maven"),
    ("build.gradle.kts", "maven"),
    ("*.csproj", "nuget"),
    ("composer.json", "packagist"),
    ("Gemfile", "rubygems"),
    ("go.mod", "go"),
    ("Cargo.toml", "cargo"),
)


def ecosystem_for(path: str) -> str | None:
    """The package ecosystem of a manifest path, or None when it is not a manifest we read."""
    base = posixpath.basename(path)
    for pattern, ecosystem in MANIFEST_PATTERNS:
        if fnmatch.fnmatchcase(base, pattern):
            return ecosystem
    return None


def is_manifest(path: str) -> bool:
    return ecosystem_for(path) is not None
