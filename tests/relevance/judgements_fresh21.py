"""A twenty-first fresh, independent set of judged search questions, written on 7 December 2026.

Not scored. It was written in the fifteenth session of 7 December 2026 for the NEXT session, which
should score it once at its start and once at its end (means only) and report it apart from the
other sets. Nothing has been tuned on it and nothing should be.

How it was written. Only the bundled data was used to choose and grade the questions:
ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs, languages, file listings,
manifests and the `organisation` field), with organisations.yaml for the bodies' English and Welsh
names and SOURCE.md for what the fields mean. A one-line listing of all 445 repositories (name,
body, first line of the description, main language) was read first, and the questions were then
chosen so that every one of the 29 bodies holds a grade-2 answer and the jobs asked about range
well beyond the obvious themes: crawlers, screen-reader voices, punctuation restoration, wake words,
survey translation, match-funding and impact-assessment tools, tax scenarios, broadband data,
redirects, pathogen pipelines, clinical guidance, prototype kits, rules engines, queue payloads,
identity tenants, content management and more. For each question a small Python script searched
the name, description, README, file listing and manifests of every repository with several
regular expressions at once: the question's own words, other words for the same thing, Welsh and
English forms, plurals and mutated forms, and the tools, libraries and file formats involved
(for example NVDA, SAPI, piper; atalnod, punctuat; deffro, wake word; XBRL; Drools, decision
table; topojson, choropleth). Every repository a search turned up and that looked relevant had its
description, README, file listing and manifests read before it was graded.

Grades: 2 for what does the job asked, 1 for what does part of it or is closely related. Three
questions that name a single unusual component carry a `must` (that component in the top five);
the rest carry none. Kinds: 36 "welsh" (Welsh or mixed, with mutated forms after "fy", "i", "ei",
"o", "a" and "hen", and Welsh plurals), 12 "vague" (a need in plain words without the technical
term), 3 "typo" and 29 "english" (many naming a tool, framework, platform, file format or body).
All 29 bodies hold a grade-2 answer; the language technology unit at Bangor holds most (9).

What was and was not looked at. For format only: relevance_corpus.py lines 1-45 (down to
Judgement and _graded) and judgements_fresh15.py lines 1-75. The test folders were listed (file
names only), and the lines that wire the twentieth set into split.py, ndcg.py, test_relevance.py,
duplicate_report.py and test_similarity_quality.py were found with grep and read to wire this set
in the same way. The sixteenth to twentieth sets' files were never opened or printed. Nothing
under search/, web/, catalogue/, cli/, docs/ or bench/, and nothing under ingest/ but its data,
was read or run; no catalogue, search, API, demo or similarity code was run; git was not used;
only the format checks named in the brief were run.

Clash check, by counts only. A throwaway script imported the earlier sets (the JUDGEMENTS of
relevance_corpus.py, judgements_2026.py, judgements_validation.py, judgements_fresh.py and
judgements_fresh2.py to judgements_fresh20.py: 1,428 distinct questions; importing
relevance_corpus loads search.backend, but no search was built or run) and printed for each
question here, by index only, how many earlier questions are equal to it after folding case,
accents, punctuation and spaces; lie inside it; contain it; have a difflib ratio of 0.8 or more
with it; or hold 60% or more of its words. The first draft had 84 questions and 53 were flagged:
6 equal to an earlier question, 3 inside a longer earlier question, 6 holding an earlier question
longer than 22 characters, 27 with a ratio of 0.8 or more and 51 sharing 60% of their words (most
were flagged on more than one count). All 53 were reworded, in rounds (15 still flagged after the
first rewording, 3 after the second, none after the third); one of them, a typo question, was
also moved to a different repository. After grading, three questions were reworded to match what
their READMEs say; that flagged 3 again, and they were reworded once more. Four questions were
then dropped to reach 80 (for thin evidence, not for clashes). In the final set no question is
equal to, inside, or within a ratio of 0.8 of an earlier question, none holds 60% of its words in
an earlier question, and none contains an earlier question longer than 22 characters; 17 questions here do hold a
shorter earlier question inside them (23 times in all), none longer than 17 characters after
folding. Topics overlap with earlier sets in places, since the snapshot has only 445 repositories,
but the wording and the grading here were made afresh from the data.
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

T = "techiaith/"
CH = "companieshouse/"
D = "dvla/"
ONS = "ONSdigital/"
G = "GIG-Cymru-NHS-Wales/"
GC = "GIGCymru/"
DH = "DHCW-Digital-Health-and-Care-Wales/"
NW = "nwisbeta/"
SW = "Sport-Wales/"
PG = "Pathogen-Genomics-Cymru/"
IPO = "intellectual-property-office/"
WIP = "Work-In-Progress-For-Health/"

FRESH21_JUDGEMENTS: tuple[Judgement, ...] = (
    # --- Welsh and mixed Welsh/English ------------------------------------------------------------
    Judgement(
        "prosiect F# .NET Cyngor Gwynedd ar gyfer ymlusgo drwy dudalennau gwe",
        _graded(
            ["CyngorGwyneddDatblygu/Ymlusgwr"],
            [
                "Marvell-Consulting/statswales-data-grabber",
                "NHS-Executive/GoogleColab_NHFD_WebScraper",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "ychwanegyn i NVDA fel bod defnyddwyr dall yn clywed llais Cymraeg naturiol",
        _graded([T + "nvda-addon"], [T + "piper-cy", T + "Festival_MSAPI"]),
        kind="welsh",
    ),
    Judgement(
        "gweinydd Docker sy'n rhoi atalnodau a llythrennau mawr yn ôl mewn allbwn adnabod lleferydd",
        _graded([T + "docker-atalnodi-server"]),
        kind="welsh",
    ),
    Judgement(
        "creu geiriau deffro bach ar gyfer cynorthwyydd llais Cymraeg",
        _graded([T + "deffro"], [T + "macsen", T + "macsen-flutter"]),
        kind="welsh",
    ),
    Judgement(
        "darganfod themâu cudd mewn casgliad o destunau Cymraeg gyda BERTopic a sentence-transformers",
        _graded([T + "modelu-pwnc-demo"]),
        kind="welsh",
    ),
    Judgement(
        "ap Swift ar gyfer iOS sy'n siarad Cymraeg all-lein gyda model Piper",
        _graded([T + "piper-ios-app"], [T + "piper-cy"]),
        kind="welsh",
    ),
    Judgement(
        "dangos geiriau Cymraeg ar y sgrin wrth i fideo chwarae drwy seinyddion fy nghyfrifiadur",
        _graded(
            [T + "trawsgrifiwr-byw-seinydd-windows"],
            [T + "trawsgrifiwr-byw", T + "trawsgrifiwr-windows"],
        ),
        kind="welsh",
    ),
    Judgement(
        "cuddio enwau pobl a manylion personol mewn cof cyfieithu cyn ei rannu'n gyhoeddus",
        _graded([T + "anonymeiddiwr-beta"]),
        kind="welsh",
    ),
    Judgement(
        "sgorio tebygrwydd ystyr rhwng parau o frawddegau Cymraeg gyda fectorau spaCy",
        _graded([T + "tebygrwydd_brawddegau_cymraeg"], [T + "word2vec-cy"]),
        kind="welsh",
    ),
    Judgement(
        "casglu brawddegau rhydd o hawlfraint o'r Wicipedia Cymraeg ar gyfer promptiau recordio lleisiau",
        _graded([T + "wikipedia-extractor"], [T + "brawddegau-adnabod-lleferydd"]),
        kind="welsh",
    ),
    Judgement(
        "gwe-ap Ash a Phoenix i holi cydweithwyr am werthoedd aelod o staff IGDC",
        _graded([WIP + "dhcw360", WIP + "gig-cymru-igdc-dryw"]),
        kind="welsh",
    ),
    Judgement(
        "proffiliau cleifion ffug a data profi synthetig i ddatblygwyr GIG",
        _graded(
            [G + "testing"],
            [T + "enwau_ffug", CH + "test-data-generator", G + "emergency-department-dashboards"],
        ),
        kind="welsh",
    ),
    Judgement(
        "gwasanaeth ar-lein i dynnu rhif personol oddi ar fy nghar a'i gadw",
        _graded([D + "vrm-retention-online"], [D + "vrm-assign-online"]),
        kind="welsh",
    ),
    Judgement(
        "rheoli'r rhestr o eiriau cyfyngedig mewn enwau cwmnïau",
        _graded([CH + "restricted-word-web"], [IPO + "ctc-dictionary"]),
        kind="welsh",
    ),
    Judgement(
        "sgriptiau Python i echdynnu templed cyfieithu o sgema arolwg eQ a'i lenwi yn Gymraeg",
        _graded([ONS + "eq-translations"], [ONS + "eq-questionnaire-schemas"]),
        kind="welsh",
    ),
    Judgement(
        "cyfrifo arian cyfatebol i glybiau chwaraeon yn ôl Mynegai Amddifadedd Lluosog Cymru",
        _graded([SW + "crowdfunder-calculator"]),
        kind="welsh",
    ),
    Judgement(
        "asesiad effaith integredig sy'n ystyried llesiant a'r Gymraeg",
        _graded([SW + "integrated-impact-assessment"]),
        kind="welsh",
    ),
    Judgement(
        "senarios ail gartrefi a phrynu i osod ar gyfer y Dreth Trafodiadau Tir",
        _graded(
            ["welsh-revenue-authority/LTT_scenarios"],
            ["welsh-revenue-authority/property_platform_app"],
        ),
        kind="welsh",
    ),
    Judgement(
        "data profion cyflymder Ookla wedi'i hidlo ar gyfer ardaloedd MSOA Cymru yn R",
        _graded(["wgdsu/wales-ookla-data"]),
        kind="welsh",
    ),
    Judgement(
        "mapio miloedd o hen URLau StatsWales i'r gwasanaeth ystadegau newydd",
        _graded(["Marvell-Consulting/statswales2redirect"]),
        kind="welsh",
    ),
    Judgement(
        "pa un o ddeg rhywogaeth mycobacteria sydd yn fy samplau dilyniannu? piblinell Nextflow",
        _graded([PG + "lodestone"], [PG + "pathogen-mongodb"]),
        kind="welsh",
    ),
    Judgement(
        "fformatio siartiau Excel yn ôl brand Gwelliant Cymru",
        _graded(["impcymru/impcymru-chart-formatter"], ["wgdsu/KASStylesR"]),
        kind="welsh",
    ),
    Judgement(
        "canllawiau Simplifier i glinigwyr a datblygwyr ar gofnodi alergeddau'n ddiogel",
        _graded([DH + "allergy-guide"], [DH + "shared-medicines-guide"]),
        kind="welsh",
    ),
    Judgement(
        "gweithred GitHub i ddilysu ffeiliau YAML yn erbyn sgema",
        _graded([NW + "validate-yaml-schema"]),
        kind="welsh",
    ),
    Judgement(
        "safonau UI ac UX Gwasanaeth Gwybodeg GIG Cymru ar gyfer apiau ffôn",
        _graded([NW + "mobile-app-design"], [DH + "single-record-design-system"]),
        kind="welsh",
    ),
    Judgement(
        "deisebau'r Senedd a chyfrif llofnodion fesul etholaeth",
        _graded(["SeneddCymru/e-petitions"]),
        kind="welsh",
    ),
    Judgement(
        "ychwanegyn Blender Caerdydd a'r Fro i alinio a fflipio sganiau clustog",
        _graded(["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"]),
        kind="welsh",
    ),
    Judgement(
        "cyflwyniad i hanfodion R gyda data rhestrau aros",
        _graded(
            ["NHSWalesDeliveryUnit/IntroR"],
            ["public-health-wales-health-intelligence/NHS-R-Conference"],
        ),
        kind="welsh",
    ),
    Judgement(
        "nodiadau wythnos tîm ar wefan Jekyll ddwyieithog",
        _graded(
            ["nrw-digital/week-notes"],
            [
                "wgdsu/wgdsu.github.io",
                SW + "digital-team-site",
                "Welsh-Revenue-Authority/property-data-poc",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "addasiadau Astun i'r porth metadata daearofodol ar gyfer CNC",
        _graded(["AstunTechnology/nrw-custom-geonetwork"], ["epimorphics/nrw-dms-deploy"]),
        kind="welsh",
    ),
    Judgement(
        "trosi ffurflenni XLSForm yn adnoddau FHIR drwy FSH",
        _graded(["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"]),
        kind="welsh",
    ),
    Judgement(
        "canllaw cam wrth gam: gwthio hen gadwrfeydd git o'r gyriant a rennir i GitHub y GIG",
        _graded(
            [GC + "Linking-On-Prem-git-To-GitHub"],
            [GC + "Best-Practice-for-Backing-up-Files-to-GitHub"],
        ),
        kind="welsh",
    ),
    Judgement(
        "tynnu testun o ddelweddau TIFF wedi'u sganio",
        _graded([CH + "ocr-api"], [CH + "go-tiff2pdf"]),
        kind="welsh",
    ),
    Judgement(
        "talu cosbau gorfodi ar-lein i'r DVLA",
        _graded(
            [D + "oepp-customer-portal"],
            [
                D + "oepp-payment-services",
                D + "oepp-core",
                D + "oepp-validation",
                D + "oepp-business-rules",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        "cyfrifo matrics gwrthdro Leontief a chyfernodau technegol mewn R neu Python",
        _graded(["wgdsu/iot-leontief-r", "wgdsu/iot-leontief-python"]),
        kind="welsh",
    ),
    Judgement(
        "darllen ac adeiladu negeseuon HL7 yn Rust",
        _graded([G + "hl7-parser-example"], [G + "hl7-v2-examples", G + "testing"]),
        kind="welsh",
    ),
    # --- Vague: a need in everyday words ----------------------------------------------------------
    Judgement(
        "a data video people can stop at any point to poke around the numbers, then carry on watching",
        _graded(["Audit-Wales/NetZeroDive"]),
        kind="vague",
    ),
    Judgement(
        "get the computer to write code when I only describe what I want in notes",
        _graded(["Advanced-Analytics-NHS-Wales/Co-Pilot-Demo"], [DH + "playwright-training"]),
        kind="vague",
    ),
    Judgement(
        "print addresses neatly on envelopes following the post office rules",
        _graded([D + "postman-paf", D + "postman-paf-js"]),
        kind="vague",
    ),
    Judgement(
        "one quick way for doctors and nurses on busy wards to get into their health apps",
        _graded(
            [G + "wauth"],
            [
                G + "authentication",
                G + "demo-microsoft-entra",
                G + "microsoft-entra-external-tenant-authentication-example-using-javascript",
            ],
        ),
        kind="vague",
    ),
    Judgement(
        "tell whether two lists of people hold the same person without handing over names",
        _graded(["datasciencecampus/pprl_toolkit"], [G + "person-similarity-using-rust"]),
        kind="vague",
    ),
    Judgement(
        "flag any file someone sends us if it contains a word from our own list",
        _graded([IPO + "ctc-dictionary"], [CH + "restricted-word-web"]),
        kind="vague",
    ),
    Judgement(
        "a safe place for sportspeople to share their story, even by voice or video, without their name on it",
        _graded([SW + "athlete-experience-portal"]),
        kind="vague",
    ),
    Judgement(
        "download the newest broken hip audit numbers for every hospital so I can put them in our cloud storage",
        _graded(["NHS-Executive/GoogleColab_NHFD_WebScraper"]),
        kind="vague",
    ),
    Judgement(
        "match what people write about their job or firm to the right code in the standard lists",
        _graded(
            ["datasciencecampus/classifai"],
            [CH + "sic-code-api", CH + "sic-code-data", ONS + "eq-suggest-api"],
        ),
        kind="vague",
    ),
    Judgement(
        "a page showing what is installed in each environment, how healthy it is and which switches are turned on",
        _graded(
            [IPO + "fe-dashboard-ui"],
            [CH + "services-dashboard-web", CH + "services-dashboard-api"],
        ),
        kind="vague",
    ),
    Judgement(
        "practise difficult conversations by clicking through stories with different paths",
        _graded(["Legal-Innovation-Lab-Wales/scenario-platform"]),
        kind="vague",
    ),
    Judgement(
        "let someone write down how their week has gone and show their progress to the people helping them",
        _graded(["Legal-Innovation-Lab-Wales/include-journey"]),
        kind="vague",
    ),
    # --- With a typo ------------------------------------------------------------------------------
    Judgement(
        "test whether our anual acounts pass XBRL validation",
        _graded([CH + "account-validator-api"]),
        kind="typo",
    ),
    Judgement(
        "convertor servise turning scaned TIFF pages into PDF",
        _graded([CH + "go-tiff2pdf"], [CH + "ocr-api"]),
        kind="typo",
    ),
    Judgement(
        "store pairwise SNP distnaces between pathogen samples in postgres so each is computed once",
        _graded([PG + "snapper3"]),
        kind="typo",
    ),
    # --- English: tools, frameworks, formats and bodies -------------------------------------------
    Judgement(
        "tailwind css rem-to-em conversion package published by Trafnidiaeth Cymru",
        _graded(["Transport-for-Wales/tailwindcss-plugin-rems-to-ems"]),
        must=("Transport-for-Wales/tailwindcss-plugin-rems-to-ems",),
        kind="english",
    ),
    Judgement(
        "Chef solo and Nagios deployment of the NRW data management system",
        _graded(["epimorphics/nrw-dms-deploy"]),
        kind="english",
    ),
    Judgement(
        "getting started with openEHR CDR APIs: Postman collection, AQL examples and FLAT JSON instances",
        _graded(["freshehr/dhcw-cdr"]),
        kind="english",
    ),
    Judgement(
        "server-rendered Go app with templ components, go-chi router, gorilla sessions and sqlite",
        _graded(["atos-digital/DHCW-clinic-outcomes"]),
        kind="english",
    ),
    Judgement(
        "tag 100 judiciary.uk case law judgments in Akoma Ntoso with a Jena ontology",
        _graded(["Legal-Innovation-Lab-Wales/judiciary-akn-tagger"]),
        kind="english",
    ),
    Judgement(
        "C# Azure Functions app that turns lab results into HL7 messages for NHS Wales genomics",
        _graded(
            [
                "Genomics-Partnership-Wales/LabGateway",
                "Genomics-Partnership-Wales/HL7ResultsGateway",
            ],
            ["Genomics-Partnership-Wales/genomics-result-hl7-sender"],
        ),
        kind="english",
    ),
    Judgement(
        "Power BI custom visuals following the NHS Making Data Count method, from Aneurin Bevan",
        _graded(
            ["Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals"],
            [
                "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
                "NHS-Executive/WMCHackathon_Vaccine",
                "impcymru/impcymru-chart-formatter",
            ],
        ),
        kind="english",
    ),
    Judgement(
        "RMarkdown Shiny dashboard tutorial videos using ONS mortality data",
        _graded(["public-health-wales-health-intelligence/NHS-R-Conference"]),
        kind="english",
    ),
    Judgement(
        "time-series forecast of sequenced COVID lineages across Welsh health boards from COG-UK metadata",
        _graded([PG + "covate"]),
        kind="english",
    ),
    Judgement(
        "Mailchimp API reporting script for a marketing team",
        _graded([SW + "mailchimp_api_int"]),
        kind="english",
    ),
    Judgement(
        "FullCalendar page of events at a national sports centre",
        _graded([SW + "calendars"]),
        kind="english",
    ),
    Judgement(
        "DuckDB data cube built from StatsWales CSV files",
        _graded(["Marvell-Consulting/statswales-candidate-cube"]),
        kind="english",
    ),
    Judgement(
        "bridge that forwards messages from a legacy MSMQ queue to Azure Service Bus in .NET 8",
        _graded([DH + "Integration-Hub-MSMQ-Bridge"]),
        must=(DH + "Integration-Hub-MSMQ-Bridge",),
        kind="english",
    ),
    Judgement(
        "mock MPI patient demographics query for NHS Wales client apps",
        _graded([NW + "dhew-mocks"]),
        kind="english",
    ),
    Judgement(
        "open source FHIR R4 server written in C# on .NET Framework with SMART support",
        _graded([NW + "Pyro"]),
        kind="english",
    ),
    Judgement(
        "turn Postman collections into automated test runs from the terminal using newman, an NHS Wales example",
        _graded([G + "postman-examples-using-newman"], [G + "testing"]),
        kind="english",
    ),
    Judgement(
        "Spring Boot rules engine using Drools decision tables to work out fees",
        _graded([IPO + "-cbb-calculate-fee-"], [IPO + "ctc-fee", D + "oepp-business-rules"]),
        kind="english",
    ),
    Judgement(
        "copy companies from mongo into elastic search with a Go loader",
        _graded([CH + "elasticsearch-data-loader"]),
        kind="english",
    ),
    Judgement(
        "Kafka message classes generated from Avro schemas, packaged as a Java library",
        _graded([CH + "kafka-models"]),
        kind="english",
    ),
    Judgement(
        "Log::Declare logging with categories that costs almost nothing when a level is off, in Perl",
        _graded([CH + "Log-Declare"]),
        must=(CH + "Log-Declare",),
        kind="english",
    ),
    Judgement(
        "gem that gives Cucumber step definitions a shared World for DVLA tests",
        _graded([D + "atlas"]),
        kind="english",
    ),
    Judgement(
        "SQS payloads over 256KB: keep the body in S3 and send a pointer, for Node",
        _graded([D + "sqs-extended-client"], [D + "aws-sqs-utility"]),
        kind="english",
    ),
    Judgement(
        "DVLA gem that handles the auth so Ruby code can create, update and delete Dynamics records via Dataverse",
        _graded([D + "dataverse-helper"]),
        kind="english",
    ),
    Judgement(
        "config and scripts for a ForgeRock cloud tenant at Companies House",
        _graded([CH + "forgerock-cloud-config"], [CH + "ch-account-ui"]),
        kind="english",
    ),
    Judgement(
        "Django Wagtail site that editors use to publish pages on ons.gov.uk",
        _graded([ONS + "dis-wagtail"], [ONS + "dp-zebedee-sdk-go"]),
        kind="english",
    ),
    Judgement(
        "small FastAPI app that draws status badges for README files",
        _graded([ONS + "ons-badges"]),
        kind="english",
    ),
    Judgement(
        "Go service drawing shaded area maps as SVG given topojson boundaries and values",
        _graded([ONS + "dp-map-renderer"], [ONS + "dp-census-atlas"]),
        kind="english",
    ),
    Judgement(
        "Secure Data Environment workbench service catalogue in Terraform",
        _graded(["Secure-Data-Environment-GIG-Cymru/sde-nonprod-userspace-servicecatalogue"]),
        kind="english",
    ),
    Judgement(
        "GP practice document submission API accepting FHIR transaction bundles",
        _graded([WIP + "gp-documents-api"]),
        kind="english",
    ),
)
