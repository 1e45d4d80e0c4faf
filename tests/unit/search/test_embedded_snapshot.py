"""The snapshot's in-memory structures built from the docs table's columns."""

from __future__ import annotations

from search.embedded.snapshot import ExactNames, _flatten


def test_flatten_keeps_document_order_and_empty_lists_as_asked():
    column = ("a\nb", "", "c", "d\n\ne")
    positions, items = _flatten(column, 4, keep_empty=False)
    assert list(zip(positions.tolist(), items, strict=True)) == [
        (0, "a"),
        (0, "b"),
        (2, "c"),
        (3, "d"),
        (3, ""),
        (3, "e"),
    ]
    positions, items = _flatten(column, 4, keep_empty=True)
    assert positions.tolist() == [0, 0, 1, 2, 3, 3, 3]
    assert items == ["a", "b", "", "c", "d", "", "e"]
    assert _flatten((), 0, keep_empty=True)[1] == []
    assert _flatten(("", ""), 2, keep_empty=False)[1] == []


def test_exact_names_find_every_document_with_the_name_in_order():
    names = ExactNames(("bin day\nbin-day", "address", "bin day", "", "bin day"), 5)
    assert names.get("bin day") == [0, 2, 4]
    assert names.get("bin-day") == [0]
    assert names.get("address") == [1]
    assert names.get("") == [3]
    assert names.get("unknown") == []
