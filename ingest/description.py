"""Choose a one-sentence description from a README, for repositories that give none themselves.

READMEs open with titles, badges, install steps, notes about the README and tooling boilerplate
as often as with a sentence saying what the code is. The catalogue shows the chosen sentence on
every result list as if the owners had written it for that purpose, so a sentence that is not a
description is worse than none: the pages then say 'No description', which is true.

The rules look at document structure here and at the shape and words of sentences in
description_rules (English and Welsh), never at repository names.
"""

from __future__ import annotations

from markdown_it import MarkdownIt

import ingest.description_words as vocab
from ingest.description_rules import (
    junk_reason,
    repeats_name,
    says_what_it_is,
    sentences,
    shorten,
    without_trailing_colon,
    words_of,
)
from ingest.readme import README_LIMIT

_MD = MarkdownIt("commonmark", {"html": True})

# A description sits near the top; a sentence found after this many paragraphs is not one.
PARAGRAPH_LIMIT = 40
# Further down, a sentence must also have the shape of a description ('X is a ...', 'Provides ...').
EARLY_PARAGRAPHS = 3


def readme_description(markdown: str | None, name: str = "") -> str | None:
    """The README's first sentence that says what the code is or does, or None if none does."""
    if not markdown:
        return None
    for early, paragraph in _candidate_paragraphs(markdown[:README_LIMIT], name):
        for sentence in sentences(paragraph):
            sentence = without_trailing_colon(sentence.strip("` "))
            if junk_reason(sentence, name) is None and (early or says_what_it_is(sentence)):
                return shorten(sentence)
    return None


def _candidate_paragraphs(markdown: str, name: str):
    """Paragraphs as plain text, each with whether any sentence of it may serve (near the top,
    not in a list) or only one shaped like a description. Badge rows, links standing alone,
    quoted notes and sections about installing, running or licensing are left out."""
    tokens = _MD.parse(markdown, {})
    headings: list[tuple[int, str]] = []  # (level, text) of the enclosing headings
    quotes = lists = 0
    seen = 0
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.level == 0:
            level = int(token.tag[1:])
            headings = [(lv, text) for lv, text in headings if lv < level]
            headings.append((level, _plain(tokens[index + 1])))
        quotes += {"blockquote_open": 1, "blockquote_close": -1}.get(token.type, 0)
        lists += _LIST_DEPTH.get(token.type, 0)
        if token.type != "paragraph_open" or quotes:
            continue
        inline = tokens[index + 1]
        if _is_badge_row(inline) or _is_link_alone(inline) or _is_bold_alone(inline):
            continue
        if not lists:
            seen += 1
        if seen > PARAGRAPH_LIMIT:
            return
        # A level-one heading is the title, whatever words it starts with ('Docker META-SHARE').
        if any(lv > 1 and _is_operational(text, name) for lv, text in headings):
            continue
        text = _plain(inline)
        if text and not _is_mostly_code(inline, text):
            yield not lists and seen <= EARLY_PARAGRAPHS, text


_LIST_DEPTH = {
    "bullet_list_open": 1,
    "ordered_list_open": 1,
    "bullet_list_close": -1,
    "ordered_list_close": -1,
}


def _is_mostly_code(inline, text: str) -> bool:
    """Mostly inline code, a code fence written wrongly, or numbers: commands or example output."""
    code = sum(len(c.content) for c in inline.children or [] if c.type == "code_inline")
    if code * 2 > len(text) or text.startswith("``"):
        return True
    # Long numbers (scores, identifiers) mark example output or data, not prose.
    return any(sum(c.isdigit() for c in token) >= 8 for token in text.split())


def _is_bold_alone(inline) -> bool:
    """A paragraph in bold and nothing else: a label or a heading in disguise ('**Code state**')."""
    children = [c for c in inline.children or [] if c.type != "text" or c.content.strip()]
    return (
        len(children) >= 2
        and children[0].type == "strong_open"
        and children[-1].type == "strong_close"
        and not any(c.type == "strong_open" for c in children[1:])
    )


def _is_link_alone(inline) -> bool:
    """A paragraph that is one link and nothing else: navigation ('English version', 'Download')."""
    children = [c for c in inline.children or [] if c.type != "text" or c.content.strip(" ()>|")]
    return (
        len(children) >= 2
        and children[0].type == "link_open"
        and children[-1].type == "link_close"
        and not any(c.type == "link_open" for c in children[1:])
    )


def _plain(inline) -> str:
    """The inline token's text without markup; images (badges, logos) are left out."""
    parts = []
    for child in inline.children or []:
        if child.type == "image":
            continue
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or (
            child.type == "html_inline" and child.content.lower().startswith("<br")
        ):
            parts.append(" ")
    return " ".join("".join(parts).split())


def _is_badge_row(inline) -> bool:
    """Only images, links around them, inline HTML and spaces: a row of badges or logos."""
    for child in inline.children or []:
        if child.type in ("image", "link_open", "link_close", "softbreak", "hardbreak"):
            continue
        if child.type == "html_inline":
            continue
        if child.type == "text" and not child.content.strip(" |·-"):
            continue
        return False
    return True


def _is_operational(heading: str, name: str) -> bool:
    words = words_of(heading)
    if not words or repeats_name(words, name):
        return False
    return " ".join(words).startswith(vocab.OPERATIONAL_HEADINGS)
