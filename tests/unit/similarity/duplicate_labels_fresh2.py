"""A second fresh, held-out set of duplicated-effort groups across organisations, for one honest final score.

Written on 4 December 2026 from the data alone. The labeller read only
ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs, languages, files, manifests),
took ownership from its `organisation` field (checked against /work/shared/data/organisations.yaml),
and searched it with grep, jq and small Python one-liners: first every description, then the READMEs
of candidates, asking which repositories of different bodies do the same job. The labeller read no
code under search/, web/, catalogue/ or ingest/*.py, looked at no clusters or similarity output, and
ran nothing that computes similarity. duplicate_labels.py, duplicate_labels_2026.py and
duplicate_labels_fresh.py were read only for their shape and to choose other jobs, so no group here
repeats or overlaps one of theirs. A repository that appears in one of theirs appears here only
where this group is a different job.

Same conventions: every cross-organisation pair inside a group is a positive, and FRESH2_AMBIGUOUS
lists related work whose pairs with the group are ignored. Not scored yet: score it once, at the
end, and never tune against it.
"""

from __future__ import annotations

FRESH2_GROUPS: dict[str, list[str]] = {
    "checking text against a maintained list of restricted words": [
        "intellectual-property-office/ctc-dictionary",
        "companieshouse/restricted-word-web",
    ],
    "converting questionnaire definitions from one format into another": [
        "NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir",
        "ONSdigital/eq-publisher",
        "ONSdigital/eq-publisher-v3",
        "ONSdigital/eq-json-version-converter",
    ],
    "services for uploading, versioning and publishing statistical datasets": [
        "Marvell-Consulting/statswales",
        "Marvell-Consulting/statswales-backend",
        "Marvell-Consulting/statswales-frontend",
        "ONSdigital/dp-dataset-api",
    ],
    "turning statistical CSV tables into data cubes": [
        "Marvell-Consulting/statswales-candidate-cube",
        "ONSdigital/csvcubed",
    ],
    "starter templates for a new web application or service": [
        "companieshouse/node-review-web-starter-js",
        "companieshouse/node-review-web-starter-ts",
        "Sport-Wales/sport-wales-project-template",
        "intellectual-property-office/ctc-hello-world",
    ],
    "libraries for building Elasticsearch or OpenSearch requests": [
        "dvla/kaping",
        "ONSdigital/dp-elasticsearch",
    ],
    "batch jobs that build a search index from source data": [
        "companieshouse/elasticsearch-data-loader",
        "ONSdigital/address-index-data",
    ],
    "client libraries wrapping a message queue for services": [
        "ONSdigital/dp-kafka",
        "dvla/sqs-extended-client",
    ],
    "thin wrapper libraries for reading and writing a data store": [
        "ONSdigital/dp-mongodb",
        "ONSdigital/ons-firestore",
        "ONSdigital/dp-graph",
        "dvla/dataverse-helper",
    ],
    "Welsh and English localisation helpers for web frontends": [
        "companieshouse/ch-node-utils",
        "companieshouse/ch-java-utils",
        "ONSdigital/dp-renderer",
    ],
    "keeping a user's state between web requests": [
        "companieshouse/go-session-handler",
        "companieshouse/node-session-handler",
        "dvla/evl-state-manager",
    ],
    "running an instance of an open-source catalogue of dataset metadata": [
        "techiaith/docker-metashare",
        "AstunTechnology/nrw-custom-geonetwork",
    ],
    "APIs that accept a FHIR bundle, validate it and pass it to a clinical system": [
        "Work-In-Progress-For-Health/gp-documents-api",
        "DHCW-Digital-Health-and-Care-Wales/NWRI-eReferrals-Service-App",
        "DHCW-Digital-Health-and-Care-Wales/wccg-eReferrals-service-app",
    ],
}

# Related to a group without clearly doing the same job: pairs with its members are ignored.
FRESH2_AMBIGUOUS: dict[str, list[str]] = {
    "converting questionnaire definitions from one format into another": [
        "ONSdigital/eq-cir-converter-service",
        "ONSdigital/eq-translations",
        "ONSdigital/eq-author-app",
    ],
    "services for uploading, versioning and publishing statistical datasets": [
        "ONSdigital/dis-wagtail",
        "ONSdigital/ons-data-api",
        "ONSdigital/dp-filter-api",
        "ONSdigital/explore-local-statistics-app",
        "Marvell-Consulting/statswales-candidate-cube",
    ],
    "turning statistical CSV tables into data cubes": [
        "ONSdigital/ons_data_models",
        "Marvell-Consulting/statswales-backend",
    ],
    "starter templates for a new web application or service": [
        "Sport-Wales/template",
        "dvla/oepp-project-archetypes",
        "DHCW-Digital-Health-and-Care-Wales/Kainos-APIM-Development",
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-SampleRepo",
        "GIG-Cymru-NHS-Wales/emergency-department-dashboards",
        "ONSdigital/ons-python-template",
        "Public-Health-Wales/phwcookiecutter",
        "ONSdigital/ons-pattern-library-starter",
    ],
    "libraries for building Elasticsearch or OpenSearch requests": [
        "ONSdigital/dp-search-api",
        "companieshouse/search.api.ch.gov.uk",
        "companieshouse/elasticsearch-data-loader",
    ],
    "batch jobs that build a search index from source data": [
        "ONSdigital/dp-elasticsearch",
        "dvla/kaping",
        "companieshouse/sic-code-data",
    ],
    "client libraries wrapping a message queue for services": [
        "companieshouse/kafka-models",
        "companieshouse/chs-kafka-api-java",
        "dvla/osl-commons-utils",
        "ONSdigital/eq-messaging",
    ],
    "thin wrapper libraries for reading and writing a data store": [
        "dvla/osl-commons-utils",
        "Pathogen-Genomics-Cymru/pathogen-mongodb",
    ],
    "Welsh and English localisation helpers for web frontends": [
        "ONSdigital/dp-frontend-renderer",
        "ONSdigital/eq-translations",
        "techiaith/cymreigio-porwyr",
    ],
    "running an instance of an open-source catalogue of dataset metadata": [
        "epimorphics/nrw-dms-deploy",
        "welsh-revenue-authority/data-landscape",
    ],
    "APIs that accept a FHIR bundle, validate it and pass it to a clinical system": [
        "DHCW-Digital-Health-and-Care-Wales/wccg-pas-referrals-api",
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta",
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-POC",
        "Genomics-Partnership-Wales/HL7ResultsGateway",
        "Genomics-Partnership-Wales/genomics-result-hl7-sender",
        "nwisbeta/Pyro",
    ],
}
