"""A fifth held-out set of judged search questions, written on 5 December 2026.

Written at the end of that day's session, from the data alone, for the NEXT session to score once
before its work and once after it (report the means only) and never to tune on. Nothing has been
scored against it.

How it was written: by reading the bundled data only (ingest/data/snapshot/repositories.jsonl:
names, descriptions, READMEs, languages, file listings, manifests and `organisation`;
organisations.yaml for the English and Welsh names of bodies). Candidates were found by grepping
those files for the words of each question and for other words that say the same thing (Welsh and
English synonyms, plural and mutated forms, names of tools in manifests and file listings), then
reading their descriptions and READMEs. No search engine, catalogue, API, demo, ranking or similarity
code or output was run or read. Earlier judgement files were only imported by a script that counted
(without printing) questions equal to, contained in or sharing half their content words with an
earlier one; those were replaced.

Grades: 2 is what the person wants, 1 is relevant but not the main answer. There are no `must`
lists: these questions measure, they do not gate.
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

FRESH5_JUDGEMENTS: list[Judgement] = [
    # English: tools, platforms, formats, bodies and jobs
    Judgement(
        "making data count spc visuals for looker",
        _graded(
            ["Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals"],
            [
                "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
                "NHS-Executive/WMCHackathon_Vaccine",
                "impcymru/impcymru-chart-formatter",
            ],
        ),
    ),
    Judgement(
        "NRW geonetwork customisation",
        _graded(["AstunTechnology/nrw-custom-geonetwork"], ["epimorphics/nrw-dms-deploy"]),
    ),
    Judgement(
        "Health Level Seven version 2 sample messages",
        _graded(
            ["GIG-Cymru-NHS-Wales/hl7-v2-examples"],
            [
                "GIG-Cymru-NHS-Wales/hl7-parser-example",
                "Genomics-Partnership-Wales/HL7ResultsGateway",
                "Genomics-Partnership-Wales/genomics-result-hl7-sender",
                "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta",
                "GIG-Cymru-NHS-Wales/testing",
            ],
        ),
    ),
    Judgement("archetype based electronic health record for DHCW", _graded(["freshehr/dhcw-cdr"])),
    Judgement(
        "convert scanned tiff to pdf in go",
        _graded(
            ["companieshouse/go-tiff2pdf"],
            ["dvla/pdf-generator", "companieshouse/document-generator"],
        ),
    ),
    Judgement("validate annual accounts filing", _graded(["companieshouse/account-validator-api"])),
    Judgement(
        "check digit for patient identifiers in rust",
        _graded(
            [
                "GIG-Cymru-NHS-Wales/nhs-number-using-rust",
                "Work-In-Progress-For-Health/nhs-number-using-rust",
            ],
            [
                "GIG-Cymru-NHS-Wales/nhs-number-cli-using-rust",
                "Work-In-Progress-For-Health/nhs-number-cli-using-rust",
                "GIG-Cymru-NHS-Wales/nhs-number-replacer-cli-using-rust",
            ],
        ),
    ),
    Judgement(
        "sign in customers through an entra external id tenant",
        _graded(
            [
                "GIG-Cymru-NHS-Wales/microsoft-entra-external-tenant-authentication-example-using-javascript"
            ],
            [
                "GIG-Cymru-NHS-Wales/demo-microsoft-entra",
                "GIG-Cymru-NHS-Wales/wauth",
                "GIG-Cymru-NHS-Wales/authentication",
            ],
        ),
    ),
    Judgement(
        "oversized queue messages offloaded to s3",
        _graded(["dvla/sqs-extended-client"], ["dvla/aws-sqs-utility"]),
    ),
    Judgement(
        "tailwind plugin rems to ems",
        _graded(["Transport-for-Wales/tailwindcss-plugin-rems-to-ems"]),
    ),
    Judgement(
        "blender addon for custom seating cushions",
        _graded(["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"]),
    ),
    Judgement("ookla speed test data wales", _graded(["wgdsu/wales-ookla-data"])),
    Judgement(
        "linking records without sharing identifiers",
        _graded(
            ["datasciencecampus/pprl_toolkit"], ["GIG-Cymru-NHS-Wales/person-similarity-using-rust"]
        ),
    ),
    Judgement(
        "spreadsheet form to FSH conversion",
        _graded(["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"]),
    ),
    Judgement(
        "judgments marked up in legal xml",
        _graded(["Legal-Innovation-Lab-Wales/judiciary-akn-tagger"]),
    ),
    Judgement(
        "ruby dsl for opensearch queries",
        _graded(["dvla/kaping"], ["ONSdigital/dp-elasticsearch"]),
    ),
    Judgement(
        "cucumber world wrapper gem",
        _graded(["dvla/atlas"], ["dvla/dvla-reportportal-ruby", "dvla/dvla-browser-drivers"]),
    ),
    Judgement(
        "sport wales match funding calculator",
        _graded(["Sport-Wales/crowdfunder-calculator"], ["Sport-Wales/investment-portal"]),
    ),
    Judgement("Audit Wales net zero data story", _graded(["Audit-Wales/NetZeroDive"])),
    Judgement("scraping NHFD extracts", _graded(["NHS-Executive/GoogleColab_NHFD_WebScraper"])),
    Judgement("generate git commit text with azure openai", _graded(["dvla/opencommit"])),
    Judgement(
        "charts that follow Welsh Government analytical publication guidance",
        _graded(["wgdsu/KASStylesR"], ["impcymru/impcymru-chart-formatter"]),
    ),
    # Welsh and mixed Welsh/English
    Judgement(
        "dangosfyrddau adran achosion brys",
        _graded(["GIG-Cymru-NHS-Wales/emergency-department-dashboards"]),
        kind="welsh",
    ),  # cy
    Judgement(
        "tynnu gwybodaeth bersonol allan o destunau",
        _graded(
            ["techiaith/anonymeiddiwr-beta"],
            ["GIG-Cymru-NHS-Wales/nhs-number-replacer-cli-using-rust"],
        ),
        kind="welsh",
    ),  # cy
    Judgement(
        "gwerthuso LLMs yn Gymraeg",
        _graded(["techiaith/llm-evals-cy"], ["techiaith/mimic"]),
        kind="welsh",
    ),  # cy
    Judgement(
        "asesiad effaith integredig Chwaraeon Cymru",
        _graded(["Sport-Wales/integrated-impact-assessment"]),
        kind="welsh",
    ),  # cy
    Judgement(
        "calendr digwyddiadau'r ganolfan genedlaethol",
        _graded(["Sport-Wales/calendars"]),
        kind="welsh",
    ),  # cy
    Judgement(
        "geiriadur hunspell i drawsgrifwyr",
        _graded(["techiaith/hunspell-cy-llafar"], ["techiaith/hunspell-cy"]),
        kind="welsh",
    ),  # cy
    Judgement(
        "rhaglen bwrdd gwaith sy'n teipio beth dw i'n ddweud",
        _graded(
            ["techiaith/trawsgrifiwr-byw", "techiaith/trawsgrifiwr-windows"],
            [
                "techiaith/trawsgrifiwr-byw-seinydd-windows",
                "techiaith/hosted-whisper-streaming-with-client",
            ],
        ),
        kind="welsh",
    ),  # cy
    Judgement(
        "synthesis llais Cymraeg heb gysylltiad rhyngrwyd",
        _graded(
            ["techiaith/piper-cy", "techiaith/piper-ios-app"],
            [
                "techiaith/Festival_Windows",
                "techiaith/Festival_MSAPI",
                "techiaith/llais_festival",
                "techiaith/pyfestival",
                "techiaith/docker-marytts",
                "techiaith/marytts",
                "techiaith/docker-coqui-tts-cy",
                "techiaith/techiaith-tts",
            ],
        ),
        kind="welsh",
    ),  # cy
    Judgement(
        "cyfieithydd awtomatig rhwng ieithoedd Cymru",
        _graded(
            ["techiaith/docker-moses-smt", "techiaith/docker-marian-nmt"],
            ["techiaith/techiaith-utils"],
        ),
        kind="welsh",
    ),  # cy
    Judgement(
        "enwau lleoedd a phobl ffug i Faker",
        _graded(
            ["techiaith/enwau_ffug"],
            ["GIG-Cymru-NHS-Wales/testing", "companieshouse/test-data-generator"],
        ),
        kind="welsh",
    ),  # cy
    Judgement(
        "dadansoddi gramadeg brawddegau efo spaCy",
        _graded(
            [
                "techiaith/parsiwr-dibyniaethau",
                "techiaith/spacy_cy_tag_lem_ner_lg",
                "techiaith/model-tagiwr-spacy-cy",
            ],
            [
                "techiaith/spacy-tagiwr-ency",
                "techiaith/talpiwr_enwol_cymraeg",
                "techiaith/tebygrwydd_brawddegau_cymraeg",
                "techiaith/spacy",
            ],
        ),
        kind="welsh",
    ),  # cy
    Judgement(
        "apiau ffôn Android ac iOS",
        _graded(
            [
                "techiaith/macsen-flutter",
                "techiaith/piper-ios-app",
                "techiaith/Paldaruo",
                "techiaith/voice-web",
            ],
            ["nwisbeta/mobile-app-design"],
        ),
        kind="welsh",
    ),  # cy
    Judgement(
        "cydrannau Vue ar gyfer ffurflenni treth",
        _graded(
            ["welsh-revenue-authority/component-library"], ["welsh-revenue-authority/wra-frontend"]
        ),
        kind="welsh",
    ),  # cy
    Judgement("deisebau Senedd Cymru", _graded(["SeneddCymru/e-petitions"]), kind="welsh"),  # cy
    Judgement(
        "amlder geiriau mewn testunau Cymraeg",
        _graded(["techiaith/geiriau-mwyaf-aml"], ["techiaith/offer-trin-iaith"]),
        kind="welsh",
    ),  # cy
    Judgement(
        "ychwanegu atalnodau at destun heb atalnodi",
        _graded(["techiaith/docker-atalnodi-server"]),
        kind="welsh",
    ),  # cy
    Judgement(
        "cysylltu ystorfeydd git ar yriant a rennir â GitHub",
        _graded(
            [
                "GIGCymru/Linking-On-Prem-git-To-GitHub",
                "GIGCymru/Best-Practice-for-Backing-up-Files-to-GitHub",
            ],
            ["GIGCymru/GitHub-GIG-Cymru-Starter-Guide", "GIGCymru/GitHub-GIG-Cymru-CodeSpaces"],
        ),
        kind="welsh",
    ),  # cy
    Judgement(
        "cropian gwefannau gydag F#",
        _graded(["CyngorGwyneddDatblygu/Ymlusgwr"], ["NHS-Executive/GoogleColab_NHFD_WebScraper"]),
        kind="welsh",
    ),  # cy
    Judgement(
        "arolwg staff Dryw",
        _graded(
            [
                "Work-In-Progress-For-Health/gig-cymru-igdc-dryw",
                "Work-In-Progress-For-Health/dhcw360",
            ]
        ),
        kind="welsh",
    ),  # cy
    Judgement(
        "modelau fector geiriau wedi'u dad-dreiglo",
        _graded(["techiaith/word2vec-cy-demutated"], ["techiaith/word2vec-cy"]),
        kind="welsh",
    ),  # cy
    Judgement(
        "chwilio am gyfeiriad drwy Arolwg Ordnans",
        _graded(
            ["dvla/address-lookup-service", "dvla/os-address-lookup"],
            [
                "companieshouse/address-lookup-api",
                "intellectual-property-office/ctc-address",
                "ONSdigital/eq-address-lookup-api",
                "ONSdigital/address-index-api",
            ],
        ),
        kind="welsh",
    ),  # cy
    Judgement(
        "data am drafodion tir ac eiddo ar gyfer ein gwasanaeth treth",
        _graded(
            [
                "welsh-revenue-authority/land-and-property-datasets",
                "welsh-revenue-authority/data-landscape",
            ],
            [
                "welsh-revenue-authority/property_platform_app",
                "Welsh-Revenue-Authority/property-data-poc",
                "welsh-revenue-authority/LTT_scenarios",
                "welsh-revenue-authority/isitinwales",
            ],
        ),
        kind="welsh",
    ),  # cy
    # vague descriptions of a need
    Judgement(
        "turn a recording of a meeting into written text",
        _graded(
            ["techiaith/welsh-whisperx", "techiaith/trawsgrifiwr-arlein"],
            [
                "techiaith/docker-deepspeech-cy-server",
                "techiaith/hacio-deepspeech-cymraeg",
                "techiaith/docker-huggingface-stt-cy",
                "techiaith/hosted-whisper-streaming-with-client",
                "techiaith/trawsgrifiwr-windows",
            ],
        ),
        kind="vague",
    ),  # vague
    Judgement(
        "stop us sending too many calls to someone else's server at once",
        _graded(["dvla/proxypy"]),
        kind="vague",
    ),  # vague
    Judgement(
        "find out which languages and frameworks our teams are using",
        _graded(
            ["ONSdigital/keh-digital-landscape"],
            ["companieshouse/services-dashboard-api", "companieshouse/services-dashboard-web"],
        ),
        kind="vague",
    ),  # vague
    Judgement(
        "is this property in Wales or England",
        _graded(
            ["welsh-revenue-authority/isitinwales"], ["Welsh-Revenue-Authority/property-data-poc"]
        ),
        kind="vague",
    ),  # vague
    Judgement(
        "help people find their way through complicated regulations",
        _graded(
            ["Legal-Innovation-Lab-Wales/regulatory-navigation-tool"],
            ["Legal-Innovation-Lab-Wales/scenario-platform"],
        ),
        kind="vague",
    ),  # vague
    Judgement(
        "publish our team's weekly updates as a simple website",
        _graded(
            ["nrw-digital/week-notes"],
            ["Sport-Wales/digital-team-site", "wgdsu/wgdsu.github.io", "dvla/dvla.github.io"],
        ),
        kind="vague",
    ),  # vague
    Judgement(
        "nudge people to set Welsh in their browser language settings",
        _graded(["techiaith/cymreigio-porwyr"]),
        kind="vague",
    ),  # vague
    Judgement(
        "format excel charts to the brand colours automatically",
        _graded(["impcymru/impcymru-chart-formatter"], ["wgdsu/KASStylesR"]),
        kind="vague",
    ),  # vague
    # typos
    Judgement(
        "royal mial adress label formating",
        _graded(["dvla/postman-paf", "dvla/postman-paf-js"]),
        kind="typo",
    ),  # typo
    Judgement(
        "move failed kafka mesages back for another atempt",
        _graded(["companieshouse/kafka-error-consumer"], ["companieshouse/kafka-management-tool"]),
        kind="typo",
    ),  # typo
    Judgement(
        "mycobacterial speciaton pipline",
        _graded(["Pathogen-Genomics-Cymru/lodestone"]),
        kind="typo",
    ),  # typo
]
