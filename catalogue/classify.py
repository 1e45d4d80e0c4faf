"""Giving a component a type (library, application, design system …) and saying why.

Each clue found in the metadata adds weight to a type; the heaviest type wins and its strongest clue is the
reason shown to people. Clues come from names, descriptions and topics (English and Welsh), the main language,
the root files and the dependencies. What the repository says it is ('an R package', 'a web application',
'this library': catalogue.self_description) weighs most; the main language weighs least, since Terraform
beside an API or SCSS beside a service is there to deploy or style it, not what the component is.
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from dataclasses import dataclass

from catalogue.self_description import statements
from catalogue.vocabulary import N_


@dataclass(frozen=True)
class Facts:
    name: str
    description: str
    topics: list[str]
    primary_language: str | None
    files: list[str]
    dependencies: set[str]
    readme: str
    publiccode_type: str | None = None


# Tie-break order when two types weigh the same.
PRIORITY = (
    "design-system",
    "infrastructure",
    "library",
    "application",
    "data",
    "documentation",
    "other",
)

_WORD_CLUES: tuple[tuple[str, int, re.Pattern[str]], ...] = tuple(
    (kind, weight, re.compile(pattern, re.IGNORECASE))
    for kind, weight, pattern in (
        (
            "design-system",
            6,
            r"design[ -]?system|component[ -]?librar|pattern[ -]?librar|ui[ -]?kit|style ?guide|"
            r"storybook|system ddylunio|llyfrgell gydrannau",
        ),
        (
            # 'frontend' alone names web applications as often as toolkits ('the Web frontend for
            # …', 'dp-frontend-router'): only front-end code offered to others counts here.
            "design-system",
            4,
            r"prototype[ -]kit|presentation-common|\bui (components|library)\b|"
            r"\bfront[ -]?end (code|styles?|styling|components?|toolkit|assets|library|elements|"
            r"templates|patterns|framework)\b|\b(common|shared|reusable) (ui |web )?components\b|"
            r"\bbuild(ing)? (a |your )?user interfaces?\b|\bdesign tokens\b",
        ),
        (
            "infrastructure",
            5,
            r"terraform|ansible|helm chart|kubernetes|bicep|cloudformation|"
            r"infrastructure[ -]as[ -]code|\bIaC\b|pulumi|landing zone|deploy(ment)? configuration|"
            r"base (docker )?images?|container images?",
        ),
        (
            "documentation",
            4,
            r"\b(docs|documentation|handbook|playbook|guidance|guide|guides|standards|manual|"
            r"dogfennaeth|canllaw(iau)?|training|tutorial|workshop|roadmap|faq|week[ -]?notes|"
            r"ways[ -]of[ -]working|notes|placeholder|blog|(?:architecture )?decision records?|"
            r"ADRs?)\b",
        ),
        (
            "documentation",
            2,
            r"\b(specifications?|profiles|conformance resources|examples of)\b",
        ),
        (
            "data",
            4,
            r"\b(analysis|analytics|datasets?|data science|statistics?|statistical|"
            r"notebooks?|power ?bi|spc|forecast(ing)?|corpus|corpora|corpws|gronfa|lecsicon|"
            r"lexicon|word ?lists?|rhestr(?:au)? geiriau|geiriadur|hunspell|word2vec|"
            r"language model|model iaith|spacy|lineages?|genomic|pipeline|cube|data grabber)\b",
        ),
        # A dashboard shows data as often as it shows services' health ('an environment dashboard
        # that helps check the status of various microservices'): a word in passing.
        ("data", 2, r"\bmodel\b|\bdata\b|\bdashboards?\b"),
        (
            "library",
            4,
            # Plurals too: 'the core libraries for the … service', 'various custom sbt plugins'.
            r"\b(library|libraries|packages?|sdks?|clients?|plugins?|gems?|modules?|add-?ons?|"
            r"github action|toolkit|"
            r"parser|bindings|wrapper|helpers?|utils|utilities|llyfrgell|pecyn|cydran|engine|"
            r"normaliser|tokeni[sz]er|tagger|tagiwr|lemmati[sz]er|g2p|framework)\b",
        ),
        (
            "application",
            4,
            # Singular only: 'for websites and apps' names what a component serves, not what it is.
            r"\b(app|application|service|website|web site|portal|bot|api|server|gweinydd|"
            r"platform|assistant|cynorthwyydd|transcriber|trawsgrifiwr|cms|gateway|bridge|"
            r"calculator|generator|converter|conversion|crawler|ymlusgwr|dashboard app|prototype|"
            r"demo|poc|"
            r"proof of concept|gwasanaeth|gwefan|rhaglen)\b",
        ),
        ("application", 2, r"\b(tool|tools|system|meddalwedd|software|router)\b"),
        (
            # What is made for applications is used by them: 'Structured logger for Node.JS
            # applications', 'state management for .NET MVC applications'.
            "library",
            2,
            r"\bfor (?:[\w.#-]+ ){0,3}(?:applications|apps|services|microservices)\b",
        ),
    )
)
# A build or deployment pipeline is how code ships, not a data pipeline: 'a working pipeline'.
_CI_PIPELINE = re.compile(
    r"\b(?:ci|cd|ci/cd|build|deploy(?:ment)?|release|devops|delivery|working|github actions?)"
    r"\s+pipelines?\b",
    re.IGNORECASE,
)
# The main language is weak evidence (no more than a word in passing): it is only the most common
# file extension, so Terraform or SCSS beside an application's code can lead the count.
_LANGUAGE_CLUES = {
    "HCL": ("infrastructure", 3),
    "Bicep": ("infrastructure", 3),
    "Nix": ("infrastructure", 3),
    "R": ("data", 3),
    "Jupyter Notebook": ("data", 3),
    "SQL": ("data", 3),
    "TSQL": ("data", 3),
    "PLpgSQL": ("data", 3),
    "Stata": ("data", 3),
    "SAS": ("data", 3),
    "Markdown": ("documentation", 3),
    "TeX": ("documentation", 3),
    "SCSS": ("design-system", 2),
    "Nunjucks": ("design-system", 2),
}
_NO_CODE_LANGUAGES = {"Markdown"}
# Most code in the catalogue is run rather than imported: of the components labelled by hand
# (tests/unit/catalogue/snapshot_labels_tuning.py) three in five are applications. Where nothing
# else says what a repository is, code in a general-purpose language is taken for an application,
# on the weakest evidence (a Java service of Maven modules with no description, a Python script).
# Shell, HTML and the like are as often recipes, pages or glue: they stay 'other'.
_PROGRAMMING_LANGUAGES = frozenset(
    {
        "C",
        "C#",
        "C++",
        "Clojure",
        "Dart",
        "Elixir",
        "F#",
        "Go",
        "Groovy",
        "Haskell",
        "Java",
        "JavaScript",
        "Kotlin",
        "Lua",
        "Objective-C",
        "PHP",
        "Perl",
        "Python",
        "Ruby",
        "Rust",
        "Scala",
        "Swift",
        "TypeScript",
        "Visual Basic .NET",
    }
)
_FILE_CLUES: tuple[tuple[str, str, int, str], ...] = (
    ("*.tf", "infrastructure", 5, N_("Terraform files")),
    ("chef", "infrastructure", 3, N_("Chef configuration")),
    ("ansible", "infrastructure", 3, N_("Ansible playbooks")),
    ("helm", "infrastructure", 3, N_("Helm charts")),
    ("provision", "infrastructure", 2, N_("provisioning scripts")),
    ("mkdocs.yml", "documentation", 3, N_("an MkDocs site")),
    ("_config.yml", "documentation", 2, N_("a Jekyll site")),
    ("*.gemspec", "library", 3, N_("a gem specification")),
    # Both files together: DESCRIPTION alone is any project's description.
    ("DESCRIPTION+NAMESPACE", "library", 4, N_("an R package definition")),
    ("setup.py", "library", 1, N_("a Python package definition")),
    ("pyproject.toml", "library", 1, N_("a Python package definition")),
    ("Cargo.toml", "library", 1, N_("a Rust crate definition")),
    ("action.yml", "library", 3, N_("a GitHub Action definition")),
    ("Dockerfile*", "application", 2, N_("a Dockerfile")),
    ("docker-compose*.yml", "application", 2, N_("a Docker Compose file")),
    ("Procfile", "application", 3, N_("a Procfile")),
    ("manage.py", "application", 3, N_("a Django entry point")),
    ("main.py", "application", 1, N_("an entry point")),
    ("app.py", "application", 2, N_("an app entry point")),
    ("main.nf", "data", 3, N_("a Nextflow pipeline")),
    ("*.ipynb", "data", 3, N_("notebooks")),
    ("*.csv", "data", 1, N_("data files")),
    ("*.dic", "data", 2, N_("dictionary files")),
)
_DESIGN_DEPENDENCIES = {"govuk-frontend", "nhsuk-frontend"}
# Storybook shows components one by one: a sign of a component library, unless the repository
# shows it is an application that keeps stories of its own components (companieshouse/ch-account-ui,
# a Next.js app; ONSdigital/eq-author, a React app shipped in a Dockerfile).
_STORYBOOK = re.compile(r"^(@storybook/|storybook$)")
# Frameworks that only make sites or apps (web frameworks such as express or flask also serve the
# examples of libraries and toolkits, so they say nothing).
_APPLICATION_DEPENDENCIES = {"react-scripts", "next", "nuxt", "gatsby"}
# With one of those frameworks, its app's own entry points at the root. A framework alone is not
# enough: a single component may carry a Next.js demo in a folder (fe-cookie-banner).
_APPLICATION_ENTRY_POINTS = ("pages", "app", "next.config.*", "nuxt.config.*", "gatsby-config.*")
# How an application is shipped and started.
_CONTAINER_FILES = ("Dockerfile*", "docker-compose*.yml")
_APPLICATION_SHIPPING = (*_CONTAINER_FILES, "Procfile")
# A static site generator's configuration at the root: a Dockerfile or Compose file beside it builds
# or previews the site (GIGCymru/architecture, a Zensical site of architecture decisions; Jekyll
# sites with a docker-compose.yml to serve them locally), so it says nothing of an application.
_STATIC_SITE_CONFIGS = (
    "mkdocs.yml",
    "_config.yml",
    "zensical.toml",
    "docusaurus.config.*",
    "hugo.toml",
    "antora.yml",
)
# A repository mostly of styles and templates that calls itself a frontend is a front-end toolkit
# (nhsuk-frontend and its copies); anywhere else 'frontend' names an application ('the Web
# frontend for …', 'dp-frontend-router'). Singular only: 'components for web frontends' serves them.
_PRESENTATION_LANGUAGES = {"SCSS", "CSS", "Nunjucks"}
# Styles and templates are a design system's stuff only when its text speaks of front-end work:
# otherwise they style one site ('EVL Tax, SORN & VES Public Code', mostly SCSS beside VB.NET).
_PRESENTATION_TEXT = re.compile(
    r"\b(front[ -]?end|styles?|styling|sass|css|components?|assets|templates?|macros|design|"
    r"themes?|toolkit|patterns?)\b",
    re.IGNORECASE,
)
_FRONTEND = re.compile(r"\bfront[ -]?end\b", re.IGNORECASE)
_PUBLICCODE_TYPES = {
    "library": "library",
    "standalone/web": "application",
    "standalone/mobile": "application",
    "standalone/desktop": "application",
    "standalone/backend": "application",
    "standalone/iot": "application",
    "standalone/other": "application",
    "addon": "library",
    "configurationFiles": "infrastructure",
}
_NAME_DOCS = re.compile(
    r"\b(handbook|playbook|guide|guidance|docs|documentation|standards|roadmap|week notes|"
    r"ways of working|starter guide|canllaw)\b",
    re.IGNORECASE,
)
# A template or starter is copied to begin a project: no type above fits it, so it stays 'other'
# with a reason that says so rather than 'Nothing in its metadata says …'.
_NAME_TEMPLATE = re.compile(r"\b(template|boilerplate|starter|cookiecutter)\b", re.IGNORECASE)
# 'dvla.github.io', 'wgdsu.github.io': a GitHub Pages site of posts and pages, read rather than run.
_NAME_PAGES = re.compile(r"(?:^|\.)github\.io$", re.IGNORECASE)
# 'docker-coqui-stt-cy', 'docker-marytts': a repository named for Docker packages a program to run
# in a container, as a Dockerfile at its root would show (its Dockerfiles may sit in folders).
_NAME_DOCKER = re.compile(r"\bdocker\b", re.IGNORECASE)
# Words inside addresses are not clues: 'see github.com/ONSdigital/prototype-frontend'. Each
# whitespace-separated token is tested on its own: one pattern over the whole text backtracked
# quadratically on harvested text such as 'a.a.a.a…' (8,000 characters took 3.6 s).
_ADDRESS_START = re.compile(r"^\W*(?:https?://|www\.)", re.I)
_HOST_END = re.compile(r"\.(?:com|org|uk|cymru|wales|io)$", re.I)


def _is_address(token: str) -> bool:
    host, slash, _ = token.partition("/")
    return bool(_ADDRESS_START.match(token)) or bool(slash and _HOST_END.search(host))


def _without_addresses(text: str) -> str:
    return " ".join(token for token in text.split() if not _is_address(token))


_TEXT_FILES = re.compile(
    r"\.(md|markdown|rst|txt|adoc|png|jpe?g|svg|pdf)$|^(licen[cs]e|copying)", re.I
)


# Every reason is one of these English sentences, which is what the database stores; the web pages
# read a stored reason back through the same templates to show it in Welsh (explain()).
_VALUE = "%(value)s"
REASON_PUBLICCODE = N_("Its publiccode.yml declares softwareType '%(value)s'.")
# Values are quoted words, so no article or plural has to agree with them ('week notes', 'docs').
REASON_NAME = N_("Its name includes '%(value)s'.")
REASON_WORDS = N_("Its name, description or topics mention '%(value)s'.")
REASON_LANGUAGE = N_("Its main language is %(value)s.")
REASON_CONTAINS = N_("It contains %(value)s.")
REASON_TEXT_ONLY = N_("It holds only text files, no code.")
REASON_BUILDS_ON = N_("It builds on %(value)s.")
REASON_NOTHING = N_("Nothing in its metadata says what kind of component it is.")
REASON_SAYS = N_("It describes itself as '%(value)s'.")
REASON_INSTALLED = N_("Its README installs it as a package: '%(value)s'.")
REASONS = (
    REASON_PUBLICCODE,
    REASON_NAME,
    REASON_WORDS,
    REASON_LANGUAGE,
    REASON_CONTAINS,
    REASON_TEXT_ONLY,
    REASON_BUILDS_ON,
    REASON_NOTHING,
    REASON_SAYS,
    REASON_INSTALLED,
)
# Wording of earlier releases, still stored until the next harvest: read back as today's template.
_FORMER_REASONS = {
    "Its name says it is a %(value)s.": REASON_NAME,
    "Most of its files are %(value)s.": REASON_LANGUAGE,
}
_REASON_PATTERNS = tuple(
    (template, re.compile(re.escape(wording).replace(re.escape(_VALUE), "(?P<value>.+)")))
    for wording, template in (*((t, t) for t in REASONS), *_FORMER_REASONS.items())
)
GO_MODULE_WITHOUT_MAIN = N_("a Go module with no main package")
# What 'It contains …' names: translated too.
CONTENT_PHRASES = frozenset((*(what for _, _, _, what in _FILE_CLUES), GO_MODULE_WITHOUT_MAIN))


def _reason(template: str, value: str | None = None) -> str:
    return template % {"value": value} if value is not None else template


def explain(reason: str) -> tuple[str, str | None] | None:
    """The template and value a stored reason was made from; None for any other wording."""
    for template, pattern in _REASON_PATTERNS:
        if found := pattern.fullmatch(reason):
            return template, found.groupdict().get("value")
    return None


# 'ch-account-ui', 'temp_spc_basic', 'NetZeroDive': the words of a name.
_NAME_SPLIT = re.compile(r"(?<=[a-z])(?=[A-Z])|[-_.]+")


def _words(facts: Facts) -> str:
    name = _NAME_SPLIT.sub(" ", facts.name)
    text = _without_addresses(f"{name} {facts.description} {' '.join(facts.topics)}")
    return _CI_PIPELINE.sub(" ", text)


def _whole_words(text: str, match: re.Match[str]) -> str:
    """The matched text widened to whole words: 'component librar' -> 'component library'."""
    start, end = match.start(), match.end()
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end].strip()


# A Welsh noun after the definite article names a particular thing, not what the repository is:
# 'gyda'r llyfrgell coqui-stt' (with the coqui-stt library) is about a library it uses. A claim to
# be one reads 'Llyfrgell Python …' or 'Mae X yn llyfrgell …' (catalogue.self_description).
_WELSH_ARTICLE_BEFORE = re.compile(r"(?:\b(?:y|yr)\s+|['’]r\s+)$", re.IGNORECASE)
_WELSH_LIBRARY_NOUNS = {"llyfrgell", "pecyn", "cydran"}


def _search_clue(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of a clue that is not a Welsh noun naming another thing ('y llyfrgell X')."""
    for match in pattern.finditer(text):
        named = match.group(0).lower() in _WELSH_LIBRARY_NOUNS
        if not (named and _WELSH_ARTICLE_BEFORE.search(text, 0, match.start())):
            return match
    return None


def classify(facts: Facts) -> tuple[str, str]:
    """Return (component type, the reason for it in one English sentence)."""
    if facts.publiccode_type in _PUBLICCODE_TYPES:
        kind = _PUBLICCODE_TYPES[facts.publiccode_type]
        return kind, _reason(REASON_PUBLICCODE, facts.publiccode_type)
    weights: dict[str, int] = defaultdict(int)
    reasons: dict[str, tuple[int, str]] = {}

    def clue(kind: str, weight: int, reason: str) -> None:
        weights[kind] += weight
        if weight > reasons.get(kind, (0, ""))[0]:
            reasons[kind] = (weight, reason)

    text = _words(facts)
    name_words = _NAME_SPLIT.sub(" ", facts.name)
    if match := _NAME_DOCS.search(name_words):
        clue("documentation", 6, _reason(REASON_NAME, match.group(0).lower()))
    if match := _NAME_TEMPLATE.search(name_words):
        clue("other", 3, _reason(REASON_NAME, match.group(0).lower()))
    if _NAME_PAGES.search(facts.name):
        clue("documentation", 4, _reason(REASON_NAME, "github.io"))
    for kind, weight, pattern in _WORD_CLUES:
        if match := _search_clue(pattern, text):
            clue(kind, weight, _reason(REASON_WORDS, _whole_words(text, match)))
    if match := _FRONTEND.search(text):
        toolkit = facts.primary_language in _PRESENTATION_LANGUAGES
        kind, weight = ("design-system", 3) if toolkit else ("application", 2)
        clue(kind, weight, _reason(REASON_WORDS, _whole_words(text, match)))
    bases = [posixpath.basename(f) for f in facts.files]
    found_files = [
        (pattern, kind, weight, what)
        for pattern, kind, weight, what in _FILE_CLUES
        if any(_match(base, pattern, bases) for base in bases)
    ]
    if facts.primary_language in _LANGUAGE_CLUES:
        kind, weight = _LANGUAGE_CLUES[facts.primary_language]
        presentation = facts.primary_language in _PRESENTATION_LANGUAGES
        # Markdown leads only where no file holds code GitHub counts: dictionary or data files
        # beside a README are then what the repository holds (techiaith/hunspell-cy).
        no_code = facts.primary_language in _NO_CODE_LANGUAGES
        data_files = any(kind == "data" for _, kind, _, _ in found_files)
        if (not presentation or _PRESENTATION_TEXT.search(text)) and not (no_code and data_files):
            clue(kind, weight, _reason(REASON_LANGUAGE, facts.primary_language))
    static_site = any(_match(b, p) for b in bases for p in _STATIC_SITE_CONFIGS)
    for pattern, kind, weight, what in found_files:
        if not (static_site and pattern in _CONTAINER_FILES):
            clue(kind, weight, _reason(REASON_CONTAINS, what))
    # A Go program has a main package, at the root or under cmd/, and is often shipped as an image;
    # a module with neither is imported by others.
    program = {"main.go", "cmd"} & set(bases) or any(b.startswith("Dockerfile") for b in bases)
    if "go.mod" in bases and not program:
        clue("library", 2, _reason(REASON_CONTAINS, GO_MODULE_WITHOUT_MAIN))
    # After the other clues, so that a Dockerfile or a word, where there is one, is the reason.
    if match := _NAME_DOCKER.search(name_words):
        clue("application", 2, _reason(REASON_NAME, match.group(0).lower()))
    if len(bases) >= 2 and all(_TEXT_FILES.search(base) for base in bases):
        clue("documentation", 4, REASON_TEXT_ONLY)
    frameworks = sorted(_APPLICATION_DEPENDENCIES & facts.dependencies)
    # An application built with Storybook or GOV.UK Frontend uses a design system; it is not one.
    if not _shows_an_application(bases, frameworks):
        if storybook := sorted(d for d in facts.dependencies if _STORYBOOK.match(d)):
            clue("design-system", 3, _reason(REASON_BUILDS_ON, storybook[0]))
        if shared := sorted(_DESIGN_DEPENDENCIES & facts.dependencies):
            clue("design-system", 3, _reason(REASON_BUILDS_ON, ", ".join(shared)))
    if frameworks:
        clue("application", 3, _reason(REASON_BUILDS_ON, ", ".join(frameworks)))
    _self_description(facts, clue, design_clues="design-system" in weights)
    if not weights and facts.primary_language in _PROGRAMMING_LANGUAGES:
        clue("application", 1, _reason(REASON_LANGUAGE, facts.primary_language))
    if not weights:
        return "other", REASON_NOTHING
    best = max(PRIORITY, key=lambda kind: (weights.get(kind, 0), -PRIORITY.index(kind)))
    return best, reasons[best][1]


# What the repository says it is outweighs any single clue above (a word is 4 to 6, a language 3);
# its description speaks for it more surely than its README, whose opening may describe a part.
# 'this service' in a README is weak: build instructions are copied from template to template.
_STATEMENT_WEIGHTS = {"description": 8, "title": 5, "readme": 5, "mention": 3, "install": 6}
# A component library or front-end toolkit is a library too: its README calling it 'this library'
# or 'an addon' confirms a design system that other clues found rather than outweighing it.
_GENERIC_LIBRARY = re.compile(r"\b(?:library|package|module|add-?on|plugin)$", re.IGNORECASE)


def _self_description(facts: Facts, clue, design_clues: bool) -> None:
    """Add one clue per type the repository claims for itself, from its strongest statement."""
    strongest: dict[str, tuple[int, str]] = {}
    named_template = _NAME_TEMPLATE.search(_NAME_SPLIT.sub(" ", facts.name))
    for said in statements(facts.name, facts.description, facts.readme):
        # A project copied from a starter often keeps the starter's README title ('Starlight
        # Starter Kit' in ONSdigital/ons-interaction-design-library): that title speaks for the
        # repository only when its name agrees.
        if said.kind == "other" and said.source == "title" and not named_template:
            continue
        weight = _STATEMENT_WEIGHTS[said.source]
        template = REASON_INSTALLED if said.source == "install" else REASON_SAYS
        kinds = [said.kind]
        if said.kind == "library" and design_clues and _GENERIC_LIBRARY.search(said.words):
            kinds.append("design-system")
        for kind in kinds:
            if weight > strongest.get(kind, (0, ""))[0]:
                strongest[kind] = (weight, _reason(template, said.words))
    for kind, (weight, reason) in strongest.items():
        clue(kind, weight, reason)


def _shows_an_application(bases: list[str], frameworks: list[str]) -> bool:
    """Whether the root files show an application: an app framework's entry points, or shipping."""
    entry = frameworks and any(_match(b, p) for b in bases for p in _APPLICATION_ENTRY_POINTS)
    return bool(entry) or any(_match(b, p) for b in bases for p in _APPLICATION_SHIPPING)


def _match(base: str, pattern: str, bases: list[str] | None = None) -> bool:
    if "+" in pattern:
        return all(any(_match(b, part) for b in bases or []) for part in pattern.split("+"))
    if "*" in pattern:
        return (
            re.fullmatch(re.escape(pattern).replace(r"\*", ".*"), base, re.IGNORECASE) is not None
        )
    return base.lower() == pattern.lower()
