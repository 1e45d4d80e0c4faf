"""A twenty-second held-out set of duplicated-effort groups across organisations, for one score.

Written on 7 December 2026, in the sixteenth session of that day, for the NEXT session to score once
at its start and once at its end (means only) and never to tune on. Not scored yet. It was written
by reading only the data: ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs,
languages, file listings, manifests) with its `organisation` field for ownership, and
organisations.yaml (and SOURCE.md beside it) for the names of bodies. Candidates were found with
small Python scripts that grep the JSONL for the job a repository does, in several wordings, and
then by reading their descriptions, READMEs, file listings and manifests. Nothing under search/,
web/, catalogue/, cli/, docs/ or bench/ was read or run, no catalogue output and nothing that
computes similarity was used, no test other than the format checks named for this task was run, and
git was not used. duplicate_labels_fresh15.py was read for its format only (its first 60 lines and
its last 15: the head of its docstring, its first groups' evidence and the tail of its ambiguous
dict, seen in passing and not reused), and duplicate_report.py and test_similarity_quality.py where
the twenty-first set is wired in, to wire this set the same way; duplicate_labels_fresh16.py to
duplicate_labels_fresh21.py were not opened, printed or searched. All the earlier duplicate-label
files (duplicate_labels.py, duplicate_labels_2026.py, duplicate_labels_fresh.py and
duplicate_labels_fresh2.py to duplicate_labels_fresh21.py) were only imported by throwaway scripts
that printed counts and marks: for each pair of candidate repositories, whether any earlier group
holds both (a yes/no mark); for each snapshot repository, whether any earlier group holds it (150 of
the 445 are in none); and how many of the candidate group names an earlier set already uses (one
clashed and was renamed). The earlier sets hold nearly every plain cross-organisation duplicate: of
about seventy candidate groups and themes tried, most repeated a pair an earlier group holds (two
that looked finished, an authorisation-library pair and a development-standards pair, turned out to
be held and were dropped). The groups below were built only from pairs that no earlier group holds,
so no group here shares two or more repositories with any one earlier group. Several add a second
body's repository to a theme an earlier set touches (always with a new pair), and some are looser
overlaps than the earlier sets' best ones; the weakest are said to be so below.

Each group's evidence is in the repositories' own words:

- api-reference-and-developer-docs-sites: Companies House specs.developer.ch.gov.uk ("API
  specifications (OpenAPI 3.0+) for the Companies House Developer Hub", with an openapi3render
  module), ONS dp-developer-site ("generates the HTML pages for the developer hub for ons.gov.uk",
  loading each API's swagger.yaml) and nwisbeta/github.io (NHS Wales Informatics Service GitHub
  Pages: "The Software Development Kits explain the features available from the Health API test
  server", with a README on the HAPI documentation process): each publishes documentation of its
  body's APIs for outside developers.
- statistics-data-cube-prototypes: ONS ons_data_models ("Open Statistics Prototype Data Models",
  based on the W3C DataCube vocabulary: dimensions, measures, observations, datasets) and
  ons-data-api ("a prototype API used in the implementation of the Open Statistics prototype"
  exposing series, releases, datasets and observations), against Marvell Consulting's
  statswales-candidate-cube ("a possible data cube format", DuckDB pivots of StatsWales CSVs) and
  statswales (the StatsWales private alpha: "uploading and listing data files to displaying the data
  with a mostly complete API"): two prototypes of a statistics service built on a data-cube model.
- notify-email-correspondence-services: IPO ctc-correspondence (Email, SMS and Letter Azure
  Functions with a GovNotify project and the GovukNotify package) and DVLA email-service ("Email
  sending service", with its publicly hosted email images): each body's own service for sending
  emails to its customers.
- nunjucks-frontend-component-kits: the ONS design-system ("Nunjucks macros for components and
  templates are available from npm") and Companies House ch-frontend (its copy of GOV.UK Frontend,
  "the code you need to start building a user interface", Nunjucks and SCSS): a body's library of
  page components for its web services.
- react-design-system-packages: ONS design-system-react ("React version of the ONS Design System")
  and DHCW single-record-design-system ("a shared design language, component library, and
  interaction patterns", with a packages/react package and Storybook): design-system components
  packaged for React.
- frontend-style-packages: ONS eq-sass ("Basic responsive Sass framework including grid and
  breakpoint helpers", installed from npm), IPO Assets ("used to build the UK Intellectual Property
  Office frontend UI styling", published as ipo-assets-frontend) and nwisbeta/nhswales-frontend (the
  NHS.Wales frontend: SCSS and Nunjucks packages built with gulp-sass): stylesheet packages for a
  body's web pages. A looser group: eq-sass is a bare grid framework.
- organisation-project-starter-templates: ONS ons-python-template ("a template for creating a Python
  project, complete with fundamental tooling and configuration", rendered with Copier) and Sport
  Wales sport-wales-project-template ("a comprehensive foundation for building React applications
  that align with Sport Wales' design system and development standards"): each body's starting point
  for new projects (different languages, same job).
- software-catalogue-dashboards: GIGCymru Solutions-Exchange (a site "showcasing ... projects
  developed across NHS Wales organizations", refreshed daily from GitHub with fetch_repositories.py)
  and Companies House services-dashboard-web ("the web component of the services dashboard", showing
  what is known about each service from Dependency Track, SonarQube and GitHub): a web view of a
  body's own software estate.
- online-survey-runners: Work In Progress For Health gig-cymru-igdc-dryw ("a web app for custom
  staff surveys" for DHCW values-based 360 feedback, Phoenix and Ash) and ONS
  eq-questionnaire-runner (the eQ runner that serves ONS survey questionnaires to respondents): web
  apps that put a body's questionnaires to people and store their answers.
- csv-to-mongodb-loaders: Companies House sic-code-data ("all files used to create the
  combined_sic_activities Mongo collection", with import and export scripts from CSV) and Public
  Health Wales pathogen-mongodb (a containerised MongoDB whose Python app "imports output data from
  the PHW TB (CSV), UKHSA compass (CSV), and lodestone (JSON) pipelines into a MongoDB database"):
  scripts that load a body's CSV data into MongoDB collections. A looser group: the data differ.

FRESH22_AMBIGUOUS names repositories close to a group's job that a reader could put in or out; pairs
with them are neither rewarded nor punished.
"""

from __future__ import annotations

FRESH22_GROUPS: dict[str, list[str]] = {
    "api-reference-and-developer-docs-sites": [
        "companieshouse/specs.developer.ch.gov.uk",
        "ONSdigital/dp-developer-site",
        "nwisbeta/github.io",
    ],
    "statistics-data-cube-prototypes": [
        "ONSdigital/ons_data_models",
        "ONSdigital/ons-data-api",
        "Marvell-Consulting/statswales-candidate-cube",
        "Marvell-Consulting/statswales",
    ],
    "notify-email-correspondence-services": [
        "intellectual-property-office/ctc-correspondence",
        "dvla/email-service",
    ],
    "nunjucks-frontend-component-kits": [
        "ONSdigital/design-system",
        "companieshouse/ch-frontend",
    ],
    "react-design-system-packages": [
        "ONSdigital/design-system-react",
        "DHCW-Digital-Health-and-Care-Wales/single-record-design-system",
    ],
    "frontend-style-packages": [
        "ONSdigital/eq-sass",
        "intellectual-property-office/Assets",
        "nwisbeta/nhswales-frontend",
    ],
    "organisation-project-starter-templates": [
        "ONSdigital/ons-python-template",
        "Sport-Wales/sport-wales-project-template",
    ],
    "software-catalogue-dashboards": [
        "GIGCymru/Solutions-Exchange",
        "companieshouse/services-dashboard-web",
    ],
    "online-survey-runners": [
        "Work-In-Progress-For-Health/gig-cymru-igdc-dryw",
        "ONSdigital/eq-questionnaire-runner",
    ],
    "csv-to-mongodb-loaders": [
        "companieshouse/sic-code-data",
        "Pathogen-Genomics-Cymru/pathogen-mongodb",
    ],
}

# Close to a group's job but could be read either way: pairs with them are ignored when scoring.
FRESH22_AMBIGUOUS: dict[str, list[str]] = {
    "api-reference-and-developer-docs-sites": [
        "companieshouse/docs.developer.ch.gov.uk",
        "nwisbeta/api-user-guide-publisher",
    ],
    "statistics-data-cube-prototypes": [
        "ONSdigital/csvcubed",
        "Marvell-Consulting/statswales-backend",
    ],
    "notify-email-correspondence-services": [
        "intellectual-property-office/Outreach-Patents",
        "companieshouse/chs-email-sender-java",
        "dvla/olev-ses",
    ],
    "nunjucks-frontend-component-kits": ["dvla/dvla_internal_frontend_toolkit"],
    "react-design-system-packages": [
        "GIG-Cymru-NHS-Wales/public-good-design-system-with-svelte-typescript",
    ],
    "organisation-project-starter-templates": [
        "DHCW-Digital-Health-and-Care-Wales/Kainos-APIM-Development",
        "Public-Health-Wales/phwcookiecutter",
    ],
    "software-catalogue-dashboards": ["ONSdigital/keh-digital-landscape"],
    "online-survey-runners": ["Work-In-Progress-For-Health/dhcw360"],
    "csv-to-mongodb-loaders": ["companieshouse/elasticsearch-data-loader"],
}
