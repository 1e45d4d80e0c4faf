"""A nineteenth fresh, independent set of judged search questions, written on 7 December 2026.

It exists to measure search quality honestly: it has not been scored, nothing has been tuned on it,
and it must never be used to tune anything. It was written in the thirteenth session of 7 December
for the NEXT session: score it once at that session's start and once at its end (means only), and
report the result apart from the other sets.

How it was written: from the bundled data alone (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the English and Welsh names of bodies, and SOURCE.md beside them for what
the fields mean). A list of all 445 repositories (name, body, main language, first words of the
description) was read first; then for each question the data was grepped (with small Python
scripts over the JSONL) for its words and for other words that say the same thing (synonyms, Welsh
and English, plural and mutated forms, tool and library names in manifests and file listings), and
the candidates' descriptions, READMEs, file listings and manifests were read before grading.
Nothing under search/, web/, catalogue/, ingest/ (other than its data), cli/, docs/ or bench/ was
read or run, no catalogue, search, similarity, API, demo or test was run (apart from the quick
format checks named in the brief, run after writing), and git was not used. For format only,
judgements_fresh15.py lines 1-75 and relevance_corpus.py lines 1-45 were read (the definitions of
Judgement and _graded); the few fifteenth-set questions seen there in passing were not reused. The
seventeenth and eighteenth sets were never opened or printed. The earlier sets (relevance_corpus's
JUDGEMENTS, judgements_2026.py, judgements_validation.py, judgements_fresh.py and
judgements_fresh2.py to judgements_fresh18.py) were checked only by a throwaway script that
imported them and printed counts against the indices of the questions here, never their text: for
each question, how many earlier questions (1,278 distinct after normalising case, punctuation and
spaces) are equal to it, contained in it (if longer than 22 characters), contain it, have a
difflib ratio of 0.8 or more with it, or share 60% or more of its words. The first draft had 73
questions, 31 of which clashed on at least one of those measures (7 equal to an earlier question,
8 containing a longer earlier one, 1 contained in one, the rest near-duplicates by ratio or shared
words). Three English questions (three of the seven equal ones) were dropped to bring the set to
70, 28 were reworded, and a second run found 2 near-duplicates by ratio, which were reworded again;
the third run found no clash of any kind. The earlier questions that still occur inside one here
are short (12 occurrences, at most 17 characters: a body's name, a product or a couple of words).
Topics overlap with earlier sets in places (the snapshot has 445 repositories), but each
question's wording and grading were made here from the data.

Grades: 2 is what the person wants, 1 is relevant but not the main answer; every repository in the
snapshot that deserves a grade is listed. `must` is set on only two questions whose answer is
beyond doubt (the Senedd's petitions service and NRW's week notes). Each question's kind is given
on its Judgement: "welsh" (Welsh or mixed Welsh and English, written as a Welsh public-sector
developer would type it, with mutated and plural forms; 27 here), "vague" (a plain description of a
need, in words the repositories do not use; 12), "typo" (3), or "english" (the default; 28:
technologies, jobs, body names and acronyms, file formats and frameworks). The questions are
spread over many bodies: 21 of the snapshot's 29 organisations hold a grade-2 answer (Bangor's
language technology unit most often, 21 times, then ONS 14 times).
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

T = "techiaith/"
CH = "companieshouse/"
ONS = "ONSdigital/"
DSC = "datasciencecampus/"
DV = "dvla/"
DH = "DHCW-Digital-Health-and-Care-Wales/"
GIG = "GIG-Cymru-NHS-Wales/"
GC = "GIGCymru/"
WIP = "Work-In-Progress-For-Health/"
WRA = "welsh-revenue-authority/"
SW = "Sport-Wales/"
MC = "Marvell-Consulting/"
PGC = "Pathogen-Genomics-Cymru/"
ABUHB = "Aneurin-Bevan-University-Health-Board/"
IPO = "intellectual-property-office/"

FRESH19_JUDGEMENTS: list[Judgement] = [
    # --- Welsh and mixed Welsh/English -----------------------------------------------------------
    Judgement(
        "adfer atalnodau a phriflythrennau coll mewn trawsgrifiadau Cymraeg awtomatig",
        _graded(
            [T + "docker-atalnodi-server"],
            [T + "welsh-whisperx", T + "cydran-normaleiddio"],
        ),
        kind="welsh",
    ),
    Judgement(
        "sgript i gasglu brawddegau parth cyhoeddus o erthyglau Wicipedia",
        _graded(
            [T + "wikipedia-extractor"],
            [T + "brawddegau-adnabod-lleferydd", T + "voice-web", T + "Paldaruo"],
        ),
        kind="welsh",
    ),
    Judgement(
        "lawrlwytho sain o YouTube i adeiladu corpws lleferydd dwyieithog",
        _graded(
            [T + "speech-corpus-builder"],
            [T + "docker-commonvoice-custom-splits-builder"],
        ),
        kind="welsh",
    ),
    Judgement(
        "pa bynciau sy'n codi dro ar ôl tro mewn ymatebion Cymraeg i ymgynghoriad?",
        _graded([T + "modelu-pwnc-demo"]),
        kind="welsh",
    ),
    Judgement(
        "pecyn i hyfforddi LLM Cymraeg ac offer i fesur pa mor dda ydyw",
        _graded([T + "mimic", T + "llm-evals-cy"]),
        kind="welsh",
    ),
    Judgement(
        "ychwanegyn NVDA sy'n darllen sgrin y cyfrifiadur yn Gymraeg",
        _graded(
            [T + "nvda-addon"],
            [T + "piper-cy", T + "Festival_MSAPI"],
        ),
        kind="welsh",
    ),
    Judgement(
        "rhedeg gweinydd testun-i-leferydd Cymraeg mewn cynhwysydd Docker",
        _graded(
            [T + "docker-festival-tts-cy-api", T + "docker-marytts", T + "docker-coqui-tts-cy"],
            [T + "piper-cy", T + "marytts", T + "llais_festival", T + "pyfestival"],
        ),
        kind="welsh",
    ),
    Judgement(
        "ap iPhone sy'n llefaru testun Cymraeg heb gysylltiad â'r rhyngrwyd",
        _graded(
            [T + "piper-ios-app"],
            [T + "piper-cy", T + "macsen-flutter"],
        ),
        kind="welsh",
    ),
    Judgement(
        "cynhyrchu enwau personol a lleoedd Cymreig ffug i lenwi cronfeydd data prawf",
        _graded(
            [T + "enwau_ffug"],
            [GIG + "testing", CH + "test-data-generator"],
        ),
        kind="welsh",
    ),
    Judgement(
        "anonymeiddio data cyfochrog Cymraeg-Saesneg cyn hyfforddi modelau cyfieithu",
        _graded(
            [T + "anonymeiddiwr-beta"],
            [T + "archgof-client", T + "spacy_cy_tag_lem_ner_lg"],
        ),
        kind="welsh",
    ),
    Judgement(
        "hyfforddi peiriant cyfieithu niwral rhwng y Saesneg a'r Gymraeg",
        _graded(
            [T + "docker-marian-nmt", T + "techiaith-utils"],
            [T + "docker-moses-smt", T + "archgof-client"],
        ),
        kind="welsh",
    ),
    Judgement(
        "pa eiriau Cymraeg sydd fwyaf cyffredin? rhestrau amlder geiriau",
        _graded(
            [T + "geiriau-mwyaf-aml"],
            [T + "lecsicon-cymraeg-bangor"],
        ),
        kind="welsh",
    ),
    Judgement(
        "cynorthwyydd digidol sy'n siarad Cymraeg ar dabledi a ffonau symudol",
        _graded(
            [T + "macsen-flutter"],
            [T + "macsen", T + "macsen-sgwrsfot"],
        ),
        kind="welsh",
    ),
    Judgement(
        "modelau bychain sy'n clywed gair deffro Cymraeg",
        _graded([T + "deffro"]),
        kind="welsh",
    ),
    Judgement(
        "trosi sillafiad Cymraeg yn ynganiad ffonetig",
        _graded(
            [T + "techiaith-g2p"],
            [T + "welsh-lts", T + "llais_festival", T + "lecsicon-cymraeg-bangor"],
        ),
        kind="welsh",
    ),
    Judgement(
        "ehangu rhifau a symbolau yn eiriau cyn eu llefaru",
        _graded(
            [T + "techiaith-tts"],
            [T + "cydran-normaleiddio"],
        ),
        kind="welsh",
    ),
    Judgement(
        "cod ffynhonnell system e-ddeisebau'r Senedd yn Ruby on Rails",
        _graded(["SeneddCymru/e-petitions"]),
        must=("SeneddCymru/e-petitions",),
        kind="welsh",
    ),
    Judgement(
        "cydrannau TypeScript React a Storybook ar gyfer dyluniad GOV.WALES",
        _graded(
            ["govwales/govwales-component-library", "govwales/component-library"],
            [WRA + "component-library", WRA + "wra-frontend"],
        ),
        kind="welsh",
    ),
    Judgement(
        "gwasanaeth sy'n anfon ymwelwyr yr hen StatsWales ymlaen i'r dudalen gywir ar y safle newydd",
        _graded(
            [MC + "statswales2redirect"],
            [MC + "statswales-frontend"],
        ),
        kind="welsh",
    ),
    Judgement(
        "enghreifftiau damcaniaethol o Dreth Trafodiadau Tir wedi'i lleoleiddio",
        _graded(
            [WRA + "LTT_scenarios"],
            [WRA + "property_platform_app", WRA + "data-landscape"],
        ),
        kind="welsh",
    ),
    Judgement(
        "ble mae dod o hyd i ddata am brisiau, defnydd a ffiniau tir ac eiddo Cymru",
        _graded(
            [WRA + "data-landscape", WRA + "land-and-property-datasets"],
            [
                "Welsh-Revenue-Authority/property-data-poc",
                WRA + "property_platform_app",
                WRA + "isitinwales",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "gwefan nodiadau wythnosol dwyieithog tîm digidol CNC",
        _graded(
            ["nrw-digital/week-notes"],
            [SW + "digital-team-site"],
        ),
        must=("nrw-digital/week-notes",),
        kind="welsh",
    ),
    Judgement(
        "cychwyn arni gyda GitHub GIG Cymru: canllaw i ddefnyddwyr newydd y byrddau iechyd",
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
        "gwirio digid siec rhifau GIG gyda Rust",
        _graded(
            [
                GIG + "nhs-number-using-rust",
                GIG + "nhs-number-cli-using-rust",
                WIP + "nhs-number-using-rust",
                WIP + "nhs-number-cli-using-rust",
            ],
            [GIG + "nhs-number-replacer-cli-using-rust"],
        ),
        kind="welsh",
    ),
    Judgement(
        "sut i ddosrannu neges HL7 v2 mewn Rust, gydag enghreifftiau",
        _graded(
            [GIG + "hl7-v2-examples", GIG + "hl7-parser-example"],
            [
                "Genomics-Partnership-Wales/genomics-result-hl7-sender",
                "Genomics-Partnership-Wales/HL7ResultsGateway",
                DH + "Integration-Hub-Beta",
                DH + "Integration-Hub-POC",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "siartiau rheoli ystadegol Gwneud i Ddata Gyfrif ar gyfer byrddau iechyd",
        _graded(
            [ABUHB + "biu_Making_Data_Count_CustomVisuals", ABUHB + "temp_spc_basic"],
            ["impcymru/impcymru-chart-formatter", "NHS-Executive/WMCHackathon_Vaccine"],
        ),
        kind="welsh",
    ),
    Judgement(
        "stori ddata am allyriadau sero net cyrff cyhoeddus Cymru",
        _graded(["Audit-Wales/NetZeroDive"]),
        kind="welsh",
    ),
    # --- English ---------------------------------------------------------------------------------
    Judgement(
        "Ruby gem wrapping the Cucumber World to share state between steps",
        _graded(
            [DV + "atlas"],
            [DV + "dvla-reportportal-ruby", DV + "block-repeater", DV + "dvla-browser-drivers"],
        ),
    ),
    Judgement(
        "SQS message too large: offload the payload to an S3 bucket from JavaScript",
        _graded(
            [DV + "sqs-extended-client"],
            [DV + "aws-sqs-utility"],
        ),
    ),
    Judgement(
        "microservice that reads the text out of scanned images",
        _graded([CH + "ocr-api"]),
    ),
    Judgement(
        "upload accounts in XBRL and see whether they would be rejected",
        _graded([CH + "account-validator-api"]),
    ),
    Judgement(
        "copy company records from MongoDB into an Elasticsearch index",
        _graded(
            [CH + "elasticsearch-data-loader"],
            [CH + "search.api.ch.gov.uk", ONS + "address-index-data", ONS + "dp-elasticsearch"],
        ),
    ),
    Judgement(
        "Ansible playbook for clustered RabbitMQ on two EC2 instances",
        _graded([ONS + "eq-messaging"], [DV + "oepp-audit-service"]),
    ),
    Judgement(
        "census statistics for small neighbourhoods shown on an interactive map",
        _graded(
            [ONS + "dp-census-atlas", ONS + "dp-geodata-api"],
            [ONS + "dp-map-renderer", ONS + "explore-local-statistics-app", ONS + "dp-areas-api"],
        ),
    ),
    Judgement(
        "retrieval augmented generation to assign official classification codes",
        _graded(
            [DSC + "classifai"],
            [DSC + "statschat-app", CH + "sic-code-api"],
        ),
    ),
    Judgement(
        "command line tool producing CSV on the Web metadata and RDF from a tidy CSV",
        _graded([ONS + "csvcubed"]),
    ),
    Judgement(
        "Django Wagtail site for publishing statistical releases",
        _graded([ONS + "dis-wagtail"], [ONS + "dp-zebedee-sdk-go"]),
    ),
    Judgement(
        "clean and standardise messy address strings in a PySpark DataFrame",
        _graded(
            [ONS + "address-toolkit"],
            [ONS + "address-index-data", ONS + "address-index-api", DSC + "pprl_toolkit"],
        ),
    ),
    Judgement(
        "ASP.NET Core eReferrals API with a dental mock UI",
        _graded(
            [
                DH + "wccg-eReferrals-service-app",
                DH + "NWRI-eReferrals-Service-App",
                DH + "wccg-dental-mock-ui",
            ],
            [DH + "wccg-pas-referrals-api", DH + "wccg-pas-referrals-mock-ui"],
        ),
    ),
    Judgement(
        "Postman collections and training material for an openEHR CDR",
        _graded(["freshehr/dhcw-cdr"]),
    ),
    Judgement(
        "Playwright test automation training for test engineers using Copilot",
        _graded(
            [DH + "playwright-training"],
            [GC + "GitHub-GIG-Cymru-CodeSpaces", "Advanced-Analytics-NHS-Wales/Co-Pilot-Demo"],
        ),
    ),
    Judgement(
        "bilingual public product roadmap published with GitHub Pages",
        _graded(
            [DH + "product-roadmaps", DH + "dhcw-vaccine-roadmap", DH + "public-backlog-template"],
        ),
    ),
    Judgement(
        "Microsoft Entra external tenant sign-in example with MSAL",
        _graded(
            [
                GIG + "microsoft-entra-external-tenant-authentication-example-using-javascript",
                GIG + "demo-microsoft-entra",
            ],
            [GIG + "wauth", GIG + "authentication"],
        ),
    ),
    Judgement(
        "pipeline for mycobacterium tuberculosis sequencing reads",
        _graded(
            [PGC + "lodestone"],
            [PGC + "snapper3", PGC + "pathogen-mongodb"],
        ),
    ),
    Judgement(
        "Colab notebook scraping the hip fracture audit website",
        _graded(["NHS-Executive/GoogleColab_NHFD_WebScraper"]),
    ),
    Judgement(
        "VBA module that restyles Excel line, pie and control charts automatically",
        _graded(
            ["impcymru/impcymru-chart-formatter"],
            ["wgdsu/KASStylesR", ABUHB + "biu_Making_Data_Count_CustomVisuals"],
        ),
    ),
    Judgement(
        "cookiecutter template to start a new Python repository",
        _graded(
            ["Public-Health-Wales/phwcookiecutter", ONS + "ons-python-template"],
            [ONS + "onsrap"],
        ),
    ),
    Judgement(
        "vehicle tax and SORN service master page templates",
        _graded([DV + "evl-public-code"]),
    ),
    Judgement(
        "spatial metadata catalogue (GeoNetwork) set up for NRW environmental data",
        _graded(["AstunTechnology/nrw-custom-geonetwork"], ["epimorphics/nrw-dms-deploy"]),
    ),
    Judgement(
        "log in a consistent JSON format from Java, Node.js and Ruby apps",
        _graded(
            [CH + "ch-structured-logging-node", ONS + "dp-logging", ONS + "ons-json-logger"],
            [DV + "herodotus", CH + "Log-Declare"],
        ),
    ),
    Judgement(
        "Go library so every microservice reports its health the same way",
        _graded([ONS + "dp-healthcheck"], [CH + "styleguides"]),
    ),
    Judgement(
        "generate the sitemap and robots rules for a statistics website",
        _graded([ONS + "dp-sitemap"]),
    ),
    Judgement(
        "FastAPI service that draws version badges for GitHub READMEs",
        _graded([ONS + "ons-badges"]),
    ),
    Judgement(
        "technology radar of languages and frameworks used across ONS",
        _graded([ONS + "keh-digital-landscape"]),
    ),
    Judgement(
        "Blender add-on for designing custom wheelchair seating cushions",
        _graded(["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"]),
    ),
    # --- vague: plain descriptions of a need ----------------------------------------------------
    Judgement(
        "our analysts keep their scripts on a shared drive, how do we move them somewhere safer",
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
        "are some areas of the country stuck with slow broadband",
        _graded(["wgdsu/wales-ookla-data"]),
        kind="vague",
    ),
    Judgement(
        "colleagues giving each other feedback on how well they live our values",
        _graded([WIP + "dhcw360", WIP + "gig-cymru-igdc-dryw"]),
        kind="vague",
    ),
    Judgement(
        "a screen showing which versions are deployed in each test environment",
        _graded(
            [IPO + "fe-dashboard-ui"],
            [CH + "services-dashboard-web", CH + "services-dashboard-api"],
        ),
        kind="vague",
    ),
    Judgement(
        "somewhere athletes can tell us anonymously how they are being treated",
        _graded([SW + "athlete-experience-portal"]),
        kind="vague",
    ),
    Judgement(
        "how much extra does the whole economy get from money spent in one industry",
        _graded(["wgdsu/iot-leontief-python", "wgdsu/iot-leontief-r"]),
        kind="vague",
    ),
    Judgement(
        "what is on at the national sports centre in Cardiff this month",
        _graded([SW + "calendars"]),
        kind="vague",
    ),
    Judgement(
        "is one strain of the virus spreading faster in one region than in another",
        _graded([PGC + "covate"]),
        kind="vague",
    ),
    Judgement(
        "stop people using offensive or misleading words when they name a new company",
        _graded([CH + "restricted-word-web"]),
        kind="vague",
    ),
    Judgement(
        "a club raising its own money wants to know how much we would add on top",
        _graded([SW + "crowdfunder-calculator"], [SW + "investment-portal"]),
        kind="vague",
    ),
    Judgement(
        "check whether a new policy could harm equality or the Welsh language before it goes ahead",
        _graded([SW + "integrated-impact-assessment"]),
        kind="vague",
    ),
    Judgement(
        "I sold my car privately and need to say who bought it",
        _graded(
            [DV + "vehicles-change-keeper-online"],
            [DV + "vehicles-online", DV + "vehicles-acquire-online"],
        ),
        kind="vague",
    ),
    # --- typos -----------------------------------------------------------------------------------
    Judgement(
        "reusable terrafrom code to stand up containers on ECS",
        _graded(
            [CH + "terraform-library-ecs-service", CH + "terraform-library-ecs-cluster"],
            [CH + "terraform-library-elasticache"],
        ),
        kind="typo",
    ),
    Judgement(
        "adress lookup against the Ordnance Survey API",
        _graded(
            [DV + "os-address-lookup", DV + "address-lookup-service", CH + "address-lookup-api"],
            [IPO + "ctc-address", ONS + "eq-address-lookup-api"],
        ),
        kind="typo",
    ),
    Judgement(
        "welsh hunspel dictionary for people transcribing speech",
        _graded([T + "hunspell-cy-llafar"], [T + "hunspell-cy"]),
        kind="typo",
    ),
]
