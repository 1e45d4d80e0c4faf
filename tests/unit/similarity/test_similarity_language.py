"""Words into terms: camel case, Welsh and English stop words, glossary, plurals, phrases."""

from search.similarity.language import (
    _GENERATOR,
    _LICENCE,
    _MAY_BE_BOILERPLATE,
    _MAY_BE_GENERATED,
    bigrams,
    compound_forms,
    surface_forms,
    term_sequence,
    without_boilerplate,
    words_of,
)


def test_names_are_split_on_case_and_separators():
    assert words_of("DesignSystem-cy_toolkit") == ["design", "system", "welsh", "toolkit"]
    assert words_of("HL7ResultsGateway") == ["hl7", "result", "gateway"]
    assert words_of("NHSWales-fhir-profiles") == ["nhs", "wales", "fhir", "profile"]


def test_an_acronyms_plural_is_one_word():
    assert words_of("Training LLMs and PDFs") == ["training", "llm", "pdf"]


def test_english_and_welsh_stop_words_are_dropped():
    assert words_of("This is the code for a project") == []
    assert words_of("Mae hwn yn un o'r rhai sydd wedi bod") == []


def test_welsh_technical_words_meet_their_english_terms():
    assert words_of("Adnabod lleferydd Cymraeg") == ["recognition", "speech", "welsh"]
    assert words_of("welsh speech recognition") == ["welsh", "speech", "recognition"]
    # Mutated forms map too: 'destun' is 'testun' after a soft mutation.
    assert words_of("testun i leferydd") == words_of("text to speech")


def test_plurals_and_spellings_meet_but_wales_stays_wales():
    assert words_of("components libraries visualizations") == [
        "component",
        "library",
        "visualisation",
    ]
    assert words_of("Wales news") == ["wales", "news"]
    assert words_of("HL7v2 messages") == ["hl7", "message"]
    # '-sses' loses '-es', not '-s': 'addresses' meets 'address' rather than making 'addresse'.
    assert words_of("addresses address processes") == ["address", "address", "process"]


def test_phrases_span_a_connector_but_no_other_stop_word():
    assert bigrams(term_sequence("text to speech")) == ["text speech"]
    assert "test data" not in bigrams(term_sequence("Test repository for a data blog"))
    assert bigrams(term_sequence("design system")) == ["design system"]


def test_shared_words_are_shown_as_people_wrote_them():
    texts = [
        "Cookie consent for postal addresses",
        "NHS numbers: validates NHS numbers",
        "nhs-number cookies",
    ]
    forms = surface_forms(texts, ["cooky", "cookie", "address", "nhs", "number", "absent"])
    assert forms == {
        "cooky": "cookies",  # the stemmer's 'cooky' is no word
        "cookie": "cookie",
        "address": "addresses",
        "nhs": "NHS",  # written in capitals more often than not
        "number": "numbers",
    }
    # Capitals in a setting's name ('REACT_APP_API_URL') spell no acronym.
    settings = ["Set REACT_APP_API_URL and REACT_APP_MODE", "A React app"]
    assert surface_forms(settings, ["react", "app"]) == {"react": "react", "app": "app"}


def test_generator_and_licence_paragraphs_are_left_out():
    readme = (
        "This project was bootstrapped with Create React App.\n\n"
        "Questionnaire authoring for surveys.\n\n"
        "In the project directory, you can run:\n\n"
        "Released under MIT license, see LICENSE.md for details.\n\n"
        "The documentation is © Crown copyright and available under the terms of the Open "
        "Government 3.0 licence."
    )
    assert without_boilerplate(readme) == "Questionnaire authoring for surveys."
    # A README that only mentions a licence or a generator keeps its sentences about purpose.
    assert without_boilerplate("A licence checker for npm packages.") == (
        "A licence checker for npm packages."
    )


def test_a_generated_readme_leaves_no_stock_headings_behind():
    readme = (
        "This project was bootstrapped with Create React App.\n\n"
        "## Available Scripts\n\n"
        "In the project directory, you can run:\n\n"
        "### `npm start`\n\n"
        "Runs the app in the development mode.\n\n"
        "### `npm run build`\n\n"
        "Builds the app for production to the `build` folder.\n\n"
        "See the section about [deployment](https://example.org) for more information.\n\n"
        "## Learn More\n\n"
        "You can learn more in the Create React App documentation.\n\n"
        "## Questionnaires\n\n"
        "Authoring for survey questionnaires."
    )
    assert without_boilerplate(readme) == (
        "## Questionnaires\n\nAuthoring for survey questionnaires."
    )


def test_other_generators_stock_text_is_left_out_too():
    stock = [
        "This template provides a minimal setup to get React working in Vite with HMR.",
        "First, run the development server:",
        "Open http://localhost:3000 with your browser to see the result.",
        "Run `ng serve` for a dev server. Navigate to `http://localhost:4200/`.",
        "Compiles and hot-reloads for development",
        "For further reference, please consider the following sections:",
        "The following guides illustrate how to use some features concretely:",
        "This project was generated from the ONS cookiecutter template.",
    ]
    readme = "\n\n".join([*stock, "Checks vehicle tax."])
    assert without_boilerplate(readme) == "Checks vehicle tax."


def test_licence_paragraphs_can_be_kept_while_generator_ones_go():
    readme = "Bootstrapped with Vite.\n\nReleased under the MIT licence.\n\nFinds addresses."
    assert without_boilerplate(readme) == "Finds addresses."
    assert without_boilerplate(readme, licences=False) == (
        "Released under the MIT licence.\n\nFinds addresses."
    )


def test_a_product_written_as_one_camel_case_word_is_shown_whole():
    texts = ["Repository for holding RabbitMQ configuration", "Needs RabbitMQ 3.3"]
    assert compound_forms(texts, ["rabbit mq", "message queue"]) == {"rabbit mq": "RabbitMQ"}


def test_welsh_prepositions_and_adverbs_are_stop_words():
    found = words_of("Cymraeg mewn ysbytai ar ôl clinig, wrth gwrs")
    assert found[:3] == ["welsh", "ysbytai", "clinig"]
    assert not {"mewn", "ôl", "wrth"} & set(found)


def test_stock_text_between_words_spaced_in_unicode_is_still_found():
    # Python's re reads no-break and em spaces as spaces; the RE2 sieve before it must too.
    readme = "Bootstrapped\u00a0with Vite.\n\nCrown\u2003copyright.\n\nFinds addresses."
    assert without_boilerplate(readme) == "Finds addresses."


def test_the_sieve_lets_through_every_text_the_patterns_match(snapshot_items):
    """_MAY_BE_* (RE2) must match wherever _GENERATOR and _LICENCE (Python's re) do, or stock
    text would stay in: checked on every bundled README and description, and on texts whose
    spaces, digits and letters are not ASCII."""
    texts = [t.lower() for item in snapshot_items for t in (item.readme, item.description) if t]
    texts += ["open government ٣.٠ licence", "minimal setup to get ünïcode working in vite"]
    texts += ["éjected: bootstrapped\u202fwith", "scaffolded\u3000by yeoman"]
    matched = 0
    for text in texts:
        if _GENERATOR.search(text):
            matched += 1
            assert _MAY_BE_GENERATED.search(text), text[:80]
        if _GENERATOR.search(text) or _LICENCE.search(text):
            assert _MAY_BE_BOILERPLATE.search(text), text[:80]
    assert matched > 5  # the bundled READMEs hold stock text to check against
