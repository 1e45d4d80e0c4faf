"""A sixth fresh, independent set of judged search questions, written on 5 December 2026.

It exists to measure search quality honestly once, at the end: it has not been scored, nothing has
been tuned on it, and it must never be used to tune anything. It was written at the end of the
session of 5 December for the next session: score it once on the code that session starts from and
once at its end, means only, and report the result apart from the other sets.

How it was written: from the bundled data alone (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, topics, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the English and Welsh names of bodies). For each question the data was
grepped for its words and for other words that say the same thing (synonyms, Welsh and English,
plural and mutated forms, tool names in manifests and file listings), and the candidates'
descriptions and READMEs were read before grading. No search engine, catalogue, API, demo, ranking
or similarity code or output was run or read. relevance_corpus.py and judgements_fresh.py were read
for their shape only, the other fresh sets for no more than their docstrings; the earlier sets were
checked only by a script that counted questions here equal to, or contained in, an earlier question
(none are).

Grades: 2 is what the person wants, 1 is relevant but not the main answer; every repository in the
snapshot that deserves a grade is listed. There are no `must` lists: these questions measure, they
do not gate. Each question's kind is given on its Judgement: "welsh" (Welsh or mixed Welsh and
English), "vague" (a plain description of a need), "typo", or "english" (the default).
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

T = "techiaith/"
CH = "companieshouse/"
ONS = "ONSdigital/"
DSC = "datasciencecampus/"
DVLA = "dvla/"
DHCW = "DHCW-Digital-Health-and-Care-Wales/"
NWIS = "nwisbeta/"
GIG = "GIG-Cymru-NHS-Wales/"
GIGC = "GIGCymru/"
WIP = "Work-In-Progress-For-Health/"
WRA = "welsh-revenue-authority/"
MC = "Marvell-Consulting/"
SW = "Sport-Wales/"
GPW = "Genomics-Partnership-Wales/"
WG = "govwales/"
WGDSU = "wgdsu/"
IPO = "intellectual-property-office/"

FRESH6_JUDGEMENTS: list[Judgement] = [
    # Welsh, and Welsh mixed with English
    Judgement(
        "cyfieithu peirianyddol Cymraeg",
        _graded(
            [T + "docker-moses-smt", T + "docker-marian-nmt"],
            [T + "techiaith-utils", T + "archgof-client", T + "anonymeiddiwr-beta"],
        ),
        kind="welsh",
        notes="Moses SMT and Marian NMT; utils for NMT projects; translation memories feed training",
    ),
    Judgement(
        "nôl cof cyfieithu dros API",
        _graded([T + "archgof-client"], [T + "anonymeiddiwr-beta"]),
        kind="welsh",
        notes="archgof-client downloads translation memories; the anonymiser cleans them",
    ),
    Judgement(
        "trawsgrifio recordiadau sain i destun",
        _graded(
            [
                T + "trawsgrifiwr-arlein",
                T + "trawsgrifiwr-byw",
                T + "trawsgrifiwr-byw-seinydd-windows",
                T + "trawsgrifiwr-windows",
                T + "welsh-whisperx",
                T + "hacio-deepspeech-cymraeg",
            ],
            [
                T + "docker-huggingface-stt-cy",
                T + "docker-deepspeech-cy-server",
                T + "docker-kaldi-gstreamer-server",
                T + "hosted-whisper-streaming-with-client",
                T + "docker-coqui-stt-cy",
            ],
        ),
        kind="welsh",
        notes="transcribers first; speech recognition servers and engines second",
    ),
    Judgement(
        "adfer atalnodi mewn testun",
        _graded([T + "docker-atalnodi-server"]),
        kind="welsh",
        notes="punctuation and capitalisation restoration server",
    ),
    Judgement(
        "safoni sillafiadau amrywiol mewn testun Cymraeg",
        _graded(
            [T + "cydran-normaleiddio"],
            [T + "techiaith-tts", T + "welsh-whisperx"],
        ),
        kind="welsh",
        notes="spaCy normalisation component; the TTS normaliser and WhisperX text normalising",
    ),
    Judgement(
        "creu enwau personol ffug Cymraeg",
        _graded([T + "enwau_ffug"], [GIG + "testing"]),
        kind="welsh",
        notes="Faker provider of Welsh names; GIG testing holds synthetic person profiles",
    ),
    Judgement(
        "treiglo a lluosogi geiriau",
        _graded(
            [T + "offer-trin-iaith"],
            [
                T + "lecsicon-cymraeg-bangor",
                T + "lecsicon-cymraeg-bangor-enghreifftiau",
                T + "word2vec-cy-demutated",
            ],
        ),
        kind="welsh",
        notes="mutate.py and pluralize.py; the lexicon lists mutations and plurals",
    ),
    Judgement(
        "tagwyr rhannau ymadrodd",
        _graded(
            [
                T + "model-tagiwr-spacy-cy",
                T + "spacy-tagiwr-ency",
                T + "spacy_cy_tag_lem_ner_lg",
            ],
            [
                T + "brawddegau-tagiedig",
                T + "lecsicon-cymraeg-bangor",
                T + "parsiwr-dibyniaethau",
            ],
        ),
        kind="welsh",
        notes="plural of tagiwr; tagged corpus, lexicon with parts of speech and parser second",
    ),
    Judgement(
        "tynnu enwau pobl a lleoedd o erthyglau",
        _graded(
            [T + "spacy-wales-en-ner-model", T + "spacy_cy_tag_lem_ner_lg"],
            [T + "anonymeiddiwr-beta", T + "spacy"],
        ),
        kind="welsh",
        notes="named entity recognition, described rather than named",
    ),
    Judgement(
        "ap cynorthwyydd llais i ffonau symudol",
        _graded(
            [T + "macsen-flutter"],
            [T + "macsen", T + "macsen-sgwrsfot", T + "docker-kaldi-gstreamer-server"],
        ),
        kind="welsh",
        notes="the Flutter Macsen app; Macsen's server parts second",
    ),
    Judgement(
        "casglu recordiadau o leisiau siaradwyr",
        _graded(
            [T + "Paldaruo", T + "voice-web"],
            [
                T + "speech-corpus-builder",
                T + "brawddegau-adnabod-lleferydd",
                T + "docker-commonvoice-custom-splits-builder",
            ],
        ),
        kind="welsh",
        notes="apps for donating voices; corpus builders and prompt sentences second",
    ),
    Judgement(
        "gwerthuso modelau iaith mawr",
        _graded([T + "llm-evals-cy"], [T + "mimic"]),
        kind="welsh",
        notes="LLM evaluation suite; MIMiC trains Welsh LLMs",
    ),
    Judgement(
        "fectorau geiriau Cymraeg",
        _graded(
            [T + "word2vec-cy", T + "word2vec-cy-demutated"],
            [T + "spacy_cy_tag_lem_ner_lg", T + "tebygrwydd_brawddegau_cymraeg"],
        ),
        kind="welsh",
        notes="word2vec models; the spaCy pipeline ships word vectors",
    ),
    Judgement(
        "amlder geiriau yn y Gymraeg a'r Saesneg",
        _graded([T + "geiriau-mwyaf-aml"], [T + "lecsicon-cymraeg-bangor"]),
        kind="welsh",
        notes="frequency wordlists",
    ),
    Judgement(
        "cyflwyno deiseb i Senedd Cymru",
        _graded(["SeneddCymru/e-petitions"]),
        kind="welsh",
    ),
    Judgement(
        "data tir ac eiddo yng Nghymru",
        _graded(
            [
                WRA + "data-landscape",
                WRA + "land-and-property-datasets",
                WRA + "property_platform_app",
                "Welsh-Revenue-Authority/property-data-poc",
            ],
            [WRA + "isitinwales", WRA + "property-per-page", WRA + "LTT_scenarios"],
        ),
        kind="welsh",
        notes="mutated 'Nghymru'; the Welsh Revenue Authority's land and property data work",
    ),
    Judgement(
        "senarios treth trafodiadau tir",
        _graded([WRA + "LTT_scenarios"], [WRA + "data-landscape"]),
        kind="welsh",
        notes="Land Transaction Tax scenarios",
    ),
    Judgement(
        "mewngofnodi i fy ngwasanaeth iechyd",
        _graded(
            [
                GIG + "wauth",
                GIG + "authentication",
                GIG + "microsoft-entra-external-tenant-authentication-example-using-javascript",
                GIG + "demo-microsoft-entra",
            ],
            [DVLA + "government-gateway-stub", CH + "forgerock-cloud-config"],
        ),
        kind="welsh",
        notes="mutated 'ngwasanaeth'; NHS Wales sign-in work first, other identity providers second",
    ),
    Judgement(
        "cod gan gyngor sir",
        _graded(["CyngorGwyneddDatblygu/Ymlusgwr"]),
        kind="welsh",
        notes="mutated 'gyngor'; Cyngor Gwynedd is the only council in the snapshot",
    ),
    Judgement(
        "arolygon staff GIG",
        _graded([WIP + "dhcw360", WIP + "gig-cymru-igdc-dryw"]),
        kind="welsh",
        notes="plural 'arolygon'; custom staff survey web apps",
    ),
    Judgement(
        "enghreifftiau negeseuon HL7",
        _graded(
            [GIG + "hl7-v2-examples", GIG + "hl7-parser-example"],
            [
                GIG + "testing",
                DHCW + "Integration-Hub-Beta",
                DHCW + "Integration-Hub-POC",
                GPW + "HL7ResultsGateway",
                GPW + "genomics-result-hl7-sender",
            ],
        ),
        kind="welsh",
        notes="example messages and a parser first; services that send or receive HL7 second",
    ),
    Judgement(
        "canllawiau GitHub i staff GIG Cymru",
        _graded(
            [
                GIGC + "GitHub-GIG-Cymru-Starter-Guide",
                GIGC + "GitHub-GIG-Cymru-CodeSpaces",
                GIGC + "Linking-On-Prem-git-To-GitHub",
                GIGC + "Best-Practice-for-Backing-up-Files-to-GitHub",
            ],
            [GIGC + "dhcw-software-engineering-handbook"],
        ),
        kind="welsh",
        notes="plural 'canllawiau'; the GitHub GIG Cymru guides",
    ),
    Judgement(
        "llyfrgell gydrannau Llywodraeth Cymru",
        _graded(
            [WG + "govwales-component-library", WG + "component-library"],
            [WRA + "component-library", WRA + "wra-frontend"],
        ),
        kind="welsh",
        notes="mutated 'gydrannau'; GOV.WALES components; the WRA's own components second",
    ),
    Judgement(
        "mapiau data'r cyfrifiad",
        _graded(
            [ONS + "dp-census-atlas"],
            [ONS + "dp-geodata-api", ONS + "dp-map-renderer"],
        ),
        kind="welsh",
        notes="plural 'mapiau'; the Census atlas and its API; the choropleth renderer",
    ),
    Judgement(
        "adeiladu holiaduron ar-lein",
        _graded(
            [ONS + "eq-author-app", ONS + "eq-author", ONS + "eq-questionnaire-runner"],
            [
                ONS + "eq-author-api",
                ONS + "eq-publisher",
                ONS + "eq-publisher-v3",
                ONS + "eq-survey-runner",
                ONS + "eq-questionnaire-schemas",
                WIP + "dhcw360",
                WIP + "gig-cymru-igdc-dryw",
            ],
        ),
        kind="welsh",
        notes="plural 'holiaduron'; the eQ authoring tool and runner",
    ),
    Judgement(
        "lleisiau Cymraeg i ddarllenydd sgrin NVDA",
        _graded(
            [T + "nvda-addon"],
            [T + "piper-cy", T + "Festival_MSAPI", T + "Festival_Windows"],
        ),
        kind="welsh",
        notes="the NVDA add-on; offline voices and Windows speech integration second",
    ),
    # Vague descriptions of a need
    Judgement(
        "pull the words out of scanned images of documents",
        _graded([CH + "ocr-api"], [CH + "go-tiff2pdf"]),
        kind="vague",
        notes="OCR; tiff2pdf handles scanned TIFFs",
    ),
    Judgement(
        "tell whether a property is inside Wales",
        _graded(
            [WRA + "isitinwales"],
            [WRA + "property_platform_app", WRA + "data-landscape"],
        ),
        kind="vague",
    ),
    Judgement(
        "let members of the public start and sign petitions",
        _graded(["SeneddCymru/e-petitions"]),
        kind="vague",
    ),
    Judgement(
        "work out how much extra money a community sports club could get",
        _graded([SW + "crowdfunder-calculator"], [SW + "investment-portal"]),
        kind="vague",
        notes="match funding calculator; partner investment portal second",
    ),
    Judgement(
        "show the public what our team plans to build next",
        _graded(
            [
                DHCW + "product-roadmaps",
                DHCW + "dhcw-vaccine-roadmap",
                DHCW + "public-backlog-template",
            ],
            ["National-Data-Resource/.github", "nrw-digital/week-notes"],
        ),
        kind="vague",
        notes="public roadmaps and backlogs; NDR's ROADMAP.md and week notes second",
    ),
    Judgement(
        "our scripts are kept on a shared network drive and we want proper version control",
        _graded(
            [
                GIGC + "Best-Practice-for-Backing-up-Files-to-GitHub",
                GIGC + "Linking-On-Prem-git-To-GitHub",
            ],
            [GIGC + "GitHub-GIG-Cymru-Starter-Guide"],
        ),
        kind="vague",
    ),
    Judgement(
        "stop the gateway logs of our serverless API being kept forever",
        _graded([DVLA + "serverless-apigateway-log-retention"]),
        kind="vague",
    ),
    Judgement(
        "make Windows read Welsh text out loud",
        _graded(
            [T + "Festival_MSAPI", T + "Festival_Windows"],
            [T + "nvda-addon", T + "llais_festival", T + "piper-cy"],
        ),
        kind="vague",
        notes="Festival through Microsoft SAPI on Windows; voices and the screen reader add-on second",
    ),
    Judgement(
        "see which programming languages and tools are used across the organisation",
        _graded([ONS + "keh-digital-landscape"], [GIGC + "Solutions-Exchange"]),
        kind="vague",
    ),
    Judgement(
        "charts that follow the Welsh Government analysts' house style",
        _graded([WGDSU + "KASStylesR"], ["impcymru/impcymru-chart-formatter"]),
        kind="vague",
    ),
    Judgement(
        "find out whether two records belong to the same person",
        _graded(
            [DSC + "pprl_toolkit", GIG + "person-similarity-using-rust"],
            [ONS + "address-index-api"],
        ),
        kind="vague",
        notes="record linkage; address matching is related only",
    ),
    # English
    Judgement(
        "go kafka consumer and producer wrapper",
        _graded(
            [ONS + "dp-kafka"],
            [CH + "kafka-error-consumer", CH + "kafka-models", CH + "kafka-management-tool"],
        ),
        kind="english",
    ),
    Judgement(
        "FHIR R4 server",
        _graded(
            [NWIS + "Pyro"],
            [WIP + "gp-documents-api", NWIS + "democlientdiagnosticreports"],
        ),
        kind="english",
    ),
    Judgement(
        "rate limited proxy server",
        _graded([DVLA + "proxypy"]),
        kind="english",
    ),
    Judgement(
        "convert TIFF images to PDF",
        _graded([CH + "go-tiff2pdf"], [DVLA + "pdf-generator", CH + "document-generator"]),
        kind="english",
    ),
    Judgement(
        "Leontief inverse input output tables",
        _graded([WGDSU + "iot-leontief-python", WGDSU + "iot-leontief-r"]),
        kind="english",
    ),
    Judgement(
        "Wagtail content management",
        _graded([ONS + "dis-wagtail"]),
        kind="english",
    ),
    Judgement(
        "mycobacterial genome sequencing pipeline",
        _graded(
            ["Pathogen-Genomics-Cymru/lodestone"],
            ["Pathogen-Genomics-Cymru/snapper3", "Pathogen-Genomics-Cymru/pathogen-mongodb"],
        ),
        kind="english",
    ),
    Judgement(
        "structured JSON logging library",
        _graded(
            [
                ONS + "ons-json-logger",
                CH + "ch-structured-logging-node",
                DVLA + "herodotus",
                ONS + "dp-logging",
            ],
            [CH + "Log-Declare"],
        ),
        kind="english",
    ),
    Judgement(
        "send email with AWS SES",
        _graded(
            [DVLA + "olev-ses"],
            [DVLA + "email-service", CH + "email-producer-java", CH + "chs-email-sender-java"],
        ),
        kind="english",
    ),
    Judgement(
        "turn a CSV into linked data",
        _graded([ONS + "csvcubed"]),
        kind="english",
    ),
    Judgement(
        "private number plates",
        _graded([DVLA + "vrm-assign-online", DVLA + "vrm-retention-online"]),
        kind="english",
        notes="personalised registration numbers",
    ),
    Judgement(
        "try out an XBRL validator on company accounts",
        _graded([CH + "account-validator-api"]),
        kind="english",
    ),
    Judgement(
        "Svelte component library",
        _graded(
            [ONS + "svelte-components", GIG + "public-good-design-system-with-svelte-typescript"],
            [ONS + "dp-census-atlas", GIG + "emergency-department-dashboards"],
        ),
        kind="english",
    ),
    Judgement(
        "tailwind plugin that turns rem units into em",
        _graded(["Transport-for-Wales/tailwindcss-plugin-rems-to-ems"]),
        kind="english",
    ),
    Judgement(
        "health check endpoint library for Go services",
        _graded([ONS + "dp-healthcheck"]),
        kind="english",
    ),
    Judgement(
        "documentation site theme for MkDocs",
        _graded([ONS + "ons_mkdocs_theme"]),
        kind="english",
    ),
    Judgement(
        "large SQS message payloads stored in S3",
        _graded([DVLA + "sqs-extended-client"], [DVLA + "aws-sqs-utility"]),
        kind="english",
    ),
    Judgement(
        "convert XLSForm spreadsheets into FHIR",
        _graded(["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"]),
        kind="english",
    ),
    Judgement(
        "Excel VBA chart formatting",
        _graded(["impcymru/impcymru-chart-formatter"], [WGDSU + "KASStylesR"]),
        kind="english",
    ),
    Judgement(
        "screenshots of Selenium web tests",
        _graded([DVLA + "evl-screenshot-helper"]),
        kind="english",
    ),
    # Typos
    Judgement(
        "questionaire schema validaton",
        _graded(
            [ONS + "eq-questionnaire-validator", ONS + "eq-schema-validator"],
            [ONS + "eq-questionnaire-schemas", ONS + "eq-json-version-converter"],
        ),
        kind="typo",
    ),
    Judgement(
        "penalty paymnet service",
        _graded(
            [
                DVLA + "oepp-core",
                DVLA + "oepp-customer-portal",
                DVLA + "oepp-payment-services",
                DVLA + "oepp-validation",
            ],
            [
                CH + "lfp-error-reporter",
                DVLA + "oepp-business-rules",
                DVLA + "oepp-audit-service",
                DVLA + "oepp-maintenance-page",
                DVLA + "oepp-project-archetypes",
            ],
        ),
        kind="typo",
    ),
    Judgement(
        "pyhton project tempalte",
        _graded(
            ["Public-Health-Wales/phwcookiecutter", ONS + "ons-python-template"],
            [ONS + "onsrap"],
        ),
        kind="typo",
    ),
]
