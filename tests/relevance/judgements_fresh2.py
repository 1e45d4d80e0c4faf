"""A second fresh, independent set of judged search questions, written on 4 December 2026.

It exists to measure search quality honestly once, at the end: it has not been scored, nothing has
been tuned on it, and it must not be used to tune anything. Score it only once, when the work it is
meant to judge is finished, report the result apart from the other sets, and never tune on it.

How it was written: from the data alone. Only the bundled snapshot
(ingest/data/snapshot/repositories.jsonl: names, descriptions, READMEs, languages, file listings and
manifests) and organisations.yaml (names of bodies, in English and Welsh) were read. Candidates were
found with grep and small Python one-liners over those files, searching for the words of each
question and for other words that say the same thing (synonyms, Welsh and English, plural and
mutated forms, the names of tools in manifests and file listings). No search engine, catalogue,
demo, ranking code or ranking output was run or read. The other judgement files were read only for
their shape and for their query strings, so as not to repeat or closely paraphrase them.

Grades: 2 is what the person wants, 1 is relevant but not the main answer; every repository in the
snapshot found to deserve a grade is listed. There are no `must` lists: these questions measure,
they do not gate.
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

ONS = "ONSdigital/"
CH = "companieshouse/"
DVLA = "dvla/"
T = "techiaith/"
DHCW = "DHCW-Digital-Health-and-Care-Wales/"
GIG = "GIG-Cymru-NHS-Wales/"
GIGC = "GIGCymru/"
NWIS = "nwisbeta/"
IPO = "intellectual-property-office/"
SW = "Sport-Wales/"
WRA = "welsh-revenue-authority/"
GPW = "Genomics-Partnership-Wales/"
PGC = "Pathogen-Genomics-Cymru/"

FRESH2_JUDGEMENTS: list[Judgement] = [
    # ------------------------------------------------------------------
    # Welsh, or mixed Welsh and English
    # ------------------------------------------------------------------
    Judgement(
        "cyfieithu holiaduron i'r Gymraeg",
        _graded(
            [ONS + "eq-translations"],
            [ONS + "eq-questionnaire-schemas"],
        ),
        kind="welsh",
        notes="eq-translations makes the Welsh (cy) .po files for survey schemas; the schema "
        "registry holds the translated schemas",
    ),
    Judgement(
        "dadansoddi cystrawen brawddegau Cymraeg",
        _graded(
            [T + "parsiwr-dibyniaethau"],
            [T + "talpiwr_enwol_cymraeg", T + "spacy"],
        ),
        kind="welsh",
        notes="dependency parsing; the noun chunker builds on the parser; spaCy fork is the host "
        "library. POS taggers alone are not syntax analysis and are left out",
    ),
    Judgement(
        "echdynnu brawddegau o Wicipedia",
        _graded([T + "wikipedia-extractor"]),
        kind="welsh",
    ),
    Judgement(
        "gwirio a yw eiddo yng Nghymru",
        _graded(
            [WRA + "isitinwales"],
            [WRA + "property_platform_app"],
        ),
        kind="welsh",
        notes="only the name 'isitinwales' says what it does; it demonstrates the property "
        "platform proof of concept",
    ),
    Judgement(
        "trethu fy ngherbyd ar-lein",
        _graded(
            [DVLA + "evl-public-code"],
            [DVLA + "evl-screenshot-helper", DVLA + "evl-state-manager"],
        ),
        kind="welsh",
        notes="EVL is the vehicle tax / SORN service family; the two helpers are its shared test "
        "and state code",
    ),
    Judgement(
        "creu bathodynnau ar gyfer ystorfeydd GitHub",
        _graded([ONS + "ons-badges"]),
        kind="welsh",
        notes="many READMEs merely display badges; only ons-badges generates them",
    ),
    Judgement(
        "llawlyfr ar gyfer cyflwyno cynhyrchion a gwasanaethau digidol",
        _graded(
            [DHCW + "dhcw-delivery-playbook", GIGC + "dhcw-delivery-playbook"],
            [
                GIGC + "dhcw-software-engineering-handbook",
                GIG + "ways-of-working",
                GIGC + "product-briefs",
                SW + "design-guides",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "pa offer a thechnolegau mae ein timau'n eu defnyddio",
        _graded(
            [ONS + "keh-digital-landscape"],
            [CH + "services-dashboard-api", CH + "services-dashboard-web"],
        ),
        kind="welsh",
        notes="Digital Landscape shows technologies used across ONS; the CH services dashboard "
        "lists services and their dependencies",
    ),
    Judgement(
        "rhywbeth i gyfrifo'r pellter genetig rhwng samplau bacteria",
        _graded(
            [PGC + "snapper3"],
            [PGC + "lodestone"],
        ),
        kind="welsh",
        notes="snapper3 stores SNP distances between samples; lodestone is a related "
        "mycobacterial pipeline but computes no distances",
    ),
    Judgement(
        "anfon canlyniadau profion genomig o'r labordy",
        _graded(
            [
                GPW + "LabGateway",
                GPW + "HL7ResultsGateway",
                GPW + "genomics-result-hl7-sender",
            ]
        ),
        kind="welsh",
        notes="these repos have no README; names and file listings (LabResultsGateway) tell",
    ),
    Judgement(
        "anfon dogfennau clinigol at feddygfeydd",
        _graded(["Work-In-Progress-For-Health/gp-documents-api"]),
        kind="welsh",
    ),
    Judgement(
        "apiau ffug i ddatblygu yn eu herbyn",
        _graded(
            [
                NWIS + "dhew-mocks",
                ONS + "eq-runner-mock-sds",
                DVLA + "government-gateway-stub",
            ],
            [
                DHCW + "wccg-dental-mock-ui",
                DHCW + "wccg-pas-referrals-mock-ui",
                DHCW + "Integration-Hub-Beta",
                DHCW + "Integration-Hub-POC",
                DVLA + "oepp-payment-services",
                DVLA + "address-lookup-service",
                ONS + "dp-compose",
            ],
        ),
        kind="welsh",
        notes="grade 1: mock UIs, or repos that contain a mock receiver or stub service "
        "alongside their main code",
    ),
    Judgement(
        "porth i bartneriaid wneud cais am fuddsoddiad",
        _graded(
            [SW + "investment-portal"],
            [SW + "crowdfunder-calculator"],
        ),
        kind="welsh",
    ),
    Judgement(
        "adroddiadau ar ymgyrchoedd e-bost Mailchimp",
        _graded([SW + "mailchimp_api_int"]),
        kind="welsh",
    ),
    Judgement(
        "ailgyfeirio hen dudalennau gwe i'r wefan newydd",
        _graded(
            ["Marvell-Consulting/statswales2redirect"],
            [ONS + "dp-frontend-renderer"],
        ),
        kind="welsh",
        notes="dp-frontend-renderer only carries a taxonomy-redirects file",
    ),
    Judgement(
        "chwilio am gwmni yn ôl ei enw",
        _graded(
            [CH + "search.api.ch.gov.uk"],
            [CH + "elasticsearch-data-loader", CH + "ch.gov.uk"],
        ),
        kind="welsh",
        notes="the search API queries the alphabetical company index; the loader fills it; "
        "ch.gov.uk is the public web front",
    ),
    Judgement(
        "Cyfoeth Naturiol Cymru",
        _graded(
            [
                "nrw-digital/week-notes",
                "AstunTechnology/nrw-custom-geonetwork",
                "epimorphics/nrw-dms-deploy",
            ]
        ),
        kind="welsh",
        notes="the two supplier repos were built for NRW",
    ),
    Judgement(
        "Cyngor Gwynedd",
        _graded(["CyngorGwyneddDatblygu/Ymlusgwr"]),
        kind="welsh",
        notes="techiaith READMEs that thank Cyngor Gwynedd are not the council's code",
    ),
    Judgement(
        "Iechyd Cyhoeddus Cymru",
        _graded(
            [
                PGC + "covate",
                PGC + "lodestone",
                PGC + "pathogen-mongodb",
                PGC + "snapper3",
                "impcymru/impcymru-chart-formatter",
                "impcymru/phw-hef-prototype",
                "Public-Health-Wales/phwcookiecutter",
                "public-health-wales-health-intelligence/NHS-R-Conference",
            ]
        ),
        kind="welsh",
    ),
    Judgement(
        "ffordd i athletwyr rannu eu profiadau'n ddienw",
        _graded([SW + "athlete-experience-portal"]),
        kind="welsh",
    ),
    Judgement(
        "tynnu sgrinluniau o brofion gwe awtomatig",
        _graded([DVLA + "evl-screenshot-helper"]),
        kind="welsh",
    ),
    Judgement(
        "rhedeg fy ngwasanaethau i gyd yn lleol gyda Docker",
        _graded(
            [CH + "chs-dev", ONS + "dp-compose"],
            [ONS + "dp-cli"],
        ),
        kind="welsh",
    ),
    Judgement(
        "troi ffurflenni Excel yn adnoddau FHIR",
        _graded(["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"]),
        kind="welsh",
    ),
    # ------------------------------------------------------------------
    # English: platforms, tools, formats
    # ------------------------------------------------------------------
    Judgement(
        "perl",
        _graded(
            [CH + "Log-Declare", CH + "ch.gov.uk"],
            [CH + "styleguides"],
        ),
        notes="styleguides has Perl coding standards; techiaith repos with a few Perl files "
        "are not Perl projects",
    ),
    Judgement(
        "fastapi services",
        _graded(
            [
                ONS + "eq-cir-fastapi",
                ONS + "eq-cir-converter-service",
                ONS + "eq-cir-proxy-service",
                ONS + "eq-runner-mock-sds",
                ONS + "ons-badges",
                ONS + "eq-questionnaire-validator",
                WRA + "property_platform_app",
                DVLA + "lab-gen",
                "Marvell-Consulting/statswales2redirect",
                T + "welsh-whisperx",
            ],
            [
                "datasciencecampus/classifai",
                DHCW + "Integration-Hub-Beta",
                T + "llm-evals-cy",
                T + "docker-marian-nmt",
                WRA + "isitinwales",
            ],
        ),
        notes="grade 1 where FastAPI is only a side server or only in a manifest",
    ),
    Judgement(
        "graphql api",
        _graded(
            [ONS + "eq-author-api", ONS + "eq-author-app"],
            [ONS + "eq-author", ONS + "eq-publisher", ONS + "eq-publisher-v3"],
        ),
        notes="eq-author-app is the monorepo holding eq-author-api",
    ),
    Judgement(
        "mkdocs theme",
        _graded(
            [ONS + "ons_mkdocs_theme"],
            [
                GIG + "architecture-decision-records",
                GIGC + "architecture",
                GIGC + "dhcw-software-engineering-handbook",
                GIGC + "product-briefs",
                GIGC + "dhcw-delivery-playbook",
                DHCW + "dhcw-delivery-playbook",
                "datasciencecampus/classifai",
                ONS + "csvcubed",
                WRA + "property_platform_app",
            ],
        ),
        notes="grade 1: sites built with MkDocs (or its successor Zensical)",
    ),
    Judgement(
        "load go config from environment variables",
        _graded([CH + "gofigure"]),
        notes="many Go services use envconfig, but gofigure is the only config library here",
    ),
    Judgement(
        "forgerock identity cloud",
        _graded(
            [CH + "forgerock-cloud-config"],
            [CH + "ch-account-ui", CH + "third-party-harness-oidc"],
        ),
    ),
    Judgement(
        "azure api management",
        _graded(
            [NWIS + "api-management-developer-portal", DHCW + "Kainos-APIM-Development"],
            [
                NWIS + "api-catalogue",
                NWIS + "api-user-guide-publisher",
                DHCW + "wccg-dental-mock-ui",
            ],
        ),
    ),
    Judgement("linqpad scripts", _graded([NWIS + "linqpad-scripts"])),
    Judgement(
        "query an oracle database through an api",
        _graded(
            [CH + "oracle-query-api"],
            [CH + "transaction-search-tool"],
        ),
    ),
    Judgement(
        "viewstate for asp.net mvc",
        _graded([DVLA + "evl-state-manager"]),
    ),
    Judgement(
        "api gateway log retention",
        _graded([DVLA + "serverless-apigateway-log-retention"]),
    ),
    # English: names of bodies
    Judgement(
        "Improvement Cymru",
        _graded(["impcymru/impcymru-chart-formatter", "impcymru/phw-hef-prototype"]),
    ),
    Judgement(
        "national data resource",
        _graded(
            ["National-Data-Resource/.github"],
            [
                DHCW + "Integration-Hub-Beta",
                GIG + "scheduling-fhir-like-model",
                GIGC + "Solutions-Exchange",
            ],
        ),
        notes="grade 1: repos that feed or mention the NDR",
    ),
    Judgement(
        "intellectual property office",
        _graded(
            [
                IPO + "-cbb-calculate-fee-",
                IPO + "Assets",
                IPO + "Automation",
                IPO + "Outreach-Patents",
                IPO + "Services",
                IPO + "ctc-address",
                IPO + "ctc-company",
                IPO + "ctc-correspondence",
                IPO + "ctc-dictionary",
                IPO + "ctc-fee",
                IPO + "ctc-file-sanitise",
                IPO + "ctc-hello-world",
                IPO + "fe-cookie-banner",
                IPO + "fe-dashboard-ui",
            ]
        ),
    ),
    # English: plain-language needs
    Judgement(
        "turn json data into html, csv or excel tables",
        _graded([ONS + "dp-table-renderer"]),
    ),
    Judgement(
        "suggest matches while someone types, allowing for typos",
        _graded(
            [ONS + "eq-suggest-api"],
            [ONS + "eq-lookup-api", ONS + "address-index-api", ONS + "address-index-data"],
        ),
        notes="address index repos support typeahead for addresses only",
    ),
    Judgement(
        "write commit messages with ai",
        _graded([DVLA + "opencommit"]),
    ),
    Judgement(
        "github copilot",
        _graded(
            ["Advanced-Analytics-NHS-Wales/Co-Pilot-Demo"],
            [
                DHCW + "playwright-training",
                ONS + "keh-digital-landscape",
                "Work-In-Progress-For-Health/ai",
            ],
        ),
    ),
    Judgement(
        "interactive branching scenarios for teaching",
        _graded(["Legal-Innovation-Lab-Wales/scenario-platform"]),
    ),
    Judgement(
        "coding exercises for data engineers",
        _graded([DVLA + "data-engineering-coding-exercises"]),
        notes="no README; only the name tells",
    ),
    Judgement(
        "track scanned paper documents",
        _graded(
            [CH + "transaction-search-tool"],
            [CH + "ocr-api", CH + "go-tiff2pdf"],
        ),
    ),
    Judgement(
        "an app for people to keep a wellbeing journal",
        _graded(
            ["Legal-Innovation-Lab-Wales/include-journey"],
            [SW + "athlete-experience-portal"],
        ),
        notes="athlete portal allows journal-style story submissions",
    ),
    # English: misspelled
    Judgement(
        "choropeth map",
        _graded(
            [ONS + "dp-map-renderer", ONS + "dp-census-atlas"],
            [ONS + "dp-geodata-api"],
        ),
        kind="typo",
    ),
    Judgement(
        "pipline orchestraton",
        _graded(
            [ONS + "onsrap"],
            [DVLA + "sifft", ONS + "dp-data-pipelines", ONS + "ons-utils"],
        ),
        kind="typo",
    ),
    Judgement(
        "csrf protction for express",
        _graded([CH + "web-security-node"]),
        kind="typo",
    ),
    Judgement(
        "opensaerch query builder",
        _graded(
            [DVLA + "kaping"],
            [ONS + "dp-elasticsearch"],
        ),
        kind="typo",
    ),
    # English: vague, broad needs
    Judgement(
        "help for sports clubs",
        _graded(
            [SW + "crowdfunder-calculator"],
            [SW + "investment-portal", SW + "calendars", SW + "athlete-experience-portal"],
        ),
        kind="vague",
    ),
    Judgement(
        "tax",
        _graded(
            [WRA + "LTT_scenarios", DVLA + "evl-public-code"],
            [
                WRA + "property_platform_app",
                WRA + "data-landscape",
                WRA + "land-and-property-datasets",
                DVLA + "evl-screenshot-helper",
            ],
        ),
        kind="vague",
    ),
    Judgement(
        "maps",
        _graded(
            [ONS + "dp-census-atlas", ONS + "dp-map-renderer"],
            [
                ONS + "dp-geodata-api",
                ONS + "dp-areas-api",
                "AstunTechnology/nrw-custom-geonetwork",
                WRA + "data-landscape",
                WRA + "wra-frontend",
            ],
        ),
        kind="vague",
        notes="wra-frontend ships a local-authority map script; data-landscape lists geospatial "
        "datasets",
    ),
    Judgement(
        "training materials for staff",
        _graded(
            [
                DHCW + "playwright-training",
                "NHSWalesDeliveryUnit/IntroR",
                DVLA + "data-engineering-coding-exercises",
            ],
            [
                GIG + "postman-examples-using-newman",
                "Work-In-Progress-For-Health/ai",
                "public-health-wales-health-intelligence/NHS-R-Conference",
                GIGC + "GitHub-GIG-Cymru-Starter-Guide",
                GIGC + "GitHub-GIG-Cymru-CodeSpaces",
                GIGC + "Best-Practice-for-Backing-up-Files-to-GitHub",
                GIGC + "Linking-On-Prem-git-To-GitHub",
                T + "xlsr-fine-tuning-week",
                "Legal-Innovation-Lab-Wales/scenario-platform",
            ],
        ),
        kind="vague",
    ),
    Judgement(
        "how should our team work",
        _graded(
            [
                GIG + "ways-of-working",
                DHCW + "dhcw-delivery-playbook",
                GIGC + "dhcw-delivery-playbook",
                GIGC + "dhcw-software-engineering-handbook",
            ],
            [
                CH + "styleguides",
                SW + "design-guides",
                GIG + "architecture-decision-records",
                "nrw-digital/week-notes",
            ],
        ),
        kind="vague",
    ),
    Judgement(
        "do more with excel",
        _graded(
            [
                "impcymru/impcymru-chart-formatter",
                "NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir",
            ],
            [
                "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
                DVLA + "sifft",
                ONS + "dp-table-renderer",
                "wgdsu/KASStylesR",
                "Audit-Wales/NetZeroDive",
            ],
        ),
        kind="vague",
    ),
]
