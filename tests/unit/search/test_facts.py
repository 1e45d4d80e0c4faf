"""Facts from the code: file kinds, languages and package names as searchable words."""

from search import facts
from search.backend import Query
from search.embedded import EmbeddedSearchBackend
from search.facts import code_facts, dependency_words, file_kinds, module_words, split_facts


def test_file_kinds_come_from_paths_and_languages():
    assert file_kinds(["main.tf", "README.md"]) == ["terraform"]
    assert file_kinds(["terraform"]) == ["terraform"]
    assert file_kinds(["src"], ["HCL", "Java"]) == ["terraform"]
    assert file_kinds(["Dockerfile", "charts", "analysis.ipynb"]) == [
        "docker",
        "helm chart",
        "jupyter notebook",
    ]
    assert file_kinds(["locales/cy.json"]) == ["locale files", "welsh locale"]
    assert file_kinds(["README.md", "src", "cypress"]) == []


def test_code_facts_lists_kinds_then_languages_largest_first():
    facts = code_facts({"Python": 10, "Markdown": 3, "Jupyter Notebook": 40}, ["x.ipynb"], {})
    assert facts == ["jupyter notebook", "python"]
    assert code_facts(None, None) == []


def test_dependency_words_are_short_package_names():
    manifests = {
        "pom.xml": ["org.springframework.boot:spring-boot-starter-web"],
        "go.mod": ["github.com/cucumber/godog", "github.com/ONSdigital/dp-net/v3"],
        "package.json": ["@aws-sdk/client-s3", "react", ""],
    }
    assert dependency_words(manifests) == [
        "spring-boot-starter-web",
        "godog",
        "dp-net",
        "aws-sdk client-s3",
        "react",
    ]


def test_a_package_name_in_capitals_is_its_words_too():
    manifests = {
        "Api.csproj": ["GovukNotify", "Microsoft.EntityFrameworkCore", "GovukNotify"],
        "Mail.csproj": ["GovukNotify"],
    }
    assert dependency_words(manifests) == [
        "govuknotify",
        "govuk notify",
        "microsoft.entityframeworkcore",
        "microsoft entity framework core",
    ]


def test_the_words_of_a_package_do_not_count_against_the_limit(monkeypatch):
    monkeypatch.setattr(facts, "MAX_DEPENDENCIES", 2)
    manifests = {"Api.csproj": ["GovukNotify", "Serilog", "Polly"]}
    assert dependency_words(manifests) == ["govuknotify", "govuk notify", "serilog"]


def _doc(number: int, name: str, description: str, **fields) -> dict:
    return {
        "id": number,
        "full_name": f"org/{name}",
        "name": name,
        "description": description,
        **fields,
    }


def test_facts_rank_what_the_code_is_and_packages_count_as_half_a_word():
    backend = EmbeddedSearchBackend(None)
    backend.rebuild(
        [
            _doc(1, "platform", "Shared infrastructure for services", facts=["terraform", "hcl"]),
            _doc(2, "notes", "Notes about our infrastructure choices"),
            _doc(3, "api", "An API for logging in users", dependencies=["structured-logging"]),
            _doc(4, "logs", "Structured logging library"),
        ]
    )
    ids = [hit.id for hit in backend.search(Query(text="terraform infrastructure")).hits]
    assert ids[0] == 1
    ids = [hit.id for hit in backend.search(Query(text="structured logging library")).hits]
    assert ids[0] == 4
    assert [hit.id for hit in backend.search(Query(text="structured-logging")).hits] == [4, 3]
    backend.close()


def test_what_a_repository_is_made_of_is_told_apart_from_what_it_also_holds():
    # A Java service that deploys itself with Terraform and Docker: it is Java, it holds the rest.
    made_of, holds = split_facts(
        {"Java": 900, "HCL": 60, "Dockerfile": 5, "Markdown": 4000},
        ["terraform/main.tf", "Dockerfile"],
    )
    assert made_of == ["java"]
    assert holds == ["terraform", "docker", "hcl", "dockerfile"]
    # A Terraform module is Terraform, whatever else it holds.
    made_of, holds = split_facts(
        {"HCL": 800, "Shell": 100}, ["main.tf", ".github/workflows/ci.yml"]
    )
    assert made_of == ["terraform", "github actions", "hcl"]  # no language shows workflows
    assert holds == ["shell"]
    # Languages of a large share count, and a package manifest says what it is published as.
    made_of, holds = split_facts(
        {"Python": 50, "JavaScript": 40, "CSS": 10}, [], {"pyproject.toml": []}
    )
    assert made_of == ["python package", "python", "javascript"]
    assert holds == ["css"]


def test_without_language_sizes_every_fact_is_what_it_is_made_of():
    assert split_facts(None, ["main.tf"]) == (["terraform"], [])
    assert split_facts({}, None) == ([], [])


def test_languages_written_with_symbols_are_facts_in_letters_too():
    assert code_facts({"C#": 90, "C++": 10}, []) == ["c#", "csharp", "dotnet", "c++", "cpp"]
    made_of, also = split_facts({"C#": 90, "C++": 10}, [])
    assert made_of == ["c#", "csharp", "dotnet"] and also == ["c++", "cpp"]


def test_a_question_naming_such_a_language_finds_its_code():
    engine = EmbeddedSearchBackend(None)
    engine.index(
        [
            _doc(1, "referrals", "Referrals service", facts=code_facts({"C#": 9}, [])),
            _doc(2, "festival", "Speech synthesis", facts=code_facts({"C++": 9}, [])),
            _doc(3, "notes", "Notes in C and shell", facts=code_facts({"C": 9}, [])),
        ]
    )
    try:
        for text, expected in (("C#", 1), ("c#", 1), (".NET", 1), ("C++", 2)):
            assert [hit.id for hit in engine.search(Query(text=text)).hits][:1] == [expected], text
    finally:
        engine.close()


def test_module_words_are_what_a_repository_s_own_projects_are_called():
    manifests = {
        "Images/IPO.ImageResizer/IPO.ImageResizer.csproj": [],
        "Images/IPO.ImageResizer.UnitTests/IPO.ImageResizer.UnitTests.csproj": [],
        "src/hl7_mock_receiver/requirements.txt": ["flask"],
        "tests/integration/package.json": [],
        ".github/actions/deploy/package.json": [],
        "{{cookiecutter.repo}}/setup.py": [],
        "services/package.json": [],
        "package.json": [],
    }
    # Folders that say where code sits, test projects, placeholders and the repository's own
    # name are left out; project files (.csproj) name their project.
    assert module_words(manifests, "Services") == [
        "images",
        "ipo image resizer",
        "hl7 mock receiver",
    ]
    assert module_words(None) == []
    many = {f"part{i}/package.json": [] for i in range(40)}
    assert len(module_words(many)) == facts.MAX_MODULES


def test_a_repository_saying_nothing_else_is_found_by_what_its_projects_are_called():
    backend = EmbeddedSearchBackend(None)
    backend.rebuild(
        [
            _doc(
                1,
                "Services",
                "",
                dependencies=module_words({"IPO.ImageResizer/IPO.ImageResizer.csproj": []}),
            ),
            _doc(2, "photos", "A gallery of photos"),
        ]
    )
    assert [hit.id for hit in backend.search(Query(text="image resizer")).hits] == [1]
    backend.close()
