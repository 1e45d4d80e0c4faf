"""Fresh, independent hand-judged component-type labels for the bundled snapshot.

Written 6 December 2026 from the data alone: for each repository only the
snapshot record in ``ingest/data/snapshot/repositories.jsonl`` was read
(description, the first few thousand characters of the README, primary
language, files sample and manifests; the records carry no topics field).
No classifier code, database, app, test or other output that computes or
shows component types was read or run while writing these labels.

Sample: every ``full_name`` in the snapshot, minus the names already in
``TYPE_LABELS`` (``tests/unit/catalogue/snapshot_labels.py``), sorted, then
``random.Random(20261206).sample(sorted(remaining), 90)`` -- a seeded sample
of 90 rows not in ``TYPE_LABELS``.

Method: each sampled repository was given the ONE type from the catalogue's
taxonomy (library, application, design-system, infrastructure, data,
documentation, other) that a Welsh public-sector developer browsing the
catalogue would expect.  Where a repository is genuinely ambiguous between two
types (a reasonable developer could pick either) it is recorded in
``FRESH_TYPE_AMBIGUOUS`` with both types instead of being forced into one.
Trailing comments give the evidence.

These labels were written before any classifier change of that session and
are a held-out measure of how well the automatic type classifier generalises.
They must not be tuned on, except for the 'tuning' half if the set is split
later -- the team splits it by SHA-256 of the name.
"""

FRESH_TYPE_LABELS: dict[str, str] = {
    "techiaith/deffro": "data",  # README: project to create small Welsh wake-word speech models
    "ONSdigital/ons-python-template": "other",  # README: "a template for creating a Python project" (copier)
    "Work-In-Progress-For-Health/nhs-number-cli-using-rust": "application",  # README: "This tool is a command line interface"
    "intellectual-property-office/ctc-dictionary": "application",  # README: "Dictionary Microservice provides a set of API endpoints"
    "companieshouse/chs-streaming-api-cache": "application",  # Go service: caches stream offsets in Redis, Dockerfile, main.go
    "companieshouse/payments.api.ch.gov.uk": "application",  # README: "The Companies House API for handling payments"
    "ONSdigital/eq-suggest-api": "application",  # README: "a simple ReST service"; Flask app, Docker
    "DHCW-Digital-Health-and-Care-Wales/allergy-guide": "documentation",  # README: workspace to refine guidance for Simplifier guides
    "techiaith/kaldi-cy": "data",  # README: resources and recipes for Welsh speech recognition with Kaldi
    "Sport-Wales/sport-wales-project-template": "other",  # README: project template to clone for new React apps
    "dvla/oepp-audit-service": "application",  # README: RabbitMQ-backed audit service (client + server)
    "dvla/simple-symbolize": "library",  # README: Ruby gem 'dvla-symbolize'
    "atos-digital/DHCW-clinic-outcomes": "application",  # README: Go/HTMX web app, "Running the app"
    "techiaith/julius-cy": "data",  # README: Welsh grammar/vocabulary files for the Julius recogniser
    "techiaith/llais_festival": "data",  # README: Welsh diphone voice for Festival TTS
    "ONSdigital/design-system-react": "design-system",  # README: "React version of the ONS Design System"
    "companieshouse/terraform-library-ecs-cluster": "infrastructure",  # README: Terraform providing an ECS cluster
    "dvla/vehicles-change-keeper-online": "application",  # README: Play web frontend for selling a vehicle
    "Transport-for-Wales/tailwindcss-plugin-rems-to-ems": "library",  # README: npm Tailwind plugin
    "companieshouse/sic-code-api": "application",  # README: Spring Boot API for searching SIC codes
    "ONSdigital/dp-search-api": "application",  # README: "A Go application microservice"
    "techiaith/spacy-wales-en-ner-model": "data",  # README: trained spaCy NER model
    "ONSdigital/dp-compose": "infrastructure",  # README: docker compose stacks for running DP services
    "GIG-Cymru-NHS-Wales/nhs-number-using-rust": "library",  # README: crates.io crate nhs-number, docs.rs
    "ONSdigital/ons-pattern-library-starter": "design-system",  # README: "A basic pattern library for the frontend of ons.gov.uk"
    "National-Data-Resource/.github": "documentation",  # README: organisation profile and programme ROADMAP.md
    "companieshouse/company-appointments.api.ch.gov.uk": "application",  # README: "Java service for handling ... appointment data"
    "impcymru/phw-hef-prototype": "application",  # README: "A prototype web application"
    "dvla/os-address-lookup": "application",  # README: microservice facade for the Ordnance Survey API
    "techiaith/xlsr-fine-tuning-week": "data",  # README: code for fine-tuning XLSR speech model for Welsh
    "techiaith/techiaith-utils": "library",  # README: general python tools for NMT projects; setup.py
    "ONSdigital/eq-publisher-v3": "application",  # README: express service converting Author JSON to Runner
    "ONSdigital/dp-frontend-router": "application",  # Go service with BIND_ADDR config, Dockerfile, nomad
    "techiaith/brawddegau-tagiedig": "data",  # README: corpus of POS-tagged Welsh sentences
    "ONSdigital/ons-numbers": "library",  # README: RubyGem "A utility class for formatting numbers"
    "dvla/vrm-retention-online": "application",  # README: "Web frontend for retaining a personalised registration"
    "techiaith/trawsgrifiwr-arlein": "application",  # online transcriber: Pyramid web app, celery, docker-compose
    "dvla/vrm-assign-online": "application",  # README: "Web frontend for assigning a personalised registration"
    "welsh-revenue-authority/land-and-property-datasets": "data",  # README: "Non-geospatial data related to land and property"
    "ONSdigital/dp-mongodb": "library",  # README: "A mongodb library for DP"
    "Sport-Wales/calendars": "application",  # README: website housing events, deployed on Netlify
    "GIG-Cymru-NHS-Wales/nhs-number-replacer-cli-using-rust": "application",  # README: "replacer command line interface (CLI)"
    "dvla/oepp-validation": "library",  # README: "Module provides validation elements"
    "intellectual-property-office/ctc-file-sanitise": "application",  # README: "code for the ctc-file-sanitise service"
    "GIGCymru/GitHub-GIG-Cymru-CodeSpaces": "documentation",  # README: "A comprehensive guide to ... Codespaces"
    "Marvell-Consulting/statswales-candidate-cube": "data",  # README: DuckDB data cube built from CSV files
    "dvla/block-repeater": "library",  # README: Ruby gem block_repeater
    "Genomics-Partnership-Wales/LabGateway": "application",  # no README; Azure Functions API + Blazor client + infra
    "dvla/oepp-customer-portal": "application",  # README: Play server component for the web tier
    "companieshouse/swagger-fixer": "application",  # README: small command-line utility fixing swagger 1.2
    "dvla/dvla_internal_frontend_toolkit": "design-system",  # README: "Styles, elements and layouts" for internal apps
    "companieshouse/node-session-handler": "library",  # README: npm module with session middleware
    "DHCW-Digital-Health-and-Care-Wales/Kainos-APIM-Development": "application",  # exemplar-api: PatientDemographicsAPI .csproj
    "DHCW-Digital-Health-and-Care-Wales/playwright-training": "documentation",  # README: training curriculum modules
    "techiaith/techiaith-tts": "library",  # README: pip package, parse_text() normaliser API
    "DHCW-Digital-Health-and-Care-Wales/dhcw-vaccine-roadmap": "documentation",  # README: public roadmap site
    "ONSdigital/dp-recipe-api": "application",  # README: recipe API service, health endpoint
    "Marvell-Consulting/statswales-data-grabber": "application",  # README: "A small tool to get data" (CLI + spider)
    "dvla/oepp-payment-services": "application",  # README: payment service layer components
    "companieshouse/account-validator-api": "application",  # README: "A backend service"
    "dvla/oepp-business-rules": "library",  # no README; Drools rules module, pom has only library deps
    "GIGCymru/dhcw-software-engineering-handbook": "documentation",  # README: software engineering handbook
    "Marvell-Consulting/statswales": "application",  # README: "the monolithic alpha app"
    "GIG-Cymru-NHS-Wales/emergency-department-dashboards": "application",  # README: SvelteKit web app demo, fabricated data
    "ONSdigital/address-index-ui": "application",  # README: "the Flask web app"
    "GIG-Cymru-NHS-Wales/authority-services-example": "documentation",  # README: "This page describes an ... example"
    "CyngorGwyneddDatblygu/Ymlusgwr": "application",  # no README; F# console app (Ymlusgwr = crawler)
    "wgdsu/wales-ookla-data": "data",  # README: R code to download and filter speed-test data
    "ONSdigital/eq-publisher": "application",  # README: "An API for publishing eq-author questionnaires"
    "nwisbeta/api-management-developer-portal": "application",  # README: fork of Azure APIM developer portal
}

FRESH_TYPE_AMBIGUOUS: dict[str, tuple[str, str]] = {
    "GIG-Cymru-NHS-Wales/microsoft-entra-external-tenant-authentication-example-using-javascript": (
        "application",
        "documentation",
    ),  # README: "demonstrates how to" -- runnable SPA example
    "techiaith/nvda-addon": (
        "library",
        "application",
    ),  # NVDA screen-reader add-on (plugin end users install)
    "dvla/gds-elements-haml": (
        "design-system",
        "documentation",
    ),  # README: GOV.UK elements in HAML, "a reference guide"
    "GIG-Cymru-NHS-Wales/fhir-examples-json": (
        "data",
        "documentation",
    ),  # README: FHIR example JSON files
    "techiaith/llm-evals-cy": ("data", "application"),  # README: evaluation suite for LLMs in Welsh
    "welsh-revenue-authority/data-landscape": (
        "documentation",
        "data",
    ),  # README: lists of datasets, some sample data
    "techiaith/modelu-pwnc-demo": (
        "data",
        "application",
    ),  # topic-modelling demo (bertopic), README is only a link
    "Advanced-Analytics-NHS-Wales/Co-Pilot-Demo": (
        "documentation",
        "other",
    ),  # README: demonstrates GitHub Copilot
    "impcymru/impcymru-chart-formatter": (
        "library",
        "application",
    ),  # README: "A VBA module" formatting Excel charts
    "techiaith/enwau_ffug": ("library", "data"),  # README: Faker locale files of Welsh names
    "GIG-Cymru-NHS-Wales/hl7-v2-examples": (
        "documentation",
        "data",
    ),  # README: examples of HL7 v2 messages
    "Sport-Wales/design-guides": (
        "design-system",
        "documentation",
    ),  # README: brand guidelines, component docs, styles
    "ONSdigital/dp-developer-site": (
        "application",
        "documentation",
    ),  # README: Go app generating developer hub pages
    "nwisbeta/nhswales-developer-portal": (
        "documentation",
        "other",
    ),  # README: "Developer Portal Placeholder" Jekyll site
    "GIG-Cymru-NHS-Wales/demo-microsoft-entra": (
        "application",
        "documentation",
    ),  # README: step-by-step demo + code
    "ONSdigital/ons_mkdocs_theme": (
        "design-system",
        "library",
    ),  # README: pip-installed MkDocs theme
    "companieshouse/docs.developer.ch.gov.uk": (
        "application",
        "documentation",
    ),  # README: Spring Boot app serving docs
    "Genomics-Partnership-Wales/genomics-result-hl7-sender": (
        "documentation",
        "application",
    ),  # no README; only prd.md, spec, plan, ui-ux-design.md
    "ONSdigital/address-index-data": (
        "data",
        "application",
    ),  # README: Spark job building address index
    "dvla/dvla_internal_prototype_kit": (
        "design-system",
        "other",
    ),  # empty repository named prototype kit
}
