"""The embedded engine's in-memory field of what components' technical terms mean."""

import numpy as np

from search.definitions import Definition, Definitions, load_definitions
from search.embedded import glosses
from search.embedded.glosses import GlossIndex
from search.embedded.highlight import Highlighter

TABLE = Definitions(
    [
        Definition(
            ("ocr", "optical character recognition", "tesseract"),
            "Reads the words in scanned pictures.",
            "Darllen geiriau.",
            needs=("get the text out of photos of letters", "darllen llythyrau wedi'u sganio"),
            products=("tesseract",),
        ),
        Definition(
            ("asr",),
            "Writes spoken words down.",
            "Ysgrifennu geiriau llafar.",
            needs=("type up what was said in a meeting",),
        ),
    ]
)


def test_a_word_finds_the_documents_carrying_a_definition_that_uses_it():
    index = GlossIndex(["ocr", "", "asr\nocr", "gone"], TABLE)
    assert index.postings(("words",)).tolist() == [0, 2]
    assert index.postings(("spoken", "scanned")).tolist() == [0, 2]
    assert index.postings(("llafar",)).tolist() == [2]
    assert index.postings(("nothing",)).size == 0
    assert index.vocab["words"] == 3  # at most: a document with both counts twice


def test_phrases_are_words_in_order_within_one_definition():
    index = GlossIndex(["ocr", "asr"], TABLE)
    assert index.postings(("spoken", "words"), phrase=True).tolist() == [1]
    assert index.postings(("words", "spoken"), phrase=True).size == 0
    assert index.postings(("writes", "spoken", "words"), phrase=True).tolist() == [1]
    assert index.postings(("writes", "spoken", "pictures"), phrase=True).size == 0


def test_lengths_are_the_characters_of_each_document_s_definitions():
    index = GlossIndex(["ocr", "", "asr\nocr"], TABLE)
    ocr, asr = (len(d.en) + len(d.cy) for d in TABLE.entries)
    assert np.array_equal(index.lengths, [ocr, 0, ocr + asr])


def test_in_a_large_catalogue_words_most_definitions_use_are_not_looked_up(monkeypatch):
    monkeypatch.setattr(glosses, "COMMON_MIN_DOCS", 2)
    index = GlossIndex(["ocr", "asr", "ocr", "asr", "ocr"], TABLE)
    assert "words" in index.common  # all five: more than 2 and than a tenth
    assert index.postings(("words",)).size == 0
    assert index.postings(("spoken",)).tolist() == [1, 3]  # two: the floor


def test_a_definition_is_shown_for_a_telling_word_not_a_stop_word():
    docker = next(e for e in load_definitions().entries if e.en.startswith("Packs a program"))
    shown = Highlighter({"to"}).besides({"readme": "", "definitions": docker.key})
    assert "glosses" not in shown
    shown = Highlighter({"to", "program"}).besides({"readme": "", "definitions": docker.key})
    assert "<mark>program</mark>" in shown["glosses"] and "<mark>to</mark>" in shown["glosses"]


def test_the_needs_are_indexed_apart_for_the_same_documents():
    index = GlossIndex(["ocr", "", "asr\nocr", "gone"], TABLE)
    needs = index.twin(glosses.NEEDS)
    assert needs.docs is index.docs  # which documents carry each definition is shared
    assert needs.postings(("letters",)).tolist() == [0, 2]
    assert needs.postings(("meeting",)).tolist() == [2]
    assert needs.postings(("scanned",)).size == 0  # the definition's text, not its needs
    assert index.postings(("letters",)).size == 0  # and the other way round
    # Only the definitions allowed (by number: ocr 0, asr 1).
    assert needs.postings(("letters", "meeting"), allowed={1}).tolist() == [2]
    assert needs.postings(("letters",), allowed=set()).size == 0
    ocr_needs = sum(len(text) for text in TABLE.entries[0].needs)
    assert needs.lengths[0] == ocr_needs


def test_the_terms_naming_the_kind_are_indexed_apart_not_the_products():
    index = GlossIndex(["ocr", "asr", "asr\nocr"], TABLE)
    terms = index.twin(glosses.TERMS)
    assert terms.docs is index.docs
    assert terms.postings(("optical",)).tolist() == [0, 2]
    assert terms.postings(("character", "recognition"), phrase=True).tolist() == [0, 2]
    assert terms.postings(("asr",)).tolist() == [1, 2]
    # One product of the kind says nothing of another component of the kind.
    assert terms.postings(("tesseract",)).size == 0
    assert index.postings(("optical",)).size == 0  # the terms are not the definition's text


def test_a_definition_whose_other_term_matched_is_shown_unmarked():
    auth = next(e for e in load_definitions().entries if "sign in" in e.terms)
    texts = {"readme": "", "definitions": auth.key}
    shown = Highlighter({"sign", "in"}).besides(texts)
    assert shown["glosses"].startswith(auth.en[:40]) and "<mark>" not in shown["glosses"]
    # A likely definition comes after it; a stop word alone shows nothing.
    assert Highlighter({"sign"}).besides(texts, likely=["ocr"])["glosses"] == shown["glosses"]
    assert "glosses" not in Highlighter({"in"}).besides(texts)


def test_a_likely_definition_it_carries_is_shown_where_no_definition_matched():
    # Found by the needs of a definition the question may be paraphrasing
    # (search.paraphrase.Paraphrases.likely): no word of it is in the definition's text.
    docker = next(e for e in load_definitions().entries if e.en.startswith("Packs a program"))
    texts = {"readme": "", "definitions": docker.key}
    shown = Highlighter({"ship", "anywhere"}).besides(texts, likely=["ocr", docker.key])
    assert shown["glosses"].startswith(docker.en[:40]) and "<mark>" not in shown["glosses"]
    assert "glosses" not in Highlighter({"ship", "anywhere"}).besides(texts, likely=["ocr"])
    # A definition that matched a word comes first.
    shown = Highlighter({"program"}).besides(texts, likely=[docker.key])
    assert "<mark>program</mark>" in shown["glosses"]
