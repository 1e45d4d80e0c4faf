"""A fourteenth held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 6 December 2026, in the eighth session of that day, for the next session to score once
at its start and once at its end (means only) and never to tune on. Not scored yet. It was written
by reading only the data: ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs,
languages, file listings, manifests) with its `organisation` field for ownership, and
organisations.yaml for the names of bodies. Candidates were found by grepping for the job a
repository does, in several wordings, and by listing rare dependencies shared across organisations
in the manifests, then reading their descriptions, READMEs, file listings and manifests. No code
under search/, web/, catalogue/, ingest/ (other than its data), cli/, bench/ or docs/, no catalogue
output and nothing that computes search results or similarity was read or run (neither
duplicate_report.py nor ndcg.py nor pytest). Only the docstring and layout of
duplicate_labels_fresh12.py were read, for format; duplicate_labels_fresh13.py was not opened. The
earlier duplicate-label modules (GROUPS, GROUPS_2026 and the fresh to fresh12 groups) were only
imported by a throwaway script that reported, for each candidate group, the largest number of
repositories it shares with any single earlier group. After twelve earlier sets nearly every plain
cross-organisation duplicate was already labelled: of well over a hundred candidate groups
tried, most shared two or more repositories with an earlier group and were dropped (others were
dropped on reading as not the same job), so no group here shares two or more repositories with any
earlier group. What is left is small (eleven pairs and one
triple) and several groups are looser than in earlier sets (the same job done at a different
scale or in a different form); each group's evidence is in the repositories' own descriptions,
READMEs, file listings or manifests:

- ways-of-working-guides: the DHCW Software Engineering Handbook (GIGCymru), published with
  Zensical to GitHub Pages, "how to write clear, secure code; how to manage changes properly; how
  to work well across teams", DHCW's Product and Service Delivery Playbook, also a Zensical site
  "published as a website", and GIG Cymru's Ways of Working document (working agreements,
  principles, values) by IGDC-DHCW.
- spc-charts-for-nhs-data: the NHS Wales Executive hackathon repository's `spc` app (Flask,
  pandas, matplotlib) and Aneurin Bevan's custom visuals implementing the NHS Making Data Count
  methodology for Statistical Process Control charts.
- csv-on-the-web-tooling: DVLA's SIFFT, which validates incoming files "with CSVW metadata and
  constraint checking" (pyld in its manifest), and ONS's csvcubed, which turns "a CSV into 5-star
  linked data (CSV-W)" and inspects CSV-Ws.
- nhs-wales-ui-prototyping: GIG Cymru's `ui` repository for "user interface work in progress,
  experiments, prototyping, examples" and the NHS.Wales prototype kit for making "interactive
  prototypes that will look like pages on NHS.Wales".
- nrw-data-platform-deployments: two suppliers' deployment repositories for Natural Resources
  Wales's data platforms: Astun's "customisations for Natural Resources Wales GeoNetwork
  implementation" and Epimorphics's "DMS deployment configuration for NRW" (chef, provisioning).
- statistics-site-frontends: the StatsWales frontend service (an Express web frontend over the
  StatsWales backend, localised with i18next) and ONS's frontend router and renderer for
  ons.gov.uk pages (page templates and localisation files, supported languages "en" and "cy").
- kafka-producer-wrappers: Companies House's microservice that "transforms a JSON received via an
  internal HTTP request, into a Kafka message" and ONS's "Kafka client wrapper using channels to
  abstract kafka consumers and producers".
- synthetic-test-identities: DHCW's LINQPad scripts (nhs-number-generator.linq) "for
  developers/testers working at NHS" and GIG Cymru's testing repository of "fabrications of
  testing data, such as synthetic person profiles a.k.a fake users".
- elasticsearch-query-building: DVLA's Kaping gem, which builds "complex ElasticSearch DSL Queries
  for searching and filtering large data sets", and Companies House's search API, which queries
  "the alpha_search index, and the dissolved search index within Elastic Search".
- shared-frontend-components: DVLA's vehicles-presentation-common, "common components for DVLA
  web frontends", and Companies House's ch-node-utils, node utilities used across projects with a
  shared page template layout.
- health-dashboard-prototypes: Public Health Wales's HEF prototype web application (chart.js,
  nhsuk-frontend, fake data scripts) and GIG Cymru's emergency department dashboards demonstration
  built on "all fabricated information".
- s3-file-upload: DVLA's OLEV Rails application that "shows how files can be uploaded to AWS S3"
  and Companies House's file transfer service, which uploads and downloads files, each "stored in
  S3".

Conventions as in duplicate_labels_fresh.py: every cross-organisation pair inside a group is a
positive, and FRESH14_AMBIGUOUS lists related work whose pairs with the group are ignored.
"""

from __future__ import annotations

FRESH14_GROUPS: dict[str, list[str]] = {
    "ways-of-working-guides": [
        "GIGCymru/dhcw-software-engineering-handbook",
        "DHCW-Digital-Health-and-Care-Wales/dhcw-delivery-playbook",
        "GIG-Cymru-NHS-Wales/ways-of-working",
    ],
    "spc-charts-for-nhs-data": [
        "NHS-Executive/WMCHackathon_Vaccine",
        "Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals",
    ],
    "csv-on-the-web-tooling": [
        "dvla/sifft",
        "ONSdigital/csvcubed",
    ],
    "nhs-wales-ui-prototyping": [
        "GIG-Cymru-NHS-Wales/ui",
        "nwisbeta/nhswales-prototype-kit",
    ],
    "nrw-data-platform-deployments": [
        "AstunTechnology/nrw-custom-geonetwork",
        "epimorphics/nrw-dms-deploy",
    ],
    "statistics-site-frontends": [
        "Marvell-Consulting/statswales-frontend",
        "ONSdigital/dp-frontend-router",
        "ONSdigital/dp-frontend-renderer",
    ],
    "kafka-producer-wrappers": [
        "companieshouse/chs-kafka-api-java",
        "ONSdigital/dp-kafka",
    ],
    "synthetic-test-identities": [
        "nwisbeta/linqpad-scripts",
        "GIG-Cymru-NHS-Wales/testing",
    ],
    "elasticsearch-query-building": [
        "dvla/kaping",
        "companieshouse/search.api.ch.gov.uk",
    ],
    "shared-frontend-components": [
        "dvla/vehicles-presentation-common",
        "companieshouse/ch-node-utils",
    ],
    "health-dashboard-prototypes": [
        "impcymru/phw-hef-prototype",
        "GIG-Cymru-NHS-Wales/emergency-department-dashboards",
    ],
    "s3-file-upload": [
        "dvla/olev-rails-s3",
        "companieshouse/file-transfer-service",
    ],
}

FRESH14_AMBIGUOUS: dict[str, list[str]] = {
    "ways-of-working-guides": [
        "GIGCymru/dhcw-delivery-playbook",
        "GIGCymru/architecture",
        "GIG-Cymru-NHS-Wales/architecture-decision-records",
        "GIGCymru/GitHub-GIG-Cymru-Starter-Guide",
        "companieshouse/styleguides",
    ],
    "spc-charts-for-nhs-data": [
        "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
        "impcymru/impcymru-chart-formatter",
        "wgdsu/KASStylesR",
    ],
    "csv-on-the-web-tooling": [
        "ONSdigital/dp-data-pipelines",
        "ONSdigital/ons-utils",
        "ONSdigital/onsrap",
        "Marvell-Consulting/statswales-candidate-cube",
    ],
    "nhs-wales-ui-prototyping": [
        "nwisbeta/nhswales-frontend",
        "nwisbeta/mobile-app-design",
        "dvla/dvla_internal_prototype_kit",
        "GIG-Cymru-NHS-Wales/public-good-design-system-with-svelte-typescript",
    ],
    "nrw-data-platform-deployments": [],
    "statistics-site-frontends": [
        "Marvell-Consulting/statswales",
        "Marvell-Consulting/statswales-backend",
        "ONSdigital/dp-renderer",
        "ONSdigital/dis-wagtail",
    ],
    "kafka-producer-wrappers": [
        "companieshouse/kafka-models",
        "companieshouse/chs-delta-api",
        "companieshouse/kafka-management-tool",
        "companieshouse/email-producer-java",
    ],
    "synthetic-test-identities": [
        "GIG-Cymru-NHS-Wales/nhs-number-using-rust",
        "GIG-Cymru-NHS-Wales/nhs-number-replacer-cli-using-rust",
        "Work-In-Progress-For-Health/nhs-number-using-rust",
        "techiaith/enwau_ffug",
        "companieshouse/test-data-generator",
    ],
    "elasticsearch-query-building": [
        "ONSdigital/dp-elasticsearch",
        "ONSdigital/dp-search-api",
        "companieshouse/elasticsearch-data-loader",
    ],
    "shared-frontend-components": [
        "companieshouse/ch-frontend",
        "dvla/vehicles-services-common",
        "dvla/dvla_internal_frontend_toolkit",
        "ONSdigital/dp-renderer",
    ],
    "health-dashboard-prototypes": [
        "GIG-Cymru-NHS-Wales/ui",
        "Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals",
    ],
    "s3-file-upload": [
        "ONSdigital/dp-upload-service",
        "ONSdigital/dp-s3",
        "companieshouse/s3-content-type-fixer",
    ],
}
