"""A fifteenth fresh, independent set of judged search questions, written on 6 December 2026.

It exists to measure search quality honestly: it has not been scored, nothing has been tuned on it,
and it must never be used to tune anything. It was written in the ninth session of 6 December for
the NEXT session: score it once at that session's start and once at its end (means only), and
report the result apart from the other sets.

How it was written: from the bundled data alone (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, topics, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the English and Welsh names of bodies, and SOURCE.md beside them for what
the fields mean). For each question the data was grepped (with small Python scripts over the
JSONL) for its words and for other words that say the same thing (synonyms, Welsh and English,
plural and mutated forms, tool and library names in manifests and file listings), and the
candidates' descriptions, READMEs, file listings and manifests were read before grading. Nothing
under search/, web/, catalogue/, docs/ or bench/ was read or run, no other test file was read, the
fourteenth set's files were not opened in any way, and no catalogue, search, API, demo or test was
run; git was not used. The two test folders were listed (file names only) to learn the module
names. relevance_corpus.py was read only as far as the definitions of Judgement and _graded (its
first fifty lines, which also show its imports, its first helper and the first lines of an answer
set, none of which played a part); judgements_fresh13.py lines 1-110 were read for format
(docstring and layout) only, and the first seven of its questions seen there in passing were not
reused. Importing the earlier modules loads search.backend through relevance_corpus's import line;
no search was built or run. The earlier sets (judgements_fresh.py and judgements_fresh2.py to
judgements_fresh13.py, judgements_2026.py, judgements_validation.py and the JUDGEMENTS of
relevance_corpus.py; not the fourteenth) were checked only by a script that imported them and
printed counts, and the indices here with the lengths of the earlier questions involved. The first
draft had thirteen clashes: six questions equal to an earlier one, six containing a longer earlier
question and one contained in a longer earlier question; all were reworded (two others were
reworded by mistake on the way, which does no harm). Now no question here is equal to, contained
in, or contains an earlier question longer than 22 characters; the earlier questions that still
occur inside one here are short (at most 18 characters: a body's name, a product or a couple of
words). Topics overlap with earlier sets in places (the snapshot has 445 repositories), but each
question's wording and grading were made here from the data.

Grades: 2 is what the person wants, 1 is relevant but not the main answer; every repository in the
snapshot that deserves a grade is listed. There are no `must` lists: these questions measure, they
do not gate. Each question's kind is given on its Judgement: "welsh" (Welsh or mixed Welsh and
English, written as a Welsh public-sector developer would type it, with mutated and plural forms;
25 here), "vague" (a plain description of a need, in words the repositories do not use; 12),
"typo" (3), or "english" (the default; 30: technologies, jobs, body names and acronyms, file
formats and frameworks). The questions are spread over many bodies: 25 of the snapshot's 29
organisations hold a grade-2 answer (Bangor's language technology unit most often, 15 times).
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

T = "techiaith/"
CH = "companieshouse/"

FRESH15_JUDGEMENTS: list[Judgement] = [
    # --- Welsh and mixed Welsh/English -----------------------------------------------------------
    Judgement(
        "gwirydd sillafu Cymraeg i'w osod yn LibreOffice",
        _graded(
            [T + "hunspell-cy"],
            [
                T + "hunspell-cy-llafar",
                T + "lecsicon-cymraeg-bangor-enghreifftiau",
                T + "lecsicon-cymraeg-bangor",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "sut i roi treiglad meddal, llaes neu drwynol ar air Cymraeg yn fy nghod",
        _graded(
            [T + "offer-trin-iaith"],
            [T + "lecsicon-cymraeg-bangor", T + "lecsicon-cymraeg-bangor-enghreifftiau"],
        ),
        kind="welsh",
    ),
    Judgement(
        "safoni ffurfiau llafar fel 'isio' ac 'ishe' cyn prosesu testunau",
        _graded([T + "cydran-normaleiddio"], [T + "welsh-whisperx", T + "hunspell-cy-llafar"]),
        kind="welsh",
    ),
    Judgement(
        "trawsgrifio'n fyw y sain sy'n dod o seinyddion fy nghyfrifiadur",
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
        "lleisiau synthetig Cymraeg sy'n gweithio all-lein ar iPhone",
        _graded([T + "piper-ios-app"], [T + "piper-cy"]),
        kind="welsh",
    ),
    Judgement(
        "llyfrgell cydrannau Vue ar gyfer gwasanaethau trethi Cymru",
        _graded(
            ["welsh-revenue-authority/component-library"],
            [
                "welsh-revenue-authority/wra-frontend",
                "govwales/component-library",
                "govwales/govwales-component-library",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "senarios dychmygol ar gyfer fersiynau lleol o'r dreth trafodiadau tir",
        _graded(
            ["welsh-revenue-authority/LTT_scenarios"],
            ["welsh-revenue-authority/property_platform_app"],
        ),
        kind="welsh",
    ),
    Judgement(
        "cadw hen URLau StatsWales rhag torri ar ôl symud i StatsWales 3",
        _graded(
            ["Marvell-Consulting/statswales2redirect"], ["Marvell-Consulting/statswales-frontend"]
        ),
        kind="welsh",
    ),
    Judgement(
        "apiau i siaradwyr Cymraeg gyfrannu recordiadau o'u lleisiau",
        _graded([T + "Paldaruo", T + "voice-web"], [T + "brawddegau-adnabod-lleferydd"]),
        kind="welsh",
    ),
    Judgement(
        "rhedeg Moses neu Marian ar fy ngweinydd i gyfieithu rhwng Saesneg a Chymraeg",
        _graded(
            [T + "docker-moses-smt", T + "docker-marian-nmt"],
            [T + "techiaith-utils", T + "archgof-client"],
        ),
        kind="welsh",
    ),
    Judgement(
        "tagio rhannau ymadrodd mewn testunau sy'n cymysgu Cymraeg a Saesneg",
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
        "cyfrifo faint o arian cyfatebol gall clybiau chwaraeon cymunedol ei gael",
        _graded(["Sport-Wales/crowdfunder-calculator"], ["Sport-Wales/investment-portal"]),
        kind="welsh",
    ),
    Judgement(
        "calendr o ddigwyddiadau yng Nghanolfan Genedlaethol Chwaraeon Cymru",
        _graded(["Sport-Wales/calendars"]),
        kind="welsh",
    ),
    Judgement(
        "ffurflenni asesiadau effaith integredig sy'n cynnwys effaith ar yr iaith Gymraeg",
        _graded(["Sport-Wales/integrated-impact-assessment"]),
        kind="welsh",
    ),
    Judgement(
        "fformatio graffiau R yn ôl canllawiau KAS a'u cadw i Excel gyda thestun amgen",
        _graded(["wgdsu/KASStylesR"], ["impcymru/impcymru-chart-formatter"]),
        kind="welsh",
    ),
    Judgement(
        "modelu mewnbwn-allbwn a lluosyddion yr economi (Leontief)",
        _graded(["wgdsu/iot-leontief-python", "wgdsu/iot-leontief-r"]),
        kind="welsh",
    ),
    Judgement(
        "canllaw i staff y GIG ar gadw'u cod mewn storfa GitHub yn lle'r gyriant rhwydwaith",
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
        "adborth 360 gradd ar sail gwerthoedd i staff IGDC",
        _graded(
            [
                "Work-In-Progress-For-Health/dhcw360",
                "Work-In-Progress-For-Health/gig-cymru-igdc-dryw",
            ]
        ),
        kind="welsh",
    ),
    Judgement(
        "anfon atgyfeiriadau deintyddol ffug at yr API e-atgyfeirio",
        _graded(
            ["DHCW-Digital-Health-and-Care-Wales/wccg-dental-mock-ui"],
            [
                "DHCW-Digital-Health-and-Care-Wales/wccg-eReferrals-service-app",
                "DHCW-Digital-Health-and-Care-Wales/NWRI-eReferrals-Service-App",
                "DHCW-Digital-Health-and-Care-Wales/wccg-pas-referrals-api",
                "DHCW-Digital-Health-and-Care-Wales/wccg-pas-referrals-mock-ui",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "profi pa mor dda mae modelau iaith mawr yn deall ac ysgrifennu Cymraeg",
        _graded([T + "llm-evals-cy"], [T + "mimic"]),
        kind="welsh",
    ),
    Judgement(
        "echdynnu talpiau enwol o frawddegau Cymraeg gyda spaCy",
        _graded([T + "talpiwr_enwol_cymraeg"], [T + "parsiwr-dibyniaethau"]),
        kind="welsh",
    ),
    Judgement(
        "modelu pynciau mewn casgliad o ddogfennau Cymraeg gyda BERTopic",
        _graded([T + "modelu-pwnc-demo"]),
        kind="welsh",
    ),
    Judgement(
        "sgorio pa mor debyg yw ystyr dwy frawddeg Gymraeg",
        _graded(
            [T + "tebygrwydd_brawddegau_cymraeg"],
            [T + "spacy_cy_tag_lem_ner_lg", T + "word2vec-cy", T + "word2vec-cy-demutated"],
        ),
        kind="welsh",
    ),
    Judgement(
        "ymlusgwr gwe Cyngor Gwynedd", _graded(["CyngorGwyneddDatblygu/Ymlusgwr"]), kind="welsh"
    ),
    Judgement(
        "echdynnu brawddegau CC0 o Wicipedia Cymraeg",
        _graded([T + "wikipedia-extractor"], [T + "brawddegau-adnabod-lleferydd"]),
        kind="welsh",
    ),
    # --- Vague: needs in everyday words ----------------------------------------------------------
    Judgement(
        "check whether a home sits on the Welsh side of the border before working out the tax",
        _graded(
            ["welsh-revenue-authority/isitinwales"],
            [
                "welsh-revenue-authority/property_platform_app",
                "welsh-revenue-authority/LTT_scenarios",
            ],
        ),
        kind="vague",
    ),
    Judgement(
        "stop people setting up a firm under a rude or misleading name",
        _graded([CH + "restricted-word-web"]),
        kind="vague",
    ),
    Judgement(
        "a simple 'sorry, we'll be back soon' screen while the website is switched off",
        _graded(["dvla/oepp-maintenance-page"]),
        kind="vague",
    ),
    Judgement(
        "read the writing on scanned pictures of posted forms so a computer can use it",
        _graded([CH + "ocr-api"], [CH + "go-tiff2pdf"]),
        kind="vague",
    ),
    Judgement(
        "my dad is losing his sight and wants his laptop to read Welsh out loud to him",
        _graded([T + "nvda-addon"], [T + "Festival_MSAPI", T + "piper-cy", T + "Festival_Windows"]),
        kind="vague",
    ),
    Judgement(
        "gently tell visitors their web browser still asks for American English pages first",
        _graded([T + "cymreigio-porwyr"]),
        kind="vague",
    ),
    Judgement(
        "two organisations want to know which people are on both their lists without swapping names",
        _graded(
            ["datasciencecampus/pprl_toolkit"], ["GIG-Cymru-NHS-Wales/person-similarity-using-rust"]
        ),
        kind="vague",
    ),
    Judgement(
        "how quick are people's home connections in different corners of Wales",
        _graded(["wgdsu/wales-ookla-data"]),
        kind="vague",
    ),
    Judgement(
        "lay out names and street details properly so the post office can deliver our letters",
        _graded(["dvla/postman-paf", "dvla/postman-paf-js"]),
        kind="vague",
    ),
    Judgement(
        "one screen showing which version of each of our apps is running in test and in live",
        _graded(
            ["intellectual-property-office/fe-dashboard-ui"],
            [CH + "services-dashboard-web", CH + "services-dashboard-api"],
        ),
        kind="vague",
    ),
    Judgement(
        "a chart that tells its own story like a film but lets people stop it and poke around",
        _graded(["Audit-Wales/NetZeroDive"]),
        kind="vague",
    ),
    Judgement(
        "shape made-to-measure chair pads for disabled patients from body shape measurements",
        _graded(["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"]),
        kind="vague",
    ),
    # --- Typos -----------------------------------------------------------------------------------
    Judgement(
        "elasticsearh client libary",
        _graded(
            ["ONSdigital/dp-elasticsearch"],
            [
                "dvla/kaping",
                CH + "elasticsearch-data-loader",
                CH + "search.api.ch.gov.uk",
                "ONSdigital/dp-search-api",
            ],
        ),
        kind="typo",
    ),
    Judgement(
        "move stuck kafka mesages from the eror topic back onto retry",
        _graded(
            [CH + "kafka-error-consumer"],
            [CH + "kafka-management-tool", "ONSdigital/dp-data-tools"],
        ),
        kind="typo",
    ),
    Judgement(
        "cookie consnet banner for goverment websites",
        _graded(
            ["intellectual-property-office/fe-cookie-banner"],
            ["ONSdigital/dp-frontend-cookie-controller", "ONSdigital/dp-design-system"],
        ),
        kind="typo",
    ),
    # --- English ---------------------------------------------------------------------------------
    Judgement(
        "terraform library for an ElastiCache cluster",
        _graded(
            [CH + "terraform-library-elasticache"],
            [CH + "terraform-library-ecs-cluster", CH + "terraform-library-ecs-service"],
        ),
    ),
    Judgement(
        "gateway that sends genomic lab results as HL7 messages from Azure Functions",
        _graded(
            [
                "Genomics-Partnership-Wales/HL7ResultsGateway",
                "Genomics-Partnership-Wales/LabGateway",
                "Genomics-Partnership-Wales/genomics-result-hl7-sender",
            ],
            [
                "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta",
                "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-POC",
                "GIG-Cymru-NHS-Wales/hl7-parser-example",
                "GIG-Cymru-NHS-Wales/hl7-v2-examples",
            ],
        ),
    ),
    Judgement("openEHR CDR documentation for Welsh health records", _graded(["freshehr/dhcw-cdr"])),
    Judgement(
        "turn DSCN or LPDS xlsx forms into FHIR resources via FSH",
        _graded(["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"]),
    ),
    Judgement(
        "Making Data Count statistical process control visuals for Power BI",
        _graded(
            ["Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals"],
            [
                "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
                "impcymru/impcymru-chart-formatter",
                "NHS-Executive/WMCHackathon_Vaccine",
            ],
        ),
    ),
    Judgement(
        "check iXBRL company accounts pass validation before they are filed",
        _graded([CH + "account-validator-api"]),
    ),
    Judgement(
        "send oversized SQS messages by keeping the body in S3",
        _graded(["dvla/sqs-extended-client"], ["dvla/aws-sqs-utility"]),
    ),
    Judgement(
        "identify mycobacterium species and TB lineage from sequencing reads",
        _graded(
            ["Pathogen-Genomics-Cymru/lodestone"],
            ["Pathogen-Genomics-Cymru/pathogen-mongodb", "Pathogen-Genomics-Cymru/snapper3"],
        ),
    ),
    Judgement(
        "stand-in for Government Gateway sign-in while testing",
        _graded(["dvla/government-gateway-stub"]),
    ),
    Judgement(
        "NHFD hip fracture audit scraper notebook",
        _graded(["NHS-Executive/GoogleColab_NHFD_WebScraper"]),
    ),
    Judgement(
        "video walkthrough of building an RMarkdown Shiny dashboard",
        _graded(
            ["public-health-wales-health-intelligence/NHS-R-Conference"],
            ["NHSWalesDeliveryUnit/IntroR"],
        ),
    ),
    Judgement(
        "Mailchimp API reports the marketing team cannot get from the website",
        _graded(["Sport-Wales/mailchimp_api_int"]),
    ),
    Judgement(
        "keep API Gateway execution logs for a set number of days from serverless.yml",
        _graded(["dvla/serverless-apigateway-log-retention"]),
    ),
    Judgement(
        "I'm a test engineer learning Playwright with help from Copilot",
        _graded(
            ["DHCW-Digital-Health-and-Care-Wales/playwright-training"],
            [
                "GIG-Cymru-NHS-Wales/postman-examples-using-newman",
                "GIG-Cymru-NHS-Wales/emergency-department-dashboards",
                "Advanced-Analytics-NHS-Wales/Co-Pilot-Demo",
            ],
        ),
    ),
    Judgement(
        "NRW digital team and supplier repos",
        _graded(
            [
                "AstunTechnology/nrw-custom-geonetwork",
                "epimorphics/nrw-dms-deploy",
                "nrw-digital/week-notes",
            ]
        ),
    ),
    Judgement(
        "publish statistical CSV files as CSV-W from the command line",
        _graded(["ONSdigital/csvcubed"], ["Marvell-Consulting/statswales-candidate-cube"]),
    ),
    Judgement(
        "SvelteKit dashboards for an emergency department",
        _graded(["GIG-Cymru-NHS-Wales/emergency-department-dashboards"]),
    ),
    Judgement(
        "Django-based content management for publishing statistics pages",
        _graded(["ONSdigital/dis-wagtail"]),
    ),
    Judgement(
        "documentation sites built with Zensical",
        _graded(
            [
                "DHCW-Digital-Health-and-Care-Wales/dhcw-delivery-playbook",
                "GIGCymru/dhcw-delivery-playbook",
                "GIGCymru/architecture",
                "GIGCymru/dhcw-software-engineering-handbook",
            ],
            ["GIG-Cymru-NHS-Wales/architecture-decision-records", "GIGCymru/product-briefs"],
        ),
    ),
    Judgement(
        "TfW tailwind plugin that turns rems into ems",
        _graded(["Transport-for-Wales/tailwindcss-plugin-rems-to-ems"]),
    ),
    Judgement(
        "Dockerfile base images maintained for golang and node apps",
        _graded([CH + "golang-base-image", CH + "node-base-image"]),
    ),
    Judgement(
        "Play Framework Scala frontends for DVLA vehicle transactions",
        _graded(
            [
                "dvla/vehicles-online",
                "dvla/vehicles-acquire-online",
                "dvla/vehicles-change-keeper-online",
                "dvla/vrm-assign-online",
                "dvla/vrm-retention-online",
            ],
            [
                "dvla/vehicles-presentation-common",
                "dvla/vehicles-services-common",
                "dvla/sbt-plugins",
                "dvla/os-address-lookup",
                "dvla/vvr",
            ],
        ),
    ),
    Judgement(
        "IPO common tech microservice template with a Function App",
        _graded(
            ["intellectual-property-office/ctc-hello-world"],
            [
                "intellectual-property-office/ctc-address",
                "intellectual-property-office/ctc-company",
                "intellectual-property-office/ctc-fee",
                "intellectual-property-office/ctc-file-sanitise",
                "intellectual-property-office/ctc-correspondence",
                "intellectual-property-office/ctc-dictionary",
            ],
        ),
    ),
    Judgement(
        "turn topojson boundaries plus figures into an SVG choropleth",
        _graded(
            ["ONSdigital/dp-map-renderer"],
            ["ONSdigital/dp-census-atlas", "ONSdigital/dp-geodata-api"],
        ),
    ),
    Judgement(
        "forward messages from Microsoft Message Queuing into Azure Service Bus",
        _graded(
            ["DHCW-Digital-Health-and-Care-Wales/Integration-Hub-MSMQ-Bridge"],
            [
                "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta",
                "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-POC",
            ],
        ),
    ),
    Judgement(
        "LINQPad scripts for NHS developers and testers", _graded(["nwisbeta/linqpad-scripts"])
    ),
    Judgement(
        "GitHub Action to validate YAML files against schemas",
        _graded(["nwisbeta/validate-yaml-schema"]),
    ),
    Judgement(
        "let athletes share their experiences anonymously in writing, voice or video",
        _graded(["Sport-Wales/athlete-experience-portal"]),
    ),
    Judgement(
        "interactive branching scenarios with variables for legal training",
        _graded(
            ["Legal-Innovation-Lab-Wales/scenario-platform"],
            ["Legal-Innovation-Lab-Wales/regulatory-navigation-tool"],
        ),
    ),
    Judgement(
        "UK IPO frontend stylesheets built on GOV.UK elements",
        _graded(["intellectual-property-office/Assets", "intellectual-property-office/Automation"]),
    ),
]
