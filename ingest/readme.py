"""README Markdown to plain text and to sanitised HTML; harvested text is untrusted."""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin, urlsplit

import nh3
from markdown_it import MarkdownIt

from catalogue.allowed_html import ALLOWED_ATTRIBUTES, ALLOWED_TAGS

README_LIMIT = 100_000


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "linkify": False}).enable("table")
    md.enable("strikethrough")

    # Images would load third-party content into our pages (privacy, CSP): show their alt text.
    def render_image(renderer, tokens, idx, options, env):
        alt = tokens[idx].content or ""
        return html.escape(alt)

    md.add_render_rule("image", render_image)
    return md


_MD = _markdown()


def _absolute(base: str | None):
    def rewrite(element: str, attribute: str, value: str) -> str | None:
        if element == "a" and attribute == "href":
            if value.startswith("#"):
                return None  # in-page anchors of the README don't exist on our page
            if base and not urlsplit(value).scheme:
                return urljoin(base, value)
            if urlsplit(value).scheme not in ("http", "https", "mailto"):
                return None
        return value

    return rewrite


def readme_html(markdown: str | None, base_url: str | None = None) -> str | None:
    """Render README Markdown to HTML that keeps only safe tags, attributes and URL schemes."""
    if not markdown:
        return None
    rendered = _MD.render(markdown[:README_LIMIT])
    return nh3.clean(
        rendered,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow ugc",
        attribute_filter=_absolute(base_url),
        strip_comments=True,
    )


# Sections that say under what terms the code comes, not what it does: in search text their
# words ('Crown Copyright (Office for National Statistics)') would make every component of a body
# match its name.
# Only headings that are nothing else: '# license-checker' names a tool.
_TERM = r"(licen[cs]es?|licensing|copyright|trwydded(au)?|hawlfraint)"
TERMS_HEADING = re.compile(rf"\W*{_TERM}(\s*(and|&|/|a|ac)\s*{_TERM})*\W*", re.IGNORECASE)


def _without_terms(markdown: str) -> str:
    """The Markdown without its licence and copyright sections (each up to the next heading of
    the same or a higher level)."""
    # Lines as markdown-it counts them: only '\n', '\r\n' and '\r' end one ('\u2028' does not).
    markdown = re.sub(r"\r\n?", "\n", markdown)
    tokens = _MD.parse(markdown)
    lines = markdown.split("\n")
    dropped: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or token.level != 0 or not token.map:
            continue
        if not TERMS_HEADING.fullmatch(tokens[index + 1].content):
            continue
        end = len(lines)
        for later in tokens[index + 1 :]:
            if later.type == "heading_open" and later.level == 0 and later.tag <= token.tag:
                end = later.map[0] if later.map else end
                break
        dropped.append((token.map[0], end))
    if not dropped:
        return markdown
    keep = [True] * len(lines)
    for start, end in dropped:
        keep[start:end] = [False] * (end - start)
    return "\n".join(line for line, kept in zip(lines, keep, strict=True) if kept)


def readme_text(markdown: str | None) -> str | None:
    """The README as plain text for search and similarity: markup removed, paragraphs kept on
    their own lines, licence and copyright sections left out."""
    if not markdown:
        return None
    rendered = _MD.render(_without_terms(markdown[:README_LIMIT]))
    text = html.unescape(nh3.clean(rendered, tags=set(), strip_comments=True))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    collapsed = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return collapsed or None
