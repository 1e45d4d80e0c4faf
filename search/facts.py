"""Facts from the code: what a repository is made of, as words search can match and rank.

What it *is* made of (its main languages and the kinds of files they show: 'terraform' for a
repository mostly in HCL) is told apart from what it also holds (a Java service's Terraform and
Dockerfile for its deployment): search ranks the first as it ranks topics, the second as it ranks
the packages a component depends on, so a question naming a tool finds the tool's code first.

Search, similar components and duplicate clusters read the same facts: the kinds of files a
repository holds (Terraform, Helm charts, Dockerfiles, notebooks, locale files ...), its languages,
and the packages its manifests depend on. They come from data the harvest already keeps
(languages, a sample of file paths, manifest dependency names), so no text is trusted for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# (kind, a file path pattern, languages that also show it). Words are what people type.
FILE_KINDS: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    (
        "terraform",
        re.compile(r"(^|/)(terraform|[^/]+\.tf|[^/]+\.tfvars)$", re.I),
        frozenset({"HCL"}),
    ),
    (
        "docker",
        re.compile(r"(^|/)(dockerfile[^/]*|docker-compose[^/]*|[^/]*\.dockerfile)$", re.I),
        frozenset({"Dockerfile"}),
    ),
    ("helm chart", re.compile(r"(^|/)(chart\.ya?ml|charts|helm)$", re.I), frozenset()),
    ("kubernetes", re.compile(r"(^|/)(k8s|kubernetes|kustomization\.ya?ml)$", re.I), frozenset()),
    ("jupyter notebook", re.compile(r"\.ipynb$", re.I), frozenset({"Jupyter Notebook"})),
    ("openapi", re.compile(r"(^|/)(openapi|swagger)[^/]*$", re.I), frozenset()),
    (
        "locale files",
        re.compile(r"(^|/)(locales?|i18n|translations)(/|$)|\.pot?$", re.I),
        frozenset(),
    ),
    ("welsh locale", re.compile(r"(^|[/_.-])(cy|cy[-_]gb)([/_.-]|$)", re.I), frozenset()),
    ("github actions", re.compile(r"(^|/)\.github/workflows", re.I), frozenset()),
    ("ansible", re.compile(r"(^|/)(playbooks?|ansible)[^/]*$", re.I), frozenset()),
    ("serverless", re.compile(r"(^|/)serverless\.ya?ml$", re.I), frozenset()),
)
_SEGMENT = re.compile(r"[/:]")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[-_.]+")
_CASE_CHANGE = re.compile(r"[a-z0-9][A-Z]")
_VERSION = re.compile(r"v\d+")
MAX_DEPENDENCIES = 60


def split_name(name: str) -> str:
    """'DesignSystem-cy_toolkit' -> 'Design System cy toolkit', so the words of a name written as
    an identifier match queries."""
    return " ".join(part for part in _CAMEL.split(name) if part)


def file_kinds(files: Iterable[str], languages: Iterable[str] = ()) -> list[str]:
    """The kinds of files a repository holds, in FILE_KINDS order."""
    paths = [str(path) for path in files]
    langs = set(languages)
    return [
        kind
        for kind, pattern, shown_by in FILE_KINDS
        if langs & shown_by or any(pattern.search(path) for path in paths)
    ]


def dependency_words(manifests: Mapping[str, Iterable[str]] | None) -> list[str]:
    """Short names of the packages the manifests name: 'org.springframework.boot:spring-boot'
    -> 'spring-boot', '@aws-sdk/client-s3' -> 'aws-sdk client-s3', 'github.com/x/godog' -> 'godog';
    a name written in capitals as one word is its words too ('GovukNotify' -> 'govuknotify',
    'govuk notify'). At most MAX_DEPENDENCIES packages."""
    found: dict[str, None] = {}
    packages = 0
    for names in (manifests or {}).values():
        for name in names:
            text = str(name).strip().lstrip("@")
            if not text:
                continue
            parts = [p for p in _SEGMENT.split(text) if p and not _VERSION.fullmatch(p)]
            if not parts:
                continue
            if "." in parts[0] and len(parts) > 1:  # a Maven group or a Go module path: the name
                parts = parts[-1:]
            short = " ".join(parts[-2:])
            if short.casefold() in found:
                continue
            found[short.casefold()] = None
            if _CASE_CHANGE.search(short):
                found.setdefault(split_name(short).casefold(), None)
            packages += 1
            if packages >= MAX_DEPENDENCIES:
                return list(found)
    return list(found)


def code_facts(
    languages: Mapping[str, int] | None,
    files: Iterable[str] | None,
    manifests: Mapping[str, Iterable[str]] | None = None,
) -> list[str]:
    """File kinds and languages (largest first), for the searchable 'facts' field."""
    ordered = sorted((languages or {}).items(), key=lambda item: -item[1])
    names = [str(name) for name, _ in ordered if str(name) not in {"Markdown", "Text"}]
    kinds = file_kinds(files or [], names)
    manifest_files = {str(path).rsplit("/", 1)[-1] for path in (manifests or {})}
    if manifest_files & {"package.json"}:
        kinds.append("npm package")
    if manifest_files & {"pyproject.toml", "setup.py", "requirements.txt", "Pipfile"}:
        kinds.append("python package")
    spelt = [word for name in names for word in language_words(name)]
    return list(dict.fromkeys([*kinds, *spelt]))


# Languages whose names are written with symbols, which a search's words lose ('C#' is 'c'), and
# the .NET languages' platform: the words people type for them.
SPELT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "c#": ("csharp", "dotnet"),
    "f#": ("fsharp", "dotnet"),
    "c++": ("cpp",),
    "visual basic .net": ("dotnet",),
}


def language_words(name: str) -> list[str]:
    """A language's name as a fact, and the words people type for it ('C#' -> 'c#', 'csharp',
    'dotnet')."""
    folded = name.casefold()
    return [folded, *SPELT_LANGUAGES.get(folded, ())]


# A language making up at least this share of a repository's code (the largest one always does)
# is one it is made of; the kinds of files it shows are then what the repository is.
MAIN_SHARE = 0.3
_NOT_CODE = {"Markdown", "Text"}


def split_facts(
    languages: Mapping[str, int] | None,
    files: Iterable[str] | None,
    manifests: Mapping[str, Iterable[str]] | None = None,
) -> tuple[list[str], list[str]]:
    """code_facts() in two: (what the repository is made of, what else it holds). A kind of file
    a language shows (Terraform: HCL; Docker: Dockerfile; notebooks) is what the repository is
    only when that language is a main one; kinds no language shows, and every fact of a
    repository without language sizes, are taken for what it is made of."""
    facts = code_facts(languages, files, manifests)
    sizes = {str(name): size for name, size in (languages or {}).items()}
    sizes = {name: size for name, size in sizes.items() if name not in _NOT_CODE}
    if not sizes:
        return facts, []
    total = sum(sizes.values()) or 1
    largest = max(sizes, key=lambda name: sizes[name])
    main = {name for name, size in sizes.items() if size / total >= MAIN_SHARE} | {largest}
    made_of = {word for name in main for word in language_words(name)} | set(file_kinds([], main))
    made_of |= {fact for fact in facts if fact.endswith(" package")}  # what it is published as
    # A kind no language shows (OpenAPI, Helm charts, locale files) cannot be judged by share.
    made_of |= {kind for kind, _, shown_by in FILE_KINDS if not shown_by}
    return [f for f in facts if f in made_of], [f for f in facts if f not in made_of]


# Folder names that say where code sits, not what it does; project files that name their project.
_PLAIN_FOLDERS = frozenset(
    """src source sources lib libs app apps main packages package pkg cmd internal modules module
    projects project scripts python node java js ts docker deploy deployment github actions setup
    website resources server client web frontend backend shared common core tools utils test tests
    unit integration e2e spec specs examples example samples sample docs doc build dist""".split()
)
_PROJECT_FILES = re.compile(r"\.(csproj|fsproj|vbproj|sln|gemspec|nuspec)$", re.I)
_TEST_PROJECT = re.compile(r"(^|[._-])(unit|integration|bdd|acceptance|api)?[._-]?tests?$", re.I)
MAX_MODULES = 20


def module_words(manifests: Mapping[str, Iterable[str]] | None, name: str = "") -> list[str]:
    """What a repository's own projects and packages are called, from where its manifests sit:
    'Images/IPO.ImageResizer/IPO.ImageResizer.csproj' -> 'images', 'ipo image resizer'. A
    repository with no description or README says what it does there only. Folders that say where
    code sits ('src', 'tests'), test projects and the repository's own name are left out."""
    own = split_name(name).casefold()
    found: dict[str, None] = {}
    for path in manifests or {}:
        parts = str(path).split("/")
        segments = parts[:-1]
        if _PROJECT_FILES.search(parts[-1]):
            segments.append(parts[-1].rsplit(".", 1)[0])
        for segment in segments:
            if segment.startswith(".") or "{" in segment or _TEST_PROJECT.search(segment):
                continue
            words = split_name(segment).casefold()
            if not words or words == own or words in _PLAIN_FOLDERS:
                continue
            found.setdefault(words, None)
            if len(found) >= MAX_MODULES:
                return list(found)
    return list(found)
