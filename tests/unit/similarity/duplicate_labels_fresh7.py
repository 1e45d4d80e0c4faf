"""A seventh held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 6 December 2026, at the end of that day's session, for the NEXT session to score once
before and once after its work (means only) and never to tune on. Not scored yet. It was written by
reading only the data: ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs,
languages, file listings, manifests) with its `organisation` field for ownership, and
organisations.yaml for the names of bodies. Candidates were found by grepping for the job a
repository does, in several wordings, then reading their descriptions, READMEs and manifests. No
code under search/ or web/, no catalogue output and nothing that computes similarity was read or
run. duplicate_labels_fresh6.py was read for its docstring only; the other duplicate-label files
were only imported by a script that printed counts, to make sure no group here shares two or more
repositories with any of their groups. Nearly every plain cross-organisation duplicate in the
snapshot was already labelled there (a first draft of seventeen groups here all collided), so these
groups are pairs, most described in different words by their two bodies; each group's evidence is
in the repositories' own descriptions, READMEs, file listings or manifests.

Conventions as in duplicate_labels_fresh.py: every cross-organisation pair inside a group is a
positive, and FRESH7_AMBIGUOUS lists related work whose pairs with the group are ignored.
"""

from __future__ import annotations

FRESH7_GROUPS: dict[str, list[str]] = {
    "fabricated-test-records": [
        "companieshouse/test-data-generator",
        "GIG-Cymru-NHS-Wales/testing",
    ],
    "developer-portal-page-builders": [
        "nwisbeta/api-user-guide-publisher",
        "ONSdigital/dp-developer-site",
    ],
    "published-api-description-sources": [
        "nwisbeta/api-catalogue",
        "companieshouse/specs.developer.ch.gov.uk",
    ],
    "own-stylesheets-over-government-frontend": [
        "intellectual-property-office/Assets",
        "welsh-revenue-authority/wra-frontend",
    ],
    "public-statistics-browsing-sites": [
        "Marvell-Consulting/statswales-frontend",
        "ONSdigital/explore-local-statistics-app",
    ],
    "permission-decisions-for-users": [
        "GIG-Cymru-NHS-Wales/authority-services-example",
        "ONSdigital/dp-authorisation",
    ],
    "data-coding-exercises-for-staff": [
        "NHSWalesDeliveryUnit/IntroR",
        "dvla/data-engineering-coding-exercises",
    ],
    "house-logging-modules": ["dvla/herodotus", "companieshouse/Log-Declare"],
    "govuk-elements-in-house-packaging": ["dvla/gds-elements-haml", "companieshouse/ch-frontend"],
    "bilingual-jekyll-team-sites": [
        "nrw-digital/week-notes",
        "Welsh-Revenue-Authority/property-data-poc",
    ],
    "statistics-publishing-back-office": [
        "Marvell-Consulting/statswales-backend",
        "ONSdigital/dis-wagtail",
    ],
}

FRESH7_AMBIGUOUS: dict[str, list[str]] = {
    "fabricated-test-records": [
        "techiaith/enwau_ffug",
        "nwisbeta/linqpad-scripts",
        "GIG-Cymru-NHS-Wales/nhs-number-replacer-cli-using-rust",
    ],
    "developer-portal-page-builders": [
        "companieshouse/docs.developer.ch.gov.uk",
        "nwisbeta/nhswales-developer-portal",
        "nwisbeta/api-management-developer-portal",
    ],
    "published-api-description-sources": [
        "companieshouse/docs.developer.ch.gov.uk",
        "nwisbeta/api-user-guide-publisher",
        "ONSdigital/dp-developer-site",
    ],
    "own-stylesheets-over-government-frontend": [
        "DHCW-Digital-Health-and-Care-Wales/nhsw-component-library",
        "dvla/dvla_internal_frontend_toolkit",
        "intellectual-property-office/Automation",
    ],
    "public-statistics-browsing-sites": [
        "ONSdigital/dp-census-atlas",
        "Marvell-Consulting/statswales",
    ],
    "permission-decisions-for-users": [
        "companieshouse/api-security-java",
        "companieshouse/web-security-node",
    ],
    "data-coding-exercises-for-staff": [
        "DHCW-Digital-Health-and-Care-Wales/playwright-training",
        "public-health-wales-health-intelligence/NHS-R-Conference",
    ],
    "house-logging-modules": [
        "ONSdigital/ons-json-logger",
        "ONSdigital/dp-logging",
        "companieshouse/ch-structured-logging-node",
    ],
    "govuk-elements-in-house-packaging": [
        "dvla/dvla_internal_frontend_toolkit",
        "intellectual-property-office/Assets",
    ],
    "bilingual-jekyll-team-sites": [
        "Sport-Wales/digital-team-site",
        "wgdsu/wgdsu.github.io",
        "GIGCymru/product-briefs",
    ],
    "statistics-publishing-back-office": [
        "ONSdigital/dp-dataset-api",
        "ONSdigital/dp-zebedee-sdk-go",
    ],
}
