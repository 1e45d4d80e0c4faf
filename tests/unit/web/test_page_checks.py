"""The Welsh-page check: interface text in English fails; harvested text marked lang="en" is data."""

import pytest

from tests.support.pages import PageParser, _check_welsh

PAGE = '<html lang="cy"><body><main><p>{}</p></main></body></html>'
ENGLISH = "Also searched for these Welsh words in English:"


def parsed(body: str) -> PageParser:
    page = PageParser()
    page.feed(PAGE.format(body))
    return page


def test_english_interface_text_on_a_welsh_page_fails():
    with pytest.raises(AssertionError, match="untranslated interface text"):
        _check_welsh(parsed(f"<span>{ENGLISH}</span>"))


def test_harvested_english_marked_as_such_is_data():
    _check_welsh(parsed(f'<span lang="en">…<mark>design</mark><br>{ENGLISH}</span>'))
    with pytest.raises(AssertionError, match="untranslated interface text"):
        _check_welsh(parsed(f'<span lang="en">README</span> <span>{ENGLISH}</span>'))
