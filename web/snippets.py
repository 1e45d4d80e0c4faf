"""Search engines' highlighted snippets as a results page shows them.

safe_snippet keeps only the <mark> tags of a snippet; text_lang says which language harvested
text is in, for its lang attribute. gloss_in shows a definition (what software
like a result does: search/definitions.py) in the page's language.

A search engine marks the definition text its words matched: for a Welsh question that is often the
English text (the question's words were also searched for in English). Every definition is written
in both languages, so the results page shows the text in the page's own language, marking the
question's words where they appear in it.
"""

from __future__ import annotations

import nh3
from markupsafe import Markup

from catalogue.welsh import text_language
from search.definitions import load_definitions
from search.embedded.highlight import SNIPPET_CHARS, Highlighter
from search.querytext import STOPWORDS, words

ELLIPSIS = "…"


def safe_snippet(snippet: str | None) -> Markup:
    """A search engine's highlighted snippet, keeping only its <mark> tags."""
    return Markup(nh3.clean(snippet or "", tags={"mark"}, attributes={}))  # noqa: S704 - cleaned


def text_lang(text: str | None) -> str:
    """The lang attribute of harvested text: 'en' unless it surely reads as Welsh.

    Text too short to tell ("A", "Data") is taken as English, as nearly all harvested text is.
    """
    return text_language(text) or "en"


def gloss_in(snippet: str | None, locale: str, question: str = "") -> tuple[Markup, str]:
    """(the definition to show, its language): the engine's marked snippet where it is in the
    page's language or is no known definition; else the same definition in the page's language,
    the question's words marked."""
    # striptags unescapes too; the text is only read here, never output.
    plain = Markup(snippet or "").striptags().strip(ELLIPSIS + " ")  # noqa: S704
    found = load_definitions().holding(plain)
    if found is None:
        return safe_snippet(snippet), text_lang(plain)
    entry, lang = found
    text = entry.cy if locale == "cy" else entry.en
    if lang == locale or not text:
        return safe_snippet(snippet), lang
    marks = set(words(question)) - STOPWORDS
    marked = Highlighter(marks).mark(text, SNIPPET_CHARS["glosses"]) if marks else None
    return (safe_snippet(marked) if marked else Markup.escape(text)), locale
