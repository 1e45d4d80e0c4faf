"""A sixth held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 5 December 2026, at the end of that day's session, for the NEXT session to score once
before and once after its work (means only) and never to tune on. Not scored yet. It was written by
reading only the data: ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs,
languages, file listings, manifests) with its `organisation` field for ownership, and
organisations.yaml for the names of bodies. Candidates were found by grepping for the job a
repository does, in several wordings, then reading their descriptions, READMEs and manifests. No
code under search/ or web/, no catalogue output and nothing that computes similarity was read or
run. duplicate_labels_fresh.py was read for its shape; the other duplicate-label files were only
imported by a script that printed counts, to make sure no group here shares two or more
repositories with any of their groups. Most plain cross-organisation duplicates in the snapshot were
already labelled there, so the groups here are small and some jobs are described loosely; each
group's evidence is in the repositories' own descriptions, READMEs, file listings or manifests.

Conventions as in duplicate_labels_fresh.py: every cross-organisation pair inside a group is a
positive, and FRESH6_AMBIGUOUS lists related work whose pairs with the group are ignored.
"""

from __future__ import annotations

FRESH6_GROUPS: dict[str, list[str]] = {
    "automated browser testing of web front ends": [
        "GIG-Cymru-NHS-Wales/testing",
        "dvla/dvla-browser-drivers",
    ],
    "hands-on training exercises for engineers": [
        "DHCW-Digital-Health-and-Care-Wales/playwright-training",
        "dvla/data-engineering-coding-exercises",
    ],
    "web crawlers and scrapers": [
        "CyngorGwyneddDatblygu/Ymlusgwr",
        "NHS-Executive/GoogleColab_NHFD_WebScraper",
    ],
    "comparing the meaning of texts with vector embeddings": [
        "datasciencecampus/classifai",
        "techiaith/tebygrwydd_brawddegau_cymraeg",
    ],
    "checking and cleaning files that users upload": [
        "intellectual-property-office/ctc-file-sanitise",
        "companieshouse/file-transfer-service",
    ],
    "software engineering handbooks and development guides": [
        "GIGCymru/dhcw-software-engineering-handbook",
        "Sport-Wales/design-guides",
    ],
    "AI assistants for writing code and commits": [
        "Advanced-Analytics-NHS-Wales/Co-Pilot-Demo",
        "dvla/opencommit",
    ],
    "interactive web tools that walk staff through an assessment": [
        "Legal-Innovation-Lab-Wales/regulatory-navigation-tool",
        "Sport-Wales/integrated-impact-assessment",
    ],
    "converting spreadsheets into standard interoperable formats": [
        "NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir",
        "ONSdigital/csvcubed",
    ],
    "fixing or validating API and schema definition files": [
        "companieshouse/swagger-fixer",
        "nwisbeta/validate-yaml-schema",
    ],
    "online penalty payment services": [
        "dvla/oepp-customer-portal",
        "dvla/oepp-payment-services",
        "companieshouse/lfp-error-reporter",
    ],
}

# Related to a group without clearly doing the same job: pairs with its members are ignored.
FRESH6_AMBIGUOUS: dict[str, list[str]] = {
    "automated browser testing of web front ends": [
        "DHCW-Digital-Health-and-Care-Wales/playwright-training",
        "dvla/evl-screenshot-helper",
        "dvla/atlas",
        "GIG-Cymru-NHS-Wales/postman-examples-using-newman",
    ],
    "hands-on training exercises for engineers": [
        "NHSWalesDeliveryUnit/IntroR",
        "techiaith/xlsr-fine-tuning-week",
    ],
    "web crawlers and scrapers": [
        "Advanced-Analytics-NHS-Wales/Co-Pilot-Demo",
        "techiaith/wikipedia-extractor",
        "techiaith/speech-corpus-builder",
        "Marvell-Consulting/statswales-data-grabber",
    ],
    "comparing the meaning of texts with vector embeddings": [
        "datasciencecampus/statschat-app",
        "techiaith/word2vec-cy",
        "GIG-Cymru-NHS-Wales/person-similarity-using-rust",
    ],
    "checking and cleaning files that users upload": [
        "ONSdigital/dp-upload-service",
        "intellectual-property-office/ctc-dictionary",
    ],
    "software engineering handbooks and development guides": [
        "companieshouse/styleguides",
        "GIG-Cymru-NHS-Wales/ways-of-working",
        "nwisbeta/mobile-app-design",
    ],
    "AI assistants for writing code and commits": ["dvla/lab-gen"],
    "interactive web tools that walk staff through an assessment": [
        "Legal-Innovation-Lab-Wales/scenario-platform",
    ],
    "converting spreadsheets into standard interoperable formats": [
        "ONSdigital/eq-json-version-converter",
    ],
    "fixing or validating API and schema definition files": [
        "ONSdigital/eq-schema-validator",
        "ONSdigital/eq-questionnaire-validator",
        "companieshouse/specs.developer.ch.gov.uk",
    ],
    "online penalty payment services": [
        "dvla/oepp-core",
        "dvla/oepp-validation",
        "companieshouse/payments.api.ch.gov.uk",
    ],
}
