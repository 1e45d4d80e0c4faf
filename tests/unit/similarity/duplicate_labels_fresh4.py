"""A fourth held-out set of duplicated-effort groups across organisations, for one honest final score.

Written on 5 December 2026 by reading only the data: ingest/data/snapshot/repositories.jsonl (names,
descriptions, READMEs, languages, file listings, manifests) and its `organisation` field for
ownership, plus organisations.yaml for the names of bodies. Candidates were found by grepping that
file for the words of each job and for other words that say the same thing, then reading the
descriptions and READMEs. The labeller read no code under search/, web/, catalogue/ or cli/, no
catalogue, demo or similarity output, and ran nothing that computes similarity.
duplicate_labels.py, duplicate_labels_2026.py and duplicate_labels_fresh.py were read only for their
shape and to choose other jobs. The fresh2 and fresh3 labels were not read: a script only counted
how many groups here share two or more repositories with one of their groups, and every group that
did was replaced, so none does now.

Same conventions as the earlier files: every cross-organisation pair inside a group is a positive,
and FRESH4_AMBIGUOUS lists related work whose pairs with the group are ignored. Not scored yet: score
it once, at the end, and never tune against it.
"""

from __future__ import annotations

FRESH4_GROUPS: dict[str, list[str]] = {
    "user sign-in and identity services": [
        "GIG-Cymru-NHS-Wales/wauth",
        "companieshouse/forgerock-cloud-config",
        "ONSdigital/dp-identity-api",
    ],
    "web apps for building custom surveys and questionnaires": [
        "Work-In-Progress-For-Health/dhcw360",
        "Work-In-Progress-For-Health/gig-cymru-igdc-dryw",
        "ONSdigital/eq-author-app",
    ],
    "published architecture documentation sites": [
        "GIG-Cymru-NHS-Wales/architecture-decision-records",
        "GIGCymru/architecture",
        "nwisbeta/open-architecture",
    ],
    "matching records that refer to the same person": [
        "datasciencecampus/pprl_toolkit",
        "GIG-Cymru-NHS-Wales/person-similarity-using-rust",
    ],
    "showing staff how to code with GitHub Copilot": [
        "Advanced-Analytics-NHS-Wales/Co-Pilot-Demo",
        "DHCW-Digital-Health-and-Care-Wales/playwright-training",
    ],
    "shared definitions of the messages and interfaces between services": [
        "ONSdigital/ons-schema-definitions",
        "companieshouse/kafka-models",
    ],
    "proxy servers that sit in front of back-end services": [
        "ONSdigital/dp-api-router",
        "dvla/proxypy",
    ],
    "public sites describing products and what is planned for them": [
        "DHCW-Digital-Health-and-Care-Wales/product-roadmaps",
        "DHCW-Digital-Health-and-Care-Wales/dhcw-vaccine-roadmap",
        "GIGCymru/product-briefs",
    ],
    "platforms where people record their experiences and share them with staff": [
        "Legal-Innovation-Lab-Wales/include-journey",
        "Sport-Wales/athlete-experience-portal",
    ],
    "services that pass messages from one system into a message broker": [
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-MSMQ-Bridge",
        "companieshouse/chs-kafka-api-java",
    ],
    "chatbots that answer people's questions": [
        "techiaith/macsen-sgwrsfot",
        "datasciencecampus/statschat-app",
    ],
    "publishing change events for other services to consume": [
        "dvla/eventstore-client",
        "companieshouse/chs-delta-api",
    ],
}

# Related to a group without clearly doing the same job: pairs with its members are ignored.
FRESH4_AMBIGUOUS: dict[str, list[str]] = {
    "user sign-in and identity services": [
        "GIG-Cymru-NHS-Wales/demo-microsoft-entra",
        "GIG-Cymru-NHS-Wales/microsoft-entra-external-tenant-authentication-example-using-javascript",
        "GIG-Cymru-NHS-Wales/authentication",
        "dvla/government-gateway-stub",
        "companieshouse/ch-account-ui",
        "companieshouse/node-session-handler",
    ],
    "web apps for building custom surveys and questionnaires": [
        "ONSdigital/eq-author",
        "ONSdigital/eq-author-api",
        "ONSdigital/eq-questionnaire-runner",
        "Sport-Wales/integrated-impact-assessment",
    ],
    "published architecture documentation sites": [
        "GIGCymru/dhcw-software-engineering-handbook",
        "GIGCymru/product-briefs",
        "ONSdigital/ons_mkdocs_theme",
    ],
    "matching records that refer to the same person": [
        "ONSdigital/address-index-api",
        "techiaith/tebygrwydd_brawddegau_cymraeg",
    ],
    "showing staff how to code with GitHub Copilot": [
        "dvla/opencommit",
        "Work-In-Progress-For-Health/ai",
        "companieshouse/styleguides",
    ],
    "shared definitions of the messages and interfaces between services": [
        "companieshouse/specs.developer.ch.gov.uk",
        "ONSdigital/eq-questionnaire-schemas",
        "ONSdigital/dp-kafka",
    ],
    "proxy servers that sit in front of back-end services": [
        "DHCW-Digital-Health-and-Care-Wales/Kainos-APIM-Development",
        "ONSdigital/dp-frontend-router",
        "ONSdigital/eq-cir-proxy-service",
    ],
    "public sites describing products and what is planned for them": [
        "DHCW-Digital-Health-and-Care-Wales/public-backlog-template",
        "National-Data-Resource/.github",
        "GIGCymru/Solutions-Exchange",
    ],
    "platforms where people record their experiences and share them with staff": [
        "Work-In-Progress-For-Health/dhcw360",
        "SeneddCymru/e-petitions",
    ],
    "services that pass messages from one system into a message broker": [
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta",
        "companieshouse/chs-delta-api",
        "ONSdigital/eq-messaging",
    ],
    "chatbots that answer people's questions": [
        "techiaith/macsen",
        "techiaith/macsen-flutter",
        "datasciencecampus/classifai",
    ],
    "publishing change events for other services to consume": [
        "companieshouse/chs-streaming-api-backend",
        "companieshouse/chs-kafka-api-java",
        "ONSdigital/dp-kafka",
    ],
}
