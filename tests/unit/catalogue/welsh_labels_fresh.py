"""Fresh, independent hand-judged "Works in Welsh" labels for the snapshot.

Written on 6 December 2026 from the snapshot data alone
(``ingest/data/snapshot/repositories.jsonl``): for each sampled row the
description, the README (first several thousand characters), the primary
language, ``files_sample``, ``manifests`` and ``publiccode_yml`` were read and
a judgement made by hand. Nothing that computes or shows Welsh support was
read or run (not ``catalogue/welsh.py``, ``ingest/``, ``search/``, ``web/``,
the app, the tests or their output). The labels were written before any
change to the Welsh detector in that session.

Samples (all names already in ``WELSH_LABELS`` from ``snapshot_labels`` were
removed first, leaving 334 of the 445 snapshot rows):

1. Random sample: ``random.Random(20261208).sample(sorted(remaining), 80)``.
2. Welsh-mention sample: of the remaining names *not* in sample 1, every row
   whose name, description, README, ``files_sample``, ``manifests`` or
   ``publiccode_yml`` matches (case-insensitively) the regular expression
   ``welsh|cymraeg|cymreig|dwyieithog|bilingual|i18n|l10n|locale|translation|
   \\bcy\\b|cy[-_]gb|\\bcy\\.(json|ya?ml|po|js|ts|properties|xml)|/cy/|\\.cy\\.|
   _cy\\b|-cy\\b``. That found 25 candidates, so
   ``random.Random(20261209).sample(sorted(candidates), min(40, 25))`` takes
   all 25 of them. ("Cymru" alone was not used as a search term, because in
   this snapshot it only matches organisation names such as GIG Cymru.)

Every sampled row appears exactly once: in ``FRESH_WELSH_LABELS`` or in
``FRESH_WELSH_AMBIGUOUS``. The two samples are kept in separate literals
(``_RANDOM_SAMPLE_*`` and ``_WELSH_MENTION_SAMPLE_*``) and merged below.

Definition. "Works in Welsh" means the component supports the Welsh language
for its users or for its job: ``cy`` in publiccode.yml ``availableLanguages``;
Welsh locale or translation files (``cy.json``, ``messages.cy.po``,
``locales/cy/`` ...); an i18n set-up that includes ``cy``/Welsh; a bilingual
English/Welsh interface, or settings for the Welsh side of a bilingual
service; or Welsh-language technology (speech recognition or synthesis,
spelling or grammar tools, corpora, lexicons, NLP models or translation tools
for Welsh). Not enough on its own: a Welsh owner; a README written in Welsh
or a Welsh README (documentation is not support); Wales or the Welsh
Government as places or bodies; Welsh support that is planned, missing or
"to be added"; Welsh Language Standards or Welsh-language guidance cited as a
duty or reference.

Ambiguous rows are those where the data does not let a careful reader decide:
mainly user-facing components with i18n/localisation machinery (i18n
libraries, ``i18n``/``lang`` folders, ``babel.cfg``, ``Intl`` locale
polyfills) but no language named, and rows with no README or no file listing
where the job could plausibly be Welsh-language work. Either answer should
count as correct there.

Do not tune the detector on these labels. The team may split off a 'tuning'
half deterministically by the SHA-256 of the ``full_name``; only that half may
be used for tuning, and the other half kept for measuring.
"""

# --- Sample 1: random sample, random.Random(20261208), 80 rows -------------

_RANDOM_SAMPLE_LABELS: dict[str, bool] = {
    "AstunTechnology/nrw-custom-geonetwork": False,  # README only names the client (NRW); no content
    "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta": False,  # flask-babel only in internal ops dashboard; no cy/Welsh
    "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-POC": False,  # HL7 "translator" is message-format translation
    "DHCW-Digital-Health-and-Care-Wales/dhcw-delivery-playbook": False,  # English docs site; no language set-up
    "DHCW-Digital-Health-and-Care-Wales/playwright-training": False,  # test training repo; no Welsh
    "DHCW-Digital-Health-and-Care-Wales/shared-medicines-guide": False,  # English guidance content
    "GIG-Cymru-NHS-Wales/fhir-specifications-json": False,  # FHIR spec files; "translation" = code mapping
    "GIG-Cymru-NHS-Wales/hl7-parser-example": False,  # HL7 parser example
    "GIG-Cymru-NHS-Wales/hl7-v2-examples": False,  # HL7 message examples
    "GIG-Cymru-NHS-Wales/nhs-number-using-rust": False,  # NHS number crate; Wales only as a place
    "GIG-Cymru-NHS-Wales/person-similarity-using-rust": False,  # Rust service; no language evidence
    "GIG-Cymru-NHS-Wales/scheduling-fhir-like-model": False,  # domain model; "ubiquitous language" is DDD
    "GIGCymru/GitHub-GIG-Cymru-CodeSpaces": False,  # English how-to guide
    "GIGCymru/Linking-On-Prem-git-To-GitHub": False,  # English how-to guide
    "NHS-Executive/WMCHackathon_Vaccine": False,  # hackathon code; no README, no language evidence
    "ONSdigital/address-toolkit": False,  # address cleaning; no Welsh handling mentioned
    "ONSdigital/design-system-react": False,  # React components; no i18n evidence
    "ONSdigital/dp-cli": False,  # developer CLI
    "ONSdigital/dp-data-pipelines": False,  # data ingress pipelines
    "ONSdigital/dp-data-tools": False,  # ops/data scripts
    "ONSdigital/dp-dataset-api": False,  # back-end API; locales only via Go validator deps
    "ONSdigital/dp-download-service": False,  # back-end file service; locales only via validator deps
    "ONSdigital/dp-mongodb": False,  # MongoDB library
    "ONSdigital/dp-recipe-api": False,  # back-end API
    "ONSdigital/dp-table-renderer": False,  # table rendering service; no language set-up
    "ONSdigital/eq-author": False,  # survey authoring UI; "babel" is the JS compiler
    "ONSdigital/eq-cir-proxy-service": False,  # back-end proxy service
    "ONSdigital/eq-schema-validator": False,  # schema validation API
    "ONSdigital/ons-dsc-cloudbuild-utils": False,  # CI utilities
    "ONSdigital/ons-json-logger": False,  # logging gem
    "ONSdigital/ons-utils": False,  # pipeline utils
    "Pathogen-Genomics-Cymru/lodestone": False,  # genomics pipeline
    "Sport-Wales/calendars": False,  # README roadmap: Welsh translation still to do
    "Work-In-Progress-For-Health/gig-cymru-igdc-dryw": False,  # Welsh product name only; no Welsh UI evidence
    "Work-In-Progress-For-Health/nhs-number-cli-using-rust": False,  # CLI; Wales only as a place
    "companieshouse/Log-Declare": False,  # Perl logging module
    "companieshouse/address-lookup-api": False,  # back-end address API
    "companieshouse/api-sdk-manager-go-library": False,  # SDK auth library
    "companieshouse/chs-delta-api": False,  # Kafka delta service
    "companieshouse/company-profile-api": False,  # back-end API
    "companieshouse/docs.developer.ch.gov.uk": False,  # English developer docs; no i18n evidence
    "companieshouse/file-transfer-service": False,  # file upload API
    "companieshouse/go-session-handler": False,  # session library
    "companieshouse/node-base-image": False,  # Docker base images
    "companieshouse/s3-content-type-fixer": False,  # S3 script
    "companieshouse/sdk-manager-node": False,  # SDK library stub
    "companieshouse/search.api.ch.gov.uk": False,  # search API
    "companieshouse/sic-code-api": False,  # SIC code search API
    "companieshouse/transaction-search-tool": False,  # internal admin tool; no i18n evidence
    "datasciencecampus/statschat-app": False,  # semantic search demo; no Welsh mentioned
    "dvla/Fitness-to-Drive-Pageflow": False,  # page-flow library
    "dvla/aws-sqs-utility": False,  # SQS CLI
    "dvla/block-repeater": False,  # Ruby gem
    "dvla/eventstore-client": False,  # event store client
    "dvla/evl-state-manager": False,  # .NET state manager
    "dvla/hash_miner": False,  # Ruby gem
    "dvla/lab-gen": False,  # generative AI lab API; no Welsh
    "dvla/oepp-core": False,  # Java core module
    "dvla/oepp-project-archetypes": False,  # Maven parent poms
    "dvla/opencommit": False,  # commit-message tool; generic OCO_LANGUAGE, no Welsh
    "dvla/proxypy": False,  # proxy server
    "dvla/sifft": False,  # Spark ingestion library
    "intellectual-property-office/Automation": False,  # asset build script
    "intellectual-property-office/Outreach-Patents": False,  # Notify code stub
    "intellectual-property-office/ctc-correspondence": False,  # back-end service
    "intellectual-property-office/ctc-hello-world": False,  # microservice template
    "intellectual-property-office/fe-dashboard-ui": False,  # internal dashboard UI
    "nwisbeta/api-management-developer-portal": False,  # portal fork; "customisations" not Welsh
    "nwisbeta/github.io": False,  # English GitHub Pages site
    "techiaith/docker-metashare": False,  # generic META-SHARE node installer; not Welsh-specific
    "welsh-revenue-authority/data-landscape": False,  # data lists; only a cy.ons.gov.uk link
    "wgdsu/iot-leontief-python": False,  # economic modelling package
    "wgdsu/wales-ookla-data": False,  # Wales only as a place
}

_RANDOM_SAMPLE_AMBIGUOUS: list[str] = [
    "Marvell-Consulting/statswales-backend",  # i18next + fs-backend deps; no language named
    "ONSdigital/dis-wagtail",  # publishing CMS; no file listing or manifests captured
    "ONSdigital/dp-frontend-router",  # website router with a lang/ folder; no language named
    "ONSdigital/eq-questionnaire-runner",  # respondent UI with babel.cfg/flask-babel; no cy shown
    "companieshouse/ch-java-utils",  # i18n locale-banner assets; languages not named
    "techiaith/hosted-whisper-streaming-with-client",  # speech (Whisper) code, no README
    "techiaith/modelu-pwnc-demo",  # README only points to README.cy.md; data unclear
]

# --- Sample 2: Welsh-mention sample, random.Random(20261209), 25 rows ------

_WELSH_MENTION_SAMPLE_LABELS: dict[str, bool] = {
    "Audit-Wales/NetZeroDive": False,  # welsh_net_zero is a data story topic, not language
    "DHCW-Digital-Health-and-Care-Wales/single-record-design-system": False,  # only cites CDPS Welsh-language guidance
    "GIG-Cymru-NHS-Wales/wauth": False,  # "Welsh Authentication" is a product name
    "GIGCymru/Solutions-Exchange": False,  # Welsh only in NHS body names
    "Marvell-Consulting/statswales-data-grabber": True,  # --welsh option fetches the Welsh-language data
    "ONSdigital/dp-upload-service": False,  # locales only via Go validator deps
    "Pathogen-Genomics-Cymru/covate": False,  # Welsh health boards as places
    "Sport-Wales/crowdfunder-calculator": False,  # Welsh Index of Multiple Deprivation only
    "companieshouse/payments.api.ch.gov.uk": False,  # back-end API; locales via validator deps
    "techiaith/Festival_Windows": True,  # ships welsh-v1.1.0.tar.gz Festival voice (Welsh TTS)
    "welsh-revenue-authority/LTT_scenarios": False,  # tax scenarios; Welsh only in owner name
    "welsh-revenue-authority/component-library": False,  # Vue components; no i18n evidence
    "welsh-revenue-authority/isitinwales": False,  # demo service; no language evidence
    "welsh-revenue-authority/land-and-property-datasets": False,  # data; Welsh only in owner
    "welsh-revenue-authority/property-per-page": False,  # Flask demo; no language evidence
    "welsh-revenue-authority/property_platform_app": False,  # POC API; Welsh only in URL
    "welsh-revenue-authority/wra-frontend": False,  # styles/JS; Welsh only in owner name
    "wgdsu/KASStylesR": False,  # chart styling; Welsh Government as a body
}

_WELSH_MENTION_SAMPLE_AMBIGUOUS: list[str] = [
    "Marvell-Consulting/statswales",  # alpha explored i18n (i18next); language not named
    "Marvell-Consulting/statswales-frontend",  # i18next + fs-backend deps; no language named
    "ONSdigital/dp-frontend-cookie-controller",  # frontend with go-i18n dep; no language named
    "ONSdigital/dp-renderer",  # templates + localisations, go-i18n; no language named
    "companieshouse/ch.gov.uk",  # web app with i18n/ folder; languages not named
    "govwales/component-library",  # Intl locale polyfills; no locale named
    "govwales/govwales-component-library",  # Intl locale polyfills; no locale named
]

FRESH_WELSH_LABELS: dict[str, bool] = {
    **_RANDOM_SAMPLE_LABELS,
    **_WELSH_MENTION_SAMPLE_LABELS,
}

FRESH_WELSH_AMBIGUOUS: list[str] = [
    *_RANDOM_SAMPLE_AMBIGUOUS,
    *_WELSH_MENTION_SAMPLE_AMBIGUOUS,
]
