"""A fourth fresh, independent set of judged search questions, written on 5 December 2026.

It exists to measure search quality honestly once, at the end: it has not been scored, nothing has
been tuned on it, and it must never be used to tune anything. Score it once, when the work it is
meant to judge is finished, and report the result apart from the other sets.

How it was written: from the bundled data alone (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the English and Welsh names of bodies). For each question the data was
grepped for its words and for other words that say the same thing (synonyms, Welsh and English,
plural and mutated forms, tool names in manifests and file listings), and the candidates'
descriptions and READMEs were read before grading. No search engine, catalogue, API, demo, ranking
or similarity code or output was run or read. relevance_corpus.py and judgements_fresh.py were read
for their shape only; the earlier sets were checked only by a script that counted questions here
equal to, or contained in, an earlier question (none are).

Grades: 2 is what the person wants, 1 is relevant but not the main answer; every repository in the
snapshot that deserves a grade is listed. There are no `must` lists: these questions measure, they
do not gate. Each question is marked by kind on its Judgement line: `# cy` (Welsh or mixed Welsh and
English), `# vague` (a plain description of a need), `# typo`; unmarked lines are English.
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
WIP = "Work-In-Progress-For-Health/"
WRA = "welsh-revenue-authority/"
MC = "Marvell-Consulting/"
SW = "Sport-Wales/"
PGC = "Pathogen-Genomics-Cymru/"

FRESH4_JUDGEMENTS: list[Judgement] = [
    # English: tools, platforms, file formats, bodies and jobs
    Judgement(
        "land transaction tax scenarios",
        _graded(
            [WRA + "LTT_scenarios"],
            [WRA + "property_platform_app", "Welsh-Revenue-Authority/property-data-poc"],
        ),
    ),
    Judgement(
        "openEHR AQL query examples",
        _graded(
            ["freshehr/dhcw-cdr"],
        ),
    ),
    Judgement(
        "Blender add-on",
        _graded(
            ["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"],
        ),
    ),
    Judgement(
        "mycobacterium genome sequencing pipeline",
        _graded(
            [PGC + "lodestone"],
            [PGC + "pathogen-mongodb", PGC + "snapper3"],
        ),
    ),
    Judgement(
        "Astro Starlight documentation site",
        _graded(
            [ONS + "ons-interaction-design-library"],
        ),
    ),
    Judgement(
        "check iXBRL company accounts files before submitting",
        _graded(
            [CH + "account-validator-api"],
        ),
    ),
    Judgement(
        "Akoma Ntoso XML tagging of judgments",
        _graded(
            ["Legal-Innovation-Lab-Wales/judiciary-akn-tagger"],
        ),
    ),
    Judgement(
        "Online Enforcement Penalty Payments",
        _graded(
            [DVLA + "oepp-customer-portal", DVLA + "oepp-core", DVLA + "oepp-payment-services"],
            [
                DVLA + "oepp-validation",
                DVLA + "oepp-business-rules",
                DVLA + "oepp-audit-service",
                DVLA + "oepp-maintenance-page",
                DVLA + "oepp-project-archetypes",
                CH + "lfp-error-reporter",
            ],
        ),
    ),
    Judgement(
        "dig values out of deeply nested ruby hashes",
        _graded(
            [DVLA + "hash_miner"],
        ),
    ),
    Judgement(
        "Microsoft Entra sign-in example",
        _graded(
            [
                GIG + "demo-microsoft-entra",
                GIG + "microsoft-entra-external-tenant-authentication-example-using-javascript",
            ],
            [GIG + "wauth", GIG + "authentication"],
        ),
    ),
    Judgement(
        "GitHub Codespaces setup NHS Wales",
        _graded(
            [GIGC + "GitHub-GIG-Cymru-CodeSpaces"],
            [GIGC + "GitHub-GIG-Cymru-Starter-Guide"],
        ),
    ),
    Judgement(
        "NVDA add-on",
        _graded(
            [T + "nvda-addon"],
            [T + "piper-cy"],
        ),
    ),
    Judgement(
        "Mailchimp API",
        _graded(
            [SW + "mailchimp_api_int"],
        ),
    ),
    Judgement(
        "move kafka messages from error topic to retry topic",
        _graded(
            [CH + "kafka-error-consumer"],
            [CH + "kafka-management-tool"],
        ),
    ),
    Judgement(
        "render a choropleth map as SVG from topojson",
        _graded(
            [ONS + "dp-map-renderer"],
            [ONS + "dp-census-atlas"],
        ),
    ),
    Judgement(
        "sitemap generation for SEO",
        _graded(
            [ONS + "dp-sitemap"],
        ),
    ),
    Judgement(
        "SQS large message payloads stored in S3",
        _graded(
            [DVLA + "sqs-extended-client"],
            [DVLA + "aws-sqs-utility"],
        ),
    ),
    Judgement(
        "FHIR transaction bundle GP practice documents",
        _graded(
            [WIP + "gp-documents-api"],
            ["nwisbeta/Pyro"],
        ),
    ),
    Judgement(
        "Postman collections run with newman",
        _graded(
            [GIG + "postman-examples-using-newman"],
            ["freshehr/dhcw-cdr"],
        ),
    ),
    Judgement(
        "dental eReferral",
        _graded(
            [DHCW + "wccg-dental-mock-ui"],
            [
                DHCW + "wccg-pas-referrals-api",
                DHCW + "wccg-eReferrals-service-app",
                DHCW + "NWRI-eReferrals-Service-App",
                DHCW + "wccg-pas-referrals-mock-ui",
            ],
        ),
    ),
    Judgement(
        "National Hip Fracture Database",
        _graded(
            ["NHS-Executive/GoogleColab_NHFD_WebScraper"],
        ),
    ),
    Judgement(
        "DuckDB",
        _graded(
            [MC + "statswales-candidate-cube"],
            [
                MC + "statswales-backend",
                MC + "statswales-frontend",
                DVLA + "data-engineering-coding-exercises",
            ],
        ),
    ),
    Judgement(
        "chef solo deployment with nagios monitoring",
        _graded(
            ["epimorphics/nrw-dms-deploy"],
        ),
    ),
    Judgement(
        "Microsoft Dataverse ruby gem",
        _graded(
            [DVLA + "dataverse-helper"],
        ),
    ),
    Judgement(
        "Raspberry Pi voice assistant",
        _graded(
            [T + "macsen"],
            [
                T + "macsen-sgwrsfot",
                T + "macsen-flutter",
                T + "julius-cy",
                T + "docker-kaldi-gstreamer-server",
            ],
        ),
    ),
    # Welsh, and mixed Welsh and English
    Judgement(
        "cyfieithu testun fy ngwasanaeth i'r Gymraeg i18n",
        _graded(  # cy
            [CH + "ch-java-utils", CH + "ch-node-utils", ONS + "eq-translations"],
            [
                MC + "statswales-frontend",
                SW + "sport-wales-project-template",
                "nwisbeta/nhswales-developer-portal",
                DHCW + "product-roadmaps",
                DHCW + "dhcw-vaccine-roadmap",
                DHCW + "public-backlog-template",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "cydrannau Vue Awdurdod Cyllid Cymru",
        _graded(  # cy
            [WRA + "component-library"],
            [WRA + "wra-frontend"],
        ),
        kind="welsh",
    ),
    Judgement(
        "gwasanaeth newydd i gyhoeddi ystadegau swyddogol Cymru",
        _graded(  # cy
            [MC + "statswales-backend", MC + "statswales-frontend", MC + "statswales"],
            [
                MC + "statswales-candidate-cube",
                MC + "statswales-data-grabber",
                MC + "statswales2redirect",
                ONS + "dp-dataset-api",
                ONS + "dis-wagtail",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "ategyn gwefan sy'n annog ymwelwyr i osod eu porwr i'r Gymraeg",
        _graded(  # cy
            [T + "cymreigio-porwyr"],
        ),
        kind="welsh",
    ),
    Judgement(
        "apiau i gyfrannu recordiadau o'ch llais",
        _graded(  # cy
            [T + "Paldaruo", T + "voice-web"],
            [T + "brawddegau-adnabod-lleferydd"],
        ),
        kind="welsh",
    ),
    Judgement(
        "tagio rhannau ymadrodd mewn testun Cymraeg",
        _graded(  # cy
            [T + "model-tagiwr-spacy-cy", T + "spacy-tagiwr-ency", T + "spacy_cy_tag_lem_ner_lg"],
            [T + "brawddegau-tagiedig", T + "parsiwr-dibyniaethau", T + "lecsicon-cymraeg-bangor"],
        ),
        kind="welsh",
    ),
    Judgement(
        "cyfrif llythrennau gair gan gyfri 'll' a 'ch' yn un",
        _graded(  # cy
            [T + "offer-trin-iaith"],
        ),
        kind="welsh",
    ),
    Judgement(
        "trosi graffemau i ffonemau ar gyfer ynganu Cymraeg",
        _graded(  # cy
            [T + "techiaith-g2p"],
            [T + "welsh-lts", T + "llais_festival"],
        ),
        kind="welsh",
    ),
    Judgement(
        "isdeitlau byw o'r hyn dw i'n ei ddweud ar fy nghyfrifiadur",
        _graded(  # cy
            [
                T + "trawsgrifiwr-byw",
                T + "trawsgrifiwr-byw-seinydd-windows",
                T + "trawsgrifiwr-windows",
            ],
            [
                T + "hosted-whisper-streaming-with-client",
                T + "docker-kaldi-gstreamer-server",
                T + "welsh-whisperx",
                T + "trawsgrifiwr-arlein",
                T + "docker-deepspeech-cy-server",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "nod META-SHARE mewn Docker",
        _graded(  # cy
            [T + "docker-metashare"],
        ),
        kind="welsh",
    ),
    Judgement(
        "llais Festival Cymraeg i Windows",
        _graded(  # cy
            [T + "Festival_Windows", T + "Festival_MSAPI"],
            [T + "llais_festival", T + "pyfestival", T + "docker-festival-tts-cy-api"],
        ),
        kind="welsh",
    ),
    Judgement(
        "Archwilio Cymru delweddu data sero net",
        _graded(  # cy
            ["Audit-Wales/NetZeroDive"],
        ),
        kind="welsh",
    ),
    Judgement(
        "alinio sain gyda'r trawsgrifiad Cymraeg",
        _graded(  # cy
            [T + "docker-ProsodylabAligner-cy"],
        ),
        kind="welsh",
    ),
    Judgement(
        "model word2vec heb dreigladau",
        _graded(  # cy
            [T + "word2vec-cy-demutated"],
            [T + "word2vec-cy"],
        ),
        kind="welsh",
    ),
    Judgement(
        "creu corpws lleferydd o fideos YouTube",
        _graded(  # cy
            [T + "speech-corpus-builder"],
            [
                T + "docker-commonvoice-custom-splits-builder",
                T + "brawddegau-adnabod-lleferydd",
                T + "Paldaruo",
                T + "voice-web",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "cod Trafnidiaeth Cymru",
        _graded(  # cy
            ["Transport-for-Wales/tailwindcss-plugin-rems-to-ems"],
        ),
        kind="welsh",
    ),
    Judgement(
        "ymlusgwr gwe mewn F#",
        _graded(  # cy
            ["CyngorGwyneddDatblygu/Ymlusgwr"],
        ),
        kind="welsh",
    ),
    Judgement(
        "profi pa mor dda mae chatbots AI yn deall Cymraeg",
        _graded(  # cy
            [T + "llm-evals-cy"],
            [T + "mimic"],
        ),
        kind="welsh",
    ),
    Judgement(
        "model sy'n deffro ar air allweddol",
        _graded(  # cy
            [T + "deffro"],
        ),
        kind="welsh",
    ),
    Judgement(
        "rhannu testun Cymraeg yn dalpiau enwol",
        _graded(  # cy
            [T + "talpiwr_enwol_cymraeg"],
            [T + "parsiwr-dibyniaethau"],
        ),
        kind="welsh",
    ),
    Judgement(
        "gwasanaeth deisebau'r Senedd",
        _graded(  # cy
            ["SeneddCymru/e-petitions"],
        ),
        kind="welsh",
    ),
    Judgement(
        "porth buddsoddi partneriaid Chwaraeon Cymru",
        _graded(  # cy
            [SW + "investment-portal"],
            [SW + "crowdfunder-calculator"],
        ),
        kind="welsh",
    ),
    Judgement(
        "setiau data am dir ac eiddo yng Nghymru",
        _graded(  # cy
            [WRA + "land-and-property-datasets", WRA + "data-landscape"],
            [
                WRA + "property_platform_app",
                "Welsh-Revenue-Authority/property-data-poc",
                WRA + "isitinwales",
                WRA + "LTT_scenarios",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "arolygon adborth staff 360",
        _graded(  # cy
            [WIP + "dhcw360", WIP + "gig-cymru-igdc-dryw"],
            [ONS + "eq-author-app"],
        ),
        kind="welsh",
    ),
    # Vague: a plain description of a need
    Judgement(
        "a place for athletes to share their stories and feedback with us",
        _graded(  # vague
            [SW + "athlete-experience-portal"],
        ),
        kind="vague",
    ),
    Judgement(
        "help staff get their code off shared drives",
        _graded(  # vague
            [
                GIGC + "Best-Practice-for-Backing-up-Files-to-GitHub",
                GIGC + "Linking-On-Prem-git-To-GitHub",
            ],
            [GIGC + "GitHub-GIG-Cymru-Starter-Guide"],
        ),
        kind="vague",
    ),
    Judgement(
        "show the public what we plan to build next",
        _graded(  # vague
            [
                DHCW + "product-roadmaps",
                DHCW + "dhcw-vaccine-roadmap",
                DHCW + "public-backlog-template",
            ],
            ["National-Data-Resource/.github"],
        ),
        kind="vague",
    ),
    Judgement(
        "a page to show when our online service is down for maintenance",
        _graded(  # vague
            [DVLA + "oepp-maintenance-page"],
        ),
        kind="vague",
    ),
    Judgement(
        "work out how much extra money a community club could get if it raises funds itself",
        _graded(  # vague
            [SW + "crowdfunder-calculator"],
            [SW + "investment-portal"],
        ),
        kind="vague",
    ),
    Judgement(
        "weigh up how a new policy affects equality, wellbeing and the environment",
        _graded(  # vague
            [SW + "integrated-impact-assessment"],
        ),
        kind="vague",
    ),
    Judgement(
        "show which events are on at our sports centre",
        _graded(  # vague
            [SW + "calendars"],
        ),
        kind="vague",
    ),
    Judgement(
        "find out how fast people's internet is in different parts of Wales",
        _graded(  # vague
            ["wgdsu/wales-ookla-data"],
        ),
        kind="vague",
    ),
    # Typos
    Judgement(
        "opensearch qurey builder",
        _graded(  # typo
            [DVLA + "kaping"],
            [ONS + "dp-elasticsearch"],
        ),
        kind="typo",
    ),
    Judgement(
        "leontief inverse imput ouput model",
        _graded(  # typo
            ["wgdsu/iot-leontief-python", "wgdsu/iot-leontief-r"],
        ),
        kind="typo",
    ),
    Judgement(
        "privacy preserving record linkge",
        _graded(  # typo
            ["datasciencecampus/pprl_toolkit"],
        ),
        kind="typo",
    ),
]
