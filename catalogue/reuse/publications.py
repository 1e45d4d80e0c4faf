"""What a component publishes (npm, PyPI, Maven, NuGet, Go, Composer, RubyGems, container images).

Harvested facts rarely say it outright: the bundled data keeps each manifest's dependency names, not
its own `name` field. So a publication is inferred, and each one carries the evidence it rests on:

- Go: a go.mod makes a module whose path is the repository's address (plus the folder).
- README install lines (`npm install X`, `pip install X`, `gem install X`, `docker pull X`...) count
  only when X belongs to this repository: its name is the repository's name (an organisation
  prefix or npm scope aside), or its scope or image namespace is the organisation's.
- A package named after the repository inside the organisation's namespace (npm scope, Composer
  vendor, Maven groupId segment, NuGet id prefix) when the repository has that ecosystem's manifest.
- Unscoped npm, PyPI and RubyGems names are global and collide by coincidence (`utils`, `spacy`),
  so a bare repository name counts only with an install line or an organisation prefix.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field

from catalogue.reuse.names import match_key, org_markers, publisher_matches, repository_prefixes

README_SCAN_CHARS = 60_000
MAX_PUBLICATIONS = 50

_MANIFEST_ECOSYSTEMS = {
    "package.json": "npm",
    "pyproject.toml": "pypi",
    "setup.py": "pypi",
    "setup.cfg": "pypi",
    "pom.xml": "maven",
    "build.gradle": "maven",
    "build.gradle.kts": "maven",
    "composer.json": "packagist",
    "Gemfile": "rubygems",
    "go.mod": "go",
    "Cargo.toml": "cargo",
}
_TEST_PROJECT = re.compile(r"(?i)test|mock|demo|sample|example")
_NAME = r"(@?[A-Za-z0-9][\w.\-]*(?:/[\w.\-]+)?)"
_OPTIONS = r"(?:[ \t]+-{1,2}[\w-]+(?:=\S*)?)*"
_INSTALL = re.compile(
    r"(?m)(?:^|[`\s>$])("
    r"npm (?:install|i|add)|yarn add|pnpm (?:add|install)|pip3? install|python -m pip install|"
    r"poetry add|uv add|gem install|composer require|cargo add|dotnet add package|"
    r"Install-Package|go get|go install|docker pull)" + _OPTIONS + r"[ \t]+" + _NAME
)
_TOOL_ECOSYSTEM = {
    "npm": "npm",
    "yarn": "npm",
    "pnpm": "npm",
    "pip": "pypi",
    "pip3": "pypi",
    "python": "pypi",
    "poetry": "pypi",
    "uv": "pypi",
    "gem": "rubygems",
    "composer": "packagist",
    "cargo": "cargo",
    "dotnet": "nuget",
    "Install-Package": "nuget",
    "go": "go",
    "docker": "container",
}
_VERSION_TAIL = re.compile(r"(?:==|>=|<=|~=|\[).*$")


@dataclass(frozen=True)
class Publisher:
    """The facts about one repository that say what it publishes."""

    full_name: str
    organisation: str
    logins: tuple[str, ...]
    manifest_paths: tuple[str, ...] = ()
    readme: str | None = None
    host: str = "github.com"

    @property
    def owner(self) -> str:
        return self.full_name.split("/", 1)[0]

    @property
    def name(self) -> str:
        return self.full_name.split("/", 1)[-1]


@dataclass(frozen=True)
class Publication:
    """One package this repository publishes, with how we know."""

    ecosystem: str
    name: str
    evidence: str  # go-module, install-line, namespace, org-prefix
    manifest: str | None = None
    markers: tuple[str, ...] = field(default=(), compare=False)

    @property
    def key(self) -> str:
        return match_key(self.ecosystem, self.name)


def manifest_ecosystems(paths) -> dict[str, str]:
    """Ecosystem -> the shallowest manifest path of it in the repository."""
    found: dict[str, str] = {}
    for path in sorted(paths, key=lambda p: (p.count("/"), p)):
        base = posixpath.basename(path)
        ecosystem = _MANIFEST_ECOSYSTEMS.get(base)
        if ecosystem is None and base.endswith((".csproj", ".fsproj", ".vbproj")):
            ecosystem = "nuget"
        if ecosystem:
            found.setdefault(ecosystem, path)
    return found


def install_lines(readme: str | None) -> list[tuple[str, str]]:
    """(ecosystem, package) for each install command in a README, in order, deduplicated."""
    found: dict[tuple[str, str], None] = {}
    for match in _INSTALL.finditer((readme or "")[:README_SCAN_CHARS]):
        tool = match.group(1).split()[0]
        ecosystem = _TOOL_ECOSYSTEM.get(tool)
        name = _VERSION_TAIL.sub("", match.group(2)).rstrip(".,;:`'\")")
        if ecosystem == "npm" and "@" in name[1:]:
            name = name[0] + name[1:].split("@", 1)[0]
        if ecosystem and name and not name.startswith((".", "-")):
            found.setdefault((ecosystem, name), None)
    return list(found)


def _base(name: str) -> str:
    """The package's own name without npm scope, Composer vendor, Maven group or namespace."""
    return re.split(r"[/:]", name)[-1]


def _same_name(package: str, repository: str, markers: tuple[str, ...]) -> bool:
    """The package is named after the repository, an organisation prefix or suffix aside."""
    fold = lambda s: re.sub(r"[-_. ]+", "-", s.lower()).strip("-")  # noqa: E731
    pkg, repo = fold(_base(package)), fold(repository)
    if pkg == repo:
        return True
    for marker in markers:
        for candidate in (pkg.removeprefix(marker + "-"), pkg.removesuffix("-" + marker)):
            if candidate != pkg and candidate in (repo, repo.removeprefix(marker + "-")):
                return True
    return False


def _mirror_of_other(publisher: Publisher, markers: tuple[str, ...]) -> bool:
    """A README that points at another owner's repository of the same name is a copy's README."""
    pattern = re.compile(
        r"github\.com/([A-Za-z0-9-]+)/" + re.escape(publisher.name) + r"(?![\w.-])", re.IGNORECASE
    )
    owners = {m.group(1).lower() for m in pattern.finditer((publisher.readme or "")[:20_000])}
    own = {login.lower() for login in publisher.logins} | {publisher.owner.lower()}
    return bool(owners - own)


def publications(publisher: Publisher) -> list[Publication]:
    """Every package the repository can be shown to publish, each with its evidence."""
    markers = org_markers(publisher.organisation, publisher.logins)
    manifests = manifest_ecosystems(publisher.manifest_paths)
    found: dict[tuple[str, str], Publication] = {}

    def add(ecosystem: str, name: str, evidence: str) -> None:
        item = Publication(ecosystem, name, evidence, manifests.get(ecosystem), markers)
        found.setdefault((ecosystem, item.key), item)

    owner, repo = publisher.owner, publisher.name
    for path in publisher.manifest_paths:
        if posixpath.basename(path) == "go.mod":
            folder = posixpath.dirname(path)
            add("go", "/".join(p for p in (publisher.host, owner, repo, folder) if p), "go-module")
    mirror = _mirror_of_other(publisher, markers)
    for ecosystem, name in install_lines(publisher.readme):
        if ecosystem == "go" or mirror:
            continue
        namespaced = ("/" in name) and publisher_matches(ecosystem, name, markers)
        if ecosystem == "container" and not namespaced:
            continue
        if namespaced or _same_name(name, repo, markers):
            add(ecosystem, name, "install-line")
    scopes = {n.split("/", 1)[0][1:].lower() for e, n in _names(found) if e == "npm" and "/" in n}
    bases = _bases(repo, repository_prefixes(publisher.organisation, publisher.logins))
    for ecosystem in manifests:
        for base in bases:
            if ecosystem == "npm":
                for scope in sorted(scopes | {owner.lower()}):
                    add("npm", f"@{scope}/{base}", "namespace")
            elif ecosystem == "packagist":
                add("packagist", f"{owner.lower()}/{base}", "namespace")
            elif ecosystem == "maven":
                add("maven", f"*:{base}", "namespace")
        if ecosystem in ("npm", "pypi", "rubygems") and _prefixed(repo, markers):
            add(ecosystem, repo, "org-prefix")
    for path in publisher.manifest_paths:
        # A multi-module Maven build publishes one artifact per module folder.
        folder = posixpath.basename(posixpath.dirname(path))
        # Single words ("domain", "core") name modules in many builds; only compounds identify.
        build = posixpath.basename(path) in ("pom.xml", "build.gradle", "build.gradle.kts")
        if build and re.search(r"[-_]", folder):
            add("maven", f"*:{folder.lower()}", "namespace")
        stem, ext = posixpath.splitext(posixpath.basename(path))
        project = ext in (".csproj", ".fsproj", ".vbproj") and not _TEST_PROJECT.search(stem)
        if project and publisher_matches("nuget", stem, markers):
            found.setdefault(
                ("nuget", stem.lower()), Publication("nuget", stem, "namespace", path, markers)
            )
    return list(found.values())[:MAX_PUBLICATIONS]


def _bases(repo: str, prefixes: tuple[str, ...]) -> list[str]:
    """The repository's name, and the same without the body's prefix ("ch-structured-logging")."""
    lowered = repo.lower()
    found = [lowered]
    for prefix in prefixes:
        if lowered.startswith(prefix + "-") and len(lowered) > len(prefix) + 3:
            found.append(lowered[len(prefix) + 1 :])
    return list(dict.fromkeys(found))


def _names(found: dict[tuple[str, str], Publication]) -> list[tuple[str, str]]:
    return [(p.ecosystem, p.name) for p in found.values()]


def _prefixed(name: str, markers: tuple[str, ...]) -> bool:
    lowered = re.sub(r"[-_. ]+", "-", name.lower())
    return any(lowered.startswith(marker + "-") for marker in markers)
