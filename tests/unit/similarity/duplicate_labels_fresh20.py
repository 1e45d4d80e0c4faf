"""A twentieth held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 7 December 2026, in the fourteenth session, for the NEXT session to score once at its
start and once at its end (means only) and never to tune on. Not scored yet. It was written by
reading only the data: ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs,
languages, file listings, manifests) with its `organisation` field for ownership, and
organisations.yaml (and SOURCE.md beside it) for the names of bodies. Candidates were found with
small Python scripts that grep the JSONL for the job a repository does, in several wordings, and
then by reading their descriptions, READMEs, file listings and manifests. Nothing under search/,
web/, catalogue/, cli/, docs/ or bench/ (nor any code under ingest/) was read or run, no catalogue
output and nothing that computes similarity was used, no test was run apart from the format checks,
git was not used, and the eighteenth and nineteenth sets' files were not opened in any way.
duplicate_labels_fresh15.py was read for its format only (lines 1-60, the head of its docstring, and
its last 15 lines, the end of its AMBIGUOUS dict); its groups seen there were not reused.
duplicate_report.py and test_similarity_quality.py were read where this set is wired in. The other
duplicate-label files (duplicate_labels.py, duplicate_labels_2026.py, duplicate_labels_fresh.py and
duplicate_labels_fresh2.py to duplicate_labels_fresh19.py) were only imported by throwaway scripts
that printed counts: for each candidate group, the largest number of repositories it shares with
any one earlier group, how many earlier groups share two or more with it, and how many of its
members some earlier group holds; the names of variables were printed once to find the dicts,
never an earlier group's name or members. The earlier sets hold 242 groups and cover nearly every
plain cross-organisation duplicate: of a first round of 28 candidate groups (the obvious jobs:
address look-ups, notification senders, loggers, design systems, payments, starter templates and
so on) 27 shared two or more repositories with an earlier group; of 85 candidate pairs in a second
round 24 shared at most one, of 32 in a third 11, and of 31 in a fourth 14. The groups below were
built from those, keeping only pairs whose evidence says the repositories do the same job; one
candidate member (ONS eq-schema-validator) would have made its group share two with an earlier
group and was moved to AMBIGUOUS. Several groups add a second body's repository to a theme an
earlier set may touch (always with a new pair), and some are looser overlaps than the earlier
sets' best ones. No group here shares two or more repositories with any earlier group (each shares
at most one), and every group spans at least two organisations. Group names were checked the
same way (a count of earlier groups with the same name): one clashed and was renamed
(repository-practice-guides).

Each group's evidence is in the repositories' own words:

- notification-email-senders: IPO's Outreach-Patents ("TopLevel Outreach code": a GovUkNotify.sln
  with a GovUkNotify C# project, a client of the GOV.UK Notify email and text service) and
  Companies House email-producer-java ("a library for handling the sending of emails via Kafka, the
  CHS Email Sender and the CHS Notification API", so that engineers "looking to add emails to their
  service" need only add one dependency): each body's own client code for sending emails to the
  people it deals with through a notification service.
- reusable-sass-frameworks: ONS eq-sass ("Basic responsive Sass framework including grid and
  breakpoint helpers", installed with npm and imported into your Sass) and the Welsh Revenue
  Authority's wra-frontend ("A repository for reusable bits of frontend code": "Build your own
  stylesheets" from scss, with a copy of Wales GEL): shared Sass packages that other projects pull
  in to build their stylesheets.
- new-project-starter-templates: Public Health Wales phwcookiecutter ("a template repo for Python
  based projects in PHW", used with the cookiecutter package to set up a repo), Companies House
  node-review-web-starter-ts ("designed to allow you to very quickly create a GOV_UK web app using
  Typescript/Node.js", "the essential building blocks (or scaffolding)") and Sport Wales template
  (a template repository: "Title of project / Description of project", sections for technologies,
  installation, dependencies and deployment, recommended editor extensions): starting points for a
  body's new repositories.
- organisation-software-showcases: the NHS Wales Solutions Exchange ("a comprehensive platform
  showcasing innovative healthcare solutions, digital tools, and collaborative projects developed
  across NHS Wales organizations", with fetch_repositories.py and data "Automatically updated daily
  via GitHub Actions") and Companies House services-dashboard-api ("retrieve various information
  about the services ... monitored on our Dependency Track server and integrate them with
  information about the same services retrieved from SonarQube and GitHub"): each gathers facts
  about its organisation's own software from GitHub and other sources into one browsable view.
- sign-in-provider-demos: DVLA government-gateway-stub ("A simple OpenID Connect identity provider
  with signup and login", stubbing Government Gateway) and NHS Wales demo-microsoft-entra
  ("Demonstration of Microsoft Entra", creating an external tenant for authentication with
  sign-in and sign-out code using MSAL.js) with its sibling
  microsoft-entra-external-tenant-authentication-example-using-javascript ("external tenant
  authentication ... Create a single page application"): working sign-in against an OpenID Connect
  identity provider, set up for development and demonstration.
- website-crawlers: Marvell's statswales-data-grabber ("A small tool to get data from the existing
  StatsWales system", data-grabber.py and spider.py) and Gwynedd Council's Ymlusgwr (Welsh for
  "crawler", an F# console program): programs that crawl a website and pull its content down.
- markdown-documentation-sites: NHS Wales product-briefs ("The documents in this repository are
  published to https://gigcymru.github.io/product-briefs/", MkDocs Material), the DHCW
  dhcw-delivery-playbook ("The content lives as Markdown in docs/. The site is built with
  Zensical ... and published to GitHub Pages") and NHS Wales architecture (a published Zensical
  site synchronised from an internal repository): Markdown guidance published as a static site by
  the same toolchain.
- submission-validation-apis: Companies House account-validator-api ("A backend service allowing
  users to test XBRL validation on their accounts") and ONS eq-questionnaire-validator ("An API for
  validating survey schemas"): services that check a submitted document against the rules for its
  format before it is used.
- design-pattern-guides: ONS ons-pattern-library-starter ("A basic pattern library for the
  frontend of ons.gov.uk", published to GitHub Pages) and Sport Wales design-guides ("the official
  design and development documentation for Sport Wales digital products": brand guidelines,
  component functionality, a global style sheet): the documented patterns a body's frontends
  follow.
- repository-practice-guides: Companies House styleguides ("A collection of standards for
  development at Companies House", with checklists "to ensure a repository is up to scratch",
  .gitignore and Git guidance) and NHS Wales Best-Practice-for-Backing-up-Files-to-GitHub ("Best
  Practices for GitHub Usage", "Security Considerations for NHS Wales", a "Getting Started
  Checklist" and a README template): written rules for how staff keep code in repositories.
- house-style-chart-packages: Welsh Government KASStylesR ("designed for producing charts and
  figures that meet Welsh Government Knowledge and Analytical Services publication guidance",
  colour themes with accessibility warnings) and Aneurin Bevan UHB
  biu_Making_Data_Count_CustomVisuals ("Custom visuals implementing the NHS Making Data Count (MDC) methodology for Statistical Process
  Control (SPC) charts", for Python and Looker): packages that draw charts to a body's or the NHS's
  charting standard.
"""

from __future__ import annotations

FRESH20_GROUPS: dict[str, list[str]] = {
    "notification-email-senders": [
        "intellectual-property-office/Outreach-Patents",
        "companieshouse/email-producer-java",
    ],
    "reusable-sass-frameworks": [
        "ONSdigital/eq-sass",
        "welsh-revenue-authority/wra-frontend",
    ],
    "new-project-starter-templates": [
        "Public-Health-Wales/phwcookiecutter",
        "companieshouse/node-review-web-starter-ts",
        "Sport-Wales/template",
    ],
    "organisation-software-showcases": [
        "GIGCymru/Solutions-Exchange",
        "companieshouse/services-dashboard-api",
    ],
    "sign-in-provider-demos": [
        "dvla/government-gateway-stub",
        "GIG-Cymru-NHS-Wales/demo-microsoft-entra",
        "GIG-Cymru-NHS-Wales/microsoft-entra-external-tenant-authentication-example-using-javascript",
    ],
    "website-crawlers": [
        "Marvell-Consulting/statswales-data-grabber",
        "CyngorGwyneddDatblygu/Ymlusgwr",
    ],
    "markdown-documentation-sites": [
        "GIGCymru/product-briefs",
        "DHCW-Digital-Health-and-Care-Wales/dhcw-delivery-playbook",
        "GIGCymru/architecture",
    ],
    "submission-validation-apis": [
        "companieshouse/account-validator-api",
        "ONSdigital/eq-questionnaire-validator",
    ],
    "design-pattern-guides": [
        "ONSdigital/ons-pattern-library-starter",
        "Sport-Wales/design-guides",
    ],
    "repository-practice-guides": [
        "companieshouse/styleguides",
        "GIGCymru/Best-Practice-for-Backing-up-Files-to-GitHub",
    ],
    "house-style-chart-packages": [
        "wgdsu/KASStylesR",
        "Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals",
    ],
}

# Repositories that do the same job as a group but were left out of it (most because an earlier set
# already pairs them with a member here): pairs that involve them are neither right nor wrong.
FRESH20_AMBIGUOUS: dict[str, list[str]] = {
    "notification-email-senders": [
        "dvla/email-service",
        "dvla/olev-ses",
        "companieshouse/chs-email-sender-java",
        "companieshouse/chs-gov-uk-notify-integration-api",
    ],
    "reusable-sass-frameworks": [
        "intellectual-property-office/Assets",
        "intellectual-property-office/Automation",
        "DHCW-Digital-Health-and-Care-Wales/nhsw-component-library",
    ],
    "new-project-starter-templates": [
        "companieshouse/node-review-web-starter-js",
        "ONSdigital/ons-python-template",
        "Sport-Wales/sport-wales-project-template",
    ],
    "organisation-software-showcases": [
        "companieshouse/services-dashboard-web",
        "ONSdigital/keh-digital-landscape",
    ],
    "sign-in-provider-demos": ["companieshouse/third-party-harness-oidc"],
    "website-crawlers": [
        "Marvell-Consulting/statswales2redirect",
        "NHS-Executive/GoogleColab_NHFD_WebScraper",
    ],
    "markdown-documentation-sites": [
        "GIGCymru/dhcw-delivery-playbook",
        "GIGCymru/dhcw-software-engineering-handbook",
        "GIG-Cymru-NHS-Wales/architecture-decision-records",
    ],
    "submission-validation-apis": ["ONSdigital/eq-schema-validator"],
    "design-pattern-guides": ["nwisbeta/mobile-app-design"],
    "repository-practice-guides": [
        "GIG-Cymru-NHS-Wales/ways-of-working",
        "GIGCymru/GitHub-GIG-Cymru-Starter-Guide",
    ],
    "house-style-chart-packages": ["impcymru/impcymru-chart-formatter"],
}
