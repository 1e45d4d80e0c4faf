"""Similar pairs: other organisations only, reasons, copies told from rebuilds, parallel runs."""

import os
import subprocess
import sys
from pathlib import Path

from search.similarity import SimilarityParams
from search.similarity.pairs import find_pairs
from search.similarity.vectors import fit_dependencies, fit_text
from tests.unit.similarity.conftest import make_item

ROOT = Path(__file__).resolve().parents[3]
ADDRESS = "Address lookup service: finds and validates postal addresses using Ordnance Survey."
DESIGN = "A design system and component library of accessible web components for our services."


def _pairs(items, **params):
    return find_pairs(items, fit_text(items), fit_dependencies(items), SimilarityParams(**params))


def _catalogue():
    return [
        make_item(1, "dvla", "address-lookup-service", ADDRESS),
        make_item(2, "companies-house", "address-lookup-api", ADDRESS.replace("finds", "looks up")),
        make_item(3, "dvla", "os-address-lookup", ADDRESS),  # same organisation as 1
        make_item(4, "ons", "design-system", DESIGN, dependencies=(("npm", "react"),)),
        make_item(
            5,
            "welsh-government",
            "component-library",
            DESIGN,
            dependencies=(("npm", "react"), ("npm", "govuk-frontend"), ("npm", "storybook-x")),
        ),
        make_item(
            6,
            "wra",
            "frontend",
            "Reusable frontend components",
            dependencies=(("npm", "react"), ("npm", "govuk-frontend"), ("npm", "storybook-x")),
        ),
        make_item(7, "senedd", "e-petitions", "Petitions service for the Senedd"),
        make_item(8, "ipo", "Services", "Services"),
    ]


def test_pairs_link_only_components_of_different_organisations():
    items = _catalogue()
    pairs = _pairs(items)
    organisation = {item.id: item.organisation for item in items}
    assert pairs
    assert all(organisation[p.a] != organisation[p.b] for p in pairs)
    assert {(p.a, p.b) for p in pairs} >= {(1, 2), (2, 3), (4, 5)}
    assert all(p.a < p.b for p in pairs)
    assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)


def test_each_pair_says_why_with_distinctive_terms_and_rare_dependencies():
    pairs = {(p.a, p.b): p for p in _pairs(_catalogue())}
    address = pairs[(1, 2)]
    assert "address lookup" in address.terms
    design = pairs[(5, 6)]
    # Rare dependencies come first; 'react', which everyone uses, last.
    assert set(design.shared_dependencies[:2]) == {"govuk-frontend", "storybook-x"}
    assert design.shared_dependencies[-1] == "react"
    assert design.dependencies > 0


def test_a_lone_shared_word_is_not_enough():
    pairs = _pairs(_catalogue())
    assert not [p for p in pairs if 8 in (p.a, p.b) or 7 in (p.a, p.b)]


def test_copies_are_told_from_independent_rebuilds():
    readme = "NHS number validation and formatting in Rust. " * 20
    items = [
        make_item(1, "gig-cymru", "nhs-number-using-rust", "NHS Number in Rust", readme=readme),
        make_item(2, "wip-health", "nhs-number-using-rust", "", readme=readme),
        make_item(3, "dvla", "address-lookup-service", ADDRESS),
        make_item(4, "companies-house", "address-lookup-api", ADDRESS),
        make_item(5, "ons", "addressing", ADDRESS + " Fast.", fork=True),
        make_item(6, "ipo", "component-library", DESIGN),
        make_item(7, "wra", "component-library", "Vue components: buttons, forms and layouts"),
    ]
    relation = {(p.a, p.b): p.relation for p in _pairs(items)}
    assert relation[(1, 2)] == "copy"  # same distinctive name, same README
    assert relation[(3, 4)] == "copy"  # same description
    assert relation[(3, 5)] == "copy"  # a fork
    # A generic shared name is not enough to call two libraries copies.
    assert relation[(6, 7)] == "rebuild"


# What Create React App writes into every README it makes, with its MIT licence paragraph.
CRA = "This project was bootstrapped with [Create React App](https://github.com/facebook/create-react-app)."
CRA_README = "\n\n".join(
    [
        CRA,
        "## Available Scripts",
        "In the project directory, you can run:",
        "Runs the app in the development mode. Open http://localhost:3000 to view it in the browser.",
        "The page will reload if you make edits. You will also see any lint errors in the console.",
        "Launches the test runner in the interactive watch mode.",
        "Builds the app for production to the `build` folder. It correctly bundles React in "
        "production mode and optimizes the build for the best performance.",
        "The build is minified and the filenames include the hashes. Your app is ready to be "
        "deployed!",
        "**Note: this is a one-way operation. Once you `eject`, you can't go back!**",
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
        "software, to deal in the Software without restriction.",
    ]
)
OWN = (
    "Questionnaire authoring for statistical surveys: build questions, routing and validation, "
    "then publish the questionnaire to the survey runner for respondents to complete online. "
)


def test_generator_and_licence_boilerplate_is_no_evidence_of_a_copy():
    description = "This project was bootstrapped with Create React App."
    items = [
        make_item(1, "dvla", "platform-frontend", description, readme=CRA_README),
        make_item(2, "ons", "eq-author", description, readme=CRA_README + "\n\nAuthoring tool."),
    ]
    pairs = _pairs(items, threshold=0.01)
    assert [p.relation for p in pairs] == ["rebuild"]


def test_distinctive_text_shared_beside_the_boilerplate_still_makes_a_copy():
    readme = CRA_README + "\n\n" + OWN * 2
    items = [
        make_item(1, "ons", "eq-author", "Survey questionnaire authoring", readme=readme),
        make_item(2, "dvla", "survey-builder", "Builds surveys", readme=readme),
    ]
    assert [p.relation for p in _pairs(items, threshold=0.01)] == ["copy"]


def test_scoring_in_worker_processes_gives_the_same_pairs(snapshot_items):
    alone = _pairs(snapshot_items, chunk_rows=60)
    forked = _pairs(snapshot_items, chunk_rows=60, workers=2)
    assert alone == forked
    assert len(alone) > 20


def test_an_empty_or_single_catalogue_has_no_pairs():
    assert _pairs([]) == []
    assert _pairs([make_item(1, "a", "x", "Something")]) == []


def test_pairs_use_the_item_ids_given():
    items = [make_item(100 + k, f"org{k % 3}", f"address-lookup-{k}", ADDRESS) for k in range(6)]
    pairs = _pairs(items, neighbours=2)
    assert pairs and all(p.a >= 100 and p.b >= 100 for p in pairs)


def test_results_do_not_depend_on_string_hashing():
    # Set iteration order changes with PYTHONHASHSEED; results (and cluster ids) must not.
    script = (
        "import hashlib, datetime\n"
        "from search.similarity import analyse\n"
        "from search.similarity.store import dumps\n"
        "from tests.unit.similarity.snapshot_items import load_snapshot_items\n"
        "now = datetime.datetime(2026, 11, 26, tzinfo=datetime.UTC)\n"
        "print(hashlib.sha256(dumps(analyse(load_snapshot_items(), now=now)).encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1
