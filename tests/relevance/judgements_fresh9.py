"""A ninth fresh, independent set of judged search questions, written on 6 December 2026.

It exists to measure search quality honestly once, at the end: it has not been scored, nothing has
been tuned on it, and it must never be used to tune anything. It was written in the third session
of 6 December for the next session: score it once on the code that session starts from and once at
its end, means only, and report the result apart from the other sets.

How it was written: from the bundled data alone (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, topics, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the English and Welsh names of bodies). For each question the data was
grepped for its words and for other words that say the same thing (synonyms, Welsh and English,
plural and mutated forms, tool names in manifests and file listings), and the candidates'
descriptions, READMEs, file listings and manifests were read before grading. No search engine,
catalogue, API, demo, ranking or similarity code or output was run or read. relevance_corpus.py was
read for the shape of Judgement and _graded only, judgements_fresh7.py for its format (docstring
and layout) only; the earlier sets (including judgements_fresh8.py) were checked only by a script that imported
them and printed counts of questions here equal to, or contained in, an earlier question (none are).

Grades: 2 is what the person wants, 1 is relevant but not the main answer; every repository in the
snapshot that deserves a grade is listed. There are no `must` lists: these questions measure, they
do not gate. Each question's kind is given on its Judgement: "welsh" (Welsh or mixed Welsh and
English, written as a Welsh public-sector developer would type it, with mutated and plural forms),
"vague" (a plain description of a need, in words the repositories do not use), "typo", or
"english" (the default).
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

T = "techiaith/"
CH = "companieshouse/"
ONS = "ONSdigital/"
DVLA = "dvla/"
GIG = "GIG-Cymru-NHS-Wales/"
GIGC = "GIGCymru/"
DHCW = "DHCW-Digital-Health-and-Care-Wales/"
IPO = "intellectual-property-office/"
MC = "Marvell-Consulting/"
WRA = "welsh-revenue-authority/"
WIP = "Work-In-Progress-For-Health/"
GPW = "Genomics-Partnership-Wales/"
SW = "Sport-Wales/"


FRESH9_JUDGEMENTS: list[Judgement] = [
    # --- Welsh and mixed Welsh/English -------------------------------------------------------
    Judgement(
        "llais synthetig Cymraeg sy'n gweithio heb gysylltiad â'r rhyngrwyd",
        _graded(
            [T + "piper-cy", T + "piper-ios-app"],
            [
                T + "techiaith-g2p",
                T + "nvda-addon",
                T + "llais_festival",
                T + "Festival_Windows",
                T + "Festival_MSAPI",
                T + "pyfestival",
                T + "docker-festival-tts-cy-api",
                T + "docker-marytts",
                T + "marytts",
                T + "docker-coqui-tts-cy",
                T + "techiaith-tts",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "trawsgrifio'n fyw yr hyn sy'n cael ei ddweud mewn cyfarfod ar-lein",
        _graded(
            [T + "trawsgrifiwr-byw-seinydd-windows", T + "trawsgrifiwr-byw"],
            [
                T + "hosted-whisper-streaming-with-client",
                T + "trawsgrifiwr-windows",
                T + "welsh-whisperx",
                T + "trawsgrifiwr-arlein",
                T + "docker-kaldi-gstreamer-server",
                T + "docker-deepspeech-cy-server",
                T + "docker-huggingface-stt-cy",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "ychwanegu atalnodi a phriflythrennau at destun wedi'i drawsgrifio",
        _graded([T + "docker-atalnodi-server"]),
        kind="welsh",
    ),
    Judgement(
        "treiglo geiriau Cymraeg yn awtomatig yn fy nghod Python",
        _graded(
            [T + "offer-trin-iaith"],
            [T + "lecsicon-cymraeg-bangor", T + "lecsicon-cymraeg-bangor-enghreifftiau"],
        ),
        kind="welsh",
    ),
    Judgement(
        "dangos neges ar fy ngwefan i ymwelwyr sydd â'u porwr wedi'i osod i Saesneg",
        _graded([T + "cymreigio-porwyr"], [CH + "ch-java-utils"]),
        kind="welsh",
    ),
    Judgement(
        "tynnu enwau a manylion personol o gofion cyfieithu cyn eu rhannu",
        _graded([T + "anonymeiddiwr-beta"], [T + "archgof-client"]),
        kind="welsh",
    ),
    Judgement(
        "gwerthuso pa mor dda mae modelau iaith mawr yn ymdopi â'r Gymraeg",
        _graded([T + "llm-evals-cy"], [T + "mimic"]),
        kind="welsh",
    ),
    Judgement(
        "ap cynorthwyydd llais Cymraeg ar gyfer ffonau Android ac iPhone",
        _graded(
            [T + "macsen-flutter"],
            [
                T + "macsen",
                T + "macsen-sgwrsfot",
                T + "docker-kaldi-gstreamer-server",
                T + "docker-deepspeech-cy-server",
                T + "deffro",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "cydrannau React GOV.WALES ar gyfer ein gwasanaethau digidol",
        _graded(
            ["govwales/component-library", "govwales/govwales-component-library"],
            [ONS + "design-system-react", WRA + "component-library"],
        ),
        kind="welsh",
    ),
    Judgement(
        "gwirio bod rhif GIG claf yn ddilys",
        _graded(
            [
                GIG + "nhs-number-using-rust",
                GIG + "nhs-number-cli-using-rust",
                WIP + "nhs-number-cli-using-rust",
                WIP + "nhs-number-using-rust",
            ],
            [GIG + "nhs-number-replacer-cli-using-rust", "nwisbeta/linqpad-scripts"],
        ),
        kind="welsh",
    ),
    Judgement(
        "siartiau SPC i fonitro perfformiad y bwrdd iechyd",
        _graded(
            [
                "Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals",
                "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
            ],
            ["impcymru/impcymru-chart-formatter", "NHS-Executive/WMCHackathon_Vaccine"],
        ),
        kind="welsh",
    ),
    Judgement(
        "lawrlwytho setiau data StatsWales i ffeil CSV",
        _graded(
            [MC + "statswales-data-grabber"],
            [MC + "statswales", MC + "statswales-backend", MC + "statswales-frontend"],
        ),
        kind="welsh",
    ),
    Judgement(
        "anfon llythyrau, negeseuon testun ac e-byst drwy GOV.UK Notify",
        _graded(
            [
                IPO + "ctc-correspondence",
                CH + "chs-gov-uk-notify-integration-api",
                CH + "chs-notification-sender-api",
            ],
            [
                IPO + "Outreach-Patents",
                CH + "email-producer-java",
                CH + "chs-email-sender-java",
                DVLA + "email-service",
                DVLA + "olev-ses",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "llwytho ffeiliau mawr i fyny a'u sganio am feirysau",
        _graded(
            [CH + "file-transfer-service"],
            [
                ONS + "dp-upload-service",
                ONS + "dp-files-api",
                IPO + "ctc-file-sanitise",
                MC + "statswales-backend",
                DVLA + "olev-rails-s3",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "dod o hyd i'r cod SIC cywir ar gyfer gweithgaredd busnes",
        _graded(
            [CH + "sic-code-api", "datasciencecampus/classifai"],
            [CH + "sic-code-data", ONS + "eq-suggest-api"],
        ),
        kind="welsh",
    ),
    Judgement(
        "mapiau rhyngweithiol o ddata'r cyfrifiad ar gyfer fy ardal i",
        _graded(
            [ONS + "dp-census-atlas"],
            [
                ONS + "dp-geodata-api",
                ONS + "dp-map-renderer",
                ONS + "dp-areas-api",
                ONS + "explore-local-statistics-app",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "anfon canlyniadau profion labordy fel negeseuon HL7",
        _graded(
            [
                GPW + "genomics-result-hl7-sender",
                GPW + "HL7ResultsGateway",
                GPW + "LabGateway",
            ],
            [
                DHCW + "Integration-Hub-Beta",
                DHCW + "Integration-Hub-POC",
                GIG + "hl7-v2-examples",
                GIG + "hl7-parser-example",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "mewngofnodi i'n apiau iechyd gyda Microsoft Entra",
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
        "hyfforddiant i brofwyr ysgrifennu profion awtomatig gyda Playwright",
        _graded(
            [DHCW + "playwright-training"],
            [
                GIG + "emergency-department-dashboards",
                MC + "statswales-frontend",
                CH + "styleguides",
                GIGC + "dhcw-delivery-playbook",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "canllaw i symud cod o yriannau a rennir i GitHub",
        _graded(
            [
                GIGC + "Best-Practice-for-Backing-up-Files-to-GitHub",
                GIGC + "Linking-On-Prem-git-To-GitHub",
            ],
            [GIGC + "GitHub-GIG-Cymru-Starter-Guide", GIGC + "GitHub-GIG-Cymru-CodeSpaces"],
        ),
        kind="welsh",
    ),
    Judgement(
        "offeryn i glybiau chwaraeon gyfrifo faint o gyllid cyfatebol y gallan nhw ei gael",
        _graded([SW + "crowdfunder-calculator"], [SW + "investment-portal"]),
        kind="welsh",
    ),
    Judgement(
        "asesu effaith polisi ar y Gymraeg a llesiant cenedlaethau'r dyfodol",
        _graded([SW + "integrated-impact-assessment"]),
        kind="welsh",
    ),
    Judgement(
        "data tir ac eiddo ar gyfer y dreth trafodiadau tir",
        _graded(
            [WRA + "LTT_scenarios", WRA + "property_platform_app"],
            [
                WRA + "data-landscape",
                WRA + "land-and-property-datasets",
                "Welsh-Revenue-Authority/property-data-poc",
                WRA + "isitinwales",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "rhedeg cyfieithu peirianyddol Cymraeg ar ein gweinydd ein hunain",
        _graded(
            [T + "docker-moses-smt", T + "docker-marian-nmt"],
            [T + "techiaith-utils", T + "archgof-client"],
        ),
        kind="welsh",
    ),
    Judgement(
        "sgriptiau i greu corpws lleferydd o fideos YouTube",
        _graded(
            [T + "speech-corpus-builder"],
            [
                T + "hacio-deepspeech-cymraeg",
                T + "docker-huggingface-stt-cy",
                T + "trawsgrifiwr-arlein",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "amgylchedd Docker i hyfforddi modelau adnabod lleferydd",
        _graded(
            [
                T + "docker-kaldi-cy",
                T + "docker-deepspeech-cy",
                T + "docker-coqui-stt-cy",
                T + "docker-huggingface-stt-cy",
            ],
            [
                T + "kaldi-cy",
                T + "xlsr-fine-tuning-week",
                T + "julius-cy",
                T + "docker-commonvoice-custom-splits-builder",
                T + "deffro",
                T + "docker-deepspeech-cy-server",
                T + "docker-kaldi-gstreamer-server",
            ],
        ),
        kind="welsh",
    ),
    # --- vague descriptions of a need ---------------------------------------------------------
    Judgement(
        "messages get stuck after something fails and we need to push them back through again",
        _graded(
            [DVLA + "aws-sqs-utility", CH + "kafka-error-consumer", CH + "kafka-management-tool"],
            [ONS + "dp-data-tools"],
        ),
        kind="vague",
    ),
    Judgement(
        "stop people registering business names that contain banned or offensive words",
        _graded([CH + "restricted-word-web", IPO + "ctc-dictionary"]),
        kind="vague",
    ),
    Judgement(
        "pull the writing out of photos of paper forms",
        _graded([CH + "ocr-api"]),
        kind="vague",
    ),
    Judgement(
        "when we switch off the old website, people's bookmarks should still take them somewhere sensible",
        _graded([MC + "statswales2redirect"]),
        kind="vague",
    ),
    Judgement(
        "make our analysts' graphs automatically match the look of our official publications",
        _graded(
            ["wgdsu/KASStylesR", "impcymru/impcymru-chart-formatter"],
            ["Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals"],
        ),
        kind="vague",
    ),
    Judgement(
        "how quick is home internet in different parts of Wales",
        _graded(["wgdsu/wales-ookla-data"]),
        kind="vague",
    ),
    Judgement(
        "a way for colleagues to rate each other against the organisation's values",
        _graded([WIP + "dhcw360", WIP + "gig-cymru-igdc-dryw"]),
        kind="vague",
    ),
    Judgement(
        "find out which programming tools and frameworks teams across the organisation rely on",
        _graded(
            [ONS + "keh-digital-landscape"],
            [CH + "services-dashboard-api", CH + "services-dashboard-web"],
        ),
        kind="vague",
    ),
    Judgement(
        "work out how spending in one part of the economy ripples through to other industries",
        _graded(["wgdsu/iot-leontief-python", "wgdsu/iot-leontief-r"]),
        kind="vague",
    ),
    Judgement(
        "tell a story with our numbers that plays like a video but lets people stop and explore",
        _graded(["Audit-Wales/NetZeroDive"]),
        kind="vague",
    ),
    Judgement(
        "let athletes tell us about bad experiences without giving their name",
        _graded([SW + "athlete-experience-portal"]),
        kind="vague",
    ),
    Judgement(
        "join up records about the same person held by two bodies without sharing their names",
        _graded(["datasciencecampus/pprl_toolkit"], [GIG + "person-similarity-using-rust"]),
        kind="vague",
    ),
    # --- typos -----------------------------------------------------------------------------------
    Judgement(
        "kafak error topic retry consumer",
        _graded(
            [CH + "kafka-error-consumer"],
            [CH + "kafka-management-tool", DVLA + "aws-sqs-utility"],
        ),
        kind="typo",
    ),
    Judgement(
        "elasticsaerch query bulder ruby gem",
        _graded([DVLA + "kaping"], [ONS + "dp-elasticsearch"]),
        kind="typo",
    ),
    Judgement(
        "hl7 mesage parsr exmaple in rust",
        _graded(
            [GIG + "hl7-parser-example"],
            [GIG + "hl7-v2-examples", DHCW + "Integration-Hub-Beta"],
        ),
        kind="typo",
    ),
    # --- plain English -------------------------------------------------------------------------
    Judgement(
        "React components that implement the ONS Design System",
        _graded(
            [ONS + "design-system-react", ONS + "blaise-design-system-react-components"],
            [
                ONS + "design-system",
                ONS + "dp-design-system",
                ONS + "svelte-components",
                ONS + "design-system-python-flask-demo",
            ],
        ),
    ),
    Judgement(
        "convert scanned TIFF images to PDF through an HTTP service",
        _graded([CH + "go-tiff2pdf"], [IPO + "Services"]),
    ),
    Judgement(
        "structured JSON log lines from a Ruby web app",
        _graded(
            [ONS + "ons-json-logger"],
            [DVLA + "herodotus", CH + "ch-structured-logging-node", ONS + "dp-logging"],
        ),
    ),
    Judgement(
        "Terraform modules for running services on AWS ECS",
        _graded(
            [CH + "terraform-library-ecs-cluster", CH + "terraform-library-ecs-service"],
            [CH + "terraform-library-elasticache"],
        ),
    ),
    Judgement(
        "classify free-text job descriptions into official occupation codes",
        _graded(["datasciencecampus/classifai"], [ONS + "eq-suggest-api"]),
    ),
    Judgement(
        "identify mycobacterium species from sequencing reads",
        _graded(
            ["Pathogen-Genomics-Cymru/lodestone"],
            ["Pathogen-Genomics-Cymru/pathogen-mongodb"],
        ),
    ),
    Judgement(
        "mark up court judgments in Akoma Ntoso XML",
        _graded(["Legal-Innovation-Lab-Wales/judiciary-akn-tagger"]),
    ),
    Judgement(
        "Wagtail CMS for publishing official statistics",
        _graded([ONS + "dis-wagtail"], [ONS + "dp-zebedee-sdk-go", MC + "statswales-backend"]),
    ),
    Judgement(
        "public product roadmap website hosted on GitHub Pages",
        _graded(
            [
                DHCW + "product-roadmaps",
                DHCW + "dhcw-vaccine-roadmap",
                DHCW + "public-backlog-template",
            ]
        ),
    ),
    Judgement(
        "turn XLSForm spreadsheets into FHIR Questionnaire resources",
        _graded(["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"]),
    ),
    Judgement(
        "store large SQS message payloads in S3",
        _graded([DVLA + "sqs-extended-client"], [DVLA + "aws-sqs-utility"]),
    ),
    Judgement(
        "live stream of company record changes for API users",
        _graded(
            [
                CH + "chs-streaming-api-backend",
                CH + "chs-streaming-api-cache",
                CH + "chs-streaming-api-frontend",
            ],
            [CH + "chs-delta-api", CH + "chs-kafka-api-java"],
        ),
    ),
    Judgement(
        "DuckDB data cube format for statistical tables",
        _graded(
            [MC + "statswales-candidate-cube"],
            [ONS + "csvcubed", ONS + "ons_data_models", MC + "statswales-backend"],
        ),
    ),
    Judgement(
        "example third-party app that gets an OAuth token to call APIs",
        _graded(
            [CH + "third-party-harness-oidc", CH + "third-party-test-harness"],
            [
                GIG + "microsoft-entra-external-tenant-authentication-example-using-javascript",
                GIG + "demo-microsoft-entra",
                DVLA + "government-gateway-stub",
                CH + "api-sdk-manager-go-library",
            ],
        ),
    ),
    Judgement(
        "online service for paying enforcement penalties",
        _graded(
            [DVLA + "oepp-payment-services", DVLA + "oepp-customer-portal"],
            [
                DVLA + "oepp-core",
                DVLA + "oepp-validation",
                DVLA + "oepp-business-rules",
                DVLA + "oepp-audit-service",
                CH + "payments.api.ch.gov.uk",
                CH + "lfp-error-reporter",
            ],
        ),
    ),
    Judgement(
        "Rails engine for multi-step forms in a GOV.UK service",
        _graded(
            [DVLA + "dvla-wizardflow"],
            [DVLA + "Fitness-to-Drive-Pageflow", ONS + "eq-questionnaire-runner"],
        ),
    ),
    Judgement(
        "cookie consent banner for a GOV.UK website",
        _graded(
            [IPO + "fe-cookie-banner"],
            [ONS + "dp-frontend-cookie-controller", ONS + "dp-design-system"],
        ),
    ),
    Judgement(
        "pre-configured browser drivers for Ruby acceptance tests",
        _graded(
            [DVLA + "dvla-browser-drivers"],
            [DVLA + "atlas", DVLA + "evl-screenshot-helper", DVLA + "dvla-reportportal-ruby"],
        ),
    ),
    Judgement(
        "Spark library to ingest CSV and Excel files with data validation",
        _graded([DVLA + "sifft"], [ONS + "ons-utils", ONS + "dp-data-pipelines"]),
    ),
]
