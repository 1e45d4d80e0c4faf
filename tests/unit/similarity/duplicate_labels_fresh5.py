"""A fifth held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 5 December 2026, at the end of that day's session, for the NEXT session to score once
before and once after its work (means only) and never to tune on. It was written by reading only the
data: ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs, languages, file
listings, manifests) with its `organisation` field for ownership, and organisations.yaml for the
names of bodies. Candidates were found by grouping repositories by the job they do, then reading
their descriptions, READMEs and manifests; pairs described in different words were preferred. No
code under search/ or web/, no catalogue output and nothing that computes similarity was read or
run. The earlier duplicate-label files were only imported by a script that printed counts, to make
sure no group here shares two or more repositories with any of their groups.

Conventions as in duplicate_labels_fresh.py: every cross-organisation pair inside a group is a
positive, and FRESH5_AMBIGUOUS lists related work whose pairs with the group are ignored.
"""

from __future__ import annotations

FRESH5_GROUPS: dict[str, list[str]] = {
    "generating fake records for test data": [
        "techiaith/enwau_ffug",
        "companieshouse/test-data-generator",
    ],
    "automated test suites run against an HTTP API": [
        "GIG-Cymru-NHS-Wales/postman-examples-using-newman",
        "ONSdigital/dp-component-test",
    ],
    "design guidelines for an organisation's digital products": [
        "Sport-Wales/design-guides",
        "nwisbeta/mobile-app-design",
    ],
    "an organisation's coding standards and house style rules": [
        "companieshouse/styleguides",
        "dvla/dvla-lint-ruby",
    ],
    "starter templates for new repositories": [
        "intellectual-property-office/ctc-hello-world",
        "ONSdigital/ons-python-template",
        "Sport-Wales/template",
    ],
    "inventories of the technologies and libraries used across an organisation": [
        "ONSdigital/keh-digital-landscape",
        "companieshouse/services-dashboard-api",
    ],
    "uploading files to AWS S3": [
        "ONSdigital/dp-s3",
        "companieshouse/s3-content-type-fixer",
    ],
    "authoring interactive question flows with branching paths": [
        "Legal-Innovation-Lab-Wales/scenario-platform",
        "ONSdigital/eq-author-app",
    ],
    "catalogues of datasets held about Wales": [
        "AstunTechnology/nrw-custom-geonetwork",
        "welsh-revenue-authority/data-landscape",
    ],
    "sending letters and emails through GOV.UK Notify": [
        "companieshouse/chs-gov-uk-notify-integration-api",
        "intellectual-property-office/ctc-correspondence",
        "intellectual-property-office/Outreach-Patents",
    ],
}

FRESH5_AMBIGUOUS: dict[str, list[str]] = {
    "generating fake records for test data": ["GIG-Cymru-NHS-Wales/testing"],
    "automated test suites run against an HTTP API": [
        "DHCW-Digital-Health-and-Care-Wales/playwright-training",
    ],
    "design guidelines for an organisation's digital products": [
        "ONSdigital/ons-interaction-design-library",
        "companieshouse/styleguides",
    ],
    "an organisation's coding standards and house style rules": [
        "GIGCymru/dhcw-software-engineering-handbook",
        "Sport-Wales/design-guides",
    ],
    "starter templates for new repositories": [
        "Public-Health-Wales/phwcookiecutter",
        "Sport-Wales/sport-wales-project-template",
        "companieshouse/node-review-web-starter-ts",
        "companieshouse/node-review-web-starter-js",
    ],
    "inventories of the technologies and libraries used across an organisation": [
        "companieshouse/services-dashboard-web",
    ],
    "uploading files to AWS S3": ["dvla/olev-rails-s3", "companieshouse/file-transfer-service"],
    "authoring interactive question flows with branching paths": [
        "ONSdigital/eq-survey-runner",
        "ONSdigital/eq-questionnaire-runner",
        "ONSdigital/eq-author",
        "dvla/dvla-wizardflow",
    ],
    "catalogues of datasets held about Wales": ["techiaith/docker-metashare"],
    "sending letters and emails through GOV.UK Notify": [
        "companieshouse/chs-notification-sender-api",
        "dvla/email-service",
        "companieshouse/email-producer-java",
    ],
}
