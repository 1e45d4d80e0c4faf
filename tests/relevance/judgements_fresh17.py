"""A seventeenth fresh, independent set of judged search questions, written on 7 December 2026.

It exists to measure search quality honestly: it has not been scored, nothing has been tuned on it,
and it must never be used to tune anything. It was written in the eleventh session, on 7 December
2026, for the NEXT session: score it once at that session's start and once at its end (means only),
and report the result apart from the other sets.

How it was written: from the bundled data alone (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, topics, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the English and Welsh names of bodies, and SOURCE.md beside them for what
the fields mean). A one-line listing of all 445 repositories (name, body, language, description)
was read first; then for each question the data was grepped (with small Python scripts over the
JSONL) for its words and for other words that say the same thing (synonyms, Welsh and English,
plural and mutated forms, tool and library names in manifests and file listings), and the
candidates' descriptions, READMEs, file listings and manifests were read before grading. Nothing
under search/, web/, catalogue/, docs/ or bench/ was read or run, and no catalogue, search, API or
demo was run; git was not used. The sixteenth set's files were not opened or read (one shell loop
over the duplicate-label files printed the two top-level names of duplicate_labels_fresh16.py with
their line numbers and nothing else; judgements_fresh16.py was never touched except by the import
in the counting script below). The two test folders were listed (file names only) to learn the
module names. relevance_corpus.py was read only as far as the definitions of Judgement and _graded
(its first 45 lines, which also show its imports and its first helper, none of which played a
part); judgements_fresh15.py lines 1-75 were read for format (docstring and layout) only, and the
two questions seen there were not reused. To wire this set in, the lines naming the sixteenth set
in split.py, ndcg.py, test_relevance.py, duplicate_report.py and test_similarity_quality.py were
found with grep and read with a few lines around them; nothing else in those files was read.
Importing the earlier modules loads search.backend through relevance_corpus's import line; no
search was built or run. The earlier sets (judgements_fresh.py and judgements_fresh2.py to
judgements_fresh16.py, judgements_2026.py, judgements_validation.py and the JUDGEMENTS of
relevance_corpus.py: 1,139 questions) were checked only by a script that imported them and printed
counts, and the indices here with the lengths of the earlier questions involved. The first draft
(72 questions) had fifteen clashes: nine questions equal to an earlier one, five containing an
earlier question longer than 22 characters and one contained in a longer earlier question; two of
them were dropped to bring the English count to 29 and the other thirteen reworded; the second
check found three rewordings that still contained an earlier question (23 or 24 characters long,
and one of 43), and those were reworded again. Now no question here is equal to, contained in, or
contains an earlier question longer than 22 characters; earlier questions of at most 22 characters
(a body's name, a product or a few words) still occur inside questions here 21 times. Natural
phrasings converge, so topics overlap with earlier sets in places (the snapshot has 445
repositories), but each question's wording and grading were made here from the data.

Grades: 2 is what the person wants, 1 is relevant but not the main answer; every repository in the
snapshot that deserves a grade is listed (154 grades, 83 of them 2). There are no `must` lists:
these questions measure, they do not gate. Each question's kind is given on its Judgement: "welsh"
(Welsh or mixed Welsh and English, written as a Welsh public-sector developer would type it, with
mutated and plural forms; 26 here), "vague" (a plain description of a need, in words the
repositories do not use; 12), "typo" (a realistic misspelling; 3), or "english" (the default; 29:
technologies, jobs, body names and acronyms, file formats and frameworks). The questions are spread
over many bodies: 25 of the snapshot's 29 organisations hold a grade-2 answer (Bangor's language
technology unit most often, 14 times, then Companies House, 10).
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

T = "techiaith/"
CH = "companieshouse/"
ONS = "ONSdigital/"
DV = "dvla/"
GIG = "GIG-Cymru-NHS-Wales/"
GC = "GIGCymru/"
DHCW = "DHCW-Digital-Health-and-Care-Wales/"
NW = "nwisbeta/"
WRA = "welsh-revenue-authority/"
SW = "Sport-Wales/"
WIP = "Work-In-Progress-For-Health/"
PGC = "Pathogen-Genomics-Cymru/"
IPO = "intellectual-property-office/"
GPW = "Genomics-Partnership-Wales/"
ABUHB = "Aneurin-Bevan-University-Health-Board/"

FRESH17_JUDGEMENTS: list[Judgement] = [
    # --- Welsh and mixed Welsh/English -----------------------------------------------------------
    Judgement(
        "trawsgrifio'n fyw unrhyw sain sy'n dod o seinyddion fy nghyfrifiadur Windows",
        _graded(
            [T + "trawsgrifiwr-byw-seinydd-windows"],
            [
                T + "trawsgrifiwr-byw",
                T + "trawsgrifiwr-windows",
                T + "hosted-whisper-streaming-with-client",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "troi '1af' yn 'cyntaf' a symbolau'n eiriau llawn cyn syntheseiddio lleferydd",
        _graded([T + "techiaith-tts"], [T + "techiaith-g2p"]),
        kind="welsh",
    ),
    Judgement(
        "enwau pobl a lleoedd ffug Cymreig ar gyfer data prawf",
        _graded([T + "enwau_ffug"], [GIG + "testing"]),
        kind="welsh",
    ),
    Judgement(
        "cuddio enwau pobl mewn cofion cyfieithu cyn eu rhannu",
        _graded([T + "anonymeiddiwr-beta"], [T + "archgof-client"]),
        kind="welsh",
    ),
    Judgement(
        "gêm Wordle Gymraeg",
        _graded(
            [T + "lecsicon-cymraeg-bangor-enghreifftiau"],
            [T + "geiriau-mwyaf-aml", T + "offer-trin-iaith", T + "lecsicon-cymraeg-bangor"],
        ),
        kind="welsh",
    ),
    Judgement(
        "fersiwn dad-dreigledig o'r model word2vec",
        _graded([T + "word2vec-cy-demutated"], [T + "word2vec-cy"]),
        kind="welsh",
    ),
    Judgement(
        "modelau bychain sy'n deffro pan glywant air neu ymadrodd arbennig",
        _graded([T + "deffro"]),
        kind="welsh",
    ),
    Judgement(
        "ychwanegyn NVDA gyda lleisiau Cymraeg i ddarllenwyr sgrin",
        _graded(
            [T + "nvda-addon"],
            [T + "piper-cy", T + "techiaith-g2p", T + "Festival_MSAPI"],
        ),
        kind="welsh",
    ),
    Judgement(
        "adfer priflythrennau ac atalnodau mewn allbwn trawsgrifio",
        _graded([T + "docker-atalnodi-server"]),
        kind="welsh",
    ),
    Judgement(
        "alinio recordiadau sain â'u trawsgrifiadau (forced alignment)",
        _graded([T + "docker-ProsodylabAligner-cy"], [T + "welsh-whisperx"]),
        kind="welsh",
    ),
    Judgement(
        "profi gallu modelau iaith mawr yn Gymraeg",
        _graded([T + "llm-evals-cy"], [T + "mimic"]),
        kind="welsh",
    ),
    Judgement(
        "creu setiau hyfforddi a phrofi amgen o gorpws Common Voice",
        _graded(
            [T + "docker-commonvoice-custom-splits-builder"],
            [
                T + "docker-deepspeech-cy",
                T + "docker-coqui-stt-cy",
                T + "docker-huggingface-stt-cy",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "sgript i dynnu brawddegau rhydd o hawlfraint allan o Wicipedia Cymraeg",
        _graded([T + "wikipedia-extractor"], [T + "brawddegau-adnabod-lleferydd"]),
        kind="welsh",
    ),
    Judgement(
        "ategyn gwefan sy'n sylwi bod porwr yr ymwelydd wedi'i osod i Saesneg",
        _graded([T + "cymreigio-porwyr"]),
        kind="welsh",
    ),
    Judgement(
        "llyfrgell gydrannau Vue Awdurdod Cyllid Cymru",
        _graded([WRA + "component-library"], [WRA + "wra-frontend"]),
        kind="welsh",
    ),
    Judgement(
        "senarios dychmygol ar gyfer fersiynau lleol o dreth trafodiadau tir",
        _graded([WRA + "LTT_scenarios"], [WRA + "property_platform_app"]),
        kind="welsh",
    ),
    Judgement(
        "gwasanaeth i weld ydy eiddo yng Nghymru neu beidio",
        _graded(
            [WRA + "isitinwales"],
            [WRA + "property_platform_app", "Welsh-Revenue-Authority/property-data-poc"],
        ),
        kind="welsh",
    ),
    Judgement(
        "archwilio ystadegau'r cyfrifiad ar fap ar gyfer fy ardal leol i",
        _graded(
            [ONS + "dp-census-atlas"],
            [ONS + "dp-geodata-api", ONS + "explore-local-statistics-app"],
        ),
        kind="welsh",
    ),
    Judgement(
        "pecyn R i greu siartiau yn unol â chanllawiau cyhoeddi Llywodraeth Cymru",
        _graded(["wgdsu/KASStylesR"], ["impcymru/impcymru-chart-formatter"]),
        kind="welsh",
    ),
    Judgement(
        "lluosyddion Leontief ar gyfer tablau mewnbwn-allbwn",
        _graded(["wgdsu/iot-leontief-python", "wgdsu/iot-leontief-r"]),
        kind="welsh",
    ),
    Judgement(
        "data profion cyflymder band eang yng Nghymru",
        _graded(["wgdsu/wales-ookla-data"]),
        kind="welsh",
    ),
    Judgement(
        "nodiadau wythnos tîm digidol Cyfoeth Naturiol Cymru",
        _graded(["nrw-digital/week-notes"], [SW + "digital-team-site"]),
        kind="welsh",
    ),
    Judgement(
        "gwirio digid siec rhifau GIG o'r llinell orchymyn",
        _graded(
            [GIG + "nhs-number-cli-using-rust", WIP + "nhs-number-cli-using-rust"],
            [
                GIG + "nhs-number-using-rust",
                WIP + "nhs-number-using-rust",
                GIG + "nhs-number-replacer-cli-using-rust",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "canllawiau i staff GIG Cymru ar ddechrau defnyddio GitHub",
        _graded(
            [GC + "GitHub-GIG-Cymru-Starter-Guide"],
            [
                GC + "GitHub-GIG-Cymru-CodeSpaces",
                GC + "Best-Practice-for-Backing-up-Files-to-GitHub",
                GC + "Linking-On-Prem-git-To-GitHub",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "ap i gasglu adborth 360 gradd gan gydweithwyr",
        _graded([WIP + "dhcw360", WIP + "gig-cymru-igdc-dryw"]),
        kind="welsh",
    ),
    Judgement(
        "casglu llofnodion ar ddeisebau i'r Senedd",
        _graded(["SeneddCymru/e-petitions"]),
        kind="welsh",
    ),
    # --- Vague: a need in everyday words -----------------------------------------------------------
    Judgement(
        "I want to take the private plate off my car and keep it for later",
        _graded([DV + "vrm-retention-online"], [DV + "vrm-assign-online"]),
        kind="vague",
    ),
    Judgement(
        "I sold my car to a neighbour and need to let the authorities know",
        _graded(
            [DV + "vehicles-change-keeper-online"],
            [DV + "vehicles-online", DV + "vehicles-acquire-online"],
        ),
        kind="vague",
    ),
    Judgement(
        "look through a document someone sent us for any of the terms on our watch list",
        _graded([IPO + "ctc-dictionary"], [CH + "restricted-word-web"]),
        kind="vague",
    ),
    Judgement(
        "which of our apps rely on software that will soon stop getting updates",
        _graded(
            [CH + "services-dashboard-api", CH + "services-dashboard-web"],
            [ONS + "keh-digital-landscape"],
        ),
        kind="vague",
    ),
    Judgement(
        "a made-up firm I can practise sending filings against without touching real records",
        _graded([CH + "test-data-generator"], [CH + "third-party-test-harness"]),
        kind="vague",
    ),
    Judgement(
        "is this month's jump in the figures real or just the usual ups and downs",
        _graded(
            [ABUHB + "biu_Making_Data_Count_CustomVisuals", ABUHB + "temp_spc_basic"],
            ["NHS-Executive/WMCHackathon_Vaccine"],
        ),
        kind="vague",
    ),
    Judgement(
        "a story about climate figures that plays like a video but viewers can pause and poke around",
        _graded(["Audit-Wales/NetZeroDive"]),
        kind="vague",
    ),
    Judgement(
        "set out the lines of a postal address properly for printing on an envelope",
        _graded([DV + "postman-paf", DV + "postman-paf-js"]),
        kind="vague",
    ),
    Judgement(
        "pull the words out of a photo of a page",
        _graded([CH + "ocr-api"]),
        kind="vague",
    ),
    Judgement(
        "shape foam seat pads for wheelchair users from a scan",
        _graded(["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"]),
        kind="vague",
    ),
    Judgement(
        "our team keeps its code on a shared network drive, how do we move it somewhere safer",
        _graded(
            [
                GC + "Best-Practice-for-Backing-up-Files-to-GitHub",
                GC + "Linking-On-Prem-git-To-GitHub",
            ],
            [GC + "GitHub-GIG-Cymru-Starter-Guide"],
        ),
        kind="vague",
    ),
    Judgement(
        "how much extra money could our local club get if we raise funds from the public",
        _graded([SW + "crowdfunder-calculator"], [SW + "investment-portal"]),
        kind="vague",
    ),
    # --- Typos -----------------------------------------------------------------------------------
    Judgement(
        "elasticsearh data loader from mongo",
        _graded(
            [CH + "elasticsearch-data-loader"],
            [ONS + "dp-elasticsearch", CH + "search.api.ch.gov.uk"],
        ),
        kind="typo",
    ),
    Judgement(
        "terrafrom libary for an ecs cluster",
        _graded(
            [CH + "terraform-library-ecs-cluster"],
            [CH + "terraform-library-ecs-service", CH + "terraform-library-elasticache"],
        ),
        kind="typo",
    ),
    Judgement(
        "pathogen genomcis mongodb containr",
        _graded([PGC + "pathogen-mongodb"]),
        kind="typo",
    ),
    # --- English: technologies, jobs, bodies, formats, frameworks --------------------------------
    Judgement(
        "check iXBRL company accounts pass validation rules before they are filed",
        _graded([CH + "account-validator-api"]),
    ),
    Judgement(
        "Akoma Ntoso markup of court judgments",
        _graded(["Legal-Innovation-Lab-Wales/judiciary-akn-tagger"]),
    ),
    Judgement(
        "openEHR APIs and CDR documentation for DHCW",
        _graded(["freshehr/dhcw-cdr"]),
    ),
    Judgement(
        "XLSForm patient questionnaires turned into FSH and FHIR resources",
        _graded(["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"]),
    ),
    Judgement(
        "Svelte components that follow a design system",
        _graded(
            [ONS + "svelte-components", GIG + "public-good-design-system-with-svelte-typescript"],
            [
                ONS + "dp-census-atlas",
                ONS + "explore-local-statistics-app",
                GIG + "emergency-department-dashboards",
            ],
        ),
    ),
    Judgement(
        "tailwind.config plugin that swaps rem sizes for em",
        _graded(["Transport-for-Wales/tailwindcss-plugin-rems-to-ems"]),
    ),
    Judgement(
        "Microsoft Entra ID sign-in example in JavaScript",
        _graded(
            [
                GIG + "demo-microsoft-entra",
                GIG + "microsoft-entra-external-tenant-authentication-example-using-javascript",
            ],
            [GIG + "wauth"],
        ),
    ),
    Judgement(
        "journeys and config scripts for our ForgeRock tenant",
        _graded([CH + "forgerock-cloud-config"], [CH + "ch-account-ui"]),
    ),
    Judgement(
        "fake OpenID Connect login provider to sign up and sign in test users",
        _graded([DV + "government-gateway-stub"], [CH + "third-party-harness-oidc"]),
    ),
    Judgement(
        "Nextflow pipeline for mycobacterial sequencing reads",
        _graded([PGC + "lodestone"]),
    ),
    Judgement(
        "COG-UK metadata and SARS-CoV-2 lineage growth by region",
        _graded([PGC + "covate"]),
    ),
    Judgement(
        "learning Playwright with GitHub Copilot",
        _graded(
            [DHCW + "playwright-training"],
            ["Advanced-Analytics-NHS-Wales/Co-Pilot-Demo"],
        ),
    ),
    Judgement(
        "privacy preserving record linkage",
        _graded(["datasciencecampus/pprl_toolkit"]),
    ),
    Judgement(
        "semantic search and RAG Python package",
        _graded(["datasciencecampus/classifai"], ["datasciencecampus/statschat-app"]),
    ),
    Judgement(
        "turn a CSV file into CSV-W linked data",
        _graded([ONS + "csvcubed"], [DV + "sifft"]),
    ),
    Judgement(
        "GOV.UK cookie consent banner in React",
        _graded(
            [IPO + "fe-cookie-banner"],
            [ONS + "dp-frontend-cookie-controller", ONS + "dp-design-system"],
        ),
    ),
    Judgement(
        "Colab notebook that downloads the latest NHFD extracts",
        _graded(["NHS-Executive/GoogleColab_NHFD_WebScraper"]),
    ),
    Judgement(
        "Mailchimp API console app",
        _graded([SW + "mailchimp_api_int"]),
    ),
    Judgement(
        "Azure API Management developer portal customised for NHS Wales",
        _graded(
            [NW + "api-management-developer-portal"],
            [
                DHCW + "Kainos-APIM-Development",
                NW + "nhswales-developer-portal",
                NW + "api-user-guide-publisher",
                NW + "api-catalogue",
            ],
        ),
    ),
    Judgement(
        "Perl logging module",
        _graded([CH + "Log-Declare"]),
    ),
    Judgement(
        "RabbitMQ configuration",
        _graded([ONS + "eq-messaging"], [DV + "oepp-audit-service", DV + "oepp-customer-portal"]),
    ),
    Judgement(
        "template to start a new Python project with linting and tests already set up",
        _graded(
            ["Public-Health-Wales/phwcookiecutter", ONS + "ons-python-template"],
            [SW + "template"],
        ),
    ),
    Judgement(
        "F# command-line web crawler",
        _graded(["CyngorGwyneddDatblygu/Ymlusgwr"]),
    ),
    Judgement(
        "SIC code search API and its data",
        _graded([CH + "sic-code-api", CH + "sic-code-data"]),
    ),
    Judgement(
        "service wrapping libtiff's tiff2pdf to turn TIFF scans into PDFs",
        _graded([CH + "go-tiff2pdf"], [CH + "ocr-api"]),
    ),
    Judgement(
        "Go web app built with templ and HTMX",
        _graded(["atos-digital/DHCW-clinic-outcomes"]),
    ),
    Judgement(
        "Cucumber formatter that sends test results to Report Portal",
        _graded([DV + "dvla-reportportal-ruby"], [DV + "atlas"]),
    ),
    Judgement(
        "customising the GeoNetwork catalogue run for NRW",
        _graded(["AstunTechnology/nrw-custom-geonetwork"], ["epimorphics/nrw-dms-deploy"]),
    ),
    Judgement(
        "gateway sending genomics laboratory results as HL7 messages",
        _graded(
            [
                GPW + "LabGateway",
                GPW + "HL7ResultsGateway",
                GPW + "genomics-result-hl7-sender",
            ],
            [
                DHCW + "Integration-Hub-Beta",
                DHCW + "Integration-Hub-POC",
                GIG + "hl7-v2-examples",
                GIG + "testing",
            ],
        ),
    ),
]
