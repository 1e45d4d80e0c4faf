"""A tenth held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 6 December 2026 for a later session to score once at its start and once at its end
(means only) and never to tune on. Not scored yet. It was written by reading only the data:
ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs, languages, file listings,
manifests) with its `organisation` field for ownership, and organisations.yaml for the names of
bodies. Candidates were found by grepping for the job a repository does, in several wordings, then
reading their descriptions, READMEs, file listings and manifests. No code under search/, web/,
catalogue/, ingest/ (other than its data) or cli/, no catalogue output and nothing that computes
search results or similarity was read or run (neither duplicate_report.py nor ndcg.py). Only the
docstring and layout of duplicate_labels_fresh9.py were read for format; the other duplicate-label
files were only imported by a throwaway script that reported, for each candidate group, how many
repositories it shares with the most-overlapping earlier group (and, for a candidate job, which
cross-organisation pairs no earlier group holds together), so that no group here shares two or
more repositories with any earlier group. After nine earlier sets most plain cross-organisation
duplicates were already labelled, so these groups are small (nine pairs and three triples) and some
extend an earlier job with a member not yet paired; each group's evidence is in the repositories'
own descriptions, READMEs, file listings or manifests:

- developer-hub-guide-sites: NHS Wales's tools that "generate User Guide pages for the NHS Wales
  Developer Portal", Companies House's "Static General Documentation pages for the Companies
  House Developer Hub", and ONS's "Developers site for Address Index API".
- house-frontend-style-builds: IPO's batch script that "will download and compile all UK IPO
  frontend styles" on top of GOV.UK elements, the WRA's "reusable bits of frontend code" that
  builds stylesheets from a copy of Wales GEL, and Companies House's copy of GOV.UK Frontend.
- file-storage-apis: Companies House's API that "provides a generic interface to upload and
  download files" (stored in S3 and virus scanned), and IPO's persistence services (Files, Forms
  and Objects web APIs and clients).
- go-clients-for-own-apis: ONS's "Common client code - in go - for ONS APIs" and Companies House's
  Go SDK manager that initialises an OAuth2 or API-key authenticated HTTP client for its SDK.
- new-service-starter-templates: IPO's HelloWorld microservice, "a Common Tech template ... the
  expected base folder structure to be replicated in any new microservices", and PHW's "template
  repo for Python based projects" (cookiecutter).
- questionnaire-definition-converters: an NHS Wales tool that converts XLSForm questionnaire
  spreadsheets into FHIR Shorthand and FHIR resources, and ONS's CIR converter service that
  converts collection instruments (questionnaires) for the eQ runner.
- in-house-logging-libraries: ONS's "Logging library for DP Java apps" (a Logback wrapper) and
  Companies House's Log::Declare, "a high performance Perl logging module".
- team-blog-sites: the WRA's bilingual Jekyll "team site for the land and property data proof of
  concept" and Sport Wales's "Blog site for the Digital and Service Design Team" ("we work out in
  the open; blogging about our projects").
- technology-estate-dashboards: Companies House's services dashboard web front end (Dependency
  Track, SonarQube and GitHub information per service) and ONS's Digital Landscape ("insights into
  the technologies used across ONS": tech radar, projects and their technologies).
- pdf-document-generators: Companies House's Document Generator (render service, PDF bucket) and
  DVLA's SDL superproject, which publishes a pdf-generator component.
- browser-test-automation-kits: DVLA's gem of "pre-configured browser drivers" (Selenium), DHCW's
  Playwright training ground with browsers pre-installed, and ONS's component-test library whose
  UI steps drive a browser (chromedp).
- message-topic-maintenance-tools: Companies House's command-line tool "to republish kafka
  messages in a given topic", and ONS's data tools (drain a Kafka topic, queue a Kafka message).

Conventions as in duplicate_labels_fresh.py: every cross-organisation pair inside a group is a
positive, and FRESH10_AMBIGUOUS lists related work whose pairs with the group are ignored.
"""

from __future__ import annotations

FRESH10_GROUPS: dict[str, list[str]] = {
    "developer-hub-guide-sites": [
        "nwisbeta/api-user-guide-publisher",
        "companieshouse/docs.developer.ch.gov.uk",
        "ONSdigital/address-index-developers",
    ],
    "house-frontend-style-builds": [
        "intellectual-property-office/Automation",
        "welsh-revenue-authority/wra-frontend",
        "companieshouse/ch-frontend",
    ],
    "file-storage-apis": [
        "companieshouse/file-transfer-service",
        "intellectual-property-office/Services",
    ],
    "go-clients-for-own-apis": [
        "ONSdigital/dp-api-clients-go",
        "companieshouse/api-sdk-manager-go-library",
    ],
    "new-service-starter-templates": [
        "intellectual-property-office/ctc-hello-world",
        "Public-Health-Wales/phwcookiecutter",
    ],
    "questionnaire-definition-converters": [
        "NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir",
        "ONSdigital/eq-cir-converter-service",
    ],
    "in-house-logging-libraries": [
        "ONSdigital/dp-logging",
        "companieshouse/Log-Declare",
    ],
    "team-blog-sites": [
        "Welsh-Revenue-Authority/property-data-poc",
        "Sport-Wales/digital-team-site",
    ],
    "technology-estate-dashboards": [
        "companieshouse/services-dashboard-web",
        "ONSdigital/keh-digital-landscape",
    ],
    "pdf-document-generators": [
        "companieshouse/document-generator",
        "dvla/sdl-opensource",
    ],
    "browser-test-automation-kits": [
        "dvla/dvla-browser-drivers",
        "DHCW-Digital-Health-and-Care-Wales/playwright-training",
        "ONSdigital/dp-component-test",
    ],
    "message-topic-maintenance-tools": [
        "companieshouse/kafka-management-tool",
        "ONSdigital/dp-data-tools",
    ],
}

FRESH10_AMBIGUOUS: dict[str, list[str]] = {
    "developer-hub-guide-sites": [
        "nwisbeta/nhswales-developer-portal",
        "nwisbeta/api-catalogue",
        "nwisbeta/api-management-developer-portal",
        "companieshouse/specs.developer.ch.gov.uk",
        "ONSdigital/dp-developer-site",
    ],
    "house-frontend-style-builds": [
        "intellectual-property-office/Assets",
        "dvla/dvla_internal_frontend_toolkit",
        "dvla/gds-elements-haml",
        "ONSdigital/eq-sass",
        "ONSdigital/ons-pattern-library-starter",
        "DHCW-Digital-Health-and-Care-Wales/nhsw-component-library",
        "nwisbeta/nhswales-frontend",
    ],
    "file-storage-apis": [
        "ONSdigital/dp-files-api",
        "ONSdigital/dp-upload-service",
        "ONSdigital/dp-download-service",
        "ONSdigital/dp-static-file-publisher",
        "ONSdigital/dp-s3",
        "companieshouse/s3-content-type-fixer",
        "intellectual-property-office/ctc-file-sanitise",
    ],
    "go-clients-for-own-apis": [
        "companieshouse/api-sdk-node",
        "companieshouse/sdk-manager-node",
        "ONSdigital/dp-zebedee-sdk-go",
        "ONSdigital/dp-net",
    ],
    "new-service-starter-templates": [
        "ONSdigital/ons-python-template",
        "companieshouse/node-review-web-starter-ts",
        "companieshouse/node-review-web-starter-js",
        "Sport-Wales/template",
        "Sport-Wales/sport-wales-project-template",
        "dvla/oepp-project-archetypes",
        "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
    ],
    "questionnaire-definition-converters": [
        "ONSdigital/eq-json-version-converter",
        "ONSdigital/eq-publisher",
        "ONSdigital/eq-publisher-v3",
        "ONSdigital/eq-cir-proxy-service",
    ],
    "in-house-logging-libraries": [
        "ONSdigital/ons-json-logger",
        "dvla/herodotus",
        "companieshouse/ch-structured-logging-node",
    ],
    "team-blog-sites": [
        "nrw-digital/week-notes",
        "dvla/dvla.github.io",
        "wgdsu/wgdsu.github.io",
        "nwisbeta/github.io",
    ],
    "technology-estate-dashboards": [
        "companieshouse/services-dashboard-api",
        "intellectual-property-office/fe-dashboard-ui",
    ],
    "pdf-document-generators": [
        "dvla/pdf-generator",
        "companieshouse/go-tiff2pdf",
    ],
    "browser-test-automation-kits": [
        "dvla/evl-screenshot-helper",
        "dvla/atlas",
        "dvla/dvla-reportportal-ruby",
        "GIG-Cymru-NHS-Wales/postman-examples-using-newman",
    ],
    "message-topic-maintenance-tools": [
        "companieshouse/kafka-error-consumer",
        "dvla/aws-sqs-utility",
        "ONSdigital/dp-cli",
    ],
}
