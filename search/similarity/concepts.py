"""A small thesaurus of what public-sector software does, so different words for one job meet.

TF-IDF alone cannot see that 'component library', 'design system' and 'ui kit' are one job, or that
'adnabod lleferydd' is 'speech recognition'. Each concept lists phrases in English and Welsh; a
component whose name, description, topics or README opening uses one gains the concept as an
extra term, weighted by idf like any other (so a concept half the catalogue has means little).
Phrases are matched on normalised terms (stop words dropped), so each must come to 1 or 2 terms.
Some words name a job only where a component says what it is (HEAD_PHRASES), and some names imply
one by their shape (NAME_PATTERNS).
"""

from __future__ import annotations

import re

from catalogue.vocabulary import N_
from search.similarity.jobs import JOBS, MORE_WORDINGS
from search.similarity.language import words_of

CONCEPT_PREFIX = "concept:"

# concept key -> (label shown as a reason, marked for translation; phrases)
CONCEPTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "design-system": (
        N_("design system or component library"),
        (
            "design system",
            "component library",
            "components library",
            "pattern library",
            "ui kit",
            "ui components",
            "ui component",
            "frontend toolkit",
            "front-end toolkit",
            "storybook",
            "css framework",
            "frontend component",
            "reusable components",
            "web components",
            "system dylunio",
            "llyfrgell gydrannau",
        ),
    ),
    "prototype-kit": (
        N_("prototype kit"),
        ("prototype kit", "prototyping kit", "prototype toolkit"),
    ),
    "address-lookup": (
        N_("address lookup"),
        (
            "address lookup",
            "address look-up",
            "address index",
            "address search",
            "address matching",
            "address validation",
            "postcode lookup",
            "postcode search",
            "ordnance survey",
            "addressbase",
            "paf",
            "uprn",
            "address microservice",
            "address service",
            "chwilio cyfeiriad",
        ),
    ),
    "spc-charts": (
        N_("statistical process control charts"),
        (
            "process control",
            "spc",
            "control chart",
            "control charts",
            "making data count",
            "shewhart",
        ),
    ),
    "chart-styling": (
        N_("charts in a house style"),
        (
            "house style",
            "brand guidelines",
            "chart formatting",
            "chart styles",
            "publication guidance",
            "formatting charts",
            "charts figures",
        ),
    ),
    "speech-recognition": (
        N_("speech recognition"),
        (
            "speech recognition",
            "speech to text",
            "speech-to-text",
            "stt",
            "asr",
            "transcription",
            "transcriber",
            "transcribe",
            "adnabod lleferydd",
            "lleferydd i destun",
            "trawsgrifio",
        ),
    ),
    "text-to-speech": (
        N_("text to speech"),
        (
            "text to speech",
            "text-to-speech",
            "tts",
            "speech synthesis",
            "voice synthesis",
            "testun i leferydd",
            "synthetic voice",
        ),
    ),
    "machine-translation": (
        N_("machine translation"),
        (
            "machine translation",
            "nmt",
            "smt",
            "translation memory",
            "translation memories",
            "cyfieithu peirianyddol",
            "cofion cyfieithu",
        ),
    ),
    "spell-checking": (
        N_("spell checking"),
        (
            "spell checker",
            "spelling checker",
            "spellchecker",
            "spellcheck",
            "hunspell",
            "gwirydd sillafu",
        ),
    ),
    "integration-engine": (
        N_("clinical messaging and integration"),
        (
            "interface engine",
            "integration engine",
            "integration hub",
            "message broker",
            "clinical messaging",
        ),
    ),
    "openehr": (N_("openEHR"), ("openehr", "ehrbase")),
    "fake-data": (
        N_("fake or synthetic test data"),
        (
            "fake data",
            "fake names",
            "faker",
            "synthetic data",
            "synthetic person",
            "test data",
            "fabricated",
            "fabrication",
            "fake users",
            "dummy data",
            "enwau ffug",
            "data ffug",
            "random test",
        ),
    ),
    "blog": (
        N_("team blog or week notes"),
        ("blog", "week notes", "weeknotes", "weeknote", "team site"),
    ),
    "authentication": (
        N_("sign-in and authentication"),
        (
            "authentication",
            "single sign",
            "sso",
            "identity provider",
            "oauth",
            "openid",
            "entra",
            "sign-in system",
            "login system",
            "mewngofnodi",
            "keycloak",
            "auth0",
            "cognito",
            "identity management",
            "access management",
        ),
    ),
    "cookie-consent": (
        N_("cookie consent"),
        (
            "cookie banner",
            "cookie consent",
            "cookie preferences",
            "cookie policy",
            "cookie settings",
            "cookie notice",
            "cookie message",
            "cookie manager",
            "cookie management",
            "consent management",
        ),
    ),
    "notifications": (
        N_("e-mail and text notifications"),
        (
            "gov.uk notify",
            "govuk notify",
            "email service",
            "send email",
            "sending email",
            "email sending",
            "sms",
            "text message",
            "text messages",
            "email sender",
            "email notifications",
            "email notification",
            "send emails",
            "sends emails",
            "sending emails",
            "mail service",
            "mailer",
            "smtp",
            "amazon ses",
            "sendgrid",
            "mailgun",
            "nodemailer",
            "notification service",
        ),
    ),
    "record-linkage": (
        N_("record linkage and matching"),
        (
            "record linkage",
            "entity resolution",
            "data linkage",
            "person matching",
            "deduplication",
            "fuzzy matching",
            "person similarity",
            "master patient index",
        ),
    ),
    "surveys": (
        N_("surveys and questionnaires"),
        ("questionnaire", "staff survey", "online survey", "holiadur", "arolwg"),
    ),
    "roadmap": (N_("public roadmap or backlog"), ("roadmap", "public backlog")),
    "developer-portal": (
        N_("developer portal and API catalogue"),
        (
            "developer portal",
            "developer hub",
            "developer site",
            "api portal",
            "api catalogue",
            "api catalog",
            "api management",
        ),
    ),
    "dashboard": (N_("dashboards"), ("dashboard", "dashboards")),
    "accessibility": (N_("accessibility"), ("accessibility", "a11y", "wcag", "hygyrchedd")),
    "petitions": (N_("petitions"), ("petition", "petitions", "deiseb")),
    "cms": (
        N_("content management"),
        ("cms", "content management", "wagtail", "wordpress", "drupal"),
    ),
    "chatbot": (
        N_("chatbots and assistants"),
        (
            "chatbot",
            "chat bot",
            "virtual assistant",
            "voice assistant",
            "sgwrsfot",
            "cynorthwyydd digidol",
        ),
    ),
    "semantic-search": (
        N_("semantic search and retrieval"),
        ("semantic search", "retrieval augmented", "rag pipeline", "vector search", "embeddings"),
    ),
    "llm": (
        N_("large language models"),
        (
            "large language",
            "language model",
            "llm",
            "llms",
            "generative ai",
            "genai",
            "gen ai",
            "gpt",
            "chatgpt",
            "openai",
            "langchain",
            "prompt engineering",
            "foundation models",
            "modelau iaith",
        ),
    ),
    "browser-testing": (
        N_("automated browser and API testing"),
        (
            "playwright",
            "selenium",
            "cypress",
            "webdriver",
            "browser drivers",
            "end-to-end tests",
            "newman",
            "cucumber",
            "gherkin",
            "godog",
            "bdd",
            "behaviour driven",
            "behavior driven",
            "specflow",
            "acceptance testing",
            "test automation",
        ),
    ),
    "architecture-records": (
        N_("architecture decisions and principles"),
        ("architecture decision", "decision records", "adr", "architecture principles"),
    ),
    "engineering-handbook": (
        N_("playbooks and handbooks"),
        (
            "playbook",
            "handbook",
            "service manual",
            "coding standards",
            "coding guidelines",
            "coding conventions",
            "engineering standards",
            "engineering practices",
        ),
    ),
    "forms": (N_("online forms"), ("form builder", "online forms", "xlsform")),
    "payments": (
        N_("payments"),
        ("payment", "payments", "gov.uk pay", "card payments", "stripe", "worldpay"),
    ),
    "referrals": (N_("referrals"), ("referral", "referrals", "ereferral", "ereferrals")),
    "genomics": (N_("genomics"), ("genomic", "genomics", "sequencing", "pathogen")),
    "open-data": (
        N_("publishing statistics and open data"),
        ("open data", "linked data", "csvw", "data cube", "statistical publications"),
    ),
    "geospatial": (N_("maps and geospatial data"), ("gis", "geospatial", "geonetwork", "web map")),
    "logging": (
        N_("logging and log formats"),
        (
            "structured logging",
            "logging library",
            "logging framework",
            "logging standard",
            "json logging",
            "json logs",
            "log format",
            "log formatter",
            "log messages",
            "log aggregation",
        ),
    ),
    "document-generation": (
        N_("PDF and document generation"),
        (
            "pdf generator",
            "pdf generation",
            "generate pdf",
            "generates pdf",
            "generating pdf",
            "html to pdf",
            "pdf rendering",
            "document generator",
            "document generation",
            "generate documents",
            "generates documents",
            "wkhtmltopdf",
            "weasyprint",
            "pdfkit",
            "jspdf",
        ),
    ),
    "feature-flags": (
        N_("feature flags"),
        (
            "feature flag",
            "feature flags",
            "feature toggle",
            "feature toggles",
            "launchdarkly",
            "flagsmith",
            "unleash",
        ),
    ),
    "project-template": (
        N_("project templates"),
        ("cookiecutter", "copier", "starter kit", "boilerplate"),
    ),
    "file-upload": (
        N_("file upload and transfer"),
        ("uploader", "sftp", "upload service"),
    ),
}

# Common software jobs (jobs.py), and more wordings of the jobs above.
CONCEPTS.update({key: (job.label, job.phrases) for key, job in JOBS.items()})
for _key, _more in MORE_WORDINGS.items():
    CONCEPTS[_key] = (CONCEPTS[_key][0], CONCEPTS[_key][1] + _more)

# Words that say what a component is when its name, description or topics use them, but are
# incidental in a README: most services' READMEs mention logging, e-mail or cookies somewhere.
HEAD_PHRASES: dict[str, tuple[str, ...]] = {
    "cookie-consent": ("cookie", "cookies", "cwcis", "cwci"),
    "logging": ("logging", "logger", "loggers", "logio"),
    "document-generation": ("pdf", "pdfs"),
    "file-upload": ("upload", "uploads"),
}

# Names say a lot in few words: 'wra-frontend', 'svelte-components', 'dvla_internal_prototype_kit'.
NAME_PATTERNS: dict[str, re.Pattern[str]] = {
    # Not '-ui': 'dashboard-ui' is the interface of a dashboard, not a UI library.
    "design-system": re.compile(r"(^|[-_. ])(frontend|components)$", re.IGNORECASE),
    # A name ending in 'template' is a template to start projects from: 'ons-python-template'.
    "project-template": re.compile(r"(template|cookiecutter|boilerplate)$|cookiecutter", re.I),
}
# Component types (catalogue.classify) for which a name pattern means nothing: the front end of
# an application ('platform-frontend', 'statswales-frontend') is no design system.
NAME_PATTERNS_NOT_FOR: dict[str, frozenset[str]] = {
    "design-system": frozenset({"application"}),
}


def concept_term(key: str) -> str:
    """The vocabulary term standing for a concept."""
    return CONCEPT_PREFIX + key


def concept_label(term: str) -> str:
    """A term as shown to people: concepts by their label, others as they are."""
    if term.startswith(CONCEPT_PREFIX):
        return CONCEPTS[term[len(CONCEPT_PREFIX) :]][0]
    return term


def phrase_terms(head: bool = True) -> dict[tuple[str, ...], str]:
    """Normalised term tuples (1 or 2 terms) -> concept key; with head, HEAD_PHRASES too."""
    found: dict[tuple[str, ...], str] = {}
    sources = [(key, phrases) for key, (_, phrases) in CONCEPTS.items()]
    if head:
        sources += list(HEAD_PHRASES.items())
    for key, phrases in sources:
        for phrase in phrases:
            terms = tuple(words_of(phrase))
            if 1 <= len(terms) <= 2:
                found.setdefault(terms, key)
            elif len(terms) > 2:
                # Longer phrases are matched on their last two terms, the most specific part.
                found.setdefault(terms[-2:], key)
    return found


def name_concepts(name: str, component_type: str = "") -> list[str]:
    """Concepts a component's name alone implies, for a component of this type."""
    return [
        key
        for key, pattern in NAME_PATTERNS.items()
        if pattern.search(name) and component_type not in NAME_PATTERNS_NOT_FOR.get(key, ())
    ]
