"""A twenty-second fresh, independent set of judged search questions, written on 7 December 2026.

It exists to measure search quality honestly: it has not been scored, nothing has been tuned on it,
and it must never be used to tune anything. It was written in the sixteenth session of 7 December
for the NEXT session: score it once at that session's start and once at its end (means only), and
report the result apart from the other sets.

How it was written: from the bundled data alone (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the English and Welsh names of bodies, and SOURCE.md beside them for what the
fields mean). For each question the data was searched by small Python scripts with several regular
expressions at once (the question's words, synonyms, Welsh and English forms, plural and mutated
forms, and the tools, libraries and formats involved, in names, descriptions, READMEs, file listings
and manifests), and the description, README, file listing and manifests of every candidate were read
before grading. Nothing under search/, web/, catalogue/, cli/, docs/ or bench/ was read or run,
nothing that computes similarity or searches the catalogue was used, no test other than the format
checks named for this task was run, and git was not used. For format only, judgements_fresh15.py
lines 1-75 and relevance_corpus.py lines 1-45 (Judgement and _graded) were read; the questions seen
there in passing were not reused. split.py, ndcg.py and test_relevance.py were read where the
twenty-first set is wired in, to wire this set the same way. judgements_fresh16.py to
judgements_fresh21.py and judgements_validation.py were not opened, printed or searched. The earlier
sets were checked only by a throwaway script that imported tests/relevance/split.py (ALL,
VALIDATION, FRESH and FRESH2 to FRESH21) and printed counts, and then the indices of this set's
clashing questions: the first draft had one question equal (case-insensitively) to an earlier one
and four more that contained, or were contained in, an earlier question longer than 22 characters;
all five were reworded, and the check then printed 0 and 0. Topics may overlap with earlier sets in
places (the snapshot has 445 repositories), but each question's wording and grading were made here
from the data.

Grades: 2 does the job asked, 1 does part of it or is closely related; every repository in the
snapshot found to deserve a grade is listed. Three questions that name a single unusual component
carry a `must` list. Each question's kind is given on its Judgement: "welsh" (Welsh or mixed Welsh
and English, written as a Welsh public-sector developer would type it, with mutated and plural
forms; 36 here), "vague" (a need in plain words, without the technical term, as a manager or a
member of the public would put it; 12), "typo" (an English question with a realistic misspelling;
3), or "english" (the default; 29: tools, frameworks, platforms, file formats and bodies). The
questions are spread over all 29 of the snapshot's organisations, each of which holds a grade-2
answer somewhere in the set (Bangor's language technology unit most often, in 16 questions; every
single-repository body at least once).
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

T = "techiaith/"
CH = "companieshouse/"
ONS = "ONSdigital/"
GIG = "GIG-Cymru-NHS-Wales/"
DHCW = "DHCW-Digital-Health-and-Care-Wales/"

FRESH22_JUDGEMENTS: list[Judgement] = [
    # --- Welsh and mixed Welsh/English ------------------------------------------------------------
    Judgement(
        "adfer atalnodi a phriflythrennau mewn trawsgrifiad Cymraeg",
        _graded([T + "docker-atalnodi-server"]),
        kind="welsh",
    ),
    Judgement(
        "model bach sy'n gwrando am air deffro Cymraeg", _graded([T + "deffro"]), kind="welsh"
    ),
    Judgement(
        "profi pa mor dda mae modelau iaith mawr yn deall gramadeg a rhegfeydd Cymraeg",
        _graded([T + "llm-evals-cy"], [T + "mimic"]),
        kind="welsh",
    ),
    Judgement(
        "canfod y parau o frawddegau Cymraeg sydd fwyaf tebyg i'w gilydd o ran ystyr",
        _graded(
            [T + "tebygrwydd_brawddegau_cymraeg"], [T + "word2vec-cy", T + "word2vec-cy-demutated"]
        ),
        kind="welsh",
    ),
    Judgement(
        "tynnu talpiau enwol allan o frawddegau Cymraeg er mwyn canfod termau",
        _graded([T + "talpiwr_enwol_cymraeg"], [T + "parsiwr-dibyniaethau"]),
        kind="welsh",
    ),
    Judgement(
        "trosi testun Cymraeg yn ddilyniant o ffonemau ar gyfer lleisiau Piper",
        _graded([T + "techiaith-g2p"], [T + "welsh-lts", T + "llais_festival", T + "piper-cy"]),
        kind="welsh",
    ),
    Judgement(
        "offeryn gorchymyn llinell i nôl cofion cyfieithu o API Archgof a'u cadw'n ffeiliau TMX",
        _graded([T + "archgof-client"], [T + "techiaith-utils", T + "anonymeiddiwr-beta"]),
        kind="welsh",
    ),
    Judgement(
        "demo modelu pynciau gyda BERTopic ar destunau Cymraeg",
        _graded([T + "modelu-pwnc-demo"]),
        kind="welsh",
    ),
    Judgement(
        "sgript i gasglu brawddegau rhydd o hawlfraint o'r Wicipedia Cymraeg ar gyfer recordio lleisiau",
        _graded([T + "wikipedia-extractor"], [T + "brawddegau-adnabod-lleferydd"]),
        kind="welsh",
    ),
    Judgement(
        "rhestr o'r geiriau Saesneg a ddefnyddir amlaf mewn testunau Cymraeg",
        _graded([T + "geiriau-mwyaf-aml"], [T + "lecsicon-cymraeg-bangor-enghreifftiau"]),
        kind="welsh",
    ),
    Judgement(
        "isdeitlau byw ar gyfer unrhyw sain Cymraeg sy'n dod drwy seinydd fy nghyfrifiadur",
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
        "rhannu recordiadau Common Voice yn setiau hyfforddi a phrofi newydd ar gyfer modelau dwyieithog",
        _graded(
            [T + "docker-commonvoice-custom-splits-builder"],
            [T + "docker-deepspeech-cy", T + "docker-coqui-stt-cy", T + "speech-corpus-builder"],
        ),
        kind="welsh",
    ),
    Judgement(
        "rhaglen gonsol F# sy'n cropian tudalennau gwe",
        _graded(
            ["CyngorGwyneddDatblygu/Ymlusgwr"],
            [
                "Marvell-Consulting/statswales2redirect",
                "Marvell-Consulting/statswales-data-grabber",
                "NHS-Executive/GoogleColab_NHFD_WebScraper",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "gwefan ddwyieithog i'r cyhoedd ofyn i'r Senedd weithredu, gyda chyfrif llofnodion fesul etholaeth",
        _graded(["SeneddCymru/e-petitions"]),
        kind="welsh",
    ),
    Judgement(
        "templed gwefan i dîm digidol rannu nodiadau wythnos yn Gymraeg a Saesneg",
        _graded(
            ["nrw-digital/week-notes"],
            [
                "Welsh-Revenue-Authority/property-data-poc",
                "Sport-Wales/digital-team-site",
                "wgdsu/wgdsu.github.io",
                "dvla/dvla.github.io",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "addasiadau GeoNetwork ar gyfer catalog data gofodol Cyfoeth Naturiol Cymru",
        _graded(["AstunTechnology/nrw-custom-geonetwork"], ["epimorphics/nrw-dms-deploy"]),
        kind="welsh",
    ),
    Judgement(
        "cyflwyniad i hanfodion R i ddadansoddwyr y GIG gyda data rhestr aros",
        _graded(
            ["NHSWalesDeliveryUnit/IntroR"],
            ["public-health-wales-health-intelligence/NHS-R-Conference"],
        ),
        kind="welsh",
    ),
    Judgement(
        "offeryn asesu effaith integredig ar bolisïau a phrojectau, gan gynnwys safonau'r Gymraeg a llesiant cenedlaethau'r dyfodol",
        _graded(["Sport-Wales/integrated-impact-assessment"]),
        kind="welsh",
    ),
    Judgement(
        "senarios prawf Gherkin ar gyfer fersiynau lleol o dreth trafodiadau tir",
        _graded(
            ["welsh-revenue-authority/LTT_scenarios"],
            ["welsh-revenue-authority/property_platform_app"],
        ),
        kind="welsh",
    ),
    Judgement(
        "llyfrgell gydrannau Vue 3 i'w gosod o npm, gyda dogfennaeth Storybook",
        _graded(
            ["welsh-revenue-authority/component-library"],
            ["govwales/component-library", "govwales/govwales-component-library"],
        ),
        kind="welsh",
    ),
    Judgement(
        "cyfrifo lluosyddion a matrics gwrthdro Leontief o dablau mewnbwn-allbwn",
        _graded(["wgdsu/iot-leontief-python", "wgdsu/iot-leontief-r"]),
        kind="welsh",
    ),
    Judgement(
        "rhagweld twf llinachau SARS-CoV-2 mewn gwahanol ranbarthau o ddata COG-UK",
        _graded(["Pathogen-Genomics-Cymru/covate"]),
        kind="welsh",
    ),
    Judgement(
        "templed cookiecutter i gychwyn projectau Python newydd gyda pre-commit a pytest",
        _graded(["Public-Health-Wales/phwcookiecutter"], [ONS + "ons-python-template"]),
        kind="welsh",
    ),
    Judgement(
        "porth ar Azure Functions sy'n anfon canlyniadau labordy genomeg ymlaen fel negeseuon HL7",
        _graded(
            [
                "Genomics-Partnership-Wales/HL7ResultsGateway",
                "Genomics-Partnership-Wales/LabGateway",
            ],
            [
                "Genomics-Partnership-Wales/genomics-result-hl7-sender",
                DHCW + "Integration-Hub-Beta",
                DHCW + "Integration-Hub-POC",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "canllawiau ar ddangos alergeddau cleifion yn ddiogel mewn systemau clinigol",
        _graded([DHCW + "allergy-guide"], [DHCW + "shared-medicines-guide"]),
        kind="welsh",
    ),
    Judgement(
        "siartiau SPC dull Making Data Count fel delweddau personol yn Looker ac fel pecyn Python",
        _graded(
            ["Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals"],
            [
                "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
                "impcymru/impcymru-chart-formatter",
                "NHS-Executive/WMCHackathon_Vaccine",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "system fewngofnodi gyflym yn y porwr i glinigwyr ar wardiau ac mewn adrannau brys",
        _graded(
            [GIG + "wauth"],
            [
                GIG + "authentication",
                GIG + "microsoft-entra-external-tenant-authentication-example-using-javascript",
                GIG + "demo-microsoft-entra",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "sut i symud cod a sgriptiau o yriannau a rennir i GitHub yn ddiogel - canllaw i staff y GIG",
        _graded(
            [
                "GIGCymru/Best-Practice-for-Backing-up-Files-to-GitHub",
                "GIGCymru/Linking-On-Prem-git-To-GitHub",
            ],
            ["GIGCymru/GitHub-GIG-Cymru-Starter-Guide"],
        ),
        kind="welsh",
    ),
    Judgement(
        "baner caniatâd cwcis ar gyfer gwefannau GOV.UK wedi'i hadeiladu gyda Next.js",
        _graded(
            ["intellectual-property-office/fe-cookie-banner"],
            [ONS + "dp-frontend-cookie-controller"],
        ),
        kind="welsh",
    ),
    Judgement(
        "thema MkDocs i roi golwg y sefydliad ar safle dogfennaeth",
        _graded([ONS + "ons_mkdocs_theme"]),
        kind="welsh",
    ),
    Judgement(
        "cysylltu cofnodion rhwng dau sefydliad heb rannu enwau na dyddiadau geni",
        _graded(["datasciencecampus/pprl_toolkit"], [GIG + "person-similarity-using-rust"]),
        kind="welsh",
    ),
    Judgement(
        "cyfuno cyfieithiadau Cymraeg i mewn i sgemâu holiaduron arolwg drwy ffeiliau .po",
        _graded([ONS + "eq-translations"]),
        kind="welsh",
    ),
    Judgement(
        "ailgyfeirio hen ddolenni StatsWales 2 i'r tudalennau cyfatebol ar StatsWales 3 yn y ddwy iaith",
        _graded(
            ["Marvell-Consulting/statswales2redirect"],
            ["Marvell-Consulting/statswales-data-grabber"],
        ),
        kind="welsh",
    ),
    Judgement(
        "marcio dyfarniadau llys yn safon XML Akoma Ntoso gydag ontoleg",
        _graded(["Legal-Innovation-Lab-Wales/judiciary-akn-tagger"]),
        kind="welsh",
    ),
    Judgement(
        "gwasanaeth sy'n darllen testun o ddelweddau TIFF wedi'u sganio",
        _graded([CH + "ocr-api"], [CH + "go-tiff2pdf", CH + "transaction-search-tool"]),
        kind="welsh",
    ),
    Judgement(
        "gwasanaeth ar-lein i gadw rhif cofrestru personol ar ôl gwerthu cerbyd",
        _graded(["dvla/vrm-retention-online"], ["dvla/vrm-assign-online"]),
        kind="welsh",
    ),
    # --- Vague needs in plain words ---------------------------------------------------------------
    Judgement(
        "I want to hide people's and places' names in our bilingual text before handing it to researchers",
        _graded(
            [T + "anonymeiddiwr-beta"],
            [GIG + "nhs-number-replacer-cli-using-rust", T + "spacy_cy_tag_lem_ner_lg"],
        ),
        kind="vague",
    ),
    Judgement(
        "my blind colleague needs her computer to read Welsh web pages out loud",
        _graded([T + "nvda-addon"], [T + "Festival_MSAPI", T + "piper-cy", T + "techiaith-g2p"]),
        kind="vague",
    ),
    Judgement(
        "we scan patients' seating in 3D and need to line the scans up and flip them to make made-to-measure cushions",
        _graded(["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"]),
        kind="vague",
    ),
    Judgement(
        "tell the story of how much carbon each Welsh public body gives off as a guided chart tour that people can pause and explore",
        _graded(["Audit-Wales/NetZeroDive"]),
        kind="vague",
    ),
    Judgement(
        "download the latest hip fracture audit figures for every hospital without copying them by hand",
        _graded(["NHS-Executive/GoogleColab_NHFD_WebScraper"]),
        kind="vague",
    ),
    Judgement(
        "how fast is home broadband and mobile internet in different parts of Wales?",
        _graded(["wgdsu/wales-ookla-data"]),
        kind="vague",
    ),
    Judgement(
        "our village rugby club is raising money online - how much extra could Sport Wales put in on top?",
        _graded(["Sport-Wales/crowdfunder-calculator"], ["Sport-Wales/investment-portal"]),
        kind="vague",
    ),
    Judgement(
        "check whether a property sits inside Wales or over the border",
        _graded(
            ["welsh-revenue-authority/isitinwales"],
            [
                "welsh-revenue-authority/LTT_scenarios",
                "welsh-revenue-authority/property_platform_app",
            ],
        ),
        kind="vague",
    ),
    Judgement(
        "let the radiology department decide which doctors are allowed to order which kinds of scan",
        _graded([GIG + "authority-services-example"]),
        kind="vague",
    ),
    Judgement(
        "check an uploaded document for any words that are on our banned list",
        _graded(["intellectual-property-office/ctc-dictionary"], [CH + "restricted-word-web"]),
        kind="vague",
    ),
    Judgement(
        "let staff rate each other against the organisation's values",
        _graded(
            [
                "Work-In-Progress-For-Health/dhcw360",
                "Work-In-Progress-For-Health/gig-cymru-igdc-dryw",
            ]
        ),
        kind="vague",
    ),
    Judgement(
        "help a charity build practice client interviews where each answer leads to a different next question",
        _graded(
            ["Legal-Innovation-Lab-Wales/scenario-platform"],
            ["Legal-Innovation-Lab-Wales/regulatory-navigation-tool"],
        ),
        kind="vague",
    ),
    # --- English with a realistic misspelling -----------------------------------------------------
    Judgement(
        "choropleth map rendrer that outputs SVG from topojson",
        _graded([ONS + "dp-map-renderer"], [ONS + "dp-census-atlas", ONS + "dp-geodata-api"]),
        kind="typo",
    ),
    Judgement(
        "format Royal Mail postcode adress file addresses for envelope labels",
        _graded(["dvla/postman-paf", "dvla/postman-paf-js"], ["dvla/os-address-lookup"]),
        kind="typo",
    ),
    Judgement(
        "move kafka mesages from an error topic back onto a retry topic",
        _graded([CH + "kafka-error-consumer"], [CH + "kafka-management-tool"]),
        kind="typo",
    ),
    # --- English: tools, formats, platforms, jobs -------------------------------------------------
    Judgement(
        "generative AI chat API with Langfuse tracing and several model providers",
        _graded(["dvla/lab-gen"], ["dvla/lab-gen-ui"]),
    ),
    Judgement(
        "assign free-text job and industry descriptions to SIC and SOC codes using embeddings",
        _graded(
            ["datasciencecampus/classifai"],
            [CH + "sic-code-api", CH + "sic-code-data", ONS + "eq-suggest-api"],
        ),
    ),
    Judgement(
        "forced alignment of Welsh speech recordings to their transcripts, viewable in Praat",
        _graded([T + "docker-ProsodylabAligner-cy"], [T + "welsh-whisperx"]),
    ),
    Judgement(
        "build a Welsh and English speech corpus from YouTube channels with voice activity detection",
        _graded(
            [T + "speech-corpus-builder"],
            [T + "docker-commonvoice-custom-splits-builder", T + "Paldaruo", T + "voice-web"],
        ),
    ),
    Judgement(
        "Chef solo and Nagios provisioning scripts for a data management service controller",
        _graded(["epimorphics/nrw-dms-deploy"]),
    ),
    Judgement(
        "server-rendered Go web app using templ, HTMX, Tailwind and SQLite",
        _graded(["atos-digital/DHCW-clinic-outcomes"]),
        must=("atos-digital/DHCW-clinic-outcomes",),
    ),
    Judgement(
        "openEHR templates, AQL query examples and a Postman collection for a clinical data repository",
        _graded(["freshehr/dhcw-cdr"]),
    ),
    Judgement(
        "run Postman collections as automated API test suites with newman",
        _graded([GIG + "postman-examples-using-newman"], [GIG + "testing"]),
    ),
    Judgement(
        "GitHub Copilot demo that writes a Snake game and a chart script from comments alone",
        _graded(["Advanced-Analytics-NHS-Wales/Co-Pilot-Demo"], [DHCW + "playwright-training"]),
    ),
    Judgement(
        "generate git commit messages for staged changes with Azure OpenAI",
        _graded(["dvla/opencommit"]),
    ),
    Judgement(
        "a plugin for tailwind.config.js so sizes come out in em instead of rem",
        _graded(["Transport-for-Wales/tailwindcss-plugin-rems-to-ems"]),
        must=("Transport-for-Wales/tailwindcss-plugin-rems-to-ems",),
    ),
    Judgement(
        "video tutorials building an RMarkdown Shiny dashboard with Plotly charts and DT tables",
        _graded(
            ["public-health-wales-health-intelligence/NHS-R-Conference"],
            ["NHSWalesDeliveryUnit/IntroR"],
        ),
    ),
    Judgement(
        "hackathon code for vaccine uptake data with a Flask app drawing SPC charts",
        _graded(
            ["NHS-Executive/WMCHackathon_Vaccine"],
            [
                "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
                "Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals",
            ],
        ),
    ),
    Judgement(
        "R package for accessible government statistics charts, saved in bulk to Excel and SVG with alt text",
        _graded(["wgdsu/KASStylesR"], ["impcymru/impcymru-chart-formatter"]),
    ),
    Judgement(
        "Nextflow pipeline that identifies mycobacterial species from sequencing reads",
        _graded(
            ["Pathogen-Genomics-Cymru/lodestone"], ["Pathogen-Genomics-Cymru/pathogen-mongodb"]
        ),
    ),
    Judgement(
        "bridge that moves messages from MSMQ on a Windows server into Azure Service Bus",
        _graded([DHCW + "Integration-Hub-MSMQ-Bridge"], [DHCW + "Integration-Hub-Beta"]),
        must=(DHCW + "Integration-Hub-MSMQ-Bridge",),
    ),
    Judgement(
        "GitHub Action that validates YAML files against the yaml.schemas setting from VS Code",
        _graded(["nwisbeta/validate-yaml-schema"]),
    ),
    Judgement(
        "turn XLSForm questionnaires kept in Excel into FSH files for SUSHI",
        _graded(["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"]),
    ),
    Judgement(
        "HTML design for an environment dashboard showing microservice versions, health and feature flags",
        _graded(
            ["intellectual-property-office/fe-dashboard-ui"],
            [CH + "services-dashboard-web", CH + "services-dashboard-api"],
        ),
    ),
    Judgement(
        "Perl logging module that costs almost nothing when a log level is switched off",
        _graded(
            [CH + "Log-Declare"],
            [
                "dvla/herodotus",
                CH + "ch-structured-logging-node",
                ONS + "ons-json-logger",
                ONS + "dp-logging",
            ],
        ),
    ),
    Judgement(
        "XBRL validation service for company annual accounts",
        _graded([CH + "account-validator-api"]),
    ),
    Judgement(
        "Spark library to ingest CSV and Excel files into Delta tables with CSVW validation",
        _graded(["dvla/sifft"], [ONS + "csvcubed", ONS + "dp-data-pipelines", ONS + "ons-utils"]),
    ),
    Judgement(
        "stub OpenID Connect provider that mimics Government Gateway sign-in for testing",
        _graded(["dvla/government-gateway-stub"], [CH + "third-party-harness-oidc"]),
    ),
    Judgement(
        "FastAPI service that generates version badges for GitHub README files",
        _graded([ONS + "ons-badges"]),
    ),
    Judgement(
        "render a table defined in JSON as HTML, CSV or Excel", _graded([ONS + "dp-table-renderer"])
    ),
    Judgement(
        "DuckDB pivot tables from CSV files as a candidate statistical data cube format",
        _graded(
            ["Marvell-Consulting/statswales-candidate-cube"],
            [ONS + "csvcubed", "Marvell-Consulting/statswales-backend"],
        ),
    ),
    Judgement(
        "GP practice document submission API accepting FHIR R4 transaction bundles",
        _graded(
            ["Work-In-Progress-For-Health/gp-documents-api"], [DHCW + "NWRI-eReferrals-Service-App"]
        ),
    ),
    Judgement(
        "dashboard of which programming languages and technologies are used across the organisation, with Copilot usage metrics",
        _graded(
            [ONS + "keh-digital-landscape"],
            [CH + "services-dashboard-api", "GIGCymru/Solutions-Exchange"],
        ),
    ),
    Judgement(
        "service that generates random test companies with officers, filing history and persons with significant control",
        _graded([CH + "test-data-generator"], [GIG + "testing"]),
    ),
]
