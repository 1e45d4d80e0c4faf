"""A fresh, held-out set of duplicated-effort groups across organisations, for one honest final score.

Written on 4 December 2026 by reading only the data: ingest/data/snapshot/repositories.jsonl (names,
descriptions, READMEs, languages, files, manifests) and its `organisation` field for ownership. The
labeller read no code under search/ or web/, no catalogue output, and ran nothing that computes
similarity. duplicate_labels.py and duplicate_labels_2026.py were read only for their shape and to
choose other jobs, so no group here repeats or overlaps one of theirs.

Same conventions: every cross-organisation pair inside a group is a positive, and FRESH_AMBIGUOUS
lists related work whose pairs with the group are ignored. Not scored yet: score it once, at the
end, and never tune against it.
"""

from __future__ import annotations

FRESH_GROUPS: dict[str, list[str]] = {
    "local development stacks run with Docker Compose": [
        "companieshouse/chs-dev",
        "ONSdigital/dp-compose",
    ],
    "client SDKs for an organisation's own APIs": [
        "companieshouse/api-sdk-node",
        "ONSdigital/dp-api-clients-go",
        "ONSdigital/dp-zebedee-sdk-go",
    ],
    "mock or stub versions of an upstream service for development": [
        "nwisbeta/dhew-mocks",
        "ONSdigital/eq-runner-mock-sds",
        "dvla/government-gateway-stub",
    ],
    "demonstration client applications for an organisation's API": [
        "companieshouse/third-party-test-harness",
        "companieshouse/third-party-harness-oidc",
        "nwisbeta/democlientdiagnosticreports",
    ],
    "file ingestion pipelines": [
        "dvla/sifft",
        "ONSdigital/dp-data-pipelines",
    ],
    "dashboards of deployed services and their versions": [
        "companieshouse/services-dashboard-web",
        "companieshouse/services-dashboard-api",
        "intellectual-property-office/fe-dashboard-ui",
    ],
    "catalogues of an organisation's repositories and technologies": [
        "GIGCymru/Solutions-Exchange",
        "ONSdigital/keh-digital-landscape",
    ],
    "command-line tools to read and republish queue messages": [
        "dvla/aws-sqs-utility",
        "companieshouse/kafka-management-tool",
    ],
    "authorisation libraries for services": [
        "ONSdigital/dp-authorisation",
        "companieshouse/api-security-java",
        "companieshouse/web-security-node",
    ],
    "scripts that download published statistics into files": [
        "NHS-Executive/GoogleColab_NHFD_WebScraper",
        "Marvell-Consulting/statswales-data-grabber",
        "wgdsu/wales-ookla-data",
    ],
    "searching industry and occupation classification codes": [
        "companieshouse/sic-code-api",
        "ONSdigital/eq-suggest-api",
        "datasciencecampus/classifai",
    ],
    "reusable AWS infrastructure-as-code modules": [
        "companieshouse/terraform-library-ecs-cluster",
        "companieshouse/terraform-library-ecs-service",
        "companieshouse/terraform-library-elasticache",
        "dvla/lab-common-cdk-tools",
    ],
    "removing personal identifiers from text": [
        "techiaith/anonymeiddiwr-beta",
        "GIG-Cymru-NHS-Wales/nhs-number-replacer-cli-using-rust",
    ],
    "R training material for health analysts": [
        "NHSWalesDeliveryUnit/IntroR",
        "public-health-wales-health-intelligence/NHS-R-Conference",
    ],
    "engines for multi-step question journeys": [
        "dvla/dvla-wizardflow",
        "dvla/Fitness-to-Drive-Pageflow",
        "ONSdigital/eq-questionnaire-runner",
        "ONSdigital/eq-survey-runner",
    ],
}

# Related to a group without clearly doing the same job: pairs with its members are ignored.
FRESH_AMBIGUOUS: dict[str, list[str]] = {
    "local development stacks run with Docker Compose": ["ONSdigital/dp-cli"],
    "client SDKs for an organisation's own APIs": [
        "companieshouse/sdk-manager-node",
        "companieshouse/api-sdk-manager-go-library",
        "techiaith/archgof-client",
    ],
    "mock or stub versions of an upstream service for development": [
        "DHCW-Digital-Health-and-Care-Wales/wccg-dental-mock-ui",
    ],
    "demonstration client applications for an organisation's API": [
        "DHCW-Digital-Health-and-Care-Wales/wccg-dental-mock-ui",
        "GIG-Cymru-NHS-Wales/microsoft-entra-external-tenant-authentication-example-using-javascript",
    ],
    "file ingestion pipelines": [
        "ONSdigital/onsrap",
        "ONSdigital/ons-utils",
        "ONSdigital/csvcubed",
    ],
    "dashboards of deployed services and their versions": ["ONSdigital/keh-digital-landscape"],
    "catalogues of an organisation's repositories and technologies": [
        "companieshouse/services-dashboard-api",
        "companieshouse/services-dashboard-web",
    ],
    "command-line tools to read and republish queue messages": [
        "companieshouse/kafka-error-consumer",
        "ONSdigital/dp-data-tools",
    ],
    "authorisation libraries for services": [
        "ONSdigital/dp-identity-api",
        "companieshouse/go-session-handler",
        "companieshouse/node-session-handler",
        "companieshouse/forgerock-cloud-config",
        "GIG-Cymru-NHS-Wales/wauth",
    ],
    "scripts that download published statistics into files": [
        "Advanced-Analytics-NHS-Wales/Co-Pilot-Demo",
    ],
    "searching industry and occupation classification codes": [
        "companieshouse/sic-code-data",
        "ONSdigital/eq-lookup-api",
    ],
    "reusable AWS infrastructure-as-code modules": [
        "companieshouse/chs-log-scraper",
        "dvla/serverless-apigateway-log-retention",
        "Secure-Data-Environment-GIG-Cymru/sde-nonprod-userspace-servicecatalogue",
    ],
    "R training material for health analysts": ["dvla/data-engineering-coding-exercises"],
    "engines for multi-step question journeys": [
        "Legal-Innovation-Lab-Wales/scenario-platform",
    ],
}
