"""A fifteenth held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 6 December 2026, in the ninth session of that day, for the NEXT session to score once at
its start and once at its end (means only) and never to tune on. Not scored yet. It was written by
reading only the data: ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs,
languages, file listings, manifests) with its `organisation` field for ownership, and
organisations.yaml (and SOURCE.md beside it) for the names of bodies. Candidates were found with
small Python scripts that grep the JSONL for the job a repository does, in several wordings, and
then by reading their descriptions, READMEs, file listings and manifests. Nothing under search/,
web/, catalogue/, docs/ or bench/ was read or run, no catalogue output and nothing that computes
similarity was used, no test was run, git was not used, and the fourteenth set's files were not
opened in any way. duplicate_labels_fresh13.py was read for its format only (lines 1-20 and 58-75:
the head of its docstring and its first three groups, seen in passing and not reused). The other
duplicate-label files (duplicate_labels.py, duplicate_labels_2026.py, duplicate_labels_fresh.py and
duplicate_labels_fresh2.py to duplicate_labels_fresh13.py) were only imported by scripts that
printed counts and marks: for each candidate group, how many repositories it shares with the most
similar earlier group and how many earlier groups share two or more with it; for each candidate
repository, how many earlier groups hold it; for each pair of candidate repositories, whether any
earlier group holds both (a yes/no mark); and the snapshot repositories that no earlier group
holds. The first pass had 26 candidate groups, and 25 of them repeated a pair an earlier set
already holds, so the earlier sets cover nearly every plain cross-organisation duplicate in the
snapshot. The groups below were then built only from pairs that no earlier group holds; several add
a second body's repository to a theme an earlier set may touch (always with a new pair), and some
are smaller or looser overlaps than the earlier sets' best ones. No group here shares two or more
repositories with any earlier group (each shares at most one).

Each group's evidence is in the repositories' own words:

- email-sending-services: DVLA's email-service ("Email sending service", with its email image
  assets) and the Companies House chs-notification system, whose sender-api ("Module 1") and
  govuk-notify-api ("Module 3") take "notification requests" from CHS apps and send them on to
  "GovUK Notify" (its "EMail Service"). Two bodies each run their own email-sending service.
- api-developer-sites: nwisbeta/github.io ("GitHub Pages for NHS Wales Software Development
  Team"; "The Software Development Kits explain the features available from the Health API test
  server"), nwisbeta/nhswales-developer-portal ("NHS Wales Developer Portal Placeholder", a
  Jekyll site) and ONS's address-index-developers ("Developers site for Address Index API"):
  developer sites that document a body's APIs.
- house-style-css-builds: ONS dp-design-system ("the Digital Publishing (DP) build of the ONS
  Design System"; "Generate the CSS and JS"), IPO Assets ("used to build the UK Intellectual
  Property Office frontend UI styling", an addon for GOV.UK Elements) and DHCW
  nhsw-component-library ("A starter SCSS component library ... a single compiled CSS output"):
  each compiles its own body's stylesheets for its websites.
- api-client-sdk-libraries: Companies House sdk-manager-node ("Library to manage interactions
  with APIs by initialising an SDK with an authenticated HTTP Client") and ONS dp-api-clients-go
  ("Common client code - in go - for ONS APIs"; each client is created with a dp-net/http
  Clienter): client libraries for calling the body's own APIs.
- pdf-generation-services: DVLA pdf-generator ("PDF generator used by DVLA View Driving Licence
  service") and Companies House go-tiff2pdf ("tiff2pdf (from libtiff) as a service"; POST a TIFF
  and get back application/pdf): services that produce PDF documents.
- website-language-banners: Bangor's cymreigio-porwyr ("a plugin that notifies a website visitor
  that their browser's content language preferences are still set to the default value of English
  (US)") and Companies House ch-java-utils ("thymeleaf resources functions to add a locale banner
  on the page to support different languages"): banners on web pages about the visitor's language.
- demonstration-health-dashboards: NHS Wales emergency-department-dashboards ("a public
  demonstration of one way software engineering teams can create emergency department
  dashboards", with fabricated data) and Public Health Wales NHS-R-Conference (videos building an
  "RMarkdown Shiny" dashboard on an ONS mortality subset): worked examples of building NHS data
  dashboards.
- swagger-spec-fixers: Companies House swagger-fixer ("Fixer for invalid swagger 1.2 to valid
  ones so that they can be processed by standard tooling") and nwisbeta linqpad-scripts ("useful
  LINQpad scripts for developers/testers working at NHS", including prune-fhir-swagger.linq):
  small tools that clean up Swagger specifications.
- shared-kafka-libraries: ONS dp-kafka ("Kafka client wrapper using channels to abstract kafka
  consumers and producers", with an avro package) and Companies House kafka-models ("models for
  use with Avro which will be auto-generated from Kafka schemas"): shared Kafka libraries that
  every service of the body depends on.
- reference-list-lookup-apis: ONS eq-lookup-api ("a simple request service that will return a
  list of results", e.g. `country/?q=United`) and Companies House sic-code-api ("an API for
  searching SIC Codes"): small search APIs over a fixed list of codes or names.
- spc-chart-tools: Aneurin Bevan's biu_Making_Data_Count_CustomVisuals ("Custom visuals
  implementing the NHS Making Data Count (MDC) methodology for Statistical Process Control (SPC)")
  and the NHS Wales Executive's WMCHackathon_Vaccine (an `spc` Flask app with pandas and
  matplotlib): statistical process control charts built by two bodies.
- lab-message-gateways: Genomics Partnership Wales LabGateway (LabResultsGateway.sln, Azure
  Functions with storage queues, a sibling of its HL7ResultsGateway) and DHCW Integration-Hub-Beta
  ("a cloud-native platform for seamless and secure exchange of clinical information", with
  hl7_sender and hl7_server components): gateways that move laboratory and clinical HL7 messages.

Conventions as in duplicate_labels_fresh.py: every cross-organisation pair inside a group is a
positive, and FRESH15_AMBIGUOUS lists related work whose pairs with the group are ignored.
"""

from __future__ import annotations

FRESH15_GROUPS: dict[str, list[str]] = {
    "email-sending-services": [
        "dvla/email-service",
        "companieshouse/chs-notification-sender-api",
        "companieshouse/chs-gov-uk-notify-integration-api",
    ],
    "api-developer-sites": [
        "nwisbeta/github.io",
        "nwisbeta/nhswales-developer-portal",
        "ONSdigital/address-index-developers",
    ],
    "house-style-css-builds": [
        "ONSdigital/dp-design-system",
        "intellectual-property-office/Assets",
        "DHCW-Digital-Health-and-Care-Wales/nhsw-component-library",
    ],
    "api-client-sdk-libraries": [
        "companieshouse/sdk-manager-node",
        "ONSdigital/dp-api-clients-go",
    ],
    "pdf-generation-services": [
        "dvla/pdf-generator",
        "companieshouse/go-tiff2pdf",
    ],
    "website-language-banners": [
        "techiaith/cymreigio-porwyr",
        "companieshouse/ch-java-utils",
    ],
    "demonstration-health-dashboards": [
        "GIG-Cymru-NHS-Wales/emergency-department-dashboards",
        "public-health-wales-health-intelligence/NHS-R-Conference",
    ],
    "swagger-spec-fixers": [
        "companieshouse/swagger-fixer",
        "nwisbeta/linqpad-scripts",
    ],
    "shared-kafka-libraries": [
        "ONSdigital/dp-kafka",
        "companieshouse/kafka-models",
    ],
    "reference-list-lookup-apis": [
        "ONSdigital/eq-lookup-api",
        "companieshouse/sic-code-api",
    ],
    "spc-chart-tools": [
        "Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals",
        "NHS-Executive/WMCHackathon_Vaccine",
    ],
    "lab-message-gateways": [
        "Genomics-Partnership-Wales/LabGateway",
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta",
    ],
}

FRESH15_AMBIGUOUS: dict[str, list[str]] = {
    "email-sending-services": [
        "dvla/olev-ses",
        "companieshouse/chs-email-sender-java",
        "companieshouse/email-producer-java",
        "intellectual-property-office/Outreach-Patents",
    ],
    "api-developer-sites": [
        "companieshouse/docs.developer.ch.gov.uk",
        "ONSdigital/dp-developer-site",
        "nwisbeta/api-user-guide-publisher",
        "nwisbeta/api-catalogue",
    ],
    "house-style-css-builds": [
        "companieshouse/ch-frontend",
        "intellectual-property-office/Automation",
        "welsh-revenue-authority/wra-frontend",
        "dvla/dvla_internal_frontend_toolkit",
    ],
    "api-client-sdk-libraries": [
        "companieshouse/api-sdk-node",
        "companieshouse/api-sdk-manager-go-library",
        "ONSdigital/dp-zebedee-sdk-go",
    ],
    "pdf-generation-services": ["companieshouse/document-generator"],
    "website-language-banners": ["companieshouse/ch-node-utils"],
    "reference-list-lookup-apis": ["ONSdigital/eq-suggest-api"],
    "spc-chart-tools": [
        "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
        "impcymru/impcymru-chart-formatter",
    ],
    "lab-message-gateways": [
        "Genomics-Partnership-Wales/HL7ResultsGateway",
        "Genomics-Partnership-Wales/genomics-result-hl7-sender",
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-POC",
    ],
}
