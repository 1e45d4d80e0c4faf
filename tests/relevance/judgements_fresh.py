"""A fresh, independent set of judged search questions, written on 4 December 2026.

It exists to measure search quality honestly once, at the end: it has not been scored, nothing has
been tuned on it, and it must not be used to tune anything. Score it once, when the work it is meant
to judge is finished, and report the result apart from the other sets.

How it was written: by reading the bundled data only (ingest/data/snapshot/repositories.jsonl:
names, descriptions, READMEs, languages, file listings and manifests; organisations.yaml for the
names of bodies). Candidates were found by grepping and reading those files for the words of each
question and for other words that say the same thing (synonyms, Welsh and English, plural and
mutated forms, the names of tools in manifests and file listings). No search engine, catalogue,
demo, ranking code or ranking output was run or read. The other judgement files were read only for
their shape and to avoid repeating or closely paraphrasing their questions.

Grades: 2 is what the person wants, 1 is relevant but not the main answer; every repository in the
snapshot that deserves a grade is listed. There are no `must` lists: these questions measure, they do
not gate.
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

CH = "companieshouse/"
ONS = "ONSdigital/"
DVLA = "dvla/"
T = "techiaith/"
DHCW = "DHCW-Digital-Health-and-Care-Wales/"
GIG = "GIG-Cymru-NHS-Wales/"
GIGC = "GIGCymru/"
IPO = "intellectual-property-office/"
SW = "Sport-Wales/"
NWIS = "nwisbeta/"

FRESH_JUDGEMENTS: list[Judgement] = [
    # English keywords: a platform, tool, format or body
    Judgement(
        "mongodb library",
        _graded(
            [ONS + "dp-mongodb"],
            [
                DVLA + "osl-commons-utils",
                "Pathogen-Genomics-Cymru/pathogen-mongodb",
                CH + "elasticsearch-data-loader",
                ONS + "dp-data-tools",
            ],
        ),
        notes="many services use Mongo; only dp-mongodb is a library for it",
    ),
    Judgement(
        "dvla ruby gems",
        _graded(
            [
                DVLA + "postman-paf",
                DVLA + "atlas",
                DVLA + "block-repeater",
                DVLA + "dataverse-helper",
                DVLA + "dvla-lint-ruby",
                DVLA + "dvla-reportportal-ruby",
                DVLA + "dvla-wizardflow",
                DVLA + "dvla_internal_frontend_toolkit",
                DVLA + "hash_miner",
                DVLA + "kaping",
                DVLA + "herodotus",
                DVLA + "simple-symbolize",
                DVLA + "dvla-browser-drivers",
            ],
            [DVLA + "gds-elements-haml", DVLA + "olev-rails-s3"],
        ),
        notes="gemspec files or 'gem install' in the README; three have no language listed",
    ),
    Judgement(
        "openEHR clinical data repository",
        _graded(["freshehr/dhcw-cdr"]),
        notes="a single supplier repository",
    ),
    Judgement(
        "pyspark helper functions",
        _graded(
            [ONS + "ons-utils", DVLA + "sifft", ONS + "address-toolkit"],
            [ONS + "address-index-data"],
        ),
    ),
    Judgement(
        "register of overseas entities",
        _graded([CH + "overseas-entities-api"], [CH + "oracle-query-api"]),
    ),
    Judgement(
        "microsoft dynamics dataverse web api",
        _graded([DVLA + "dataverse-helper"]),
    ),
    Judgement(
        "send text messages with gov.uk notify",
        _graded(
            [IPO + "ctc-correspondence"],
            [
                IPO + "Outreach-Patents",
                CH + "chs-gov-uk-notify-integration-api",
                CH + "chs-notification-sender-api",
            ],
        ),
        notes="only ctc-correspondence has an SMS project; the CH services send email and letters",
    ),
    Judgement(
        "dropwizard services",
        _graded(
            [
                DVLA + "address-lookup-service",
                DVLA + "olev-ses",
                DVLA + "oepp-project-archetypes",
                DVLA + "vvr",
                DVLA + "oepp-payment-services",
                DVLA + "oepp-core",
                DVLA + "sdl-opensource",
                DVLA + "vdr-core",
            ],
            [DVLA + "oepp-customer-portal", DVLA + "osl-commons-utils"],
        ),
        notes="mostly in pom.xml manifests; grade 1 use only Dropwizard metrics or jersey",
    ),
    Judgement(
        "aws lambda functions",
        _graded(
            [
                CH + "lfp-error-reporter",
                CH + "services-dashboard-api",
                DVLA + "sqs-extended-client",
            ],
            [
                DVLA + "lab-common-cdk-tools",
                DVLA + "serverless-apigateway-log-retention",
                CH + "file-transfer-service",
            ],
        ),
    ),
    Judgement(
        "automated accessibility testing",
        _graded(
            [DHCW + "dhcw-delivery-playbook", GIGC + "dhcw-delivery-playbook"],
            [
                ONS + "design-system",
                DHCW + "product-roadmaps",
                DHCW + "public-backlog-template",
                DHCW + "single-record-design-system",
                ONS + "keh-digital-landscape",
                ONS + "svelte-components",
                ONS + "eq-author-app",
                ONS + "eq-survey-runner",
                ONS + "blaise-design-system-react-components",
                CH + "ch-account-ui",
                CH + "ch-frontend",
                "govwales/component-library",
                "govwales/govwales-component-library",
                "welsh-revenue-authority/component-library",
                DVLA + "platform-frontend",
            ],
        ),
        notes="grade 2 run pa11y/axe in CI; grade 1 use lighthouse, jest-axe, "
        "storybook addon-a11y or jsx-a11y",
    ),
    # Typos
    Judgement(
        "comapnies house api client",
        _graded(
            [CH + "api-sdk-node"],
            [
                CH + "api-sdk-manager-go-library",
                CH + "sdk-manager-node",
                CH + "third-party-test-harness",
                CH + "third-party-harness-oidc",
                CH + "specs.developer.ch.gov.uk",
            ],
        ),
        kind="typo",
    ),
    Judgement(
        "rabitmq",
        _graded(
            [ONS + "eq-messaging", DVLA + "oepp-audit-service"],
            [
                DVLA + "oepp-customer-portal",
                DVLA + "sdl-opensource",
                ONS + "eq-questionnaire-runner",
                ONS + "eq-survey-runner",
            ],
        ),
        kind="typo",
        notes="grade 1 need RabbitMQ or depend on pika/amqp-client",
    ),
    Judgement(
        "archtecture decision records",
        _graded(
            [GIG + "architecture-decision-records", GIGC + "architecture"],
            [
                DVLA + "sifft",
                DHCW + "public-backlog-template",
                "Work-In-Progress-For-Health/gp-documents-api",
                GIG + "ways-of-working",
                ONS + "eq-author-app",
                DHCW + "single-record-design-system",
            ],
        ),
        kind="typo",
        notes="grade 1 keep a few ADRs or decision records among other things",
    ),
    Judgement(
        "tailwind pluggin",
        _graded(
            ["Transport-for-Wales/tailwindcss-plugin-rems-to-ems"],
            ["welsh-revenue-authority/component-library"],
        ),
        kind="typo",
        notes="many repositories use Tailwind; only one is a plugin",
    ),
    # English: plain descriptions of a need
    Judgement(
        "check files people upload for viruses",
        _graded([CH + "file-transfer-service", IPO + "ctc-file-sanitise"]),
        kind="vague",
        notes="ctc-file-sanitise says nothing beyond its name",
    ),
    Judgement(
        "collect answers over several pages before submitting",
        _graded(
            [DVLA + "dvla-wizardflow", DVLA + "Fitness-to-Drive-Pageflow"],
            [ONS + "eq-questionnaire-runner", ONS + "eq-survey-runner", CH + "ch-account-ui"],
        ),
        kind="vague",
    ),
    Judgement(
        "see which version of each service is deployed in each environment",
        _graded(
            [IPO + "fe-dashboard-ui"],
            [CH + "services-dashboard-web", CH + "services-dashboard-api"],
        ),
        kind="vague",
    ),
    Judgement(
        "publish a sitemap so search engines find our pages",
        _graded([ONS + "dp-sitemap"]),
        kind="vague",
    ),
    Judgement(
        "format numbers as currency and percentages",
        _graded([ONS + "ons-numbers"]),
        kind="vague",
    ),
    Judgement(
        "change values buried deep inside nested data in ruby",
        _graded([DVLA + "hash_miner"]),
        kind="vague",
    ),
    # Welsh, mixed Welsh/English, mutated and plural forms, plain Welsh needs
    Judgement(
        "system rheoli cynnwys",
        _graded([ONS + "dis-wagtail"], [ONS + "dp-zebedee-sdk-go"]),
        kind="welsh",
        notes="content management system; Wagtail and Zebedee are CMSs",
    ),
    Judgement(
        "cofnodi alergeddau cleifion yn ddiogel",
        _graded([DHCW + "allergy-guide"]),
        kind="welsh",
        notes="plurals: alergeddau, cleifion",
    ),
    Judgement(
        "rhannu gwybodaeth am feddyginiaethau",
        _graded([DHCW + "shared-medicines-guide"]),
        kind="welsh",
        notes="mutated: feddyginiaethau after 'am'",
    ),
    Judgement(
        "ffitrwydd i yrru",
        _graded([DVLA + "Fitness-to-Drive-Pageflow"]),
        kind="welsh",
        notes="mutated: yrru (gyrru) after 'i'",
    ),
    Judgement(
        "modelu pynciau",
        _graded([T + "modelu-pwnc-demo"]),
        kind="welsh",
        notes="topic modelling; pynciau is the plural of pwnc; no README text, bertopic in requirements",
    ),
    Judgement(
        "normaleiddio testunau Cymraeg",
        _graded(
            [T + "cydran-normaleiddio", T + "techiaith-tts"],
            [T + "welsh-whisperx"],
        ),
        kind="welsh",
    ),
    Judgement(
        "alinio recordiadau sain â thestun",
        _graded([T + "docker-ProsodylabAligner-cy"], [T + "welsh-whisperx"]),
        kind="welsh",
        notes="forced alignment; mutated: thestun after 'â'",
    ),
    Judgement(
        "creu isdeitlau Cymraeg ar gyfer fideos",
        _graded(
            [T + "welsh-whisperx"],
            [
                T + "trawsgrifiwr-arlein",
                T + "docker-huggingface-stt-cy",
                T + "hacio-deepspeech-cymraeg",
            ],
        ),
        kind="welsh",
        notes="subtitles: SRT/VTT in welsh-whisperx; grade 1 depend on srt or transcribe videos",
    ),
    Judgement(
        "pa mor debyg yw dwy frawddeg",
        _graded(
            [T + "tebygrwydd_brawddegau_cymraeg"],
            [T + "word2vec-cy", T + "word2vec-cy-demutated"],
        ),
        kind="welsh",
        notes="mutated: debyg after 'mor', frawddeg after 'dwy'",
    ),
    Judgement(
        "porth datblygwyr ar gyfer APIs",
        _graded(
            [
                NWIS + "api-management-developer-portal",
                NWIS + "nhswales-developer-portal",
                CH + "docs.developer.ch.gov.uk",
                ONS + "dp-developer-site",
                ONS + "address-index-developers",
            ],
            [
                NWIS + "api-catalogue",
                NWIS + "api-user-guide-publisher",
                CH + "specs.developer.ch.gov.uk",
            ],
        ),
        kind="welsh",
        notes="mixed; developer portal or developer hub",
    ),
    Judgement(
        "templed ar gyfer nodiadau wythnosol y tîm",
        _graded(
            ["nrw-digital/week-notes"],
            [
                SW + "digital-team-site",
                DVLA + "dvla.github.io",
                "wgdsu/wgdsu.github.io",
                "Welsh-Revenue-Authority/property-data-poc",
            ],
        ),
        kind="welsh",
        notes="weeknotes; grade 1 are team blogs and team sites",
    ),
    Judgement(
        "safonau codio",
        _graded(
            [CH + "styleguides", GIGC + "dhcw-software-engineering-handbook"],
            [DVLA + "dvla-lint-ruby", SW + "design-guides"],
        ),
        kind="welsh",
        notes="coding standards; safonau is the plural of safon",
    ),
    Judgement(
        "safonau dylunio ar gyfer apiau symudol",
        _graded([NWIS + "mobile-app-design"], [NWIS + "github.io"]),
        kind="welsh",
        notes="apiau is the plural of ap",
    ),
    Judgement(
        "cwrs R i ddechreuwyr",
        _graded(
            ["NHSWalesDeliveryUnit/IntroR"],
            ["public-health-wales-health-intelligence/NHS-R-Conference"],
        ),
        kind="welsh",
        notes="mutated: ddechreuwyr after 'i'",
    ),
    Judgement(
        "swyddogion cwmnïau",
        _graded(
            [CH + "company-appointments.api.ch.gov.uk"],
            [
                CH + "search.api.ch.gov.uk",
                CH + "chs-streaming-api-cache",
                CH + "chs-delta-api",
                CH + "oracle-query-api",
                CH + "test-data-generator",
            ],
        ),
        kind="welsh",
        notes="company officers; the text says officer appointments",
    ),
    Judgement(
        "asesu effaith polisi ar y Gymraeg",
        _graded([SW + "integrated-impact-assessment"]),
        kind="welsh",
        notes="the Welsh language is one of seven areas of an integrated impact assessment",
    ),
    Judgement(
        "trosi delweddau TIFF i PDF",
        _graded([CH + "go-tiff2pdf"]),
        kind="welsh",
        notes="mixed",
    ),
    Judgement(
        "man cychwyn ar gyfer ap React Chwaraeon Cymru",
        _graded(
            [SW + "sport-wales-project-template"],
            [
                SW + "design-guides",
                SW + "athlete-experience-portal",
                SW + "template",
                SW + "investment-portal",
                SW + "crowdfunder-calculator",
                SW + "integrated-impact-assessment",
            ],
        ),
        kind="welsh",
        notes="mixed; Chwaraeon Cymru is Sport Wales",
    ),
    Judgement(
        "sgriptiau ar gyfer Google Cloud Build",
        _graded(
            [ONS + "ons-dsc-cloudbuild-utils"],
            [
                ONS + "eq-author-app",
                ONS + "eq-cir-converter-service",
                ONS + "eq-cir-fastapi",
                ONS + "eq-cir-proxy-service",
                ONS + "eq-publisher-v3",
            ],
        ),
        kind="welsh",
        notes="mixed; grade 1 have cloudbuild*.yaml files",
    ),
    Judgement(
        "rhedeg fy nghasgliadau Postman yn awtomatig",
        _graded(
            [GIG + "postman-examples-using-newman"],
            [
                "freshehr/dhcw-cdr",
                CH + "chs-gov-uk-notify-integration-api",
                CH + "chs-notification-sender-api",
                GIG + "testing",
            ],
        ),
        kind="welsh",
        notes="mixed; mutated: nghasgliadau after 'fy'; dvla/postman-paf is about Royal Mail",
    ),
    Judgement(
        "symud negeseuon o giw MSMQ i Azure Service Bus",
        _graded([DHCW + "Integration-Hub-MSMQ-Bridge"]),
        kind="welsh",
        notes="mixed; mutated: giw (ciw) after 'o'",
    ),
    Judgement(
        "ailadrodd darn o god nes ei fod yn llwyddo",
        _graded([DVLA + "block-repeater"], [ONS + "dp-net"]),
        kind="welsh",
        notes="mutated: god after 'o', fod after 'ei'; dp-net retries HTTP calls with backoff",
    ),
]
