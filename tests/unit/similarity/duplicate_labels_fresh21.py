"""A twenty-first held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 7 December 2026, in the fifteenth session of that day, for the NEXT session to score once
at its start and once at its end (means only) and never to tune on. Not scored yet. The groups were
found by reading the data only: ingest/data/snapshot/repositories.jsonl (names, descriptions,
READMEs, languages, file listings, manifests) with its `organisation` field for ownership, and
organisations.yaml and SOURCE.md for the bodies and the fields. Candidates came from small Python
scripts that search the JSONL for the job a repository does in several wordings, followed by
reading the candidates' descriptions, READMEs, file listings and manifests. duplicate_labels_fresh15.py
was read for format only (lines 1-60 and its last 15 lines). The sixteenth to twentieth sets' files
were never opened or printed. Nothing under search/, web/, catalogue/, cli/, docs/ or bench/ (nor
anything under ingest/ but its data) was read or run, nothing that computes similarity was used,
git was not used, and the only tests run were the format checks.

Clash check, by counts and yes/no marks only. A throwaway script imported the earlier label files
(duplicate_labels.py, duplicate_labels_2026.py, duplicate_labels_fresh.py and
duplicate_labels_fresh2.py to duplicate_labels_fresh20.py: 253 earlier groups) and printed, for each
candidate pair of repositories, whether any earlier group already holds both, and for each candidate
group the most repositories it shares with any one earlier group. More than 60 candidate themes
were tried; almost every plain cross-organisation duplicate in the snapshot (address look-ups, cookie
banners, loggers, design systems, test data, scrapers, blogs, upload services, kafka tools and so
on) is already held by an earlier group, so the groups below were built only from pairs that no
earlier group holds. Every group here shares at most one repository with any earlier group (each
of the ten shares exactly one with its closest earlier group, since nearly every repository in the
snapshot already sits in some earlier group); none shares two. Some are looser overlaps than the earlier sets' best ones, and say
so below.

Each group's evidence, in the repositories' own words:

- survey-building-and-running-apps: Work-In-Progress-For-Health's dhcw360 ("a web app for custom
  staff surveys ... Values-Based 360 Feedback", a Phoenix/Ash app) and ONS's eq-survey-runner ("eQ
  Survey Runner"; "To launch a survey, navigate to http://localhost:8000/"): each is a web
  application that runs surveys its body writes. Ambiguous: the twin gig-cymru-igdc-dryw, the
  runner's successor eq-questionnaire-runner, and eq-author (the questionnaire builder).
- api-reference-sites-built-from-specs: nwisbeta/api-catalogue ("used to generate documentation and
  user guides for NHS Wales APIs"; each API has a spec/open-api.yml; "The generated HTML view of the
  catalogue can be found at https://developer.nhs.wales/apis") and ONS's dp-developer-site ("A Go
  application that generates the HTML pages for the developer hub for ons.gov.uk", loading each
  API's swagger.yaml): both build a developer site from the body's API specifications. Ambiguous:
  companieshouse/specs.developer.ch.gov.uk and nwisbeta/api-user-guide-publisher.
- hl7-v2-message-handling: GIG Cymru's hl7-parser-example ("Query an HL7 message", "Decode an
  encoded string into an HL7 message", "Build an HL7 message") and DHCW's Integration-Hub-Beta ("a
  cloud-native platform for seamless and secure exchange of clinical information", made of
  hl7_server, hl7_sender and hl7_*_transformer services): both receive, read and build HL7 v2
  messages. Ambiguous: hl7-v2-examples and Genomics-Partnership-Wales/HL7ResultsGateway.
- proms-into-clinical-data-standards: freshEHR's dhcw-cdr ("principles behind openEHR and how to
  start working with the APIs and data formats" of openEHR CDRs, documented at .../dhi-proms/, with
  operational and web templates and forms) and NHSWalesFHIR's NHSWales-fhir-psom-xlsform-to-fhir
  ("conversion of .xlsx files, compliant with XLSForm standards, into FHIR Shorthand (FSH)";
  "Identifies whether the PROMS is DSCN or LPDS based"; "Generates FSH for questionnaires"): both
  turn patient-reported outcome forms into a clinical data standard (openEHR or FHIR). A looser
  pair: the standards differ.
- interactive-data-exploration-sites: Audit Wales's NetZeroDive ("a framework for creating
  Interruptible Narrative Visualizations", between "data stories" and "interactive dashboards"),
  GIG Cymru's emergency-department-dashboards ("a public demonstration of one way software
  engineering teams can create emergency department dashboards", SvelteKit) and ONS's
  explore-local-statistics-app ("Explore Local Statistics", a SvelteKit app built on ONS Svelte
  components): public web apps for exploring data interactively. Ambiguous: dp-census-atlas.
- email-on-request-services: Companies House's chs-gov-uk-notify-integration-api (the
  "govuk-notify-api" module that takes notification requests over REST and passes them to "GovUK
  Notify") and DVLA's olev-ses ("This dropwizard app sends an email using AWS SES when a webservice
  is invoked"): small services that send an email when called. Ambiguous: dvla/email-service and
  companieshouse/chs-email-sender-java.
- gov-style-web-prototype-starters: Companies House's node-review-web-starter-ts ("designed to
  allow you to very quickly create a GOV_UK web app using Typescript/Node.js", "scaffolding") and
  nwisbeta/nhswales-prototype-kit ("enables you to make interactive prototypes that will look like
  pages on NHS.Wales"), both Express and Nunjucks starters. Ambiguous: node-review-web-starter-js
  and dvla/dvla_internal_prototype_kit.
- body-frontend-style-builds: DVLA's dvla_internal_frontend_toolkit ("Styles, elements and layouts
  for development of internal DVLA applications", an npm package built with gulp-sass) and the
  IPO's Automation ("a batch script that will download and compile all UK IPO frontend styles,
  ready for use in your project"; "All SASS will be output as CSS"). Ambiguous:
  intellectual-property-office/Assets.
- frontend-pattern-libraries: ONS's ons-pattern-library-starter ("A basic pattern library for the
  frontend of ons.gov.uk") and the WRA's wra-frontend ("A repository for reusable bits of frontend
  code", with "Use a copy of Wales GEL" and "Build your own stylesheets"): each keeps its body's
  reusable front-end patterns in one place. A looser pair. Ambiguous: DHCW's nhsw-component-library.
- mongodb-helper-code: ONS's dp-mongodb ("A mongodb library for DP", wrapping the Go driver with a
  health checker and locks) and DVLA's osl-commons-utils ("A suite of commonly used java utilities",
  among them "Mongo", on mongo-java-driver and morphia): shared code for the body's services to use
  MongoDB. A looser pair: the DVLA suite covers email, queues and validation too.

Ten groups, twelve cross-organisation pairs in all (three in the three-body group, one in each
other group).
"""

FRESH21_GROUPS: dict[str, list[str]] = {
    "survey-building-and-running-apps": [
        "Work-In-Progress-For-Health/dhcw360",
        "ONSdigital/eq-survey-runner",
    ],
    "api-reference-sites-built-from-specs": [
        "nwisbeta/api-catalogue",
        "ONSdigital/dp-developer-site",
    ],
    "hl7-v2-message-handling": [
        "GIG-Cymru-NHS-Wales/hl7-parser-example",
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta",
    ],
    "proms-into-clinical-data-standards": [
        "freshehr/dhcw-cdr",
        "NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir",
    ],
    "interactive-data-exploration-sites": [
        "Audit-Wales/NetZeroDive",
        "GIG-Cymru-NHS-Wales/emergency-department-dashboards",
        "ONSdigital/explore-local-statistics-app",
    ],
    "email-on-request-services": [
        "companieshouse/chs-gov-uk-notify-integration-api",
        "dvla/olev-ses",
    ],
    "gov-style-web-prototype-starters": [
        "companieshouse/node-review-web-starter-ts",
        "nwisbeta/nhswales-prototype-kit",
    ],
    "body-frontend-style-builds": [
        "dvla/dvla_internal_frontend_toolkit",
        "intellectual-property-office/Automation",
    ],
    "frontend-pattern-libraries": [
        "ONSdigital/ons-pattern-library-starter",
        "welsh-revenue-authority/wra-frontend",
    ],
    "mongodb-helper-code": [
        "ONSdigital/dp-mongodb",
        "dvla/osl-commons-utils",
    ],
}

FRESH21_AMBIGUOUS: dict[str, list[str]] = {
    "survey-building-and-running-apps": [
        "Work-In-Progress-For-Health/gig-cymru-igdc-dryw",
        "ONSdigital/eq-questionnaire-runner",
        "ONSdigital/eq-author",
    ],
    "api-reference-sites-built-from-specs": [
        "companieshouse/specs.developer.ch.gov.uk",
        "nwisbeta/api-user-guide-publisher",
    ],
    "hl7-v2-message-handling": [
        "GIG-Cymru-NHS-Wales/hl7-v2-examples",
        "Genomics-Partnership-Wales/HL7ResultsGateway",
    ],
    "interactive-data-exploration-sites": ["ONSdigital/dp-census-atlas"],
    "email-on-request-services": [
        "dvla/email-service",
        "companieshouse/chs-email-sender-java",
    ],
    "gov-style-web-prototype-starters": [
        "companieshouse/node-review-web-starter-js",
        "dvla/dvla_internal_prototype_kit",
    ],
    "body-frontend-style-builds": ["intellectual-property-office/Assets"],
    "frontend-pattern-libraries": ["DHCW-Digital-Health-and-Care-Wales/nhsw-component-library"],
}
