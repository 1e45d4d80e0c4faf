"""A fourteenth fresh, independent set of judged search questions, written on 6 December 2026.

It exists to measure search quality honestly: it has not been scored, nothing has been tuned on it,
and it must never be used to tune anything. It was written on 6 December 2026, in the eighth
session of that day, for the next session: score it once on the code that session starts from and
once at its end, means only, and report the result apart from the other sets.

How it was written: by reading only the bundled data (ingest/data/snapshot/repositories.jsonl:
names, descriptions, READMEs, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the names of bodies), with grep and small throwaway Python scripts. Every
question was drafted before and without looking at any search output. For each question the data
was grepped for its words and for other words that say the same thing (synonyms, Welsh and
English, plural and mutated forms, tool and package names in manifests and file listings), and the
candidates' descriptions, READMEs, file listings and manifests were read before grading. No search
engine, catalogue, API, web app, ranking or similarity code or output was run or read (nothing
under search/, web/, catalogue/, ingest/ other than its data, cli/, bench/ or docs/; neither
ndcg.py nor duplicate_report.py nor pytest was run). For format, the module docstring, imports,
helper constants and Judgement layout of judgements_fresh12.py and lines 1-45 of
relevance_corpus.py were read; judgements_fresh13.py was not opened. (One format look at
judgements_fresh12.py ran some sixty lines past its layout and showed a handful of its questions;
every question here had already been drafted and graded by then and none was changed because of
it.) A throwaway script compared the questions here with those of the earlier sets (2026,
validation, the original corpus, fresh and fresh2 to fresh12), printing only which of these
questions clashed and how: thirty-one drafts that equalled, were contained in, or contained an
earlier question were reworded (two of them twice), so that now none equals, or is contained in,
an earlier question, and no earlier question longer than one word is contained in one here.

Grades: 2 is what the person wants, 1 is closely related or does part of it; every repository in
the snapshot that deserves a grade is listed. A `must` is given only where one repository is
plainly the answer. Each question's kind is given on its Judgement: "welsh" (31 questions, Welsh
or mixed Welsh and English, written as a Welsh public-sector developer would type it, with mutated
and plural forms), "vague" (12, a plain description of a need in words the repositories do not
use), "typo" (3) or "english" (24, the default). The questions spread over many bodies: Bangor's
language technologies unit, the Senedd, the Welsh Revenue Authority, Sport Wales, GIG Cymru and
its GitHub service, DHCW, Genomics Partnership Wales, Pathogen Genomics Cymru, Work In Progress
For Health, Marvell Consulting (StatsWales), Companies House, ONS and its Data Science Campus,
DVLA, IPO, Welsh Government (and its data science unit), Natural Resources Wales (through Astun
Technology), Aneurin Bevan and Cardiff and Vale health boards, the NHS Wales Executive and
Delivery Unit, Public Health Wales, Legal Innovation Lab Wales, Audit Wales, freshEHR and Gwynedd
Council.
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
NWIS = "nwisbeta/"
IPO = "intellectual-property-office/"
MC = "Marvell-Consulting/"
WRA = "welsh-revenue-authority/"
GPW = "Genomics-Partnership-Wales/"
SW = "Sport-Wales/"
WIP = "Work-In-Progress-For-Health/"
PGC = "Pathogen-Genomics-Cymru/"
LIL = "Legal-Innovation-Lab-Wales/"
WG = "govwales/"
WGDSU = "wgdsu/"
ABUHB = "Aneurin-Bevan-University-Health-Board/"


FRESH14_JUDGEMENTS: list[Judgement] = [
    # --- Welsh and mixed Welsh/English -------------------------------------------------------
    Judgement(
        "pa eiriau Cymraeg sy'n digwydd amlaf mewn testunau",
        _graded([T + "geiriau-mwyaf-aml"], [T + "lecsicon-cymraeg-bangor-enghreifftiau"]),
        must=(T + "geiriau-mwyaf-aml",),
        kind="welsh",
    ),
    Judgement(
        "offer i dreiglo a lluosogi geiriau Cymraeg",
        _graded(
            [T + "offer-trin-iaith"],
            [T + "lecsicon-cymraeg-bangor", T + "lecsicon-cymraeg-bangor-enghreifftiau"],
        ),
        must=(T + "offer-trin-iaith",),
        kind="welsh",
    ),
    Judgement(
        "lleisiau testun-i-leferydd Cymraeg i fy ngwasanaeth",
        _graded(
            [
                T + "marytts",
                T + "docker-marytts",
                T + "piper-cy",
                T + "docker-coqui-tts-cy",
                T + "docker-festival-tts-cy-api",
            ],
            [
                T + "llais_festival",
                T + "Festival_MSAPI",
                T + "Festival_Windows",
                T + "pyfestival",
                T + "piper-ios-app",
                T + "techiaith-tts",
                T + "techiaith-g2p",
                T + "nvda-addon",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "cyfieithu peirianyddol niwral o'r Saesneg i'r Gymraeg",
        _graded(
            [T + "docker-marian-nmt"],
            [T + "docker-moses-smt", T + "techiaith-utils", T + "archgof-client"],
        ),
        must=(T + "docker-marian-nmt",),
        kind="welsh",
    ),
    Judgement(
        "offeryn llinell orchymyn sy'n nôl ffeiliau TMX o gofion cyfieithu",
        _graded([T + "archgof-client"], [T + "techiaith-utils", T + "anonymeiddiwr-beta"]),
        must=(T + "archgof-client",),
        kind="welsh",
    ),
    Judgement(
        "ap i gasglu recordiadau o leisiau siaradwyr Cymraeg",
        _graded(
            [T + "Paldaruo", T + "voice-web"],
            [T + "brawddegau-adnabod-lleferydd", T + "speech-corpus-builder"],
        ),
        kind="welsh",
    ),
    Judgement(
        "gwasanaeth deisebau ar-lein y Senedd",
        _graded(["SeneddCymru/e-petitions"]),
        must=("SeneddCymru/e-petitions",),
        kind="welsh",
    ),
    Judgement(
        "cynorthwyydd llais Cymraeg ar gyfer ffonau symudol",
        _graded(
            [T + "macsen-flutter"],
            [
                T + "macsen",
                T + "macsen-sgwrsfot",
                T + "docker-deepspeech-cy-server",
                T + "docker-kaldi-gstreamer-server",
                T + "deffro",
            ],
        ),
        must=(T + "macsen-flutter",),
        kind="welsh",
    ),
    Judgement(
        "meincnodau i werthuso LLMau yn y Gymraeg",
        _graded([T + "llm-evals-cy"], [T + "mimic"]),
        must=(T + "llm-evals-cy",),
        kind="welsh",
    ),
    Judgement(
        "ategyn Cymraeg i ddarllenydd sgrin NVDA",
        _graded([T + "nvda-addon"], [T + "piper-cy"]),
        must=(T + "nvda-addon",),
        kind="welsh",
    ),
    Judgement(
        "trosi testun Cymraeg yn ffonemau",
        _graded([T + "techiaith-g2p"], [T + "welsh-lts", T + "llais_festival"]),
        must=(T + "techiaith-g2p",),
        kind="welsh",
    ),
    Judgement(
        "senarios lleol ar gyfer Treth Trafodiadau Tir",
        _graded([WRA + "LTT_scenarios"], [WRA + "property_platform_app"]),
        must=(WRA + "LTT_scenarios",),
        kind="welsh",
    ),
    Judgement(
        "dynodwyr a ffynonellau data eiddo gan ACC",
        _graded(
            [WRA + "data-landscape"],
            [
                WRA + "land-and-property-datasets",
                WRA + "property_platform_app",
                "Welsh-Revenue-Authority/property-data-poc",
            ],
        ),
        must=(WRA + "data-landscape",),
        kind="welsh",
    ),
    Judgement(
        "elfennau dylunio Llywodraeth Cymru i'w hailddefnyddio",
        _graded(
            [WG + "component-library", WG + "govwales-component-library"],
            [WRA + "wra-frontend", WRA + "component-library"],
        ),
        kind="welsh",
    ),
    Judgement(
        "gwirio rhifau GIG cleifion",
        _graded(
            [
                GIG + "nhs-number-using-rust",
                GIG + "nhs-number-cli-using-rust",
                WIP + "nhs-number-cli-using-rust",
                WIP + "nhs-number-using-rust",
            ],
            [GIG + "nhs-number-replacer-cli-using-rust", NWIS + "linqpad-scripts"],
        ),
        kind="welsh",
    ),
    Judgement(
        "diffiniadau cydymffurfiaeth FHIR drafft gan GIG Cymru",
        _graded(
            [
                NWIS + "NHSWales-fhir-profiles",
                GIGC + "NHSWales-fhir-profiles",
                "NHSWalesFHIR/NHSWales-fhir-profiles-R4",
            ],
            [
                GIG + "fhir-specifications-json",
                GIG + "fhir-specifications-xml",
                GIG + "fhir-examples-json",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "cynrychioliadau fector o eiriau'r Gymraeg",
        _graded(
            [T + "word2vec-cy", T + "word2vec-cy-demutated"],
            [T + "spacy_cy_tag_lem_ner_lg", T + "tebygrwydd_brawddegau_cymraeg"],
        ),
        kind="welsh",
    ),
    Judgement(
        "echdynnu testun o Wicipedia Cymraeg",
        _graded([T + "wikipedia-extractor"], [T + "brawddegau-adnabod-lleferydd"]),
        must=(T + "wikipedia-extractor",),
        kind="welsh",
    ),
    Judgement(
        "adfer atalnodi mewn trawsgrifiadau Cymraeg",
        _graded([T + "docker-atalnodi-server"]),
        must=(T + "docker-atalnodi-server",),
        kind="welsh",
    ),
    Judgement(
        "mireinio modelau wav2vec2 i'r Gymraeg",
        _graded(
            [T + "xlsr-fine-tuning-week", T + "docker-huggingface-stt-cy"],
            [T + "speech-corpus-builder", T + "welsh-whisperx"],
        ),
        kind="welsh",
    ),
    Judgement(
        "siartiau ystadegol yn arddull Llywodraeth Cymru",
        _graded([WGDSU + "KASStylesR"], ["impcymru/impcymru-chart-formatter"]),
        must=(WGDSU + "KASStylesR",),
        kind="welsh",
    ),
    Judgement(
        "calendr digwyddiadau Canolfan Genedlaethol Chwaraeon Cymru",
        _graded([SW + "calendars"]),
        must=(SW + "calendars",),
        kind="welsh",
    ),
    Judgement(
        "cysylltu ystorfeydd git ar yriannau rhwydwaith â'r gwasanaeth GitHub cenedlaethol",
        _graded(
            [GIGC + "Linking-On-Prem-git-To-GitHub"],
            [
                GIGC + "Best-Practice-for-Backing-up-Files-to-GitHub",
                GIGC + "GitHub-GIG-Cymru-Starter-Guide",
            ],
        ),
        must=(GIGC + "Linking-On-Prem-git-To-GitHub",),
        kind="welsh",
    ),
    Judgement(
        "lawrlwytho setiau data o hen system StatsWales i ffeiliau CSV",
        _graded(
            [MC + "statswales-data-grabber"],
            [MC + "statswales2redirect", MC + "statswales-candidate-cube"],
        ),
        must=(MC + "statswales-data-grabber",),
        kind="welsh",
    ),
    Judgement(
        "dangosfwrdd i weld pa mor brysur yw'r uned achosion brys",
        _graded([GIG + "emergency-department-dashboards"], [GIG + "ui"]),
        must=(GIG + "emergency-department-dashboards",),
        kind="welsh",
    ),
    Judgement(
        "gweinydd trawsgrifio gyda Whisper i'r Gymraeg",
        _graded(
            [T + "welsh-whisperx", T + "hosted-whisper-streaming-with-client"],
            [
                T + "trawsgrifiwr-arlein",
                T + "docker-huggingface-stt-cy",
                T + "docker-deepspeech-cy-server",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "cydrannau rhyngwyneb Vue i wasanaethau treth Cymru",
        _graded([WRA + "component-library"], [WRA + "wra-frontend"]),
        must=(WRA + "component-library",),
        kind="welsh",
    ),
    Judgement(
        "ymlusgwr gwe wedi'i ysgrifennu yn F#",
        _graded(
            ["CyngorGwyneddDatblygu/Ymlusgwr"],
            [MC + "statswales-data-grabber", MC + "statswales2redirect"],
        ),
        must=("CyngorGwyneddDatblygu/Ymlusgwr",),
        kind="welsh",
    ),
    Judgement(
        "asesiad effaith integredig ar brosiectau a pholisïau Chwaraeon Cymru",
        _graded([SW + "integrated-impact-assessment"]),
        must=(SW + "integrated-impact-assessment",),
        kind="welsh",
    ),
    Judgement(
        "cyflwyniad i hanfodion R ar gyfer dadansoddwyr y GIG",
        _graded(
            ["NHSWalesDeliveryUnit/IntroR"],
            ["public-health-wales-health-intelligence/NHS-R-Conference"],
        ),
        must=("NHSWalesDeliveryUnit/IntroR",),
        kind="welsh",
    ),
    Judgement(
        "porth canlyniadau labordy genomeg sy'n anfon negeseuon HL7",
        _graded(
            [
                GPW + "HL7ResultsGateway",
                GPW + "LabGateway",
                GPW + "genomics-result-hl7-sender",
            ],
            [GIG + "hl7-v2-examples", GIG + "hl7-parser-example"],
        ),
        kind="welsh",
    ),
    # --- English -----------------------------------------------------------------------------
    Judgement(
        "search SIC codes for a company's industry",
        _graded(
            [CH + "sic-code-api"],
            [CH + "sic-code-data", DSC + "classifai", ONS + "eq-suggest-api"],
        ),
        must=(CH + "sic-code-api",),
    ),
    Judgement(
        "replay Kafka messages from an error topic",
        _graded(
            [CH + "kafka-error-consumer"],
            [CH + "kafka-management-tool", ONS + "dp-data-tools"],
        ),
        must=(CH + "kafka-error-consumer",),
    ),
    Judgement(
        "neighbourhood census data on a map",
        _graded(
            [ONS + "dp-census-atlas"],
            [
                ONS + "dp-geodata-api",
                ONS + "dp-map-renderer",
                ONS + "explore-local-statistics-app",
                ONS + "dp-areas-api",
            ],
        ),
        must=(ONS + "dp-census-atlas",),
    ),
    Judgement(
        "build and publish online survey questionnaires",
        _graded(
            [
                ONS + "eq-author-app",
                ONS + "eq-author",
                ONS + "eq-author-api",
                ONS + "eq-publisher",
                ONS + "eq-publisher-v3",
            ],
            [
                ONS + "eq-survey-register",
                ONS + "eq-questionnaire-runner",
                ONS + "eq-survey-runner",
                ONS + "eq-cir-fastapi",
            ],
        ),
    ),
    Judgement(
        "ask questions of ONS bulletins with a large language model",
        _graded([DSC + "statschat-app"], [DSC + "classifai"]),
        must=(DSC + "statschat-app",),
    ),
    Judgement(
        "Leontief inverse input output multipliers",
        _graded([WGDSU + "iot-leontief-python", WGDSU + "iot-leontief-r"]),
    ),
    Judgement(
        "mycobacterium species identification pipeline from sequencing reads",
        _graded([PGC + "lodestone"], [PGC + "pathogen-mongodb"]),
        must=(PGC + "lodestone",),
    ),
    Judgement(
        "relatedness of tuberculosis isolates from SNP distances",
        _graded([PGC + "snapper3"], [PGC + "lodestone"]),
        must=(PGC + "snapper3",),
    ),
    Judgement(
        "getting started with the openEHR APIs for NHS Wales",
        _graded(["freshehr/dhcw-cdr"]),
        must=("freshehr/dhcw-cdr",),
    ),
    Judgement(
        "tag judgments in Akoma Ntoso XML",
        _graded([LIL + "judiciary-akn-tagger"]),
        must=(LIL + "judiciary-akn-tagger",),
    ),
    Judgement(
        "simulate client interviews with branching interactive scenarios",
        _graded([LIL + "scenario-platform"]),
        must=(LIL + "scenario-platform",),
    ),
    Judgement(
        "GeoNetwork metadata catalogue customisation",
        _graded(["AstunTechnology/nrw-custom-geonetwork"]),
        must=("AstunTechnology/nrw-custom-geonetwork",),
    ),
    Judgement(
        "net zero interactive data story",
        _graded(["Audit-Wales/NetZeroDive"]),
        must=("Audit-Wales/NetZeroDive",),
    ),
    Judgement(
        "scrape the latest NHFD extracts in Colab",
        _graded(["NHS-Executive/GoogleColab_NHFD_WebScraper"]),
        must=("NHS-Executive/GoogleColab_NHFD_WebScraper",),
    ),
    Judgement(
        "starter layout for a new Python repository with linting and tests",
        _graded([ONS + "ons-python-template", "Public-Health-Wales/phwcookiecutter"]),
    ),
    Judgement(
        "match funding calculator for community sports clubs",
        _graded([SW + "crowdfunder-calculator"], [SW + "investment-portal"]),
        must=(SW + "crowdfunder-calculator",),
    ),
    Judgement(
        "public product roadmap driven by GitHub issues",
        _graded(
            [DHCW + "public-backlog-template"],
            [DHCW + "product-roadmaps", DHCW + "dhcw-vaccine-roadmap"],
        ),
        must=(DHCW + "public-backlog-template",),
    ),
    Judgement(
        "redirect old StatsWales 2 links",
        _graded([MC + "statswales2redirect"], [MC + "statswales-frontend"]),
        must=(MC + "statswales2redirect",),
    ),
    Judgement(
        "DVLA large language model lab",
        _graded(
            [DVLA + "lab-gen", DVLA + "lab-gen-ui"],
            [DVLA + "opencommit", DVLA + "lab-common-cdk-tools"],
        ),
    ),
    Judgement(
        "GOV.UK cookie preferences banner",
        _graded([IPO + "fe-cookie-banner"], [ONS + "dp-frontend-cookie-controller"]),
        must=(IPO + "fe-cookie-banner",),
    ),
    Judgement(
        "check uploaded files for restricted words",
        _graded([IPO + "ctc-dictionary"], [CH + "restricted-word-web"]),
        must=(IPO + "ctc-dictionary",),
    ),
    Judgement(
        "pay a DVLA enforcement penalty online",
        _graded(
            [DVLA + "oepp-customer-portal", DVLA + "oepp-payment-services"],
            [
                DVLA + "oepp-core",
                DVLA + "oepp-validation",
                DVLA + "oepp-business-rules",
                DVLA + "oepp-audit-service",
                DVLA + "oepp-maintenance-page",
                DVLA + "oepp-project-archetypes",
            ],
        ),
    ),
    Judgement(
        "SPC charts for Looker",
        _graded(
            [ABUHB + "biu_Making_Data_Count_CustomVisuals"],
            [ABUHB + "temp_spc_basic", "impcymru/impcymru-chart-formatter"],
        ),
        must=(ABUHB + "biu_Making_Data_Count_CustomVisuals",),
    ),
    Judgement(
        "addon to align and flip scanned seat cushions in Blender",
        _graded(["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"]),
        must=("Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools",),
    ),
    # --- Vague: a need in everyday words ------------------------------------------------------
    Judgement(
        "let people ask the government to change something and gather names in support",
        _graded(["SeneddCymru/e-petitions"]),
        must=("SeneddCymru/e-petitions",),
        kind="vague",
    ),
    Judgement(
        "make my phone read text aloud in Welsh",
        _graded(
            [T + "piper-ios-app"],
            [T + "piper-cy", T + "techiaith-g2p", T + "macsen-flutter"],
        ),
        must=(T + "piper-ios-app",),
        kind="vague",
    ),
    Judgement(
        "hide names and personal details before sharing text",
        _graded([T + "anonymeiddiwr-beta"], [GIG + "nhs-number-replacer-cli-using-rust"]),
        must=(T + "anonymeiddiwr-beta",),
        kind="vague",
    ),
    Judgement(
        "work out how much tax is due on buying a house in different places",
        _graded([WRA + "LTT_scenarios"], [WRA + "property_platform_app"]),
        must=(WRA + "LTT_scenarios",),
        kind="vague",
    ),
    Judgement(
        "check whether a place sits inside Wales or not",
        _graded([WRA + "isitinwales"], [WRA + "property_platform_app"]),
        must=(WRA + "isitinwales",),
        kind="vague",
    ),
    Judgement(
        "tell whether two records belong to the same person",
        _graded([DSC + "pprl_toolkit", GIG + "person-similarity-using-rust"]),
        kind="vague",
    ),
    Judgement(
        "how fast is home internet in each part of Wales",
        _graded([WGDSU + "wales-ookla-data"]),
        must=(WGDSU + "wales-ookla-data",),
        kind="vague",
    ),
    Judgement(
        "stop keeping code on the office shared drive",
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
        "track which virus variants are spreading faster where",
        _graded([PGC + "covate"]),
        must=(PGC + "covate",),
        kind="vague",
    ),
    Judgement(
        "help sports partners apply for money from us",
        _graded([SW + "investment-portal"], [SW + "crowdfunder-calculator"]),
        must=(SW + "investment-portal",),
        kind="vague",
    ),
    Judgement(
        "ask staff what colleagues think of their behaviour at work",
        _graded([WIP + "dhcw360", WIP + "gig-cymru-igdc-dryw"]),
        kind="vague",
    ),
    Judgement(
        "let people keep a diary of how they are feeling and share it with support workers",
        _graded([LIL + "include-journey"]),
        must=(LIL + "include-journey",),
        kind="vague",
    ),
    # --- Typos ---------------------------------------------------------------------------------
    Judgement(
        "speach recogniton for welsh languge",
        _graded(
            [
                T + "kaldi-cy",
                T + "docker-kaldi-cy",
                T + "julius-cy",
                T + "docker-deepspeech-cy",
                T + "docker-deepspeech-cy-server",
                T + "docker-coqui-stt-cy",
                T + "docker-huggingface-stt-cy",
                T + "welsh-whisperx",
                T + "docker-kaldi-gstreamer-server",
                T + "xlsr-fine-tuning-week",
                T + "trawsgrifiwr-byw",
                T + "trawsgrifiwr-windows",
                T + "trawsgrifiwr-arlein",
                T + "trawsgrifiwr-byw-seinydd-windows",
            ],
            [
                T + "hacio-deepspeech-cymraeg",
                T + "hosted-whisper-streaming-with-client",
                T + "deffro",
                T + "Paldaruo",
                T + "docker-commonvoice-custom-splits-builder",
                T + "brawddegau-adnabod-lleferydd",
                T + "speech-corpus-builder",
            ],
        ),
        kind="typo",
    ),
    Judgement(
        "compnies house paymnet api",
        _graded([CH + "payments.api.ch.gov.uk"], [CH + "lfp-error-reporter"]),
        must=(CH + "payments.api.ch.gov.uk",),
        kind="typo",
    ),
    Judgement(
        "seling a vehicle to a privte keeper",
        _graded(
            [DVLA + "vehicles-change-keeper-online"],
            [DVLA + "vehicles-online", DVLA + "vehicles-acquire-online"],
        ),
        must=(DVLA + "vehicles-change-keeper-online",),
        kind="typo",
    ),
]
