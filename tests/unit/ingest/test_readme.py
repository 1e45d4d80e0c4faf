"""README rendering keeps text and drops anything that could run in a browser."""

from html.parser import HTMLParser

import pytest

from catalogue.allowed_html import ALLOWED_TAGS
from ingest.readme import readme_html, readme_text

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    "<svg onload=alert(1)>",
    '<iframe src="https://evil.example"></iframe>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
    "<object data=x></object><embed src=x>",
    '<form action="https://evil.example"><input name=x></form>',
    '<p onclick="alert(1)">hi</p>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "<style>body{display:none}</style>",
    '<a href="&#106;avascript:alert(1)">x</a>',
]


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_hostile_markup_never_survives(payload):
    html = readme_html(f"# Title\n\n{payload}\n\nText after.", "https://github.com/o/r/blob/main/")
    collector = _Collector()
    collector.feed(html)
    for tag, attributes in collector.tags:
        assert tag in ALLOWED_TAGS, (payload, html)
        for name, value in attributes.items():
            assert not name.startswith("on") and name != "style", (payload, html)
            if name == "href":
                assert value.split(":", 1)[0].lower() in ("https", "http", "mailto"), html
    assert "<script" not in html.lower()
    assert "Text after." in html


def test_relative_links_point_at_the_repository_and_images_become_text():
    html = readme_html(
        "See [docs](docs/README.md) ![the logo](logo.png)", "https://github.com/o/r/blob/main/"
    )
    assert 'href="https://github.com/o/r/blob/main/docs/README.md"' in html
    assert "<img" not in html and "the logo" in html
    assert 'rel="noopener noreferrer nofollow ugc"' in html


def test_plain_text_has_no_markup():
    text = readme_text("# Heading\n\nSome **bold** text & more.\n\n- one\n- two")
    assert text == "Heading\nSome bold text & more.\n\none\ntwo"


def test_search_text_leaves_out_licence_and_copyright_sections():
    markdown = (
        "# license-checker\nChecks licences.\n\n## Licence and copyright\nMIT.\n\n### Detail\n"
        "more terms\n\n## Hawlfraint / Copyright\nCrown Copyright (Office for National Statistics)"
        "\n\n## Usage\nRun it.\n\nLicense\n=======\nApache-2.0\n"
    )
    assert readme_text(markdown) == "license-checker\nChecks licences.\nUsage\nRun it."
    # The page still shows them.
    assert "Crown Copyright" in readme_html(markdown)


def test_terms_sections_are_found_whatever_ends_the_lines():
    # markdown-it ends lines at \n, \r\n and \r only; a line separator inside a line is text.
    text = readme_text("Intro\u2028more\r\n## Licence\r\nMIT\r\n## Usage\rRun it.\r")
    assert "MIT" not in text and "more" in text and text.endswith("Usage\nRun it.")
