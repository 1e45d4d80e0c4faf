"""A tenth fresh, independent set of judged search questions, written on 6 December 2026.

It exists to measure search quality honestly: it has not been scored, nothing has been tuned on it,
and it must never be used to tune anything. It was written on 6 December for a later session:
score it once on the code that session starts from and once at its end, means only, and report the
result apart from the other sets.

How it was written: from the bundled data alone (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the names of bodies). For each question the data was grepped for its words
and for other words that say the same thing (synonyms, Welsh and English, plural and mutated forms,
tool and package names in manifests and file listings), and the candidates' descriptions, READMEs,
file listings and manifests were read before grading. No search engine, catalogue, API, web app,
ranking or similarity code or output was run or read (nothing under search/, web/, catalogue/,
ingest/ other than its data, or cli/; neither ndcg.py nor duplicate_report.py was run).
relevance_corpus.py was read for the shape of Judgement and _graded only (the grep that found them
also showed the opening lines of two of its grade constants), judgements_fresh9.py for
its format (docstring and layout) only; the earlier sets were only imported by a throwaway script
that printed their question texts, so that no question here equals, or is contained in, an earlier
one (none does); their grades were not read.

Grades: 2 is what the person wants, 1 is closely related or does part of it; every repository in
the snapshot that deserves a grade is listed. A `must` is given only where one repository is
plainly the answer. Each question's kind is given on its Judgement: "welsh" (Welsh or mixed Welsh
and English, written as a Welsh public-sector developer would type it, with mutated and plural
forms), "vague" (a plain description of a need, in words the repositories do not use), "typo", or
"english" (the default). The questions spread over many bodies: Companies House, ONS, DVLA, DHCW,
GIG Cymru, Bangor's language technologies unit, IPO, Sport Wales, Public Health Wales, the Welsh
Revenue Authority, Welsh Government, Genomics Partnership Wales, the NHS Wales Executive, Work In
Progress For Health, Marvell Consulting and Atos.
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

T = "techiaith/"
CH = "companieshouse/"
ONS = "ONSdigital/"
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


FRESH10_JUDGEMENTS: list[Judgement] = [
    # --- Welsh and mixed Welsh/English -------------------------------------------------------
    Judgement(
        "proffiliau FHIR ar gyfer GIG Cymru",
        _graded(
            [
                GIGC + "NHSWales-fhir-profiles",
                "NHSWalesFHIR/NHSWales-fhir-profiles-R4",
                NWIS + "NHSWales-fhir-profiles",
            ],
            [
                GIG + "fhir-specifications-json",
                GIG + "fhir-specifications-xml",
                GIG + "fhir-examples-json",
                "NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir",
                DHCW + "NWRI-eReferrals-Service-App",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "platfform i gyfnewid gwybodaeth glinigol rhwng systemau iechyd gwahanol",
        _graded(
            [DHCW + "Integration-Hub-Beta", DHCW + "Integration-Hub-POC"],
            [
                DHCW + "Integration-Hub-MSMQ-Bridge",
                DHCW + "Integration-Hub-SampleRepo",
                GPW + "LabGateway",
                GPW + "HL7ResultsGateway",
                "Work-In-Progress-For-Health/gp-documents-api",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "troi rhifau a symbolau'n eiriau cyn i'r llais synthetig eu darllen",
        _graded([T + "techiaith-tts"], [T + "cydran-normaleiddio", T + "techiaith-g2p"]),
        must=(T + "techiaith-tts",),
        kind="welsh",
    ),
    Judgement(
        "creu setiau hyfforddi a phrofi newydd o ddata Common Voice",
        _graded(
            [T + "docker-commonvoice-custom-splits-builder"],
            [
                T + "docker-huggingface-stt-cy",
                T + "docker-coqui-stt-cy",
                T + "docker-deepspeech-cy",
                T + "xlsr-fine-tuning-week",
            ],
        ),
        must=(T + "docker-commonvoice-custom-splits-builder",),
        kind="welsh",
    ),
    Judgement(
        "tagio rhannau ymadrodd mewn testun sy'n cymysgu Cymraeg a Saesneg",
        _graded(
            [T + "spacy-tagiwr-ency"],
            [T + "model-tagiwr-spacy-cy", T + "spacy_cy_tag_lem_ner_lg"],
        ),
        must=(T + "spacy-tagiwr-ency",),
        kind="welsh",
    ),
    Judgement(
        "adnabod enwau pobl a lleoedd Cymreig mewn testunau Saesneg",
        _graded(
            [T + "spacy-wales-en-ner-model"],
            [T + "spacy_cy_tag_lem_ner_lg", T + "anonymeiddiwr-beta", T + "spacy"],
        ),
        must=(T + "spacy-wales-en-ner-model",),
        kind="welsh",
    ),
    Judgement(
        "llawlyfr peirianneg meddalwedd i ddatblygwyr y gwasanaeth iechyd",
        _graded(
            [GIGC + "dhcw-software-engineering-handbook"],
            [
                DHCW + "dhcw-delivery-playbook",
                GIGC + "dhcw-delivery-playbook",
                GIG + "ways-of-working",
                GIGC + "architecture",
                CH + "styleguides",
            ],
        ),
        must=(GIGC + "dhcw-software-engineering-handbook",),
        kind="welsh",
    ),
    Judgement(
        "cofnodion penderfyniadau pensaernïaeth",
        _graded(
            [GIG + "architecture-decision-records", GIGC + "architecture"],
            [DHCW + "single-record-design-system"],
        ),
        kind="welsh",
    ),
    Judgement(
        "chwilio am ystadegau ar gyfer fy ardal leol",
        _graded(
            [ONS + "explore-local-statistics-app", ONS + "dp-areas-api"],
            [ONS + "dp-census-atlas", ONS + "dp-geodata-api"],
        ),
        kind="welsh",
    ),
    Judgement(
        "uwchraddio sgemâu holiaduron i'r fersiwn ddiweddaraf",
        _graded(
            [ONS + "eq-json-version-converter", ONS + "eq-cir-converter-service"],
            [
                ONS + "eq-cir-proxy-service",
                ONS + "eq-publisher-v3",
                ONS + "eq-questionnaire-schemas",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "blog technegol i'n peirianwyr meddalwedd",
        _graded(
            [DVLA + "dvla.github.io", "wgdsu/wgdsu.github.io"],
            [
                SW + "digital-team-site",
                "nrw-digital/week-notes",
                "Welsh-Revenue-Authority/property-data-poc",
                NWIS + "github.io",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "rhannu datrysiadau digidol rhwng sefydliadau GIG Cymru",
        _graded([GIGC + "Solutions-Exchange"], [GIGC + "product-briefs"]),
        must=(GIGC + "Solutions-Exchange",),
        kind="welsh",
    ),
    Judgement(
        "dogfennaeth i ddatblygwyr sy'n defnyddio ein APIs",
        _graded(
            [
                NWIS + "nhswales-developer-portal",
                NWIS + "api-catalogue",
                NWIS + "api-user-guide-publisher",
                CH + "docs.developer.ch.gov.uk",
                ONS + "dp-developer-site",
                ONS + "address-index-developers",
            ],
            [
                CH + "specs.developer.ch.gov.uk",
                NWIS + "api-management-developer-portal",
                NWIS + "github.io",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "cyfieithu peirianyddol ystadegol gyda Moses",
        _graded([T + "docker-moses-smt"], [T + "docker-marian-nmt", T + "techiaith-utils"]),
        must=(T + "docker-moses-smt",),
        kind="welsh",
    ),
    Judgement(
        "corpws o frawddegau Cymraeg wedi'u tagio'n ramadegol",
        _graded(
            [T + "brawddegau-tagiedig"],
            [
                T + "brawddegau-adnabod-lleferydd",
                T + "model-tagiwr-spacy-cy",
                T + "lecsicon-cymraeg-bangor",
            ],
        ),
        must=(T + "brawddegau-tagiedig",),
        kind="welsh",
    ),
    Judgement(
        "adroddiad RMarkdown rhyngweithiol gyda Shiny",
        _graded(
            ["public-health-wales-health-intelligence/NHS-R-Conference"],
            ["NHSWalesDeliveryUnit/IntroR"],
        ),
        must=("public-health-wales-health-intelligence/NHS-R-Conference",),
        kind="welsh",
    ),
    Judgement(
        "profi microwasanaethau Go gyda senarios Gherkin",
        _graded([ONS + "dp-component-test"], [DVLA + "atlas", DVLA + "dvla-reportportal-ruby"]),
        must=(ONS + "dp-component-test",),
        kind="welsh",
    ),
    Judgement(
        "canllawiau brand a dylunio Chwaraeon Cymru",
        _graded(
            [SW + "design-guides"],
            [SW + "sport-wales-project-template", SW + "digital-team-site"],
        ),
        must=(SW + "design-guides",),
        kind="welsh",
    ),
    Judgement(
        "newid maint a fformat delweddau ar gyfer fy ngwasanaeth",
        _graded(
            [IPO + "Services"],
            [ONS + "dp-image-api", CH + "go-tiff2pdf", SW + "digital-team-site"],
        ),
        kind="welsh",
    ),
    Judgement(
        "derbynnydd HL7 ffug ar gyfer profi integreiddio",
        _graded(
            [DHCW + "Integration-Hub-Beta", DHCW + "Integration-Hub-POC"],
            [GIG + "hl7-v2-examples", GIG + "hl7-parser-example"],
        ),
        kind="welsh",
    ),
    Judgement(
        "trawsnewid negeseuon HL7 am gemotherapi",
        _graded(
            [DHCW + "Integration-Hub-Beta"],
            [DHCW + "Integration-Hub-POC", GPW + "HL7ResultsGateway"],
        ),
        must=(DHCW + "Integration-Hub-Beta",),
        kind="welsh",
    ),
    Judgement(
        "metrigau defnydd GitHub Copilot ar draws y sefydliad",
        _graded([ONS + "keh-digital-landscape"], ["Advanced-Analytics-NHS-Wales/Co-Pilot-Demo"]),
        must=(ONS + "keh-digital-landscape",),
        kind="welsh",
    ),
    Judgement(
        "llwybrydd sy'n anfon ceisiadau API at y gwasanaeth cywir",
        _graded([ONS + "dp-api-router"], [ONS + "dp-frontend-router", DVLA + "proxypy"]),
        must=(ONS + "dp-api-router",),
        kind="welsh",
    ),
    Judgement(
        "llyfrgell logio Ruby sy'n dilyn fformat cytunedig",
        _graded(
            [DVLA + "herodotus"],
            [
                ONS + "ons-json-logger",
                ONS + "dp-logging",
                CH + "ch-structured-logging-node",
                CH + "Log-Declare",
            ],
        ),
        must=(DVLA + "herodotus",),
        kind="welsh",
    ),
    # --- Vague: a plain description of a need ------------------------------------------------
    Judgement(
        "let car dealers tell the agency they've taken a vehicle in from its owner",
        _graded(
            [DVLA + "vehicles-acquire-online"],
            [
                DVLA + "vehicles-online",
                DVLA + "vehicles-change-keeper-online",
                DVLA + "vehicles-presentation-common",
            ],
        ),
        kind="vague",
    ),
    Judgement(
        "a ready-made, locked-down computer set-up for researchers working with sensitive health "
        "records",
        _graded(
            ["Secure-Data-Environment-GIG-Cymru/sde-nonprod-userspace-servicecatalogue"],
            ["National-Data-Resource/.github"],
        ),
        kind="vague",
    ),
    Judgement(
        "make every new service start from the same working skeleton, with tests and a pipeline "
        "already set up",
        _graded(
            [
                IPO + "ctc-hello-world",
                ONS + "ons-python-template",
                "Public-Health-Wales/phwcookiecutter",
            ],
            [
                CH + "node-review-web-starter-ts",
                CH + "node-review-web-starter-js",
                SW + "sport-wales-project-template",
                SW + "template",
                DVLA + "oepp-project-archetypes",
                "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
            ],
        ),
        kind="vague",
    ),
    Judgement(
        "let people pick just the parts of a big table they want before they download it",
        _graded(
            [ONS + "dp-filter-api"],
            [ONS + "dp-dataset-api", ONS + "dp-download-service"],
        ),
        kind="vague",
    ),
    Judgement(
        "when a company's details change in the back office, update the copy that the public "
        "website reads from",
        _graded(
            [CH + "chs-delta-api", CH + "company-profile-api", CH + "filing-history-data-api"],
            [CH + "company-appointments.api.ch.gov.uk", CH + "chs-streaming-api-backend"],
        ),
        kind="vague",
    ),
    Judgement(
        "check a person is allowed to do something before our API lets them do it",
        _graded(
            [ONS + "dp-authorisation", CH + "api-security-java"],
            [ONS + "dp-identity-api", CH + "web-security-node", GIG + "authentication"],
        ),
        kind="vague",
    ),
    Judgement(
        "keep the files people send us safe and let other parts of the system fetch them later",
        _graded(
            [CH + "file-transfer-service", IPO + "Services", ONS + "dp-files-api"],
            [
                ONS + "dp-upload-service",
                ONS + "dp-download-service",
                ONS + "dp-static-file-publisher",
                ONS + "dp-s3",
            ],
        ),
        kind="vague",
    ),
    Judgement(
        "have a robot click through our website in a real browser to check it still works",
        _graded(
            [DVLA + "dvla-browser-drivers", DHCW + "playwright-training"],
            [ONS + "dp-component-test", DVLA + "evl-screenshot-helper"],
        ),
        kind="vague",
    ),
    Judgement(
        "share one set of page styles across all our online services instead of copying CSS around",
        _graded(
            [
                WRA + "wra-frontend",
                IPO + "Assets",
                IPO + "Automation",
                CH + "ch-frontend",
                DVLA + "dvla_internal_frontend_toolkit",
                ONS + "eq-sass",
                DHCW + "nhsw-component-library",
            ],
            [
                ONS + "design-system",
                ONS + "dp-design-system",
                "govwales/govwales-component-library",
                WRA + "component-library",
                SW + "design-guides",
                DHCW + "single-record-design-system",
                DVLA + "gds-elements-haml",
                NWIS + "nhswales-frontend",
            ],
        ),
        kind="vague",
    ),
    Judgement(
        "hands-on practice material to train our testers and engineers",
        _graded(
            [DHCW + "playwright-training", DVLA + "data-engineering-coding-exercises"],
            [
                "NHSWalesDeliveryUnit/IntroR",
                "public-health-wales-health-intelligence/NHS-R-Conference",
                GIGC + "GitHub-GIG-Cymru-Starter-Guide",
            ],
        ),
        kind="vague",
    ),
    Judgement(
        "one-off scripts to reshape records already in our database after we change how they are "
        "structured",
        _graded(
            [ONS + "dp-data-tools"],
            [ONS + "dp-identity-api", "Pathogen-Genomics-Cymru/snapper3"],
        ),
        kind="vague",
    ),
    Judgement(
        "one shared piece of code every team uses to call our other internal services, instead of "
        "each writing its own",
        _graded(
            [ONS + "dp-api-clients-go", CH + "api-sdk-node"],
            [
                CH + "api-sdk-manager-go-library",
                CH + "sdk-manager-node",
                ONS + "dp-zebedee-sdk-go",
            ],
        ),
        kind="vague",
    ),
    # --- Typos -------------------------------------------------------------------------------
    Judgement(
        "colection instrumnet registry",
        _graded(
            [ONS + "eq-cir-fastapi", ONS + "eq-cir-proxy-service"],
            [ONS + "eq-cir-converter-service"],
        ),
        kind="typo",
    ),
    Judgement(
        "elastcsearch data loder from mongodb",
        _graded(
            [CH + "elasticsearch-data-loader"],
            [ONS + "dp-elasticsearch", CH + "search.api.ch.gov.uk"],
        ),
        kind="typo",
    ),
    Judgement(
        "repot portal formater for cucumber",
        _graded([DVLA + "dvla-reportportal-ruby"], [DVLA + "atlas"]),
        kind="typo",
    ),
    # --- English -----------------------------------------------------------------------------
    Judgement(
        "mock of the supplementary data service for the survey runner",
        _graded([ONS + "eq-runner-mock-sds"], [ONS + "eq-questionnaire-runner"]),
        must=(ONS + "eq-runner-mock-sds",),
    ),
    Judgement(
        "Go SDK for the Zebedee CMS",
        _graded([ONS + "dp-zebedee-sdk-go"], [ONS + "dp-api-clients-go"]),
        must=(ONS + "dp-zebedee-sdk-go",),
    ),
    Judgement(
        "Go HTTP client with retries and timeouts",
        _graded([ONS + "dp-net"], [ONS + "dp-api-clients-go"]),
    ),
    Judgement(
        "filing history API",
        _graded(
            [CH + "filing-history-data-api"],
            [CH + "chs-delta-api", CH + "oracle-query-api", CH + "chs-streaming-api-backend"],
        ),
        must=(CH + "filing-history-data-api",),
    ),
    Judgement(
        "turn a JSON HTTP request into a Kafka message",
        _graded([CH + "chs-kafka-api-java"], [CH + "chs-delta-api"]),
    ),
    Judgement(
        "Terraform module for an Elasticache cluster",
        _graded(
            [CH + "terraform-library-elasticache"],
            [CH + "terraform-library-ecs-cluster", CH + "terraform-library-ecs-service"],
        ),
        must=(CH + "terraform-library-elasticache",),
    ),
    Judgement(
        "S3 bucket for keeping service log files",
        _graded([CH + "chs-log-scraper"], [DVLA + "serverless-apigateway-log-retention"]),
    ),
    Judgement(
        "convert strings into Ruby symbols",
        _graded([DVLA + "simple-symbolize"], [DVLA + "hash_miner"]),
        must=(DVLA + "simple-symbolize",),
    ),
    Judgement(
        "wrapper around the Melissa address lookup service",
        _graded(
            [IPO + "ctc-address"],
            [
                CH + "address-lookup-api",
                DVLA + "address-lookup-service",
                DVLA + "os-address-lookup",
                ONS + "eq-address-lookup-api",
            ],
        ),
        must=(IPO + "ctc-address",),
    ),
    Judgement(
        "desktop demo client that shows a patient's diagnostic test reports from a FHIR API",
        _graded(
            [NWIS + "democlientdiagnosticreports"],
            [NWIS + "dhew-mocks", NWIS + "github.io", NWIS + "Pyro"],
        ),
        must=(NWIS + "democlientdiagnosticreports",),
    ),
    Judgement(
        "audit service that records events over RabbitMQ",
        _graded(
            [DVLA + "oepp-audit-service"],
            [DVLA + "sdl-opensource", DVLA + "oepp-customer-portal"],
        ),
    ),
    Judgement(
        "FHIR API that returns a patient's demographic details",
        _graded(
            [DHCW + "Kainos-APIM-Development"],
            [NWIS + "dhew-mocks", NWIS + "democlientdiagnosticreports"],
        ),
    ),
    Judgement(
        "validate incoming referral FHIR bundles against UK Core profiles",
        _graded(
            [DHCW + "NWRI-eReferrals-Service-App"],
            [
                DHCW + "wccg-eReferrals-service-app",
                DHCW + "wccg-pas-referrals-api",
                NWIS + "NHSWales-fhir-profiles",
                GIGC + "NHSWales-fhir-profiles",
                "NHSWalesFHIR/NHSWales-fhir-profiles-R4",
            ],
        ),
    ),
    Judgement(
        "shared Play framework components for vehicle service web frontends",
        _graded(
            [DVLA + "vehicles-presentation-common"],
            [DVLA + "vehicles-services-common", DVLA + "sbt-plugins"],
        ),
    ),
    Judgement(
        "match free-text addresses to Unique Property Reference Numbers",
        _graded(
            [ONS + "address-index-api"],
            [
                ONS + "address-index-data",
                ONS + "address-index-ui",
                ONS + "eq-address-lookup-api",
                ONS + "address-toolkit",
                DVLA + "os-address-lookup",
            ],
        ),
    ),
    Judgement(
        "documentation of the agreed interfaces between survey data collection components",
        _graded([ONS + "ons-schema-definitions"]),
        must=(ONS + "ons-schema-definitions",),
    ),
    Judgement(
        "register of questionnaires published from the survey authoring tool",
        _graded(
            [ONS + "eq-survey-register"],
            [ONS + "eq-publisher", ONS + "eq-questionnaire-schemas", ONS + "eq-author-app"],
        ),
    ),
    Judgement(
        "launch a questionnaire in the survey runner for local testing",
        _graded(
            [ONS + "eq-questionnaire-launcher"],
            [ONS + "eq-questionnaire-runner", ONS + "eq-runner-mock-sds"],
        ),
    ),
    Judgement(
        "Go library that renders HTML templates for frontend microservices",
        _graded(
            [ONS + "dp-renderer", ONS + "dp-frontend-renderer"],
            [ONS + "dp-frontend-router"],
        ),
    ),
    Judgement(
        "command-line helper tools for the ONS publishing platform developers",
        _graded(
            [ONS + "dp-cli"],
            [ONS + "dp-data-tools", ONS + "dp-compose", CH + "chs-dev"],
        ),
        must=(ONS + "dp-cli",),
    ),
    Judgement(
        "Perl web application behind the company information website",
        _graded([CH + "ch.gov.uk"], [CH + "Log-Declare"]),
        must=(CH + "ch.gov.uk",),
    ),
    Judgement(
        "Next.js sign-in screens built from the identity platform's journeys",
        _graded([CH + "ch-account-ui"], [CH + "forgerock-cloud-config"]),
        must=(CH + "ch-account-ui",),
    ),
    Judgement(
        "fine-tune a large language model and demo it in Gradio",
        _graded([T + "mimic"], [T + "llm-evals-cy"]),
        must=(T + "mimic",),
    ),
    Judgement(
        "Go web app with templ, HTMX and Tailwind",
        _graded(["atos-digital/DHCW-clinic-outcomes"]),
        must=("atos-digital/DHCW-clinic-outcomes",),
    ),
    Judgement(
        "tech radar",
        _graded([ONS + "keh-digital-landscape"]),
        must=(ONS + "keh-digital-landscape",),
    ),
    Judgement(
        "notes for our team's discussions about artificial intelligence in the health service",
        _graded(["Work-In-Progress-For-Health/ai"]),
        must=("Work-In-Progress-For-Health/ai",),
    ),
    Judgement(
        "FastAPI proof of concept for a land and property data platform",
        _graded(
            [WRA + "property_platform_app"],
            [
                "Welsh-Revenue-Authority/property-data-poc",
                WRA + "isitinwales",
                WRA + "land-and-property-datasets",
                WRA + "property-per-page",
            ],
        ),
        must=(WRA + "property_platform_app",),
    ),
    Judgement(
        "vaccine uptake control charts from a student hackathon",
        _graded(
            ["NHS-Executive/WMCHackathon_Vaccine"],
            [
                "Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals",
                "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
                DHCW + "dhcw-vaccine-roadmap",
            ],
        ),
    ),
    Judgement(
        "backend API for the new StatsWales service",
        _graded(
            [MC + "statswales-backend"],
            [MC + "statswales-frontend", MC + "statswales", MC + "statswales-candidate-cube"],
        ),
        must=(MC + "statswales-backend",),
    ),
]
