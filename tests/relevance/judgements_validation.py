"""An independent validation set of judged search questions (issue 12), written on 3 December 2026.

Written by reading the bundled snapshot only (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, languages, file listings and manifests; organisations.yaml for names of
bodies), with every candidate found by searching those files for the words of the question and for
other words that say the same thing. No search engine, catalogue or ranking output was run or looked
at. The set was written before any tuning on it. Before any of it was scored, it was split in two by
the SHA-256 of 'validation:' + the question (tests/relevance/split.py): the 'check' half may be
scored to decide whether to keep a finished change (never to tune a weight); the 'untouched' half is
scored once, at the end, and reported apart.

None of these questions repeats one in judgements_2026.py or relevance_corpus.py. Grades: 2 is what
the person wants, 1 is relevant but not the main answer; every repository in the snapshot that
deserves a grade is listed. They carry no `must` list: they measure, they do not gate.
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

CH = "companieshouse/"
ONS = "ONSdigital/"
DVLA = "dvla/"
T = "techiaith/"
GIG = "GIG-Cymru-NHS-Wales/"
WIP = "Work-In-Progress-For-Health/"
WRA = "welsh-revenue-authority/"
IPO = "intellectual-property-office/"
SW = "Sport-Wales/"

COMPONENT_LIBRARIES = [
    "govwales/component-library",
    "govwales/govwales-component-library",
    "DHCW-Digital-Health-and-Care-Wales/nhsw-component-library",
    ONS + "svelte-components",
    ONS + "blaise-design-system-react-components",
    ONS + "design-system-react",
]

VALIDATION_JUDGEMENTS: list[Judgement] = [
    # English: a platform, tool or file format; repositories that ARE such code should win
    Judgement(
        "rust command line tool",
        _graded(
            [
                GIG + "nhs-number-cli-using-rust",
                GIG + "nhs-number-replacer-cli-using-rust",
                WIP + "nhs-number-cli-using-rust",
            ],
            [
                GIG + "nhs-number-using-rust",
                WIP + "nhs-number-using-rust",
                GIG + "hl7-parser-example",
                GIG + "person-similarity-using-rust",
            ],
        ),
        notes="Rust is in Cargo.toml and the languages, rarely in the description",
    ),
    Judgement(
        "r package",
        _graded(
            ["wgdsu/iot-leontief-r", "wgdsu/KASStylesR"],
            [
                "wgdsu/wales-ookla-data",
                "NHSWalesDeliveryUnit/IntroR",
                "public-health-wales-health-intelligence/NHS-R-Conference",
            ],
        ),
        notes="the two packages have DESCRIPTION and NAMESPACE files",
    ),
    Judgement(
        "azure functions",
        _graded(
            [
                "Genomics-Partnership-Wales/HL7ResultsGateway",
                "Genomics-Partnership-Wales/LabGateway",
                IPO + "ctc-hello-world",
                IPO + "ctc-correspondence",
            ],
            [IPO + "ctc-dictionary"],
        ),
        notes="Microsoft.Azure.Functions.Worker in the .csproj manifests; few READMEs say so",
    ),
    Judgement(
        "bicep templates for azure",
        _graded(["Genomics-Partnership-Wales/LabGateway"]),
        notes="*.bicep files and azure.yaml in the listing, nothing in the text",
    ),
    Judgement(
        "openapi specification",
        _graded(
            [CH + "specs.developer.ch.gov.uk", "nwisbeta/api-catalogue"],
            [
                CH + "swagger-fixer",
                CH + "sic-code-api",
                CH + "chs-delta-api",
                "DHCW-Digital-Health-and-Care-Wales/Kainos-APIM-Development",
                "nwisbeta/linqpad-scripts",
                ONS + "address-index-api",
                ONS + "dp-areas-api",
                ONS + "dp-dataset-api",
                ONS + "dp-download-service",
                ONS + "dp-files-api",
                ONS + "dp-filter-api",
                ONS + "dp-geodata-api",
                ONS + "dp-identity-api",
                ONS + "dp-image-api",
                ONS + "dp-map-renderer",
                ONS + "dp-recipe-api",
                ONS + "dp-search-api",
                ONS + "dp-table-renderer",
                ONS + "dp-upload-service",
            ],
        ),
        notes="grade 1: services that ship a swagger.yaml or API spec file",
    ),
    Judgement(
        "flutter app",
        _graded(
            [T + "macsen-flutter"],
            [T + "piper-ios-app", T + "voice-web", T + "Paldaruo"],
        ),
    ),
    Judgement(
        "aws cdk",
        _graded(
            [DVLA + "lab-common-cdk-tools"],
            [
                CH + "terraform-library-ecs-cluster",
                CH + "terraform-library-ecs-service",
                CH + "terraform-library-elasticache",
                DVLA + "serverless-apigateway-log-retention",
            ],
        ),
    ),
    Judgement(
        "github action",
        _graded(["nwisbeta/validate-yaml-schema", DVLA + "opencommit"]),
        notes="both have action.yml; many others only use GitHub Actions for CI",
    ),
    Judgement(
        "elixir phoenix web app",
        _graded([WIP + "dhcw360", WIP + "gig-cymru-igdc-dryw"]),
    ),
    Judgement(
        "scala play framework",
        _graded(
            [
                DVLA + "vehicles-online",
                DVLA + "vehicles-acquire-online",
                DVLA + "vehicles-change-keeper-online",
                DVLA + "vrm-assign-online",
                DVLA + "vrm-retention-online",
                DVLA + "vehicles-presentation-common",
                DVLA + "oepp-customer-portal",
                ONS + "address-index-api",
            ],
            [
                DVLA + "address-lookup-service",
                DVLA + "oepp-project-archetypes",
                DVLA + "os-address-lookup",
                DVLA + "vehicles-services-common",
                DVLA + "sbt-plugins",
                DVLA + "vvr",
            ],
        ),
    ),
    Judgement(
        "vue components",
        _graded([WRA + "component-library"], COMPONENT_LIBRARIES),
    ),
    # Names of bodies: acronym, brand or Welsh name plus a topic
    Judgement(
        "IPO fee calculation",
        _graded([IPO + "ctc-fee", IPO + "-cbb-calculate-fee-"]),
        notes="neither README says more than its name",
    ),
    Judgement(
        "CH streaming api",
        _graded(
            [
                CH + "chs-streaming-api-backend",
                CH + "chs-streaming-api-cache",
                CH + "chs-streaming-api-frontend",
            ],
            [CH + "chs-kafka-api-java"],
        ),
    ),
    Judgement(
        "NRW geospatial metadata catalogue",
        _graded(
            ["AstunTechnology/nrw-custom-geonetwork"],
            ["epimorphics/nrw-dms-deploy"],
        ),
        notes="supplier accounts; the README says Natural Resources Wales GeoNetwork",
    ),
    Judgement(
        "PHW genomics pipeline",
        _graded(
            ["Pathogen-Genomics-Cymru/lodestone"],
            [
                "Pathogen-Genomics-Cymru/covate",
                "Pathogen-Genomics-Cymru/snapper3",
                "Pathogen-Genomics-Cymru/pathogen-mongodb",
            ],
        ),
    ),
    Judgement(
        "canllawiau GitHub GIG Cymru",
        _graded(
            [
                "GIGCymru/GitHub-GIG-Cymru-Starter-Guide",
                "GIGCymru/GitHub-GIG-Cymru-CodeSpaces",
                "GIGCymru/Linking-On-Prem-git-To-GitHub",
                "GIGCymru/Best-Practice-for-Backing-up-Files-to-GitHub",
            ],
            ["GIGCymru/dhcw-software-engineering-handbook"],
        ),
        kind="welsh",
        notes="mixed; canllawiau is the plural of canllaw (guide)",
    ),
    Judgement(
        "data tir ac eiddo ACC",
        _graded(
            [
                WRA + "land-and-property-datasets",
                WRA + "data-landscape",
                WRA + "property_platform_app",
                "Welsh-Revenue-Authority/property-data-poc",
            ],
            [WRA + "isitinwales", WRA + "property-per-page", WRA + "LTT_scenarios"],
        ),
        kind="welsh",
        notes="ACC = Awdurdod Cyllid Cymru, the Welsh Revenue Authority",
    ),
    # Welsh, mixed Welsh/English, mutated and plural forms, plain descriptions of a need
    Judgement(
        "ategyn porwr",
        _graded([T + "cymreigio-porwyr"]),
        kind="welsh",
        notes="browser plugin; the description says 'Ategyn wefannau'",
    ),
    Judgement(
        "darllenydd sgrin Cymraeg",
        _graded([T + "nvda-addon"], [T + "techiaith-g2p"]),
        kind="welsh",
        notes="screen reader; nvda-addon has no description, only its name and files",
    ),
    Judgement(
        "atalnodi testun yn awtomatig",
        _graded([T + "docker-atalnodi-server"]),
        kind="welsh",
        notes="no description; the README is in Welsh",
    ),
    Judgement(
        "ynganu geiriau Cymraeg",
        _graded([T + "techiaith-g2p", T + "welsh-lts"], [T + "docker-marytts"]),
        kind="welsh",
        notes="pronunciation: grapheme-to-phoneme and letter-to-sound",
    ),
    Judgement(
        "lawrlwytho cofion cyfieithu",
        _graded([T + "archgof-client"], [T + "anonymeiddiwr-beta"]),
        kind="welsh",
        notes="the description misspells 'lawrwlytho'",
    ),
    Judgement(
        "adnabod enwau pobl a lleoedd mewn testun",
        _graded(
            [T + "spacy_cy_tag_lem_ner_lg", T + "spacy-wales-en-ner-model"],
            [T + "anonymeiddiwr-beta", T + "spacy"],
        ),
        kind="welsh",
        notes="named entity recognition in plain words",
    ),
    Judgement(
        "ap cynorthwyydd llais ar gyfer ffonau symudol",
        _graded(
            [T + "macsen-flutter"],
            [T + "macsen", T + "macsen-sgwrsfot", T + "docker-kaldi-gstreamer-server"],
        ),
        kind="welsh",
        notes="ffonau is the plural of ffôn; no mutation after 'ar gyfer'",
    ),
    Judgement(
        "brechlynnau",
        _graded(
            [
                "DHCW-Digital-Health-and-Care-Wales/dhcw-vaccine-roadmap",
                "NHS-Executive/WMCHackathon_Vaccine",
            ],
            ["DHCW-Digital-Health-and-Care-Wales/product-roadmaps"],
        ),
        kind="welsh",
        notes="plural of brechlyn (vaccine); only English text in the data",
    ),
    Judgement(
        "cyfrifiannell arian cyfatebol",
        _graded([SW + "crowdfunder-calculator"], [SW + "investment-portal"]),
        kind="welsh",
        notes="match funding calculator",
    ),
    Judgement(
        "calendr digwyddiadau chwaraeon",
        _graded([SW + "calendars"]),
        kind="welsh",
    ),
    Judgement(
        "crafu data o wefannau",
        _graded(
            ["NHS-Executive/GoogleColab_NHFD_WebScraper", "CyngorGwyneddDatblygu/Ymlusgwr"],
            [
                "Marvell-Consulting/statswales-data-grabber",
                "Marvell-Consulting/statswales2redirect",
                "Advanced-Analytics-NHS-Wales/Co-Pilot-Demo",
                "datasciencecampus/statschat-app",
                T + "wikipedia-extractor",
            ],
        ),
        kind="welsh",
        notes="web scraping; Ymlusgwr (crawler) has no README",
    ),
    Judgement(
        "rhestrau o'r geiriau mwyaf cyffredin",
        _graded([T + "geiriau-mwyaf-aml"], [T + "lecsicon-cymraeg-bangor", T + "hunspell-cy"]),
        kind="welsh",
        notes="the repository says 'mwyaf aml', not 'mwyaf cyffredin'",
    ),
    Judgement(
        "profi gwefannau'n awtomatig",
        _graded(
            [
                "DHCW-Digital-Health-and-Care-Wales/playwright-training",
                DVLA + "dvla-browser-drivers",
                DVLA + "evl-screenshot-helper",
                ONS + "dp-component-test",
            ],
            [
                DVLA + "atlas",
                DVLA + "dvla-reportportal-ruby",
                GIG + "testing",
                GIG + "postman-examples-using-newman",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "fectorau geiriau",
        _graded(
            [T + "word2vec-cy", T + "word2vec-cy-demutated"],
            [T + "spacy_cy_tag_lem_ner_lg", T + "tebygrwydd_brawddegau_cymraeg"],
        ),
        kind="welsh",
        notes="plural of fector",
    ),
    Judgement(
        "sero net yng Nghymru",
        _graded(["Audit-Wales/NetZeroDive"]),
        kind="welsh",
        notes="nasal mutation after 'yn'; only the name and a welsh_net_zero folder say it",
    ),
    Judgement(
        "cyflymder band eang",
        _graded(["wgdsu/wales-ookla-data"]),
        kind="welsh",
    ),
    Judgement(
        "casglu recordiadau o leisiau pobl",
        _graded(
            [T + "Paldaruo", T + "voice-web"],
            [
                T + "speech-corpus-builder",
                T + "brawddegau-adnabod-lleferydd",
                T + "docker-commonvoice-custom-splits-builder",
            ],
        ),
        kind="welsh",
        notes="lleisiau soft-mutated after 'o'",
    ),
    Judgement(
        "ap iOS i droi testun yn lleferydd",
        _graded([T + "piper-ios-app"], [T + "piper-cy"]),
        kind="welsh",
        notes="mixed; troi soft-mutated after 'i'",
    ),
    Judgement(
        "pecyn R ar gyfer siartiau",
        _graded(["wgdsu/KASStylesR"], ["impcymru/impcymru-chart-formatter"]),
        kind="welsh",
        notes="mixed; plural of siart",
    ),
    # English: plain descriptions of a need, in other words than the repositories use
    Judgement(
        "warn visitors that their browser is set to American English",
        _graded([T + "cymreigio-porwyr"]),
        kind="vague",
    ),
    Judgement(
        "stop people using banned words in company names",
        _graded([CH + "restricted-word-web"], [IPO + "ctc-dictionary"]),
        kind="vague",
    ),
    Judgement(
        "work out the knock-on effect of spending across the economy",
        _graded(["wgdsu/iot-leontief-python", "wgdsu/iot-leontief-r"]),
        kind="vague",
        notes="input-output analysis; the text says Leontief inverse and multipliers",
    ),
    Judgement(
        "make our charts follow the publication house style",
        _graded(["wgdsu/KASStylesR", "impcymru/impcymru-chart-formatter"]),
        kind="vague",
    ),
    Judgement(
        "show a holding page while the service is offline",
        _graded([DVLA + "oepp-maintenance-page"]),
        kind="vague",
    ),
    Judgement(
        "publish spreadsheets as linked open data",
        _graded([ONS + "csvcubed"], [DVLA + "sifft"]),
        kind="vague",
    ),
    Judgement(
        "find out which regulations apply to my organisation",
        _graded(["Legal-Innovation-Lab-Wales/regulatory-navigation-tool"]),
        kind="vague",
    ),
    Judgement(
        "see which of our services use libraries with known security problems",
        _graded(
            [CH + "services-dashboard-api", CH + "services-dashboard-web"],
            [ONS + "keh-digital-landscape"],
        ),
        kind="vague",
        notes="the text says Dependency Track",
    ),
    Judgement(
        "wake the assistant when someone says a particular word",
        _graded([T + "deffro"]),
        kind="vague",
        notes="wake-word models; the text is in Welsh apart from 'openWakeWord'",
    ),
    Judgement(
        "sequence bacteria that cause tuberculosis",
        _graded(
            ["Pathogen-Genomics-Cymru/lodestone"], ["Pathogen-Genomics-Cymru/pathogen-mongodb"]
        ),
        kind="vague",
        notes="the text says mycobacterial genomes",
    ),
    # English keyword questions
    Judgement("event sourcing", _graded([DVLA + "eventstore-client"])),
    Judgement("rate limited proxy", _graded([DVLA + "proxypy"])),
    Judgement("xbrl accounts validation", _graded([CH + "account-validator-api"])),
    Judgement(
        "360 degree feedback",
        _graded([WIP + "dhcw360", WIP + "gig-cymru-igdc-dryw"]),
    ),
    Judgement("graph database", _graded([ONS + "dp-graph"], [ONS + "dp-dataset-api"])),
    Judgement("hip fracture audit data", _graded(["NHS-Executive/GoogleColab_NHFD_WebScraper"])),
    Judgement("case law markup", _graded(["Legal-Innovation-Lab-Wales/judiciary-akn-tagger"])),
]
