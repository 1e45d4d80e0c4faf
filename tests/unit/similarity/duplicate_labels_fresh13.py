"""A thirteenth held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 6 December 2026, in the seventh session of that day, for the NEXT session to score once
at its start and once at its end (means only) and never to tune on. Not scored yet. It was written
by reading only the data: ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs,
languages, file listings, manifests) with its `organisation` field for ownership, and
organisations.yaml for the names of bodies. Candidates were found with small Python scripts that
grep the JSONL for the job a repository does, in several wordings, and then by reading their
descriptions, READMEs, file listings and manifests. Nothing under search/, web/, catalogue/, docs/
or bench/ was read or run, no catalogue output and nothing that computes similarity was used, and
git was not used. duplicate_labels_fresh11.py was read for its format (docstring and layout) only;
its docstring names its own groups, which were seen in passing and not reused. The other
duplicate-label files (duplicate_labels*.py) were only imported by a script that printed counts:
for each candidate group, how many repositories it shares with the most similar earlier group and
how many earlier groups share two or more with it, and for each repository whether any earlier
group holds it. No group here shares two or more repositories with any earlier group. The earlier
sets already hold nearly every plain cross-organisation duplicate in the snapshot, so these groups
are small, and several add a body that does the same job to a theme an earlier set may already
touch (always with a new pair). Each group's evidence is in the repositories' own words:

- identity-provider-tenant-setup: Companies House's "scripts and configuration for the Companies
  House ForgeRock Identity Cloud tenant" and NHS Wales's Microsoft Entra demonstration with
  "step-by-step instructions for how to set up Microsoft Entra", "create an external tenant for
  authentication" and "registering an application in Microsoft Entra ID".
- token-minting-test-launchers: ONS's eQ launcher, which launches a questionnaire in the survey
  runner from a schema URL ("quick-launch?schema_url=") with signed (JWT) launch claims, and
  Companies House's third-party test harness, "a small Java web application" used for testing,
  "an example application of a third party app gaining an Oauth token and using it for access to
  APIs".
- interoperability-example-collections: NHS Wales's "worldwide-compatible FHIR examples JSON files"
  and "examples of Health Level Seven (HL7) version 2 messages", and freshEHR's DHCW openEHR
  artefacts ("instances: openEHR data instance examples", "aql: openEHR Archetype Query Language
  examples", templates and a Postman collection).
- govuk-based-department-style-packs: DVLA's EVL public code, a Visual Studio solution with "the
  Master page Template Used for TAX, SORN and Vehicle Enquiry services" and "scss files used for
  gov.uk styling", and IPO's Assets, a Visual Studio project that builds "the UK Intellectual
  Property Office frontend UI styling" as "an addon for existing GOV.UK Elements and GOV.UK
  Frontend Toolkit".
- starter-pattern-libraries: ONS's "basic pattern library for the frontend of ons.gov.uk" and
  DHCW's "starter SCSS component library" (tokens, foundations and form components compiled to one
  CSS file).
- questionnaire-and-scenario-builders: ONS's eQ Author front end and its "GraphQL based API for the
  eq-author application" (Author builds questionnaires for the survey runner) and Legal Innovation
  Lab Wales's Scenario Platform, "a too[l] which facilitates the creation and taking of interactive
  scenarios with ... concurrent variables and branching paths".
- nhs-styled-clickable-prototypes: the NHS.Wales prototype kit, which "enables you to make
  interactive prototypes that will look like pages on NHS.Wales", and Public Health Wales's HEF
  prototype, "a prototype web application" built on Jekyll with nhsuk-frontend and Nunjucks.
- fhir-r4-receiving-services: Pyro, "a C# .NET Framework 4.6 ... FHIR server implementing FHIR R4",
  and the GP Practice Document Submission API, "a service that accepts FHIR R4 Bundles
  (type=transaction)" and validates them (its ADR-001 is to use HAPI FHIR).
- s3-file-upload-code: DVLA's Rails application that "shows how files can be uploaded to AWS S3"
  (used in the OLEV admin project) and ONS's dp-s3, a "client to interact with AWS S3" with upload
  and multipart-upload functions.
- kafka-topic-operations-tools: Companies House's consumer "to move messages from a Kafka error
  topic to a retry topic" and ONS's dp-data-tools, whose kafka tools "drain a kafka topic of
  messages" and "queue a kafka message".

Conventions as in duplicate_labels_fresh.py: every cross-organisation pair inside a group is a
positive, and FRESH13_AMBIGUOUS lists related work whose pairs with the group are ignored.
"""

from __future__ import annotations

FRESH13_GROUPS: dict[str, list[str]] = {
    "identity-provider-tenant-setup": [
        "companieshouse/forgerock-cloud-config",
        "GIG-Cymru-NHS-Wales/demo-microsoft-entra",
    ],
    "token-minting-test-launchers": [
        "ONSdigital/eq-questionnaire-launcher",
        "companieshouse/third-party-test-harness",
    ],
    "interoperability-example-collections": [
        "GIG-Cymru-NHS-Wales/fhir-examples-json",
        "GIG-Cymru-NHS-Wales/hl7-v2-examples",
        "freshehr/dhcw-cdr",
    ],
    "govuk-based-department-style-packs": [
        "dvla/evl-public-code",
        "intellectual-property-office/Assets",
    ],
    "starter-pattern-libraries": [
        "ONSdigital/ons-pattern-library-starter",
        "DHCW-Digital-Health-and-Care-Wales/nhsw-component-library",
    ],
    "questionnaire-and-scenario-builders": [
        "ONSdigital/eq-author",
        "ONSdigital/eq-author-api",
        "Legal-Innovation-Lab-Wales/scenario-platform",
    ],
    "nhs-styled-clickable-prototypes": [
        "nwisbeta/nhswales-prototype-kit",
        "impcymru/phw-hef-prototype",
    ],
    "fhir-r4-receiving-services": [
        "nwisbeta/Pyro",
        "Work-In-Progress-For-Health/gp-documents-api",
    ],
    "s3-file-upload-code": [
        "dvla/olev-rails-s3",
        "ONSdigital/dp-s3",
    ],
    "kafka-topic-operations-tools": [
        "companieshouse/kafka-error-consumer",
        "ONSdigital/dp-data-tools",
    ],
}

FRESH13_AMBIGUOUS: dict[str, list[str]] = {
    "identity-provider-tenant-setup": [
        "GIG-Cymru-NHS-Wales/microsoft-entra-external-tenant-authentication-example-using-javascript",
        "GIG-Cymru-NHS-Wales/wauth",
        "GIG-Cymru-NHS-Wales/authentication",
        "companieshouse/ch-account-ui",
        "companieshouse/third-party-harness-oidc",
        "ONSdigital/dp-identity-api",
        "dvla/government-gateway-stub",
    ],
    "token-minting-test-launchers": [
        "companieshouse/third-party-harness-oidc",
        "dvla/government-gateway-stub",
        "ONSdigital/eq-runner-mock-sds",
        "ONSdigital/eq-survey-register",
        "GIG-Cymru-NHS-Wales/postman-examples-using-newman",
    ],
    "interoperability-example-collections": [
        "GIG-Cymru-NHS-Wales/fhir-specifications-json",
        "GIG-Cymru-NHS-Wales/fhir-specifications-xml",
        "GIG-Cymru-NHS-Wales/hl7-parser-example",
        "GIG-Cymru-NHS-Wales/postman-examples-using-newman",
        "GIG-Cymru-NHS-Wales/testing",
        "nwisbeta/NHSWales-fhir-profiles",
        "GIGCymru/NHSWales-fhir-profiles",
        "NHSWalesFHIR/NHSWales-fhir-profiles-R4",
    ],
    "govuk-based-department-style-packs": [
        "intellectual-property-office/Automation",
        "dvla/dvla_internal_frontend_toolkit",
        "dvla/gds-elements-haml",
        "companieshouse/ch-frontend",
        "welsh-revenue-authority/wra-frontend",
    ],
    "starter-pattern-libraries": [
        "ONSdigital/eq-sass",
        "ONSdigital/design-system",
        "ONSdigital/dp-design-system",
        "welsh-revenue-authority/wra-frontend",
        "nwisbeta/nhswales-frontend",
        "DHCW-Digital-Health-and-Care-Wales/single-record-design-system",
    ],
    "questionnaire-and-scenario-builders": [
        "ONSdigital/eq-author-app",
        "ONSdigital/eq-publisher",
        "ONSdigital/eq-publisher-v3",
        "ONSdigital/eq-survey-runner",
        "ONSdigital/eq-questionnaire-runner",
        "NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir",
        "dvla/Fitness-to-Drive-Pageflow",
        "dvla/dvla-wizardflow",
        "Legal-Innovation-Lab-Wales/regulatory-navigation-tool",
    ],
    "nhs-styled-clickable-prototypes": [
        "nwisbeta/nhswales-frontend",
        "dvla/dvla_internal_prototype_kit",
        "GIG-Cymru-NHS-Wales/ui",
    ],
    "fhir-r4-receiving-services": [
        "Genomics-Partnership-Wales/LabGateway",
        "DHCW-Digital-Health-and-Care-Wales/Kainos-APIM-Development",
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta",
        "nwisbeta/dhew-mocks",
        "nwisbeta/github.io",
    ],
    "s3-file-upload-code": [
        "companieshouse/s3-content-type-fixer",
        "companieshouse/file-transfer-service",
        "ONSdigital/dp-upload-service",
        "dvla/sqs-extended-client",
    ],
    "kafka-topic-operations-tools": [
        "companieshouse/kafka-management-tool",
        "ONSdigital/dp-kafka",
        "dvla/aws-sqs-utility",
    ],
}
