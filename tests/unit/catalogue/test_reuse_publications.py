"""What a component publishes, and when another component's dependency is verified reuse."""

import pytest

from catalogue.reuse.matching import PublicationIndex, match
from catalogue.reuse.names import match_key, org_markers, publisher_matches
from catalogue.reuse.publications import Publisher, install_lines, publications


def publisher(full_name, organisation="org", logins=None, manifests=(), readme=None):
    owner = full_name.split("/")[0]
    return Publisher(full_name, organisation, tuple(logins or [owner]), tuple(manifests), readme)


def names(found):
    return {(p.ecosystem, p.name, p.evidence) for p in found}


def test_a_go_module_is_published_at_its_repository_address():
    found = publications(publisher("ONSdigital/dp-net", manifests=["go.mod", "sub/go.mod"]))
    assert ("go", "github.com/ONSdigital/dp-net", "go-module") in names(found)
    assert ("go", "github.com/ONSdigital/dp-net/sub", "go-module") in names(found)


def test_an_install_line_for_a_scoped_name_in_the_bodys_scope_is_a_publication():
    readme = "Install it:\n\n    npm install @wra-gov/vue-components\n\nThen `npm install vue`."
    found = publications(
        publisher(
            "welsh-revenue-authority/component-library",
            "welsh-revenue-authority",
            manifests=["package.json"],
            readme=readme,
        )
    )
    assert ("npm", "@wra-gov/vue-components", "install-line") in names(found)
    # A third-party package the README also installs is not this repository's.
    assert not any(p.name == "vue" for p in found)


def test_an_unscoped_install_line_counts_only_for_the_repositorys_own_name():
    readme = "pip install pyfestival\npip install requests pandas\ngem install dvla-herodotus"
    assert ("pypi", "pyfestival", "install-line") in names(
        publications(publisher("techiaith/pyfestival", readme=readme))
    )
    dvla = publications(publisher("dvla/herodotus", "dvla", readme=readme))
    assert ("rubygems", "dvla-herodotus", "install-line") in names(dvla)
    assert not any(p.name in ("requests", "pandas", "pyfestival") for p in dvla)


def test_a_copy_of_another_owners_project_does_not_publish_its_name():
    readme = "# spaCy\nSee https://github.com/explosion/spaCy\n\n    pip install -U spacy\n"
    found = publications(
        publisher(
            "techiaith/spacy", "bangor-university-techiaith", manifests=["setup.py"], readme=readme
        )
    )
    assert not any(p.ecosystem == "pypi" for p in found)


def test_install_lines_skip_options_versions_and_local_paths():
    readme = (
        "pip install -U spacy==2.3.5\nnpm i -D @scope/pkg@1.2.3\npip install -e .\nnpm install\n"
    )
    assert install_lines(readme) == [("pypi", "spacy"), ("npm", "@scope/pkg")]


def test_org_markers_include_logins_and_initials():
    markers = org_markers("welsh-revenue-authority", ["welsh-revenue-authority"])
    assert "wra" in markers and "welsh-revenue-authority" in markers
    assert "ons" in org_markers("office-for-national-statistics", ["ONSdigital"])


@pytest.mark.parametrize(
    ("ecosystem", "name", "expected"),
    [
        ("maven", "uk.gov.companieshouse:kafka-models", True),
        ("maven", "org.apache.kafka:kafka-models", False),
        ("npm", "@companieshouse/node-session-handler", True),
        ("npm", "@jupyterlab/services", False),
        ("npm", "utils", False),  # no namespace: never the publisher's by name alone
        ("pypi", "utils", False),
    ],
)
def test_publisher_matching_needs_the_bodys_namespace(ecosystem, name, expected):
    markers = org_markers("companies-house", ["companieshouse"])
    assert publisher_matches(ecosystem, name, markers) is expected


def test_match_keys_fold_as_each_ecosystem_does():
    assert match_key("pypi", "Py_Festival") == match_key("pypi", "py-festival")
    assert match_key("go", "github.com/ONSdigital/dp-net/v3") == "github.com/onsdigital/dp-net"


def test_a_coincidental_name_is_not_reuse_without_ecosystem_and_publisher():
    utils = publications(
        publisher("some-council/utils", "some-council", manifests=["package.json"])
    )
    index = PublicationIndex((1, p) for p in utils)
    dependencies = [
        (2, "npm", "utils", "package.json"),  # the npm registry's `utils`, not the council's
        (3, "pypi", "utils", "requirements.txt"),
        (4, "npm", "@some-council/utils", "package.json"),  # the council's own scope
    ]
    links = match(index, dependencies)
    assert [(link.dependent, link.provider) for link in links] == [(4, 1)]


def test_maven_artifacts_match_on_artifact_and_the_bodys_group():
    found = publications(
        publisher(
            "companieshouse/kafka-models",
            "companies-house",
            manifests=["pom.xml", "lib-core/pom.xml"],
        )
    )
    index = PublicationIndex((1, p) for p in found)
    links = match(
        index,
        [
            (2, "maven", "uk.gov.companieshouse:kafka-models", "pom.xml"),
            (3, "maven", "uk.gov.companieshouse:lib-core", "pom.xml"),
            (4, "maven", "org.example:kafka-models", "pom.xml"),
            (5, "npm", "kafka-models", "package.json"),
        ],
    )
    assert sorted(link.dependent for link in links) == [2, 3]


def test_a_component_is_not_its_own_user():
    found = publications(publisher("ONSdigital/dp-net", manifests=["go.mod"]))
    index = PublicationIndex((1, p) for p in found)
    assert match(index, [(1, "go", "github.com/ONSdigital/dp-net/v2", "go.mod")]) == []
