"""A seventeenth held-out set of duplicated-effort groups across organisations, for one honest score.

Written on 7 December 2026, in the eleventh session, for the NEXT session to score once at its start
and once at its end (means only) and never to tune on. Not scored yet. It was written by reading
only the data: ingest/data/snapshot/repositories.jsonl (names, descriptions, READMEs, languages,
file listings, manifests) with its `organisation` field for ownership, and organisations.yaml (and
SOURCE.md beside it) for the names of bodies. Candidates were found with small Python scripts that
grep the JSONL for the job a repository does, in several wordings, and then by reading their
descriptions, READMEs, file listings and manifests. Nothing under search/, web/, catalogue/, docs/
or bench/ was read or run, no catalogue output and nothing that computes similarity was used, no
test was run before the file was written, and git was not used. duplicate_labels_fresh15.py was
read for its format only (its docstring head, lines 1-30, and lines 76-110 and 139-150 around the
starts of its two dicts, where its first groups and ambiguous entries were seen in passing and not
reused). The sixteenth set's file was not opened or read, with one slip to record: a shell loop
meant to list the top-level assignment names of the earlier duplicate-label files ran its grep over
duplicate_labels_fresh16.py too, and printed that file's two top-level names with their line numbers
(FRESH16_GROUPS at line 67, FRESH16_AMBIGUOUS at line 115) and nothing after the names; no group
name, repository or docstring text of that set was seen. The earlier duplicate-label files
(duplicate_labels.py, duplicate_labels_2026.py, duplicate_labels_fresh.py and
duplicate_labels_fresh2.py to duplicate_labels_fresh16.py) were otherwise only imported by scripts
that printed counts and marks: for each candidate group, the largest number of repositories it
shares with any one earlier group; and for each pair of candidate repositories, whether any earlier
group holds both (a yes/no mark, printed for pairs within 33 first-pass candidate groups, within 17
themed pools of candidate repositories, and within 16 second-pass candidate groups). Of the 33
first-pass groups only 4 had no held pair, and those were too loose or had no second body; the
themed pools then showed which cross-organisation pairs earlier sets do not yet hold, and the
groups below were built only from such pairs. Every group here is a new pair of bodies' work on a
job, several on a theme an earlier set may touch; some are looser overlaps than the earlier sets'
best ones. No group here shares two or more repositories with any earlier group (each shares at
most one), and no pair inside a group, ambiguous members included, is held by an earlier group.

Each group's evidence is in the repositories' own words:

- selenium-web-test-helpers: DVLA's evl-screenshot-helper ("A handy extension to Selenium web tests
  which helps generate and organise screenshots of your automated web tests", C#) and NHS Wales's
  testing repository ("Sample code ... browser code using Selenium"; its
  Front-End_Automation_Framework.csproj depends on Selenium.WebDriver, Selenium.Support and NUnit):
  C# helpers for automated Selenium browser tests.
- branching-questionnaire-engines: Legal Innovation Lab Wales's scenario-platform ("facilitates the
  creation and taking of interactive scenarios with ... branching paths"; "supports a non-linear
  question structure") and ONS's eq-questionnaire-runner (the eQ runner on which questionnaires
  built in Author run): engines that take a person through routed questions. Ambiguous: the Lab's
  regulatory-navigation-tool ("HTML5, CSS3 & Javascript implementation of the interactive Regulatory
  Navigation Tool PDF"), a single hand-built decision path rather than an engine.
- legacy-to-message-bus-bridges: DHCW's Integration-Hub-MSMQ-Bridge (MSMQToAzureServiceBusFrame;
  configured with MSMQ_CONNECTION_STRING, SERVICE_BUS_CONNECTION_STRING and SERVICE_BUS_QUEUENAME,
  it "runs the message loop", also as a Windows service) and Companies House's chs-delta-api
  ("Service to send delta events from CHIPS on the correct kafka topic", Go with sarama): services
  that carry messages from an older back-office system onto a modern message bus.
- python-data-pipeline-frameworks: DVLA's sifft ("File ingestion pipelines are repetitive and
  fragile. SIFFT (Spark Ingestion Framework For Tables) is a Python library that aims to ... reduce
  boilerplate code for common Spark ingestion patterns") and ONS's onsrap ("A simple Pipeline
  orchestration package"): Python packages that give analysts a ready frame for data pipelines.
  Ambiguous: ONS's address-toolkit (cleaning address data "registered as a pyspark.sql.DataFrame"),
  a pipeline step rather than a framework.
- oidc-login-test-harnesses: DVLA's government-gateway-stub ("A simple OpenID Connect identity
  provider with signup and login") and Companies House's third-party-harness-oidc (a small web app
  whose testing "focuses on obtaining the correct scopes and permissions"; "uses OIDC protocol to
  authenticate the user towards CH Account"): stand-ins used to exercise an OpenID Connect sign-in
  in test, one from the provider's side and one from the client's.
- llm-question-answering-apps: the ONS Data Science Campus's statschat-app ("semantic search of ONS
  statistical publications"; the relevant text "is passed to a locally-hosted Large language Model
  (LLM), which is prompted to write an answer") and DVLA's lab-gen-ui ("the frontend for the
  generative AI experiments" on the lab-gen backend, whose conversations endpoint answers "What is
  the DVLA?"): web apps that answer staff questions with a large language model. Ambiguous: the
  Campus's classifai ("simplifies semantic search and Retrieval Augmented Generation (RAG)
  pipelines"), a library rather than an app.
- test-automation-tutorials: NHS Wales's postman-examples-using-newman ("Using Postman collections
  to form automated test suites using newman command line tools"; "this tutorial") and DHCW's
  playwright-training ("a training ground for ... Test Engineers to master Playwright automation"):
  teaching repositories for automated testing.
- hl7-message-handling: NHS Wales's hl7-parser-example ("Query an HL7 message ... Decode an encoded
  string into an HL7 message ... Build an HL7 message") and Genomics Partnership Wales's
  HL7ResultsGateway (no README; a C# solution with API, Application, Domain and Infrastructure
  projects on Azure Functions, in an account whose repositories are "laboratory/genomics result
  gateways sending HL7 results" in organisations.yaml): code that reads and builds HL7 v2 messages.
  The weakest group here on evidence.
- cucumber-test-support: DVLA's dvla-reportportal-ruby ("a Ruby-Cucumber formatter which sends the
  test output to Report Portal") and ONS's dp-component-test ("a set of useful helper steps to make
  writing new gherkin tests easy", on cucumber/godog): shared libraries that support Cucumber
  (Gherkin) test suites.
- clinical-document-intake: Work in Progress for Health's gp-documents-api ("accepts FHIR R4
  Bundles ... containing clinical documents ... and delivers them to GP practice systems") and
  DHCW's Integration-Hub-Beta ("A cloud-native platform for seamless and secure exchange of clinical
  information between disparate digital health systems within NHS Wales"): services that receive
  clinical messages from one system and deliver them to another.
- identity-cloud-sign-in-uis: Companies House's ch-account-ui (the CH Account sign-in UI, Next.js
  with @forgerock/javascript-sdk, beside forgerock-cloud-config) and NHS Wales's
  microsoft-entra-external-tenant-authentication-example-using-javascript (a single page app that
  "shows a sign in button" using MSAL.js against Microsoft Entra): browser sign-in front ends for a
  hosted identity cloud. Ambiguous: NHS Wales's demo-microsoft-entra ("Demonstration of Microsoft
  Entra"), a demonstration more than a sign-in UI.

Conventions as in duplicate_labels_fresh.py: every cross-organisation pair inside a group is a
positive, and FRESH17_AMBIGUOUS lists related work whose pairs with the group are ignored.
"""

from __future__ import annotations

FRESH17_GROUPS: dict[str, list[str]] = {
    "selenium-web-test-helpers": [
        "dvla/evl-screenshot-helper",
        "GIG-Cymru-NHS-Wales/testing",
    ],
    "branching-questionnaire-engines": [
        "Legal-Innovation-Lab-Wales/scenario-platform",
        "ONSdigital/eq-questionnaire-runner",
    ],
    "legacy-to-message-bus-bridges": [
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-MSMQ-Bridge",
        "companieshouse/chs-delta-api",
    ],
    "python-data-pipeline-frameworks": [
        "dvla/sifft",
        "ONSdigital/onsrap",
    ],
    "oidc-login-test-harnesses": [
        "dvla/government-gateway-stub",
        "companieshouse/third-party-harness-oidc",
    ],
    "llm-question-answering-apps": [
        "datasciencecampus/statschat-app",
        "dvla/lab-gen-ui",
    ],
    "test-automation-tutorials": [
        "GIG-Cymru-NHS-Wales/postman-examples-using-newman",
        "DHCW-Digital-Health-and-Care-Wales/playwright-training",
    ],
    "hl7-message-handling": [
        "GIG-Cymru-NHS-Wales/hl7-parser-example",
        "Genomics-Partnership-Wales/HL7ResultsGateway",
    ],
    "cucumber-test-support": [
        "dvla/dvla-reportportal-ruby",
        "ONSdigital/dp-component-test",
    ],
    "clinical-document-intake": [
        "Work-In-Progress-For-Health/gp-documents-api",
        "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta",
    ],
    "identity-cloud-sign-in-uis": [
        "companieshouse/ch-account-ui",
        "GIG-Cymru-NHS-Wales/microsoft-entra-external-tenant-authentication-example-using-javascript",
    ],
}

FRESH17_AMBIGUOUS: dict[str, list[str]] = {
    "branching-questionnaire-engines": ["Legal-Innovation-Lab-Wales/regulatory-navigation-tool"],
    "python-data-pipeline-frameworks": ["ONSdigital/address-toolkit"],
    "llm-question-answering-apps": ["datasciencecampus/classifai"],
    "identity-cloud-sign-in-uis": ["GIG-Cymru-NHS-Wales/demo-microsoft-entra"],
}
