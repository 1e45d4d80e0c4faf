"""Plain-language definitions of technical terms, attached to the components that use the terms."""

from collections import Counter

import pytest
import yaml

from search.definitions import (
    NEEDS_DIR,
    Definition,
    Definitions,
    load_aliases,
    load_definitions,
    load_needs,
    parse,
    parse_needs,
    with_aliases,
)
from search.querytext import words

OCR = Definition(
    ("ocr", "optical character recognition"), "Reads the words in pictures.", "Darllen."
)
SPELL = Definition(("spell checker",), "Finds words spelt wrongly.", "Canfod camsillafu.")
TABLE = Definitions([OCR, SPELL])


def test_a_term_in_any_text_brings_its_definition_in_both_languages():
    assert TABLE.glosses(["A microservice", "OCR for scanned letters"]) == [OCR.en, OCR.cy]


def test_a_term_of_several_words_must_be_whole_and_in_order():
    assert TABLE.used_in(["spell checker for Welsh"]) == [SPELL]
    assert TABLE.used_in(["checker of spell"]) == []
    assert TABLE.used_in(["spelling checker"]) == []


def test_words_are_folded_and_the_last_may_be_plural():
    assert TABLE.used_in(["Spell-Checkers"]) == [SPELL]
    assert TABLE.used_in(["Optical Character Recognition"]) == [OCR]
    assert TABLE.used_in(["OCRs"]) == [OCR]


def test_part_of_a_word_is_not_the_term():
    assert TABLE.used_in(["nocr", "ocring", "spell checkered"]) == []


def test_each_definition_comes_once_in_the_order_first_used():
    found = TABLE.used_in(["spell checker", "OCR and optical character recognition", "ocr"])
    assert found == [SPELL, OCR]


def test_nothing_in_nothing_out():
    assert TABLE.glosses([]) == []
    assert TABLE.glosses(["", None]) == []  # type: ignore[list-item]
    assert Definitions([]).glosses(["ocr"]) == []


@pytest.mark.parametrize(
    "data",
    [None, [], "text", {"definitions": None}, {"definitions": ["ocr", {"en": "no terms"}]}],
)
def test_malformed_files_give_no_definitions(data):
    assert len(parse(data)) == 0


def test_the_bundled_definitions_are_complete_and_say_each_term_once():
    bundled = load_definitions()
    assert len(bundled) >= 100
    for entry in bundled.entries:
        assert entry.en and entry.cy, entry.terms
        assert all(words(term) for term in entry.terms), entry.terms
    counts = Counter(tuple(words(term)) for entry in bundled.entries for term in entry.terms)
    assert [term for term, n in counts.items() if n > 1] == []


def test_products_are_those_of_its_terms_that_name_one_tool_of_the_kind():
    data = {
        "definitions": [
            {
                "terms": ["ocr", "optical character recognition", "tesseract"],
                "products": ["tesseract", "not a term", 3],
                "aliases": ["text recognition", "ocr", " "],
                "en": "Reads.",
                "cy": "Darllen.",
            },
            {"terms": ["asr"], "products": "asr", "en": "Writes.", "cy": "Ysgrifennu."},
        ]
    }
    table = parse(data)
    ocr, asr = table.entries
    assert ocr.products == ("tesseract",)
    # Other names of the kind come after its terms; a term is not an alias too.
    assert ocr.kind_terms == ("ocr", "optical character recognition", "text recognition")
    assert asr.products == () and asr.kind_terms == ("asr",)  # a list, or none
    assert table.by_term["tesseract"] is ocr and table.by_term["text recognition"] is ocr
    # An alias never chooses a definition: only terms are looked for in a component's texts.
    assert table.glosses(["Text recognition for letters"]) == []


def test_the_bundled_products_are_terms_and_each_alias_names_one_kind():
    bundled = load_definitions()
    assert sum(len(entry.products) for entry in bundled.entries) >= 100
    for entry in bundled.entries:
        assert set(entry.products) <= set(entry.terms), entry.key
    names = Counter(
        tuple(words(name)) for entry in bundled.entries for name in (*entry.terms, *entry.aliases)
    )
    assert [name for name, n in names.items() if n > 1] == []


def test_an_excerpt_of_a_definition_names_it_and_its_language():
    speech = Definition(
        ("asr",), "Turns spoken words into text.", "Yn troi geiriau llafar yn destun."
    )
    found = Definitions([speech])
    assert found.holding("Turns spoken words into text.") == (speech, "en")
    assert found.holding("geiriau llafar") == (speech, "cy")  # a cropped highlight
    assert found.holding("Reads out text.") is None
    assert found.holding("  ") is None


@pytest.mark.parametrize(
    "data",
    [None, [], "text", {"needs": None}, {"needs": ["ocr"]}, {"needs": {"ocr": "read text"}}],
)
def test_malformed_needs_files_give_no_needs(data):
    assert parse_needs(data) == {}


def test_needs_come_english_then_welsh_and_skip_what_is_not_a_list():
    data = {"needs": {"ocr": {"cy": ["darllen llythyrau"], "en": ["read letters", " "]}}}
    assert parse_needs(data) == {"ocr": ("read letters", "darllen llythyrau")}
    assert parse_needs({"needs": {"ocr": {"en": "read letters"}}}) == {"ocr": ()}


def test_a_later_needs_file_adds_to_a_keys_needs(tmp_path):
    (tmp_path / "10-first.yaml").write_text(
        "needs:\n  ocr:\n    en: [read letters]\n    cy: [darllen llythyrau]\n", encoding="utf-8"
    )
    (tmp_path / "60-more.yaml").write_text(
        "needs:\n  ocr:\n    en: [scan old forms]\n    cy: [sganio hen ffurflenni]\n"
        "  asr:\n    en: [type what I say]\n    cy: [teipio beth dw i'n ddweud]\n",
        encoding="utf-8",
    )
    assert load_needs(tmp_path) == {
        "ocr": ("read letters", "darllen llythyrau", "scan old forms", "sganio hen ffurflenni"),
        "asr": ("type what I say", "teipio beth dw i'n ddweud"),
    }


def test_later_aliases_add_to_a_kind_and_never_take_another_kinds_name(tmp_path):
    (tmp_path / "10-first.yaml").write_text(
        "aliases:\n  ocr:\n  - scan to text\n  - Spell Checker\n  - ' '\n"
        "  unknown:\n  - anything\n",
        encoding="utf-8",
    )
    (tmp_path / "20-second.yaml").write_text(
        "aliases:\n  spell checker:\n  - scan  to text\n  - gwirydd sillafu\n", encoding="utf-8"
    )
    more = load_aliases(tmp_path)
    assert more == {
        "ocr": ["scan to text", "Spell Checker"],
        "unknown": ["anything"],
        "spell checker": ["scan  to text", "gwirydd sillafu"],
    }
    ocr, spell = with_aliases([OCR, SPELL], more)
    # 'Spell Checker' is another kind's term; 'scan  to text' is the OCR's already.
    assert ocr.aliases == ("scan to text",)
    assert spell.aliases == ("gwirydd sillafu",)
    assert load_aliases(tmp_path / "missing") == {}


def test_needs_are_never_a_components_gloss():
    ocr = Definition(OCR.terms, OCR.en, OCR.cy, needs=("get the text out of photos",))
    assert Definitions([ocr]).glosses(["OCR"]) == [OCR.en, OCR.cy]


def test_every_bundled_definition_says_its_need_in_both_languages():
    bundled = load_definitions()
    assert [entry.key for entry in bundled.entries if not entry.needs] == []
    keys = {entry.key for entry in bundled.entries}
    assert set(load_needs()) - keys == set()  # no needs for a definition that is not there
    both = set()
    for path in sorted(NEEDS_DIR.glob("*.yaml")):
        for key, said in yaml.safe_load(path.read_text(encoding="utf-8"))["needs"].items():
            assert said.get("en"), (path.name, key)
            if said.get("cy"):
                both.add(key)
    # A later round may add English wordings alone (search/data/needs/60-*.yaml).
    assert keys - both == set()
