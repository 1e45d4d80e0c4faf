"""Dependency names from every manifest format, and hostile manifests that must yield nothing."""

from __future__ import annotations

import pytest

from ingest.manifest_parsers import MAX_DEPENDENCIES, MAX_MANIFEST_CHARS, parse_manifest


def test_package_json_reads_every_dependency_section():
    text = """{"name": "app", "dependencies": {"govuk-frontend": "^5"},
    "devDependencies": {"jest": "29", "@babel/core": "7"}, "peerDependencies": {"react": "*"},
    "optionalDependencies": {"fsevents": "2"}, "scripts": {"test": "jest"}}"""
    assert parse_manifest("package.json", text) == [
        "govuk-frontend",
        "jest",
        "@babel/core",
        "react",
        "fsevents",
    ]


def test_requirements_txt_skips_options_urls_and_comments():
    text = """# pinned
Django>=4.2,<5  # web
requests[security]==2.31 ; python_version >= "3.8"
-r base.txt
-e git+https://github.com/x/y#egg=y
--hash=sha256:abc
https://example.org/pkg.whl
numpy
"""
    assert parse_manifest("requirements-dev.txt", text) == ["Django", "requests", "numpy"]


def test_pyproject_reads_pep621_optional_groups_and_poetry():
    text = """
[project]
dependencies = ["litestar[jinja]~=2.25", "sqlalchemy>=2"]
[project.optional-dependencies]
dev = ["pytest"]
[dependency-groups]
lint = ["ruff==0.5"]
[tool.poetry.dependencies]
python = "^3.11"
pandas = "^2"
[tool.poetry.group.test.dependencies]
hypothesis = "*"
"""
    assert parse_manifest("pyproject.toml", text) == [
        "litestar",
        "sqlalchemy",
        "pytest",
        "ruff",
        "pandas",
        "hypothesis",
    ]


def test_pipfile_reads_packages_and_dev_packages():
    text = '[packages]\nflask = "*"\n[dev-packages]\nblack = "*"\n[requires]\npython_version = "3.11"\n'
    assert parse_manifest("Pipfile", text) == ["flask", "black"]


def test_setup_cfg_reads_requirements_without_interpolation():
    text = """[metadata]
name = x%(boom)s
[options]
install_requires =
    click>=8
    PyYAML
[options.extras_require]
test = pytest
"""
    assert parse_manifest("setup.cfg", text) == ["click", "PyYAML", "pytest"]


def test_setup_py_is_read_from_its_syntax_tree_and_never_run():
    text = """import os
os.system("touch /tmp/pwned")
setup(name="x", install_requires=["requests>=2", "lxml"], extras_require={"dev": ["tox"]})
"""
    assert parse_manifest("setup.py", text) == ["requests", "lxml", "tox"]


def test_pom_xml_names_dependencies_group_and_artifact():
    text = """<?xml version="1.0"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <dependencies>
    <dependency><groupId>junit</groupId><artifactId>junit</artifactId></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId></dependency>
  </dependencies>
</project>"""
    assert parse_manifest("pom.xml", text) == ["junit:junit", "org.slf4j:slf4j-api"]


@pytest.mark.parametrize("name", ["build.gradle", "build.gradle.kts"])
def test_gradle_reads_string_and_map_notations(name):
    text = """dependencies {
    implementation 'com.google.guava:guava:32.0.0-jre'
    testImplementation("org.junit.jupiter:junit-jupiter:5.10.0")
    implementation(platform("org.springframework.boot:spring-boot-dependencies:3.2.0"))
    compileOnly group: 'org.projectlombok', name: 'lombok', version: '1.18.30'
}"""
    assert parse_manifest(name, text) == [
        "com.google.guava:guava",
        "org.junit.jupiter:junit-jupiter",
        "org.springframework.boot:spring-boot-dependencies",
        "org.projectlombok:lombok",
    ]


def test_csproj_reads_package_references():
    text = """<Project Sdk="Microsoft.NET.Sdk">
  <ItemGroup>
    <PackageReference Include="Hl7.Fhir.R4" Version="5.0.0" />
    <PackageReference Include="xunit" Version="2.4.2" />
    <ProjectReference Include="../Other/Other.csproj" />
  </ItemGroup>
</Project>"""
    assert parse_manifest("src/Api/Api.csproj", text) == ["Hl7.Fhir.R4", "xunit"]


def test_composer_json_leaves_out_platform_requirements():
    text = (
        '{"require": {"php": ">=8.1", "ext-json": "*", "laravel/framework": "^10"},'
        ' "require-dev": {"phpunit/phpunit": "^10"}}'
    )
    assert parse_manifest("composer.json", text) == ["laravel/framework", "phpunit/phpunit"]


def test_gemfile_reads_gem_lines():
    text = """source "https://rubygems.org"
gem "rails", "~> 7.1"
gem 'govuk_design_system_formbuilder'
  gem("puma")
# gem "commented"
"""
    assert parse_manifest("Gemfile", text) == ["rails", "govuk_design_system_formbuilder", "puma"]


def test_go_mod_reads_direct_requirements_only():
    text = """module example.com/app

go 1.22

require github.com/go-chi/chi/v5 v5.0.12

require (
\tgithub.com/a-h/templ v0.2.543
\tgolang.org/x/sys v0.18.0 // indirect
)
"""
    assert parse_manifest("go.mod", text) == ["github.com/go-chi/chi/v5", "github.com/a-h/templ"]


def test_cargo_toml_reads_every_dependency_table_and_renames():
    text = """[package]
name = "hl7"
[dependencies]
serde = { version = "1", features = ["derive"] }
json = { package = "serde_json", version = "1" }
[dev-dependencies]
criterion = "0.5"
[target.'cfg(windows)'.dependencies]
winapi = "0.3"
"""
    assert parse_manifest("Cargo.toml", text) == ["serde", "serde_json", "criterion", "winapi"]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("package.json", "{not json"),
        ("package.json", "[1, 2]"),
        ("package.json", "[" * 100_000 + "]" * 100_000),
        ("pyproject.toml", "[project\ndependencies = "),
        ("Cargo.toml", "dependencies = 3"),
        ("setup.py", "def (:"),
        ("setup.cfg", "no section header"),
        ("pom.xml", "<project><dependencies>"),
    ],
)
def test_malformed_manifests_give_no_names_rather_than_errors(path, text):
    assert parse_manifest(path, text) == []


def test_xml_with_entities_is_refused():
    laughs = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
<project><dependencies><dependency><groupId>&lol2;</groupId><artifactId>a</artifactId>
</dependency></dependencies></project>"""
    external = """<?xml version="1.0"?>
<!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Project><ItemGroup><PackageReference Include="&xxe;" /></ItemGroup></Project>"""
    assert parse_manifest("pom.xml", laughs) == []
    assert parse_manifest("App.csproj", external) == []


def test_oversized_manifests_are_skipped():
    big = '{"dependencies": {"a": "1"}, "pad": "' + "x" * MAX_MANIFEST_CHARS + '"}'
    assert parse_manifest("package.json", big) == []


def test_names_are_deduplicated_and_capped():
    names = "\n".join(f"pkg{i}" for i in range(MAX_DEPENDENCIES + 50)) + "\npkg1\n"
    parsed = parse_manifest("requirements.txt", names)
    assert len(parsed) == MAX_DEPENDENCIES
    assert parsed[:3] == ["pkg0", "pkg1", "pkg2"]


def test_unknown_files_give_no_names():
    assert parse_manifest("README.md", "gem 'rails'") == []


def test_requirements_with_hashes_continuations_and_bad_lines():
    text = """requests==2.31.0 \\
    --hash=sha256:abc \\
    --hash=sha256:def
flask==3.0 --hash=sha256:123
not a requirement
urllib3>=2,,
"""
    assert parse_manifest("requirements.txt", text) == ["requests", "flask"]


def test_skipped_manifests_are_reported_by_path_and_reason(caplog):
    big = '{"dependencies": {"a": "1"}, "pad": "' + "x" * MAX_MANIFEST_CHARS + '"}'
    with caplog.at_level("WARNING", logger="ingest.manifest_parsers"):
        assert parse_manifest("web/package.json", big) == []
        assert parse_manifest("pom.xml", "<project><dependencies>") == []
    messages = [record.getMessage() for record in caplog.records]
    assert any("web/package.json skipped" in m and "characters" in m for m in messages)
    assert any("pom.xml skipped: unreadable" in m for m in messages)


def test_a_manifest_with_too_many_dependencies_is_reported(caplog):
    names = "\n".join(f"pkg{i}" for i in range(MAX_DEPENDENCIES + 5))
    with caplog.at_level("WARNING", logger="ingest.manifest_parsers"):
        assert len(parse_manifest("requirements.txt", names)) == MAX_DEPENDENCIES
    assert any("only its first" in record.getMessage() for record in caplog.records)
