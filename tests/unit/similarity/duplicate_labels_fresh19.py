"""A nineteenth held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 7 December 2026, in the thirteenth session of that day, for the NEXT session to score
once at its start and once at its end (means only) and never to tune on. Not scored yet. It was
written by reading only the data: ingest/data/snapshot/repositories.jsonl (names, descriptions,
READMEs, languages, file listings, manifests) with its `organisation` field for ownership, and
organisations.yaml (and SOURCE.md beside it) for the names of bodies. Candidates were found from a
list of all 445 repositories and with small Python scripts that grep the JSONL for the job a
repository does, in several wordings, and then by reading their descriptions, READMEs, file
listings and manifests. Nothing under search/, web/, catalogue/, ingest/ (other than its data),
cli/, docs/ or bench/ was read or run, no catalogue output and nothing that computes similarity was
used, no test was run before the quick format checks named in the brief, and git was not used.
duplicate_labels_fresh15.py was read for its format only (its docstring, its groups and the first
entries of its ambiguous lists; none of its groups is reused). The other duplicate-label files
(duplicate_labels.py, duplicate_labels_2026.py, duplicate_labels_fresh.py and
duplicate_labels_fresh2.py to duplicate_labels_fresh18.py) were only imported by throwaway scripts
that printed counts and marks, never their contents: for each candidate group, how many
repositories it shares with the most similar earlier group (231 earlier groups) and how many
earlier groups share two or more with it; for each candidate repository, how many earlier groups
hold it; for each cross-organisation pair of candidates, whether any earlier group holds both (a
yes/no mark); and the snapshot repositories that no earlier group holds (159, 64 of them Bangor's
speech and language work, which has no counterpart in another body). 107 candidate groups were
checked in six rounds; most repeated a pair an earlier set already holds (the earlier sets cover
nearly every plain cross-organisation duplicate in the snapshot). The groups below were built only
from pairs that no earlier group holds; each shares at most one repository with any earlier
group, so none shares two or more. Several are looser overlaps than the earlier sets' best ones,
and each is a pair: where a third body's repository would have repeated an earlier pair, it is
listed as ambiguous instead.

Each group's evidence is in the repositories' own words:

- go-http-client-libraries: ONS dp-net ("Network library, containing an HTTP client and Server";
  "a base http Server and Client to be used by all ONS digital publishing services", with timeouts
  and exponential backoff) and Companies House api-sdk-manager-go-library (a Go library that
  "determines whether to initialise an OAuth2 or API Key-authenticated http client" for services
  calling the body's APIs): shared Go libraries that hand every service its HTTP client.
- rabbitmq-setup: ONS eq-messaging ("Repository for holding RabbitMQ configuration": an Ansible
  playbook that builds a clustered, highly available RabbitMQ, with send.py and receive.py) and
  DVLA oepp-audit-service ("RabbitMQ (version 3.3.5 and above) is required", with rabbit.config and
  a rabbit-setup.sh that creates "the exchange and related queues that these services expect"):
  each body scripts its own RabbitMQ set-up.
- sign-in-identity-providers: DVLA government-gateway-stub ("A simple OpenID Connect identity
  provider with signup and login", built on oidc-provider) and NHS Wales wauth ("browser-based
  sign-in system for our health and care applications", "a simple sign in, using a typical web page
  dialog box", on Microsoft Entra and MSAL): sign-in services that each body runs for its web apps.
- multi-step-question-flows: DVLA dvla-wizardflow (a Rails engine because "GOV.UK services
  normally follow an approach where data is collected over a number of steps"; it manages "the
  defined steps and the storage of the data in those steps") and the Legal Innovation Lab's
  regulatory-navigation-tool ("HTML5, CSS3 & Javascript implementation of the interactive
  Regulatory Navigation Tool"): web pages that walk a user through a sequence of questions.
- design-system-documentation: ONS ons-interaction-design-library (an Astro Starlight
  documentation site for the ONS interaction design library) and DHCW single-record-design-system
  ("A design system for the Single Record programme", with foundations, components, patterns,
  accessibility guidance and decision records in Markdown): documented design libraries of UI
  patterns for a body's products.
- publish-files-to-s3: ONS dp-static-file-publisher (part of the Static Files System, "responsible
  for moving files that have been published" to the public bucket, on dp-s3) and Companies House
  s3-content-type-fixer ("upload content to S3 ... keeping the original folder structure with
  correct MIME type", boto3): tools that put a body's static files into S3 for serving.
- project-starter-templates: Companies House node-review-web-starter-ts ("designed to allow you to
  very quickly create a GOV_UK web app using Typescript/Node.js") and ONS ons-python-template
  ("a template for creating a Python project, complete with fundamental tooling and
  configuration"): template repositories from which a body's new projects start.
- document-rendering-services: ONS dp-table-renderer ("Given json defining a table, capable of
  rendering a table in multiple formats", excelize for spreadsheets) and Companies House
  document-generator ("for generating documents": accounts, company report and prosecution
  modules): services that turn structured data into documents on request.
- fhir-bundle-submission-apis: Work In Progress For Health gp-documents-api (an API that "accepts
  FHIR R4 Bundles (type=transaction) containing clinical documents" and delivers them to GP
  systems) and DHCW wccg-pas-referrals-api ("an ASP.NET Core API that provides endpoints for
  handling Referrals", Hl7.Fhir.R4, with bundle creation for eReferrals): APIs that receive
  clinical FHIR bundles from other systems.
- elasticsearch-go-code: ONS dp-elasticsearch ("Elasticsearch library to create an elasticsearch
  client", a wrapper around go-elasticsearch) and Companies House elasticsearch-data-loader ("A tool
  that Loads data from MongoDB into ElasticSearch", in Go with its own eshttp package): Go code that
  each body wrote to talk to Elasticsearch.
- public-website-renderers: ONS dp-frontend-renderer (renders the pages of ons.gov.uk from
  templates, with SUPPORTED_LANGUAGES en and cy and toml localisation files) and Companies House
  ch.gov.uk ("The Companies House public beta service core web application", with templates and
  an i18n folder): the server-side renderer of each body's public website.

Conventions as in duplicate_labels_fresh.py: every cross-organisation pair inside a group is a
positive (11 here, one per group), and FRESH19_AMBIGUOUS lists related work whose pairs with the
group are ignored.
"""

from __future__ import annotations

FRESH19_GROUPS: dict[str, list[str]] = {
    "go-http-client-libraries": [
        "ONSdigital/dp-net",
        "companieshouse/api-sdk-manager-go-library",
    ],
    "rabbitmq-setup": [
        "ONSdigital/eq-messaging",
        "dvla/oepp-audit-service",
    ],
    "sign-in-identity-providers": [
        "dvla/government-gateway-stub",
        "GIG-Cymru-NHS-Wales/wauth",
    ],
    "multi-step-question-flows": [
        "dvla/dvla-wizardflow",
        "Legal-Innovation-Lab-Wales/regulatory-navigation-tool",
    ],
    "design-system-documentation": [
        "ONSdigital/ons-interaction-design-library",
        "DHCW-Digital-Health-and-Care-Wales/single-record-design-system",
    ],
    "publish-files-to-s3": [
        "ONSdigital/dp-static-file-publisher",
        "companieshouse/s3-content-type-fixer",
    ],
    "project-starter-templates": [
        "companieshouse/node-review-web-starter-ts",
        "ONSdigital/ons-python-template",
    ],
    "document-rendering-services": [
        "ONSdigital/dp-table-renderer",
        "companieshouse/document-generator",
    ],
    "fhir-bundle-submission-apis": [
        "Work-In-Progress-For-Health/gp-documents-api",
        "DHCW-Digital-Health-and-Care-Wales/wccg-pas-referrals-api",
    ],
    "elasticsearch-go-code": [
        "ONSdigital/dp-elasticsearch",
        "companieshouse/elasticsearch-data-loader",
    ],
    "public-website-renderers": [
        "ONSdigital/dp-frontend-renderer",
        "companieshouse/ch.gov.uk",
    ],
}

FRESH19_AMBIGUOUS: dict[str, list[str]] = {
    "go-http-client-libraries": [
        "companieshouse/sdk-manager-node",
        "companieshouse/api-sdk-node",
        "ONSdigital/dp-api-clients-go",
    ],
    "rabbitmq-setup": [
        "dvla/oepp-customer-portal",
        "dvla/sdl-opensource",
    ],
    "sign-in-identity-providers": [
        "ONSdigital/dp-identity-api",
        "GIG-Cymru-NHS-Wales/demo-microsoft-entra",
        "GIG-Cymru-NHS-Wales/microsoft-entra-external-tenant-authentication-example-using-javascript",
        "GIG-Cymru-NHS-Wales/authentication",
        "companieshouse/forgerock-cloud-config",
        "companieshouse/third-party-harness-oidc",
        "companieshouse/ch-account-ui",
    ],
    "multi-step-question-flows": [
        "dvla/Fitness-to-Drive-Pageflow",
        "Legal-Innovation-Lab-Wales/scenario-platform",
        "ONSdigital/eq-questionnaire-runner",
    ],
    "design-system-documentation": [
        "Sport-Wales/design-guides",
        "ONSdigital/design-system",
        "nwisbeta/mobile-app-design",
    ],
    "publish-files-to-s3": [
        "ONSdigital/dp-s3",
        "ONSdigital/dp-upload-service",
        "dvla/olev-rails-s3",
    ],
    "project-starter-templates": [
        "companieshouse/node-review-web-starter-js",
        "Public-Health-Wales/phwcookiecutter",
        "intellectual-property-office/ctc-hello-world",
        "Sport-Wales/sport-wales-project-template",
        "Sport-Wales/template",
        "ONSdigital/onsrap",
    ],
    "document-rendering-services": [
        "dvla/pdf-generator",
        "companieshouse/go-tiff2pdf",
        "ONSdigital/dp-map-renderer",
    ],
    "fhir-bundle-submission-apis": [
        "DHCW-Digital-Health-and-Care-Wales/NWRI-eReferrals-Service-App",
        "DHCW-Digital-Health-and-Care-Wales/wccg-eReferrals-service-app",
        "DHCW-Digital-Health-and-Care-Wales/wccg-dental-mock-ui",
    ],
    "elasticsearch-go-code": [
        "dvla/kaping",
        "ONSdigital/dp-search-api",
        "companieshouse/search.api.ch.gov.uk",
        "ONSdigital/address-index-data",
    ],
    "public-website-renderers": [
        "ONSdigital/dp-renderer",
        "ONSdigital/dp-frontend-router",
    ],
}
