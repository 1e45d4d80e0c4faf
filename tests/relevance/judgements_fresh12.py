"""A twelfth fresh, independent set of judged search questions, written on 6 December 2026.

It exists to measure search quality honestly: it has not been scored, nothing has been tuned on it,
and it must never be used to tune anything. It was written on 6 December 2026, in the sixth session
of that day, for the next session: score it once on the code that session starts from and once at
its end, means only, and report the result apart from the other sets.

How it was written: by reading only the bundled data (ingest/data/snapshot/repositories.jsonl:
names, descriptions, READMEs, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the names of bodies). Every question was written before and without looking
at any search output. For each question the data was grepped for its words and for other words that
say the same thing (synonyms, Welsh and English, plural and mutated forms, tool and package names in
manifests and file listings), and the candidates' descriptions, READMEs, file listings and manifests
were read before grading. No search engine, catalogue, API, web app, ranking or similarity code or
output was run or read (nothing under search/, web/, catalogue/, ingest/ other than its data, or
cli/; neither ndcg.py nor duplicate_report.py nor pytest was run). Only the module docstring,
imports, helper constants and Judgement layout of judgements_fresh10.py were read, for format, and
lines 1-45 of relevance_corpus.py for Judgement and _graded; judgements_fresh11.py was not opened.
A throwaway script compared the questions here with those of the earlier sets up to fresh10
(printing only which of these questions clashed, and how): nineteen first drafts that equalled or
contained an earlier question were reworded, so that now none equals, or is contained in, an
earlier question, and no earlier question longer than one word is contained in one here.

Grades: 2 is what the person wants, 1 is closely related or does part of it; every repository in
the snapshot that deserves a grade is listed. A `must` is given only where one repository is
plainly the answer. Each question's kind is given on its Judgement: "welsh" (Welsh or mixed Welsh
and English, written as a Welsh public-sector developer would type it, with mutated and plural
forms), "vague" (a plain description of a need, in words the repositories do not use), "typo", or
"english" (the default). The questions spread over many bodies: Bangor's language technologies
unit, the Senedd, the Welsh Revenue Authority, Sport Wales, GIG Cymru, DHCW, Genomics Partnership
Wales, Work In Progress For Health, Marvell Consulting (StatsWales), Companies House, ONS and its
Data Science Campus, DVLA, IPO, Welsh Government, Natural Resources Wales, Aneurin Bevan and
Cardiff and Vale health boards, the NHS Wales Executive, Pathogen Genomics Cymru, Legal Innovation
Lab Wales, Transport for Wales, Audit Wales, freshEHR and Public Health Wales's improvement team.
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

T = "techiaith/"
CH = "companieshouse/"
ONS = "ONSdigital/"
DSC = "datasciencecampus/"
DVLA = "dvla/"
GIG = "GIG-Cymru-NHS-Wales/"
GIGC = "GIGCymru/"
DHCW = "DHCW-Digital-Health-and-Care-Wales/"
NWIS = "nwisbeta/"
IPO = "intellectual-property-office/"
MC = "Marvell-Consulting/"
WRA = "welsh-revenue-authority/"
GPW = "Genomics-Partnership-Wales/"
SW = "Sport-Wales/"
WIP = "Work-In-Progress-For-Health/"
PGC = "Pathogen-Genomics-Cymru/"
LIL = "Legal-Innovation-Lab-Wales/"
WG = "govwales/"
WGDSU = "wgdsu/"
ABUHB = "Aneurin-Bevan-University-Health-Board/"


FRESH12_JUDGEMENTS: list[Judgement] = [
    # --- Welsh and mixed Welsh/English -------------------------------------------------------
    Judgement(
        "ap i drawsgrifio lleferydd Cymraeg byw ar y cyfrifiadur",
        _graded(
            [T + "trawsgrifiwr-byw", T + "trawsgrifiwr-byw-seinydd-windows"],
            [
                T + "trawsgrifiwr-windows",
                T + "hosted-whisper-streaming-with-client",
                T + "welsh-whisperx",
                T + "docker-kaldi-gstreamer-server",
                T + "trawsgrifiwr-arlein",
                T + "docker-deepspeech-cy-server",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "gwirydd sillafu Cymraeg i LibreOffice",
        _graded([T + "hunspell-cy"], [T + "hunspell-cy-llafar"]),
        must=(T + "hunspell-cy",),
        kind="welsh",
    ),
    Judgement(
        "modelau spaCy i dagio testunau Cymraeg",
        _graded(
            [
                T + "model-tagiwr-spacy-cy",
                T + "spacy-tagiwr-ency",
                T + "spacy_cy_tag_lem_ner_lg",
            ],
            [
                T + "brawddegau-tagiedig",
                T + "parsiwr-dibyniaethau",
                T + "lecsicon-cymraeg-bangor",
                T + "spacy",
                T + "spacy-wales-en-ner-model",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "enwau ffug Cymraeg i'w defnyddio gyda Faker",
        _graded([T + "enwau_ffug"], [GIG + "testing", CH + "test-data-generator"]),
        must=(T + "enwau_ffug",),
        kind="welsh",
    ),
    Judgement(
        "gweinydd cyfieithu peirianyddol rhwng y Gymraeg a'r Saesneg",
        _graded(
            [T + "docker-marian-nmt", T + "docker-moses-smt"],
            [T + "techiaith-utils", T + "archgof-client"],
        ),
        kind="welsh",
    ),
    Judgement(
        "ap cynorthwyydd llais Cymraeg i ffonau Android ac iOS",
        _graded(
            [T + "macsen-flutter"],
            [T + "macsen", T + "macsen-sgwrsfot", T + "piper-ios-app"],
        ),
        must=(T + "macsen-flutter",),
        kind="welsh",
    ),
    Judgement(
        "cyflwyno a llofnodi deisebau ar-lein",
        _graded(["SeneddCymru/e-petitions"]),
        must=("SeneddCymru/e-petitions",),
        kind="welsh",
    ),
    Judgement(
        "llyfrgell cydrannau Vue ar gyfer ein ffurflenni",
        _graded(
            [WRA + "component-library"],
            [
                WG + "component-library",
                WG + "govwales-component-library",
                ONS + "design-system-react",
            ],
        ),
        must=(WRA + "component-library",),
        kind="welsh",
    ),
    Judgement(
        "fersiynau lleol posib o'r dreth ar brynu tir ac eiddo",
        _graded([WRA + "LTT_scenarios"], [WRA + "property_platform_app"]),
        must=(WRA + "LTT_scenarios",),
        kind="welsh",
    ),
    Judgement(
        "canllawiau brand a chydrannau Chwaraeon Cymru",
        _graded([SW + "design-guides"], [SW + "sport-wales-project-template"]),
        must=(SW + "design-guides",),
        kind="welsh",
    ),
    Judgement(
        "faint o nawdd all clwb chwaraeon ei gael wrth godi arian torfol",
        _graded([SW + "crowdfunder-calculator"], [SW + "investment-portal"]),
        must=(SW + "crowdfunder-calculator",),
        kind="welsh",
    ),
    Judgement(
        "dilysu rhifau GIG gyda Rust",
        _graded(
            [
                GIG + "nhs-number-using-rust",
                WIP + "nhs-number-using-rust",
                GIG + "nhs-number-cli-using-rust",
                WIP + "nhs-number-cli-using-rust",
            ],
            [GIG + "nhs-number-replacer-cli-using-rust"],
        ),
        kind="welsh",
    ),
    Judgement(
        "enghreifftiau o negeseuon HL7 fersiwn 2",
        _graded(
            [GIG + "hl7-v2-examples"],
            [
                GIG + "hl7-parser-example",
                GPW + "LabGateway",
                GPW + "HL7ResultsGateway",
                GPW + "genomics-result-hl7-sender",
            ],
        ),
        must=(GIG + "hl7-v2-examples",),
        kind="welsh",
    ),
    Judgement(
        "tynnu enwau pobl a lleoedd o ddata Cymraeg cyn ei rannu",
        _graded([T + "anonymeiddiwr-beta"], [GIG + "nhs-number-replacer-cli-using-rust"]),
        must=(T + "anonymeiddiwr-beta",),
        kind="welsh",
    ),
    Judgement(
        "troi testun Cymraeg yn ffonemau",
        _graded(
            [T + "techiaith-g2p", T + "welsh-lts"],
            [T + "techiaith-tts", T + "piper-cy"],
        ),
        kind="welsh",
    ),
    Judgement(
        "sut i fewngofnodi i fy ngwasanaeth iechyd gyda Microsoft Entra",
        _graded(
            [
                GIG + "demo-microsoft-entra",
                GIG + "microsoft-entra-external-tenant-authentication-example-using-javascript",
                GIG + "wauth",
            ],
            [GIG + "authentication", GIG + "ui"],
        ),
        kind="welsh",
    ),
    Judgement(
        "dangosfyrddau adrannau brys",
        _graded([GIG + "emergency-department-dashboards"], [GIG + "ui"]),
        must=(GIG + "emergency-department-dashboards",),
        kind="welsh",
    ),
    Judgement(
        "gwasanaeth newydd StatsWales i gyhoeddi ystadegau",
        _graded(
            [MC + "statswales-backend", MC + "statswales-frontend"],
            [
                MC + "statswales",
                MC + "statswales2redirect",
                MC + "statswales-data-grabber",
                MC + "statswales-candidate-cube",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "profi pa mor dda mae LLMs yn deall y Gymraeg",
        _graded([T + "llm-evals-cy"], [T + "mimic"]),
        must=(T + "llm-evals-cy",),
        kind="welsh",
    ),
    Judgement(
        "API i chwilio codau SIC",
        _graded(
            [CH + "sic-code-api"],
            [CH + "sic-code-data", ONS + "eq-suggest-api", DSC + "classifai"],
        ),
        must=(CH + "sic-code-api",),
        kind="welsh",
    ),
    Judgement(
        "ble mae GIG Cymru yn cofnodi ei benderfyniadau pensaernïol",
        _graded(
            [GIG + "architecture-decision-records"],
            [GIGC + "architecture", NWIS + "open-architecture"],
        ),
        must=(GIG + "architecture-decision-records",),
        kind="welsh",
    ),
    Judgement(
        "adfer atalnodi a phriflythrennau mewn testun Cymraeg",
        _graded([T + "docker-atalnodi-server"]),
        must=(T + "docker-atalnodi-server",),
        kind="welsh",
    ),
    Judgement(
        "normaleiddio ffurfiau llafar mewn testunau Cymraeg",
        _graded(
            [T + "cydran-normaleiddio"],
            [
                T + "techiaith-tts",
                T + "welsh-whisperx",
                T + "hunspell-cy-llafar",
                T + "offer-trin-iaith",
            ],
        ),
        must=(T + "cydran-normaleiddio",),
        kind="welsh",
    ),
    Judgement(
        "ffwythiannau Python i dreiglo geiriau a ffurfio lluosogion",
        _graded(
            [T + "offer-trin-iaith"],
            [T + "lecsicon-cymraeg-bangor", T + "word2vec-cy-demutated"],
        ),
        must=(T + "offer-trin-iaith",),
        kind="welsh",
    ),
    Judgement(
        "ap asesiadau effaith integredig",
        _graded([SW + "integrated-impact-assessment"]),
        must=(SW + "integrated-impact-assessment",),
        kind="welsh",
    ),
    # --- English -------------------------------------------------------------------------------
    Judgement(
        "Ordnance Survey address lookup microservice",
        _graded(
            [
                DVLA + "address-lookup-service",
                DVLA + "os-address-lookup",
                CH + "address-lookup-api",
            ],
            [
                IPO + "ctc-address",
                ONS + "eq-address-lookup-api",
                ONS + "address-index-api",
            ],
        ),
    ),
    Judgement(
        "format Royal Mail PAF addresses for envelopes",
        _graded([DVLA + "postman-paf", DVLA + "postman-paf-js"]),
    ),
    Judgement(
        "DVLA retain a personalised registration number online",
        _graded([DVLA + "vrm-retention-online"], [DVLA + "vrm-assign-online"]),
        must=(DVLA + "vrm-retention-online",),
    ),
    Judgement(
        "Terraform module for an ECS service",
        _graded(
            [CH + "terraform-library-ecs-service"],
            [CH + "terraform-library-ecs-cluster", CH + "terraform-library-elasticache"],
        ),
        must=(CH + "terraform-library-ecs-service",),
    ),
    Judgement(
        "replay failed events onto a retry topic",
        _graded(
            [CH + "kafka-error-consumer"],
            [CH + "kafka-management-tool", ONS + "dp-data-tools", ONS + "dp-kafka"],
        ),
        must=(CH + "kafka-error-consumer",),
    ),
    Judgement(
        "validate XBRL accounts before filing",
        _graded([CH + "account-validator-api"]),
        must=(CH + "account-validator-api",),
    ),
    Judgement(
        "Tesseract text recognition API for document images",
        _graded([CH + "ocr-api"]),
        must=(CH + "ocr-api",),
    ),
    Judgement(
        "Go library implementing the health check specification",
        _graded([ONS + "dp-healthcheck"]),
        must=(ONS + "dp-healthcheck",),
    ),
    Judgement(
        "Go service that draws SVG maps from topojson and CSV data",
        _graded([ONS + "dp-map-renderer"], [ONS + "dp-census-atlas"]),
        must=(ONS + "dp-map-renderer",),
    ),
    Judgement(
        "CSV-W cube builder command line tool",
        _graded([ONS + "csvcubed"], [DVLA + "sifft", MC + "statswales-candidate-cube"]),
        must=(ONS + "csvcubed",),
    ),
    Judgement(
        "Wagtail CMS for the statistics website",
        _graded([ONS + "dis-wagtail"]),
        must=(ONS + "dis-wagtail",),
    ),
    Judgement(
        "validate eQ questionnaire schema JSON",
        _graded(
            [ONS + "eq-questionnaire-validator", ONS + "eq-schema-validator"],
            [ONS + "eq-questionnaire-schemas", ONS + "eq-json-version-converter"],
        ),
    ),
    Judgement(
        "Leontief inverse input-output tables in Python or R",
        _graded([WGDSU + "iot-leontief-python", WGDSU + "iot-leontief-r"]),
    ),
    Judgement(
        "statistical process control charts for Power BI",
        _graded(
            [ABUHB + "biu_Making_Data_Count_CustomVisuals"],
            [ABUHB + "temp_spc_basic", "NHS-Executive/WMCHackathon_Vaccine"],
        ),
        must=(ABUHB + "biu_Making_Data_Count_CustomVisuals",),
    ),
    Judgement(
        "customised GeoNetwork catalogue for NRW",
        _graded(["AstunTechnology/nrw-custom-geonetwork"], ["epimorphics/nrw-dms-deploy"]),
        must=("AstunTechnology/nrw-custom-geonetwork",),
    ),
    Judgement(
        "openEHR CDR documentation for Wales",
        _graded(["freshehr/dhcw-cdr"]),
        must=("freshehr/dhcw-cdr",),
    ),
    Judgement(
        "Nextflow pipeline for TB genome sequencing",
        _graded([PGC + "lodestone"], [PGC + "pathogen-mongodb", PGC + "snapper3"]),
        must=(PGC + "lodestone",),
    ),
    Judgement(
        "tag court judgments with Akoma Ntoso markup",
        _graded([LIL + "judiciary-akn-tagger"]),
        must=(LIL + "judiciary-akn-tagger",),
    ),
    Judgement(
        "cookie consent banner component",
        _graded([IPO + "fe-cookie-banner"], [ONS + "dp-frontend-cookie-controller"]),
        must=(IPO + "fe-cookie-banner",),
    ),
    Judgement(
        "virus scan files uploaded to S3",
        _graded([CH + "file-transfer-service"], [IPO + "ctc-file-sanitise"]),
    ),
    Judgement(
        "send SQS messages larger than the size limit via S3",
        _graded([DVLA + "sqs-extended-client"], [DVLA + "aws-sqs-utility"]),
        must=(DVLA + "sqs-extended-client",),
    ),
    Judgement(
        "Tailwind plugin to convert rem units to em",
        _graded(["Transport-for-Wales/tailwindcss-plugin-rems-to-ems"]),
        must=("Transport-for-Wales/tailwindcss-plugin-rems-to-ems",),
    ),
    Judgement(
        "record matching with Bloom filter embeddings",
        _graded([DSC + "pprl_toolkit"], [GIG + "person-similarity-using-rust"]),
        must=(DSC + "pprl_toolkit",),
    ),
    Judgement(
        "Companies House streaming API",
        _graded(
            [
                CH + "chs-streaming-api-backend",
                CH + "chs-streaming-api-cache",
                CH + "chs-streaming-api-frontend",
            ]
        ),
    ),
    Judgement(
        "service that turns TIF scans into PDF files",
        _graded(
            [CH + "go-tiff2pdf"],
            [DVLA + "pdf-generator", CH + "document-generator"],
        ),
        must=(CH + "go-tiff2pdf",),
    ),
    Judgement(
        "check YAML config against its schema in CI",
        _graded([NWIS + "validate-yaml-schema"]),
        must=(NWIS + "validate-yaml-schema",),
    ),
    Judgement(
        "Avro models generated from Kafka schemas",
        _graded([CH + "kafka-models"], [CH + "email-producer-java", ONS + "dp-kafka"]),
        must=(CH + "kafka-models",),
    ),
    Judgement(
        "fix invalid Swagger 1.2 specifications",
        _graded([CH + "swagger-fixer"], [CH + "specs.developer.ch.gov.uk"]),
        must=(CH + "swagger-fixer",),
    ),
    Judgement(
        "Excel VBA macro to format charts",
        _graded(["impcymru/impcymru-chart-formatter"], [WGDSU + "KASStylesR"]),
        must=("impcymru/impcymru-chart-formatter",),
    ),
    Judgement(
        "Drools decision table for calculating fees",
        _graded(
            [IPO + "-cbb-calculate-fee-"],
            [IPO + "ctc-fee", DVLA + "oepp-business-rules"],
        ),
        must=(IPO + "-cbb-calculate-fee-",),
    ),
    # --- Vague descriptions of a need ----------------------------------------------------------
    Judgement(
        "stop people setting up a company with an offensive or banned word in its name",
        _graded([CH + "restricted-word-web"], [IPO + "ctc-dictionary"]),
        must=(CH + "restricted-word-web",),
        kind="vague",
    ),
    Judgement(
        "let sportspeople tell us about their experiences without giving their name",
        _graded([SW + "athlete-experience-portal"]),
        must=(SW + "athlete-experience-portal",),
        kind="vague",
    ),
    Judgement(
        "a page to show customers while our online payment service is switched off for repairs",
        _graded([DVLA + "oepp-maintenance-page"]),
        must=(DVLA + "oepp-maintenance-page",),
        kind="vague",
    ),
    Judgement(
        "swap real patient numbers in a text file for safe made-up ones",
        _graded(
            [GIG + "nhs-number-replacer-cli-using-rust"],
            [
                T + "anonymeiddiwr-beta",
                GIG + "testing",
                GIG + "nhs-number-using-rust",
                WIP + "nhs-number-using-rust",
            ],
        ),
        must=(GIG + "nhs-number-replacer-cli-using-rust",),
        kind="vague",
    ),
    Judgement(
        "how fast is home internet in different parts of Wales",
        _graded([WGDSU + "wales-ookla-data"]),
        must=(WGDSU + "wales-ookla-data",),
        kind="vague",
    ),
    Judgement(
        "show the public what our team is working on and plans to build next",
        _graded(
            [
                DHCW + "product-roadmaps",
                DHCW + "public-backlog-template",
                DHCW + "dhcw-vaccine-roadmap",
            ],
            ["National-Data-Resource/.github", GIGC + "product-briefs"],
        ),
        kind="vague",
    ),
    Judgement(
        "tools for shaping made-to-measure wheelchair seat cushions in 3D",
        _graded(["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"]),
        must=("Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools",),
        kind="vague",
    ),
    Judgement(
        "keep a diary of how someone is feeling and share it with the staff supporting them",
        _graded([LIL + "include-journey"], [SW + "athlete-experience-portal"]),
        must=(LIL + "include-journey",),
        kind="vague",
    ),
    Judgement(
        "a data story that plays like a video but can be paused to explore the chart",
        _graded(["Audit-Wales/NetZeroDive"]),
        must=("Audit-Wales/NetZeroDive",),
        kind="vague",
    ),
    Judgement(
        "ask our staff how they feel about working here",
        _graded([WIP + "dhcw360", WIP + "gig-cymru-igdc-dryw"]),
        kind="vague",
    ),
    Judgement(
        "work out what kind of business or job someone means from what they typed in a survey",
        _graded(
            [DSC + "classifai", ONS + "eq-suggest-api"],
            [CH + "sic-code-api", CH + "sic-code-data"],
        ),
        kind="vague",
    ),
    Judgement(
        "tell website visitors their browser is still set to American English",
        _graded([T + "cymreigio-porwyr"]),
        must=(T + "cymreigio-porwyr",),
        kind="vague",
    ),
    # --- Typos ---------------------------------------------------------------------------------
    Judgement(
        "elasticserach client libary for go",
        _graded(
            [ONS + "dp-elasticsearch"],
            [DVLA + "kaping", CH + "elasticsearch-data-loader"],
        ),
        must=(ONS + "dp-elasticsearch",),
        kind="typo",
    ),
    Judgement(
        "terrafrom elasticache cluster modul",
        _graded(
            [CH + "terraform-library-elasticache"],
            [CH + "terraform-library-ecs-cluster", CH + "terraform-library-ecs-service"],
        ),
        must=(CH + "terraform-library-elasticache",),
        kind="typo",
    ),
    Judgement(
        "questionaire authoring tool",
        _graded(
            [ONS + "eq-author-app", ONS + "eq-author"],
            [ONS + "eq-author-api", ONS + "eq-publisher", ONS + "eq-publisher-v3"],
        ),
        kind="typo",
    ),
]
