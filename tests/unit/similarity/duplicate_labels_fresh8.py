"""An eighth held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 6 December 2026, in the second session of that day, for the NEXT session to score once
before and once after its work (means only) and never to tune on. Not scored yet. It was written by
reading only the data: ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs,
languages, file listings, manifests) with its `organisation` field for ownership, and
organisations.yaml for the names of bodies. Candidates were found by grepping for the job a
repository does, in several wordings, then reading their descriptions, READMEs and manifests. No
code under search/, web/, catalogue/ or cli/, no catalogue output and nothing that computes
similarity was read or run, and duplicate_report.py was not run. duplicate_labels_fresh7.py was read
for its docstring and structure only; the other duplicate-label files were only imported by a script
that printed counts, to make sure no group here shares two or more repositories with any of their
groups. As in the seventh set, nearly every plain cross-organisation duplicate in the snapshot was
already labelled (about fifty draft groups collided), so these groups are mostly pairs, some of them
one body's repository doing the job an earlier group's repository does for another body. Each
group's evidence is in the repositories' own descriptions, READMEs, file listings or manifests:

- llm-question-answering-backends: DVLA's Emerging Tech Lab generative-AI API (conversations
  endpoint over Azure OpenAI and other providers, langchain) and ONS StatsChat (embedding search of
  publications with an LLM that writes the answer).
- local-developer-environment-clis: ONS dp-cli (import/clean data in the local environment, ssh,
  generate-project) and Companies House chs-dev (spin up a CHS-like system locally with Docker
  Compose, enable modules and services for development).
- pyspark-pipeline-helper-libraries: DVLA SIFFT (Spark ingestion framework for tables) and ONS
  ons-utils (pyspark, pandas and general pipeline utils).
- spc-chart-tools-in-python: Aneurin Bevan's SPC starter project (abspc, Excel upload) and the NHS
  Wales Executive hackathon's `spc` app (Flask, pandas, matplotlib).
- welsh-english-language-switching: Companies House ch-node-utils (i18next wrapper, locales banner;
  Welsh on legacy systems) and the Sport Wales project template (route-based language switching,
  language toggle component for English and Welsh).
- account-sign-in-frontends: NHS Wales WAuth (browser sign-in for health and care applications,
  MSAL and Entra) and Companies House CH Account UI (sign-in, password reset, ForgeRock).
- browser-test-automation-starters: DHCW's Playwright training ground for test engineers and NHS
  Wales' testing repository (Selenium/NUnit front-end automation framework and sample test code).
- hl7v2-results-gateways-on-azure: Genomics Partnership Wales' LabResultsGateway (Azure Functions,
  nhapi HL7 v2.5.1) and DHCW's Integration Hub proof of concept (hl7-sender over Azure Service Bus,
  HAPI HL7 v2.5.1).
- exemplar-service-templates: DHCW's Kainos APIM exemplar API (with contract and performance tests
  and OpenAPI generation) and IPO's HelloWorld template microservice ("the expected base folder
  structure to be replicated in any new microservices").
- shared-frontend-presentation-libraries: DVLA vehicles-presentation-common ("common components for
  DVLA web frontends") and ONS dp-renderer ("templates, localisations and model structs that are
  core to all dp-frontend services").

Conventions as in duplicate_labels_fresh.py: every cross-organisation pair inside a group is a
positive, and FRESH8_AMBIGUOUS lists related work whose pairs with the group are ignored.
"""

from __future__ import annotations

FRESH8_GROUPS: dict[str, list[str]] = {
    "llm-question-answering-backends": [
        "dvla/lab-gen",
        "datasciencecampus/statschat-app",
    ],
    "local-developer-environment-clis": [
        "ONSdigital/dp-cli",
        "companieshouse/chs-dev",
    ],
    "pyspark-pipeline-helper-libraries": [
        "dvla/sifft",
        "ONSdigital/ons-utils",
    ],
    "spc-chart-tools-in-python": [
        "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
        "NHS-Executive/WMCHackathon_Vaccine",
    ],
    "welsh-english-language-switching": [
        "companieshouse/ch-node-utils",
        "Sport-Wales/sport-wales-project-template",
    ],
    "account-sign-in-frontends": [
        "GIG-Cymru-NHS-Wales/wauth",
        "companieshouse/ch-account-ui",
    ],
    "browser-test-automation-starters": [
        "DHCW-Digital-Health-and-Care-Wales/playwright-training",
        "GIG-Cymru-NHS-Wales/testing",
    ],
    "hl7v2-results-gateways-on-azure": [
        "Genomics-Partnership-Wales/LabGateway",
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-POC",
    ],
    "exemplar-service-templates": [
        "DHCW-Digital-Health-and-Care-Wales/Kainos-APIM-Development",
        "intellectual-property-office/ctc-hello-world",
    ],
    "shared-frontend-presentation-libraries": [
        "dvla/vehicles-presentation-common",
        "ONSdigital/dp-renderer",
    ],
}

FRESH8_AMBIGUOUS: dict[str, list[str]] = {
    "llm-question-answering-backends": [
        "dvla/lab-gen-ui",
        "datasciencecampus/classifai",
        "techiaith/mimic",
        "techiaith/macsen-sgwrsfot",
    ],
    "local-developer-environment-clis": [
        "ONSdigital/dp-compose",
        "ONSdigital/dp-data-tools",
    ],
    "pyspark-pipeline-helper-libraries": [
        "ONSdigital/dp-data-pipelines",
        "ONSdigital/address-toolkit",
    ],
    "spc-chart-tools-in-python": [
        "Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals",
        "impcymru/impcymru-chart-formatter",
    ],
    "welsh-english-language-switching": [
        "companieshouse/ch-java-utils",
        "Marvell-Consulting/statswales-frontend",
    ],
    "account-sign-in-frontends": [
        "companieshouse/forgerock-cloud-config",
        "GIG-Cymru-NHS-Wales/authentication",
        "GIG-Cymru-NHS-Wales/microsoft-entra-external-tenant-authentication-example-using-javascript",
    ],
    "browser-test-automation-starters": [
        "dvla/evl-screenshot-helper",
        "dvla/dvla-browser-drivers",
        "GIG-Cymru-NHS-Wales/postman-examples-using-newman",
    ],
    "hl7v2-results-gateways-on-azure": [
        "Genomics-Partnership-Wales/HL7ResultsGateway",
        "Genomics-Partnership-Wales/genomics-result-hl7-sender",
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta",
    ],
    "exemplar-service-templates": [
        "ONSdigital/ons-python-template",
        "Public-Health-Wales/phwcookiecutter",
        "companieshouse/node-review-web-starter-ts",
    ],
    "shared-frontend-presentation-libraries": [
        "ONSdigital/dp-frontend-renderer",
        "dvla/dvla_internal_frontend_toolkit",
    ],
}
