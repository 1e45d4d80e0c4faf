"""The semantic representation: fitted from documents, Welsh and English bridged, stored and reloaded."""

from __future__ import annotations

import numpy as np
import pytest

from search.plurals import derivations, inflections, singular_derivations
from search.semantic import DIMENSIONS, SemanticModel
from tests.support.search_documents import search_document

DOCS = [
    search_document(1, "design-system", description="Components and patterns for web pages"),
    search_document(2, "component-library", description="Reusable page components and patterns"),
    search_document(
        3, "cydrannau-gwe", description="Cydrannau a phatrymau ar gyfer tudalennau gwe"
    ),
    search_document(4, "address-lookup", description="Find a postal address from a postcode"),
    search_document(5, "os-places", description="Look up an address by postcode"),
    search_document(6, "clinic-booking", description="Book appointments at hospital clinics"),
    search_document(7, "gp-appointments", description="Booking appointments with a family doctor"),
    search_document(8, "vaccine-booking", description="Book vaccination appointments at clinics"),
]


@pytest.fixture(scope="module")
def model() -> SemanticModel:
    return SemanticModel.fit(DOCS)


def nearest(model: SemanticModel, text: str) -> list[str]:
    query = model.embed_texts([text])[0]
    assert query.any(), f"no word of {text!r} is known"
    scores = model.embed(DOCS) @ query
    return [DOCS[i]["name"] for i in np.argsort(-scores, kind="stable")]


def test_vectors_have_the_stated_size_and_unit_length(model):
    vectors = model.embed(DOCS)
    assert vectors.shape == (len(DOCS), DIMENSIONS)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)


def test_words_the_model_never_saw_embed_as_zero(model):
    assert not model.embed_texts(["xyzzy plugh", "", "🙂", "Привет"]).any()


def test_components_about_the_same_thing_are_closest(model):
    assert set(nearest(model, "booking appointments")[:3]) == {
        "clinic-booking",
        "gp-appointments",
        "vaccine-booking",
    }
    assert set(nearest(model, "address postcode")[:2]) == {"address-lookup", "os-places"}


def test_a_welsh_query_finds_english_text_through_the_glossary(model):
    # 'apwyntiadau' (appointments) and 'archebu' (booking) are glossary terms, not in any text.
    assert set(nearest(model, "archebu apwyntiadau")[:3]) == {
        "clinic-booking",
        "gp-appointments",
        "vaccine-booking",
    }
    assert nearest(model, "chwilio am gyfeiriad")[0] in {"address-lookup", "os-places"}


def test_mutated_and_plural_forms_embed_as_their_radical_and_singular(model):
    radical = model.embed_texts(["cydran"])[0]
    assert radical.any()
    for form in ("gydran", "nghydran", "cydrannau", "gydrannau"):
        assert float(model.embed_texts([form])[0] @ radical) > 0.99, form


def test_derived_forms_the_catalogue_never_uses_embed_as_one_it_does():
    docs = [
        search_document(1, "trawsgrifiwr-byw", description="Trawsgrifiwr lleferydd byw"),
        search_document(2, "trawsgrifiwr-windows", description="Trawsgrifiwr ar gyfer Windows"),
        search_document(3, "address-lookup", description="Find a postal address"),
        search_document(4, "os-places", description="Look up a postal address"),
        search_document(5, "json-logger", description="Logger for JSON lines"),
        search_document(6, "node-logger", description="A logger for Node"),
    ]
    model = SemanticModel.fit(docs)
    for question, known in (("trawsgrifio", "trawsgrifiwr"), ("logging", "logger")):
        vector = model.embed_texts([question])[0]
        assert vector.any(), question
        assert float(vector @ model.embed_texts([known])[0]) > 0.99, question


def test_derivations_share_a_stem_of_four_letters_or_more():
    known = {"trawsgrifiwr", "log", "logger", "ystadegol", "cod"}
    assert derivations("trawsgrifio", known) == ["trawsgrifiwr"]
    assert derivations("logging", known) == ["logger", "log"]  # the doubled stem first
    assert derivations("ystadegau", known) == []  # a plural ending is singular()'s, not this
    assert derivations("ystadegydd", known) == ["ystadegol"]
    assert derivations("codio", known) == []  # 'cod' is too short a stem to trust
    assert derivations("logger", known) == ["log"]


def test_a_welsh_plurals_stem_takes_the_endings_once():
    known = {"atalnodi", "ystadegol", "canlynol", "atalnod"}
    assert singular_derivations("atalnodau", known) == ["atalnodi"]
    assert singular_derivations("ystadegau", known) == ["ystadegol"]
    # 'canlyniadau' (results) is 'canlyniad' and an ending, not 'canlyn' (follow) and two.
    assert singular_derivations("canlyniadau", known) == []
    assert singular_derivations("atalnod", known) == []  # no plural ending


def test_a_noun_in_y_and_its_adjective_share_a_stem():
    known = {"industrial", "economic", "geographical", "industry"}
    assert derivations("industry", known) == ["industrial"]
    assert derivations("industrial", known) == ["industry"]
    assert derivations("economy", known) == ["economic"]
    assert derivations("geography", known) == ["geographical"]


def test_a_bare_stem_takes_the_endings_itself():
    known = {"aligner", "coding", "coder", "assessment", "assessed", "cod", "codio"}
    assert derivations("align", known) == ["aligner"]
    assert derivations("code", known) == ["coding", "coder"]  # its "e" goes before a vowel
    assert derivations("assess", known) == ["assessment", "assessed"]
    assert derivations("assessment", known) == ["assessed"]
    assert derivations("cod", known) == []  # three letters are too short a stem to trust


def test_a_word_s_other_number_is_the_singular_or_plurals_the_catalogue_uses():
    known = {"service", "services", "company", "companies", "cerbyd", "cerbydau", "address"}
    assert inflections("services", known) == ["service"]
    assert inflections("service", known) == ["services"]
    assert inflections("company", known) == ["companies"]
    assert inflections("cerbyd", known) == ["cerbydau"]
    assert inflections("address", known) == []  # 'addres' is no word, nor 'addresses' known
    # Neither number known: the other plurals of its singular ('patentau' is Welsh for patents).
    assert inflections("patentau", {"patents"}) == ["patents"]


def test_the_model_survives_storage(model):
    again = SemanticModel.from_bytes(model.to_bytes())
    assert again.terms == model.terms
    # The projection is stored as float16: each document points the same way, to within that.
    cosines = np.einsum("ij,ij->i", again.embed(DOCS), model.embed(DOCS))
    assert cosines.min() > 0.999


def test_a_model_of_another_version_is_refused(model, monkeypatch):
    from search import semantic

    data = model.to_bytes()
    monkeypatch.setattr(semantic, "_VERSION", 99)
    with pytest.raises(ValueError, match="another version"):
        SemanticModel.from_bytes(data)


@pytest.mark.parametrize(
    "docs", [[], [DOCS[0]], [search_document(1, "x"), search_document(2, "y")]]
)
def test_tiny_catalogues_give_an_empty_model_not_an_error(docs):
    model = SemanticModel.fit(docs)
    vectors = model.embed(docs)
    assert vectors.shape == (len(docs), DIMENSIONS)
    assert model.embed_texts(["anything"]).shape == (1, DIMENSIONS)


def test_fitting_gives_the_vectors_embedding_would():
    model, vectors = SemanticModel.fit_embed(DOCS)
    assert model.terms == SemanticModel.fit(DOCS).terms
    assert vectors.shape == (len(DOCS), DIMENSIONS)
    assert np.allclose(vectors, model.embed(DOCS), atol=1e-6)


def test_a_definition_counts_the_same_whether_remembered_or_not(monkeypatch):
    """Each definition's words are counted once and remembered; a component's vector must not
    depend on whether its definitions' counts were remembered or worked out afresh."""
    import search.semantic as semantic

    meaning = "Lets people choose a time and book an appointment at a clinic."
    glossed = [
        {**doc, "glosses": [meaning, "Yn trefnu apwyntiadau."] if doc["id"] > 5 else []}
        for doc in DOCS
    ]
    model, remembered = SemanticModel.fit_embed(glossed)
    monkeypatch.setattr(semantic, "TEXTS_REMEMBERED", 0)
    semantic._concepts.cache_clear()
    afresh = model.embed(glossed)
    assert np.allclose(remembered, afresh, atol=1e-6)
    # and the definitions are read, each counted as often as a component carries it
    counts = semantic._doc_counts(glossed[6], semantic._concepts(model.glossary))
    assert counts["choose"] == 1
    assert "choose" not in semantic._doc_counts(DOCS[6], semantic._concepts(model.glossary))


def test_the_count_matrix_is_the_one_coordinates_give():
    # semantic._matrix builds compressed rows directly; coordinates are the plain statement of it.
    import scipy.sparse as sp

    from search.semantic import _matrix

    rng = np.random.default_rng(3)
    lengths = [0, 3, 0, 0, 5, 1, 0, 4]  # empty rows first, between and last
    ids = [rng.integers(0, 9, size=n).astype(np.int32) for n in lengths] + [np.zeros(0, np.int32)]
    weights = [rng.integers(1, 4, size=len(row)).astype(np.float32) for row in ids]
    column_of = np.array([2, -1, 0, 2, 5, -1, 1, 3, 4], dtype=np.int32)  # two ids share column 2
    found = _matrix(ids, weights, column_of, 6)
    rows = np.repeat(np.arange(len(ids)), [len(row) for row in ids])
    columns = column_of[np.concatenate(ids)]
    keep = columns >= 0
    expected = sp.coo_matrix(
        (np.concatenate(weights)[keep], (rows[keep], columns[keep])), shape=(len(ids), 6)
    ).toarray()
    assert found.shape == (len(ids), 6)
    assert np.array_equal(found.toarray(), expected)
    assert np.array_equal(
        _matrix(ids, weights, None, 9).toarray().sum(axis=1), [w.sum() for w in weights]
    )


def test_a_question_in_a_need_s_everyday_words_finds_the_components_of_that_kind():
    """Each definition, with its needs (search/data/needs/), is a document the model is fitted
    on, never embedded: a question in the everyday words of a need lies nearest the components
    that carry the definition, though neither they nor its text use those words."""
    from search.definitions import load_definitions

    petitions = load_definitions().by_key["petitions"]
    said = " ".join((petitions.en, petitions.cy, *petitions.terms)).lower()
    assert "campaign" not in said and "residents" not in said
    assert "campaign" in " ".join(petitions.needs)
    docs = [
        *DOCS,
        search_document(9, "e-petitions", description="The parliament's public service"),
        search_document(10, "deisebau", description="Code for the council's service"),
    ]
    docs = [{**doc, "glosses": list(petitions.texts) if doc["id"] > 8 else []} for doc in docs]
    model, vectors = SemanticModel.fit_embed(docs)
    assert vectors.shape == (len(docs), DIMENSIONS)  # the definitions are not among them
    query = model.embed_texts(["a campaign residents can back"])[0]
    assert query.any()
    scores = vectors @ query
    assert {docs[i]["name"] for i in np.argsort(-scores, kind="stable")[:2]} == {
        "e-petitions",
        "deisebau",
    }


def test_an_english_word_is_no_mutated_welsh_term_to_meaning(model, monkeypatch):
    # 'we' in 'we need a booking system' is English, not a soft-mutated 'gwe' (web): it brings
    # neither the glossary's concept nor the dictionary's translation, as in parsing.
    import copy

    from search import semantic
    from search.lexicon import Lexicon

    assert "we" in semantic._Concepts(model.glossary).single  # without dictionaries
    english = semantic._Concepts(model.glossary, lambda word: word == "we")
    assert "we" not in english.single
    assert english.single["gwe"] == english.single["web"]
    reading = copy.copy(model)
    reading.translations = {"gwe": ("web",)}
    monkeypatch.setattr(semantic, "load_lexicon", lambda: Lexicon({}, frozenset()))
    assert reading._translated({"we": 1}) == {"we": 1, "web": 1}
    monkeypatch.setattr(semantic, "load_lexicon", lambda: Lexicon({}, frozenset({"we"})))
    assert reading._translated({"we": 1, "gwe": 1}) == {"we": 1, "gwe": 1, "web": 1}
