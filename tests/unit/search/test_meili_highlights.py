"""Highlights from Meilisearch's _formatted hits: which fields, and only where they help."""

from search.definitions import load_definitions
from search.meili.indexes import POST, PRE
from search.meili.queries import formatted_highlights


def marked(text: str) -> str:
    return text.replace("[", PRE).replace("]", POST)


def test_the_first_definition_that_matched_is_shown_where_nothing_shorter_matched():
    found = formatted_highlights(
        {
            "name": "kaldi-recipes",
            "glosses": [
                "Turns speech into text",
                marked("Writes [spoken] words down"),
                "Ysgrifennu",
            ],
        }
    )
    assert found == {"glosses": "Writes <mark>spoken</mark> words down"}


def test_definitions_and_readmes_give_way_to_the_component_s_own_short_texts():
    found = formatted_highlights(
        {
            "description": marked("[Kaldi] recipes"),
            "readme": marked("…the [Kaldi] toolkit…"),
            "glosses": [marked("[Kaldi] is a speech recogniser")],
        }
    )
    assert found == {"description": "<mark>Kaldi</mark> recipes"}


def test_unmatched_definitions_and_odd_values_give_nothing():
    assert formatted_highlights({"glosses": ["plain", 3, None]}) == {}
    assert formatted_highlights({"glosses": marked("[one] string")}) == {
        "glosses": "<mark>one</mark> string"
    }


def test_a_definition_where_only_stop_words_matched_is_not_shown():
    found = formatted_highlights(
        {
            "glosses": [
                marked("Packs a program [to] run anywhere"),
                marked("Turns [speech] [to] text"),
            ]
        }
    )
    assert found == {"glosses": "Turns <mark>speech</mark> <mark>to</mark> text"}
    assert formatted_highlights({"glosses": [marked("Packs a program [to] run")]}) == {}


def test_a_likely_definition_it_carries_is_shown_where_nothing_matched():
    # Found by the needs of a definition the question may be paraphrasing
    # (search.paraphrase.Paraphrases.likely); Meilisearch crops each definition it sends back.
    docker = next(e for e in load_definitions().entries if e.en.startswith("Packs a program"))
    cropped = " ".join(docker.en.split()[:12]) + "…"
    formatted = {"name": "ship-it", "glosses": ["Turns speech into text", cropped]}
    assert formatted_highlights(formatted) == {}
    assert formatted_highlights(formatted, likely=["ocr"]) == {}
    assert formatted_highlights(formatted, likely=["ocr", docker.key]) == {"glosses": cropped}
    # Not where its own short texts matched.
    formatted["description"] = marked("[Ship] it")
    assert "glosses" not in formatted_highlights(formatted, likely=[docker.key])


def test_a_definition_whose_other_term_matched_is_shown_where_nothing_else_matched():
    # Found by the hidden `terms` attribute: 'sign in' for a component that says
    # 'authentication'; the definition itself holds neither word.
    auth = load_definitions().by_term["sign in"]
    cropped = " ".join(auth.en.split()[:12]) + "…"
    formatted = {
        "name": "auth",
        "glosses": ["Turns speech into text", cropped],
        "terms": ["authentication", marked("[sign] [in]"), "login"],
    }
    assert formatted_highlights(formatted) == {"glosses": cropped}
    # Before a likely definition; never itself shown.
    assert formatted_highlights(formatted, likely=["ocr"]) == {"glosses": cropped}
    formatted["terms"] = ["authentication", "sign in", "login"]
    assert formatted_highlights(formatted) == {}
