"""A third fresh, held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 4 December 2026 from the data alone: ingest/data/snapshot/repositories.jsonl (names,
descriptions, READMEs, languages, files, manifests) and its `organisation` field for ownership, with
organisations.yaml for the names of bodies. The labeller scanned every description grouped by job,
then confirmed each candidate pair by reading READMEs, preferring pairs that describe one job in
different words. No code under search/, web/, catalogue/ or cli/ was read, nothing that computes
similarity was run, and no ranking or cluster output was seen. The earlier duplicate label files
(except the second fresh set, which was not opened) were read only for their shape and to choose
jobs none of them covers; a repository that appears there appears here only for a different job.

Same conventions: every cross-organisation pair inside a group is a positive, and FRESH3_AMBIGUOUS
lists related work whose pairs with the group are ignored. Not scored yet: score it once, at the
end, and never tune on it.
"""

from __future__ import annotations

FRESH3_GROUPS: dict[str, list[str]] = {
    "grab-bag utility libraries shared across an organisation's projects": [
        "dvla/osl-commons-utils",
        "companieshouse/ch-node-utils",
        "ONSdigital/ons-utils",
    ],
    "back-end services that store and serve published statistical datasets": [
        "Marvell-Consulting/statswales-backend",
        "ONSdigital/dp-dataset-api",
        "ONSdigital/ons-data-api",
    ],
    "keeping a user's state between requests in web applications": [
        "dvla/evl-state-manager",
        "companieshouse/node-session-handler",
        "companieshouse/go-session-handler",
    ],
    "client libraries wrapping a message queue for producers and consumers": [
        "ONSdigital/dp-kafka",
        "dvla/sqs-extended-client",
    ],
    "clinical data repositories": [
        "nwisbeta/Pyro",
        "freshehr/dhcw-cdr",
    ],
    "serving a service's text in more than one language": [
        "companieshouse/ch-java-utils",
        "ONSdigital/eq-translations",
    ],
    "templates and parent configurations for new back-end services": [
        "intellectual-property-office/ctc-hello-world",
        "dvla/oepp-project-archetypes",
    ],
    "keeping a list of prohibited words and matching text against it": [
        "intellectual-property-office/ctc-dictionary",
        "companieshouse/restricted-word-web",
    ],
    "converting questionnaire definitions from an authoring format into a runnable one": [
        "NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir",
        "ONSdigital/eq-publisher",
        "ONSdigital/eq-publisher-v3",
    ],
    "running an instance of a metadata catalogue for datasets and resources": [
        "AstunTechnology/nrw-custom-geonetwork",
        "techiaith/docker-metashare",
    ],
    "validating structured files against a schema": [
        "ONSdigital/eq-schema-validator",
        "ONSdigital/eq-questionnaire-validator",
        "nwisbeta/validate-yaml-schema",
    ],
    "interactive web visualisations for exploring public data": [
        "Audit-Wales/NetZeroDive",
        "ONSdigital/dp-census-atlas",
    ],
}

# Related to a group without clearly doing the same job: pairs with its members are ignored.
FRESH3_AMBIGUOUS: dict[str, list[str]] = {
    "grab-bag utility libraries shared across an organisation's projects": [
        "techiaith/techiaith-utils",
        "companieshouse/ch-java-utils",
        "ONSdigital/dp-net",
    ],
    "back-end services that store and serve published statistical datasets": [
        "Marvell-Consulting/statswales",
        "Marvell-Consulting/statswales-candidate-cube",
        "ONSdigital/dp-filter-api",
        "ONSdigital/dp-recipe-api",
        "ONSdigital/ons_data_models",
        "ONSdigital/csvcubed",
    ],
    "keeping a user's state between requests in web applications": [
        "companieshouse/web-security-node",
        "dvla/dvla-wizardflow",
    ],
    "client libraries wrapping a message queue for producers and consumers": [
        "companieshouse/kafka-models",
        "companieshouse/email-producer-java",
        "dvla/aws-sqs-utility",
    ],
    "clinical data repositories": [
        "Work-In-Progress-For-Health/gp-documents-api",
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta",
    ],
    "serving a service's text in more than one language": [
        "companieshouse/ch-node-utils",
        "ONSdigital/dp-renderer",
        "techiaith/cymreigio-porwyr",
    ],
    "templates and parent configurations for new back-end services": [
        "ONSdigital/ons-python-template",
        "Public-Health-Wales/phwcookiecutter",
        "dvla/sbt-plugins",
    ],
    "keeping a list of prohibited words and matching text against it": [],
    "converting questionnaire definitions from an authoring format into a runnable one": [
        "ONSdigital/eq-json-version-converter",
        "ONSdigital/eq-cir-converter-service",
    ],
    "running an instance of a metadata catalogue for datasets and resources": [
        "epimorphics/nrw-dms-deploy",
        "welsh-revenue-authority/data-landscape",
    ],
    "validating structured files against a schema": [
        "companieshouse/account-validator-api",
    ],
    "interactive web visualisations for exploring public data": [
        "ONSdigital/explore-local-statistics-app",
        "ONSdigital/dp-map-renderer",
    ],
}
