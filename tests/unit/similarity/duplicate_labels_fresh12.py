"""A twelfth held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 6 December 2026, in the sixth session of that day, for the next session to score once at
its start and once at its end (means only) and never to tune on. Not scored yet. It was written by
reading only the data: ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs,
languages, file listings, manifests) with its `organisation` field for ownership, and
organisations.yaml for the names of bodies. Candidates were found by grepping for the job a
repository does, in several wordings, and by listing rare dependencies shared across organisations
in the manifests, then reading their descriptions, READMEs, file listings and manifests. No code
under search/, web/, catalogue/, ingest/ (other than its data) or cli/, no catalogue output and
nothing that computes search results or similarity was read or run (neither duplicate_report.py nor
ndcg.py nor pytest). Only the docstring and layout of duplicate_labels_fresh10.py were read, for
format; duplicate_labels_fresh11.py was not opened. The earlier duplicate-label modules (GROUPS,
GROUPS_2026 and the fresh to fresh11 groups) were only imported by a throwaway script that
reported, for each candidate group, the largest number of repositories it shares with any single
earlier group; every candidate sharing two or more was dropped or changed, so no group here shares
two or more repositories with any earlier group. After eleven earlier sets most plain
cross-organisation duplicates were already labelled, so these groups are small (eleven pairs and
one triple, fourteen cross-organisation pairs) and several add a pair that no earlier group holds
together to a job labelled before; each group's evidence is in the repositories' own descriptions,
READMEs, file listings or manifests:

- drools-fee-and-penalty-rules: DVLA's penalty-payment business rules and IPO's fee calculation
  component both encode their rules as Drools decision tables (drools-decisiontables and
  drools-compiler in both manifests).
- api-test-client-apps: Companies House's test harness, "an example application of a third party
  app gaining an Oauth token and using it for access to APIs", and DHCW's dental mock UI, which
  "simulates UI for sending requests to eReferral API through the APIM".
- sign-in-sample-apps: Companies House's OIDC harness, which "uses OIDC protocol to authenticate the
  user towards CH Account", and NHS Wales's Microsoft Entra demo with "full code samples for
  implementing sign-in and sign-out functionality using MSAL.js".
- email-and-letter-senders: DVLA's app that "sends an email using AWS SES when a webservice is
  invoked", Companies House's notification sender that "receives requests to send emails or letters
  via a REST interface", and IPO's GovUkNotify solution (Outreach-Patents).
- notify-email-components: Companies House's Email Producer, a library "for handling the sending of
  emails" through its notification API, and IPO's correspondence service with Email, Letter, SMS
  and GovNotify (GovukNotify) projects.
- hl7-v2-message-code: Genomics Partnership Wales's lab results gateway, built on nHapi's HL7 v2.5.1
  model, and NHS Wales's example that shows how to "decode", "query" and "build an HL7 message".
- design-guidance-sites: ONS's interaction design library (an Astro Starlight documentation site)
  and Sport Wales's "official design and development documentation for Sport Wales digital
  products" (brand guidelines, component functionality, global style sheet).
- authorisation-decisions: NHS Wales's authority services example, "processes that says 'yes' or
  'no' to questions such as 'can I do this?'", and Companies House's "generic set of authorisation
  utilities in Java including Interceptors".
- design-system-component-libraries: the WRA's "Vue component library" (@wra-gov/vue-components)
  and ONS's "React version of the ONS Design System".
- internal-frontend-toolkits: DVLA's "Styles, elements and layouts for development of internal DVLA
  applications" and the NHS.Wales frontend, both Sass and Nunjucks builds run with gulp.
- logging-libraries: ONS's Ruby gem "for generating structured JSON log entries" for web
  applications and Companies House's Log::Declare, "a high performance Perl logging module".
- engineering-team-sites: DVLA's engineering blog (posts "with a strong technical focus") and the
  WRA's Jekyll team site (with a feed) for its land and property data proof of concept.

Conventions as in duplicate_labels_fresh.py: every cross-organisation pair inside a group is a
positive, and FRESH12_AMBIGUOUS lists related work whose pairs with the group are ignored.
"""

from __future__ import annotations

FRESH12_GROUPS: dict[str, list[str]] = {
    "drools-fee-and-penalty-rules": [
        "dvla/oepp-business-rules",
        "intellectual-property-office/-cbb-calculate-fee-",
    ],
    "api-test-client-apps": [
        "companieshouse/third-party-test-harness",
        "DHCW-Digital-Health-and-Care-Wales/wccg-dental-mock-ui",
    ],
    "sign-in-sample-apps": [
        "companieshouse/third-party-harness-oidc",
        "GIG-Cymru-NHS-Wales/demo-microsoft-entra",
    ],
    "email-and-letter-senders": [
        "dvla/olev-ses",
        "companieshouse/chs-notification-sender-api",
        "intellectual-property-office/Outreach-Patents",
    ],
    "notify-email-components": [
        "companieshouse/email-producer-java",
        "intellectual-property-office/ctc-correspondence",
    ],
    "hl7-v2-message-code": [
        "Genomics-Partnership-Wales/LabGateway",
        "GIG-Cymru-NHS-Wales/hl7-parser-example",
    ],
    "design-guidance-sites": [
        "ONSdigital/ons-interaction-design-library",
        "Sport-Wales/design-guides",
    ],
    "authorisation-decisions": [
        "GIG-Cymru-NHS-Wales/authority-services-example",
        "companieshouse/api-security-java",
    ],
    "design-system-component-libraries": [
        "welsh-revenue-authority/component-library",
        "ONSdigital/design-system-react",
    ],
    "internal-frontend-toolkits": [
        "dvla/dvla_internal_frontend_toolkit",
        "nwisbeta/nhswales-frontend",
    ],
    "logging-libraries": [
        "ONSdigital/ons-json-logger",
        "companieshouse/Log-Declare",
    ],
    "engineering-team-sites": [
        "dvla/dvla.github.io",
        "Welsh-Revenue-Authority/property-data-poc",
    ],
}

FRESH12_AMBIGUOUS: dict[str, list[str]] = {
    "drools-fee-and-penalty-rules": [
        "intellectual-property-office/ctc-fee",
        "dvla/oepp-validation",
        "dvla/oepp-payment-services",
    ],
    "api-test-client-apps": [
        "companieshouse/third-party-harness-oidc",
        "nwisbeta/democlientdiagnosticreports",
        "nwisbeta/dhew-mocks",
        "DHCW-Digital-Health-and-Care-Wales/wccg-pas-referrals-mock-ui",
        "GIG-Cymru-NHS-Wales/postman-examples-using-newman",
    ],
    "sign-in-sample-apps": [
        "companieshouse/third-party-test-harness",
        "companieshouse/forgerock-cloud-config",
        (
            "GIG-Cymru-NHS-Wales/microsoft-entra-external-tenant-"
            "authentication-example-using-javascript"
        ),
        "GIG-Cymru-NHS-Wales/wauth",
        "GIG-Cymru-NHS-Wales/authentication",
        "dvla/government-gateway-stub",
    ],
    "email-and-letter-senders": [
        "dvla/email-service",
        "companieshouse/chs-gov-uk-notify-integration-api",
        "companieshouse/chs-email-sender-java",
        "companieshouse/email-producer-java",
        "intellectual-property-office/ctc-correspondence",
        "Sport-Wales/mailchimp_api_int",
    ],
    "notify-email-components": [
        "dvla/email-service",
        "dvla/olev-ses",
        "companieshouse/chs-email-sender-java",
        "companieshouse/chs-notification-sender-api",
        "companieshouse/chs-gov-uk-notify-integration-api",
        "intellectual-property-office/Outreach-Patents",
    ],
    "hl7-v2-message-code": [
        "Genomics-Partnership-Wales/HL7ResultsGateway",
        "Genomics-Partnership-Wales/genomics-result-hl7-sender",
        "GIG-Cymru-NHS-Wales/hl7-v2-examples",
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta",
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-POC",
    ],
    "design-guidance-sites": [
        "nwisbeta/mobile-app-design",
        "Sport-Wales/sport-wales-project-template",
        "ONSdigital/design-system",
    ],
    "authorisation-decisions": [
        "ONSdigital/dp-authorisation",
        "ONSdigital/dp-identity-api",
        "companieshouse/web-security-node",
        "GIG-Cymru-NHS-Wales/wauth",
        "GIG-Cymru-NHS-Wales/authentication",
    ],
    "design-system-component-libraries": [
        "govwales/component-library",
        "govwales/govwales-component-library",
        "ONSdigital/design-system",
        "ONSdigital/blaise-design-system-react-components",
        "ONSdigital/svelte-components",
        "DHCW-Digital-Health-and-Care-Wales/single-record-design-system",
        "DHCW-Digital-Health-and-Care-Wales/nhsw-component-library",
        "GIG-Cymru-NHS-Wales/public-good-design-system-with-svelte-typescript",
        "welsh-revenue-authority/wra-frontend",
        "dvla/dvla_internal_frontend_toolkit",
        "nwisbeta/nhswales-frontend",
    ],
    "internal-frontend-toolkits": [
        "intellectual-property-office/Assets",
        "companieshouse/ch-frontend",
        "welsh-revenue-authority/wra-frontend",
        "welsh-revenue-authority/component-library",
        "ONSdigital/design-system",
        "ONSdigital/design-system-react",
        "DHCW-Digital-Health-and-Care-Wales/nhsw-component-library",
        "dvla/gds-elements-haml",
        "nwisbeta/nhswales-prototype-kit",
    ],
    "logging-libraries": [
        "dvla/herodotus",
        "companieshouse/ch-structured-logging-node",
        "ONSdigital/dp-logging",
    ],
    "engineering-team-sites": [
        "nrw-digital/week-notes",
        "wgdsu/wgdsu.github.io",
        "Sport-Wales/digital-team-site",
        "nwisbeta/github.io",
    ],
}
