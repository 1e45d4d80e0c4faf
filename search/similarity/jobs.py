"""Common software jobs, beyond the public-sector ones concepts.py began with.

Two bodies that built the same thing rarely describe it in the same words: one keeps 'session
handling', another 'state management'; one wraps 'mongodb', another 'firestore'. Each job here
lists the wordings, tools and packages that name it, in English and Welsh, so such components
share a concept term (concepts.py) that duplicate pairs, clusters and their titles use.

Written on 5 December 2026 from general knowledge of software, not from the labelled groups: a
job is a kind of work any catalogue of public code holds. Measured on the study sets
(docs/search.md), four jobs were left out because they linked work that only uses the same tool
or word: message queues (every Kafka consumer looked like a Kafka client library), word lists (a
list of restricted words is no Welsh lexicon), calculators and scheduling (Companies House
'appointments' are officers'). Every wording must keep each of its words once normalised
(test_similarity_jobs.py): 'documentation site' would be 'site', and match every site.
"""

from __future__ import annotations

from dataclasses import dataclass

from catalogue.vocabulary import N_


@dataclass(frozen=True)
class Job:
    """A job: its label as a reason (marked for translation), a cluster's title in English and
    Welsh (what such work is called, plural), and the phrases that name it."""

    label: str
    title: tuple[str, str]
    phrases: tuple[str, ...]


JOBS: dict[str, Job] = {
    "sessions": Job(
        N_("sessions and user state"),
        ("Session and state handling", "Trin sesiynau a chyflwr"),
        (
            "session handler",
            "session handling",
            "session management",
            "session store",
            "sessions",
            "session state",
            "state management",
            "state manager",
            "user state",
            "session cookie",
        ),
    ),
    "schema-validation": Job(
        N_("schema validation"),
        ("Schema validators", "Offer dilysu sgemâu"),
        (
            "schema validation",
            "schema validator",
            "validate schema",
            "json schema",
            "jsonschema",
            "yaml schema",
            "xml schema",
            "xsd",
            "ajv",
            "schema definitions",
        ),
    ),
    "data-catalogue": Job(
        N_("data and metadata catalogues"),
        ("Data and metadata catalogues", "Catalogau data a metadata"),
        (
            "data catalogue",
            "data catalog",
            "metadata catalogue",
            "metadata catalog",
            "ckan",
            "metashare",
            "meta-share",
            "dcat",
            "dataset catalogue",
            "metadata records",
        ),
    ),
    "utility-library": Job(
        N_("shared utility libraries"),
        ("Shared utility libraries", "Llyfrgelloedd cyfleustodau a rennir"),
        (
            "utils",
            "utilities",
            "utility library",
            "utility functions",
            "helper functions",
            "common library",
            "common utilities",
            "shared library",
        ),
    ),
    "search-indexing": Job(
        N_("search indexes"),
        ("Search indexes and loaders", "Mynegeion chwilio a’u llwythwyr"),
        (
            "elasticsearch",
            "opensearch",
            "solr",
            "search index",
            "search indexing",
            "indexer",
            "index builder",
            "reindex",
            "lucene",
        ),
    ),
    "data-store-client": Job(
        N_("database clients"),
        ("Database clients and wrappers", "Cleientiaid a llyfrgelloedd cronfeydd data"),
        (
            "mongodb",
            "mongo",
            "firestore",
            "dynamodb",
            "neo4j",
            "graph database",
            "cosmos db",
            "cosmosdb",
            "database client",
            "database wrapper",
            "data access layer",
            "dataverse",
        ),
    ),
    "localisation": Job(
        N_("translation and localisation"),
        ("Translation and localisation", "Cyfieithu a lleoleiddio"),
        (
            "i18n",
            "l10n",
            "internationalisation",
            "internationalization",
            "localisation",
            "localization",
            "i18next",
            "gettext",
            "welsh translations",
            "bilingual content",
            "language toggle",
            "language switcher",
            "lleoleiddio",
        ),
    ),
    "configuration": Job(
        N_("configuration"),
        ("Configuration loaders", "Offer llwytho ffurfweddiad"),
        (
            "configuration management",
            "config loader",
            "configuration library",
            "settings management",
        ),
    ),
    "infrastructure-code": Job(
        N_("infrastructure as code"),
        ("Infrastructure as code", "Seilwaith fel cod"),
        (
            "terraform",
            "cloudformation",
            "bicep",
            "pulumi",
            "ansible",
            "helm chart",
            "helm charts",
            "kubernetes manifests",
            "arm templates",
        ),
    ),
    "ci-pipelines": Job(
        N_("build and deployment pipelines"),
        ("Build and deployment pipelines", "Piblinellau adeiladu a lleoli"),
        (
            "cicd",
            "continuous integration",
            "continuous deployment",
            "deployment pipeline",
            "jenkins",
            "concourse",
            "azure pipelines",
            "reusable workflows",
        ),
    ),
    "mock-services": Job(
        N_("mock services for testing"),
        ("Mock services for testing", "Gwasanaethau ffug ar gyfer profi"),
        (
            "mock server",
            "mock api",
            "mock service",
            "mocks",
            "stub",
            "stubs",
            "wiremock",
            "mockserver",
            "fake api",
            "test double",
            "simulator",
            "emulator",
            "sandbox environment",
        ),
    ),
    "load-testing": Job(
        N_("load and performance testing"),
        ("Load and performance testing", "Profi llwyth a pherfformiad"),
        (
            "load testing",
            "load test",
            "performance testing",
            "performance tests",
            "jmeter",
            "gatling",
            "locust",
            "k6",
            "stress testing",
        ),
    ),
    "docs-site": Job(
        N_("documentation sites"),
        ("Documentation sites", "Gwefannau dogfennaeth"),
        (
            "mkdocs",
            "docusaurus",
            "jekyll",
            "hugo",
        ),
    ),
    "data-pipelines": Job(
        N_("data pipelines"),
        ("Data pipelines", "Piblinellau data"),
        (
            "data pipeline",
            "data pipelines",
            "etl",
            "extract transform load",
            "airflow",
            "dbt",
            "dagster",
            "prefect",
            "spark",
            "pyspark",
            "data ingestion",
            "data loader",
            "batch processing",
        ),
    ),
    "nlp": Job(
        N_("natural language processing"),
        ("Natural language processing tools", "Offer prosesu iaith naturiol"),
        (
            "named entity",
            "entity recognition",
            "part of speech",
            "pos tagger",
            "tagger",
            "lemmatiser",
            "lemmatizer",
            "lemmatisation",
            "tokeniser",
            "tokenizer",
            "dependency parser",
            "spacy",
            "word embeddings",
            "word2vec",
            "fasttext",
            "nlp",
            "natural language processing",
            "corpus",
        ),
    ),
    "anonymisation": Job(
        N_("anonymising data"),
        ("Data anonymisation tools", "Offer anonymeiddio data"),
        (
            "anonymise",
            "anonymiser",
            "anonymisation",
            "anonymization",
            "pseudonymise",
            "pseudonymisation",
            "redaction",
            "redact",
            "data masking",
            "anonymeiddio",
        ),
    ),
    "web-scraping": Job(
        N_("web scraping"),
        ("Web scrapers", "Offer crafu’r we"),
        ("web scraping", "web scraper", "scraper", "scrapy", "beautifulsoup", "crawler", "crawl"),
    ),
    "caching": Job(
        N_("caching"),
        ("Caches", "Storfeydd dros dro"),
        ("cache", "caching", "redis cache", "memcached", "cache layer"),
    ),
    "secrets": Job(
        N_("secrets management"),
        ("Secrets management", "Rheoli cyfrinachau"),
        ("secrets manager", "secret management", "vault", "key vault", "kms", "secrets"),
    ),
    "api-clients": Job(
        N_("API client libraries"),
        ("API client libraries", "Llyfrgelloedd cleient API"),
        ("api client", "client library", "sdk", "api wrapper", "client sdk", "rest client"),
    ),
    "api-specs": Job(
        N_("API specifications"),
        ("API specifications", "Manylebau API"),
        (
            "openapi",
            "swagger",
            "api specification",
            "api specifications",
            "api spec",
            "api contract",
            "raml",
            "asyncapi",
        ),
    ),
    "mobile-apps": Job(
        N_("mobile apps"),
        ("Mobile apps", "Apiau symudol"),
        (
            "react native",
            "flutter",
            "ios app",
            "android app",
            "ionic",
            "xamarin",
            "ap symudol",
            "apiau symudol",
        ),
    ),
    "analytics": Job(
        N_("web analytics"),
        ("Web analytics", "Dadansoddeg gwe"),
        (
            "google analytics",
            "web analytics",
            "matomo",
            "tag manager",
            "google tag manager",
            "analytics tracking",
        ),
    ),
    "redirects": Job(
        N_("web redirects"),
        ("Web redirects", "Ailgyfeirio gwe"),
        ("redirect", "redirects", "url redirection", "ailgyfeirio"),
    ),
    "health-checks": Job(
        N_("health checks and monitoring"),
        ("Health checks and monitoring", "Gwiriadau iechyd a monitro"),
        (
            "health check",
            "healthcheck",
            "health endpoint",
            "monitoring",
            "uptime",
            "prometheus",
            "grafana",
            "alerting",
            "observability",
        ),
    ),
    "backups": Job(
        N_("backups"),
        ("Backup tools", "Offer gwneud copïau wrth gefn"),
        (
            "backup",
            "backups",
        ),
    ),
}

# More wordings of jobs concepts.py already names.
MORE_WORDINGS: dict[str, tuple[str, ...]] = {
    "geospatial": (
        "leaflet",
        "mapbox",
        "openlayers",
        "geojson",
        "shapefile",
        "postgis",
        "interactive map",
        "map tiles",
        "mapping tool",
        "boundaries",
        "map renderer",
    ),
    "dashboard": (
        "power bi",
        "powerbi",
        "tableau",
        "shiny",
        "streamlit",
        "plotly dash",
        "reporting tool",
        "metrics dashboard",
        "dangosfwrdd",
    ),
    "accessibility": (
        "accessibility testing",
        "accessibility checks",
        "accessibility audit",
        "axe core",
        "axe-core",
        "pa11y",
        "lighthouse",
    ),
    "forms": ("form builder", "form designer", "survey runner", "ffurflenni"),
    "surveys": ("questionnaires", "holiaduron"),
    "open-data": (
        "statistical datasets",
        "statistics publishing",
        "publish statistics",
        "data cubes",
        "sdmx",
        "official statistics",
        "census data",
    ),
    "engineering-handbook": (
        "linter",
        "linting",
        "lint rules",
        "eslint config",
        "rubocop",
        "pylint",
        "style guide",
        "styleguide",
    ),
}
