"""The lang attribute given to harvested text on pages."""

from web.templating import text_lang


def test_the_lang_attribute_of_text_too_short_to_tell_is_english():
    """A description reading just "A" was marked lang="cy" on English pages."""
    assert text_lang("A") == text_lang("Welsh") == text_lang("") == "en"
    assert text_lang("Adnoddau ar gyfer adnabod lleferydd Cymraeg") == "cy"
