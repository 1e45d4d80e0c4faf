"""An eighth fresh, independent set of judged search questions, written on 6 December 2026.

It was written in the second session of 6 December, for the NEXT session to score honestly once: it
has not been scored, nothing has been tuned on it, and it must never be used to tune anything. Score
it once on the code that session starts from and once at its end, means only, and report the result
apart from the other sets.

How it was written: from the bundled data alone (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, topics, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the English and Welsh names of bodies). For each question the data was
grepped for its words and for other words that say the same thing (synonyms, Welsh and English,
plural and mutated forms, tool names in manifests and file listings), and the candidates'
descriptions and READMEs were read before grading. No search engine, catalogue, API, ranking or
similarity code or output was run or read, and neither ndcg.py nor duplicate_report.py was run.
relevance_corpus.py was read for the shape of Judgement and _graded only; judgements_fresh7.py was
opened for its docstring, imports and entry shape (a few of its opening and closing questions were
seen in passing; two draft questions here on the same topics as those were replaced by others). The
earlier sets were otherwise checked only by a script that counted questions here equal to, or
contained in, an earlier question (none are; one draft question that was equal to an earlier one
was reworded).

Grades: 2 is what the person wants, 1 is relevant but not the main answer; every repository in the
snapshot that deserves a grade is listed. There are no `must` lists: these questions measure, they
do not gate. Each question's kind is given on its Judgement: "welsh" (Welsh or mixed Welsh and
English), "vague" (a plain description of a need, without the technical term), "typo", or
"english" (the default). Repositories with no README were graded on their names, file listings and
manifests.
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

T = "techiaith/"
CH = "companieshouse/"
GIG = "GIG-Cymru-NHS-Wales/"
WIP = "Work-In-Progress-For-Health/"


FRESH8_JUDGEMENTS: list[Judgement] = [
    Judgement(
        "move failed kafka messages from an error topic back onto a retry topic",
        _graded(
            [CH + "kafka-error-consumer", CH + "kafka-management-tool"],
            ["ONSdigital/dp-data-tools", "ONSdigital/dp-kafka"],
        ),
    ),
    Judgement(
        "express middleware that keeps user sessions in redis",
        _graded([CH + "node-session-handler"], [CH + "go-session-handler"]),
    ),
    Judgement(
        "mock OpenID Connect provider for testing sign-in",
        _graded(
            ["dvla/government-gateway-stub"],
            [CH + "third-party-harness-oidc", CH + "third-party-test-harness"],
        ),
    ),
    Judgement(
        "lawrlwytho cofion cyfieithu ar ffurf TMX",
        _graded([T + "archgof-client"], [T + "anonymeiddiwr-beta"]),
        kind="welsh",
    ),
    Judgement(
        "gweinydd cyfieithu peirianyddol o'r Saesneg i'r Gymraeg",
        _graded([T + "docker-moses-smt", T + "docker-marian-nmt"], [T + "techiaith-utils"]),
        kind="welsh",
    ),
    Judgement(
        "canfod enwau personau, lleoedd a sefydliadau mewn brawddegau",
        _graded(
            [T + "spacy_cy_tag_lem_ner_lg", T + "spacy-wales-en-ner-model"],
            [T + "anonymeiddiwr-beta", T + "spacy"],
        ),
        kind="welsh",
    ),
    Judgement(
        "trosi sillafu Cymraeg yn ffonemau ar gyfer llais synthetig",
        _graded([T + "techiaith-g2p"], [T + "welsh-lts", T + "llais_festival"]),
        kind="welsh",
    ),
    Judgement(
        "cyfrifiannell arian cyfatebol i glybiau chwaraeon",
        _graded(["Sport-Wales/crowdfunder-calculator"], ["Sport-Wales/investment-portal"]),
        kind="welsh",
    ),
    Judgement(
        "somewhere athletes can tell us about their experiences without giving their name",
        _graded(["Sport-Wales/athlete-experience-portal"]),
        kind="vague",
    ),
    Judgement(
        "senarios treth trafodiadau tir ar gyfer ail gartrefi",
        _graded(
            ["welsh-revenue-authority/LTT_scenarios"],
            ["welsh-revenue-authority/property_platform_app"],
        ),
        kind="welsh",
    ),
    Judgement(
        "app for people to keep a wellbeing diary and share it with support staff",
        _graded(
            ["Legal-Innovation-Lab-Wales/include-journey"],
            ["Sport-Wales/athlete-experience-portal"],
        ),
        kind="vague",
    ),
    Judgement(
        "templed ar gyfer prosiectau Python newydd",
        _graded(
            ["Public-Health-Wales/phwcookiecutter", "ONSdigital/ons-python-template"],
            ["ONSdigital/onsrap", "ONSdigital/dp-cli"],
        ),
        kind="welsh",
    ),
    Judgement(
        "a simple website where our team posts weekly updates on what we're working on",
        _graded(
            ["nrw-digital/week-notes", "Sport-Wales/digital-team-site"],
            ["wgdsu/wgdsu.github.io", "dvla/dvla.github.io"],
        ),
        kind="vague",
    ),
    Judgement(
        "check an uploaded document for any banned words",
        _graded(["intellectual-property-office/ctc-dictionary"], [CH + "restricted-word-web"]),
        kind="vague",
    ),
    Judgement(
        "dashboard of vulnerable dependencies and end-of-life frameworks across our services",
        _graded(
            [CH + "services-dashboard-api", CH + "services-dashboard-web"],
            ["ONSdigital/keh-digital-landscape", "intellectual-property-office/fe-dashboard-ui"],
        ),
    ),
    Judgement(
        "API that validates survey questionnaire schemas",
        _graded(
            ["ONSdigital/eq-schema-validator", "ONSdigital/eq-questionnaire-validator"],
            ["ONSdigital/eq-questionnaire-schemas", "ONSdigital/eq-json-version-converter"],
        ),
    ),
    Judgement(
        "mapiau o ddata'r Cyfrifiad fesul cymdogaeth",
        _graded(
            ["ONSdigital/dp-census-atlas"],
            ["ONSdigital/dp-geodata-api", "ONSdigital/dp-map-renderer"],
        ),
        kind="welsh",
    ),
    Judgement("Microsoft Dataverse Web API client for Ruby", _graded(["dvla/dataverse-helper"])),
    Judgement(
        "have AI write my git commit messages for me", _graded(["dvla/opencommit"]), kind="vague"
    ),
    Judgement(
        "load CSV and Excel files into Delta tables with Spark and check data quality first",
        _graded(["dvla/sifft"], ["ONSdigital/ons-utils", "ONSdigital/dp-data-pipelines"]),
    ),
    Judgement(
        "llais Cymraeg i'r darllenydd sgrin NVDA",
        _graded([T + "nvda-addon"], [T + "piper-cy", T + "techiaith-g2p", T + "Festival_MSAPI"]),
        kind="welsh",
    ),
    Judgement(
        "adfer atalnodi a phriflythrennau mewn testun heb atalnodi",
        _graded([T + "docker-atalnodi-server"]),
        kind="welsh",
    ),
    Judgement(
        "safoni ffurfiau llafar a thafodieithol mewn testunau Cymraeg",
        _graded(
            [T + "cydran-normaleiddio"],
            [T + "welsh-whisperx", T + "hunspell-cy-llafar", T + "techiaith-tts"],
        ),
        kind="welsh",
    ),
    Judgement(
        "mesur pa mor debyg yw dwy frawddeg Gymraeg",
        _graded(
            [T + "tebygrwydd_brawddegau_cymraeg"],
            [T + "word2vec-cy", T + "word2vec-cy-demutated", T + "spacy_cy_tag_lem_ner_lg"],
        ),
        kind="welsh",
    ),
    Judgement(
        "gair deffro i gynorthwyydd llais Cymraeg",
        _graded([T + "deffro"], [T + "macsen", T + "macsen-flutter"]),
        kind="welsh",
    ),
    Judgement(
        "symud sgriptiau a chod oddi ar yriannau a rennir i GitHub",
        _graded(
            [
                "GIGCymru/Best-Practice-for-Backing-up-Files-to-GitHub",
                "GIGCymru/Linking-On-Prem-git-To-GitHub",
            ],
            ["GIGCymru/GitHub-GIG-Cymru-Starter-Guide", GIG + "faq"],
        ),
        kind="welsh",
    ),
    Judgement(
        "how do other teams write down the way they agree to work together",
        _graded(
            [GIG + "ways-of-working"],
            [
                "GIGCymru/dhcw-software-engineering-handbook",
                "GIGCymru/dhcw-delivery-playbook",
                "DHCW-Digital-Health-and-Care-Wales/dhcw-delivery-playbook",
            ],
        ),
        kind="vague",
    ),
    Judgement(
        "documentation website built with Zensical",
        _graded(
            [
                "DHCW-Digital-Health-and-Care-Wales/dhcw-delivery-playbook",
                "GIGCymru/dhcw-delivery-playbook",
                "GIGCymru/architecture",
                "GIGCymru/dhcw-software-engineering-handbook",
            ],
            [
                GIG + "architecture-decision-records",
                "GIGCymru/product-briefs",
                "ONSdigital/ons_mkdocs_theme",
            ],
        ),
    ),
    Judgement(
        "dilysu rhifau GIG cleifion",
        _graded(
            [
                GIG + "nhs-number-using-rust",
                GIG + "nhs-number-cli-using-rust",
                WIP + "nhs-number-cli-using-rust",
                WIP + "nhs-number-using-rust",
            ],
            [GIG + "nhs-number-replacer-cli-using-rust"],
        ),
        kind="welsh",
    ),
    Judgement(
        "swap real patient numbers in a log file for safe test ones",
        _graded(
            [GIG + "nhs-number-replacer-cli-using-rust"],
            [
                GIG + "nhs-number-using-rust",
                WIP + "nhs-number-using-rust",
                GIG + "testing",
                T + "anonymeiddiwr-beta",
            ],
        ),
        kind="vague",
    ),
    Judgement(
        "forward messages from MSMQ to Azure Service Bus",
        _graded(
            ["DHCW-Digital-Health-and-Care-Wales/Integration-Hub-MSMQ-Bridge"],
            [
                "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta",
                "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-POC",
            ],
        ),
    ),
    Judgement(
        "cadw rhif cofrestru personol oddi ar gerbyd ar-lein",
        _graded(["dvla/vrm-retention-online"], ["dvla/vrm-assign-online"]),
        kind="welsh",
    ),
    Judgement(
        "give a car hire firm a code so they can check my driving licence",
        _graded(
            ["dvla/add-a-driving-licence-check-code-to-your-mobile-phone"],
            ["dvla/vdr-core", "dvla/pdf-generator"],
        ),
        kind="vague",
    ),
    Judgement(
        "work out the right industry code from what a business says it does",
        _graded(["datasciencecampus/classifai", CH + "sic-code-api"], [CH + "sic-code-data"]),
        kind="vague",
    ),
    Judgement(
        "type-ahead suggestions API that copes with misspelt terms",
        _graded(["ONSdigital/eq-suggest-api"], ["ONSdigital/eq-lookup-api"]),
    ),
    Judgement(
        "virus scaning uploaded files before storing them",
        _graded(
            [CH + "file-transfer-service"],
            [
                "intellectual-property-office/ctc-file-sanitise",
                "Marvell-Consulting/statswales-backend",
            ],
        ),
        kind="typo",
    ),
    Judgement(
        "spin up the whole platform locally with Docker Compose",
        _graded([CH + "chs-dev", "ONSdigital/dp-compose"]),
    ),
    Judgement(
        "botwm newid iaith rhwng Cymraeg a Saesneg ar wefan",
        _graded(
            [
                CH + "ch-node-utils",
                CH + "ch-java-utils",
                "Sport-Wales/sport-wales-project-template",
            ],
            [
                "ONSdigital/dp-renderer",
                "Welsh-Revenue-Authority/property-data-poc",
                "Marvell-Consulting/statswales-frontend",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "siartiau rheoli prosesau ystadegol (SPC) ar gyfer data'r GIG",
        _graded(
            [
                "Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals",
                "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
            ],
            ["impcymru/impcymru-chart-formatter", "NHS-Executive/WMCHackathon_Vaccine"],
        ),
        kind="welsh",
    ),
    Judgement(
        "map ffordd cyhoeddus ar gyfer gwasanaeth digidol",
        _graded(
            [
                "DHCW-Digital-Health-and-Care-Wales/dhcw-vaccine-roadmap",
                "DHCW-Digital-Health-and-Care-Wales/product-roadmaps",
                "DHCW-Digital-Health-and-Care-Wales/public-backlog-template",
            ],
            ["National-Data-Resource/.github"],
        ),
        kind="welsh",
    ),
    Judgement(
        "tuberculosis sequenceing pipeline in nextflow",
        _graded(
            ["Pathogen-Genomics-Cymru/lodestone"],
            ["Pathogen-Genomics-Cymru/pathogen-mongodb", "Pathogen-Genomics-Cymru/snapper3"],
        ),
        kind="typo",
    ),
    Judgement(
        "run Postman collections as automated API tests with newman",
        _graded(
            [GIG + "postman-examples-using-newman"],
            [CH + "forgerock-cloud-config", "freshehr/dhcw-cdr", GIG + "testing"],
        ),
    ),
    Judgement(
        "Selenium helper that saves a screenshot for every automated web test",
        _graded(["dvla/evl-screenshot-helper"], ["dvla/dvla-browser-drivers", GIG + "testing"]),
    ),
    Judgement(
        "data cyflymder band eang a ffonau symudol yng Nghymru",
        _graded(["wgdsu/wales-ookla-data"]),
        kind="welsh",
    ),
    Judgement(
        "casglu llofnodion ar ddeisebau ar-lein", _graded(["SeneddCymru/e-petitions"]), kind="welsh"
    ),
    Judgement(
        "geonetwrok metadata catalogue customisations",
        _graded(["AstunTechnology/nrw-custom-geonetwork"]),
        kind="typo",
    ),
    Judgement(
        "modelu mewnbwn-allbwn yr economi a chyfrifo lluosyddion",
        _graded(["wgdsu/iot-leontief-python", "wgdsu/iot-leontief-r"]),
        kind="welsh",
    ),
    Judgement(
        "turn our spreadsheet questionnaires about patient outcomes into a health data standard",
        _graded(["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"], ["freshehr/dhcw-cdr"]),
        kind="vague",
    ),
    Judgement(
        "LINQPad script to generate test NHS numbers",
        _graded(
            ["nwisbeta/linqpad-scripts"],
            [
                GIG + "nhs-number-using-rust",
                WIP + "nhs-number-using-rust",
                GIG + "nhs-number-cli-using-rust",
                WIP + "nhs-number-cli-using-rust",
            ],
        ),
    ),
    Judgement(
        "stop old statistics web links breaking when the new site goes live",
        _graded(["Marvell-Consulting/statswales2redirect"]),
        kind="vague",
    ),
    Judgement(
        "copy messages from an SQS queue into a CSV file",
        _graded(["dvla/aws-sqs-utility"], ["dvla/sqs-extended-client"]),
    ),
    Judgement(
        "serverless plugin to set retention on API Gateway access logs",
        _graded(["dvla/serverless-apigateway-log-retention"]),
    ),
    Judgement(
        "Tailwind CSS plugin that converts rem units to em",
        _graded(["Transport-for-Wales/tailwindcss-plugin-rems-to-ems"]),
    ),
    Judgement(
        "screens showing how busy the emergency department is",
        _graded([GIG + "emergency-department-dashboards"]),
        kind="vague",
    ),
    Judgement(
        "ap bwrdd gwaith i drawsgrifio lleferydd Cymraeg yn fyw ar Windows",
        _graded(
            [
                T + "trawsgrifiwr-byw",
                T + "trawsgrifiwr-byw-seinydd-windows",
                T + "trawsgrifiwr-windows",
            ],
            [
                T + "hosted-whisper-streaming-with-client",
                T + "welsh-whisperx",
                T + "docker-deepspeech-cy-server",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "baner caniatâd cwcis ar gyfer gwefan gwasanaeth cyhoeddus",
        _graded(
            [
                "intellectual-property-office/fe-cookie-banner",
                "ONSdigital/dp-frontend-cookie-controller",
            ],
            ["ONSdigital/dp-design-system"],
        ),
        kind="welsh",
    ),
    Judgement(
        "sign users in with Microsoft Entra External ID from a JavaScript app",
        _graded(
            [
                GIG + "microsoft-entra-external-tenant-authentication-example-using-javascript",
                GIG + "demo-microsoft-entra",
            ],
            [GIG + "wauth", GIG + "authentication"],
        ),
    ),
    Judgement("Ruby gem for building OpenSearch query DSL", _graded(["dvla/kaping"])),
    Judgement(
        "rhestrau o'r geiriau a ddefnyddir amlaf yn y Gymraeg",
        _graded([T + "geiriau-mwyaf-aml"], [T + "lecsicon-cymraeg-bangor-enghreifftiau"]),
        kind="welsh",
    ),
    Judgement("convert TIFF images to PDF through an HTTP service", _graded([CH + "go-tiff2pdf"])),
]
