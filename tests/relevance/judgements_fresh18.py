"""An eighteenth fresh, independent set of judged search questions, written on 7 December 2026.

It exists to measure search quality honestly: it has not been scored, nothing has been tuned on it,
and it must never be used to tune anything. It was written in the twelfth session of 7 December
for the NEXT session: score it once at that session's start and once at its end (means only), and
report the result apart from the other sets.

How it was written: from the bundled data alone (ingest/data/snapshot/repositories.jsonl: names,
descriptions, READMEs, languages, file listings, manifests and the `organisation` field;
organisations.yaml for the English and Welsh names of bodies, and SOURCE.md beside them for what
the fields mean). Every repository's name, description, the head of its README, its first file
names and its first dependencies were skimmed once with a small Python script; then for each
question the JSONL was grepped (small Python scripts in a scratch folder) for its words and for
other words that say the same thing (synonyms, Welsh and English, plural and mutated forms, tool
and library names in manifests and file listings), and the candidates' descriptions, READMEs,
file listings and manifests were read before grading. A script checked that every graded name is a
real full_name in the snapshot. Nothing under search/, web/, catalogue/, docs/, bench/ or cli/ was
read or run; no catalogue, search, API, demo, ndcg.py or duplicate_report.py was run, no test was
run while writing, and git was not used. The sixteenth and seventeenth sets' files were not opened;
they were only imported by the counting script below. The two test folders were listed (file names
only). relevance_corpus.py was read only as far as Judgement and _graded (lines 1-45);
judgements_fresh15.py lines 1-75 were read for format only (docstring and layout; the three
questions seen there were not reused). The folder holding this session's brief was listed (file
names only); nothing in it but the brief was opened.

Clash check, by counts only: a script imported relevance_corpus (its import line loads
search.backend; nothing was built or searched) and every earlier judgements module
(judgements_fresh.py, judgements_fresh2.py to judgements_fresh17.py, judgements_2026.py,
judgements_validation.py) and printed only counts and the indices of the questions here. The first
draft had six questions equal (casefolded) to an earlier one; they were reworded. A second count
then found seven questions here containing, or contained in, an earlier question longer than 22
characters; they were reworded too. Now no question here repeats an earlier one, and none contains
or is contained in an earlier question longer than 22 characters. Topics overlap with earlier sets
in places (the snapshot has 445 repositories), but each question's wording and grading were made
here from the data.

Grades: 2 is what the person wants (the repository does that job), 1 is relevant but not the main
answer; every repository in the snapshot found to deserve a grade is listed. `must` is used only on
four questions with one clear best answer. Each question's kind is given on its Judgement: "welsh"
(Welsh or mixed Welsh and English, as a Welsh public-sector developer would type it, with mutated
and plural forms; 24 here), "vague" (a plain description of a need, in everyday words; 12), "typo"
(3), or "english" (31: technologies, tools, file formats, body names, brands and acronyms). The
questions are spread over many bodies: 24 of the snapshot's 29 organisations hold a grade-2 answer
(Bangor's language technology unit most often, in 14 questions).
"""

from __future__ import annotations

from relevance_corpus import Judgement, _graded

T = "techiaith/"
CH = "companieshouse/"

FRESH18_JUDGEMENTS: list[Judgement] = [
    # --- Welsh and mixed Welsh/English ------------------------------------------------------------
    Judgement(
        query="creu isdeitlau SRT o fideos a recordiadau sain Cymraeg",
        grades=_graded(
            best=[T + "welsh-whisperx"],
            good=[
                T + "docker-huggingface-stt-cy",
                T + "trawsgrifiwr-arlein",
                T + "hacio-deepspeech-cymraeg",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        query="trawsgrifio lleferydd Cymraeg yn fyw ar fy nghyfrifiadur heb gysylltiad â'r we",
        grades=_graded(
            best=[T + "trawsgrifiwr-byw", T + "trawsgrifiwr-byw-seinydd-windows"],
            good=[T + "trawsgrifiwr-windows", T + "docker-deepspeech-cy-server"],
        ),
        kind="welsh",
    ),
    Judgement(
        query="lleisiau Cymraeg all-lein ar gyfer ap iPhone",
        grades=_graded(best=[T + "piper-ios-app"], good=[T + "piper-cy", T + "techiaith-g2p"]),
        kind="welsh",
    ),
    Judgement(
        query="ychwanegyn NVDA i roi llais Cymraeg i ddarllenydd sgrin",
        grades=_graded(best=[T + "nvda-addon"], good=[T + "Festival_MSAPI"]),
        kind="welsh",
    ),
    Judgement(
        query="adfer atalnodi a phriflythrennau yn nhrawsgrifiadau'r peiriant adnabod lleferydd",
        grades=_graded(best=[T + "docker-atalnodi-server"], good=[]),
        must=(T + "docker-atalnodi-server",),
        kind="welsh",
    ),
    Judgement(
        query="alinio recordiadau â'u trawsgrifiadau ar lefel ffonemau",
        grades=_graded(best=[T + "docker-ProsodylabAligner-cy"], good=[T + "welsh-whisperx"]),
        kind="welsh",
    ),
    Judgement(
        query="hyfforddi modelau bychain sy'n deffro pan glywant air penodol",
        grades=_graded(best=[T + "deffro"], good=[]),
        kind="welsh",
    ),
    Judgement(
        query="rhestrau o'r geiriau Cymraeg a ddefnyddir amlaf",
        grades=_graded(
            best=[T + "geiriau-mwyaf-aml"], good=[T + "lecsicon-cymraeg-bangor-enghreifftiau"]
        ),
        kind="welsh",
    ),
    Judgement(
        query="offeryn llinell orchymyn i nôl cofion cyfieithu o API ar gyfer hyfforddi peiriannau cyfieithu",
        grades=_graded(
            best=[T + "archgof-client"],
            good=[T + "techiaith-utils", T + "anonymeiddiwr-beta", T + "docker-marian-nmt"],
        ),
        kind="welsh",
    ),
    Judgement(
        query="gweinydd cyfieithu peirianyddol niwral Marian i'r Gymraeg",
        grades=_graded(
            best=[T + "docker-marian-nmt"], good=[T + "docker-moses-smt", T + "techiaith-utils"]
        ),
        kind="welsh",
    ),
    Judgement(
        query="darganfod themâu a phynciau mewn testunau Cymraeg gyda BERTopic",
        grades=_graded(best=[T + "modelu-pwnc-demo"], good=[]),
        kind="welsh",
    ),
    Judgement(
        query="ap torfoli recordiadau llais gan wirfoddolwyr Cymraeg",
        grades=_graded(
            best=[T + "Paldaruo", T + "voice-web"],
            good=[T + "brawddegau-adnabod-lleferydd", T + "speech-corpus-builder"],
        ),
        kind="welsh",
    ),
    Judgement(
        query="trosi sillafiad Cymraeg yn ffonemau ar gyfer lleisiau synthetig",
        grades=_graded(best=[T + "techiaith-g2p"], good=[T + "welsh-lts", T + "llais_festival"]),
        kind="welsh",
    ),
    Judgement(
        query="data prawf gydag enwau pobl a lleoedd Cymreig ffug",
        grades=_graded(
            best=[T + "enwau_ffug"],
            good=["GIG-Cymru-NHS-Wales/testing", CH + "test-data-generator"],
        ),
        kind="welsh",
    ),
    Judgement(
        query="templed gwefan wythnosnodiadau ddwyieithog i dîm digidol",
        grades=_graded(
            best=["nrw-digital/week-notes"],
            good=["Sport-Wales/digital-team-site", "dvla/dvla.github.io", "wgdsu/wgdsu.github.io"],
        ),
        kind="welsh",
    ),
    Judgement(
        query="cydrannau Vue a Storybook ar gyfer gwasanaethau treth Cymru",
        grades=_graded(
            best=["welsh-revenue-authority/component-library"],
            good=["welsh-revenue-authority/wra-frontend"],
        ),
        kind="welsh",
    ),
    Judgement(
        query="data cyflymder band eang fesul ardal yng Nghymru",
        grades=_graded(best=["wgdsu/wales-ookla-data"], good=[]),
        kind="welsh",
    ),
    Judgement(
        query="ailgyfeirio hen dudalennau StatsWales i'r gwasanaeth newydd",
        grades=_graded(
            best=["Marvell-Consulting/statswales2redirect"],
            good=[
                "Marvell-Consulting/statswales-frontend",
                "Marvell-Consulting/statswales-data-grabber",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        query="achosion prawf Gherkin ar gyfer fersiynau lleol o'r dreth trafodiadau tir",
        grades=_graded(
            best=["welsh-revenue-authority/LTT_scenarios"],
            good=["welsh-revenue-authority/property_platform_app"],
        ),
        kind="welsh",
    ),
    Judgement(
        query="canllawiau i staff GIG Cymru symud cod o yriannau a rennir i GitHub",
        grades=_graded(
            best=[
                "GIGCymru/Best-Practice-for-Backing-up-Files-to-GitHub",
                "GIGCymru/Linking-On-Prem-git-To-GitHub",
            ],
            good=[
                "GIGCymru/GitHub-GIG-Cymru-Starter-Guide",
                "GIGCymru/GitHub-GIG-Cymru-CodeSpaces",
            ],
        ),
        kind="welsh",
    ),
    Judgement(
        query="ategyn Blender ar gyfer prosesu sganiau clustogau seddi",
        grades=_graded(
            best=["Cardiff-Vale-University-Health-Board/REU-PYTHON-CustomSeatingTools"], good=[]
        ),
        kind="welsh",
    ),
    Judgement(
        query="modelu mewnbwn-allbwn Leontief mewn R neu Python",
        grades=_graded(best=["wgdsu/iot-leontief-python", "wgdsu/iot-leontief-r"], good=[]),
        kind="welsh",
    ),
    Judgement(
        query="siartiau a ffigurau R sy'n bodloni canllawiau cyhoeddi ystadegau Llywodraeth Cymru",
        grades=_graded(best=["wgdsu/KASStylesR"], good=["impcymru/impcymru-chart-formatter"]),
        kind="welsh",
    ),
    Judgement(
        query="ymlusgwr gwe i gasglu tudalennau o wefannau",
        grades=_graded(
            best=["CyngorGwyneddDatblygu/Ymlusgwr"],
            good=[
                "Marvell-Consulting/statswales2redirect",
                "Marvell-Consulting/statswales-data-grabber",
                "NHS-Executive/GoogleColab_NHFD_WebScraper",
                "Advanced-Analytics-NHS-Wales/Co-Pilot-Demo",
            ],
        ),
        kind="welsh",
    ),
    # --- Vague: a need in everyday words ----------------------------------------------------------
    Judgement(
        query="check an uploaded document for any words on our banned list",
        grades=_graded(
            best=["intellectual-property-office/ctc-dictionary"], good=[CH + "restricted-word-web"]
        ),
        kind="vague",
    ),
    Judgement(
        query="let the public start a petition and gather signatures online",
        grades=_graded(best=["SeneddCymru/e-petitions"], good=[]),
        must=("SeneddCymru/e-petitions",),
        kind="vague",
    ),
    Judgement(
        query="let staff give each other feedback based on our organisation's values",
        grades=_graded(
            best=[
                "Work-In-Progress-For-Health/dhcw360",
                "Work-In-Progress-For-Health/gig-cymru-igdc-dryw",
            ],
            good=[],
        ),
        kind="vague",
    ),
    Judgement(
        query="get the writing out of a photo of a paper form",
        grades=_graded(best=[CH + "ocr-api"], good=[]),
        kind="vague",
    ),
    Judgement(
        query="show the public what our team is working on now, next and later",
        grades=_graded(
            best=[
                "DHCW-Digital-Health-and-Care-Wales/dhcw-vaccine-roadmap",
                "DHCW-Digital-Health-and-Care-Wales/product-roadmaps",
                "DHCW-Digital-Health-and-Care-Wales/public-backlog-template",
            ],
            good=["National-Data-Resource/.github", "nrw-digital/week-notes"],
        ),
        kind="vague",
    ),
    Judgement(
        query="work out how much extra money a sports club could get if it raises funds from the public",
        grades=_graded(
            best=["Sport-Wales/crowdfunder-calculator"], good=["Sport-Wales/investment-portal"]
        ),
        kind="vague",
    ),
    Judgement(
        query="help us judge whether a new project is fair to everyone and good for the Welsh language",
        grades=_graded(best=["Sport-Wales/integrated-impact-assessment"], good=[]),
        kind="vague",
    ),
    Judgement(
        query="fetch the latest hip fracture figures for Wales without copying them by hand",
        grades=_graded(best=["NHS-Executive/GoogleColab_NHFD_WebScraper"], good=[]),
        kind="vague",
    ),
    Judgement(
        query="match up records about the same people held by two organisations without either seeing the other's names",
        grades=_graded(
            best=["datasciencecampus/pprl_toolkit"],
            good=["GIG-Cymru-NHS-Wales/person-similarity-using-rust"],
        ),
        kind="vague",
    ),
    Judgement(
        query="pick the right industry code from a description of what a business does",
        grades=_graded(
            best=[CH + "sic-code-api", "datasciencecampus/classifai"], good=[CH + "sic-code-data"]
        ),
        kind="vague",
    ),
    Judgement(
        query="ask a question about published statistics and get a written answer",
        grades=_graded(
            best=["datasciencecampus/statschat-app"], good=["datasciencecampus/classifai"]
        ),
        kind="vague",
    ),
    Judgement(
        query="a page to show people while our online payment service is down for work",
        grades=_graded(best=["dvla/oepp-maintenance-page"], good=[]),
        kind="vague",
    ),
    # --- Typos ------------------------------------------------------------------------------------
    Judgement(
        query="postcode adress file formating for envelope labels",
        grades=_graded(best=["dvla/postman-paf", "dvla/postman-paf-js"], good=[]),
        kind="typo",
    ),
    Judgement(
        query="retry consumr for kafak error topics",
        grades=_graded(best=[CH + "kafka-error-consumer"], good=[CH + "kafka-management-tool"]),
        kind="typo",
    ),
    Judgement(
        query="openEHR clincal data repositry tutorial",
        grades=_graded(best=["freshehr/dhcw-cdr"], good=[]),
        kind="typo",
    ),
    # --- English: technologies, formats, bodies and brands ----------------------------------------
    Judgement(
        query="XBRL validation of company accounts",
        grades=_graded(best=[CH + "account-validator-api"], good=[]),
        must=(CH + "account-validator-api",),
        kind="english",
    ),
    Judgement(
        query="turn XLSForm questionnaires in Excel into FSH and FHIR resources",
        grades=_graded(best=["NHSWalesFHIR/NHSWales-fhir-psom-xlsform-to-fhir"], good=[]),
        kind="english",
    ),
    Judgement(
        query="Akoma Ntoso markup for court judgments",
        grades=_graded(best=["Legal-Innovation-Lab-Wales/judiciary-akn-tagger"], good=[]),
        kind="english",
    ),
    Judgement(
        query="command line tool to turn CSV files into 5-star CSVW",
        grades=_graded(best=["ONSdigital/csvcubed"], good=["dvla/sifft"]),
        kind="english",
    ),
    Judgement(
        query="load CSV, Excel and pipe-delimited files into Delta tables with Spark",
        grades=_graded(
            best=["dvla/sifft"], good=["ONSdigital/ons-utils", "ONSdigital/dp-data-pipelines"]
        ),
        kind="english",
    ),
    Judgement(
        query="customised GeoNetwork install for NRW spatial metadata",
        grades=_graded(
            best=["AstunTechnology/nrw-custom-geonetwork"], good=["epimorphics/nrw-dms-deploy"]
        ),
        kind="english",
    ),
    Judgement(
        query="Drools decision tables for business rules",
        grades=_graded(
            best=["intellectual-property-office/-cbb-calculate-fee-", "dvla/oepp-business-rules"],
            good=[],
        ),
        kind="english",
    ),
    Judgement(
        query="SQS messages larger than 256KB stored in S3",
        grades=_graded(best=["dvla/sqs-extended-client"], good=["dvla/aws-sqs-utility"]),
        kind="english",
    ),
    Judgement(
        query="CI scripts that promote ForgeRock tenant config between environments",
        grades=_graded(
            best=[CH + "forgerock-cloud-config"],
            good=[CH + "ch-account-ui", CH + "third-party-harness-oidc"],
        ),
        kind="english",
    ),
    Judgement(
        query="stub Government Gateway OpenID Connect login for testing",
        grades=_graded(
            best=["dvla/government-gateway-stub"], good=[CH + "third-party-harness-oidc"]
        ),
        kind="english",
    ),
    Judgement(
        query="Microsoft Entra sign-in for a single page app using MSAL",
        grades=_graded(
            best=[
                "GIG-Cymru-NHS-Wales/microsoft-entra-external-tenant-authentication-example-using-javascript",
                "GIG-Cymru-NHS-Wales/demo-microsoft-entra",
            ],
            good=["GIG-Cymru-NHS-Wales/wauth"],
        ),
        kind="english",
    ),
    Judgement(
        query="Rust example for parsing HL7 v2 messages",
        grades=_graded(
            best=["GIG-Cymru-NHS-Wales/hl7-parser-example"],
            good=["GIG-Cymru-NHS-Wales/hl7-v2-examples"],
        ),
        kind="english",
    ),
    Judgement(
        query="bridge MSMQ messages to Azure Service Bus",
        grades=_graded(
            best=["DHCW-Digital-Health-and-Care-Wales/Integration-Hub-MSMQ-Bridge"],
            good=[
                "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-POC",
                "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta",
            ],
        ),
        kind="english",
    ),
    Judgement(
        query="DuckDB data cube format experiments",
        grades=_graded(
            best=["Marvell-Consulting/statswales-candidate-cube"],
            good=[
                "Marvell-Consulting/statswales-backend",
                "Marvell-Consulting/statswales-frontend",
                "dvla/data-engineering-coding-exercises",
            ],
        ),
        kind="english",
    ),
    Judgement(
        query="clean, classify and call variants in mycobacterial fastq reads with Nextflow",
        grades=_graded(
            best=["Pathogen-Genomics-Cymru/lodestone"],
            good=["Pathogen-Genomics-Cymru/pathogen-mongodb"],
        ),
        kind="english",
    ),
    Judgement(
        query="render SVG choropleth maps from topojson",
        grades=_graded(best=["ONSdigital/dp-map-renderer"], good=["ONSdigital/dp-census-atlas"]),
        kind="english",
    ),
    Judgement(
        query="Go library abstracting Neo4j and Neptune graph databases",
        grades=_graded(best=["ONSdigital/dp-graph"], good=[]),
        kind="english",
    ),
    Judgement(
        query="copier template for new Python projects",
        grades=_graded(
            best=["ONSdigital/ons-python-template"],
            good=[
                "Public-Health-Wales/phwcookiecutter",
                "Aneurin-Bevan-University-Health-Board/temp_spc_basic",
            ],
        ),
        kind="english",
    ),
    Judgement(
        query="RabbitMQ cluster set up with Ansible on EC2",
        grades=_graded(best=["ONSdigital/eq-messaging"], good=["dvla/oepp-audit-service"]),
        kind="english",
    ),
    Judgement(
        query="Tailwind CSS plugin converting rem to em",
        grades=_graded(best=["Transport-for-Wales/tailwindcss-plugin-rems-to-ems"], good=[]),
        must=("Transport-for-Wales/tailwindcss-plugin-rems-to-ems",),
        kind="english",
    ),
    Judgement(
        query="Terraform modules for ECS clusters and services",
        grades=_graded(
            best=[CH + "terraform-library-ecs-cluster", CH + "terraform-library-ecs-service"],
            good=[CH + "terraform-library-elasticache"],
        ),
        kind="english",
    ),
    Judgement(
        query="one page showing each service's vulnerabilities and code quality from Dependency Track and Sonar",
        grades=_graded(
            best=[CH + "services-dashboard-api", CH + "services-dashboard-web"],
            good=[
                "intellectual-property-office/fe-dashboard-ui",
                "ONSdigital/keh-digital-landscape",
            ],
        ),
        kind="english",
    ),
    Judgement(
        query="GOV.UK Notify client for sending emails and letters",
        grades=_graded(
            best=[
                CH + "chs-gov-uk-notify-integration-api",
                "intellectual-property-office/ctc-correspondence",
            ],
            good=[
                "intellectual-property-office/Outreach-Patents",
                CH + "chs-notification-sender-api",
                CH + "email-producer-java",
            ],
        ),
        kind="english",
    ),
    Judgement(
        query="tamper-proof view state for ASP.NET MVC",
        grades=_graded(best=["dvla/evl-state-manager"], good=["dvla/vehicles-presentation-common"]),
        kind="english",
    ),
    Judgement(
        query="Qlik Sense and Looker SPC chart extensions",
        grades=_graded(
            best=["Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals"],
            good=["Aneurin-Bevan-University-Health-Board/temp_spc_basic"],
        ),
        kind="english",
    ),
    Judgement(
        query="C# FHIR R4 server on SQL Server or PostgreSQL",
        grades=_graded(best=["nwisbeta/Pyro"], good=[]),
        kind="english",
    ),
    Judgement(
        query="DIVE narrated data story about Welsh public bodies' emissions",
        grades=_graded(best=["Audit-Wales/NetZeroDive"], good=[]),
        kind="english",
    ),
    Judgement(
        query="automated API test suites from Postman collections with newman",
        grades=_graded(
            best=["GIG-Cymru-NHS-Wales/postman-examples-using-newman"],
            good=[
                "GIG-Cymru-NHS-Wales/testing",
                "freshehr/dhcw-cdr",
                CH + "chs-gov-uk-notify-integration-api",
                CH + "chs-notification-sender-api",
            ],
        ),
        kind="english",
    ),
    Judgement(
        query="IPO address search microservice",
        grades=_graded(
            best=["intellectual-property-office/ctc-address"],
            good=[
                CH + "address-lookup-api",
                "dvla/address-lookup-service",
                "dvla/os-address-lookup",
                "ONSdigital/eq-address-lookup-api",
            ],
        ),
        kind="english",
    ),
    Judgement(
        query="GOV.WALES React components documented in Storybook",
        grades=_graded(
            best=["govwales/component-library", "govwales/govwales-component-library"],
            good=[
                "welsh-revenue-authority/component-library",
                "DHCW-Digital-Health-and-Care-Wales/single-record-design-system",
            ],
        ),
        kind="english",
    ),
    Judgement(
        query="forecast SARS-CoV-2 lineages with VAR or VECM models",
        grades=_graded(best=["Pathogen-Genomics-Cymru/covate"], good=[]),
        kind="english",
    ),
]
