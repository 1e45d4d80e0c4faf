"""Safe parsers that read dependency names out of untrusted manifest texts, one per format."""

from __future__ import annotations

import ast
import configparser
import fnmatch
import json
import logging
import posixpath
import re
import tomllib
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable

import defusedxml.ElementTree
from packaging.requirements import InvalidRequirement, Requirement

log = logging.getLogger(__name__)

# Harvested files are untrusted: anything bigger is skipped rather than parsed.
MAX_MANIFEST_CHARS = 512 * 1024
MAX_DEPENDENCIES = 1000
MAX_NAME_LENGTH = 214  # npm's limit, the longest of the ecosystems we read

_GEMFILE_GEM = re.compile(r"""^\s*gem\s*\(?\s*["']([A-Za-z0-9._-]+)["']""", re.MULTILINE)
_GRADLE_CONFIGS = (
    "implementation|api|compile|compileOnly|runtimeOnly|runtime|testImplementation|testCompile|"
    "testCompileOnly|testRuntimeOnly|annotationProcessor|kapt|ksp|classpath|"
    "androidTestImplementation|debugImplementation|releaseImplementation|compileOnlyApi"
)
_GRADLE_STRING = re.compile(
    rf"""\b(?:{_GRADLE_CONFIGS})\s*\(?\s*(?:platform\s*\(\s*)?["']([^"'\s:]+):([^"'\s:]+)(?::[^"']*)?["']"""
)
_GRADLE_MAP = re.compile(
    rf"""\b(?:{_GRADLE_CONFIGS})\s*\(?\s*group\s*[:=]\s*["']([^"']+)["']\s*,\s*"""
    r"""name\s*[:=]\s*["']([^"']+)["']"""
)
_GO_REQUIRE_LINE = re.compile(r"^\s*([^\s()]+)\s+v[^\s]*(.*)$")
_PACKAGE_JSON_SECTIONS = (
    "dependencies",
    "devDependencies",
    "peerDependencies",
    "optionalDependencies",
)
_CARGO_SECTIONS = ("dependencies", "dev-dependencies", "build-dependencies")


def parse_manifest(path: str, text: str) -> list[str]:
    """Dependency names declared in one manifest, in file order; [] when unreadable or too big."""
    if not text:
        return []
    if len(text) > MAX_MANIFEST_CHARS:
        # Reported, not parsed: the harvest log says which file was left out and why.
        log.warning(
            "manifest %s skipped: %d characters, over %d", path[:300], len(text), MAX_MANIFEST_CHARS
        )
        return []
    parser = _parser_for(posixpath.basename(path))
    if parser is None:
        return []
    try:
        names = parser(text)
    # Untrusted input can break a parser in many ways (deep nesting included); none may escape.
    except (
        ValueError,
        TypeError,
        KeyError,
        AttributeError,
        RecursionError,
        MemoryError,
        SyntaxError,
        ET.ParseError,
        configparser.Error,
        tomllib.TOMLDecodeError,
    ) as exc:
        log.warning("manifest %s skipped: unreadable (%s)", path[:300], type(exc).__name__)
        return []
    cleaned = _clean(names)
    if len(cleaned) >= MAX_DEPENDENCIES:
        log.warning(
            "manifest %s: only its first %d dependencies are kept", path[:300], MAX_DEPENDENCIES
        )
    return cleaned


def _parser_for(base: str) -> Callable[[str], Iterable[str]] | None:
    for pattern, parser in _PARSERS:
        if fnmatch.fnmatchcase(base, pattern):
            return parser
    return None


def _clean(names: Iterable[object]) -> list[str]:
    seen: dict[str, None] = {}
    for name in names:
        if not isinstance(name, str):
            continue
        name = name.strip()
        if name and len(name) <= MAX_NAME_LENGTH and not any(c.isspace() for c in name):
            seen.setdefault(name, None)
        if len(seen) >= MAX_DEPENDENCIES:
            break
    return list(seen)


def _mapping(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _requirement_name(line: str) -> str | None:
    """The name of a PEP 508 requirement, as written; pip options after it and a trailing
    continuation backslash are not part of it."""
    line = line.split(" --", 1)[0].strip().rstrip("\\").strip()
    try:
        return Requirement(line).name
    except InvalidRequirement:
        return None


# --- JavaScript, PHP ---------------------------------------------------------------------------


def _package_json(text: str) -> list[str]:
    data = _mapping(json.loads(text))
    return [name for section in _PACKAGE_JSON_SECTIONS for name in _mapping(data.get(section))]


def _composer_json(text: str) -> list[str]:
    data = _mapping(json.loads(text))
    names = [name for section in ("require", "require-dev") for name in _mapping(data.get(section))]
    # Platform requirements (php itself, extensions) are not packages.
    return [n for n in names if "/" in n]


# --- Python ------------------------------------------------------------------------------------


def _requirements_txt(text: str) -> list[str]:
    names = []
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].strip()
        # Options (-r, -e, --hash...), comments and direct URLs name no index package.
        if not line or line.startswith(("#", "-")) or "://" in line.split(";", 1)[0]:
            continue
        name = _requirement_name(line)
        if name:
            names.append(name)
    return names


def _pyproject_toml(text: str) -> list[str]:
    data = tomllib.loads(text)
    project = _mapping(data.get("project"))
    requirements = _strings(project.get("dependencies"))
    for extra in _mapping(project.get("optional-dependencies")).values():
        requirements += _strings(extra)
    for group in _mapping(data.get("dependency-groups")).values():  # PEP 735
        requirements += _strings(group)
    names = [n for n in map(_requirement_name, requirements) if n]
    poetry = _mapping(_mapping(data.get("tool")).get("poetry"))
    tables = [poetry.get("dependencies"), poetry.get("dev-dependencies")]
    tables += [_mapping(g).get("dependencies") for g in _mapping(poetry.get("group")).values()]
    for table in tables:
        names += [name for name in _mapping(table) if name.lower() != "python"]
    return names


def _pipfile(text: str) -> list[str]:
    data = tomllib.loads(text)
    return [
        name for section in ("packages", "dev-packages") for name in _mapping(data.get(section))
    ]


def _setup_cfg(text: str) -> list[str]:
    # No interpolation: '%' in harvested text must not be evaluated.
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.read_string(text)
    values = []
    if parser.has_section("options"):
        for key in ("install_requires", "tests_require", "setup_requires"):
            values.append(parser.get("options", key, fallback=""))
    if parser.has_section("options.extras_require"):
        values += [value for _, value in parser.items("options.extras_require")]
    lines = [line for value in values for line in value.splitlines()]
    return [n for n in (_requirement_name(line) for line in lines if line.strip()) if n]


def _setup_py(text: str) -> list[str]:
    # Read literal lists from the syntax tree; the file is never imported or run.
    with warnings.catch_warnings():
        # Odd escapes in harvested code raise SyntaxWarning; they are the author's concern, not ours.
        warnings.simplefilter("ignore")
        tree = ast.parse(text)
    requirements: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.keyword) or node.arg not in (
            "install_requires",
            "tests_require",
            "extras_require",
        ):
            continue
        value = node.value
        if isinstance(value, ast.Dict):
            for item in value.values:
                requirements += _literal_strings(item)
        else:
            requirements += _literal_strings(value)
    return [n for n in map(_requirement_name, requirements) if n]


def _literal_strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.List | ast.Tuple):
        return [
            e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
        ]
    return []


# --- JVM, .NET ---------------------------------------------------------------------------------


def _safe_xml(text: str) -> ET.Element:
    # Entity expansion and external entities are the XML attacks; manifests never need a DTD, so
    # any DTD is refused (defusedxml raises DTDForbidden, a ValueError).
    return defusedxml.ElementTree.fromstring(text, forbid_dtd=True)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _pom_xml(text: str) -> list[str]:
    root = _safe_xml(text)
    names = []
    for element in root.iter():
        if _local(element.tag) != "dependency":
            continue
        fields = {_local(child.tag): (child.text or "").strip() for child in element}
        if fields.get("groupId") and fields.get("artifactId"):
            names.append(f"{fields['groupId']}:{fields['artifactId']}")
    return names


def _build_gradle(text: str) -> list[str]:
    found = [(m.start(), f"{m.group(1)}:{m.group(2)}") for m in _GRADLE_STRING.finditer(text)]
    found += [(m.start(), f"{m.group(1)}:{m.group(2)}") for m in _GRADLE_MAP.finditer(text)]
    return [name for _, name in sorted(found)]


def _csproj(text: str) -> list[str]:
    root = _safe_xml(text)
    return [
        element.get("Include") or element.get("Update") or ""
        for element in root.iter()
        if _local(element.tag) == "PackageReference"
    ]


# --- Ruby, Go, Rust ----------------------------------------------------------------------------


def _gemfile(text: str) -> list[str]:
    return _GEMFILE_GEM.findall(text)


def _go_mod(text: str) -> list[str]:
    names, in_block = [], False
    for raw in text.splitlines():
        line = raw.strip()
        if in_block:
            if line.startswith(")"):
                in_block = False
                continue
            entry = line
        elif line.startswith("require") and line[7:].strip().startswith("("):
            in_block = True
            continue
        elif line.startswith("require "):
            entry = line[len("require ") :]
        else:
            continue
        match = _GO_REQUIRE_LINE.match(entry)
        # Indirect requirements are what the dependencies need, not what the module declares.
        if match and "// indirect" not in match.group(2):
            names.append(match.group(1))
    return names


def _cargo_toml(text: str) -> list[str]:
    data = tomllib.loads(text)
    tables = [data.get(section) for section in _CARGO_SECTIONS]
    tables.append(_mapping(data.get("workspace")).get("dependencies"))
    for target in _mapping(data.get("target")).values():
        tables += [_mapping(target).get(section) for section in _CARGO_SECTIONS]
    names = []
    for table in tables:
        for key, spec in _mapping(table).items():
            # `alias = { package = "real-name" }` renames a crate; the registry knows the real name.
            renamed = _mapping(spec).get("package")
            names.append(renamed if isinstance(renamed, str) else key)
    return names


_PARSERS: tuple[tuple[str, Callable[[str], Iterable[str]]], ...] = (
    ("package.json", _package_json),
    ("composer.json", _composer_json),
    ("requirements*.txt", _requirements_txt),
    ("pyproject.toml", _pyproject_toml),
    ("Pipfile", _pipfile),
    ("setup.cfg", _setup_cfg),
    ("setup.py", _setup_py),
    ("pom.xml", _pom_xml),
    ("build.gradle", _build_gradle),
    ("build.gradle.kts", _build_gradle),
    ("*.csproj", _csproj),
    ("*.fsproj", _csproj),
    ("*.vbproj", _csproj),
    ("Gemfile", _gemfile),
    ("go.mod", _go_mod),
    ("Cargo.toml", _cargo_toml),
)
