"""A twentieth fresh, independent set of judged search questions, written on 7 December 2026.

It exists to measure search quality honestly: it has not been scored, nothing has been tuned on it,
and it must never be used to tune anything. It was written in the fourteenth session of 7 December
for the NEXT session: score it once at that session's start and once at its end (means only), and
report the result apart from the other sets.

How it was written: from the bundled data alone (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the English and Welsh names of bodies, and SOURCE.md beside them for what
the fields mean). All 445 repositories' descriptions, file listings, manifests and README openings
were read first; then for each question the data was grepped (with small Python scripts over the
JSONL) for its words and for other words that say the same thing (synonyms, Welsh and English,
plural and mutated forms, tool and library names in manifests and file listings), the candidates'
descriptions, READMEs, file listings and manifests were read before grading, and a last pass
grepped each finished question's terms again and reviewed every ungraded hit. Nothing under
search/, web/, catalogue/, cli/, docs/ or bench/ (nor any code under ingest/) was read or run, the
eighteenth and nineteenth sets' files were not opened in any way, and no catalogue, search, API,
demo or test was run apart from the format checks; git was not used. The two test folders were
listed (file names only) to learn the module names, and split.py, ndcg.py and test_relevance.py
were read only where this set is wired in. judgements_fresh15.py lines 1-75 were read for format
(docstring and layout; the three questions seen there in passing were not reused) and
relevance_corpus.py lines 1-45 for the definitions of Judgement and _graded. Importing the earlier
modules loads search.backend through relevance_corpus's import line; no search was built or run.
The earlier sets (judgements_fresh.py and judgements_fresh2.py to judgements_fresh19.py,
judgements_2026.py, judgements_validation.py and the JUDGEMENTS of relevance_corpus.py: 1,348
distinct questions) were checked only by a throwaway script that imported them and printed, for
each question here (by index), counts: how many earlier questions are equal to it (after
normalising case, punctuation and spaces), are contained in it (when longer than 22 characters),
contain it, have a difflib ratio of 0.8 or more with it, or share 60% or more of its words. The
first draft had 83 questions and 43 of them clashed: 1 was equal to an earlier question, 11
contained an earlier question longer than 22 characters (12 in all), none was contained in one, 26
had a ratio of 0.8 or more with one or more earlier questions (38 in all) and 37 shared 60% of
their words with one or more (65 in all). 42 of the clashing questions were reworded (each new
wording checked the same way before use), one (a vague question about commit messages) was dropped
with two other vague questions to bring that kind to twelve, and one typo question that did not
clash was reworded too. Now every count is zero for every question here: none is equal to,
contained in, or contains an earlier question, none has a ratio of 0.8 with one, and none shares
60% of its words with one. Topics overlap with earlier sets in places (the snapshot has 445
repositories), but each question's wording and grading were made here from the data.

Grades: 2 is what the person wants, 1 is relevant but not the main answer; every repository in the
snapshot that deserves a grade is listed. Two questions carry `must` (the Senedd's petitions
service and Gwynedd Council's crawler, each its body's only repository). Each question's kind is
given on its Judgement: "welsh" (Welsh or mixed Welsh and English, written as a Welsh public-sector
developer would type it, with mutated and plural forms and Welsh names and acronyms of bodies such
as ICC, IGDC and Gweithrediaeth GIG Cymru; 36 here, 45% of the set), "vague" (a plain description
of a need, in words the repositories do not use; 12), "typo" (3), or "english" (the default; 29:
technologies, jobs, body names and acronyms, file formats and frameworks). The questions are spread
over all the bodies: each of the snapshot's 29 organisations holds a grade-2 answer somewhere
(Bangor's language technology unit most often, 15 times).
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

T = "techiaith/"
CH = "companieshouse/"
ONS = "ONSdigital/"
DV = "dvla/"
GIG = "GIG-Cymru-NHS-Wales/"
GC = "GIGCymru/"
DH = "DHCW-Digital-Health-and-Care-Wales/"
NW = "nwisbeta/"
SW = "Sport-Wales/"
WRA = "welsh-revenue-authority/"
MC = "Marvell-Consulting/"
IPO = "intellectual-property-office/"
WIP = "Work-In-Progress-For-Health/"
GPW = "Genomics-Partnership-Wales/"
PGC = "Pathogen-Genomics-Cymru/"
ABUHB = "Aneurin-Bevan-University-Health-Board/"
DSC = "datasciencecampus/"

FRESH20_JUDGEMENTS: list[Judgement] = [
    # --- Welsh and mixed Welsh/English -----------------------------------------------------------
    Judgement(
        "gosod gweinydd Docker sy'n adfer comâu a llythrennau bras mewn trawsgrifiad Cymraeg",
        _graded([T + "docker-atalnodi-server"]),
        kind="welsh",
        notes="Its test.py restores commas and capitals ('mae Pwllheli yn dref yn Gwynedd, ...').",
    ),
    Judgement(
        "ap iOS i gasglu recordiadau gan wirfoddolwyr sy'n darllen brawddegau Cymraeg yn uchel",
        _graded(
            [T + "Paldaruo", T + "voice-web"],
            [T + "brawddegau-adnabod-lleferydd"],
        ),
        kind="welsh",
        notes="Paldaruo (GALLU voice donations) and the Common Voice web/Android/iOS app; the CC0 "
        "prompt sentences are what speakers read.",
    ),
    Judgement(
        "lleisiau testun-i-leferydd Cymraeg sy'n rhedeg all-lein ar iPhone ac iPad",
        _graded([T + "piper-ios-app"], [T + "piper-cy", T + "techiaith-g2p"]),
        kind="welsh",
        notes="The Swift app ships an onnx Piper voice; piper-cy is the offline voices, g2p feeds "
        "them.",
    ),
    Judgement(
        "ategyn i'r darllenydd sgrin NVDA sy'n darllen Cymraeg yn uchel",
        _graded(
            [T + "nvda-addon"],
            [T + "techiaith-g2p", T + "piper-cy", T + "Festival_MSAPI"],
        ),
        kind="welsh",
        notes="g2p says it drops into 'a screen-reader add-on'; Festival_MSAPI brought Welsh TTS "
        "to "
        "Windows screen readers through MSAPI.",
    ),
    Judgement(
        "porth ar-lein i bartneriaid Chwaraeon Cymru reoli ceisiadau buddsoddi",
        _graded([SW + "investment-portal"]),
        kind="welsh",
    ),
    Judgement(
        "faint o nawdd cyfatebol y gall clwb chwaraeon lleol ei ddisgwyl ar ôl codi arian torfol",
        _graded([SW + "crowdfunder-calculator"]),
        kind="welsh",
        notes="Match funding from Sport Wales, by WIMD area.",
    ),
    Judgement(
        "llyfrgell cydrannau Vue a gyhoeddir ar npm gan Awdurdod Cyllid Cymru",
        _graded([WRA + "component-library"], [WRA + "wra-frontend"]),
        kind="welsh",
        notes="@wra-gov/vue-components; wra-frontend is the same body's reusable SCSS.",
    ),
    Judgement(
        "cod ffynhonnell gwasanaeth deisebau Senedd Cymru",
        _graded(["SeneddCymru/e-petitions"]),
        must=("SeneddCymru/e-petitions",),
        kind="welsh",
        notes="The only Senedd repository; petitions.senedd.wales.",
    ),
    Judgement(
        "gwasanaeth sy'n ailgyfeirio URLau statscymru.llyw.cymru at y gwasanaeth StatsCymru 3",
        _graded([MC + "statswales2redirect"], [MC + "statswales-frontend"]),
        kind="welsh",
        notes="statscymru.llyw.cymru to stats.llyw.cymru; the frontend is the new site itself.",
    ),
    Judgement(
        "sgript Python sy'n cadw set ddata agored StatsCymru fel CSV yn Gymraeg neu'n Saesneg",
        _graded([MC + "statswales-data-grabber"], [MC + "statswales2redirect"]),
        kind="welsh",
        notes="data-grabber.py saves a StatsWales open data set to csv; the redirect service "
        "crawls SW2.",
    ),
    Judgement(
        "cyfrifo lluosyddion Leontief o dablau mewnbwn-allbwn yn R neu Python",
        _graded(["wgdsu/iot-leontief-python", "wgdsu/iot-leontief-r"]),
        kind="welsh",
    ),
    Judgement(
        "ffeiliau siâp MSOA a chyflymderau lawrlwytho band eang Ookla i Gymru mewn R",
        _graded(["wgdsu/wales-ookla-data"]),
        kind="welsh",
    ),
    Judgement(
        "arddangosiad cyhoeddus o ddangosfyrddau ar gyfer adrannau brys ysbytai, gyda Svelte a "
        "Storybook",
        _graded([GIG + "emergency-department-dashboards"], [GIG + "ui"]),
        kind="welsh",
        notes="ui holds projects/emergency-department-example.",
    ),
    Judgement(
        "crêt Rust i ddilysu rhifau GIG a'u cynhyrchu ar hap ar gyfer profion",
        _graded(
            [GIG + "nhs-number-using-rust", WIP + "nhs-number-using-rust"],
            [
                GIG + "nhs-number-cli-using-rust",
                WIP + "nhs-number-cli-using-rust",
                GIG + "nhs-number-replacer-cli-using-rust",
                NW + "linqpad-scripts",
            ],
        ),
        kind="welsh",
        notes="The nhs-number crate (two accounts hold copies; it depends on rand for testable "
        "samples); "
        "the CLIs use it, the replacer swaps in random valid numbers and linqpad-scripts has an "
        "nhs-number-generator.",
    ),
    Judgement(
        "cyfnewid negeseuon HL7 rhwng systemau clinigol GIG Cymru drwy Azure Service Bus",
        _graded(
            [DH + "Integration-Hub-Beta", DH + "Integration-Hub-POC"],
            [
                DH + "Integration-Hub-MSMQ-Bridge",
                GPW + "HL7ResultsGateway",
                GPW + "LabGateway",
                GPW + "genomics-result-hl7-sender",
                GIG + "hl7-parser-example",
                GIG + "hl7-v2-examples",
                GIG + "testing",
            ],
        ),
        kind="welsh",
        notes="Both Integration Hubs send HL7 over Service Bus; the MSMQ bridge feeds Service Bus; "
        "the "
        "genomics gateways send HL7 results; the others are HL7 examples and an "
        "HL7_Message_Sender.",
    ),
    Judgement(
        "proffiliau FHIR drafft, setiau gwerthoedd a systemau cod ar gyfer GIG Cymru",
        _graded(
            [
                NW + "NHSWales-fhir-profiles",
                GC + "NHSWales-fhir-profiles",
                "NHSWalesFHIR/NHSWales-fhir-profiles-R4",
            ],
            [
                "NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir",
                DH + "allergy-guide",
                DH + "shared-medicines-guide",
                GIG + "fhir-specifications-json",
                GIG + "fhir-specifications-xml",
                GIG + "fhir-examples-json",
            ],
        ),
        kind="welsh",
        notes="Three copies of the Welsh profiles (ValueSets, CodeSystems); the guides are written "
        "for "
        "Simplifier, and the others are base FHIR definitions or a converter to FHIR.",
    ),
    Judgement(
        "sut i gychwyn ystorfa Python newydd yn ICC gyda cookiecutter",
        _graded(["Public-Health-Wales/phwcookiecutter"], [ONS + "ons-python-template"]),
        kind="welsh",
    ),
    Judgement(
        "piblinell Nextflow i adnabod rhywogaethau mycobacteria o ddarlleniadau dilyniannu",
        _graded([PGC + "lodestone"]),
        kind="welsh",
    ),
    Judgement(
        "rhagweld twf llinachau SARS-CoV-2 rhwng rhanbarthau'r DU",
        _graded([PGC + "covate"]),
        kind="welsh",
    ),
    Judgement(
        "cysylltu ystorfeydd git ar yriant lleol neu SharePoint â GitHub, canllaw i staff y GIG",
        _graded(
            [GC + "Linking-On-Prem-git-To-GitHub"],
            [
                GC + "Best-Practice-for-Backing-up-Files-to-GitHub",
                GC + "GitHub-GIG-Cymru-Starter-Guide",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "cofrestr o benderfyniadau technegol GIG Cymru gyda'u cyd-destun a'u canlyniadau",
        _graded(
            [GIG + "architecture-decision-records"],
            [GC + "architecture", GIG + "ways-of-working"],
        ),
        kind="welsh",
        notes="ways-of-working links to the ADRs; GIGCymru/architecture is the published "
        "architecture site.",
    ),
    Judgement(
        "arolwg adborth 360 gwerthoedd staff IGDC, prototeip Elixir Phoenix",
        _graded([WIP + "dhcw360", WIP + "gig-cymru-igdc-dryw"]),
        kind="welsh",
    ),
    Judgement(
        "templed i gyhoeddi nodiadau wythnos tîm ar GitHub Pages",
        _graded(
            ["nrw-digital/week-notes"],
            [
                SW + "digital-team-site",
                "wgdsu/wgdsu.github.io",
                "Welsh-Revenue-Authority/property-data-poc",
                NW + "github.io",
                DV + "dvla.github.io",
            ],
        ),
        kind="welsh",
        notes="week-notes is a Jekyll template repo for weeknotes; the others are team blogs or a "
        "team "
        "site on GitHub Pages.",
    ),
    Judgement(
        "addasu GeoNetwork ar gyfer catalog data Cyfoeth Naturiol Cymru",
        _graded(["AstunTechnology/nrw-custom-geonetwork"], ["epimorphics/nrw-dms-deploy"]),
        kind="welsh",
        notes="Astun's customisations; Epimorphics deploys another NRW data system.",
    ),
    Judgement(
        "cod F# Cyngor Gwynedd sy'n ymlusgo drwy wefannau",
        _graded(["CyngorGwyneddDatblygu/Ymlusgwr"]),
        must=("CyngorGwyneddDatblygu/Ymlusgwr",),
        kind="welsh",
        notes="Ymlusgwr means crawler; the council's only repository.",
    ),
    Judgement(
        "stori ddata fideo ryngweithiol am allyriadau cyrff cyhoeddus Cymru gyda throslais "
        "dwyieithog",
        _graded(["Audit-Wales/NetZeroDive"]),
        kind="welsh",
    ),
    Judgement(
        "cyfrifo tebygrwydd rhwng brawddegau Cymraeg gyda fectorau geiriau",
        _graded(
            [T + "tebygrwydd_brawddegau_cymraeg"],
            [T + "word2vec-cy", T + "word2vec-cy-demutated", T + "spacy_cy_tag_lem_ner_lg"],
        ),
        kind="welsh",
    ),
    Judgement(
        "enwau personol ac enwau lleoedd Cymraeg ffug ar gyfer Faker",
        _graded([T + "enwau_ffug"], [GIG + "testing"]),
        kind="welsh",
        notes="testing fabricates synthetic person profiles.",
    ),
    Judgement(
        "creu modelau bychain sy'n ymateb i ymadrodd deffro Cymraeg, ar sail openWakeWord",
        _graded([T + "deffro"]),
        kind="welsh",
        notes="openWakeWord for Welsh.",
    ),
    Judgement(
        "meincnodi modelau iaith mawr ar dasgau Cymraeg gydag Ollama a DeepEval",
        _graded([T + "llm-evals-cy"], [T + "mimic"]),
        kind="welsh",
    ),
    Judgement(
        "trawsgrifiwr byw trawsplatfform sy'n defnyddio model Vosk Cymraeg",
        _graded(
            [T + "trawsgrifiwr-byw"],
            [
                T + "trawsgrifiwr-byw-seinydd-windows",
                T + "trawsgrifiwr-windows",
                T + "hosted-whisper-streaming-with-client",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "cleient Python ar gyfer Archgof, gwasanaeth cofion cyfieithu Uned Technolegau Iaith",
        _graded([T + "archgof-client"], [T + "anonymeiddiwr-beta", T + "techiaith-utils"]),
        kind="welsh",
        notes="The anonymiser cleans translation memories; techiaith-utils is general NMT tooling.",
    ),
    Judgement(
        "tagio testun cymysg Cymraeg-Saesneg (code-switching) yn ôl rhan ymadrodd",
        _graded(
            [T + "spacy-tagiwr-ency"],
            [
                T + "model-tagiwr-spacy-cy",
                T + "spacy_cy_tag_lem_ner_lg",
                T + "brawddegau-tagiedig",
                T + "parsiwr-dibyniaethau",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "clystyru dogfennau Cymraeg yn ôl pwnc gyda sentence-transformers a BERTopic",
        _graded([T + "modelu-pwnc-demo"]),
        kind="welsh",
    ),
    Judgement(
        "cod a gyhoeddwyd gan Weithrediaeth GIG Cymru",
        _graded(
            ["NHS-Executive/GoogleColab_NHFD_WebScraper", "NHS-Executive/WMCHackathon_Vaccine"]
        ),
        kind="welsh",
        notes="Gweithrediaeth GIG Cymru is the NHS Wales Executive (NHS-Executive account).",
    ),
    Judgement(
        "gwefan ddwyieithog yn dangos mapiau ffordd cynnyrch Iechyd a Gofal Digidol Cymru",
        _graded(
            [DH + "product-roadmaps", DH + "dhcw-vaccine-roadmap"],
            [DH + "public-backlog-template"],
        ),
        kind="welsh",
        notes="product-roadmaps is the bilingual site modelled on the vaccine roadmap.",
    ),
    # --- Vague: a need in plain words -------------------------------------------------------------
    Judgement(
        "remove people's names and places from text before it is shared to train translation "
        "systems",
        _graded([T + "anonymeiddiwr-beta"], [GIG + "nhs-number-replacer-cli-using-rust"]),
        kind="vague",
    ),
    Judgement(
        "turn old scanned image files into documents anyone can open",
        _graded([CH + "go-tiff2pdf"], [CH + "ocr-api", IPO + "Services"]),
        kind="vague",
        notes="TIFF to PDF as a service; OCR of images and IPO's image converter are related.",
    ),
    Judgement(
        "check whether a property lies inside Wales or over the border",
        _graded([WRA + "isitinwales"], [WRA + "property_platform_app", WRA + "LTT_scenarios"]),
        kind="vague",
        notes="isitinwales demonstrates the land and property platform; LTT_scenarios has "
        "Second_Cross_Border cases.",
    ),
    Judgement(
        "send queue messages that are too big by keeping the body in cloud storage instead",
        _graded([DV + "sqs-extended-client"], [DV + "aws-sqs-utility"]),
        kind="vague",
    ),
    Judgement(
        "a private place where sportspeople can share what happened to them without giving their "
        "name",
        _graded([SW + "athlete-experience-portal"]),
        kind="vague",
    ),
    Judgement(
        "one page that compares deployed service versions and feature flags across release "
        "environments",
        _graded(
            [IPO + "fe-dashboard-ui"],
            [CH + "services-dashboard-web", CH + "services-dashboard-api"],
        ),
        kind="vague",
    ),
    Judgement(
        "a catalogue of the technologies in use across a large public body, to guide what to adopt",
        _graded(
            [ONS + "keh-digital-landscape"],
            [GC + "Solutions-Exchange", CH + "services-dashboard-api"],
        ),
        notes="The Digital Landscape shows technologies used across ONS; the Solutions Exchange "
        "lists "
        "NHS Wales projects and the CH dashboard gathers Dependency Track, SonarQube and GitHub "
        "data.",
        kind="vague",
    ),
    Judgement(
        "stop an uploaded document if it contains any word from a banned list",
        _graded(
            [IPO + "ctc-dictionary"],
            [CH + "restricted-word-web", IPO + "ctc-file-sanitise"],
        ),
        kind="vague",
        notes="ctc-dictionary checks an uploaded file against a dictionary of words; CH "
        "administers "
        "restricted words; file-sanitise cleans uploads.",
    ),
    Judgement(
        "download the latest hip fracture audit figures without clicking through the website",
        _graded(["NHS-Executive/GoogleColab_NHFD_WebScraper"]),
        kind="vague",
    ),
    Judgement(
        "teach colleagues the basics of a statistics programming language using a waiting list "
        "example",
        _graded(
            ["NHSWalesDeliveryUnit/IntroR"],
            ["public-health-wales-health-intelligence/NHS-R-Conference"],
        ),
        kind="vague",
    ),
    Judgement(
        "watch an AI coding assistant write a web scraper and a Snake game from comments alone",
        _graded(["Advanced-Analytics-NHS-Wales/Co-Pilot-Demo"], [DH + "playwright-training"]),
        kind="vague",
        notes="playwright-training also teaches with GitHub Copilot.",
    ),
    # --- Typos ------------------------------------------------------------------------------------
    Judgement(
        "playwrite training with copilot for DHCW testers",
        _graded(
            [DH + "playwright-training"],
            [GIG + "testing", "Advanced-Analytics-NHS-Wales/Co-Pilot-Demo"],
        ),
        kind="typo",
    ),
    Judgement(
        "prebuilt dokcer builder and runtime images for node apps",
        _graded([CH + "node-base-image"], [CH + "golang-base-image"]),
        kind="typo",
    ),
    Judgement(
        "turn royal mail adress records into printable envelope lines",
        _graded([DV + "postman-paf", DV + "postman-paf-js"]),
        kind="typo",
    ),
    # --- English: technologies, jobs, bodies, formats ---------------------------------------------
    Judgement(
        "fee calculation rules written with Drools",
        _graded([IPO + "-cbb-calculate-fee-"], [DV + "oepp-business-rules", IPO + "ctc-fee"]),
        notes="The IPO component's pom pulls drools-decisiontables; DVLA's business rules also use "
        "Drools; ctc-fee is IPO's fee service.",
    ),
    Judgement(
        "Ruby integration with Microsoft Dataverse Web API, published as a gem",
        _graded([DV + "dataverse-helper"]),
    ),
    Judgement(
        "wrapper around Cucumber's World object for Ruby test suites",
        _graded([DV + "atlas"], [DV + "dvla-reportportal-ruby", DV + "block-repeater"]),
    ),
    Judgement(
        "build OpenSearch query DSL in Ruby without writing the JSON by hand",
        _graded([DV + "kaping"], [ONS + "dp-elasticsearch"]),
    ),
    Judgement(
        "Welsh speech-to-text server built on WhisperX with Celery workers",
        _graded(
            [T + "welsh-whisperx"],
            [
                T + "hosted-whisper-streaming-with-client",
                T + "docker-huggingface-stt-cy",
                T + "docker-deepspeech-cy-server",
                T + "trawsgrifiwr-arlein",
            ],
        ),
        notes="The other servers also run Welsh speech recognition behind Celery workers.",
    ),
    Judgement(
        "Looker and Qlik Sense chart components following NHS Making Data Count",
        _graded(
            [ABUHB + "biu_Making_Data_Count_CustomVisuals"],
            [
                ABUHB + "temp_spc_basic",
                "impcymru/impcymru-chart-formatter",
                "NHS-Executive/WMCHackathon_Vaccine",
            ],
        ),
        notes="temp_spc_basic uses the same abspc package; the chart formatter draws control "
        "charts in "
        "Excel; the hackathon has an spc folder.",
    ),
    Judgement(
        "principles of openEHR plus example compositions, templates and AQL for a clinical data "
        "store",
        _graded(["freshehr/dhcw-cdr"]),
    ),
    Judgement(
        "Go web app using templ, chi and SQLite to record clinic outcomes",
        _graded(["atos-digital/DHCW-clinic-outcomes"]),
    ),
    Judgement(
        "Akoma Ntoso markup and a knowledge graph for a hundred judiciary.uk judgments",
        _graded(["Legal-Innovation-Lab-Wales/judiciary-akn-tagger"]),
    ),
    Judgement(
        "Transport for Wales Tailwind plugin swapping rems for ems",
        _graded(["Transport-for-Wales/tailwindcss-plugin-rems-to-ems"]),
    ),
    Judgement(
        "test a company's XBRL accounts file through a validation API before submitting it",
        _graded([CH + "account-validator-api"]),
    ),
    Judgement(
        "search Standard Industrial Classification codes held in MongoDB",
        _graded([CH + "sic-code-api"], [CH + "sic-code-data", DSC + "classifai"]),
        notes="sic-code-data builds the Mongo collection; ClassifAI classifies for official "
        "statistics.",
    ),
    Judgement(
        "Spring consumer that replays Kafka records from an error topic into a retry topic",
        _graded([CH + "kafka-error-consumer"], [CH + "kafka-management-tool"]),
        notes="The management tool republishes Kafka messages in a topic.",
    ),
    Judgement(
        "configuration promotion scripts for a ForgeRock identity tenant",
        _graded([CH + "forgerock-cloud-config"], [CH + "ch-account-ui"]),
        notes="ch-account-ui uses the ForgeRock JavaScript SDK.",
    ),
    Judgement(
        "fake Government Gateway sign-in using oidc-provider and Koa for local development",
        _graded([DV + "government-gateway-stub"], [CH + "third-party-harness-oidc"]),
    ),
    Judgement(
        "HCL libraries for an AWS ECS cluster, an ECS service and an ElastiCache cluster",
        _graded(
            [
                CH + "terraform-library-ecs-cluster",
                CH + "terraform-library-ecs-service",
                CH + "terraform-library-elasticache",
            ],
            [
                CH + "chs-log-scraper",
                "Secure-Data-Environment-GIG-Cymru/sde-nonprod-userspace-servicecatalogue",
            ],
        ),
        notes="The other two are HCL infrastructure code too, not reusable ECS modules.",
    ),
    Judgement(
        "Azure Functions gateway using nHapi to pass on laboratory results",
        _graded(
            [GPW + "LabGateway", GPW + "HL7ResultsGateway"],
            [GPW + "genomics-result-hl7-sender", DH + "Integration-Hub-Beta"],
        ),
    ),
    Judgement(
        "ASP.NET Core referrals API backed by Cosmos DB",
        _graded(
            [DH + "wccg-pas-referrals-api"],
            [
                DH + "wccg-eReferrals-service-app",
                DH + "NWRI-eReferrals-Service-App",
                DH + "wccg-pas-referrals-mock-ui",
                DH + "wccg-dental-mock-ui",
            ],
        ),
    ),
    Judgement(
        "C# FHIR R4 server with a SQL database behind it",
        _graded(
            [NW + "Pyro"], [NW + "democlientdiagnosticreports", DH + "Kainos-APIM-Development"]
        ),
        notes="A FHIR client demo and an exemplar FHIR API in C#.",
    ),
    Judgement(
        "turn an XLSForm spreadsheet into FSH so SUSHI can build FHIR resources",
        _graded(["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"]),
    ),
    Judgement(
        "TypeScript and SASS components for GOV.WALES services, installed from npm",
        _graded(
            ["govwales/component-library", "govwales/govwales-component-library"],
            [WRA + "wra-frontend"],
        ),
        notes="wra-frontend builds a copy of the Wales GEL styles.",
    ),
    Judgement(
        "link records between two organisations without sharing the raw personal data",
        _graded([DSC + "pprl_toolkit"], [GIG + "person-similarity-using-rust"]),
        kind="vague",
        notes="PPRL Toolkit; person-similarity compares person records.",
    ),
    Judgement(
        "ask questions of ONS statistical bulletins using semantic search",
        _graded([DSC + "statschat-app"], [DSC + "classifai"]),
    ),
    Judgement(
        "Spark ingestion framework that validates files against CSVW metadata",
        _graded([DV + "sifft"], [ONS + "csvcubed", ONS + "dp-data-pipelines", ONS + "ons-utils"]),
    ),
    Judgement(
        "DHCW Single Record design system for Blazor, React and .NET MAUI",
        _graded([DH + "single-record-design-system"], [DH + "nhsw-component-library"]),
    ),
    Judgement(
        "sites built with Zensical, the successor to Material for MkDocs",
        _graded(
            [
                DH + "dhcw-delivery-playbook",
                GC + "dhcw-delivery-playbook",
                GC + "architecture",
                GC + "dhcw-software-engineering-handbook",
            ],
            [
                GIG + "architecture-decision-records",
                GC + "product-briefs",
                ONS + "ons_mkdocs_theme",
            ],
        ),
        notes="Zensical succeeds Material for MkDocs; the grade-1 sites use MkDocs Material or an "
        "ONS theme.",
    ),
    Judgement(
        "National Data Resource programme roadmap and GitHub organisation profile",
        _graded(["National-Data-Resource/.github"]),
    ),
    Judgement(
        "Cardiff and Vale University Health Board rehabilitation engineering code",
        _graded(["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"]),
        notes="A Blender add-on for custom seating cushions by the Cardiff Rehabilitation "
        "Engineering Unit.",
    ),
    Judgement(
        "Epimorphics Chef cookbooks and Nagios set-up for the NRW DMS controller",
        _graded(["epimorphics/nrw-dms-deploy"], ["AstunTechnology/nrw-custom-geonetwork"]),
    ),
    Judgement(
        "SVG choropleth map rendering service with an analyse endpoint",
        _graded([ONS + "dp-map-renderer"], [ONS + "dp-census-atlas"]),
    ),
]
