"""Component types come with a reason a person can check."""

import re

import pytest

from catalogue.classify import (
    CONTENT_PHRASES,
    REASON_CONTAINS,
    REASON_LANGUAGE,
    REASON_NAME,
    REASONS,
    Facts,
    classify,
    explain,
)


def facts(
    name, description="", language=None, files=(), dependencies=(), topics=(), publiccode_type=None
):
    return Facts(
        name,
        description,
        list(topics),
        language,
        list(files),
        set(dependencies),
        "",
        publiccode_type,
    )


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (
            facts("component-library", "Vue component library created by Welsh Revenue Authority"),
            "design-system",
        ),
        (facts("nhswales-prototype-kit", "Prototype kit", "HTML"), "design-system"),
        (facts("infra", "", "HCL", ["main.tf"]), "infrastructure"),
        (
            facts(
                "dhcw-delivery-playbook",
                "The source for the playbook",
                "CSS",
                ["Dockerfile", "mkdocs.yml"],
            ),
            "documentation",
        ),
        (facts("iot-leontief-r", "Input-output tables", "R"), "data"),
        (
            facts(
                "api-sdk-node", "An SDK for the Companies House API", "TypeScript", ["package.json"]
            ),
            "library",
        ),
        (
            facts(
                "herodotus", "A Gem that produces loggers", "Ruby", ["Gemfile", "herodotus.gemspec"]
            ),
            "library",
        ),
        (
            facts(
                "e-petitions",
                "The code base for the petitions service",
                "Ruby",
                ["Gemfile", "Procfile"],
            ),
            "application",
        ),
        (facts("trawsgrifiwr-arlein", "Trawsgrifiwr ar-lein", "Python"), "application"),
        (facts("x", "", "Python", ["a.py"], publiccode_type="library"), "library"),
        (facts("mystery", "", "Shell", ["run.sh"]), "other"),
        (facts("mystery", "", None, ["README.md", "data"]), "other"),
        (facts("sbt-plugins", "Contains various custom sbt plugins", "Scala"), "library"),
        (facts("vdr-core", "The core libraries for the View Driving Record service"), "library"),
    ],
)
def test_types(given, expected):
    kind, reason = classify(given)
    assert kind == expected, reason
    assert reason.endswith(".")


def test_publiccode_declaration_wins_and_says_so():
    kind, reason = classify(
        facts("design-system", "A design system", publiccode_type="standalone/web")
    )
    assert kind == "application"
    assert "publiccode.yml" in reason


@pytest.mark.parametrize(
    "facts",
    [
        Facts("x", "", [], None, [], set(), "", publiccode_type="standalone/web"),
        Facts("staff-handbook", "", [], None, [], set(), ""),
        Facts("tool", "A REST API", [], None, [], set(), ""),
        Facts("tool", "", [], "HCL", [], set(), ""),
        Facts("tool", "", [], None, ["main.tf", "README.md"], set(), ""),
        Facts("tool", "", [], None, ["README.md", "notes.txt"], set(), ""),
        Facts("tool", "", [], None, [], {"govuk-frontend"}, ""),
        Facts("tool", "", [], None, [], set(), ""),
    ],
)
def test_every_reason_is_read_back_by_its_template(facts):
    _, reason = classify(facts)
    found = explain(reason)
    assert found is not None, reason
    template, value = found
    assert template in REASONS
    assert (template % {"value": value} if value is not None else template) == reason


def test_every_content_phrase_and_no_other_wording_is_known():
    assert "Terraform files" in CONTENT_PHRASES
    assert explain("It contains Terraform files.") == (REASON_CONTAINS, "Terraform files")
    assert explain("Some wording from an older release.") is None


def test_a_reason_quotes_whole_words_not_the_stem_that_matched():
    kind, reason = classify(facts(name="vue-component-library"))
    assert kind == "design-system"
    assert reason == "Its name, description or topics mention 'component library'."


def test_what_a_component_serves_is_not_what_it_is():
    # The IPO cookie banner: 'for GOV.UK websites and apps' names its users, it is no application.
    kind, _ = classify(
        facts(
            name="fe-cookie-banner",
            description="This component handles the cookie consent behaviour for GOV.UK websites "
            "and apps.",
            language="TypeScript",
            dependencies={"govuk-frontend", "react"},
        )
    )
    assert kind == "design-system"


def test_a_converter_is_software_even_when_it_cites_standards():
    kind, reason = classify(
        facts(
            name="NHSWales-fhir-psom-xlsform-to-fhir",
            description="This tool facilitates the conversion of .xlsx files, compliant with "
            "XLSForm standards, into FHIR Shorthand (FSH) format.",
            language="Python",
        )
    )
    assert kind == "application"
    assert "conversion" in reason


def test_words_inside_an_address_are_no_clue():
    # ONSdigital/ons-data-api points to its background at '…/prototype-frontend'.
    kind, reason = classify(
        facts(
            name="ons-data-api",
            description="For background and context on this project see "
            "https://github.com/ONSdigital/prototype-frontend.",
            language="Ruby",
            files=["Gemfile", "config.ru"],
        )
    )
    assert kind == "application"
    assert "frontend" not in reason and "prototype" not in reason


@pytest.mark.parametrize(
    "given",
    [
        facts(
            "vehicles-online",
            "vehicles-online is the Web frontend for disposing vehicles online.",
            "Scala",
            ["build.sbt", "app", "conf"],
        ),
        facts("dp-frontend-router", "", "Go", ["Dockerfile.local", "go.mod", "main.go"]),
        facts("platform-frontend", "", "TypeScript", ["package.json", "src"]),
    ],
)
def test_a_frontend_application_is_not_a_design_system(given):
    kind, reason = classify(given)
    assert kind == "application", reason


@pytest.mark.parametrize(
    "given",
    [
        facts(
            "vehicles-presentation-common",
            "vehicles-presentation-common contains common components for DVLA web frontends.",
            "Scala",
        ),
        facts("wra-frontend", "A repository for reusable bits of frontend code.", "SCSS"),
        # A copy of nhsuk-frontend: styles and templates under a '-frontend' name.
        facts(
            "nhswales-frontend", "Created to support work on an NHS Wales prototype.", "Nunjucks"
        ),
        facts("widgets", "", "TypeScript", ["package.json"], {"@storybook/react", "react"}),
        facts("ui", "Shared UI components for our services", "TypeScript"),
    ],
)
def test_what_signals_a_component_library(given):
    kind, reason = classify(given)
    assert kind == "design-system", reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("week-notes", "Its name includes 'week notes'."),
        ("project-docs", "Its name includes 'docs'."),
        ("ways-of-working", "Its name includes 'ways of working'."),
        ("staff-handbook", "Its name includes 'handbook'."),
    ],
)
def test_a_name_reason_quotes_the_words_without_a_wrong_article(name, reason):
    assert classify(facts(name)) == ("documentation", reason)


def test_no_reason_puts_an_article_before_a_plural_or_mass_noun():
    for given in (facts("week-notes"), facts("docs"), facts("x", "", "Jupyter Notebook")):
        _, reason = classify(given)
        assert not re.search(r"\ba (docs|week notes|ways|\w+s\b)", reason), reason
        assert "files are" not in reason, reason


def test_reasons_in_former_wording_are_still_read_back():
    assert explain("Its name says it is a week notes.") == (REASON_NAME, "week notes")
    assert explain("Most of its files are HCL.") == (REASON_LANGUAGE, "HCL")


def test_addresses_are_whole_tokens_in_any_form():
    from catalogue.classify import _without_addresses

    text = "API (see https://x.org/a-frontend), github.com/o/ui-kit. www.x.cymru and a.b.c.d"
    assert _without_addresses(text) == "API (see and a.b.c.d"
    # A long run of dots is one token, read once: no pattern backtracks across it.
    assert _without_addresses("a." * 50_000 + " frontend") == "a." * 50_000 + " frontend"


def readme_facts(name, description, language, readme, files=()):
    return Facts(name, description, [], language, list(files), set(), readme)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # companieshouse/third-party-harness-oidc: Terraform to deploy it leads the file count.
        (
            readme_facts(
                "third-party-harness-oidc",
                "A small Java web application that is used primarily for interacting with CHS.",
                "HCL",
                "",
                ["pom.xml", "terraform", "Dockerfile"],
            ),
            "application",
        ),
        (
            readme_facts("iot-leontief-r", "An R package to calculate multipliers.", "R", ""),
            "library",
        ),
        (
            readme_facts(
                "ctc-hello-world",
                "The HelloWorld Microservice is a Common Tech template WebAPI microservice with a "
                "working pipeline.",
                "C#",
                "",
            ),
            "application",
        ),
        (
            readme_facts(
                "web-security-node",
                "Security for web applications in node",
                "TypeScript",
                "# web-security-node\n\nThis package has been upgraded to Node v24.",
            ),
            "library",
        ),
        (
            readme_facts(
                "gofigure",
                "Go configuration made easy!",
                "Go",
                "gofigure\n========\n\n### Example\n\n`go get github.com/companieshouse/gofigure`",
            ),
            "library",
        ),
    ],
)
def test_what_a_repository_says_it_is_outweighs_its_language_and_passing_words(given, expected):
    kind, reason = classify(given)
    assert kind == expected, reason
    assert explain(reason) is not None


def test_a_tool_a_readme_names_is_not_the_repository():
    # ONSdigital/design-system-python-flask-demo explains pyenv in its setup section.
    from catalogue.self_description import statements

    readme = (
        "## Setup\n\npyenv is a Python version management tool. Or use a web app such as a web app."
    )
    assert statements("design-system-python-flask-demo", "", readme) == []


def test_installing_another_package_says_nothing():
    from catalogue.self_description import statements

    readme = "Install cookiecutter: `python -m pip install --user cookiecutter`."
    said = statements("phwcookiecutter", "A template repo.", readme)
    assert [s.source for s in said if s.source == "install"] == []


def test_a_readme_calling_a_component_library_this_library_keeps_it_a_design_system():
    kind, _ = classify(
        readme_facts(
            "component-library",
            "Vue component library created by Welsh Revenue Authority",
            "Vue",
            "# component-library\n\nTo build this library run npm run build.",
        )
    )
    assert kind == "design-system"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # A build pipeline ships code; a dashboard may show services' health.
        (facts("hello", "A template with a working pipeline", "C#"), "other"),
        (
            readme_facts(
                "fe-dashboard-ui",
                "This is a HTML implementation of the UI design used for an environment dashboard.",
                "HTML",
                "",
            ),
            "application",
        ),
        # dvla/evl-public-code: mostly SCSS, with nothing saying it is shared front-end code.
        (facts("evl-public-code", "EVL Tax, SORN & VES Public Code", "SCSS"), "other"),
        (facts("go-thing", "", "Go", ["go.mod", "go.sum", "thing.go"]), "library"),
        (facts("go-app", "", "Go", ["go.mod", "main.go"]), "application"),
        (facts("r-thing", "", "R", ["DESCRIPTION", "NAMESPACE", "R"]), "library"),
        (facts("r-analysis", "", "R", ["DESCRIPTION", "analysis.R"]), "data"),
        (facts("node-base-image", "Base Docker images for Node.js applications"), "infrastructure"),
        (facts("logging", "Structured logger for Node.JS applications", "TypeScript"), "library"),
    ],
)
def test_passing_words_languages_and_manifests_weigh_what_they_show(given, expected):
    kind, reason = classify(given)
    assert kind == expected, reason


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # techiaith/Paldaruo: an iOS app with its server, said in Welsh.
        (
            readme_facts(
                "Paldaruo",
                "Mae Paldaruo yn ap ar gyfer galluogi siaradwyr Cymraeg i gyfrannu eu lleisiau.",
                "C",
                "",
            ),
            "application",
        ),
        # techiaith/offer-trin-iaith: scripts that pluralise words ('geiriau') are not word lists.
        (
            readme_facts(
                "offer-trin-iaith",
                "Casgliad o sgriptiau ar gyfer hwyluso trin agweddau o destunau Cymraeg, gan "
                "gynnwys gweithredu treigladau, lluosogi geiriau Cymraeg.",
                "Python",
                "",
            ),
            "library",
        ),
        (facts("geiriau-mwyaf-aml", "Rhestrau geiriau mwyaf aml y Gymraeg"), "data"),
    ],
)
def test_what_a_repository_says_it_is_in_welsh_is_read(given, expected):
    kind, reason = classify(given)
    assert kind == expected, reason


STORYBOOK = ["@storybook/addon-actions", "@storybook/react", "react"]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # companieshouse/ch-account-ui: a Next.js app with pages/, stories of its own components.
        (
            facts(
                "ch-account-ui",
                "",
                "JavaScript",
                ["next.config.js", "package.json", "pages", "stories"],
                [*STORYBOOK, "next", "govuk-frontend"],
            ),
            "application",
        ),
        # ONSdigital/eq-author: an ejected React app shipped in a Dockerfile.
        (
            facts("eq-author", "", "JavaScript", ["Dockerfile", "package.json", "src"], STORYBOOK),
            "application",
        ),
        # A component library shows its components in Storybook and ships nothing.
        (
            facts(
                "svelte-things", "", "Svelte", ["package.json", "src", "vite.config.js"], STORYBOOK
            ),
            "design-system",
        ),
        # intellectual-property-office/fe-cookie-banner: one GOV.UK component with a Next.js demo
        # in a folder; no app entry point at the root.
        (
            facts(
                "fe-cookie-banner",
                "This component handles the cookie consent behaviour for GOV.UK websites and apps.",
                "TypeScript",
                ["README.md", "src"],
                ["govuk-frontend", "next", "react"],
            ),
            "design-system",
        ),
    ],
)
def test_storybook_and_govuk_frontend_in_an_application_are_what_it_uses(given, expected):
    kind, reason = classify(given)
    assert kind == expected, reason


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # techiaith/hunspell-cy: a spell-check dictionary beside its README.
        (
            facts(
                "cy-spell",
                "Fersiwn wedi'i ddiweddaru o'r fersiwn Cymraeg o wirydd sillafu.",
                "Markdown",
                ["LICENCE", "README.md", "cy_GB.aff", "cy_GB.dic"],
            ),
            "data",
        ),
        # techiaith/hunspell-cy-llafar: only its README is listed, and its name says Hunspell.
        (facts("hunspell-cy-llafar", "Mae'r fersiwn hwn o Hunspell", "Markdown"), "data"),
        # Markdown and no data files: documentation.
        (facts("notes-site", "", "Markdown", ["README.md", "index.md"]), "documentation"),
    ],
)
def test_markdown_does_not_outweigh_the_data_files_beside_it(given, expected):
    kind, reason = classify(given)
    assert kind == expected, reason


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        # A template or starter is copied, not run or imported: 'other', in its own words.
        (
            readme_facts(
                "phwcookiecutter",
                "This is a template repo for Python based projects in PHW.",
                "Python",
                "",
                ["cookiecutter.json", "{{cookiecutter.project_slug}}"],
            ),
            "It describes itself as 'a template repo'.",
        ),
        (facts("template", "Description of project", "Batchfile"), "Its name includes 'template'."),
        (
            readme_facts(
                "node-review-web-starter-js",
                "This web-starter is designed to allow you to quickly create a GOV_UK web app.",
                "JavaScript",
                "# Node.js Web Starter for Companies House\n\nThis web-starter is designed …",
            ),
            "It describes itself as 'This web-starter'.",
        ),
        (
            readme_facts(
                "spc-basic", "Starter project for SPC work using the abspc package.", "Python", ""
            ),
            "It describes itself as 'Starter project'.",
        ),
    ],
)
def test_a_template_says_it_is_a_template(given, reason):
    assert classify(given) == ("other", reason)


def test_a_starter_title_kept_from_the_template_says_nothing():
    # ONSdigital/ons-interaction-design-library keeps the README of the Astro starter it came from.
    given = readme_facts(
        "ons-interaction-design-library",
        "Each file is exposed as a route based on its file name.",
        "MDX",
        "# Starlight Starter Kit: Basics\n\nnpm create astro@latest -- --template starlight",
    )
    assert classify(given)[0] != "other"


def test_a_template_web_api_is_still_a_web_api():
    given = readme_facts(
        "ctc-hello-world",
        "The HelloWorld Microservice is a Common Tech template WebAPI microservice.",
        "C#",
        "",
    )
    assert classify(given)[0] == "application"


def test_a_welsh_library_named_with_the_article_is_one_it_uses():
    # techiaith/docker-coqui-stt-cy: '… gyda'r llyfrgell coqui-stt' is the library it trains with.
    uses = facts(
        "coqui-stt-cy",
        "Mae'r project yma yn darparu amgylchedd Docker sy'n hwyluso hyfforddi modelau acwsteg "
        "gyda'r llyfrgell coqui-stt",
    )
    assert classify(uses)[0] != "library"
    # A description that opens with the noun still says what it is.
    assert classify(facts("offer-cy", "Llyfrgell Python ar gyfer prosesu testun"))[0] == "library"


def test_a_repository_named_for_docker_is_run_in_a_container():
    # Its Dockerfiles sit in train/ and inference/, so none is at the root.
    given = facts("docker-huggingface-stt-cy", language="Python", files=["train", "inference"])
    assert classify(given) == ("application", "Its name includes 'docker'.")
    # A Dockerfile at the root stays the reason.
    given = facts("docker-marytts", files=["Dockerfile", "README.md"])
    assert classify(given) == ("application", "It contains a Dockerfile.")


def test_a_dockerfile_beside_a_static_site_builds_the_site():
    # GIGCymru/architecture: a Zensical site of architecture decisions, with a Dockerfile to build it.
    given = facts(
        "architecture",
        "This repository hosts architecture related content and decisions, such as architecture "
        "principles, architecture decision records (ADRs) and governance information.",
        language="Python",
        files=["Dockerfile", "README.md", "doc", "pyproject.toml", "zensical.toml"],
    )
    assert classify(given) == (
        "documentation",
        "Its name, description or topics mention 'architecture decision records'.",
    )
    # nwisbeta/open-architecture: a Jekyll site served locally with Docker Compose.
    site = ["_config.yml", "_layouts", "docker-compose.yml", "docs"]
    assert classify(facts("open-architecture", language="JavaScript", files=site))[0] == (
        "documentation"
    )
    # Without the site's configuration, the Dockerfile ships an application.
    assert classify(facts("x", files=["Dockerfile", "docs"]))[0] == "application"


def test_a_github_pages_blog_is_documentation():
    # wgdsu/wgdsu.github.io: 'data science' says what the blog is about, not what it is.
    blog = ["Gemfile", "_config.yml", "_layouts", "_posts", "docker-compose.yml", "index.html"]
    given = facts(
        "wgdsu.github.io", "Test repository for a data science technical blog", "HTML", blog
    )
    assert classify(given)[0] == "documentation"
    # The name alone: a GitHub Pages repository (nwisbeta/github.io) is a site to read.
    pages = facts("github.io", "GitHub Pages for NHS Wales Software Development Team", "HTML")
    assert classify(pages) == ("documentation", "Its name includes 'github.io'.")


def test_code_that_says_nothing_else_is_taken_for_an_application_and_says_why():
    kind, reason = classify(
        facts("oepp-payment-services", "", "Java", ["pom.xml", "payment-domain"])
    )
    assert (kind, reason) == ("application", REASON_LANGUAGE % {"value": "Java"})


def test_the_language_is_no_clue_where_anything_else_says_what_it_is():
    kind, _ = classify(facts("terraform-thing", "", "Python", ["main.tf"]))
    assert kind == "infrastructure"
