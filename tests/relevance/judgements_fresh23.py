"""A twenty-third fresh, independent set of judged search questions, written on 7 December 2026.

It exists to measure search quality honestly: it has not been scored, nothing has been tuned on it,
and it must never be used to tune anything. It was written in the seventeenth session of
7 December 2026 for the NEXT session: score it once at that session's start and once at its end
(means only), and report the result apart from the other sets.

How it was written: from the bundled data alone (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, file listings, manifests, languages and the `organisation` field;
organisations.yaml for the English and Welsh names of bodies, and SOURCE.md beside the data for
what the fields mean). The whole snapshot was first read in compact form (name, description, the
head of each README, manifests and file listing). Then, for each question, the data was grepped
with small Python scripts for its words and for other words that say the same thing (synonyms,
Welsh and English, plural and mutated forms, tool and library names in manifests and file
listings), and the candidates' descriptions, READMEs, file listings and manifests were read
before grading. Nothing under search/, web/, catalogue/, docs/, bench/ or ingest/'s code was read
or run; no catalogue, search engine, API, demo, similarity code or test suite was run; git was not
used. The two test folders were listed (file names only) to learn the module names.
relevance_corpus.py was read only as far as Judgement and _graded (its first 45 lines), and
judgements_fresh15.py was read for format: its lines 1-75 as asked, and, by a slip, also its lines
75-100 and its last five lines, where five of its questions were seen; none of them was reused and
no grade here was changed after that (the questions here had already been written). The sixteenth
to twenty-second sets were not opened, printed or grepped. Importing the earlier modules loads
search.backend through relevance_corpus's import line; no search was built or run.

Clash check: a throwaway script imported every earlier judgement module (the JUDGEMENTS of
relevance_corpus.py, judgements_2026.py, judgements_validation.py, judgements_fresh.py and
judgements_fresh2.py to judgements_fresh22.py: 25 modules, 1,589 questions) and printed only counts
and the indices here with the lengths of the earlier questions involved. The first draft had 29
clashes: 13 questions equal to an earlier one, 10 containing a longer earlier question and 6
contained in a longer earlier question; all were reworded. The second draft had 4 (2 equal, 1
containing, 1 contained in); those were reworded too, and so were eight questions made shorter
for a spread of lengths, after which the check found none. Now no question here is equal to,
contained in, or contains an earlier question longer than 22 characters; the longest earlier
question that still occurs inside one here has 17 characters. Topics overlap with earlier sets in
places (the snapshot has 445 repositories), but each question's wording and grading were made here
from the data.

Grades: 2 is what the person wants, 1 is relevant but not the main answer; every repository in the
snapshot that deserves a grade is listed (212 graded entries, 102 of them grade 2). There are no
`must` lists: these questions measure, they do not gate. Each question's kind is given on its
Judgement: "welsh" (Welsh or mixed Welsh and English, written as a Welsh public-sector developer
would type it, with mutated and plural forms; 36 here), "vague" (a plain description of a need, in
words the repositories do not use; 12), "typo" (3), or "english" (the default; 29: technologies,
jobs, body names and acronyms, file formats and frameworks). Lengths vary: 7 questions have one to
three words, 55 have four to ten, and 18 are longer. The questions are spread over many bodies: 21
of the snapshot's 29 organisations hold a grade-2 answer (Bangor's language technology unit most
often, 20 times).
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

T = "techiaith/"
CH = "companieshouse/"
ONS = "ONSdigital/"
DV = "dvla/"
DH = "DHCW-Digital-Health-and-Care-Wales/"
NW = "nwisbeta/"
GG = "GIG-Cymru-NHS-Wales/"
GC = "GIGCymru/"
IPO = "intellectual-property-office/"
WRA = "welsh-revenue-authority/"
SW = "Sport-Wales/"
WIP = "Work-In-Progress-For-Health/"
MC = "Marvell-Consulting/"

FRESH23_JUDGEMENTS: list[Judgement] = [
    # --- Welsh and mixed Welsh/English -----------------------------------------------------------
    Judgement(
        "rhoi atalnodau a phriflythrennau yn ôl mewn trawsgrifiad Cymraeg",
        _graded([T + "docker-atalnodi-server"]),
        kind="welsh",
    ),
    Judgement(
        "creu gair deffro Cymraeg ar gyfer cynorthwyydd llais",
        _graded([T + "deffro"], [T + "macsen", T + "macsen-flutter"]),
        kind="welsh",
    ),
    Judgement(
        "trawsgrifio fideos YouTube Cymraeg yn awtomatig",
        _graded(
            [T + "hacio-deepspeech-cymraeg", T + "docker-huggingface-stt-cy"],
            [T + "welsh-whisperx", T + "speech-corpus-builder"],
        ),
        kind="welsh",
    ),
    Judgement(
        "darllenydd sgrin NVDA sy'n siarad Cymraeg",
        _graded([T + "nvda-addon"], [T + "piper-cy", T + "techiaith-g2p"]),
        kind="welsh",
    ),
    Judgement(
        "ap testun-i-leferydd Cymraeg sy'n gweithio all-lein ar iPhone",
        _graded([T + "piper-ios-app"], [T + "piper-cy", T + "techiaith-g2p"]),
        kind="welsh",
    ),
    Judgement(
        "creu enwau pobl a lleoedd Cymreig ffug ar gyfer data prawf",
        _graded([T + "enwau_ffug"], [GG + "testing"]),
        kind="welsh",
    ),
    Judgement(
        "rhestrau o'r geiriau Cymraeg sy'n digwydd amlaf",
        _graded([T + "geiriau-mwyaf-aml"], [T + "lecsicon-cymraeg-bangor-enghreifftiau"]),
        kind="welsh",
    ),
    Judgement(
        "deisebu'r Senedd ar-lein",
        _graded(["SeneddCymru/e-petitions"]),
        kind="welsh",
    ),
    Judgement(
        "tagiwr dwyieithog sy'n labelu geiriau Cymraeg a Saesneg yn yr un frawddeg",
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
        "gosod peiriant cyfieithu Saesneg-Cymraeg ar ein gweinydd ein hunain",
        _graded(
            [T + "docker-moses-smt", T + "docker-marian-nmt"],
            [T + "techiaith-utils", T + "archgof-client"],
        ),
        kind="welsh",
    ),
    Judgement(
        "nôl cofion cyfieithu TMX drwy API a'u cadw'n lleol",
        _graded([T + "archgof-client"], [T + "techiaith-utils", T + "anonymeiddiwr-beta"]),
        kind="welsh",
    ),
    Judgement(
        "symud cod o'r gyriant a rennir i GitHub",
        _graded(
            [
                GC + "Linking-On-Prem-git-To-GitHub",
                GC + "Best-Practice-for-Backing-up-Files-to-GitHub",
            ],
            [GC + "GitHub-GIG-Cymru-Starter-Guide"],
        ),
        kind="welsh",
    ),
    Judgement(
        "dilysu rhifau GIG ar y llinell orchymyn",
        _graded(
            [GG + "nhs-number-cli-using-rust", WIP + "nhs-number-cli-using-rust"],
            [
                GG + "nhs-number-using-rust",
                WIP + "nhs-number-using-rust",
                GG + "nhs-number-replacer-cli-using-rust",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "faint o arian cyfatebol y gall clwb chwaraeon cymunedol ei gael",
        _graded([SW + "crowdfunder-calculator"], [SW + "investment-portal"]),
        kind="welsh",
    ),
    Judgement(
        "delweddu sero net Archwilio Cymru",
        _graded(["Audit-Wales/NetZeroDive"]),
        kind="welsh",
    ),
    Judgement(
        "cydrannau Vue a Storybook ar gyfer gwasanaethau ACC",
        _graded([WRA + "component-library"], [WRA + "wra-frontend"]),
        kind="welsh",
    ),
    Judgement(
        "senarios parthau lleol, ail gartrefi a phrynu-i-osod ar gyfer y dreth ar drafodiadau tir",
        _graded([WRA + "LTT_scenarios"], [WRA + "property_platform_app"]),
        kind="welsh",
    ),
    Judgement(
        "data daearofodol a dynodwyr ar gyfer eiddo yng Nghymru",
        _graded(
            [WRA + "data-landscape"],
            [
                WRA + "land-and-property-datasets",
                "Welsh-Revenue-Authority/property-data-poc",
                WRA + "property_platform_app",
                WRA + "isitinwales",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "ailgyfeirio hen dudalennau StatsCymru i'r wefan newydd",
        _graded([MC + "statswales2redirect"]),
        kind="welsh",
    ),
    Judgement(
        "ADRs GIG Cymru: pa dechnoleg a ddewiswyd a pham",
        _graded([GG + "architecture-decision-records", GC + "architecture"]),
        kind="welsh",
    ),
    Judgement(
        "map ffordd cyhoeddus ar gyfer y gwasanaeth brechu",
        _graded(
            [DH + "dhcw-vaccine-roadmap"], [DH + "product-roadmaps", DH + "public-backlog-template"]
        ),
        kind="welsh",
    ),
    Judgement(
        "proffiliau FHIR GIG Cymru",
        _graded(
            [
                NW + "NHSWales-fhir-profiles",
                GC + "NHSWales-fhir-profiles",
                "NHSWalesFHIR/NHSWales-fhir-profiles-R4",
            ],
            [
                GG + "fhir-specifications-json",
                GG + "fhir-specifications-xml",
                GG + "fhir-examples-json",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "negeseuon HL7 v2 enghreifftiol i brofi parser",
        _graded([GG + "hl7-v2-examples"], [GG + "hl7-parser-example", GG + "testing"]),
        kind="welsh",
    ),
    Judgement(
        "canfod y parau mwyaf tebyg o frawddegau Cymraeg gyda spaCy",
        _graded(
            [T + "tebygrwydd_brawddegau_cymraeg"],
            [T + "word2vec-cy", T + "spacy_cy_tag_lem_ner_lg"],
        ),
        kind="welsh",
    ),
    Judgement(
        "fectorau geiriau sy'n anwybyddu treigladau",
        _graded([T + "word2vec-cy-demutated"], [T + "word2vec-cy"]),
        kind="welsh",
    ),
    Judgement(
        "mireinio wav2vec2 ar gyfer adnabod lleferydd Cymraeg",
        _graded(
            [T + "docker-huggingface-stt-cy", T + "xlsr-fine-tuning-week"],
            [T + "docker-commonvoice-custom-splits-builder", T + "speech-corpus-builder"],
        ),
        kind="welsh",
    ),
    Judgement(
        "lemateiddio geiriau Cymraeg yn Python",
        _graded(
            [T + "lecsicon-cymraeg-bangor-enghreifftiau", T + "spacy_cy_tag_lem_ner_lg"],
            [T + "lecsicon-cymraeg-bangor"],
        ),
        kind="welsh",
    ),
    Judgement(
        "pecyn gwerthuso LLMs ar gyfer tasgau Cymraeg",
        _graded([T + "llm-evals-cy"], [T + "mimic"]),
        kind="welsh",
    ),
    Judgement(
        "ap i gyfrannu recordiadau o'ch llais er mwyn hyfforddi adnabod lleferydd",
        _graded([T + "Paldaruo", T + "voice-web"], [T + "brawddegau-adnabod-lleferydd"]),
        kind="welsh",
    ),
    Judgement(
        "arolwg adborth 360 i staff DHCW",
        _graded([WIP + "dhcw360", WIP + "gig-cymru-igdc-dryw"]),
        kind="welsh",
    ),
    Judgement(
        "siartiau SPC Making Data Count i fwrdd iechyd",
        _graded(
            [
                "Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals",
                "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
            ],
            ["NHS-Executive/WMCHackathon_Vaccine", "impcymru/impcymru-chart-formatter"],
        ),
        kind="welsh",
    ),
    Judgement(
        "clystyru pynciau testunau Cymraeg gyda sentence-transformers",
        _graded([T + "modelu-pwnc-demo"]),
        kind="welsh",
    ),
    Judgement(
        "adnabod enwau pobl a lleoedd Cymreig mewn testun Saesneg",
        _graded(
            [T + "spacy-wales-en-ner-model"],
            [T + "spacy_cy_tag_lem_ner_lg", T + "anonymeiddiwr-beta"],
        ),
        kind="welsh",
    ),
    Judgement(
        "alinio recordiadau sain gyda'u trawsgrifiadau",
        _graded([T + "docker-ProsodylabAligner-cy"]),
        kind="welsh",
    ),
    Judgement(
        "ymlusgwr F#",
        _graded(["CyngorGwyneddDatblygu/Ymlusgwr"]),
        kind="welsh",
    ),
    Judgement(
        "cookiecutter ar gyfer prosiectau Python ICC",
        _graded(["Public-Health-Wales/phwcookiecutter"], [ONS + "ons-python-template"]),
        kind="welsh",
    ),
    # --- vague needs, in words the repositories do not use ---------------------------------------
    Judgement(
        "find out whether a house sits on the Welsh side of the border",
        _graded([WRA + "isitinwales"], [WRA + "property_platform_app"]),
        kind="vague",
    ),
    Judgement(
        "print old-style postal addresses neatly so they fit on an envelope",
        _graded([DV + "postman-paf", DV + "postman-paf-js"]),
        kind="vague",
    ),
    Judgement(
        "one screen that shows which version of every service is running in each test environment",
        _graded(
            [IPO + "fe-dashboard-ui"],
            [CH + "services-dashboard-api", CH + "services-dashboard-web"],
        ),
        kind="vague",
    ),
    Judgement(
        "stop people putting rude or banned words in the names they register",
        _graded([CH + "restricted-word-web"], [IPO + "ctc-dictionary"]),
        kind="vague",
    ),
    Judgement(
        "a page to show visitors while the site is down for planned work",
        _graded([DV + "oepp-maintenance-page"], [ONS + "eq-author-app"]),
        kind="vague",
    ),
    Judgement(
        "let sportspeople tell us how they were treated without giving their name",
        _graded([SW + "athlete-experience-portal"]),
        kind="vague",
    ),
    Judgement(
        "how does money spent in one industry spread through the rest of the economy",
        _graded(["wgdsu/iot-leontief-python", "wgdsu/iot-leontief-r"]),
        kind="vague",
    ),
    Judgement(
        "how fast is people's home internet in different parts of Wales",
        _graded(["wgdsu/wales-ookla-data"]),
        kind="vague",
    ),
    Judgement(
        "read the typed words off a scanned picture of a form",
        _graded([CH + "ocr-api"], [CH + "go-tiff2pdf"]),
        kind="vague",
    ),
    Judgement(
        "join up records about the same person held by two organisations "
        "without either one seeing the other's names",
        _graded(["datasciencecampus/pprl_toolkit"], [GG + "person-similarity-using-rust"]),
        kind="vague",
    ),
    Judgement(
        "shape a made-to-measure wheelchair seat for a patient on the computer",
        _graded(["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"]),
        kind="vague",
    ),
    Judgement(
        "have the computer write the note that goes with my saved code changes",
        _graded([DV + "opencommit"]),
        kind="vague",
    ),
    # --- typos -----------------------------------------------------------------------------------
    Judgement(
        "hunspel welsh dictonary for libreofice",
        _graded(
            [T + "hunspell-cy"],
            [T + "hunspell-cy-llafar", T + "lecsicon-cymraeg-bangor-enghreifftiau"],
        ),
        kind="typo",
    ),
    Judgement(
        "kafak messages stuck on the error topic, move them to retry",
        _graded([CH + "kafka-error-consumer"], [CH + "kafka-management-tool", ONS + "dp-kafka"]),
        kind="typo",
    ),
    Judgement(
        "strucutred loging libary for node.js",
        _graded(
            [CH + "ch-structured-logging-node"],
            [DV + "herodotus", ONS + "ons-json-logger", ONS + "dp-logging"],
        ),
        kind="typo",
    ),
    # --- English: technologies, jobs, bodies and acronyms, file formats --------------------------
    Judgement(
        "mark up judiciary.uk judgments as legal XML",
        _graded(["Legal-Innovation-Lab-Wales/judiciary-akn-tagger"]),
    ),
    Judgement(
        "validate iXBRL company accounts before filing",
        _graded([CH + "account-validator-api"]),
    ),
    Judgement(
        "look up Standard Industrial Classification codes for a business activity",
        _graded([CH + "sic-code-api", CH + "sic-code-data"], ["datasciencecampus/classifai"]),
    ),
    Judgement(
        "stub Government Gateway login with oidc-provider",
        _graded([DV + "government-gateway-stub"], [CH + "third-party-harness-oidc"]),
    ),
    Judgement(
        "Drools fee rules",
        _graded([IPO + "-cbb-calculate-fee-"], [DV + "oepp-business-rules", IPO + "ctc-fee"]),
    ),
    Judgement(
        "reusable Svelte UI components",
        _graded(
            [ONS + "svelte-components", GG + "public-good-design-system-with-svelte-typescript"],
            [
                ONS + "dp-census-atlas",
                GG + "emergency-department-dashboards",
                ONS + "explore-local-statistics-app",
            ],
        ),
    ),
    Judgement(
        "bridge MSMQ messages onto Azure Service Bus",
        _graded(
            [DH + "Integration-Hub-MSMQ-Bridge"],
            [DH + "Integration-Hub-Beta", DH + "Integration-Hub-POC"],
        ),
    ),
    Judgement(
        "openEHR CDR templates, FLAT JSON and Postman collection",
        _graded(["freshehr/dhcw-cdr"]),
    ),
    Judgement(
        "XLSForm FSH converter",
        _graded(["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"]),
    ),
    Judgement(
        "share state between Cucumber steps in Ruby",
        _graded([DV + "atlas"], [DV + "dvla-reportportal-ruby"]),
    ),
    Judgement(
        "StatsWales DuckDB cube",
        _graded(
            [MC + "statswales-candidate-cube"],
            [MC + "statswales-backend", MC + "statswales-frontend", MC + "statswales-data-grabber"],
        ),
    ),
    Judgement(
        "speciation of TB and other mycobacteria from sequencing reads",
        _graded(
            ["Pathogen-Genomics-Cymru/lodestone"], ["Pathogen-Genomics-Cymru/pathogen-mongodb"]
        ),
    ),
    Judgement(
        "ONS Wagtail CMS",
        _graded([ONS + "dis-wagtail"]),
    ),
    Judgement(
        "Zebedee users and permissions from Golang",
        _graded(
            [ONS + "dp-zebedee-sdk-go"],
            [
                ONS + "dp-api-clients-go",
                ONS + "dp-authorisation",
                ONS + "dp-cli",
                ONS + "dp-data-tools",
            ],
        ),
    ),
    Judgement(
        "SVG choropleth renderer for topojson boundaries",
        _graded([ONS + "dp-map-renderer"], [ONS + "dp-census-atlas"]),
    ),
    Judgement(
        "send emails and letters through GOV.UK Notify",
        _graded(
            [CH + "chs-gov-uk-notify-integration-api", IPO + "Outreach-Patents"],
            [
                IPO + "ctc-correspondence",
                CH + "chs-notification-sender-api",
                CH + "email-producer-java",
                "SeneddCymru/e-petitions",
            ],
        ),
    ),
    Judgement(
        "scripts to configure a ForgeRock tenant in CI/CD",
        _graded(
            [CH + "forgerock-cloud-config"], [CH + "ch-account-ui", CH + "third-party-harness-oidc"]
        ),
    ),
    Judgement(
        "build Elasticsearch query DSL in Ruby",
        _graded([DV + "kaping"], [ONS + "dp-elasticsearch"]),
    ),
    Judgement(
        "Terraform modules for an ECS cluster and service",
        _graded(
            [CH + "terraform-library-ecs-cluster", CH + "terraform-library-ecs-service"],
            [CH + "terraform-library-elasticache"],
        ),
    ),
    Judgement(
        "IPO hello world WebAPI with FunctionApp and BDD tests",
        _graded(
            [IPO + "ctc-hello-world"],
            [
                IPO + "ctc-address",
                IPO + "ctc-company",
                IPO + "ctc-fee",
                IPO + "ctc-file-sanitise",
                IPO + "ctc-correspondence",
                IPO + "ctc-dictionary",
            ],
        ),
    ),
    Judgement(
        "WRA frontend Sass styles",
        _graded(
            [WRA + "wra-frontend"],
            [
                WRA + "component-library",
                "Welsh-Revenue-Authority/property-data-poc",
                WRA + "property_platform_app",
            ],
        ),
    ),
    Judgement(
        "take screenshots during Selenium web tests",
        _graded([DV + "evl-screenshot-helper"], [DV + "dvla-browser-drivers", GG + "testing"]),
    ),
    Judgement(
        "push Companies House Kafka offsets to clients as a stream",
        _graded(
            [
                CH + "chs-streaming-api-backend",
                CH + "chs-streaming-api-cache",
                CH + "chs-streaming-api-frontend",
            ]
        ),
    ),
    Judgement(
        "highly available RabbitMQ cluster set up with Ansible",
        _graded([ONS + "eq-messaging"], [DV + "oepp-audit-service"]),
    ),
    Judgement(
        "turn a CSV into CSV-W linked data",
        _graded([ONS + "csvcubed"], [DV + "sifft"]),
    ),
    Judgement(
        "Astun's GeoNetwork tweaks for the Welsh environment body",
        _graded(["AstunTechnology/nrw-custom-geonetwork"], ["epimorphics/nrw-dms-deploy"]),
    ),
    Judgement(
        "DVLA personalised registration number assign and retain services",
        _graded(
            [DV + "vrm-assign-online", DV + "vrm-retention-online"],
            [DV + "vehicles-presentation-common"],
        ),
    ),
    Judgement(
        "tiff2pdf microservice",
        _graded([CH + "go-tiff2pdf"], [DV + "pdf-generator", CH + "document-generator"]),
    ),
    Judgement(
        "NHS Wales API catalogue and developer portal user guides",
        _graded(
            [NW + "api-catalogue", NW + "api-user-guide-publisher"],
            [
                NW + "api-management-developer-portal",
                NW + "nhswales-developer-portal",
                NW + "github.io",
            ],
        ),
    ),
]
