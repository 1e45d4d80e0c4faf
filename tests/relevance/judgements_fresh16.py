"""A sixteenth fresh, independent set of judged search questions, written on 7 December 2026.

It exists to measure search quality honestly: it has not been scored, nothing has been tuned on it,
and it must never be used to tune anything. It was written on 7 December 2026, in the tenth
session, for the next session: score it once on the code that session starts from and once at its
end, means only, and report the result apart from the other sets.

How it was written: by reading only the bundled data (ingest/data/snapshot/repositories.jsonl:
names, descriptions, READMEs, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the names of bodies), with grep and small throwaway Python scripts. Every
question was drafted before and without looking at any search output. For each question the data
was grepped for its words and for other words that say the same thing (synonyms, Welsh and
English, plural and mutated forms, tool and package names in manifests and file listings), and the
candidates' descriptions, READMEs, file listings and manifests were read before grading. No search
engine, catalogue, API, web app, ranking or similarity code or output was run or read (nothing
under search/, web/, catalogue/, ingest/ other than its data, cli/, bench/ or docs/; neither
ndcg.py nor duplicate_report.py was run, and pytest only for the label-shape, split and
bundled-data checks after this file was finished). For format, lines 1-45 of relevance_corpus.py
and the module docstring, imports and first two questions of judgements_fresh14.py were read;
judgements_fresh15.py was not opened. A throwaway script compared the questions here with those of
the earlier sets (the original corpus, 2026, validation, fresh and fresh2 to fresh15), printing
only which of these questions clashed and how, never an earlier question: nineteen of 72 drafts
contained an earlier question of two or more words (one of them also equalled one) and were
reworded once each (that one, and one other unclashing draft, were later dropped to make seventy),
so that now none equals, or is contained in, an earlier question, and no earlier question longer
than one word is contained in one here.

Grades: 2 is what the person wants, 1 is closely related or does part of it; every repository in
the snapshot that deserves a grade is listed. A `must` is given only where one repository is
plainly the answer. Each question's kind is given on its Judgement: "welsh" (26 questions, Welsh
or mixed Welsh and English, written as a Welsh public-sector developer would type it, with mutated
and plural forms), "vague" (12, a plain description of a need in words the repositories do not
use), "typo" (3) or "english" (29, the default). The questions spread over many bodies: Bangor's
language technologies unit, the Senedd, the Welsh Revenue Authority, Welsh Government (and its
data science unit), Sport Wales, Marvell Consulting (StatsWales), GIG Cymru and NHSWalesFHIR, DHCW
and nwisbeta, Work In Progress For Health, Genomics Partnership Wales, Pathogen Genomics Cymru,
Improvement Cymru and Public Health Wales, Aneurin Bevan and Cardiff and Vale health boards, the
NHS Wales Executive, freshEHR, Legal Innovation Lab Wales, Companies House, ONS and its Data
Science Campus, DVLA and IPO.
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

T = "techiaith/"
CH = "companieshouse/"
ONS = "ONSdigital/"
DSC = "datasciencecampus/"
DVLA = "dvla/"
GIG = "GIG-Cymru-NHS-Wales/"
DHCW = "DHCW-Digital-Health-and-Care-Wales/"
NWIS = "nwisbeta/"
NWF = "NHSWalesFHIR/"
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
IMP = "impcymru/"
NHSE = "NHS-Executive/"
CAV = "Cardiff-Vale-University-Health-Board/"


FRESH16_JUDGEMENTS: list[Judgement] = [
    # --- Welsh and mixed Welsh/English -------------------------------------------------------
    Judgement(
        "geiriadur Hunspell arbennig i'r rhai sy'n trawsgrifio Cymraeg llafar",
        _graded([T + "hunspell-cy-llafar"], [T + "hunspell-cy"]),
        must=(T + "hunspell-cy-llafar",),
        kind="welsh",
    ),
    Judgement(
        "lleisiau Piper i droi testun Cymraeg yn lleferydd",
        _graded(
            [T + "piper-cy", T + "piper-ios-app"],
            [T + "techiaith-g2p", T + "nvda-addon", T + "techiaith-tts"],
        ),
        kind="welsh",
    ),
    Judgement(
        "trawsgrifio'n fyw beth sy'n dod allan o seinyddion cyfrifiadur Windows",
        _graded(
            [T + "trawsgrifiwr-byw-seinydd-windows"],
            [
                T + "trawsgrifiwr-byw",
                T + "trawsgrifiwr-windows",
                T + "hosted-whisper-streaming-with-client",
            ],
        ),
        must=(T + "trawsgrifiwr-byw-seinydd-windows",),
        kind="welsh",
    ),
    Judgement(
        "apiau i siaradwyr gyfrannu recordiadau o'u lleisiau",
        _graded(
            [T + "Paldaruo", T + "voice-web"],
            [T + "macsen-flutter", T + "brawddegau-adnabod-lleferydd"],
        ),
        kind="welsh",
    ),
    Judgement(
        "tagiwr dwyieithog sy'n labelu rhan ymadrodd pob gair",
        _graded(
            [T + "spacy-tagiwr-ency"],
            [
                T + "model-tagiwr-spacy-cy",
                T + "spacy_cy_tag_lem_ner_lg",
                T + "parsiwr-dibyniaethau",
                T + "brawddegau-tagiedig",
            ],
        ),
        must=(T + "spacy-tagiwr-ency",),
        kind="welsh",
    ),
    Judgement(
        "model spaCy Saesneg wedi'i hyfforddi ar destunau cyhoeddus Cymreig",
        _graded([T + "spacy-wales-en-ner-model"], [T + "spacy_cy_tag_lem_ner_lg"]),
        must=(T + "spacy-wales-en-ner-model",),
        kind="welsh",
    ),
    Judgement(
        "gosod peiriant cyfieithu Saesneg-Cymraeg ar fy nghyfrifiadur fy hun gyda Docker",
        _graded([T + "docker-moses-smt", T + "docker-marian-nmt"], [T + "techiaith-utils"]),
        kind="welsh",
    ),
    Judgement(
        "llyfrgell Python i nôl cofion o Archgof",
        _graded([T + "archgof-client"]),
        must=(T + "archgof-client",),
        kind="welsh",
    ),
    Judgement(
        "enwau ffug Cymreig i lyfrgell Faker",
        _graded([T + "enwau_ffug"], [GIG + "testing"]),
        must=(T + "enwau_ffug",),
        kind="welsh",
    ),
    Judgement(
        "ap cynorthwyydd llais ar ffonau Android ac iOS",
        _graded(
            [T + "macsen-flutter"],
            [
                T + "macsen",
                T + "macsen-sgwrsfot",
                T + "docker-kaldi-gstreamer-server",
                T + "docker-deepspeech-cy-server",
            ],
        ),
        must=(T + "macsen-flutter",),
        kind="welsh",
    ),
    Judgement(
        "modelau bach sy'n deffro wrth glywed gair penodol",
        _graded([T + "deffro"]),
        must=(T + "deffro",),
        kind="welsh",
    ),
    Judgement(
        "talpio ymadroddion enwol mewn testunau Cymraeg",
        _graded([T + "talpiwr_enwol_cymraeg"], [T + "parsiwr-dibyniaethau"]),
        must=(T + "talpiwr_enwol_cymraeg",),
        kind="welsh",
    ),
    Judgement(
        "model word2vec wedi'i ddad-dreiglo",
        _graded([T + "word2vec-cy-demutated"], [T + "word2vec-cy"]),
        must=(T + "word2vec-cy-demutated",),
        kind="welsh",
    ),
    Judgement(
        "pecyn gwerthuso LLMs ar dasgau Cymraeg",
        _graded([T + "llm-evals-cy"], [T + "mimic"]),
        must=(T + "llm-evals-cy",),
        kind="welsh",
    ),
    Judgement(
        "gosod atalnodau'n awtomatig ar drawsgrifiadau",
        _graded([T + "docker-atalnodi-server"]),
        must=(T + "docker-atalnodi-server",),
        kind="welsh",
    ),
    Judgement(
        "trosi llythrennau i ffonemau ar gyfer synthesis lleferydd Cymraeg",
        _graded([T + "techiaith-g2p"], [T + "welsh-lts", T + "llais_festival"]),
        must=(T + "techiaith-g2p",),
        kind="welsh",
    ),
    Judgement(
        "creu setiau hyfforddi a phrofi amgen o Common Voice",
        _graded([T + "docker-commonvoice-custom-splits-builder"]),
        must=(T + "docker-commonvoice-custom-splits-builder",),
        kind="welsh",
    ),
    Judgement(
        "tynnu brawddegau rhydd o hawlfraint allan o Wicipedia",
        _graded([T + "wikipedia-extractor"], [T + "brawddegau-adnabod-lleferydd"]),
        must=(T + "wikipedia-extractor",),
        kind="welsh",
    ),
    Judgement(
        "cod y wefan lle mae pobl yn llofnodi deisebau i'r Senedd",
        _graded(["SeneddCymru/e-petitions"]),
        must=("SeneddCymru/e-petitions",),
        kind="welsh",
    ),
    Judgement(
        "fersiynau lleol damcaniaethol o'r Dreth Trafodiadau Tir",
        _graded([WRA + "LTT_scenarios"], [WRA + "property_platform_app"]),
        must=(WRA + "LTT_scenarios",),
        kind="welsh",
    ),
    Judgement(
        "pen blaen a chefn gwasanaeth newydd StatsWales",
        _graded(
            [MC + "statswales-frontend", MC + "statswales-backend"],
            [
                MC + "statswales",
                MC + "statswales-candidate-cube",
                MC + "statswales-data-grabber",
                MC + "statswales2redirect",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "cydrannau rhyngwyneb defnyddiwr LLYW.CYMRU",
        _graded(
            [WG + "component-library", WG + "govwales-component-library"],
            [WRA + "component-library", WRA + "wra-frontend"],
        ),
        kind="welsh",
    ),
    Judgement(
        "data cyflymder rhyngrwyd ar draws ardaloedd Cymru",
        _graded([WGDSU + "wales-ookla-data"]),
        must=(WGDSU + "wales-ookla-data",),
        kind="welsh",
    ),
    Judgement(
        "siartiau yn unol â chanllawiau cyhoeddi dadansoddwyr Llywodraeth Cymru",
        _graded([WGDSU + "KASStylesR"], [IMP + "impcymru-chart-formatter"]),
        must=(WGDSU + "KASStylesR",),
        kind="welsh",
    ),
    Judgement(
        "dilysu rhifau GIG o'r llinell orchymyn",
        _graded(
            [GIG + "nhs-number-cli-using-rust", WIP + "nhs-number-cli-using-rust"],
            [
                GIG + "nhs-number-using-rust",
                WIP + "nhs-number-using-rust",
                GIG + "nhs-number-replacer-cli-using-rust",
                NWIS + "linqpad-scripts",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "cydran arbrofol i safoni sillafiadau fel 'ydi' ac 'ydy'",
        _graded([T + "cydran-normaleiddio"], [T + "welsh-whisperx"]),
        must=(T + "cydran-normaleiddio",),
        kind="welsh",
    ),
    # --- Vague: a need in words the repositories do not use ---------------------------------
    Judgement(
        "remove names and addresses from Welsh documents before sharing them",
        _graded(
            [T + "anonymeiddiwr-beta"],
            [GIG + "nhs-number-replacer-cli-using-rust", T + "spacy-wales-en-ner-model"],
        ),
        must=(T + "anonymeiddiwr-beta",),
        kind="vague",
    ),
    Judgement(
        "tidy up body scans so we can make made-to-measure seats for patients",
        _graded([CAV + "REU-PYTHON-CustomSeatingTools"]),
        must=(CAV + "REU-PYTHON-CustomSeatingTools",),
        kind="vague",
    ),
    Judgement(
        "make up pretend people to try our software on",
        _graded(
            [GIG + "testing", T + "enwau_ffug"],
            [
                NWIS + "linqpad-scripts",
                CH + "test-data-generator",
                GIG + "nhs-number-replacer-cli-using-rust",
            ],
        ),
        kind="vague",
    ),
    Judgement(
        "let a website visitor know their browser is asking for American English",
        _graded([T + "cymreigio-porwyr"]),
        must=(T + "cymreigio-porwyr",),
        kind="vague",
    ),
    Judgement(
        "work out how much money a community sports group could get to match what they raise",
        _graded([SW + "crowdfunder-calculator"]),
        must=(SW + "crowdfunder-calculator",),
        kind="vague",
    ),
    Judgement(
        "how money spent in one industry spreads to other industries",
        _graded([WGDSU + "iot-leontief-python", WGDSU + "iot-leontief-r"]),
        kind="vague",
    ),
    Judgement(
        "make sure files people send us are safe before we open them",
        _graded(
            [IPO + "ctc-file-sanitise", CH + "file-transfer-service"],
            [MC + "statswales-backend"],
        ),
        kind="vague",
    ),
    Judgement(
        "print a postal address properly on an envelope",
        _graded([DVLA + "postman-paf", DVLA + "postman-paf-js"]),
        kind="vague",
    ),
    Judgement(
        "find which germ samples are nearly identical to each other",
        _graded([PGC + "snapper3"], [PGC + "lodestone"]),
        must=(PGC + "snapper3",),
        kind="vague",
    ),
    Judgement(
        "advice for clinicians about a patient's bad reactions to things",
        _graded([DHCW + "allergy-guide"], [DHCW + "shared-medicines-guide"]),
        must=(DHCW + "allergy-guide",),
        kind="vague",
    ),
    Judgement(
        "register a business from another country and its owners with the UK authorities",
        _graded([CH + "overseas-entities-api"]),
        must=(CH + "overseas-entities-api",),
        kind="vague",
    ),
    Judgement(
        "help people work out which rules apply to them",
        _graded([LIL + "regulatory-navigation-tool"]),
        must=(LIL + "regulatory-navigation-tool",),
        kind="vague",
    ),
    # --- Typos --------------------------------------------------------------------------------
    Judgement(
        "hunspel welsh spellchecker dictonary",
        _graded(
            [T + "hunspell-cy"],
            [
                T + "hunspell-cy-llafar",
                T + "lecsicon-cymraeg-bangor",
                T + "lecsicon-cymraeg-bangor-enghreifftiau",
            ],
        ),
        must=(T + "hunspell-cy",),
        kind="typo",
    ),
    Judgement(
        "kafak mesages moved from eror topic back to retry",
        _graded([CH + "kafka-error-consumer"], [CH + "kafka-management-tool"]),
        must=(CH + "kafka-error-consumer",),
        kind="typo",
    ),
    Judgement(
        "statistcal process controll charts",
        _graded(
            [ABUHB + "biu_Making_Data_Count_CustomVisuals", ABUHB + "temp_spc_basic"],
            [NHSE + "WMCHackathon_Vaccine", IMP + "impcymru-chart-formatter"],
        ),
        kind="typo",
    ),
    # --- English ------------------------------------------------------------------------------
    Judgement(
        "libtiff tiff2pdf wrapped as a web service",
        _graded([CH + "go-tiff2pdf"]),
        must=(CH + "go-tiff2pdf",),
    ),
    Judgement(
        "extract text from images microservice OCR",
        _graded([CH + "ocr-api"]),
        must=(CH + "ocr-api",),
    ),
    Judgement(
        "validate XBRL company accounts",
        _graded([CH + "account-validator-api"]),
        must=(CH + "account-validator-api",),
    ),
    Judgement(
        "search SIC industrial classification codes",
        _graded([CH + "sic-code-api"], [CH + "sic-code-data", DSC + "classifai"]),
        must=(CH + "sic-code-api",),
    ),
    Judgement(
        "render choropleth map SVG from topojson",
        _graded([ONS + "dp-map-renderer"], [ONS + "dp-census-atlas"]),
        must=(ONS + "dp-map-renderer",),
    ),
    Judgement(
        "render tables from JSON definitions",
        _graded([ONS + "dp-table-renderer"]),
        must=(ONS + "dp-table-renderer",),
    ),
    Judgement(
        "generate sitemap for SEO",
        _graded([ONS + "dp-sitemap"]),
        must=(ONS + "dp-sitemap",),
    ),
    Judgement(
        "Go library reporting app and dependency health status",
        _graded(
            [ONS + "dp-healthcheck"],
            [
                ONS + "dp-elasticsearch",
                ONS + "dp-graph",
                ONS + "dp-mongodb",
                ONS + "dp-s3",
                ONS + "dp-api-clients-go",
            ],
        ),
        must=(ONS + "dp-healthcheck",),
    ),
    Judgement(
        "generate status badges for GitHub repositories",
        _graded([ONS + "ons-badges"]),
        must=(ONS + "ons-badges",),
    ),
    Judgement(
        "survey questionnaire schema validator API",
        _graded(
            [ONS + "eq-questionnaire-validator", ONS + "eq-schema-validator"],
            [ONS + "eq-questionnaire-schemas", ONS + "eq-publisher-v3"],
        ),
    ),
    Judgement(
        "mycobacterial genome identification pipeline",
        _graded([PGC + "lodestone"], [PGC + "pathogen-mongodb"]),
        must=(PGC + "lodestone",),
    ),
    Judgement(
        "SARS-CoV-2 lineage growth across UK regions",
        _graded([PGC + "covate"]),
        must=(PGC + "covate",),
    ),
    Judgement(
        "Colab notebook downloading hip fracture audit extracts",
        _graded([NHSE + "GoogleColab_NHFD_WebScraper"]),
        must=(NHSE + "GoogleColab_NHFD_WebScraper",),
    ),
    Judgement(
        "link person records across datasets without sharing identifiers",
        _graded([DSC + "pprl_toolkit"], [GIG + "person-similarity-using-rust"]),
        must=(DSC + "pprl_toolkit",),
    ),
    Judgement(
        "classify free-text survey answers to official codes with embeddings",
        _graded([DSC + "classifai"], [DSC + "statschat-app"]),
        must=(DSC + "classifai",),
    ),
    Judgement(
        "case law Akoma Ntoso XML tagging",
        _graded([LIL + "judiciary-akn-tagger"]),
        must=(LIL + "judiciary-akn-tagger",),
    ),
    Judgement(
        "branching interactive training scenarios platform",
        _graded([LIL + "scenario-platform"]),
        must=(LIL + "scenario-platform",),
    ),
    Judgement(
        "Excel chart formatting VBA macro",
        _graded([IMP + "impcymru-chart-formatter"], [WGDSU + "KASStylesR"]),
        must=(IMP + "impcymru-chart-formatter",),
    ),
    Judgement(
        "XLSForm spreadsheets converted to FHIR Shorthand",
        _graded([NWF + "NHSWales-fhir-psom-xlsform-to-fhir"]),
        must=(NWF + "NHSWales-fhir-psom-xlsform-to-fhir",),
    ),
    Judgement(
        "getting started with openEHR archetypes and templates for DHCW",
        _graded(["freshehr/dhcw-cdr"]),
        must=("freshehr/dhcw-cdr",),
    ),
    Judgement(
        "Windows service forwarding MSMQ messages onto Azure Service Bus",
        _graded(
            [DHCW + "Integration-Hub-MSMQ-Bridge"],
            [DHCW + "Integration-Hub-Beta", DHCW + "Integration-Hub-POC"],
        ),
        must=(DHCW + "Integration-Hub-MSMQ-Bridge",),
    ),
    Judgement(
        "genomics laboratory results sent as HL7 messages",
        _graded(
            [GPW + "genomics-result-hl7-sender", GPW + "HL7ResultsGateway", GPW + "LabGateway"],
            [DHCW + "Integration-Hub-Beta", DHCW + "Integration-Hub-POC"],
        ),
    ),
    Judgement(
        "send Cucumber test results to Report Portal",
        _graded([DVLA + "dvla-reportportal-ruby"]),
        must=(DVLA + "dvla-reportportal-ruby",),
    ),
    Judgement(
        "screenshots from Selenium web tests",
        _graded([DVLA + "evl-screenshot-helper"], [DVLA + "dvla-browser-drivers"]),
        must=(DVLA + "evl-screenshot-helper",),
    ),
    Judgement(
        "large SQS messages stored in S3",
        _graded([DVLA + "sqs-extended-client"], [DVLA + "aws-sqs-utility"]),
        must=(DVLA + "sqs-extended-client",),
    ),
    Judgement(
        "OpenID Connect stub identity provider for testing",
        _graded([DVLA + "government-gateway-stub"], [CH + "third-party-harness-oidc"]),
        must=(DVLA + "government-gateway-stub",),
    ),
    Judgement(
        "values-based 360 feedback staff survey",
        _graded([WIP + "dhcw360", WIP + "gig-cymru-igdc-dryw"]),
    ),
    Judgement(
        "public backlog where people suggest and upvote features through GitHub Issues",
        _graded(
            [DHCW + "public-backlog-template"],
            [DHCW + "product-roadmaps", DHCW + "dhcw-vaccine-roadmap"],
        ),
        must=(DHCW + "public-backlog-template",),
    ),
    Judgement(
        "starter template for new Python data projects at Public Health Wales",
        _graded(["Public-Health-Wales/phwcookiecutter"], [ONS + "ons-python-template"]),
        must=("Public-Health-Wales/phwcookiecutter",),
    ),
]
