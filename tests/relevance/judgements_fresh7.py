"""A seventh fresh, independent set of judged search questions, written on 6 December 2026.

It exists to measure search quality honestly once, at the end: it has not been scored, nothing has
been tuned on it, and it must never be used to tune anything. It was written at the end of the
session of 6 December for the next session: score it once on the code that session starts from and
once at its end, means only, and report the result apart from the other sets.

How it was written: from the bundled data alone (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, topics, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the English and Welsh names of bodies). For each question the data was
grepped for its words and for other words that say the same thing (synonyms, Welsh and English,
plural and mutated forms, tool names in manifests and file listings), and the candidates'
descriptions and READMEs were read before grading. No search engine, catalogue, API, demo, ranking
or similarity code or output was run or read. relevance_corpus.py was read for the shape of
Judgement and _graded only, judgements_fresh6.py for its docstring and imports only; the earlier
sets were checked only by a script that counted questions here equal to, or contained in, an
earlier question (none are; one draft question that was equal to an earlier one was reworded).

Grades: 2 is what the person wants, 1 is relevant but not the main answer; every repository in the
snapshot that deserves a grade is listed. There are no `must` lists: these questions measure, they
do not gate. Each question's kind is given on its Judgement: "welsh" (Welsh or mixed Welsh and
English), "vague" (a plain description of a need), "typo", or "english" (the default).
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

T = "techiaith/"


FRESH7_JUDGEMENTS: list[Judgement] = [
    Judgement(
        "gwirio sillafu mewn dogfennau Cymraeg",
        _graded(
            [T + "hunspell-cy"],
            [
                T + "hunspell-cy-llafar",
                T + "lecsicon-cymraeg-bangor-enghreifftiau",
                T + "lecsicon-cymraeg-bangor",
                T + "cydran-normaleiddio",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "dod o hyd i gyfeiriad o'r cod post",
        _graded(
            [
                "companieshouse/address-lookup-api",
                "dvla/address-lookup-service",
                "dvla/os-address-lookup",
                "intellectual-property-office/ctc-address",
                "ONSdigital/eq-address-lookup-api",
                "ONSdigital/address-index-api",
            ],
            [
                "ONSdigital/address-index-ui",
                "ONSdigital/address-index-data",
                "ONSdigital/address-index-developers",
                "ONSdigital/address-toolkit",
                "dvla/postman-paf",
                "dvla/postman-paf-js",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "creu isdeitlau ar gyfer fideos Cymraeg",
        _graded(
            [T + "welsh-whisperx", T + "trawsgrifiwr-arlein"],
            [
                T + "docker-huggingface-stt-cy",
                T + "hacio-deepspeech-cymraeg",
                T + "trawsgrifiwr-byw",
                T + "trawsgrifiwr-byw-seinydd-windows",
                T + "hosted-whisper-streaming-with-client",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "cyfieithu dogfennau'r cyngor i'r Gymraeg yn awtomatig",
        _graded(
            [T + "docker-moses-smt", T + "docker-marian-nmt"],
            [T + "techiaith-utils", T + "archgof-client"],
        ),
        kind="welsh",
    ),
    Judgement(
        "llais Cymraeg i ddarllenydd sgrin ar Windows",
        _graded(
            [T + "nvda-addon", T + "Festival_MSAPI"],
            [T + "Festival_Windows", T + "techiaith-g2p", T + "piper-cy"],
        ),
        kind="welsh",
        notes=(
            "nvda-addon's README only links to its docs; graded on its name and file listing"
            " (NVDA add-on)."
        ),
    ),
    Judgement(
        "creu enwau pobl a lleoedd Cymreig dychmygol ar gyfer data prawf",
        _graded(
            [T + "enwau_ffug"],
            ["GIG-Cymru-NHS-Wales/testing", "companieshouse/test-data-generator"],
        ),
        kind="welsh",
    ),
    Judgement(
        "troi geiriau treigledig yn ôl i'w ffurf gysefin",
        _graded(
            [
                T + "spacy_cy_tag_lem_ner_lg",
                T + "lecsicon-cymraeg-bangor",
                T + "lecsicon-cymraeg-bangor-enghreifftiau",
            ],
            [T + "word2vec-cy-demutated", T + "offer-trin-iaith"],
        ),
        kind="welsh",
    ),
    Judgement(
        "lluosogi enwau a threiglo geiriau Cymraeg mewn cod",
        _graded(
            [T + "offer-trin-iaith"],
            [T + "lecsicon-cymraeg-bangor", T + "lecsicon-cymraeg-bangor-enghreifftiau"],
        ),
        kind="welsh",
    ),
    Judgement(
        "casglu llofnodion gan y cyhoedd i alw ar y llywodraeth i weithredu",
        _graded(["SeneddCymru/e-petitions"]),
        kind="welsh",
    ),
    Judgement(
        "gwirio bod rhifau GIG cleifion yn ddilys",
        _graded(
            [
                "GIG-Cymru-NHS-Wales/nhs-number-using-rust",
                "GIG-Cymru-NHS-Wales/nhs-number-cli-using-rust",
                "Work-In-Progress-For-Health/nhs-number-cli-using-rust",
                "Work-In-Progress-For-Health/nhs-number-using-rust",
            ],
            ["GIG-Cymru-NHS-Wales/nhs-number-replacer-cli-using-rust", "nwisbeta/linqpad-scripts"],
        ),
        kind="welsh",
    ),
    Judgement(
        "dangos ystadegau'r cyfrifiad fesul ardal ar fap",
        _graded(
            ["ONSdigital/dp-census-atlas", "ONSdigital/dp-geodata-api"],
            [
                "ONSdigital/dp-map-renderer",
                "ONSdigital/dp-areas-api",
                "ONSdigital/explore-local-statistics-app",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "ap sy'n ateb cwestiynau llafar am y tywydd a'r newyddion",
        _graded(
            [T + "macsen", T + "macsen-flutter", T + "macsen-sgwrsfot"],
            [
                T + "docker-kaldi-gstreamer-server",
                T + "docker-deepspeech-cy-server",
                T + "deffro",
                T + "docker-coqui-stt-cy",
                T + "julius-cy",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "rheolau treth wrth brynu ail gartref neu eiddo prynu-i-osod",
        _graded(
            ["welsh-revenue-authority/LTT_scenarios"],
            [
                "welsh-revenue-authority/property_platform_app",
                "welsh-revenue-authority/data-landscape",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "anfon negeseuon e-bost at gwsmeriaid o'n gwasanaeth",
        _graded(
            [
                "dvla/email-service",
                "companieshouse/chs-email-sender-java",
                "companieshouse/email-producer-java",
                "dvla/olev-ses",
                "companieshouse/chs-notification-sender-api",
                "companieshouse/chs-gov-uk-notify-integration-api",
            ],
            [
                "intellectual-property-office/ctc-correspondence",
                "intellectual-property-office/Outreach-Patents",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "cuddio enwau pobl mewn testun cyn ei rannu",
        _graded(
            [T + "anonymeiddiwr-beta"],
            [
                T + "spacy-wales-en-ner-model",
                T + "spacy_cy_tag_lem_ner_lg",
                "GIG-Cymru-NHS-Wales/nhs-number-replacer-cli-using-rust",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "rhestrau o'r geiriau a ddefnyddir amlaf yn Gymraeg",
        _graded([T + "geiriau-mwyaf-aml"]),
        kind="welsh",
    ),
    Judgement(
        "profi pa mor dda mae modelau iaith mawr yn deall Cymraeg",
        _graded([T + "llm-evals-cy"], [T + "mimic"]),
        kind="welsh",
    ),
    Judgement(
        "mewngofnodi cyflym i glinigwyr ar wardiau ysbyty",
        _graded(
            ["GIG-Cymru-NHS-Wales/wauth"],
            [
                "GIG-Cymru-NHS-Wales/demo-microsoft-entra",
                "GIG-Cymru-NHS-Wales/microsoft-entra-external-tenant-authentication-example-using-javascript",
                "GIG-Cymru-NHS-Wales/authentication",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "gweld pa fersiynau o'n gwasanaethau sydd ar bob amgylchedd",
        _graded(
            ["intellectual-property-office/fe-dashboard-ui"],
            ["companieshouse/services-dashboard-web", "companieshouse/services-dashboard-api"],
        ),
        kind="welsh",
    ),
    Judgement(
        "find out which of our services still rely on libraries that are out of support",
        _graded(
            ["companieshouse/services-dashboard-api", "companieshouse/services-dashboard-web"],
            ["ONSdigital/keh-digital-landscape"],
        ),
        kind="vague",
    ),
    Judgement(
        "test a login flow locally without the real identity provider",
        _graded(
            ["dvla/government-gateway-stub"],
            ["companieshouse/third-party-harness-oidc", "companieshouse/third-party-test-harness"],
        ),
        kind="vague",
    ),
    Judgement(
        "gofyn caniatâd ymwelwyr cyn gosod cwcis ar ein gwefan",
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
        "rhaglen i gropian holl dudalennau gwefan fy nghyngor",
        _graded(
            ["CyngorGwyneddDatblygu/Ymlusgwr"],
            [
                "Marvell-Consulting/statswales2redirect",
                "Marvell-Consulting/statswales-data-grabber",
                "NHS-Executive/GoogleColab_NHFD_WebScraper",
            ],
        ),
        kind="welsh",
        notes="Ymlusgwr (Welsh for crawler) has no README; graded on its name and organisation.",
    ),
    Judgement(
        "stop old links breaking when we move our website to a new address",
        _graded(["Marvell-Consulting/statswales2redirect"]),
        kind="vague",
    ),
    Judgement(
        "ap i wirfoddolwyr recordio eu lleisiau yn darllen brawddegau",
        _graded(
            [T + "Paldaruo", T + "voice-web"],
            [T + "brawddegau-adnabod-lleferydd", T + "wikipedia-extractor"],
        ),
        kind="welsh",
    ),
    Judgement(
        "pwy sy'n gyfarwyddwyr ar gwmni",
        _graded(
            ["companieshouse/company-appointments.api.ch.gov.uk"],
            ["companieshouse/search.api.ch.gov.uk", "companieshouse/oracle-query-api"],
        ),
        kind="welsh",
    ),
    Judgement(
        "gadael i bobl dalu cosbau ar-lein",
        _graded(
            ["dvla/oepp-customer-portal", "dvla/oepp-payment-services", "dvla/oepp-core"],
            [
                "dvla/oepp-validation",
                "dvla/oepp-business-rules",
                "dvla/oepp-audit-service",
                "companieshouse/lfp-error-reporter",
                "companieshouse/payments.api.ch.gov.uk",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "put up a notice for visitors while the online service is switched off for upgrades",
        _graded(["dvla/oepp-maintenance-page"]),
        kind="vague",
    ),
    Judgement(
        "cynnig holiaduron ein harolygon yn Saesneg ac yn Gymraeg",
        _graded(
            ["ONSdigital/eq-translations", "ONSdigital/eq-questionnaire-schemas"],
            ["ONSdigital/eq-questionnaire-runner", "ONSdigital/eq-survey-runner"],
        ),
        kind="welsh",
    ),
    Judgement(
        "sgwrsfot sy'n ateb cwestiynau am ein cyhoeddiadau ystadegol",
        _graded(
            ["datasciencecampus/statschat-app"],
            [
                "datasciencecampus/classifai",
                "dvla/lab-gen",
                "dvla/lab-gen-ui",
                T + "macsen-sgwrsfot",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "work out which industry category a business belongs to from a description of what it does",
        _graded(
            ["companieshouse/sic-code-api", "datasciencecampus/classifai"],
            ["companieshouse/sic-code-data"],
        ),
        kind="vague",
    ),
    Judgement(
        "print a customer's address the right way on an envelope",
        _graded(["dvla/postman-paf", "dvla/postman-paf-js"], ["ONSdigital/address-toolkit"]),
        kind="vague",
    ),
    Judgement(
        "see how fast people's home and mobile internet is in different parts of Wales",
        _graded(["wgdsu/wales-ookla-data"]),
        kind="vague",
    ),
    Judgement(
        "cyfrifo pa mor debyg yw dwy frawddeg Gymraeg",
        _graded(
            [T + "tebygrwydd_brawddegau_cymraeg"],
            [T + "word2vec-cy", T + "word2vec-cy-demutated", T + "spacy_cy_tag_lem_ner_lg"],
        ),
        kind="welsh",
    ),
    Judgement(
        "join up records about the same people held by two organisations"
        " without either side seeing the other's personal details",
        _graded(
            ["datasciencecampus/pprl_toolkit"], ["GIG-Cymru-NHS-Wales/person-similarity-using-rust"]
        ),
        kind="vague",
    ),
    Judgement(
        "estimate how extra spending in one industry ripples through the rest of the economy",
        _graded(["wgdsu/iot-leontief-python", "wgdsu/iot-leontief-r"]),
        kind="vague",
    ),
    Judgement(
        "help a community sports club see how much extra money it could get"
        " if it raises funds from the public",
        _graded(["Sport-Wales/crowdfunder-calculator"], ["Sport-Wales/investment-portal"]),
        kind="vague",
    ),
    Judgement(
        "tell whether a rise in waiting times is a real change or just the usual ups and downs",
        _graded(
            [
                "Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals",
                "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
            ],
            ["impcymru/impcymru-chart-formatter"],
        ),
        kind="vague",
    ),
    Judgement(
        "let staff rate how well their colleagues live up to the organisation's values",
        _graded(
            [
                "Work-In-Progress-For-Health/dhcw360",
                "Work-In-Progress-For-Health/gig-cymru-igdc-dryw",
            ]
        ),
        kind="vague",
    ),
    Judgement(
        "virus scanning for files that users upload",
        _graded(
            [
                "companieshouse/file-transfer-service",
                "intellectual-property-office/ctc-file-sanitise",
            ],
            ["Marvell-Consulting/statswales-backend"],
        ),
    ),
    Judgement(
        "stop people registering names that contain banned or offensive words",
        _graded(
            ["companieshouse/restricted-word-web"], ["intellectual-property-office/ctc-dictionary"]
        ),
        kind="vague",
    ),
    Judgement(
        "convert patient-reported outcome questionnaires from Excel into FHIR",
        _graded(
            ["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"],
            ["DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta", "freshehr/dhcw-cdr"],
        ),
    ),
    Judgement(
        "multi-page form wizard for GOV.UK style services",
        _graded(
            ["dvla/dvla-wizardflow", "dvla/Fitness-to-Drive-Pageflow"], ["dvla/evl-state-manager"]
        ),
    ),
    Judgement(
        "produce PDF documents for customers to download",
        _graded(
            ["dvla/pdf-generator", "companieshouse/document-generator"],
            ["companieshouse/go-tiff2pdf", "companieshouse/chs-gov-uk-notify-integration-api"],
        ),
    ),
    Judgement(
        "pull the text out of scanned TIFF images",
        _graded(["companieshouse/ocr-api"], ["companieshouse/go-tiff2pdf"]),
    ),
    Judgement(
        "send queue messages bigger than the 256KB limit",
        _graded(["dvla/sqs-extended-client"], ["dvla/aws-sqs-utility"]),
    ),
    Judgement(
        "replay failed kafak mesages from an error topic",
        _graded(
            ["companieshouse/kafka-error-consumer", "companieshouse/kafka-management-tool"],
            ["ONSdigital/dp-data-tools"],
        ),
        kind="typo",
    ),
    Judgement(
        "welsh speach recogniton on a rasberry pi",
        _graded([T + "julius-cy"], [T + "macsen", T + "deffro"]),
        kind="typo",
    ),
    Judgement(
        "elasticsaerch client libary",
        _graded(
            ["ONSdigital/dp-elasticsearch", "dvla/kaping"],
            [
                "companieshouse/elasticsearch-data-loader",
                "ONSdigital/dp-search-api",
                "companieshouse/search.api.ch.gov.uk",
            ],
        ),
        kind="typo",
    ),
    Judgement(
        "tuberculosis sequencing analysis pipeline",
        _graded(
            ["Pathogen-Genomics-Cymru/lodestone"],
            ["Pathogen-Genomics-Cymru/pathogen-mongodb", "Pathogen-Genomics-Cymru/snapper3"],
        ),
    ),
    Judgement(
        "send genomic test results to hospital systems as HL7 messages",
        _graded(
            [
                "Genomics-Partnership-Wales/genomics-result-hl7-sender",
                "Genomics-Partnership-Wales/HL7ResultsGateway",
                "Genomics-Partnership-Wales/LabGateway",
            ],
            ["DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta"],
        ),
        notes=(
            "The three Genomics Partnership Wales repositories have no README; graded on their"
            " names and file listings."
        ),
    ),
    Judgement(
        "move messages from on-premises MSMQ queues to Azure Service Bus",
        _graded(
            ["DHCW-Digital-Health-and-Care-Wales/Integration-Hub-MSMQ-Bridge"],
            ["DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta"],
        ),
    ),
    Judgement(
        "mark up court judgments as structured XML",
        _graded(["Legal-Innovation-Lab-Wales/judiciary-akn-tagger"]),
    ),
    Judgement(
        "turn an audit report into an interactive visual story that readers can pause and explore",
        _graded(["Audit-Wales/NetZeroDive"]),
    ),
    Judgement(
        "apply our house style to statistical charts automatically",
        _graded(["wgdsu/KASStylesR", "impcymru/impcymru-chart-formatter"]),
    ),
    Judgement(
        "move code that is backed up on shared network drives into GitHub",
        _graded(
            [
                "GIGCymru/Best-Practice-for-Backing-up-Files-to-GitHub",
                "GIGCymru/Linking-On-Prem-git-To-GitHub",
            ],
            ["GIGCymru/GitHub-GIG-Cymru-Starter-Guide"],
        ),
    ),
    Judgement(
        "shared helpers for writing Cucumber acceptance tests",
        _graded(
            ["dvla/atlas", "ONSdigital/dp-component-test"],
            ["dvla/dvla-reportportal-ruby", "dvla/dvla-browser-drivers"],
        ),
    ),
    Judgement(
        "templed i ddechrau prosiect Python newydd gyda pre-commit",
        _graded(
            ["Public-Health-Wales/phwcookiecutter", "ONSdigital/ons-python-template"],
            ["ONSdigital/onsrap", "Sport-Wales/template"],
        ),
        kind="welsh",
    ),
    Judgement(
        "GitHub Action to check YAML files against a schema",
        _graded(["nwisbeta/validate-yaml-schema"]),
    ),
    Judgement(
        "prepare 3D scans for made-to-measure seating cushions",
        _graded(["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"]),
    ),
]
