"""Marking matched words: escaped, whole words only, windows around the first match."""

from __future__ import annotations

from search.embedded.highlight import Highlighter


def test_every_match_is_marked_and_the_rest_escaped():
    marked = Highlighter({"bin", "day"}).mark("Bin <day> binary bin_day")
    assert (
        marked
        == "<mark>Bin</mark> &lt;<mark>day</mark>&gt; binary <mark>bin</mark>_<mark>day</mark>"
    )


def test_a_window_opens_around_a_match_deep_in_a_long_text():
    text = "lorem " * 2000 + "find the Gwasanaeth here and gwasanaeth again " + "ipsum " * 2000
    marked = Highlighter({"gwasanaeth"}).mark(text, window=200)
    assert marked.startswith("…") and marked.endswith("…")
    assert marked.count("<mark>") == 2
    assert "<mark>Gwasanaeth</mark>" in marked and "<mark>gwasanaeth</mark>" in marked
    assert len(marked) < 300


def test_text_whose_folding_changes_length_is_marked_word_by_word():
    text = "The ﬁle service: ﬁle uploads for the cyngor"  # 'ﬁ' folds to two letters
    marked = Highlighter({"file", "cyngor"}).mark(text)
    assert marked == (
        "The <mark>ﬁle</mark> service: <mark>ﬁle</mark> uploads for the <mark>cyngor</mark>"
    )


def test_no_match_gives_nothing():
    assert Highlighter({"absent"}).mark("nothing to see") is None
    assert Highlighter(set()).hit({"name": "x"}) == {}


def test_a_text_where_only_stop_words_matched_is_not_marked():
    # 'sign in': a description saying 'in' says nothing of signing in.
    highlighter = Highlighter({"sign", "in"})
    assert highlighter.mark("Authentication in the context of software") is None
    assert highlighter.mark("A sign in button") == "A <mark>sign</mark> <mark>in</mark> button"
    # A window opens around the telling word, not the first stop word.
    text = "in " * 300 + "sign here " + "lorem " * 300
    marked = highlighter.mark(text, window=100)
    assert "<mark>sign</mark>" in marked and marked.startswith("…")
    # A question of stop words alone still shows where they matched.
    assert Highlighter({"in"}).mark("log in") == "log <mark>in</mark>"
    ligature = "The ﬁle is in the sign ﬁle"  # folds to a different length: word by word
    assert Highlighter({"sign", "in"}).mark(ligature) == (
        "The ﬁle is <mark>in</mark> the <mark>sign</mark> ﬁle"
    )
