"""An eleventh fresh, independent set of judged search questions, written on 6 December 2026.

It exists to measure search quality honestly once, at the end: it has not been scored, nothing has
been tuned on it, and it must never be used to tune anything. It was written in the fifth session
of 6 December for the NEXT session: score it once on the code that session starts from and once at
its end, means only, and report the result apart from the other sets.

How it was written: from the bundled data alone (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, topics, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the English and Welsh names of bodies). For each question the data was
grepped for its words and for other words that say the same thing (synonyms, Welsh and English,
plural and mutated forms, tool names in manifests and file listings), and the candidates'
descriptions, READMEs, file listings and manifests were read before grading. No search engine,
catalogue, API, demo, ranking or similarity code or output was run or read. relevance_corpus.py was
read for the shape of Judgement and _graded only (the grep that showed them also showed the first
lines of the definitions after them, which played no part here), judgements_fresh9.py for its
format (docstring and layout) only; the earlier sets (including judgements_fresh10.py) were
checked only by a script that imported them and printed counts of questions here equal to, or
contained in, an earlier question (none are).

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
DSC = "datasciencecampus/"
DVLA = "dvla/"
GIG = "GIG-Cymru-NHS-Wales/"
GIGC = "GIGCymru/"
DHCW = "DHCW-Digital-Health-and-Care-Wales/"
NW = "nwisbeta/"
IPO = "intellectual-property-office/"
MC = "Marvell-Consulting/"
WRA = "welsh-revenue-authority/"
SW = "Sport-Wales/"
WG = "wgdsu/"
PGC = "Pathogen-Genomics-Cymru/"
ABUHB = "Aneurin-Bevan-University-Health-Board/"


FRESH11_JUDGEMENTS: list[Judgement] = [
    # --- Welsh and mixed Welsh/English -------------------------------------------------------
    Judgement(
        "gosod geiriadur gwirio sillafu Cymraeg yn LibreOffice",
        _graded(
            [T + "hunspell-cy"],
            [
                T + "hunspell-cy-llafar",
                T + "lecsicon-cymraeg-bangor",
                T + "lecsicon-cymraeg-bangor-enghreifftiau",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "troi rhifau a dyddiadau yn eiriau llawn cyn testun-i-leferydd",
        _graded([T + "techiaith-tts"], [T + "cydran-normaleiddio", T + "techiaith-g2p"]),
        kind="welsh",
    ),
    Judgement(
        "safoni ffurfiau llafar fel 'isio' ac 'ydi' mewn testunau Cymraeg",
        _graded(
            [T + "cydran-normaleiddio"],
            [T + "welsh-whisperx", T + "hunspell-cy-llafar", T + "techiaith-tts"],
        ),
        kind="welsh",
    ),
    Judgement(
        "alinio recordiadau sain Cymraeg â'u trawsgrifiadau",
        _graded([T + "docker-ProsodylabAligner-cy"], [T + "welsh-whisperx"]),
        kind="welsh",
    ),
    Judgement(
        "canfod talpiau enwol mewn brawddegau Cymraeg gyda spaCy",
        _graded(
            [T + "talpiwr_enwol_cymraeg"],
            [T + "parsiwr-dibyniaethau", T + "spacy_cy_tag_lem_ner_lg"],
        ),
        kind="welsh",
    ),
    Judgement(
        "tagiwr rhannau ymadrodd ar gyfer testunau sy'n cymysgu Cymraeg a Saesneg",
        _graded(
            [T + "spacy-tagiwr-ency"],
            [
                T + "model-tagiwr-spacy-cy",
                T + "spacy_cy_tag_lem_ner_lg",
                T + "parsiwr-dibyniaethau",
                T + "brawddegau-tagiedig",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "adnabod enwau pobl a lleoedd Cymreig mewn dogfennau Saesneg",
        _graded(
            [T + "spacy-wales-en-ner-model"],
            [T + "spacy_cy_tag_lem_ner_lg", T + "anonymeiddiwr-beta"],
        ),
        kind="welsh",
    ),
    Judgement(
        "modelu pynciau mewn casgliad mawr o destunau Cymraeg",
        _graded([T + "modelu-pwnc-demo"]),
        kind="welsh",
    ),
    Judgement(
        "gosod nod META-SHARE i rannu adnoddau iaith",
        _graded([T + "docker-metashare"]),
        kind="welsh",
    ),
    Judgement(
        "creu corpws lleferydd dwyieithog o fideos YouTube",
        _graded([T + "speech-corpus-builder"], [T + "hacio-deepspeech-cymraeg"]),
        kind="welsh",
    ),
    Judgement(
        "mireinio modelau wav2vec2 i adnabod lleferydd Cymraeg",
        _graded(
            [T + "xlsr-fine-tuning-week", T + "docker-huggingface-stt-cy"],
            [
                T + "speech-corpus-builder",
                T + "welsh-whisperx",
                T + "docker-commonvoice-custom-splits-builder",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "symud sgriptiau cronfa ddata o yriannau a rennir i GitHub",
        _graded(
            [
                GIGC + "Best-Practice-for-Backing-up-Files-to-GitHub",
                GIGC + "Linking-On-Prem-git-To-GitHub",
            ],
            [GIGC + "GitHub-GIG-Cymru-Starter-Guide"],
        ),
        kind="welsh",
    ),
    Judgement(
        "sefydlu Codespaces ar gyfer staff GIG Cymru",
        _graded(
            [GIGC + "GitHub-GIG-Cymru-CodeSpaces"],
            [GIGC + "GitHub-GIG-Cymru-Starter-Guide"],
        ),
        kind="welsh",
    ),
    Judgement(
        "templed cookiecutter ar gyfer prosiectau Python Iechyd Cyhoeddus Cymru",
        _graded(
            ["Public-Health-Wales/phwcookiecutter"],
            [ONS + "ons-python-template", ABUHB + "temp_spc_basic"],
        ),
        kind="welsh",
    ),
    Judgement(
        "ailgyfeirio hen ddolenni StatsWales 2 i'r wefan newydd",
        _graded([MC + "statswales2redirect"], [MC + "statswales-frontend"]),
        kind="welsh",
    ),
    Judgement(
        "lawrlwytho set ddata o StatsWales i ffeil CSV yn Gymraeg neu Saesneg",
        _graded([MC + "statswales-data-grabber"]),
        kind="welsh",
    ),
    Judgement(
        "data profion cyflymder band eang ar gyfer ardaloedd Cymru",
        _graded([WG + "wales-ookla-data"]),
        kind="welsh",
    ),
    Judgement(
        "cyfrifo lluosyddion mewnbwn-allbwn gyda matrics gwrthdro Leontief",
        _graded([WG + "iot-leontief-python", WG + "iot-leontief-r"]),
        kind="welsh",
    ),
    Judgement(
        "senarios damcaniaethol ar gyfer fersiynau lleol o'r Dreth Trafodiadau Tir",
        _graded([WRA + "LTT_scenarios"], [WRA + "property_platform_app"]),
        kind="welsh",
    ),
    Judgement(
        "rhestr o ddynodwyr a setiau data am dir ac eiddo yng Nghymru",
        _graded(
            [WRA + "data-landscape"],
            [
                WRA + "land-and-property-datasets",
                WRA + "property_platform_app",
                "Welsh-Revenue-Authority/property-data-poc",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "catalog metadata GeoNetwork Cyfoeth Naturiol Cymru",
        _graded(
            ["AstunTechnology/nrw-custom-geonetwork"],
            ["epimorphics/nrw-dms-deploy"],
        ),
        kind="welsh",
    ),
    Judgement(
        "cyfieithu sgemâu holiaduron yr arolwg i'r Gymraeg gyda ffeiliau .po",
        _graded([ONS + "eq-translations"], [ONS + "eq-questionnaire-schemas"]),
        kind="welsh",
    ),
    Judgement(
        "canllawiau ymarfer diogel wrth gofnodi alergeddau cleifion",
        _graded([DHCW + "allergy-guide"], [DHCW + "shared-medicines-guide"]),
        kind="welsh",
    ),
    Judgement(
        "fideos yn dangos sut i adeiladu dangosfwrdd Shiny gydag RMarkdown",
        _graded(
            ["public-health-wales-health-intelligence/NHS-R-Conference"],
            ["NHSWalesDeliveryUnit/IntroR"],
        ),
        kind="welsh",
    ),
    Judgement(
        "cofnodion penderfyniadau pensaernïol GIG Cymru",
        _graded(
            [GIG + "architecture-decision-records", GIGC + "architecture"],
            [GIGC + "dhcw-software-engineering-handbook"],
        ),
        kind="welsh",
    ),
    # --- Vague: a plain need in everyday words -----------------------------------------------
    Judgement(
        "let people ask the Welsh Parliament to act and gather names in support",
        _graded(["SeneddCymru/e-petitions"]),
        kind="vague",
    ),
    Judgement(
        "tidy the lines of a postal address the way the post office likes before we send letters",
        _graded(
            [DVLA + "postman-paf", DVLA + "postman-paf-js"],
            [ONS + "address-toolkit"],
        ),
        kind="vague",
    ),
    Judgement(
        "keep trying a step again and again until it works or I have waited too long",
        _graded([DVLA + "block-repeater"], [ONS + "dp-net"]),
        kind="vague",
    ),
    Judgement(
        "tell whether two patient records from different systems are the same person even "
        "when names are misspelt",
        _graded([GIG + "person-similarity-using-rust", DSC + "pprl_toolkit"]),
        kind="vague",
    ),
    Judgement(
        "pull the words out of a photo of a scanned form",
        _graded([CH + "ocr-api"]),
        kind="vague",
    ),
    Judgement(
        "have a robot write the note describing what I changed before I save my work",
        _graded([DVLA + "opencommit"], [ONS + "ons-dsc-cloudbuild-utils"]),
        kind="vague",
    ),
    Judgement(
        "see which programming languages and tools the teams across our office are using",
        _graded(
            [ONS + "keh-digital-landscape"],
            [CH + "services-dashboard-api", CH + "services-dashboard-web"],
        ),
        kind="vague",
    ),
    Judgement(
        "design custom padding for people who cannot sit comfortably in a standard chair",
        _graded(["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"]),
        kind="vague",
    ),
    Judgement(
        "get the latest hip fracture audit numbers for every hospital",
        _graded(["NHS-Executive/GoogleColab_NHFD_WebScraper"]),
        kind="vague",
    ),
    Judgement(
        "show the public what our team is doing now, what is next and what comes later",
        _graded(
            [
                DHCW + "dhcw-vaccine-roadmap",
                DHCW + "product-roadmaps",
                DHCW + "public-backlog-template",
            ],
            ["National-Data-Resource/.github"],
        ),
        kind="vague",
    ),
    Judgement(
        "sort the free-text job descriptions people write into official categories",
        _graded(
            [DSC + "classifai"],
            [CH + "sic-code-api", CH + "sic-code-data", ONS + "eq-suggest-api"],
        ),
        kind="vague",
    ),
    Judgement(
        "work out how much a community sports club could get if it raises money from the public",
        _graded([SW + "crowdfunder-calculator"], [SW + "investment-portal"]),
        kind="vague",
    ),
    # --- Typos -------------------------------------------------------------------------------
    Judgement(
        "republsih kafka mesages from a topc",
        _graded(
            [CH + "kafka-management-tool"],
            [CH + "kafka-error-consumer", ONS + "dp-data-tools"],
        ),
        kind="typo",
    ),
    Judgement(
        "restriced wrod list adminstration",
        _graded([CH + "restricted-word-web"], [IPO + "ctc-dictionary"]),
        kind="typo",
    ),
    Judgement(
        "choropleth mpa rendrer from topojson",
        _graded(
            [ONS + "dp-map-renderer"],
            [ONS + "dp-census-atlas", ONS + "dp-geodata-api"],
        ),
        kind="typo",
    ),
    # --- English -----------------------------------------------------------------------------
    Judgement(
        "Java Avro model classes generated from Kafka schemas",
        _graded([CH + "kafka-models"], [ONS + "dp-kafka", CH + "kafka-management-tool"]),
    ),
    Judgement(
        "stream company data changes to connected clients from Kafka offsets cached in Redis",
        _graded(
            [
                CH + "chs-streaming-api-backend",
                CH + "chs-streaming-api-cache",
                CH + "chs-streaming-api-frontend",
            ]
        ),
    ),
    Judgement(
        "Go library to fill a config struct from environment variables and command line flags",
        _graded([CH + "gofigure"]),
    ),
    Judgement(
        "reusable Terraform code that provisions a Redis ElastiCache cluster and its resources",
        _graded(
            [CH + "terraform-library-elasticache"],
            [CH + "terraform-library-ecs-cluster", CH + "terraform-library-ecs-service"],
        ),
    ),
    Judgement(
        "render a table described in JSON to HTML and other formats",
        _graded([ONS + "dp-table-renderer"]),
    ),
    Judgement(
        "generate a sitemap and robots.txt allow and deny lists for search engine crawlers",
        _graded([ONS + "dp-sitemap"]),
    ),
    Judgement(
        "Ruby gem for JSON structured log entries",
        _graded(
            [ONS + "ons-json-logger", DVLA + "herodotus"],
            [CH + "ch-structured-logging-node", ONS + "dp-logging", CH + "Log-Declare"],
        ),
    ),
    Judgement(
        "Ruby DSL for building OpenSearch queries",
        _graded([DVLA + "kaping"], [ONS + "dp-elasticsearch"]),
    ),
    Judgement(
        "Ruby gem to create, update and delete Microsoft Dataverse records",
        _graded([DVLA + "dataverse-helper"]),
    ),
    Judgement(
        "Nextflow pipeline to identify mycobacterial species from sequencing reads",
        _graded([PGC + "lodestone"], [PGC + "pathogen-mongodb"]),
    ),
    Judgement(
        "SNP distance clustering of bacterial genomes in PostgreSQL",
        _graded([PGC + "snapper3"]),
    ),
    Judgement(
        "tag case law judgments in Akoma Ntoso XML",
        _graded(["Legal-Innovation-Lab-Wales/judiciary-akn-tagger"]),
    ),
    Judgement(
        "convert XLSForm spreadsheets into FHIR Shorthand",
        _graded(["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"]),
    ),
    Judgement(
        "openEHR AQL query examples and templates for a clinical data repository",
        _graded(["freshehr/dhcw-cdr"]),
    ),
    Judgement(
        "bridge legacy MSMQ queues to Azure Service Bus",
        _graded(
            [DHCW + "Integration-Hub-MSMQ-Bridge"],
            [DHCW + "Integration-Hub-Beta", DHCW + "Integration-Hub-POC"],
        ),
    ),
    Judgement(
        "mock of the supplementary data service for local survey runner development",
        _graded([ONS + "eq-runner-mock-sds"], [NW + "dhew-mocks"]),
    ),
    Judgement(
        "Vue component library for a Welsh public body",
        _graded(
            [WRA + "component-library"],
            [
                WRA + "wra-frontend",
                "govwales/component-library",
                "govwales/govwales-component-library",
            ],
        ),
    ),
    Judgement(
        "Tailwind CSS plugin to convert rem units to em",
        _graded(["Transport-for-Wales/tailwindcss-plugin-rems-to-ems"]),
    ),
    Judgement(
        "Excel VBA module to format charts in brand colours",
        _graded(["impcymru/impcymru-chart-formatter"], [WG + "KASStylesR"]),
    ),
    Judgement(
        "MkDocs theme for documentation sites",
        _graded([ONS + "ons_mkdocs_theme"]),
    ),
    Judgement(
        "Google Cloud Build helper scripts and pre-commit hooks",
        _graded([ONS + "ons-dsc-cloudbuild-utils"]),
    ),
    Judgement(
        "semantic search over published statistical bulletins",
        _graded([DSC + "statschat-app"], [DSC + "classifai"]),
    ),
    Judgement(
        "interruptible narrative data visualisations",
        _graded(["Audit-Wales/NetZeroDive"]),
    ),
    Judgement(
        "base Docker images for Go and Node.js services",
        _graded([CH + "golang-base-image", CH + "node-base-image"]),
    ),
    Judgement(
        "run a local copy of many microservices with Docker Compose",
        _graded([CH + "chs-dev", ONS + "dp-compose"]),
    ),
    Judgement(
        "HL7 v2 parser example in Rust",
        _graded(
            [GIG + "hl7-parser-example"],
            [GIG + "hl7-v2-examples", DHCW + "Integration-Hub-Beta"],
        ),
    ),
    Judgement(
        "Windows Forms client that charts a patient's diagnostic test results from a FHIR API",
        _graded([NW + "democlientdiagnosticreports"]),
    ),
    Judgement(
        "environment dashboard comparing service versions across environments",
        _graded(
            [IPO + "fe-dashboard-ui"],
            [CH + "services-dashboard-web", CH + "services-dashboard-api"],
        ),
    ),
    Judgement(
        "keep or assign a personalised vehicle registration number online",
        _graded([DVLA + "vrm-retention-online", DVLA + "vrm-assign-online"]),
    ),
    Judgement(
        "JavaScript client that offloads oversized queue message bodies to an S3 bucket",
        _graded([DVLA + "sqs-extended-client"], [DVLA + "aws-sqs-utility"]),
    ),
]
