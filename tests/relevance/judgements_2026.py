"""Judged queries written for the 445-repository snapshot, before any tuning on it (issue 12).

Judged by reading ingest/data/snapshot/repositories.jsonl (name, description, README, files and
manifests), never the engine's output. A third are Welsh or mixed Welsh/English, with mutated and
plural forms, and several are plain descriptions of a need rather than the words in the text.
These carry no `must` list: they measure, they do not gate.
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

CH = "companieshouse/"
ONS = "ONSdigital/"
DVLA = "dvla/"
T = "techiaith/"

TERRAFORM = _graded(
    [
        CH + "terraform-library-ecs-cluster",
        CH + "terraform-library-ecs-service",
        CH + "terraform-library-elasticache",
    ],
    [
        CH + "chs-log-scraper",
        "Secure-Data-Environment-GIG-Cymru/sde-nonprod-userspace-servicecatalogue",
    ],
)
EMAIL = _graded(
    [
        DVLA + "email-service",
        DVLA + "olev-ses",
        CH + "chs-email-sender-java",
        CH + "email-producer-java",
    ],
    [CH + "chs-notification-sender-api", CH + "chs-gov-uk-notify-integration-api"],
)
LOGGING = _graded(
    [
        CH + "ch-structured-logging-node",
        ONS + "ons-json-logger",
        ONS + "dp-logging",
        DVLA + "herodotus",
    ],
    [CH + "Log-Declare"],
)
SURVEYS = _graded(
    [ONS + "eq-survey-runner", ONS + "eq-questionnaire-runner", ONS + "eq-author-app"],
    [
        ONS + "eq-author",
        ONS + "eq-author-api",
        ONS + "eq-publisher",
        ONS + "eq-survey-register",
        "Work-In-Progress-For-Health/dhcw360",
        "Work-In-Progress-For-Health/gig-cymru-igdc-dryw",
    ],
)
PAYMENTS = _graded(
    [CH + "payments.api.ch.gov.uk", DVLA + "oepp-payment-services"],
    [
        DVLA + "oepp-core",
        DVLA + "oepp-customer-portal",
        "intellectual-property-office/ctc-fee",
        CH + "lfp-error-reporter",
    ],
)
VEHICLES = _graded(
    [
        DVLA + "vehicles-online",
        DVLA + "vehicles-acquire-online",
        DVLA + "vehicles-change-keeper-online",
    ],
    [
        DVLA + "vehicles-presentation-common",
        DVLA + "vehicles-services-common",
        DVLA + "vrm-assign-online",
        DVLA + "vrm-retention-online",
    ],
)
ADDRESS = _graded(
    [
        "dvla/address-lookup-service",
        "companieshouse/address-lookup-api",
        "dvla/os-address-lookup",
        ONS + "eq-address-lookup-api",
    ],
    [
        "intellectual-property-office/ctc-address",
        ONS + "address-index-api",
        ONS + "address-index-ui",
    ],
)
PYTHON_TEMPLATE = _graded(
    [ONS + "ons-python-template", "Public-Health-Wales/phwcookiecutter"], ["Sport-Wales/template"]
)
SPC = _graded(
    [
        "Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals",
        "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
    ],
    ["impcymru/impcymru-chart-formatter"],
)
STT_DOCKER = _graded(
    [
        T + "docker-deepspeech-cy",
        T + "docker-kaldi-cy",
        T + "docker-coqui-stt-cy",
        T + "docker-huggingface-stt-cy",
        T + "docker-deepspeech-cy-server",
    ],
    [T + "docker-kaldi-gstreamer-server", T + "welsh-whisperx"],
)
BILINGUAL_SITES = _graded(
    [
        "DHCW-Digital-Health-and-Care-Wales/product-roadmaps",
        "DHCW-Digital-Health-and-Care-Wales/dhcw-vaccine-roadmap",
        "DHCW-Digital-Health-and-Care-Wales/public-backlog-template",
        "Sport-Wales/sport-wales-project-template",
    ],
    [
        "nwisbeta/nhswales-developer-portal",
        "Sport-Wales/investment-portal",
        "Marvell-Consulting/statswales2redirect",
    ],
)

NEW_JUDGEMENTS: list[Judgement] = [
    # English: tools, platforms and file formats (facts from the code)
    Judgement("terraform modules for aws", TERRAFORM),
    Judgement(
        "kafka consumer",
        _graded(
            [CH + "kafka-error-consumer", ONS + "dp-kafka", CH + "chs-streaming-api-backend"],
            [
                CH + "kafka-management-tool",
                CH + "kafka-models",
                CH + "chs-kafka-api-java",
                CH + "chs-delta-api",
                CH + "chs-email-sender-java",
                CH + "email-producer-java",
            ],
        ),
    ),
    Judgement(
        "elasticsearch client",
        _graded(
            [ONS + "dp-elasticsearch"],
            [CH + "elasticsearch-data-loader", CH + "search.api.ch.gov.uk", ONS + "dp-search-api"],
        ),
    ),
    Judgement("structured logging library", LOGGING),
    Judgement(
        "session handling", _graded([CH + "node-session-handler", CH + "go-session-handler"])
    ),
    Judgement("send emails", EMAIL),
    Judgement(
        "generate pdf documents",
        _graded([DVLA + "pdf-generator", CH + "document-generator"], [CH + "go-tiff2pdf"]),
    ),
    Judgement(
        "aws sqs messages", _graded([DVLA + "aws-sqs-utility", DVLA + "sqs-extended-client"])
    ),
    Judgement(
        "validate survey schemas",
        _graded(
            [ONS + "eq-questionnaire-validator", ONS + "eq-schema-validator"],
            [ONS + "eq-questionnaire-schemas", ONS + "eq-json-version-converter"],
        ),
    ),
    Judgement(
        "census map",
        _graded([ONS + "dp-census-atlas"], [ONS + "dp-geodata-api", ONS + "dp-map-renderer"]),
    ),
    Judgement("postcode address file", _graded([DVLA + "postman-paf", DVLA + "postman-paf-js"])),
    Judgement(
        "openid connect identity provider",
        _graded(
            [DVLA + "government-gateway-stub"],
            [CH + "third-party-harness-oidc", CH + "forgerock-cloud-config"],
        ),
    ),
    Judgement(
        "gov.uk frontend starter",
        _graded(
            [CH + "node-review-web-starter-js", CH + "node-review-web-starter-ts"],
            [
                CH + "ch-frontend",
                DVLA + "gds-elements-haml",
                DVLA + "olev-rails-s3",
                DVLA + "dvla_internal_frontend_toolkit",
            ],
        ),
    ),
    Judgement("python project template", PYTHON_TEMPLATE),
    Judgement(
        "semantic search",
        _graded(["datasciencecampus/classifai", "datasciencecampus/statschat-app"]),
    ),
    Judgement(
        "record linkage",
        _graded(
            ["datasciencecampus/pprl_toolkit"], ["GIG-Cymru-NHS-Wales/person-similarity-using-rust"]
        ),
    ),
    Judgement(
        "jupyter notebook",
        _graded(["NHS-Executive/GoogleColab_NHFD_WebScraper"], [ONS + "address-toolkit"]),
    ),
    Judgement(
        "svelte components",
        _graded(
            [
                ONS + "svelte-components",
                "GIG-Cymru-NHS-Wales/public-good-design-system-with-svelte-typescript",
            ],
            [ONS + "dp-census-atlas", "GIG-Cymru-NHS-Wales/emergency-department-dashboards"],
        ),
    ),
    Judgement(
        "react component library",
        _graded(
            [ONS + "blaise-design-system-react-components", ONS + "design-system-react"],
            [
                "govwales/component-library",
                "govwales/govwales-component-library",
                "DHCW-Digital-Health-and-Care-Wales/single-record-design-system",
            ],
        ),
    ),
    Judgement(
        "upload files to s3",
        _graded(
            [CH + "s3-content-type-fixer", DVLA + "olev-rails-s3", ONS + "dp-s3"],
            [CH + "file-transfer-service", ONS + "dp-upload-service", DVLA + "sqs-extended-client"],
        ),
    ),
    Judgement(
        "cucumber test helpers",
        _graded(
            [DVLA + "atlas", DVLA + "dvla-reportportal-ruby", ONS + "dp-component-test"],
            [DVLA + "block-repeater", DVLA + "dvla-browser-drivers"],
        ),
    ),
    Judgement("docker base images", _graded([CH + "golang-base-image", CH + "node-base-image"])),
    Judgement(
        "generative ai experiments",
        _graded(
            [DVLA + "lab-gen", DVLA + "lab-gen-ui"],
            [T + "mimic", T + "llm-evals-cy", "Advanced-Analytics-NHS-Wales/Co-Pilot-Demo"],
        ),
    ),
    Judgement("health check library", _graded([ONS + "dp-healthcheck"])),
    Judgement(
        "dvla address lookup",
        _graded(
            [DVLA + "address-lookup-service", DVLA + "os-address-lookup"],
            [CH + "address-lookup-api", ONS + "eq-address-lookup-api", DVLA + "postman-paf"],
        ),
    ),
    # English: plain descriptions of a need
    Judgement("extract text from scanned images", _graded([CH + "ocr-api"]), kind="vague"),
    Judgement(
        "personalised number plates",
        _graded([DVLA + "vrm-assign-online", DVLA + "vrm-retention-online"]),
        kind="vague",
    ),
    Judgement("tell someone I sold my vehicle", VEHICLES, kind="vague"),
    Judgement(
        "pay a fine online",
        _graded(
            [DVLA + "oepp-payment-services", DVLA + "oepp-core", DVLA + "oepp-customer-portal"],
            [DVLA + "oepp-validation", CH + "lfp-error-reporter", CH + "payments.api.ch.gov.uk"],
        ),
        kind="vague",
    ),
    Judgement("build online surveys", SURVEYS, kind="vague"),
    Judgement(
        "look up what industry a company is in",
        _graded([CH + "sic-code-api", CH + "sic-code-data"]),
        kind="vague",
    ),
    Judgement(
        "a system for booking appointments at clinics",
        _graded(["GIG-Cymru-NHS-Wales/scheduling-fhir-like-model"]),
        kind="vague",
    ),
    Judgement(
        "cushion design for wheelchair seating",
        _graded(["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"]),
        kind="vague",
    ),
    # Welsh, mixed Welsh/English, mutated and plural forms
    Judgement(
        "system archebu apwyntiadau",
        _graded(["GIG-Cymru-NHS-Wales/scheduling-fhir-like-model"]),
        kind="welsh",
    ),
    Judgement("gwasanaeth i chwilio am gyfeiriad", ADDRESS, kind="welsh"),
    Judgement(
        "llyfrgell gydrannau",
        _graded(
            [
                "govwales/component-library",
                "welsh-revenue-authority/component-library",
                "DHCW-Digital-Health-and-Care-Wales/nhsw-component-library",
                "govwales/govwales-component-library",
            ],
            [ONS + "svelte-components", ONS + "blaise-design-system-react-components"],
        ),
        kind="welsh",
        notes="cydrannau mutated after llyfrgell",
    ),
    Judgement(
        "trawsgrifio lleferydd",
        _graded(
            [
                T + "trawsgrifiwr-byw",
                T + "trawsgrifiwr-windows",
                T + "trawsgrifiwr-byw-seinydd-windows",
                T + "trawsgrifiwr-arlein",
            ],
            [T + "welsh-whisperx", T + "hosted-whisper-streaming-with-client"],
        ),
        kind="welsh",
    ),
    Judgement("modelau iaith mawr", _graded([T + "llm-evals-cy", T + "mimic"]), kind="welsh"),
    Judgement(
        "tagiwr rhannau ymadrodd",
        _graded(
            [T + "model-tagiwr-spacy-cy", T + "spacy-tagiwr-ency"],
            [T + "brawddegau-tagiedig", T + "spacy_cy_tag_lem_ner_lg"],
        ),
        kind="welsh",
    ),
    Judgement(
        "geiriaduron",
        _graded(
            [T + "lecsicon-cymraeg-bangor"],
            [
                T + "geiriau-mwyaf-aml",
                T + "hunspell-cy",
                "intellectual-property-office/ctc-dictionary",
            ],
        ),
        kind="welsh",
        notes="plural of geiriadur",
    ),
    Judgement(
        "data ffug ar gyfer profi",
        _graded([T + "enwau_ffug", "GIG-Cymru-NHS-Wales/testing", CH + "test-data-generator"]),
        kind="welsh",
    ),
    Judgement(
        "treigladau",
        _graded([T + "offer-trin-iaith"], [T + "word2vec-cy-demutated"]),
        kind="welsh",
    ),
    Judgement("cerbydau", VEHICLES, kind="welsh", notes="plural of cerbyd"),
    Judgement(
        "trwydded yrru",
        _graded(
            [
                DVLA + "pdf-generator",
                DVLA + "add-a-driving-licence-check-code-to-your-mobile-phone",
            ],
            [DVLA + "vdr-core", DVLA + "Fitness-to-Drive-Pageflow"],
        ),
        kind="welsh",
        notes="gyrru soft-mutated after trwydded",
    ),
    Judgement("anfon negeseuon e-bost", EMAIL, kind="welsh"),
    Judgement("arolygon", SURVEYS, kind="welsh", notes="plural of arolwg"),
    Judgement(
        "map o ddata'r cyfrifiad",
        _graded([ONS + "dp-census-atlas"], [ONS + "dp-geodata-api", ONS + "dp-map-renderer"]),
        kind="welsh",
    ),
    Judgement("terraform ar gyfer AWS", TERRAFORM, kind="welsh", notes="mixed"),
    Judgement("docker ar gyfer adnabod lleferydd", STT_DOCKER, kind="welsh", notes="mixed"),
    Judgement(
        "ystadegau",
        _graded(
            [
                "Marvell-Consulting/statswales-frontend",
                "Marvell-Consulting/statswales-backend",
                ONS + "explore-local-statistics-app",
            ],
            ["Marvell-Consulting/statswales", "datasciencecampus/statschat-app"],
        ),
        kind="welsh",
    ),
    Judgement("taliadau ar-lein", PAYMENTS, kind="welsh"),
    Judgement("templed prosiect python", PYTHON_TEMPLATE, kind="welsh", notes="mixed"),
    Judgement("llyfrgelloedd logio", LOGGING, kind="welsh", notes="plural of llyfrgell"),
    Judgement("siartiau rheoli prosesau ystadegol", SPC, kind="welsh"),
    Judgement("gwefan ddwyieithog", BILINGUAL_SITES, kind="welsh", notes="dwyieithog mutated"),
]
