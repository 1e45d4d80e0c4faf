"""The Welsh -> English lexicon: read from FreeDict's dictd files, used to read Welsh questions."""

from __future__ import annotations

import gzip
import logging

import numpy as np
import pytest

from search import lexicon as lexicon_module
from search.embedded import EmbeddedSearchBackend
from search.glossary import load_glossary, parse_glossary
from search.lexicon import EMPTY, Lexicon, Translating, load_lexicon, parse
from search.meili.indexes import synonyms
from search.semantic import SemanticModel
from tests.support.search_documents import search_document

# The shape of the Debian packages' files: a headword line, then its translation.
WELSH_ENGLISH = """00-database-info
Eurfa Cymraeg, Welsh-English dictionary
cerbyd /kˈɛrbød/ <n, s, m>
carriage
cerbydau /kɛrbˈʌdaɨ/ <n, p, m>
carriages
ystadegau /ˌʌstadˈeːɡaɨ/ <n, p, f>
statistics (figures)
arolwg /arˈɔlʊɡ/ <n, s, m>
overview
data /dˈata/ <n, p, m>
data
bod /bˈoːd/ <v>
be, exist, live, stay, remain, dwell, lie, reside
mewngofnodi /mɛʊnɡɔvnˈɔdi/ <v>
log in
lein /lɛɪn/ <n, s, f>
line
ymlusgo /əmˈlɨsɡɔ/ <v>
crawl
llofnod /ɬˈɔvnɔd/ <n, s, m>
signature
gem /ɡˈɛm/ <n, s, f>
game
"""
ENGLISH_WELSH = """00-database-info
English-Welsh dictionary
survey /sˈɜːveɪ/ <n>
arolwg <n, s, m>
vehicle /vˈiːɪkəl/ <n>
cerbyd <n, s, m>
vehicles /vˈiːɪkəlz/ <n>
cerbydau <n, p, m>
data /dˈeɪtə/ <n>
data <n, p, m>
book /bʊk/ <v>
archebu <v>
"""


@pytest.fixture(scope="module")
def lexicon():
    return parse(WELSH_ENGLISH, ENGLISH_WELSH)


def test_both_dictionaries_give_a_welsh_word_its_english(lexicon):
    assert lexicon.english("arolwg") == (("overview",), ("survey",))
    assert lexicon.english("cerbydau") == (("carriages",), ("vehicles",))
    # Notes in brackets and stop words are not translations.
    assert lexicon.english("ystadegau") == (("statistics",),)
    assert lexicon.english("mewngofnodi") == (("log",),)


def test_mutated_forms_find_their_radical(lexicon):
    assert lexicon.english("gerbydau") == lexicon.english("cerbydau")
    assert lexicon.english("ngherbyd") == lexicon.english("cerbyd")


def test_english_words_vague_words_and_unknown_words_are_not_translated(lexicon):
    assert lexicon.english("data") == ()  # an English headword too
    assert lexicon.english("bod") == ()  # more senses than say anything
    assert lexicon.english("y") == ()
    assert parse("ap /ap/ <n>\nson\n", "").english("ap") == ()  # too short to trust
    assert lexicon.english("xyzzy") == ()
    assert EMPTY.english("cerbyd") == ()


def test_nouns_made_of_a_verb_the_dictionaries_know_are_read_through_the_verb(lexicon):
    # search/derivation.py: 'ymlusgwr' (crawler) and 'ymlusgwyr' (crawlers) of 'ymlusgo'.
    assert lexicon.english("ymlusgwr") == (("crawl",),)
    assert lexicon.english("ymlusgwyr") == (("crawl",),)
    assert lexicon.english("hymlusgwr") == (("crawl",),)  # mutated too
    # A plural ending makes no noun of a verb, and a stem that is no headword reads as nothing.
    assert lexicon.english("ymlusgau") == ()
    assert lexicon.english("cerbwr") == ()
    # A headword of too many senses is not read through a shorter one ('bod' stays vague).
    assert lexicon.english("bodwr") == ()


def test_a_plural_the_dictionaries_list_only_as_its_singular_is_read_through_it(lexicon):
    assert lexicon.english("llofnodion") == (("signature",),)  # signatures
    assert lexicon.english("lofnodion") == (("signature",),)  # soft-mutated
    # Welsh plural endings only: 'gems' is English, no plural of 'gem' (game).
    assert lexicon.english("gems") == ()


def test_meilisearch_asks_for_the_english_of_words_its_synonyms_cannot_reach(lexicon):
    # Its synonyms list headwords; the nouns of verbs and mutated forms are asked for with them.
    source = Translating(parse_glossary("terms:\n  - en: [survey]\n    cy: [arolwg]\n"), lexicon)
    assert source.unlisted_english("ymlusgwr") == ["crawl"]
    assert source.unlisted_english("gerbydau") == ["carriages", "vehicles"]
    assert source.unlisted_english("cerbydau") == []  # a headword: in the synonyms already
    assert source.unlisted_english("arolwg") == []  # the glossary's
    assert source.unlisted_english("data") == []


def test_the_glossary_decides_and_the_lexicon_fills_in(lexicon):
    glossary = parse_glossary("terms:\n  - en: [survey]\n    cy: [arolwg]\n")
    source = Translating(glossary, lexicon)
    assert source.synonyms(("arolwg",)) == [("survey",)]
    assert source.synonyms(("cerbydau",)) == [("carriages",), ("vehicles",)]
    assert source.synonyms(("cerbyd", "cerbydau")) == []  # phrases only through the glossary
    assert source.longest == glossary.longest


def test_the_installed_dictionaries_are_found_and_read(tmp_path, monkeypatch):
    for name, text in (
        (lexicon_module.WELSH_ENGLISH, WELSH_ENGLISH),
        (lexicon_module.ENGLISH_WELSH, ENGLISH_WELSH),
    ):
        (tmp_path / name).write_bytes(gzip.compress(text.encode("utf-8")))
    monkeypatch.setenv("CATALOGUE_LEXICON_DIR", str(tmp_path))
    load_lexicon.cache_clear()
    try:
        assert load_lexicon().english("cerbyd") == (("carriage",), ("vehicle",))
    finally:
        load_lexicon.cache_clear()


@pytest.mark.parametrize("broken", [None, b"not gzip"])
def test_missing_or_broken_dictionaries_leave_the_glossary_and_the_translation_memory(
    tmp_path, monkeypatch, caplog, broken
):
    if broken is not None:
        for name in (lexicon_module.WELSH_ENGLISH, lexicon_module.ENGLISH_WELSH):
            (tmp_path / name).write_bytes(broken)
    monkeypatch.setenv("CATALOGUE_LEXICON_DIR", str(tmp_path))
    load_lexicon.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="search.lexicon"):
            lexicon = load_lexicon()
        assert "Welsh" in caplog.text or "cannot be read" in caplog.text
        # Only the words the catalogue's own translations teach (search/memory.py).
        assert lexicon.english("ystorfeydd") == (("repositories",),)
        assert lexicon.english("cerbyd") == ()
        assert not lexicon.english_words
    finally:
        load_lexicon.cache_clear()


DOCS = [
    search_document(1, "vehicle-tax", description="Tax a vehicle online and check vehicles"),
    search_document(2, "vehicle-enquiry", description="Look up a vehicle by its registration"),
    search_document(3, "survey-runner", description="Run online surveys and questionnaires"),
    search_document(4, "survey-author", description="Write survey questionnaires"),
    search_document(5, "address-lookup", description="Find an address from a postcode"),
    search_document(6, "os-places", description="Look up an address by postcode"),
]


def test_a_welsh_question_word_embeds_as_its_english(lexicon):
    model = SemanticModel.fit(DOCS, load_glossary(), lexicon)
    assert model.translations["cerbydau"] == ("vehicle",)
    vectors = model.embed(DOCS)
    for question, expected in (("cerbydau", "vehicle"), ("ngherbyd", "vehicle")):
        scores = vectors @ model.embed_texts([question])[0]
        top = [DOCS[i]["name"] for i in np.argsort(-scores)[:2]]
        assert all(name.startswith(expected) for name in top), (question, top)
    # Stored and reloaded, the model reads Welsh alike without any dictionary installed.
    again = SemanticModel.from_bytes(model.to_bytes(), load_glossary())
    assert again.translations == model.translations
    assert np.allclose(again.embed_texts(["cerbydau"]), model.embed_texts(["cerbydau"]), atol=1e-3)


def test_the_embedded_engine_finds_english_components_for_a_welsh_word(lexicon):
    from search.backend import Query

    backend = EmbeddedSearchBackend(None, lexicon=lexicon)
    try:
        backend.rebuild(DOCS)
        names = {doc["id"]: doc["name"] for doc in DOCS}
        found = [names[hit.id] for hit in backend.search(Query(text="cerbydau")).hits]
        assert found[:2] and all(name.startswith("vehicle") for name in found[:2]), found
    finally:
        backend.close()


def test_words_of_either_language_are_spelt_right(lexicon):
    for word in (
        "vehicle",
        "vehicles",
        "booking",
        "books",
        "cerbyd",
        "gerbydau",
        "bod",
        "ngherbyd",
    ):
        assert lexicon.spelt_right(word), word
    for word in ("bokking", "vehicel", "xyzzy"):
        assert not lexicon.spelt_right(word), word


def test_a_real_word_the_index_lacks_is_not_corrected_into_another(lexicon):
    from search.backend import Query

    backend = EmbeddedSearchBackend(None, lexicon=lexicon)
    try:
        backend.index([search_document(1, "finder", description="Looking for a page? Start here.")])
        assert backend.search(Query(text="lookng")).total == 1  # a typo is corrected
        assert backend.search(Query(text="booking")).total == 0  # a word is not
        assert backend.search(Query(text="booking")).suggestion is None
    finally:
        backend.close()


def test_a_word_inside_a_glossary_term_is_not_translated_on_its_own(lexicon):
    from search.querytext import parse as parse_query

    glossary = parse_glossary("terms:\n  - en: [online]\n    cy: [ar-lein]\n")
    source = Translating(glossary, lexicon)
    assert [s.words for s in parse_query("lein", source).synonyms] == [("line",)]
    assert [s.words for s in parse_query("taliadau ar-lein", source).synonyms] == [("online",)]


def test_people_are_told_the_english_of_glossary_terms_and_of_other_welsh_words(lexicon):
    from search.lexicon import translated_words

    glossary = parse_glossary(
        "terms:\n  - en: [online]\n    cy: [ar-lein]\n"
        "  - en: [form, forms]\n    cy: [ffurflen, ffurflenni]\n"
        "  - en: [data]\n    cy: [data]\n"
    )
    assert translated_words("ffurflenni ar-lein cerbydau", glossary, lexicon) == [
        ("ffurflenni", ["form", "forms"]),
        ("ar lein", ["online"]),  # as a term: 'lein' alone would be 'line'
        ("cerbydau", ["carriages", "vehicles"]),
    ]
    assert translated_words("data ar gyfer", glossary, lexicon) == []  # English too; stop words


def test_meilisearch_is_sent_the_lexicon_one_way_after_the_glossary(lexicon):
    glossary = parse_glossary("terms:\n  - en: [survey]\n    cy: [arolwg]\n")
    sent = synonyms(glossary, lexicon)
    assert sent["cerbydau"] == ["carriages", "vehicles"]
    assert "vehicles" not in sent  # one way: English questions are not sent into Welsh
    # The glossary's entry (with its mutated forms), not the lexicon's 'overview'.
    assert "survey" in sent["arolwg"] and "overview" not in sent["arolwg"]


def test_an_english_word_is_not_read_as_a_mutated_welsh_one(lexicon):
    # 'we' is English (a headword of the English-Welsh dictionary), though a soft-mutated 'gwe'
    # (web) too: a question saying 'after we move' is not about the web, in either engine.
    english = parse(WELSH_ENGLISH, ENGLISH_WELSH + "we /wiː/ <pron>\nni <pron>\n")
    glossary = parse_glossary(
        "terms:\n  - en: [web]\n    cy: [gwe]\n  - en: [council]\n    cy: [cyngor]\n"
    )
    source = Translating(glossary, english)
    assert source.synonyms(("we",)) == []
    assert source.synonyms(("gwe",)) == [("web",)]
    assert source.synonyms(("gyngor",)) == [("council",), ("cyngor",)]  # no English word
    sent = synonyms(glossary, english)
    assert "we" not in sent and "we" not in sent["web"]
    assert "gyngor" in sent["council"]
    # Without the dictionaries nothing says 'we' is English: the mutated form stays.
    assert Translating(glossary, EMPTY).synonyms(("we",)) == [("web",), ("gwe",)]
    # Nor are people told it was: the results say what search did.
    from search.lexicon import translated_words

    assert translated_words("after we move", glossary, english) == []
    assert translated_words("tudalen gwe", glossary, english) == [("gwe", ["web"])]
    assert translated_words("we", glossary, EMPTY) == [("we", ["web"])]


CRAWLERS = """
terms:
  - {en: [crawler, crawling], cy: [ymlusgwr]}
  - {en: [translation], cy: [cyfieithu]}
"""


def test_a_word_reaches_the_glossary_through_a_term_of_its_stem(lexicon):
    glossary = parse_glossary(CRAWLERS)
    language = Translating(glossary, lexicon)
    # Typed in English: 'crawl' is no term, 'crawler' and 'crawling' are, of one entry.
    assert glossary.derived_forms("crawl") in (["crawler"], ["crawling"])
    assert ("ymlusgwr",) in language.derived_synonyms("crawl")
    assert language.derived_forms("translate") == ["translation"]
    # Typed in Welsh: the dictionaries' 'crawl', then its glossary terms.
    welsh = parse(WELSH_ENGLISH.replace("ymlusgo /", "cropian /"), ENGLISH_WELSH)
    assert ("ymlusgwr",) in Translating(glossary, welsh).derived_synonyms("gropian")
    # A term the glossary holds keeps its own synonyms alone; a short word has no stem to read.
    assert language.derived_synonyms("crawler") == []
    assert glossary.derived_forms("cra") == []


def test_a_stem_s_glossary_terms_are_weaker_synonyms(lexicon):
    from search.querytext import DERIVED_SYNONYM
    from search.querytext import parse as parse_query

    language = Translating(parse_glossary(CRAWLERS), lexicon)
    parsed = parse_query("crawl council websites", language)
    weights = {s.words: s.weight for s in parsed.synonyms if s.start == 0}
    assert weights[("ymlusgwr",)] == weights[("crawler",)] == DERIVED_SYNONYM
    assert all(s.start != 0 or s.weight < 0.8 for s in parsed.synonyms)


def test_the_embedded_engine_finds_a_crawler_for_crawl(lexicon):
    from search.backend import Query

    docs = [
        search_document(1, "Ymlusgwr"),
        search_document(2, "council-website", description="The council's website"),
    ]
    # Before, 'crawl' matched nothing: no component says it, and the glossary knows 'crawler'.
    backend = EmbeddedSearchBackend(None, glossary=parse_glossary(CRAWLERS), lexicon=lexicon)
    try:
        backend.rebuild(docs)
        found = [hit.id for hit in backend.search(Query(text="crawl")).hits]
        assert found == [1], found
    finally:
        backend.close()


def test_meilisearch_synonyms_take_an_english_term_s_regular_plural():
    # As the embedded engine's glossary look-up reads 'searches' through 'search'.
    glossary = parse_glossary(
        "terms:\n"
        "  - {en: [search], cy: [chwilio]}\n"
        "  - {en: [glossary, crawler, crawlers], cy: [geirfa]}\n"
        "  - {en: [apis, census], cy: [cyfrifiad]}\n"
    )
    sent = synonyms(glossary, EMPTY)
    assert "search" in sent["searches"] and "searches" in sent["chwilio"]
    assert "glossary" in sent["glossaries"]
    assert "census" in sent["censuses"]
    assert "crawlerss" not in sent and "apises" not in sent  # listed, or plural already


def test_everyday_english_is_not_read_as_a_mutated_welsh_word():
    # 'log' and 'well' are 'llog' (interest) and 'gwell' (better) soft-mutated, and English words
    # the dictionaries' English side lacks: 'api gateway log retention' asks nothing of interest.
    from search.english_words import load_common_english

    senses = {"llog": (("interest",),), "gwell": (("better",),), "gem": (("game",),)}
    lexicon = Lexicon(senses, frozenset(), frozenset(senses))
    assert lexicon.english("log") == (("interest",),)  # without the list, as before
    everyday = Lexicon(senses, frozenset(), frozenset(senses), common_english=frozenset({"log"}))
    assert everyday.english("log") == () and everyday.english_word("log")
    assert everyday.english("llog") == (("interest",),)  # typed in Welsh, still Welsh
    assert everyday.english("well") == (("better",),)  # not in this list
    # A Welsh headword spelt as an English word keeps its Welsh reading.
    with_gem = Lexicon(senses, frozenset(), frozenset(senses), common_english=frozenset({"gem"}))
    assert with_gem.english("gem") == (("game",),) and not with_gem.english_word("gem")
    shipped = load_common_english()
    assert {"well", "log", "dad", "we"} <= shipped
    assert not {"gwell", "llog", "tad", "gwe", "cyngor"} & shipped


def test_the_common_english_list_keeps_everyday_words_of_letters():
    from search.english_words import common_words

    counts = {"well": 760_409, "wellness": 900, "o'clock": 9_000, "café": 8_000, "log": 16_133}
    assert common_words(counts) == ["log", "well"]
