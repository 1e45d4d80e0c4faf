"""Groups of duplicated effort across organisations in the 445-repository snapshot (issue 12).

Found by reading repositories.jsonl (names, descriptions, READMEs, manifests) before any tuning on
the new data, not by reading the analysis output. Same conventions as duplicate_labels.py: every
cross-organisation pair inside a group is a positive; AMBIGUOUS members are related work whose
pairs with the group are ignored by precision and recall.
"""

from __future__ import annotations

GROUPS_2026: dict[str, list[str]] = {
    "structured logging libraries in an agreed format": [
        "companieshouse/ch-structured-logging-node",
        "ONSdigital/dp-logging",
        "ONSdigital/ons-json-logger",
        "dvla/herodotus",
    ],
    "email sending services": [
        "dvla/email-service",
        "dvla/olev-ses",
        "companieshouse/chs-email-sender-java",
        "companieshouse/email-producer-java",
    ],
    "document and PDF generators": [
        "dvla/pdf-generator",
        "companieshouse/document-generator",
    ],
    "Python project templates": [
        "ONSdigital/ons-python-template",
        "Public-Health-Wales/phwcookiecutter",
    ],
    "frontend toolkits in the GOV.UK style": [
        "companieshouse/ch-frontend",
        "dvla/dvla_internal_frontend_toolkit",
        "intellectual-property-office/Assets",
    ],
    "search APIs over Elasticsearch": [
        "companieshouse/search.api.ch.gov.uk",
        "ONSdigital/dp-search-api",
    ],
    "file upload and download services": [
        "companieshouse/file-transfer-service",
        "ONSdigital/dp-upload-service",
        "ONSdigital/dp-download-service",
        "ONSdigital/dp-files-api",
    ],
    "cookie consent": [
        "intellectual-property-office/fe-cookie-banner",
        "ONSdigital/dp-frontend-cookie-controller",
    ],
    "payment services": [
        "companieshouse/payments.api.ch.gov.uk",
        "dvla/oepp-payment-services",
    ],
    "developer hub sites": [
        "companieshouse/docs.developer.ch.gov.uk",
        "ONSdigital/dp-developer-site",
        "nwisbeta/nhswales-developer-portal",
        "nwisbeta/api-management-developer-portal",
    ],
    "Cucumber test step libraries": [
        "dvla/atlas",
        "ONSdigital/dp-component-test",
    ],
    "coding standards and engineering handbooks": [
        "companieshouse/styleguides",
        "GIGCymru/dhcw-software-engineering-handbook",
    ],
    "large language model experiments": [
        "dvla/lab-gen",
        "techiaith/mimic",
    ],
}

AMBIGUOUS_MEMBERS_2026: dict[str, list[str]] = {
    "structured logging libraries in an agreed format": ["companieshouse/Log-Declare"],
    "email sending services": [
        "companieshouse/chs-notification-sender-api",
        "companieshouse/chs-gov-uk-notify-integration-api",
    ],
    "document and PDF generators": ["companieshouse/go-tiff2pdf"],
    "Python project templates": [
        "Sport-Wales/template",
        "Sport-Wales/sport-wales-project-template",
    ],
    "frontend toolkits in the GOV.UK style": [
        "dvla/gds-elements-haml",
        "companieshouse/node-review-web-starter-js",
        "companieshouse/node-review-web-starter-ts",
        "welsh-revenue-authority/wra-frontend",
        "ONSdigital/design-system",
        "govwales/govwales-component-library",
    ],
    "search APIs over Elasticsearch": [
        "ONSdigital/dp-elasticsearch",
        "companieshouse/elasticsearch-data-loader",
    ],
    "file upload and download services": [
        "ONSdigital/dp-s3",
        "companieshouse/s3-content-type-fixer",
    ],
    "payment services": [
        "intellectual-property-office/ctc-fee",
        "intellectual-property-office/-cbb-calculate-fee-",
        "dvla/oepp-core",
    ],
    "developer hub sites": [
        "companieshouse/specs.developer.ch.gov.uk",
        "nwisbeta/api-catalogue",
        "nwisbeta/api-user-guide-publisher",
        "ONSdigital/address-index-developers",
    ],
    "Cucumber test step libraries": [
        "dvla/dvla-reportportal-ruby",
        "dvla/block-repeater",
        "dvla/dvla-browser-drivers",
    ],
    "coding standards and engineering handbooks": [
        "dvla/dvla-lint-ruby",
        "GIG-Cymru-NHS-Wales/ways-of-working",
        "DHCW-Digital-Health-and-Care-Wales/dhcw-delivery-playbook",
        "GIGCymru/dhcw-delivery-playbook",
    ],
    "large language model experiments": [
        "dvla/lab-gen-ui",
        "techiaith/llm-evals-cy",
        "Advanced-Analytics-NHS-Wales/Co-Pilot-Demo",
        "datasciencecampus/statschat-app",
        "datasciencecampus/classifai",
    ],
}
