"""An eleventh held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 6 December 2026, in the fifth session of that day, for the NEXT session to score once
at its start and once at its end (means only) and never to tune on. Not scored yet. It was written
by reading only the data: ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs,
languages, file listings, manifests) with its `organisation` field for ownership, and
organisations.yaml for the names of bodies. Candidates were found by grepping for the job a
repository does, in several wordings, then reading their descriptions, READMEs, file listings and
manifests. No code under search/ or web/, no catalogue output and nothing that computes similarity
was read or run. duplicate_labels_fresh9.py was read for its format (docstring and layout) only;
the other duplicate-label files (including duplicate_labels_fresh10.py) were only imported by a
script that printed counts, to make sure no group here shares two or more repositories with any of
their groups (candidate groups were checked the same way, each only as a count, before choosing).
Nearly every plain cross-organisation duplicate in the snapshot had been labelled there already, so
these groups are small (pairs and one triple) and several join bodies that describe the same job in
different words; each group's evidence is in the repositories' own descriptions, READMEs, file
listings or manifests:

- developer-hub-api-documentation: the NHS Wales API Catalogue, whose files "are used to generate
  documentation and user guides for NHS Wales APIs" (developer.nhs.wales/apis), and Companies
  House's "Static General Documentation pages for the Companies House Developer Hub".
- service-email-senders: DVLA's dropwizard app that "sends an email using AWS SES when a webservice
  is invoked" and IPO's correspondence service (its manifests list Correspondence.Email and
  Correspondence.GovNotify projects with the GovukNotify package).
- address-cleaning-and-formatting-libraries: ONS's address toolkit for "cleaning, validating,
  extracting and contextualising addresses" (standardise street types, rectify postcodes) and
  DVLA's Ruby and JavaScript libraries that apply Royal Mail rules to turn PAF addresses into a
  printable format.
- interface-specification-repositories: ONS's Survey Data Collection documentation "for sharing
  and agreeing interfaces between different components" (JSON schemas, RFCs, examples) and
  Companies House's "API specifications (OpenAPI 3.0+) for the Companies House Developer Hub".
- legacy-definition-upgraders: a converter for "Survey Runner schemas from v2 to v3" and a "Fixer
  for invalid swagger 1.2 to valid ones so that they can be processed by standard tooling".
- interaction-design-guidance-sites: the ONS interaction design library (an Astro Starlight site of
  MDX guidance pages) and NHS Wales Informatics Service's "UI and UX standards for Mobile Apps"
  published on GitHub Pages.
- official-statistics-publishing-sites: the StatsWales frontend service (the new StatsWales site)
  and "The Wagtail CMS for managing and publishing content for the Office for National Statistics".
- aws-service-log-retention: a Serverless plugin to "Control the retention of your ApiGateway access
  logs and execution logs" and Companies House's "Infrastructure code for the provisioning of
  object storage for CHS environment service logs".
- analysis-project-starter-templates: Aneurin Bevan's "SPC Basic Template" ("Click Use this
  template", src/scripts/notebooks/data layout) and Public Health Wales's "template repo for Python
  based projects in PHW" used with cookiecutter.
- llm-try-out-web-apps: DVLA's "frontend for the generative AI experiments" and Bangor's MIMiC
  utilities for training and inference with LLMs with "a demo gradio application showcasing the
  inference on trained models".
- test-nhs-number-generators: NHS Wales LINQPad scripts for developers and testers (file
  nhs-number-generator.linq) and the NHS Number replacer CLI that swaps numbers for "a testable
  random sample" in the reserved 999 range.

Conventions as in duplicate_labels_fresh.py: every cross-organisation pair inside a group is a
positive, and FRESH11_AMBIGUOUS lists related work whose pairs with the group are ignored.
"""

from __future__ import annotations

FRESH11_GROUPS: dict[str, list[str]] = {
    "developer-hub-api-documentation": [
        "nwisbeta/api-catalogue",
        "companieshouse/docs.developer.ch.gov.uk",
    ],
    "service-email-senders": [
        "dvla/olev-ses",
        "intellectual-property-office/ctc-correspondence",
    ],
    "address-cleaning-and-formatting-libraries": [
        "ONSdigital/address-toolkit",
        "dvla/postman-paf",
        "dvla/postman-paf-js",
    ],
    "interface-specification-repositories": [
        "ONSdigital/ons-schema-definitions",
        "companieshouse/specs.developer.ch.gov.uk",
    ],
    "legacy-definition-upgraders": [
        "ONSdigital/eq-json-version-converter",
        "companieshouse/swagger-fixer",
    ],
    "interaction-design-guidance-sites": [
        "ONSdigital/ons-interaction-design-library",
        "nwisbeta/mobile-app-design",
    ],
    "official-statistics-publishing-sites": [
        "Marvell-Consulting/statswales-frontend",
        "ONSdigital/dis-wagtail",
    ],
    "aws-service-log-retention": [
        "dvla/serverless-apigateway-log-retention",
        "companieshouse/chs-log-scraper",
    ],
    "analysis-project-starter-templates": [
        "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
        "Public-Health-Wales/phwcookiecutter",
    ],
    "llm-try-out-web-apps": [
        "dvla/lab-gen-ui",
        "techiaith/mimic",
    ],
    "test-nhs-number-generators": [
        "nwisbeta/linqpad-scripts",
        "GIG-Cymru-NHS-Wales/nhs-number-replacer-cli-using-rust",
    ],
}

FRESH11_AMBIGUOUS: dict[str, list[str]] = {
    "developer-hub-api-documentation": [
        "companieshouse/specs.developer.ch.gov.uk",
        "nwisbeta/api-user-guide-publisher",
        "nwisbeta/nhswales-developer-portal",
        "nwisbeta/api-management-developer-portal",
        "nwisbeta/github.io",
        "ONSdigital/dp-developer-site",
        "ONSdigital/address-index-developers",
    ],
    "service-email-senders": [
        "dvla/email-service",
        "companieshouse/chs-email-sender-java",
        "companieshouse/email-producer-java",
        "companieshouse/chs-gov-uk-notify-integration-api",
        "companieshouse/chs-notification-sender-api",
        "intellectual-property-office/Outreach-Patents",
        "dvla/osl-commons-utils",
    ],
    "address-cleaning-and-formatting-libraries": [
        "ONSdigital/address-index-data",
        "ONSdigital/address-index-api",
        "ONSdigital/eq-address-lookup-api",
        "dvla/address-lookup-service",
        "dvla/os-address-lookup",
        "companieshouse/address-lookup-api",
        "intellectual-property-office/ctc-address",
    ],
    "interface-specification-repositories": [
        "nwisbeta/api-catalogue",
        "companieshouse/swagger-fixer",
        "ONSdigital/eq-questionnaire-schemas",
        "nwisbeta/NHSWales-fhir-profiles",
    ],
    "legacy-definition-upgraders": [
        "companieshouse/specs.developer.ch.gov.uk",
        "ONSdigital/eq-cir-converter-service",
        "ONSdigital/eq-publisher-v3",
        "NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir",
        "nwisbeta/linqpad-scripts",
    ],
    "interaction-design-guidance-sites": [
        "Sport-Wales/design-guides",
        "DHCW-Digital-Health-and-Care-Wales/single-record-design-system",
        "ONSdigital/design-system",
        "ONSdigital/ons-pattern-library-starter",
        "GIG-Cymru-NHS-Wales/ui",
        "nwisbeta/nhswales-frontend",
    ],
    "official-statistics-publishing-sites": [
        "Marvell-Consulting/statswales",
        "Marvell-Consulting/statswales-backend",
        "ONSdigital/dp-dataset-api",
        "ONSdigital/explore-local-statistics-app",
        "ONSdigital/dp-frontend-renderer",
        "ONSdigital/dp-zebedee-sdk-go",
    ],
    "aws-service-log-retention": [
        "companieshouse/terraform-library-ecs-service",
        "dvla/lab-common-cdk-tools",
    ],
    "analysis-project-starter-templates": [
        "ONSdigital/ons-python-template",
        "dvla/oepp-project-archetypes",
        "intellectual-property-office/ctc-hello-world",
        "Sport-Wales/sport-wales-project-template",
        "Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals",
    ],
    "llm-try-out-web-apps": [
        "dvla/lab-gen",
        "techiaith/llm-evals-cy",
        "datasciencecampus/statschat-app",
        "Work-In-Progress-For-Health/ai",
    ],
    "test-nhs-number-generators": [
        "GIG-Cymru-NHS-Wales/nhs-number-using-rust",
        "GIG-Cymru-NHS-Wales/nhs-number-cli-using-rust",
        "Work-In-Progress-For-Health/nhs-number-using-rust",
        "Work-In-Progress-For-Health/nhs-number-cli-using-rust",
        "GIG-Cymru-NHS-Wales/testing",
    ],
}
