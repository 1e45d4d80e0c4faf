"""Where each ecosystem's registry shows a package, and the command that installs it."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

# Ecosystem -> (registry name, page URL template, install command template).
_REGISTRIES = {
    "npm": ("npm", "https://www.npmjs.com/package/{name}", "npm install {name}"),
    "pypi": ("PyPI", "https://pypi.org/project/{name}/", "pip install {name}"),
    "nuget": ("NuGet", "https://www.nuget.org/packages/{name}", "dotnet add package {name}"),
    "go": ("Go packages", "https://pkg.go.dev/{name}", "go get {name}"),
    "rubygems": ("RubyGems", "https://rubygems.org/gems/{name}", "gem install {name}"),
    "packagist": ("Packagist", "https://packagist.org/packages/{name}", "composer require {name}"),
    "cargo": ("crates.io", "https://crates.io/crates/{name}", "cargo add {name}"),
}


@dataclass(frozen=True)
class PackageLink:
    """A published package as a developer uses it: registry page and install command."""

    ecosystem: str
    name: str
    registry: str
    url: str | None
    command: str
    evidence: str


def package_link(ecosystem: str, name: str, evidence: str) -> PackageLink | None:
    """The registry page and install command; None when the name is not complete enough."""
    if "*" in name:
        return None
    if ecosystem == "maven":
        group, _, artifact = name.partition(":")
        if not group or not artifact:
            return None
        command = f"<dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId></dependency>"
        url = f"https://central.sonatype.com/artifact/{quote(group)}/{quote(artifact)}"
        return PackageLink(ecosystem, name, "Maven Central", url, command, evidence)
    if ecosystem == "container":
        first = name.split("/", 1)[0]
        on_hub = "." not in first and ":" not in first
        url = f"https://hub.docker.com/r/{quote(name)}" if on_hub and "/" in name else None
        registry = "Docker Hub" if on_hub else first
        return PackageLink(ecosystem, name, registry, url, f"docker pull {name}", evidence)
    if ecosystem not in _REGISTRIES:
        return None
    registry, page, command = _REGISTRIES[ecosystem]
    url = page.format(name=quote(name, safe="@/"))
    return PackageLink(ecosystem, name, registry, url, command.format(name=name), evidence)
