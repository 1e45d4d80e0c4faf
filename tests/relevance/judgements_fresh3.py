"""A third fresh, independent set of judged search questions, written on 4 December 2026.

It exists to measure search quality honestly once, at the end: it has not been scored, nothing has
been tuned on it, and it must not be used to tune anything. Score it once, never tune on it, and
report the result apart from the other sets.

How it was written: from the data alone, by reading the bundled snapshot only
(ingest/data/snapshot/repositories.jsonl: names, descriptions, READMEs, languages, file listings and
manifests; organisations.yaml for the English and Welsh names of bodies). For each question the
labeller grepped those files for its words and for other words that say the same thing (synonyms,
Welsh and English, plural and mutated forms, tool names in manifests and file listings), read the
candidates' descriptions and READMEs, and graded every repository that deserves a grade. No search
engine, catalogue, API, demo, ranking or similarity code was read or run and no ranking output was
seen. The earlier judgement files were read only for their shape and to avoid repeating or closely
paraphrasing their questions.

Grades: 2 is what the person wants, 1 is relevant but not the main answer. There are no `must`
lists: these questions measure, they do not gate.

Eight questions of the first draft repeated questions of the earlier sets word for word; they were
taken out before this set was scored (47 remain).
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

CH = "companieshouse/"
ONS = "ONSdigital/"
DVLA = "dvla/"
T = "techiaith/"
DHCW = "DHCW-Digital-Health-and-Care-Wales/"
GIG = "GIG-Cymru-NHS-Wales/"
GIGC = "GIGCymru/"
IPO = "intellectual-property-office/"
SW = "Sport-Wales/"
NWIS = "nwisbeta/"
MC = "Marvell-Consulting/"
WRA = "welsh-revenue-authority/"

FRESH3_JUDGEMENTS: list[Judgement] = [
    # English: a tool, platform, file format or body
    Judgement(
        "redis",
        _graded(
            [
                CH + "chs-streaming-api-cache",
                CH + "go-session-handler",
                CH + "node-session-handler",
            ],
            [
                T + "welsh-whisperx",
                T + "docker-huggingface-stt-cy",
                T + "trawsgrifiwr-arlein",
                MC + "statswales-backend",
                MC + "statswales-frontend",
                ONS + "dis-wagtail",
                ONS + "dp-compose",
                ONS + "dp-component-test",
                ONS + "eq-questionnaire-runner",
                CH + "web-security-node",
                CH + "restricted-word-web",
                CH + "ch-node-utils",
                DVLA + "oepp-customer-portal",
            ],
        ),
        kind="english",
        notes="Redis as the cache or session store is the main answer; services that merely run on Redis are 1.",
    ),
    Judgement(
        "wagtail",
        _graded([ONS + "dis-wagtail"]),
        kind="english",
        notes="The Wagtail CMS for ONS.",
    ),
    Judgement(
        "maven parent pom",
        _graded([DVLA + "oepp-project-archetypes"], [DVLA + "sdl-opensource"]),
        kind="english",
        notes="Parent pom.xml files for other projects; the Maven superproject is 1.",
    ),
    Judgement(
        "avro kafka schemas",
        _graded(
            [CH + "kafka-models"],
            [CH + "kafka-management-tool", ONS + "dp-kafka", CH + "chs-kafka-api-java"],
        ),
        kind="english",
        notes="kafka-models is generated from Kafka Avro schemas; tools that read or write Avro messages are 1.",
    ),
    Judgement(
        "whisper",
        _graded([T + "welsh-whisperx", T + "hosted-whisper-streaming-with-client"]),
        kind="english",
        notes="The two Whisper speech-to-text servers.",
    ),
    Judgement(
        "vosk",
        _graded([T + "trawsgrifiwr-byw"]),
        kind="english",
        notes="Live Welsh transcriber built on a Vosk model.",
    ),
    Judgement(
        "wav2vec2 fine tuning",
        _graded(
            [T + "docker-huggingface-stt-cy", T + "xlsr-fine-tuning-week"],
            [T + "speech-corpus-builder", T + "welsh-whisperx"],
        ),
        kind="english",
        notes="Training wav2vec2/XLSR models is 2; repos that only use a wav2vec2 model are 1.",
    ),
    Judgement(
        "oracle database",
        _graded([CH + "oracle-query-api"], [CH + "transaction-search-tool"]),
        kind="english",
        notes="API wrapper for Oracle queries; the admin tool that uses an Oracle database is 1.",
    ),
    Judgement(
        "jekyll",
        _graded(
            [
                NWIS + "nhswales-developer-portal",
                "impcymru/phw-hef-prototype",
                "wgdsu/wgdsu.github.io",
                "nrw-digital/week-notes",
                "Welsh-Revenue-Authority/property-data-poc",
            ],
            [
                NWIS + "api-user-guide-publisher",
                NWIS + "github.io",
                NWIS + "open-architecture",
                WRA + "data-landscape",
                DHCW + "nhsw-component-library",
                GIGC + "Solutions-Exchange",
            ],
        ),
        kind="english",
        notes="Sites stated to be Jekyll are 2; repos with Jekyll config files or a Jekyll step are 1.",
    ),
    Judgement(
        "natural resources wales",
        _graded(
            [
                "AstunTechnology/nrw-custom-geonetwork",
                "epimorphics/nrw-dms-deploy",
                "nrw-digital/week-notes",
            ]
        ),
        kind="english",
        notes="Everything built by or for NRW.",
    ),
    Judgement(
        "SORN",
        _graded([DVLA + "evl-public-code"]),
        kind="english",
        notes="Master page for the Tax, SORN and Vehicle Enquiry services.",
    ),
    Judgement(
        "sbt plugins",
        _graded([DVLA + "sbt-plugins"]),
        kind="english",
        notes="Custom sbt plugins for DVLA projects.",
    ),
    Judgement(
        "i18n",
        _graded(
            [CH + "ch-java-utils", CH + "ch-node-utils", ONS + "eq-translations"],
            [
                ONS + "dp-renderer",
                ONS + "dp-frontend-renderer",
                MC + "statswales",
                MC + "statswales-frontend",
                MC + "statswales-backend",
                ONS + "eq-questionnaire-schemas",
                GIG + "emergency-department-dashboards",
                DHCW + "dhcw-vaccine-roadmap",
                DHCW + "product-roadmaps",
            ],
        ),
        kind="english",
        notes="Libraries and tools whose job is translation/localisation are 2; apps that use i18n are 1.",
    ),
    Judgement(
        "haml",
        _graded([DVLA + "gds-elements-haml"], [DVLA + "olev-rails-s3"]),
        kind="english",
        notes="GOV.UK elements in HAML; a Rails app using haml-rails is 1.",
    ),
    # Vague: a need described in plain words
    Judgement(
        "take screenshots while my automated browser tests run",
        _graded([DVLA + "evl-screenshot-helper"], [DVLA + "dvla-browser-drivers"]),
        kind="vague",
        notes="Selenium screenshot helper; ready-made browser drivers are 1.",
    ),
    Judgement(
        "stop users tampering with form data we keep between pages",
        _graded(
            [DVLA + "evl-state-manager"], [CH + "node-session-handler", CH + "go-session-handler"]
        ),
        kind="vague",
        notes="ViewState-like state kept safe from the client; server-side session handlers are 1.",
    ),
    Judgement(
        "write my git commit messages for me",
        _graded([DVLA + "opencommit"]),
        kind="vague",
        notes="AI-generated commit messages.",
    ),
    Judgement(
        "put status badges on our repository readme",
        _graded([ONS + "ons-badges"]),
        kind="vague",
        notes="Service that generates badges for GitHub repositories.",
    ),
    Judgement(
        "send queue messages that are bigger than the size limit",
        _graded([DVLA + "sqs-extended-client"]),
        kind="vague",
        notes="SQS payloads above 256KB stored in S3.",
    ),
    Judgement(
        "check an uploaded file for any words from a banned list",
        _graded([IPO + "ctc-dictionary"], [CH + "restricted-word-web"]),
        kind="vague",
        notes="Dictionary microservice checks files; the restricted-word admin app manages such a list.",
    ),
    Judgement(
        "keep old links working after we move to a new website",
        _graded([MC + "statswales2redirect"]),
        kind="vague",
        notes="Redirects StatsWales 2 URLs to StatsWales 3.",
    ),
    Judgement(
        "let athletes tell us about their experiences anonymously",
        _graded([SW + "athlete-experience-portal"]),
        kind="vague",
        notes="Athlete's Voice platform.",
    ),
    Judgement(
        "a data story readers can pause and explore for themselves",
        _graded(["Audit-Wales/NetZeroDive"]),
        kind="vague",
        notes="Interruptible narrative visualisations.",
    ),
    Judgement(
        "control which clinicians are allowed to order which scans",
        _graded([GIG + "authority-services-example"]),
        kind="vague",
        notes="Authority services example for radiology ordering.",
    ),
    Judgement(
        "fix old swagger files so standard tools can read them",
        _graded([CH + "swagger-fixer"]),
        kind="vague",
        notes="Turns invalid Swagger 1.2 into valid files.",
    ),
    # Typos
    Judgement(
        "firestroe",
        _graded([ONS + "ons-firestore"], [ONS + "eq-cir-fastapi"]),
        kind="typo",
        notes="Firestore abstraction; a service that stores its data in Firestore is 1.",
    ),
    Judgement(
        "codespcaes",
        _graded(
            [GIGC + "GitHub-GIG-Cymru-CodeSpaces"],
            [
                GIGC + "GitHub-GIG-Cymru-Starter-Guide",
                DHCW + "playwright-training",
                GIG + "architecture-decision-records",
                GIGC + "architecture",
                GIGC + "dhcw-software-engineering-handbook",
                GIGC + "product-briefs",
                DHCW + "product-roadmaps",
                "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
                DVLA + "lab-gen",
                DVLA + "lab-gen-ui",
            ],
        ),
        kind="typo",
        notes="The Codespaces guide; repos whose README says how to open them in Codespaces are 1.",
    ),
    Judgement(
        "mailchimp intergration",
        _graded([SW + "mailchimp_api_int"]),
        kind="typo",
        notes="Console app using the Mailchimp API.",
    ),
    Judgement(
        "welsh lemmatizor",
        _graded(
            [
                T + "lecsicon-cymraeg-bangor",
                T + "lecsicon-cymraeg-bangor-enghreifftiau",
                T + "spacy_cy_tag_lem_ner_lg",
            ],
            [T + "spacy-tagiwr-ency"],
        ),
        kind="typo",
        notes="Lexicon with lemmas, its lemmatiser example, and the spaCy model that lemmatises.",
    ),
    # Welsh or mixed Welsh/English
    Judgement(
        "parsio dibyniaethau",
        _graded([T + "parsiwr-dibyniaethau"], [T + "talpiwr_enwol_cymraeg"]),
        kind="welsh",
        notes="Dependency parser; the noun chunker that needs it is 1.",
    ),
    Judgement(
        "lluosogi enwau Cymraeg",
        _graded([T + "offer-trin-iaith"], [T + "lecsicon-cymraeg-bangor"]),
        kind="welsh",
        notes="Scripts that pluralise Welsh words; the lexicon listing plurals is 1.",
    ),
    Judgement(
        "cydrannau spaCy ar gyfer y Gymraeg",
        _graded(
            [
                T + "parsiwr-dibyniaethau",
                T + "cydran-normaleiddio",
                T + "spacy_cy_tag_lem_ner_lg",
                T + "model-tagiwr-spacy-cy",
                T + "spacy-tagiwr-ency",
            ],
            [
                T + "talpiwr_enwol_cymraeg",
                T + "tebygrwydd_brawddegau_cymraeg",
                T + "spacy-wales-en-ner-model",
                T + "spacy",
                T + "brawddegau-tagiedig",
            ],
        ),
        kind="welsh",
        notes="Plural 'cydrannau': Welsh spaCy components and models are 2; examples, forks, corpora are 1.",
    ),
    Judgement(
        "glanhau rhestr o gyfeiriadau",
        _graded([ONS + "address-toolkit"], [ONS + "address-index-data"]),
        kind="welsh",
        notes="Mutated 'gyfeiriadau': cleaning address data; address index data processing is 1.",
    ),
    Judgement(
        "ffurfweddu fy ngwasanaeth Go",
        _graded([CH + "gofigure"]),
        kind="welsh",
        notes="Mutated 'ngwasanaeth': Go configuration library.",
    ),
    Judgement(
        "rhywbeth i symud cod o yriannau a rennir i GitHub",
        _graded(
            [
                GIGC + "Best-Practice-for-Backing-up-Files-to-GitHub",
                GIGC + "Linking-On-Prem-git-To-GitHub",
            ],
            [GIGC + "GitHub-GIG-Cymru-Starter-Guide"],
        ),
        kind="welsh",
        notes="Plain-language Welsh: guides for moving code off shared drives; the starter guide is 1.",
    ),
    Judgement(
        "cyfrifo pellteroedd rhwng samplau pathogenau",
        _graded(["Pathogen-Genomics-Cymru/snapper3"]),
        kind="welsh",
        notes="Stores and calculates distances between samples once.",
    ),
    Judgement(
        "rendro tablau o JSON",
        _graded([ONS + "dp-table-renderer"]),
        kind="welsh",
        notes="Renders a JSON table definition in several formats.",
    ),
    Judgement(
        "gweld fy nghofnod gyrru",
        _graded(
            [DVLA + "vdr-core"],
            [
                DVLA + "pdf-generator",
                DVLA + "add-a-driving-licence-check-code-to-your-mobile-phone",
            ],
        ),
        kind="welsh",
        notes="Mutated 'nghofnod': View Driving Record; the licence PDF and check-code service are 1.",
    ),
    Judgement(
        "cyflwyno dogfennau o feddygfeydd",
        _graded(["Work-In-Progress-For-Health/gp-documents-api"]),
        kind="welsh",
        notes="GP practice document submission API.",
    ),
    Judgement(
        "trosi ffurflenni XLSForm i FHIR",
        _graded(["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"]),
        kind="welsh",
        notes="Plural 'ffurflenni': XLSForm to FSH to FHIR converter.",
    ),
    Judgement(
        "cyfieithu holiaduron arolwg i'r Gymraeg",
        _graded([ONS + "eq-translations"], [ONS + "eq-questionnaire-schemas"]),
        kind="welsh",
        notes="Translating survey runner schemas; the schema registry with translations is 1.",
    ),
    Judgement(
        "briffiau cynnyrch GIG Cymru",
        _graded([GIGC + "product-briefs"]),
        kind="welsh",
        notes="Product briefs site.",
    ),
    Judgement(
        "rheolau lint ar gyfer Ruby",
        _graded([DVLA + "dvla-lint-ruby"]),
        kind="welsh",
        notes="Mixed: DVLA Ruby linting rules gem.",
    ),
    Judgement(
        "porth ceisiadau buddsoddi i bartneriaid",
        _graded([SW + "investment-portal"]),
        kind="welsh",
        notes="Mutated 'bartneriaid': Sport Wales partner investment portal.",
    ),
    Judgement(
        "catalog o adnoddau iaith",
        _graded([T + "docker-metashare"]),
        kind="welsh",
        notes="META-SHARE node for sharing language resources.",
    ),
    Judgement(
        "storio canlyniadau dilyniannu TB mewn cronfa ddata",
        _graded(
            ["Pathogen-Genomics-Cymru/pathogen-mongodb"], ["Pathogen-Genomics-Cymru/lodestone"]
        ),
        kind="welsh",
        notes="Imports TB pipeline results into MongoDB; the pipeline producing them is 1.",
    ),
    Judgement(
        "gweinydd FHIR",
        _graded(
            [NWIS + "Pyro"],
            [NWIS + "democlientdiagnosticreports", "Work-In-Progress-For-Health/gp-documents-api"],
        ),
        kind="welsh",
        notes="Mixed: a FHIR R4 server; a FHIR API client demo and an API accepting FHIR bundles are 1.",
    ),
]
