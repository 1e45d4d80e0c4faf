"""A README-derived description is a sentence saying what the code is, or nothing: never an
install step, a note about the README, a placeholder or tooling boilerplate."""

import time

import pytest

from ingest.description import readme_description
from ingest.description_rules import junk_reason, sentences


def test_headings_and_badges_are_skipped():
    markdown = (
        "# Name\n\n[![build](https://x/b.svg)](https://x) ![cov](https://x/c.svg)\n\n"
        "A tool that checks Welsh spelling.\n\nMore."
    )
    assert readme_description(markdown, "name") == "A tool that checks Welsh spelling."


@pytest.mark.parametrize(
    "sentence",
    [
        "Install Docker for your system.",
        "Run the following command to start the server.",
        "Clone the repository and open it in your editor.",
        "Open a browser and go to http://localhost:8000",
        "Set up a virtual environment first.",
        "To run the project use make.",
        "You must be on MacOS/Linux in order to use Make.",
        "If you work across several projects you will need nvm.",
        "The app can be run by running make debug.",
        "Scripts for updating Kafka can be found here.",
        "Please find a copy of all videos below.",
        # Welsh: imperatives end in -wch; 'Ac yna' ('and then') continues a procedure.
        "Gosodwch y pecyn gyda pip.",
        "Rhedwch y gorchymyn hwn yn gyntaf.",
        "Agorwch porwr ac ewch i http://localhost:4321",
        "Ac yna agorwch porwr ac ewch i http://localhost:4321",
        "Bydd angen i chi greu seilwaith HTK o fewn Docker.",
        "I'w defnyddio gyda Docker.",
    ],
)
def test_instructions_are_not_descriptions(sentence):
    assert junk_reason(sentence) == "instruction", sentence


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("This readme needs further information.", "placeholder or note about the README"),
        ("Description of project", "placeholder or note about the README"),
        ("TODO: write something here", "placeholder or note about the README"),
        ("Lorem ipsum dolor sit amet, consectetur.", "placeholder or note about the README"),
        ("This repo is a placeholder for our experiments.", "placeholder or note about the README"),
        ("This project uses go modules, ensure go 1.12 is in use.", "tooling"),
        ("This project was bootstrapped with Create React App.", "tooling"),
        ("This repository will be archived as it is no longer in development.", "status notice"),
        ("The service exposes the following endpoints:", "introduces what follows"),
        ("Ever had trouble with nested hashes in Ruby?", "question"),
        ("IMPORTANT!", "too short"),
        ("docs/README.cy.md", "too short"),
        ("THIS IS PURELY A PROTOTYPE.", "notice in capitals"),
        ("Document author: A. Person", "metadata"),
        ("index.html is a page with a sign-in button.", "about files"),
        ("python3 -m venv venv source venv/bin/activate", "command"),
        ("This project was copied from another survey launcher.", "tooling"),
        ("The documents in this repository are published to our site.", "instruction"),
        ("It helps everyone work in a consistent way.", "refers to something said before"),
    ],
)
def test_notes_placeholders_and_tooling_are_not_descriptions(sentence, reason):
    assert junk_reason(sentence) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "A library for managing large AWS SQS message payloads using S3.",
        "Provides address lookup and validation for frontend services.",
        "Open source Welsh spelling checker for LibreOffice.",
        "Go implementation of the session handler.",
        "Set of node utilities shared across services.",
        "Explore neighbourhood-level Census data on a map.",
        "Mae Macsen yn feddalwedd cynorthwyydd personol digidol Cymraeg cod agored.",
        "Dyma gydran parsio dibyniaethau Cymraeg ar gyfer spaCy.",
        "Llyfrgell Python ar gyfer lawrlwytho cofion cyfieithu.",
    ],
)
def test_sentences_saying_what_the_code_is_are_kept(sentence):
    assert junk_reason(sentence) is None


def test_a_heading_or_line_that_only_repeats_the_name_is_skipped():
    assert readme_description("# my-tool\n\nmy_tool\n\nThe My Tool\n", "my-tool") is None


def test_the_first_good_sentence_wins_over_earlier_junk():
    markdown = (
        "# Festival API\n\n> This readme needs further information.\n\n"
        "Install Docker for your system. Then run make.\n\n"
        "A web API that speaks Welsh text aloud. It uses Festival.\n"
    )
    assert readme_description(markdown, "festival-api") == "A web API that speaks Welsh text aloud."


def test_sections_about_installing_and_running_are_skipped():
    markdown = (
        "# ons-thing\n\n## Installing as a dependency\n\n"
        "Nunjucks macros for components are published to npm for you.\n\n"
        "## Cychwyn arni\n\nMae angen Docker ar gyfer hyn.\n"
    )
    assert readme_description(markdown, "ons-thing") is None


def test_only_junk_leaves_the_description_empty():
    markdown = (
        "# Title of project\n\nDescription of project\n\n## Installation\n\n"
        "If this project needs to be installed, place documentation here\n"
    )
    assert readme_description(markdown, "template") is None


def test_welsh_readme_after_an_instruction_gives_its_description():
    markdown = (
        "[English version below](#english)\n\n# talpiwr\n\n"
        "(Bydd angen defnyddio'r model Cymraeg canlynol: https://example.org/model)\n\n"
        "Dyma ymgais gychwynnol i greu talpiwr enwol Cymraeg. Mae'n defnyddio spaCy.\n"
    )
    assert readme_description(markdown, "talpiwr") == (
        "Dyma ymgais gychwynnol i greu talpiwr enwol Cymraeg."
    )


def test_further_down_a_sentence_must_have_the_shape_of_a_description():
    intro = "".join(f"Install step {n} of the setup, please.\n\n" for n in range(4))
    markdown = (
        intro + "Tested on Linux only.\n\nThis service redirects old addresses to new ones.\n"
    )
    assert readme_description(markdown) == "This service redirects old addresses to new ones."


def test_a_describing_sentence_ending_in_a_colon_is_kept_without_it():
    markdown = (
        "# v\n\nModule provides validation elements used by the payments project, eg:\n\n- a\n"
    )
    assert readme_description(markdown, "v") == (
        "Module provides validation elements used by the payments project"
    )


def test_list_items_serve_only_when_shaped_like_a_description():
    markdown = (
        "# Dryw\n\nGIG Cymru IGDC Dryw / NHS Wales DHCW Wren:\n\n"
        "- Prototype launch goal is event on 10 November.\n"
        "- This is a web app for custom staff surveys.\n"
    )
    assert readme_description(markdown, "dryw") == "This is a web app for custom staff surveys."


def test_sentences_are_not_split_at_abbreviations_or_initialisms():
    text = "Test data, e.g. fake users a.k.a. personas. Version 2 is next. Made by J. Smith."
    assert sentences(text) == [
        "Test data, e.g. fake users a.k.a. personas.",
        "Version 2 is next.",
        "Made by J. Smith.",
    ]


def test_reference_links_keep_their_text():
    markdown = "# r\n\nA client for the [Archgof][1] API.\n\n[1]: https://example.org\n"
    assert readme_description(markdown, "r") == "A client for the Archgof API."


LONG_READMES = {
    "dots": "." * 200_000,
    "abbreviations": "e.g. " * 40_000,
    "one long sentence": "word " * 40_000,
    "brackets": "[" * 100_000 + "x" + "]" * 100_000,
    "emphasis": "*a " * 70_000,
    "operational sections": "## Install\n\ntext here now\n\n" * 8_000,
    "colons": "a: " * 70_000,
    "list": "- Provides things\n" * 12_000,
}


@pytest.mark.parametrize("shape", LONG_READMES)
def test_long_readmes_take_linear_time(shape):
    # A backtracking sentence pattern took about two minutes on 200 kB of dots. This guards against
    # that, not a speed target: CPU time of this process (wall time grew past 5 s under a loaded
    # CI worker while 200 kB of brackets costs about 3 s of CPU, in linear time), with room to spare.
    started = time.process_time()
    readme_description(LONG_READMES[shape], "x")
    assert time.process_time() - started < 30
