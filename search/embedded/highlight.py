"""Marking where a query's words matched in a document's text."""

from __future__ import annotations

import html
from collections.abc import Sequence

from search.definitions import load_definitions
from search.querytext import STOPWORDS, WORD, fold, spans, words

HIGHLIGHT_FIELDS = ("name", "description", "description_cy", "topics")
# Looked at only where none of those matched: the README, and what the component's technical terms
# mean (search/definitions.py: the docs table holds their keys; the first that matched is shown).
EXTRA_COLUMNS = ("readme", "definitions")
SNIPPET_CHARS = {"description": 240, "description_cy": 240, "readme": 200, "glosses": 240}


def _cut(text: str, chars: int = SNIPPET_CHARS["glosses"]) -> str:
    """The text's first `chars` characters or so, ending at a word's end ('…' where cut)."""
    if len(text) <= chars:
        return text
    end = text.rfind(" ", 0, chars)
    return text[: end if end > 0 else chars] + "…"


class Highlighter:
    """Marks matched words in a document's text: HTML-escaped, with <mark> around each match."""

    def __init__(self, marks: set[str]) -> None:
        self.marks = marks
        # The marks that say something: a text is marked only where one of them matched.
        self.telling = marks - STOPWORDS

    def hit(self, texts: dict[str, str]) -> dict[str, str]:
        """The highlighted text of each field where a query word matched."""
        found: dict[str, str] = {}
        if self.marks:
            for field, text in texts.items():
                marked = self.mark(text, SNIPPET_CHARS.get(field)) if text else None
                if marked:
                    found[field] = marked
        return found

    def besides(self, texts: dict[str, str], likely: Sequence[str] = ()) -> dict[str, str]:
        """Highlights of EXTRA_COLUMNS: the README's, and the first definition that matched; else,
        unmarked, the first definition one of whose other terms matched ('sign in' for a component
        that says 'authentication'), else the first of the `likely` definitions
        (search.paraphrase: Paraphrases.likely) it carries, whose needs it was found by."""
        found = self.hit({"readme": texts.get("readme") or ""})
        keys = (texts.get("definitions") or "").split("\n")
        # A definition is shown for a word that says something, not for 'to' or 'the' alone
        # (mark() marks a text only where one matched).
        definitions = load_definitions()
        for gloss in definitions.glosses_of(keys) if self.telling else ():
            marked = self.mark(gloss, SNIPPET_CHARS["glosses"])
            if marked:
                found["glosses"] = marked
                return found
        carried = [key for key in keys if key in definitions.by_key]
        termed = [
            key
            for key in carried
            if any(self.telling.intersection(words(t)) for t in definitions.by_key[key].kind_terms)
        ]
        for key in (*termed[:1], *likely):
            if key in carried:
                found["glosses"] = html.escape(_cut(definitions.by_key[key].en))
                break
        return found

    def mark(self, text: str, window: int | None = None) -> str | None:
        """The text (or a window of it around the first match) with matches marked; None where
        only stop words matched ('in' of 'sign in'), unless the question is only stop words."""
        folded = fold(text)
        same = len(folded) == len(text)  # one folded character per character, else ligatures
        telling = self.telling or self.marks
        if same:  # split the folded text, lazily: a README window needs only the first match
            found = (m.span() for m in WORD.finditer(folded) if m.group() in telling)
        else:  # fold word by word
            found = ((start, end) for start, end, word in spans(text) if word in telling)
        first = next(found, None)
        if first is None:
            return None
        start, end = 0, len(text)
        if window and len(text) > window:
            start = max(0, first[0] - window // 4)
            start = text.rfind(" ", 0, start) + 1 if start else 0
            end = min(len(text), start + window)
            cut = text.find(" ", end)
            end = len(text) if cut == -1 else cut
        if same:  # the window starts after a space and ends at one: whole words only
            matches = [
                m.span() for m in WORD.finditer(folded, start, end) if m.group() in self.marks
            ]
        else:  # every word marked, stop words too, once a telling word matched
            matches = [(start_, end_) for start_, end_, word in spans(text) if word in self.marks]
        pieces = ["…"] if start else []
        position = start
        for match_start, match_end in matches:
            if match_start < start or match_end > end:
                continue
            pieces.append(html.escape(text[position:match_start]))
            pieces.append("<mark>" + html.escape(text[match_start:match_end]) + "</mark>")
            position = match_end
        pieces.append(html.escape(text[position:end]))
        if end < len(text):
            pieces.append("…")
        return "".join(pieces)
