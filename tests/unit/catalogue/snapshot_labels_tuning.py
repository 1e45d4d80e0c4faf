"""Tuning set of hand-judged component-type labels for the bundled snapshot.

Written on 6 December 2026 from the snapshot data alone
(``ingest/data/snapshot/repositories.jsonl``), without reading or running the
classifier, the self-description or normalisation code, the app, the tests, or
any other output that computes or shows component types.

Sample: every ``full_name`` in the snapshot, minus the names already in
``TYPE_LABELS`` (``snapshot_labels``) and in ``FRESH_TYPE_LABELS`` /
``FRESH_TYPE_AMBIGUOUS`` (``snapshot_labels_fresh``), sorted, then
``random.Random(20261207).sample(sorted(remaining), 110)``. All 110 sampled
rows are labelled here: each appears exactly once, in
``TUNING_TYPE_LABELS`` or in ``TUNING_TYPE_AMBIGUOUS``.

Method: for each row the description, the first few thousand characters of
the README, the primary language, ``files_sample`` and ``manifests`` were read
and one type was chosen: the type a Welsh public-sector developer browsing the
catalogue would expect (library, application, design-system, infrastructure,
data, documentation or other). Rows where a reasonable developer could pick
either of two types go to ``TUNING_TYPE_AMBIGUOUS`` with both types; either
answer should count as correct there. Each entry carries a short evidence
comment quoting or summarising the data the judgement rests on.

This is TUNING material: unlike the earlier label sets, the classifier may be
tuned on it (rules adjusted, thresholds chosen); it is not a held-out
evaluation set.
"""

TUNING_TYPE_LABELS: dict[str, str] = {
    "ONSdigital/eq-address-lookup-api": "application",  # README: "a simple request service that will return a list of addresses"; Flask, Dockerfile
    "ONSdigital/dp-sitemap": "application",  # README: "The service runs in the background consuming messages from Kafka"
    "ONSdigital/dp-s3": "library",  # README: "Client to interact with AWS S3"; Go import dps3
    "dvla/dvla-browser-drivers": "library",  # README: "a gem that has pre-configured browser drivers"
    "companieshouse/sic-code-data": "data",  # README: "all files used to create the combined_sic_activities Mongo collection"; source CSVs
    "Marvell-Consulting/statswales2redirect": "application",  # README: "StatsWales 2 -> StatsWales 3 Redirect Service"; FastAPI
    "DHCW-Digital-Health-and-Care-Wales/shared-medicines-guide": "documentation",  # README: "build out safe practice guidance"; markdown guide
    "Marvell-Consulting/statswales-frontend": "application",  # README: "StatsWales Frontend Service"; Express app
    "dvla/address-lookup-service": "application",  # README: "Address lookup via Ordnance Survey"; Dropwizard services + Dockerfiles
    "ONSdigital/dp-static-file-publisher": "application",  # README: "This service is responsible for moving files that have been published"
    "Sport-Wales/mailchimp_api_int": "application",  # README: "Python console app for handling common data queries using Mailchimp's API"
    "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-POC": "application",  # README: "Proof of concept for DHCW Integration Hub"; Java microservices
    "ONSdigital/ons-utils": "library",  # README: "A suite of pyspark, pandas and general pipeline utils"
    "intellectual-property-office/ctc-company": "application",  # README: "IPO open-sourced code for the ctc-company service"; C#
    "ONSdigital/dp-filter-api": "application",  # Go API service; BIND_ADDR, Kafka, Mongo config
    "ONSdigital/onsrap": "library",  # README: "A simple Pipeline orchestration package"
    "companieshouse/api-sdk-manager-go-library": "library",  # README: "this library is not a standalone service, and can only be used within services or other libraries"
    "dvla/vdr-core": "library",  # README: "the core libraries for the DVLA View Driving Record service"
    "nwisbeta/validate-yaml-schema": "library",  # README: "This action validates YAML files"; GitHub Action (action.yml)
    "companieshouse/services-dashboard-web": "application",  # README: "This service is the web component of the services dashboard"; Express app
    "dvla/atlas": "library",  # README: "a wrapper around the World functionality provided by Cucumber"; gem
    "companieshouse/third-party-test-harness": "application",  # README: "A small Java web application"
    "companieshouse/Log-Declare": "library",  # README: "A high performance Perl logging module"
    "dvla/aws-sqs-utility": "application",  # README: "Command-line utility that provides the ability to read, write and transform messages on a AWS SQS queue"
    "companieshouse/ch-frontend": "design-system",  # README: "GOV.UK Frontend contains the code you need to start building a user interface"; components
    "ONSdigital/dp-geodata-api": "application",  # README: "Census Atlas geodata API and database"
    "techiaith/techiaith-g2p": "library",  # README: "pip install techiaith-g2p ... from techiaith.g2p import BangorG2P"
    "GIGCymru/Linking-On-Prem-git-To-GitHub": "documentation",  # README: "A comprehensive guide for NHS Wales users"
    "intellectual-property-office/ctc-fee": "application",  # README: "IPO open-sourced code for the ctc-fee service"; C#
    "techiaith/voice-web": "application",  # README: "a web, android and iOS app for collection speech donations"
    "dvla/osl-commons-utils": "library",  # README: "A suite of commonly used java utilities"
    "ONSdigital/dp-logging": "library",  # README: "Logging library for DP Java apps"
    "welsh-revenue-authority/property_platform_app": "application",  # README: "A POC for a property data platform"; FastAPI app
    "techiaith/spacy_cy_tag_lem_ner_lg": "data",  # README (Welsh): "Model Cymraeg ar gyfer spaCy" - a trained Welsh spaCy model (tagger, lemmatiser, NER, vectors)
    "dvla/dataverse-helper": "library",  # README: "This gem helps you integrate with Microsoft Dynamics using Microsoft Dataverse Web API"
    "DHCW-Digital-Health-and-Care-Wales/single-record-design-system": "design-system",  # README: "A design system for the Single Record programme within NHS Wales"
    "welsh-revenue-authority/isitinwales": "application",  # README: "A demonstration service built to test the proof of concept Land and Property Platform"; Flask
    "nwisbeta/api-catalogue": "documentation",  # README: "used to generate documentation and user guides for NHS Wales APIs"
    "GIG-Cymru-NHS-Wales/nhs-number-cli-using-rust": "application",  # README: "This tool is a command line interface that parses each standard input line into an NHS number"
    "datasciencecampus/classifai": "library",  # README: "a free, open-source (MIT Licence) Python package that simplifies semantic search and RAG pipelines"
    "companieshouse/ocr-api": "application",  # README: "A microservice to extract text from images"
    "GIG-Cymru-NHS-Wales/person-similarity-using-rust": "application",  # no README; Cargo deps axum, hyper, tokio, strsim (an HTTP service)
    "DHCW-Digital-Health-and-Care-Wales/NWRI-eReferrals-Service-App": "application",  # README: "an ASP.NET Core API that provides endpoints for handling Referrals"
    "ONSdigital/dp-authorisation": "library",  # README: "The authorisation package provides a configuration type that can be embedded within an existing service"; Go packages
    "ONSdigital/eq-survey-register": "application",  # README: "This service acts as a register of surveys"; Express API
    "GIGCymru/Best-Practice-for-Backing-up-Files-to-GitHub": "documentation",  # README: "A Guide for NHS Wales Staff"
    "dvla/dvla-reportportal-ruby": "library",  # README: "This gem is a Ruby-Cucumber formatter which sends the test output to Report Portal"
    "companieshouse/chs-log-scraper": "infrastructure",  # README: "Infrastructure code for the provisioning of object storage"; HCL
    "dvla/lab-gen": "application",  # README: "Run the application ... This will start the server"; FastAPI generative-AI service
    "DHCW-Digital-Health-and-Care-Wales/Integration-Hub-Beta": "application",  # README: "A cloud-native platform for seamless and secure exchange of clinical information"; microservices
    "dvla/proxypy": "application",  # README: "a distributed rate-limited proxy server written in Python"
    "ONSdigital/keh-digital-landscape": "application",  # README: "a tool that provides insights into the technologies used across ONS"
    "dvla/email-service": "application",  # README: "Email sending service"
    "intellectual-property-office/ctc-correspondence": "application",  # README: "IPO open-sourced code for the ctc-correspondence service"; ASP.NET API
    "techiaith/docker-commonvoice-custom-splits-builder": "data",  # README (Welsh, translated): "the scripts used ... to create alternative training and test sets from the Mozilla Common Voice corpus"
    "DHCW-Digital-Health-and-Care-Wales/wccg-pas-referrals-api": "application",  # README: "an ASP.NET Core API that provides endpoints for handling Referrals"
    "dvla/vehicles-acquire-online": "application",  # README: "the Web frontend for acquiring service from the motor trade"; Play app
    "nwisbeta/linqpad-scripts": "application",  # README: "A collection of (hopefully) useful LINQpad scripts for developers/testers"; nhs-number-generator.linq
    "govwales/govwales-component-library": "design-system",  # README: "GOV.WALES React Component Library ... user interface components"
    "companieshouse/ch.gov.uk": "application",  # README: "The Companies House public beta service core web application"
    "intellectual-property-office/-cbb-calculate-fee-": "application",  # README only "document the component"; Spring Boot web + Drools fee-calculation service
    "techiaith/docker-festival-tts-cy-api": "application",  # README: "Festival TTS Welsh Voice API"; docker, open http://localhost:4321
    "Aneurin-Bevan-University-Health-Board/temp_spc_basic": "other",  # README: "SPC Basic Template. Starter project ... Click Use this template"
    "ONSdigital/eq-cir-fastapi": "application",  # README: "Collection Instrument Registry ... uses the FastAPI Python web framework"
    "companieshouse/ch-java-utils": "library",  # README: "This jar file currently contains the thymeleaf resources ... to be picked up in the classpath"
    "ONSdigital/ons-data-api": "application",  # README: "This is a prototype API used in the implementation of the Open Statistics prototype"
    "DHCW-Digital-Health-and-Care-Wales/wccg-dental-mock-ui": "application",  # README: "an ASP.NET Core API which simulates UI for sending requests to eReferral API"
    "companieshouse/overseas-entities-api": "application",  # README: "API service for submitting overseas entity registrations"
    "ONSdigital/dp-frontend-cookie-controller": "application",  # README: "To start the service use make, make debug"; Go frontend service, BIND_ADDR
    "companieshouse/s3-content-type-fixer": "application",  # README: "This script will upload content to S3 ... with correct MIME type"
    "companieshouse/kafka-error-consumer": "application",  # README: "A generic consumer application to move messages from a Kafka error topic to a retry topic"
    "ONSdigital/dp-download-service": "application",  # README: "The Download Service is part of the Static Files System"
    "companieshouse/lfp-error-reporter": "application",  # README: "A lambda to report errors from the penalty payment service"
    "datasciencecampus/statschat-app": "application",  # README: "an experimental application for semantic search of ONS statistical publications"
    "dvla/evl-state-manager": "library",  # README: "Add a reference to EVL.Web.Mvc.Shared.StateManager"; state management for .NET MVC
    "ONSdigital/eq-json-version-converter": "application",  # README: "written to convert Survey Runner schemas from v2 to v3"; converter script
    "techiaith/macsen-flutter": "application",  # README: "Macsen - Welsh language voice assistant app" for Android and iOS
    "Legal-Innovation-Lab-Wales/regulatory-navigation-tool": "application",  # README: "HTML5, CSS3 & Javascript implementation of the interactive Regulatory Navigation Tool"
    "wgdsu/iot-leontief-python": "library",  # README: "A Python package to perform Type 1 and Type 2 Leontief Inverse Input Output Modelling"
    "dvla/dvla-lint-ruby": "library",  # README: "This Gem contains the official DVLA Ruby linting rules"
    "GIG-Cymru-NHS-Wales/authentication": "documentation",  # README: "This page introduces authentication, using the perspective of software engineering teamwork"
    "ONSdigital/ons-json-logger": "library",  # README: "A utility class for generating structured JSON log entries"; RubyGem
    "welsh-revenue-authority/property-per-page": "application",  # README only "flask run"; Flask main.py, templates, Procfile
    "techiaith/geiriau-mwyaf-aml": "data",  # README: "Wordlists of the most common wordforms in Welsh"
    "dvla/eventstore-client": "library",  # README: "Contains the event sourcing clients implementations ... Include the following in your pom.xml"
    "companieshouse/transaction-search-tool": "application",  # README: "Administration tool for Front End Scanned (FES) documents"; Express web app
}

TUNING_TYPE_AMBIGUOUS: dict[str, tuple[str, str]] = {
    "ONSdigital/design-system-python-flask-demo": (
        "design-system",
        "application",
    ),  # README: "a demo of design system implemented in Python and Flask"; renders DS example components
    "datasciencecampus/pprl_toolkit": (
        "library",
        "application",
    ),  # README: "a Python package for privacy-preserving record linkage" plus secure cloud architecture demo
    "techiaith/Festival_MSAPI": (
        "library",
        "application",
    ),  # README: "code that added a Windows MSAPI interface to the Festival Speech Synthesis system" + installer
    "Pathogen-Genomics-Cymru/pathogen-mongodb": (
        "infrastructure",
        "application",
    ),  # README: "a containerised MongoDB service that is launched through docker-compose" + import app
    "intellectual-property-office/Services": (
        "application",
        "library",
    ),  # no README; C# PersistenceServices *.WebApi projects plus *.Api.Client and image utility projects
    "intellectual-property-office/Outreach-Patents": (
        "other",
        "application",
    ),  # README only "This is TopLevel Outreach code."; one GovUkNotify C# project
    "welsh-revenue-authority/LTT_scenarios": (
        "documentation",
        "data",
    ),  # README: "a set of hypothetical scenarios for localised versions of Land Transaction Tax"; .feature files
    "dvla/data-engineering-coding-exercises": (
        "documentation",
        "data",
    ),  # no README; exercises/mot (marimo, duckdb, pandas) and exercises/vehicles
    "dvla/add-a-driving-licence-check-code-to-your-mobile-phone": (
        "application",
        "other",
    ),  # no README/description; only views/ and public-assets/ (HTML/CSS/JS), looks like a service prototype
    "intellectual-property-office/Automation": (
        "application",
        "design-system",
    ),  # README: "a batch script that will download and compile all UK IPO frontend styles"
    "GIG-Cymru-NHS-Wales/testing": (
        "documentation",
        "data",
    ),  # README: "Fabrications of testing data ... Suggestions for testing practices ... Sample code"
    "NHS-Executive/GoogleColab_NHFD_WebScraper": (
        "application",
        "data",
    ),  # README: "two versions of the webscraper, they download the same data (latest extracts from the NHFD website)"; Colab notebooks
    "techiaith/docker-metashare": (
        "infrastructure",
        "application",
    ),  # README: "a Docker file and associated files that facilitates easy installation your own instance of a META-SHARE node"
    "ONSdigital/ons-interaction-design-library": (
        "design-system",
        "documentation",
    ),  # name "interaction design library"; Astro Starlight docs site (MDX), README is the Starlight starter text
    "techiaith/welsh-lts": (
        "library",
        "data",
    ),  # no README; Python modules ReadCorpus.py, annotate.py, enumeratePhones.py, llef.py, stoplist.txt, __init__.py
    "GIG-Cymru-NHS-Wales/fhir-specifications-json": (
        "data",
        "documentation",
    ),  # README: "contains the worldwide-compatible FHIR specifications files using JSON"; 2833 JSON files
    "dvla/lab-common-cdk-tools": (
        "library",
        "infrastructure",
    ),  # README: "Lab Common CDK: The main cdk tools. Lab Constructs - Higher Level constructs"; npm packages
    "nwisbeta/mobile-app-design": (
        "documentation",
        "design-system",
    ),  # README: "A github pages site containing UI and UX standards for Mobile Apps"
    "techiaith/lecsicon-cymraeg-bangor-enghreifftiau": (
        "documentation",
        "application",
    ),  # README (Welsh, translated): "shows what can be developed with Lecsicon Cymraeg Bangor"; example scripts (spellchecker, lemmatiser, Wordle)
    "NHSWalesFHIR/NHSWales-fhir-profiles-R4": (
        "documentation",
        "data",
    ),  # no README text; FHIR Profiles, ValueSets, CodeSystems, Extensions (XML)
    "techiaith/piper-cy": (
        "data",
        "application",
    ),  # README: "Lleisiau all-lein Cymraeg | Welsh offline voices"; models/, exports/, Dockerfile
    "techiaith/docker-kaldi-cy": (
        "data",
        "infrastructure",
    ),  # README (Welsh, translated): "a Docker project providing an environment for training Welsh speech recognition models with Kaldi"
    "Legal-Innovation-Lab-Wales/judiciary-akn-tagger": (
        "data",
        "application",
    ),  # README: "source code and data for tagging a repository of 100 case law ... in the Akoma Ntoso XML standard"; CORPUS/
    "GIG-Cymru-NHS-Wales/fhir-specifications-xml": (
        "data",
        "documentation",
    ),  # README: "contains the worldwide-compatible FHIR specifications files"; 1366 XML files
}
