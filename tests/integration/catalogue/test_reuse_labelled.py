"""Verified reuse measured against relations labelled by reading the bundled manifests and READMEs.

Each label says why. RELATIONS: the dependent's manifest names a package the provider publishes
(Go module path = repository address; Maven groupId of the body and artifactId = repository or module
folder; npm scope of the body; a README install line). NON_RELATIONS: pairs a name-only matcher
would link (same or overlapping names) that are not reuse: a third-party package that happens to
share a name, another ecosystem, another publisher, or a copy of someone else's project.
"""

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from catalogue.models import Component, ReuseLink

RELATIONS = [
    # (provider, dependent, why)
    (
        "companieshouse/api-security-java",
        "companieshouse/account-validator-api",
        "maven uk.gov.companieshouse",
    ),
    (
        "companieshouse/api-security-java",
        "companieshouse/company-profile-api",
        "maven uk.gov.companieshouse",
    ),
    (
        "companieshouse/kafka-models",
        "companieshouse/chs-email-sender-java",
        "maven uk.gov.companieshouse",
    ),
    (
        "companieshouse/kafka-models",
        "companieshouse/email-producer-java",
        "maven uk.gov.companieshouse",
    ),
    (
        "companieshouse/ch-structured-logging-node",
        "companieshouse/restricted-word-web",
        "npm @companieshouse/structured-logging-node",
    ),
    (
        "companieshouse/node-session-handler",
        "companieshouse/web-security-node",
        "npm @companieshouse scope",
    ),
    (
        "companieshouse/web-security-node",
        "companieshouse/transaction-search-tool",
        "npm @companieshouse scope",
    ),
    (
        "companieshouse/ch-node-utils",
        "companieshouse/node-review-web-starter-ts",
        "npm @companieshouse scope",
    ),
    ("companieshouse/gofigure", "companieshouse/chs-delta-api", "go module path"),
    ("dvla/osl-commons-utils", "dvla/address-lookup-service", "maven uk.gov.dvla.osl"),
    ("dvla/hash_miner", "dvla/postman-paf", "Gemfile; README: gem install hash_miner"),
    (
        "dvla/oepp-core",
        "dvla/oepp-payment-services",
        "maven uk.gov.dvla.oep:core-client, a module of oepp-core",
    ),
    (
        "dvla/oepp-payment-services",
        "dvla/oepp-customer-portal",
        "maven uk.gov.dvla.oep:payment-domain module",
    ),
    (
        "dvla/oepp-audit-service",
        "dvla/oepp-customer-portal",
        "maven uk.gov.dvla.oep:audit-service-client module",
    ),
    ("nwisbeta/nhswales-frontend", "nwisbeta/nhswales-prototype-kit", "npm @nwisbeta scope"),
    (
        "ONSdigital/design-system",
        "ONSdigital/design-system-react",
        "README: yarn add @ons/design-system",
    ),
    (
        "ONSdigital/ons_data_models",
        "ONSdigital/ons-data-api",
        "Gemfile ons_data_models, ONS prefix",
    ),
    (
        "techiaith/pyfestival",
        "techiaith/docker-festival-tts-cy-api",
        "README: pip install pyfestival",
    ),
    ("techiaith/pyfestival", "techiaith/macsen", "README: pip install pyfestival"),
    (
        "welsh-revenue-authority/wra-frontend",
        "Welsh-Revenue-Authority/property-data-poc",
        "README: wra-frontend from the repository",
    ),
    ("ONSdigital/dp-healthcheck", "ONSdigital/dp-dataset-api", "go module path"),
    ("ONSdigital/dp-net", "ONSdigital/dp-dataset-api", "go module path, /v3"),
    ("ONSdigital/dp-component-test", "ONSdigital/dp-dataset-api", "go module path"),
    # Not found by the rules: a PyPI name equal to the repository's, with no install line or prefix.
    (
        "ONSdigital/eq-translations",
        "ONSdigital/eq-questionnaire-schemas",
        "pyproject eq-translations",
    ),
]

NON_RELATIONS = [
    (
        "techiaith/spacy",
        "techiaith/docker-marian-nmt",
        "spacy is Explosion's; techiaith/spacy copies it",
    ),
    ("techiaith/spacy-tagiwr-ency", "techiaith/techiaith-tts", "spacy, the third-party library"),
    ("intellectual-property-office/Services", "techiaith/spacy", "@jupyterlab/services"),
    ("Work-In-Progress-For-Health/ai", "dvla/lab-gen-ui", "npm `ai` is Vercel's AI SDK"),
    (
        "companieshouse/ch-structured-logging-node",
        "companieshouse/document-generator",
        "Maven structured-logging, not the npm package",
    ),
    (
        "companieshouse/ch-structured-logging-node",
        "companieshouse/chs-notification-sender-api",
        "Maven, another ecosystem",
    ),
    (
        "companieshouse/api-sdk-node",
        "companieshouse/restricted-word-web",
        "@opentelemetry/sdk-node",
    ),
    (
        "companieshouse/kafka-error-consumer",
        "companieshouse/chs-streaming-api-backend",
        "github.com/wvanbergen/kafka",
    ),
    (
        "companieshouse/api-sdk-manager-go-library",
        "ONSdigital/dp-files-api",
        "aws-sdk-go-v2 s3 manager",
    ),
    ("ONSdigital/design-system-react", "Sport-Wales/athlete-experience-portal", "react"),
    (
        "ONSdigital/svelte-components",
        "GIG-Cymru-NHS-Wales/emergency-department-dashboards",
        "svelte",
    ),
    ("ONSdigital/design-system-python-flask-demo", "ONSdigital/eq-address-lookup-api", "flask"),
    (
        "Marvell-Consulting/statswales",
        "ONSdigital/dp-identity-api",
        "github.com/montanaflynn/stats",
    ),
    ("techiaith/llm-evals-cy", "techiaith/mimic", "lm-eval"),
    ("techiaith/docker-marytts", "ONSdigital/dp-data-pipelines", "docker"),
    (
        "Transport-for-Wales/tailwindcss-plugin-rems-to-ems",
        "welsh-revenue-authority/component-library",
        "tailwindcss",
    ),
    (
        "GIG-Cymru-NHS-Wales/hl7-parser-example",
        "companieshouse/restricted-word-web",
        "@typescript-eslint/parser",
    ),
    (
        "govwales/component-library",
        "welsh-revenue-authority/component-library",
        "same repository name, no dependency",
    ),
    (
        "ONSdigital/blaise-design-system-react-components",
        "intellectual-property-office/fe-cookie-banner",
        "react",
    ),
    ("techiaith/docker-deepspeech-cy-server", "ONSdigital/dp-developer-site", "serve"),
    ("dvla/olev-rails-s3", "Legal-Innovation-Lab-Wales/include-journey", "rails"),
]


def _predicted(session: Session) -> set[tuple[str, str]]:
    provider, dependent = aliased(Component), aliased(Component)
    rows = session.execute(
        select(provider.full_name, dependent.full_name)
        .join(ReuseLink, ReuseLink.provider_id == provider.id)
        .join(dependent, ReuseLink.dependent_id == dependent.id)
    )
    return {(p.lower(), d.lower()) for p, d in rows}


@pytest.fixture(scope="module")
def predicted(loaded_engine):
    with Session(loaded_engine) as session:
        names = {n.lower() for n in session.scalars(select(Component.full_name))}
        return _predicted(session), names


def test_the_labelled_set_is_big_enough_and_names_bundled_repositories(predicted):
    _, names = predicted
    assert len(RELATIONS) >= 20 and len(NON_RELATIONS) >= 20
    for provider, dependent, _ in RELATIONS + NON_RELATIONS:
        assert provider.lower() in names and dependent.lower() in names, (provider, dependent)


def test_verified_reuse_precision_and_recall_on_the_labelled_set(predicted):
    links, _ = predicted
    true_positive = sum((p.lower(), d.lower()) in links for p, d, _ in RELATIONS)
    false_positive = [(p, d) for p, d, _ in NON_RELATIONS if (p.lower(), d.lower()) in links]
    precision = true_positive / (true_positive + len(false_positive))
    recall = true_positive / len(RELATIONS)
    print(
        f"\nverified reuse: precision {precision:.2f}, recall {recall:.2f} ({true_positive}/{len(RELATIONS)})"
    )
    assert false_positive == []
    assert recall >= 0.9
