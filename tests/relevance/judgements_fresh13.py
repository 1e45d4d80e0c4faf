"""A thirteenth fresh, independent set of judged search questions, written on 6 December 2026.

It exists to measure search quality honestly: it has not been scored, nothing has been tuned on it,
and it must never be used to tune anything. It was written in the seventh session of 6 December for
the NEXT session: score it once at that session's start and once at its end (means only), and
report the result apart from the other sets.

How it was written: from the bundled data alone (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, topics, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the English and Welsh names of bodies). For each question the data was
grepped (with small Python scripts over the JSONL) for its words and for other words that say the
same thing (synonyms, Welsh and English, plural and mutated forms, tool and library names in
manifests and file listings), and the candidates' descriptions, READMEs, file listings and
manifests were read before grading. Nothing under search/, web/, catalogue/, docs/ or bench/ was
read or run, no other test file was read, and no catalogue, search, API or demo was run; git was
not used. relevance_corpus.py was read only as far as the definitions of Judgement and _graded (its
first fifty lines, which also show its imports, its first helper and the first line of an answer
set after them, none of which played a part); judgements_fresh11.py was read for its format
(docstring and layout) only. Importing these modules loads search.backend through
relevance_corpus's import line; no search was built or run. The earlier sets (judgements_fresh*.py,
judgements_2026.py, judgements_validation.py and the JUDGEMENTS of relevance_corpus.py) were checked
only by a script that imported them and printed only counts, and the indices and lengths of
questions here. The
first draft had one question equal to an earlier one and about a dozen containing a longer earlier
question; all were reworded. Now no question here is equal to or contained in an earlier question,
and the earlier questions that still occur inside one here are short (at most 22 characters: a
body's name or a couple of words). Reading the format file's head showed its first question in
passing; it was not used.

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
WIP = "Work-In-Progress-For-Health/"
GPW = "Genomics-Partnership-Wales/"


FRESH13_JUDGEMENTS: list[Judgement] = [
    # --- Welsh and mixed Welsh/English -------------------------------------------------------
    Judgement(
        "model bach i ddeffro cynorthwyydd llais pan glywir gair penodol",
        _graded([T + "deffro"], [T + "macsen", T + "macsen-flutter"]),
        kind="welsh",
    ),
    Judgement(
        "rhoi'r atalnodau a'r llythrennau bras yn ôl mewn trawsgrifiad",
        _graded([T + "docker-atalnodi-server"]),
        kind="welsh",
    ),
    Judgement(
        "trosi testun Cymraeg yn ffonemau ar gyfer lleisiau synthetig",
        _graded(
            [T + "techiaith-g2p", T + "welsh-lts"],
            [T + "llais_festival", T + "piper-cy"],
        ),
        kind="welsh",
    ),
    Judgement(
        "cuddio enwau pobl a lleoedd mewn cofion cyfieithu cyn eu rhannu",
        _graded(
            [T + "anonymeiddiwr-beta"],
            [T + "spacy_cy_tag_lem_ner_lg", T + "spacy-wales-en-ner-model"],
        ),
        kind="welsh",
    ),
    Judgement(
        "casglu cofion cyfieithu Saesneg-Cymraeg drwy API i'w defnyddio wrth hyfforddi",
        _graded([T + "archgof-client"], [T + "techiaith-utils"]),
        kind="welsh",
    ),
    Judgement(
        "creu isdeitlau o fideos YouTube Cymraeg",
        _graded(
            [
                T + "welsh-whisperx",
                T + "trawsgrifiwr-arlein",
                T + "hacio-deepspeech-cymraeg",
                T + "docker-huggingface-stt-cy",
            ],
            [T + "speech-corpus-builder"],
        ),
        kind="welsh",
    ),
    Judgement(
        "cynhyrchu cleifion ffug a rhifau GIG prawf ar gyfer profion meddalwedd",
        _graded(
            [
                GIG + "testing",
                NW + "linqpad-scripts",
                GIG + "nhs-number-replacer-cli-using-rust",
            ],
            [T + "enwau_ffug", GIG + "nhs-number-using-rust", WIP + "nhs-number-using-rust"],
        ),
        kind="welsh",
    ),
    Judgement(
        "ffwythiannau i dreiglo geiriau'n feddal, yn llaes ac yn drwynol",
        _graded(
            [T + "offer-trin-iaith"],
            [T + "lecsicon-cymraeg-bangor", T + "lecsicon-cymraeg-bangor-enghreifftiau"],
        ),
        kind="welsh",
    ),
    Judgement(
        "safoni ffurfiau tafodieithol fel isio ac ydi mewn testunau",
        _graded([T + "cydran-normaleiddio"], [T + "welsh-whisperx", T + "hunspell-cy-llafar"]),
        kind="welsh",
    ),
    Judgement(
        "canfod themâu mewn llawer o ddogfennau Cymraeg gyda BERTopic",
        _graded([T + "modelu-pwnc-demo"], [T + "tebygrwydd_brawddegau_cymraeg"]),
        kind="welsh",
    ),
    Judgement(
        "cydrannau Vue ar gyfer gwasanaethau treth Awdurdod Cyllid Cymru",
        _graded(
            [WRA + "component-library"],
            [
                WRA + "wra-frontend",
                "govwales/component-library",
                "govwales/govwales-component-library",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "setiau data a dynodwyr ar gyfer tir ac eiddo yng Nghymru",
        _graded(
            [WRA + "data-landscape", WRA + "land-and-property-datasets"],
            [
                WRA + "property_platform_app",
                "Welsh-Revenue-Authority/property-data-poc",
                WRA + "isitinwales",
                WRA + "property-per-page",
                WRA + "LTT_scenarios",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "dangosfyrddau ar gyfer adrannau achosion brys mewn ysbytai",
        _graded([GIG + "emergency-department-dashboards"]),
        kind="welsh",
    ),
    Judgement(
        "anfon atgyfeiriadau deintyddol electronig drwy APIM",
        _graded(
            [DHCW + "wccg-dental-mock-ui", DHCW + "wccg-eReferrals-service-app"],
            [
                DHCW + "wccg-pas-referrals-api",
                DHCW + "wccg-pas-referrals-mock-ui",
                DHCW + "NWRI-eReferrals-Service-App",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "arolygon adborth 360 i staff",
        _graded([WIP + "dhcw360", WIP + "gig-cymru-igdc-dryw"]),
        kind="welsh",
    ),
    Judgement(
        "mewngofnodi clinigwyr i apiau iechyd a gofal gyda Microsoft Entra",
        _graded(
            [
                GIG + "demo-microsoft-entra",
                GIG + "microsoft-entra-external-tenant-authentication-example-using-javascript",
                GIG + "wauth",
            ],
            [GIG + "authentication", GIG + "authority-services-example"],
        ),
        kind="welsh",
    ),
    Judgement(
        "ap i siaradwyr Cymraeg recordio'u lleisiau ar gyfer corpws lleferydd",
        _graded(
            [T + "Paldaruo", T + "voice-web"],
            [
                T + "brawddegau-adnabod-lleferydd",
                T + "speech-corpus-builder",
                T + "wikipedia-extractor",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "ategyn NVDA sy'n darllen y sgrin gyda llais Cymraeg",
        _graded(
            [T + "nvda-addon"],
            [T + "piper-cy", T + "techiaith-g2p", T + "Festival_MSAPI"],
        ),
        kind="welsh",
    ),
    Judgement(
        "faint o gyllid cyfatebol y gallai clwb chwaraeon ei gael gan Chwaraeon Cymru",
        _graded([SW + "crowdfunder-calculator"], [SW + "investment-portal"]),
        kind="welsh",
    ),
    Judgement(
        "uwchlwytho a chyhoeddi ciwbiau data ystadegol ar StatsWales",
        _graded(
            [
                MC + "statswales-backend",
                MC + "statswales-frontend",
                MC + "statswales-candidate-cube",
            ],
            [
                MC + "statswales",
                MC + "statswales-data-grabber",
                MC + "statswales2redirect",
                ONS + "csvcubed",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "siartiau R sy'n dilyn canllawiau cyhoeddi ystadegau Llywodraeth Cymru",
        _graded([WG + "KASStylesR"], ["impcymru/impcymru-chart-formatter"]),
        kind="welsh",
    ),
    Judgement(
        "ymlusgwr gwe wedi'i ysgrifennu yn F#",
        _graded(["CyngorGwyneddDatblygu/Ymlusgwr"]),
        kind="welsh",
    ),
    Judgement(
        "ble mae penderfyniadau pensaernïol GIG Cymru wedi'u cofnodi",
        _graded(
            [GIG + "architecture-decision-records", GIGC + "architecture"],
            [GIG + "ways-of-working", DHCW + "single-record-design-system"],
        ),
        kind="welsh",
    ),
    Judgement(
        "cyfieithu holiaduron arolwg ar-lein i'r Gymraeg",
        _graded(
            [ONS + "eq-translations", ONS + "eq-questionnaire-schemas"],
            [ONS + "eq-questionnaire-runner", ONS + "eq-survey-runner"],
        ),
        kind="welsh",
    ),
    Judgement(
        "piblinellau dilyniannu pathogenau a phellteroedd SNP Iechyd Cyhoeddus Cymru",
        _graded(
            [PGC + "lodestone", PGC + "snapper3"],
            [PGC + "covate", PGC + "pathogen-mongodb"],
        ),
        kind="welsh",
    ),
    Judgement(
        "stori data ryngweithiol Archwilio Cymru am sero net",
        _graded(["Audit-Wales/NetZeroDive"]),
        kind="welsh",
    ),
    # --- Vague: everyday words the repositories do not use -------------------------------------
    Judgement(
        "tell whether a hospital figure has genuinely got worse or is just bouncing around as usual",
        _graded(
            [ABUHB + "biu_Making_Data_Count_CustomVisuals", ABUHB + "temp_spc_basic"],
            ["impcymru/impcymru-chart-formatter", "NHS-Executive/WMCHackathon_Vaccine"],
        ),
        kind="vague",
    ),
    Judgement(
        "match up people across two organisations' lists when neither side may hand over names",
        _graded([DSC + "pprl_toolkit"], [GIG + "person-similarity-using-rust"]),
        kind="vague",
    ),
    Judgement(
        "what if the tax on buying a house were set differently in different parts of Wales",
        _graded([WRA + "LTT_scenarios"], [WRA + "property_platform_app"]),
        kind="vague",
    ),
    Judgement(
        "stop people registering a business under a name with forbidden words in it",
        _graded([CH + "restricted-word-web"], [IPO + "ctc-dictionary"]),
        kind="vague",
    ),
    Judgement(
        "pull the writing out of pictures of paper forms people posted to us",
        _graded([CH + "ocr-api"], [CH + "go-tiff2pdf", CH + "transaction-search-tool"]),
        kind="vague",
    ),
    Judgement(
        "how quick is home internet in different parts of the country",
        _graded([WG + "wales-ookla-data"]),
        kind="vague",
    ),
    Judgement(
        "if one industry gets more orders, how much extra activity ripples through everyone else",
        _graded([WG + "iot-leontief-python", WG + "iot-leontief-r"]),
        kind="vague",
    ),
    Judgement(
        "show the public what we plan to do next and let them vote on ideas",
        _graded(
            [DHCW + "public-backlog-template"],
            [DHCW + "product-roadmaps", DHCW + "dhcw-vaccine-roadmap"],
        ),
        kind="vague",
    ),
    Judgement(
        "our scripts only live on a network folder, how do we keep them somewhere safer",
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
        "a private way for sportspeople to speak up about how they were treated",
        _graded([SW + "athlete-experience-portal"]),
        kind="vague",
    ),
    Judgement(
        "figure out what line of business a firm is in from a few words about what it does",
        _graded([CH + "sic-code-api", DSC + "classifai"], [CH + "sic-code-data"]),
        kind="vague",
    ),
    Judgement(
        "a page telling visitors the site is down for a while",
        _graded([DVLA + "oepp-maintenance-page"]),
        kind="vague",
    ),
    # --- Typos ---------------------------------------------------------------------------------
    Judgement(
        "elasticsaerch helper package writen in golang",
        _graded(
            [ONS + "dp-elasticsearch"], [CH + "elasticsearch-data-loader", ONS + "dp-search-api"]
        ),
        kind="typo",
    ),
    Judgement(
        "kafak error topic to retry topic consumer",
        _graded([CH + "kafka-error-consumer"], [CH + "kafka-management-tool"]),
        kind="typo",
    ),
    Judgement(
        "terrafrom module for an ecs cluster",
        _graded([CH + "terraform-library-ecs-cluster"], [CH + "terraform-library-ecs-service"]),
        kind="typo",
    ),
    # --- English -------------------------------------------------------------------------------
    Judgement(
        "server-sent events feed of company changes for API subscribers",
        _graded(
            [
                CH + "chs-streaming-api-frontend",
                CH + "chs-streaming-api-cache",
                CH + "chs-streaming-api-backend",
            ],
            [CH + "chs-delta-api"],
        ),
    ),
    Judgement(
        "convert scanned TIFF images to PDF as a service",
        _graded([CH + "go-tiff2pdf"], [CH + "ocr-api"]),
    ),
    Judgement(
        "working with openEHR archetypes, compositions and AQL at DHCW",
        _graded(["freshehr/dhcw-cdr"]),
    ),
    Judgement(
        "tag case law with an XML legal document standard and an ontology",
        _graded(["Legal-Innovation-Lab-Wales/judiciary-akn-tagger"]),
    ),
    Judgement(
        "turn XLSForm spreadsheets into FHIR Shorthand with SUSHI",
        _graded(["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"]),
    ),
    Judgement(
        "bridge an MSMQ queue to Azure Service Bus",
        _graded(
            [DHCW + "Integration-Hub-MSMQ-Bridge"],
            [DHCW + "Integration-Hub-Beta", DHCW + "Integration-Hub-POC"],
        ),
    ),
    Judgement(
        "Mailchimp API scripts for mailing list data",
        _graded([SW + "mailchimp_api_int"]),
    ),
    Judgement(
        "choropleth map of census figures for small areas with Mapbox vector tiles",
        _graded(
            [ONS + "dp-census-atlas", ONS + "dp-geodata-api"],
            [ONS + "dp-map-renderer", ONS + "explore-local-statistics-app", ONS + "dp-areas-api"],
        ),
    ),
    Judgement(
        "publish a CSV as CSV-W linked data",
        _graded([ONS + "csvcubed"], [DVLA + "sifft"]),
    ),
    Judgement(
        "business rules in Drools decision tables",
        _graded([IPO + "-cbb-calculate-fee-", DVLA + "oepp-business-rules"]),
    ),
    Judgement(
        "stub Government Gateway sign-in with OpenID Connect for testing",
        _graded(
            [DVLA + "government-gateway-stub"],
            [CH + "third-party-harness-oidc", CH + "third-party-test-harness"],
        ),
    ),
    Judgement(
        "CI scripts that push journeys and config to a ForgeRock IDC tenant",
        _graded(
            [CH + "forgerock-cloud-config"], [CH + "ch-account-ui", CH + "third-party-harness-oidc"]
        ),
    ),
    Judgement(
        "download NHFD hip fracture audit extracts with a notebook",
        _graded(["NHS-Executive/GoogleColab_NHFD_WebScraper"]),
    ),
    Judgement(
        "Blender add-on to align and flip seating cushion scans",
        _graded(["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"]),
    ),
    Judgement(
        "send Cucumber results to ReportPortal from Ruby",
        _graded([DVLA + "dvla-reportportal-ruby"], [DVLA + "atlas"]),
    ),
    Judgement(
        "dashboard combining Dependency-Track, SonarQube and GitHub data about our services",
        _graded(
            [CH + "services-dashboard-api", CH + "services-dashboard-web"],
            [ONS + "keh-digital-landscape", IPO + "fe-dashboard-ui"],
        ),
    ),
    Judgement(
        "keep or move a personalised registration number online",
        _graded([DVLA + "vrm-retention-online", DVLA + "vrm-assign-online"]),
    ),
    Judgement(
        "Ruby gem for the Microsoft Dataverse Web API",
        _graded([DVLA + "dataverse-helper"]),
    ),
    Judgement(
        "channel-based Kafka client library in Golang",
        _graded([ONS + "dp-kafka"], [CH + "kafka-management-tool", CH + "chs-delta-api"]),
    ),
    Judgement(
        "GP practices submitting clinical documents as FHIR transaction bundles",
        _graded([WIP + "gp-documents-api"]),
    ),
    Judgement(
        "learn Playwright browser testing with GitHub Copilot",
        _graded([DHCW + "playwright-training"], [GIG + "testing"]),
    ),
    Judgement(
        "NHS Wales Solutions Exchange showcase of digital health projects",
        _graded([GIGC + "Solutions-Exchange"]),
    ),
    Judgement(
        "Svelte port of the ONS design system components",
        _graded(
            [ONS + "svelte-components"],
            [
                GIG + "public-good-design-system-with-svelte-typescript",
                ONS + "explore-local-statistics-app",
                ONS + "design-system",
                ONS + "dp-design-system",
            ],
        ),
    ),
    Judgement(
        "bilingual Senedd petitions site with moderation",
        _graded(["SeneddCymru/e-petitions"]),
    ),
    Judgement(
        "DHCW product and service delivery playbook",
        _graded(
            [DHCW + "dhcw-delivery-playbook", GIGC + "dhcw-delivery-playbook"],
            [GIGC + "dhcw-software-engineering-handbook", GIG + "ways-of-working"],
        ),
    ),
    Judgement(
        "tool to create interactive branching scenarios that people work through",
        _graded(["Legal-Innovation-Lab-Wales/scenario-platform"]),
    ),
    Judgement(
        "REST wrapper around the Melissa address look-up service",
        _graded(
            [IPO + "ctc-address"],
            [
                CH + "address-lookup-api",
                DVLA + "address-lookup-service",
                DVLA + "os-address-lookup",
                ONS + "eq-address-lookup-api",
            ],
        ),
    ),
    Judgement(
        "forward genomic laboratory results to hospital systems as HL7 v2 messages",
        _graded(
            [GPW + "HL7ResultsGateway", GPW + "LabGateway", GPW + "genomics-result-hl7-sender"],
            [
                DHCW + "Integration-Hub-Beta",
                DHCW + "Integration-Hub-POC",
                GIG + "hl7-v2-examples",
                GIG + "hl7-parser-example",
            ],
        ),
    ),
    Judgement(
        "customising GeoNetwork for a Welsh environment body's spatial metadata",
        _graded(["AstunTechnology/nrw-custom-geonetwork"], ["epimorphics/nrw-dms-deploy"]),
    ),
]
