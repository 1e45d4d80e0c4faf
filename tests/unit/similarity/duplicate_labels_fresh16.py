"""A sixteenth held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 7 December 2026, in the tenth session, for the next session to score once at its start
and once at its end (means only) and never to tune on. Not scored yet. It was written by reading
only the data: ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs, languages,
file listings, manifests) with its `organisation` field for ownership, and organisations.yaml for
the names of bodies. Candidates were found by grepping for the job a repository does, in several
wordings, and by a throwaway word-overlap score over descriptions, READMEs and manifests written
for the purpose, then reading the candidates' descriptions, READMEs, file listings and manifests.
No code under search/, web/, catalogue/, ingest/ (other than its data), cli/, bench/ or docs/, no
catalogue output and nothing of the project that computes search results or similarity was read or
run (neither duplicate_report.py nor ndcg.py; pytest only for the label-shape checks once this file
was finished). Only the docstring and first group of duplicate_labels_fresh14.py were read, for
format; duplicate_labels_fresh15.py was not opened. The earlier duplicate-label modules (GROUPS,
GROUPS_2026 and the fresh to fresh15 groups) were only imported by throwaway scripts that reported,
for each candidate group, the largest number of repositories it shares with any single earlier
group (and, to skip candidates, whether a candidate pair already sat together in one). After
fifteen earlier sets nearly every plain cross-organisation duplicate was already labelled: of
some three hundred candidate groups and pairs tried, most shared two repositories with an earlier
group and were dropped, and many others were dropped on reading as not the same job, so no group
here shares two or more repositories with any earlier group. What is left is ten pairs and one
triple, and several groups are looser than in earlier sets (the same job done at a different
scale or in a different form); each group's evidence is in the repositories' own descriptions,
READMEs, file listings or manifests:

- development-standards-guides: Sport Wales's design guides, "the official design and development
  documentation for Sport Wales digital products" (brand guidelines, component functionality,
  global style sheet, project template), and Companies House's styleguides, "a collection of
  standards for development" (language standards, README, logging and health-check guidelines).
- authenticated-api-sdk-clients: ONS's Golang SDK for the Zebedee CMS (sessions, users, collections,
  teams) and Companies House's SDK managers for Go and Node, which initialise an SDK "with an
  authenticated HTTP client" (OAuth2 or API key) for calling their APIs.
- multipart-uploads-to-s3: ONS's upload service, which lets consumers "upload a large file ... in
  multiple parts" stored in AWS S3, and DVLA's OLEV Rails application that "shows how files can be
  uploaded to AWS S3".
- design-system-starter-apps: the Sport Wales Project Template, "a comprehensive foundation for
  building React applications that align with Sport Wales' design system", and ONS's "demo of
  design system implemented in Python and Flask", which loads the design system's templates.
- scss-component-libraries: DHCW's "starter SCSS component library using Dart Sass" compiled to one
  CSS file, and Companies House's ch-frontend, its copy of GOV.UK Frontend, the SCSS and components
  "to start building a user interface for government platforms and services".
- api-developer-documentation-sites: ONS's "Developers site for Address Index API" (Flask) and the
  NHS Wales API Catalogue, whose files "generate documentation and user guides for NHS Wales APIs"
  published on developer.nhs.wales.
- feedback-collection-web-apps: Sport Wales's Athlete's Voice platform, where athletes "share their
  experiences" and anonymous feedback, and Work In Progress For Health's web app "for custom staff
  surveys ... for DHCW Values-Based 360 Feedback".
- stand-in-services-for-integration-testing: DHCW's dental mock, which "simulates UI for sending
  requests to eReferral API" in development, and ONS's "simple FastAPI to mock the SDS service
  required by eq-runner".
- fhir-r4-health-apis: DHCW's Kainos APIM exemplar, a Patient Demographics API on Hl7.Fhir.R4 with
  contract and performance tests, and Work In Progress For Health's GP Practice Document
  Submission API, which "accepts FHIR R4 Bundles" (HAPI FHIR R4 in its manifest).
- test-nhs-number-tooling: the nwisbeta LINQPad scripts (nhs-number-generator.linq) "for
  developers/testers working at NHS" and GIG Cymru's nhs-number crate, which parses and validates
  NHS Numbers, documents the test range 999 000 0000 to 999 999 9999 and depends on rand.
- image-handling-services: IPO's Services repository (IPO.ImageConverter, IPO.ImageResizer and a
  files persistence API) and ONS's Digital Publishing Image API, which stores images and produces
  image-uploaded and image-published events.

Conventions as in duplicate_labels_fresh.py: every cross-organisation pair inside a group is a
positive, and FRESH16_AMBIGUOUS lists related work whose pairs with the group are ignored.
"""

from __future__ import annotations

FRESH16_GROUPS: dict[str, list[str]] = {
    "development-standards-guides": [
        "Sport-Wales/design-guides",
        "companieshouse/styleguides",
    ],
    "authenticated-api-sdk-clients": [
        "ONSdigital/dp-zebedee-sdk-go",
        "companieshouse/api-sdk-manager-go-library",
        "companieshouse/sdk-manager-node",
    ],
    "multipart-uploads-to-s3": [
        "ONSdigital/dp-upload-service",
        "dvla/olev-rails-s3",
    ],
    "design-system-starter-apps": [
        "Sport-Wales/sport-wales-project-template",
        "ONSdigital/design-system-python-flask-demo",
    ],
    "scss-component-libraries": [
        "DHCW-Digital-Health-and-Care-Wales/nhsw-component-library",
        "companieshouse/ch-frontend",
    ],
    "api-developer-documentation-sites": [
        "ONSdigital/address-index-developers",
        "nwisbeta/api-catalogue",
    ],
    "feedback-collection-web-apps": [
        "Sport-Wales/athlete-experience-portal",
        "Work-In-Progress-For-Health/dhcw360",
    ],
    "stand-in-services-for-integration-testing": [
        "DHCW-Digital-Health-and-Care-Wales/wccg-dental-mock-ui",
        "ONSdigital/eq-runner-mock-sds",
    ],
    "fhir-r4-health-apis": [
        "DHCW-Digital-Health-and-Care-Wales/Kainos-APIM-Development",
        "Work-In-Progress-For-Health/gp-documents-api",
    ],
    "test-nhs-number-tooling": [
        "nwisbeta/linqpad-scripts",
        "GIG-Cymru-NHS-Wales/nhs-number-using-rust",
    ],
    "image-handling-services": [
        "intellectual-property-office/Services",
        "ONSdigital/dp-image-api",
    ],
}

FRESH16_AMBIGUOUS: dict[str, list[str]] = {
    "development-standards-guides": [
        "GIGCymru/dhcw-software-engineering-handbook",
        "nwisbeta/mobile-app-design",
        "dvla/dvla-lint-ruby",
    ],
    "authenticated-api-sdk-clients": [
        "companieshouse/api-sdk-node",
        "ONSdigital/dp-api-clients-go",
    ],
    "multipart-uploads-to-s3": [
        "companieshouse/file-transfer-service",
        "ONSdigital/dp-files-api",
        "companieshouse/s3-content-type-fixer",
    ],
    "design-system-starter-apps": [
        "companieshouse/node-review-web-starter-ts",
        "companieshouse/node-review-web-starter-js",
        "ONSdigital/ons-pattern-library-starter",
    ],
    "scss-component-libraries": [
        "ONSdigital/eq-sass",
        "intellectual-property-office/Assets",
        "dvla/dvla_internal_frontend_toolkit",
        "welsh-revenue-authority/wra-frontend",
    ],
    "api-developer-documentation-sites": [
        "ONSdigital/dp-developer-site",
        "nwisbeta/nhswales-developer-portal",
        "companieshouse/docs.developer.ch.gov.uk",
        "nwisbeta/api-user-guide-publisher",
    ],
    "feedback-collection-web-apps": [
        "Work-In-Progress-For-Health/gig-cymru-igdc-dryw",
        "Legal-Innovation-Lab-Wales/include-journey",
    ],
    "stand-in-services-for-integration-testing": [
        "nwisbeta/dhew-mocks",
        "DHCW-Digital-Health-and-Care-Wales/wccg-pas-referrals-mock-ui",
        "dvla/government-gateway-stub",
    ],
    "fhir-r4-health-apis": [
        "nwisbeta/Pyro",
        "DHCW-Digital-Health-and-Care-Wales/NWRI-eReferrals-Service-App",
    ],
    "test-nhs-number-tooling": [
        "GIG-Cymru-NHS-Wales/nhs-number-replacer-cli-using-rust",
        "Work-In-Progress-For-Health/nhs-number-using-rust",
        "GIG-Cymru-NHS-Wales/testing",
    ],
    "image-handling-services": [
        "ONSdigital/dp-files-api",
    ],
}
