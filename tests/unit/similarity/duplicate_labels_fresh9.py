"""A ninth held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 6 December 2026, in the third session of that day, for the NEXT session to score once
before and once after its work (means only) and never to tune on. Not scored yet. It was written by
reading only the data: ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs,
languages, file listings, manifests) with its `organisation` field for ownership, and
organisations.yaml for the names of bodies. Candidates were found by grepping for the job a
repository does, in several wordings, then reading their descriptions, READMEs, file listings and
manifests. No code under search/ or web/, no catalogue output and nothing that computes similarity
was read or run. duplicate_labels_fresh7.py was read for its format (docstring and layout) only; the other
duplicate-label files (including duplicate_labels_fresh8.py) were only imported by a script that
printed counts, to make sure no group here shares two or more repositories with any of their
groups. Most plain cross-organisation duplicates in the snapshot were already labelled there, so
these groups are small (pairs and two triples) and several join bodies that describe the same job
in different words; each group's evidence is in the repositories' own descriptions, READMEs, file
listings or manifests:

- react-ports-of-government-design-systems: "React version of the ONS Design System" and the
  "GOV.WALES React Component Library".
- gov-notify-correspondence-senders: IPO's correspondence service (Email, SMS, Letter and
  GovNotify projects, GovukNotify package) and Companies House's sender API that "receives requests
  to send emails or letters" on their way to GOV.UK Notify.
- failed-message-redrive-tools: DVLA's SQS utility that copies or extracts messages onto another
  queue, and Companies House's consumer that moves messages from a Kafka error topic to a retry
  topic.
- design-system-guidance-repositories: Sport Wales's design guides (brand guidelines, component
  functionality, global style sheet) and DHCW's Single Record design system (tokens, components,
  patterns, accessibility guidance).
- staff-and-business-survey-runners: a web app "for custom staff surveys" and the eQ Questionnaire
  Runner that launches surveys.
- in-house-sass-style-foundations: a "basic responsive Sass framework", "a starter SCSS component
  library" and "styles, elements and layouts for development of internal DVLA applications".
- s3-upload-helpers: a script that uploads content to S3 keeping folder structure and MIME types,
  and a Rails application showing how files are uploaded to S3.
- image-to-document-conversion-services: "tiff2pdf as a service" and IPO's image converter and
  resizer projects.
- branching-question-flow-engines: a platform for interactive scenarios with "branching paths" and
  "non-linear questions", and a page-flow processor holding "all possible flows and conditions".
- example-oidc-sign-in-client-apps: an example third-party app that signs in with OIDC and gains an
  OAuth token, and an example single-page app that signs in through Microsoft Entra with MSAL.
- clinical-result-and-document-delivery-gateways: an API that delivers clinical documents (FHIR
  bundles) to GP practice systems, and the lab-results and HL7 results gateways (nhapi HL7 v2).

Conventions as in duplicate_labels_fresh.py: every cross-organisation pair inside a group is a
positive, and FRESH9_AMBIGUOUS lists related work whose pairs with the group are ignored.
"""

from __future__ import annotations

FRESH9_GROUPS: dict[str, list[str]] = {
    "react-ports-of-government-design-systems": [
        "ONSdigital/design-system-react",
        "govwales/govwales-component-library",
    ],
    "gov-notify-correspondence-senders": [
        "intellectual-property-office/ctc-correspondence",
        "companieshouse/chs-notification-sender-api",
    ],
    "failed-message-redrive-tools": [
        "dvla/aws-sqs-utility",
        "companieshouse/kafka-error-consumer",
    ],
    "design-system-guidance-repositories": [
        "Sport-Wales/design-guides",
        "DHCW-Digital-Health-and-Care-Wales/single-record-design-system",
    ],
    "staff-and-business-survey-runners": [
        "Work-In-Progress-For-Health/dhcw360",
        "ONSdigital/eq-questionnaire-runner",
    ],
    "in-house-sass-style-foundations": [
        "ONSdigital/eq-sass",
        "DHCW-Digital-Health-and-Care-Wales/nhsw-component-library",
        "dvla/dvla_internal_frontend_toolkit",
    ],
    "s3-upload-helpers": [
        "companieshouse/s3-content-type-fixer",
        "dvla/olev-rails-s3",
    ],
    "image-to-document-conversion-services": [
        "companieshouse/go-tiff2pdf",
        "intellectual-property-office/Services",
    ],
    "branching-question-flow-engines": [
        "Legal-Innovation-Lab-Wales/scenario-platform",
        "dvla/Fitness-to-Drive-Pageflow",
    ],
    "example-oidc-sign-in-client-apps": [
        "companieshouse/third-party-harness-oidc",
        "GIG-Cymru-NHS-Wales/microsoft-entra-external-tenant-authentication-example-using-javascript",
    ],
    "clinical-result-and-document-delivery-gateways": [
        "Work-In-Progress-For-Health/gp-documents-api",
        "Genomics-Partnership-Wales/LabGateway",
        "Genomics-Partnership-Wales/HL7ResultsGateway",
    ],
}

FRESH9_AMBIGUOUS: dict[str, list[str]] = {
    "react-ports-of-government-design-systems": [
        "govwales/component-library",
        "ONSdigital/blaise-design-system-react-components",
        "ONSdigital/design-system",
        "Sport-Wales/sport-wales-project-template",
        "welsh-revenue-authority/component-library",
        "DHCW-Digital-Health-and-Care-Wales/single-record-design-system",
    ],
    "gov-notify-correspondence-senders": [
        "companieshouse/chs-gov-uk-notify-integration-api",
        "intellectual-property-office/Outreach-Patents",
        "companieshouse/chs-email-sender-java",
        "companieshouse/email-producer-java",
        "dvla/email-service",
        "dvla/olev-ses",
    ],
    "failed-message-redrive-tools": [
        "companieshouse/kafka-management-tool",
        "ONSdigital/dp-data-tools",
        "dvla/sqs-extended-client",
    ],
    "design-system-guidance-repositories": [
        "nwisbeta/mobile-app-design",
        "ONSdigital/ons-interaction-design-library",
        "ONSdigital/design-system",
        "GIG-Cymru-NHS-Wales/public-good-design-system-with-svelte-typescript",
        "govwales/component-library",
        "govwales/govwales-component-library",
        "Sport-Wales/sport-wales-project-template",
    ],
    "staff-and-business-survey-runners": [
        "Work-In-Progress-For-Health/gig-cymru-igdc-dryw",
        "ONSdigital/eq-survey-runner",
        "ONSdigital/eq-author-app",
        "Sport-Wales/athlete-experience-portal",
        "Sport-Wales/integrated-impact-assessment",
    ],
    "in-house-sass-style-foundations": [
        "intellectual-property-office/Assets",
        "welsh-revenue-authority/wra-frontend",
        "Transport-for-Wales/tailwindcss-plugin-rems-to-ems",
        "ONSdigital/dp-design-system",
        "companieshouse/ch-frontend",
        "ONSdigital/ons-pattern-library-starter",
    ],
    "s3-upload-helpers": [
        "ONSdigital/dp-s3",
        "ONSdigital/dp-upload-service",
        "companieshouse/file-transfer-service",
        "companieshouse/chs-log-scraper",
    ],
    "image-to-document-conversion-services": [
        "dvla/pdf-generator",
        "companieshouse/document-generator",
        "ONSdigital/dp-image-api",
        "companieshouse/ocr-api",
    ],
    "branching-question-flow-engines": [
        "dvla/dvla-wizardflow",
        "ONSdigital/eq-questionnaire-runner",
        "ONSdigital/eq-author-app",
        "Legal-Innovation-Lab-Wales/regulatory-navigation-tool",
        "Sport-Wales/integrated-impact-assessment",
    ],
    "example-oidc-sign-in-client-apps": [
        "companieshouse/third-party-test-harness",
        "GIG-Cymru-NHS-Wales/demo-microsoft-entra",
        "dvla/government-gateway-stub",
        "GIG-Cymru-NHS-Wales/wauth",
        "GIG-Cymru-NHS-Wales/authentication",
    ],
    "clinical-result-and-document-delivery-gateways": [
        "Genomics-Partnership-Wales/genomics-result-hl7-sender",
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta",
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-POC",
        "DHCW-Digital-Health-and-Care-Wales/NWRI-eReferrals-Service-App",
    ],
}
