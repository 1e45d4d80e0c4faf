"""Text and dependency vectors: README cleaning, concepts across languages, rarity weighting."""

import numpy as np
import scipy.sparse as sp

from search.similarity import tokens
from search.similarity.tokens import clean_readme
from search.similarity.vectors import fit_dependencies, fit_text, keep_strongest, organisation_terms
from tests.unit.similarity.conftest import make_item


def _cosine(model, i, j):
    return float(model.vectors[i].multiply(model.vectors[j]).sum())


def test_readme_cleaning_drops_code_urls_markup_and_mail_domains():
    readme = (
        "# Tool\nFinds addresses. ![badge](https://img.shields.io/x.svg)\n"
        "```bash\npip install secretthing\n```\n<div align=center>See https://example.org</div>"
        " Contact joel@wales.nhs.uk"
    )
    cleaned = clean_readme(readme)
    assert "Finds addresses" in cleaned
    for gone in ("secretthing", "shields", "example.org", "div", "wales.nhs.uk"):
        assert gone not in cleaned


def test_concepts_link_welsh_and_english_descriptions_of_one_job():
    items = [
        make_item(1, "bangor", "trawsgrifiwr", "Adnabod lleferydd Cymraeg byw"),
        make_item(2, "council", "transcriber", "Live speech recognition for meetings"),
        make_item(3, "council", "parking", "Pay for parking permits online"),
    ]
    model = fit_text(items)
    concept = model.vocabulary["concept:speech-recognition"]
    assert model.vectors[0, concept] > 0 and model.vectors[1, concept] > 0
    assert _cosine(model, 0, 1) > _cosine(model, 0, 2)


def test_concepts_in_readme_need_adjacent_words():
    items = [
        make_item(1, "a", "one", readme="We built a design system for everyone. " * 10),
        make_item(2, "b", "two", readme="The design of our system is simple. " * 10),
    ]
    model = fit_text(items)
    concept = model.vocabulary["concept:design-system"]
    assert model.vectors[0, concept] > 0
    assert model.vectors[1, concept] == 0


def test_vectors_are_unit_length_and_keep_their_strongest_terms():
    items = [
        make_item(k, f"org{k}", f"name{k}", " ".join(f"w{k}x{j}" for j in range(200)))
        for k in range(3)
    ]
    model = fit_text(items)
    norms = np.sqrt(np.asarray(model.vectors.multiply(model.vectors).sum(axis=1)).ravel())
    assert np.allclose(norms, 1.0, atol=1e-5)
    assert np.diff(model.vectors.indptr).max() <= 90


def test_keep_strongest_keeps_the_largest_entries_of_each_row():
    matrix = sp.csr_matrix(np.array([[5, 1, 4, 0, 3], [0, 0, 1, 0, 0]], dtype=np.float32))
    kept = keep_strongest(matrix, 2, renormalise=False).toarray()
    assert kept.tolist() == [[5, 0, 4, 0, 0], [0, 0, 1, 0, 0]]


def test_rare_dependencies_weigh_more_than_ubiquitous_ones():
    items = [
        make_item(k, f"org{k}", f"app{k}", dependencies=(("npm", "react"), ("npm", f"lib{k}")))
        for k in range(10)
    ]
    items[0] = make_item(
        0, "org0", "app0", dependencies=(("npm", "react"), ("npm", "govuk-frontend"))
    )
    items[1] = make_item(
        1, "org1", "app1", dependencies=(("npm", "React"), ("npm", "govuk-frontend"))
    )
    model = fit_dependencies(items)
    weight = dict(zip(model.keys, model.weights.tolist(), strict=True))
    assert weight["npm:govuk-frontend"] > 5 * weight["npm:react"]
    assert "npm:React" not in weight  # names compare case-insensitively


def test_forked_tokenising_gives_the_same_vectors(monkeypatch, snapshot_items):
    monkeypatch.setattr(tokens, "MIN_ITEMS_PER_WORKER", 50)
    alone = fit_text(snapshot_items, workers=1)
    forked = fit_text(snapshot_items, workers=2)
    order = [forked.vocabulary[t] for t in alone.terms]
    assert sorted(order) == list(range(len(alone.terms)))
    difference = alone.vectors - forked.vectors[:, order]
    assert abs(difference).max() < 1e-6


def test_head_only_words_give_a_concept_in_a_name_but_not_in_a_readme():
    items = [
        make_item(1, "a", "fe-cookie-banner"),
        make_item(2, "b", "dp-frontend-cookie-controller"),
        make_item(3, "c", "claims", readme="Sessions are kept in a cookie for a day. " * 10),
    ]
    model = fit_text(items)
    concept = model.vocabulary["concept:cookie-consent"]
    assert model.vectors[0, concept] > 0 and model.vectors[1, concept] > 0
    assert model.vectors[2, concept] == 0


def test_bdd_wording_is_automated_testing_whatever_the_tool():
    items = [
        make_item(1, "a", "atlas", "A wrapper around the World of Cucumber"),
        make_item(2, "b", "steps", "Gherkin steps for Godog tests"),
    ]
    model = fit_text(items)
    concept = model.vocabulary["concept:browser-testing"]
    assert model.vectors[0, concept] > 0 and model.vectors[1, concept] > 0


def test_a_name_ending_in_template_is_a_project_template():
    items = [
        make_item(1, "a", "ons-python-template"),
        make_item(2, "b", "phwcookiecutter"),
        make_item(3, "c", "email-templates-service"),
    ]
    model = fit_text(items)
    concept = model.vocabulary["concept:project-template"]
    assert model.vectors[0, concept] > 0 and model.vectors[1, concept] > 0
    assert model.vectors[2, concept] == 0


def test_what_a_library_does_meets_across_wordings_and_languages():
    items = [
        make_item(1, "a", "json-logger", "Structured logging for Node services"),
        make_item(2, "b", "dp-logging", "Log format library for Go"),
        make_item(3, "c", "pdf-generator", "Generates PDF letters"),
        make_item(4, "d", "doc-gen", "Document generator for certificates"),
    ]
    model = fit_text(items)
    logging = model.vocabulary["concept:logging"]
    documents = model.vocabulary["concept:document-generation"]
    assert model.vectors[0, logging] > 0 and model.vectors[1, logging] > 0
    assert model.vectors[2, documents] > 0 and model.vectors[3, documents] > 0


def test_an_applications_front_end_is_no_design_system_by_its_name():
    items = [
        make_item(1, "a", "wra-frontend", component_type="design-system"),
        make_item(2, "b", "platform-frontend", component_type="application"),
    ]
    model = fit_text(items)
    concept = model.vocabulary["concept:design-system"]
    assert model.vectors[0, concept] > 0
    assert model.vectors[1, concept] == 0


def test_words_of_owners_names_count_for_less_than_words_of_what_things_do():
    items = [
        make_item(1, "nhs-wales", "nhs-wales-rota", "Rota planner"),
        make_item(2, "council", "rota", "Rota planner"),
        make_item(3, "council", "nhs-wales-maps", "Maps"),
    ]
    model = fit_text(items)
    owners = {model.terms[k] for k in organisation_terms(items, model.vocabulary)}
    assert {"nhs", "wales", "nhs wales"} <= owners
    assert "rota" not in owners
    # Both are in two components; only one says what they do.
    assert model.idf[model.vocabulary["nhs"]] < model.idf[model.vocabulary["planner"]]


def test_a_generators_readme_and_description_do_not_make_components_alike():
    stock = (
        "This project was bootstrapped with Create React App.\n\n"
        "## Available Scripts\n\nIn the project directory, you can run:\n\n"
        "### `npm start`\n\nRuns the app in the development mode.\n\n"
        "### `npm test`\n\nLaunches the test runner in the interactive watch mode.\n\n"
        "### `npm run build`\n\nBuilds the app for production to the `build` folder.\n"
        "It correctly bundles React in production mode.\n\n"
        "The build is minified and the filenames include the hashes.\n"
        "Your app is ready to be deployed!"
    )
    description = "This project was bootstrapped with Create React App."
    items = [
        make_item(
            1,
            "dvla",
            "platform-frontend",
            description,
            readme=stock + "\n\n## Vehicles\n\nVehicle tax.",
        ),
        make_item(
            2, "ons", "eq-author", description, readme=stock + "\n\n## Surveys\n\nSurvey authoring."
        ),
    ]
    model = fit_text(items)
    assert _cosine(model, 0, 1) == 0.0
