"""Safe YAML loading: node positions, YAML 1.2 scalars, aliases and limits."""

from __future__ import annotations

import pytest

from catalogue.publiccode.parser import LoadError, key_positions, load, to_data


def test_every_key_keeps_its_line_and_column():
    root = load("name: x\ndescription:\n  cy:\n    shortDescription: y\n")
    key, value = root.get("description")
    assert (key.line, key.column) == (2, 1)
    cy_key, cy = value.get("cy")
    short_key, short = cy.get("shortDescription")
    assert (cy_key.line, short_key.line, short_key.column) == (3, 4, 5)
    assert short.text == "y"


def test_scalars_follow_yaml_1_2_not_1_1():
    data = to_data(load("a: yes\nb: on\nc: true\nd: 0.2\ne: ~\nf: '1'\ng: 2017-04-15\nh: 010\n"))
    assert data == {
        "a": "yes",
        "b": "on",
        "c": True,
        "d": 0.2,
        "e": None,
        "f": "1",
        "g": "2017-04-15",
        "h": 10,
    }


def test_scalars_keep_their_text_and_kind():
    root = load("version: 0.2\nquoted: '0.2'\nexplicit: !!str true\n")
    assert [(v.text, v.tag) for _, v in root.pairs] == [
        ("0.2", "float"),
        ("0.2", "str"),
        ("true", "str"),
    ]


def test_aliases_and_merge_keys_are_expanded():
    data = to_data(load("base: &b {x: 1, y: 2}\nother:\n  <<: *b\n  y: 3\nlist: [*b]\n"))
    assert data["other"] == {"y": 3, "x": 1}
    assert data["list"] == [{"x": 1, "y": 2}]


def test_only_the_first_document_is_read():
    assert to_data(load("a: 1\n---\nb: [\n")) == {"a": 1}


def test_a_byte_order_mark_is_ignored():
    assert to_data(load("\ufeffa: 1\n")) == {"a": 1}


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\xc3\x28", "not-utf8"),
        ("a: \x00", "binary"),
        ("", "empty"),
        ("a: [1,\n", "yaml-syntax"),
        ("a: &a [*a]", "recursive-alias"),
        ("[" * 200 + "]" * 200, "too-deep"),
    ],
)
def test_bad_input_raises_load_error(data, code):
    with pytest.raises(LoadError) as caught:
        load(data)
    assert caught.value.code == code


def test_syntax_errors_have_a_line():
    with pytest.raises(LoadError) as caught:
        load("a: 1\nb: [2,\nc: 3\n")
    assert caught.value.line >= 2


def test_key_positions_cover_every_key_path():
    positions = key_positions(load("a: 1\nb:\n  c: [x, {d: 2}]\n"))
    assert positions == {
        "a": (1, 1),
        "b": (2, 1),
        "b.c": (3, 3),
        "b.c[0]": (3, 7),
        "b.c[1]": (3, 10),
        "b.c[1].d": (3, 11),
    }


def test_numbers_longer_than_any_field_needs_are_refused_with_their_line():
    from catalogue.publiccode.parser import LoadError, load

    with pytest.raises(LoadError) as caught:
        load("name: x\nversion: " + "1" * 5000 + "\n")
    assert caught.value.code == "number-too-long"
    assert caught.value.line == 2
