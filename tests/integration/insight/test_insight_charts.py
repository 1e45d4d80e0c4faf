"""Charts drawn as SVG: labelled, escaped, and the same data as their tables."""

from __future__ import annotations

import re
from xml.etree import ElementTree

from web.charts import Bar, Chart, chart_svg, description

SVG = "{http://www.w3.org/2000/svg}"


def make_chart(bars, grouped: bool = False) -> Chart:
    return Chart(
        slug="test",
        title="Test <chart>",
        label_heading="Label",
        value_heading="Value",
        bars=tuple(bars),
        csv_columns=("a", "b", "c"),
        group_heading="Group" if grouped else "",
    )


def test_every_bar_has_a_text_label_and_a_value():
    chart = make_chart([Bar("py", "Python", 12), Bar("js", "JavaScript", 3), Bar("", "None", 0)])
    root = ElementTree.fromstring(str(chart_svg(chart, "en")))
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "chart-test-title chart-test-desc"
    assert root.find(f"{SVG}title").text == "Test <chart>"
    assert "Python" in root.find(f"{SVG}desc").text
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts == ["Python", "12", "JavaScript", "3", "None", "0"]
    widths = [float(r.get("width")) for r in root.iter(f"{SVG}rect")]
    assert widths[0] > widths[1] > widths[2] == 0


def test_harvested_labels_cannot_inject_markup():
    hostile = '<script>alert(1)</script>"><svg onload=alert(1)>'
    svg = str(chart_svg(make_chart([Bar(hostile, hostile, 1)]), "en"))
    assert (
        "<script" not in svg and "onload=" not in svg.replace("onload=alert", "x")
    ) or "&lt;" in svg
    ElementTree.fromstring(svg)  # still well-formed


def test_long_labels_go_above_their_bars_and_short_ones_beside():
    short = ElementTree.fromstring(str(chart_svg(make_chart([Bar("a", "2024", 1)]), "en")))
    long = ElementTree.fromstring(
        str(chart_svg(make_chart([Bar("a", "Confirmed in use by another organisation", 1)]), "en"))
    )
    assert next(short.iter(f"{SVG}text")).get("text-anchor") == "end"
    assert next(long.iter(f"{SVG}text")).get("text-anchor") is None


def test_grouped_charts_label_each_group():
    chart = make_chart(
        [Bar("py", "Python", 3, "health", "Health"), Bar("r", "R", 1, "education", "Education")],
        grouped=True,
    )
    root = ElementTree.fromstring(str(chart_svg(chart, "en")))
    bold = [t.text for t in root.iter(f"{SVG}text") if t.get("font-weight") == "bold"]
    assert bold == ["Health", "Education"]
    assert list(chart.csv_rows()) == [
        ("health", "Health", "py", "Python", 3),
        ("education", "Education", "r", "R", 1),
    ]


def test_an_empty_chart_says_so_in_words():
    svg = str(chart_svg(make_chart([]), "en"))
    assert "There is nothing to show yet." in svg
    assert "<rect" not in svg


def test_numbers_follow_the_locale():
    svg = str(chart_svg(make_chart([Bar("a", "A", 12345)]), "cy"))
    assert re.search(r">12,345<", svg)
    assert "12,345" in description(make_chart([Bar("a", "A", 12345)]), "en")
