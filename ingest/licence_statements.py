"""The licence a README or description states, for repositories whose host found no licence file."""

# Conservative on purpose: a wrong licence is worse than none, because people would reuse code
# nobody let them reuse. A statement counts only when it grants this repository a licence: in a
# licence section ('## Licence'), in a sentence whose subject is the repository ('This project is
# licensed under …', 'The gem is available … under the terms of …'), in a label ('Licence: MIT')
# or in a licence badge. A licence of something it uses, 'see LICENSE', a negation, or two
# licences for the same thing read as nothing. When the text gives the code and its content
# different licences, the code's wins; a content licence alone is recorded as what it is.

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from markdown_it import MarkdownIt

from catalogue.licences import spdx_id
from ingest.readme import TERMS_HEADING

README_LIMIT = 100_000

_MD = MarkdownIt("commonmark", {"html": True}).enable("table")

# Licence names as people write them -> the SPDX-shaped id passed to catalogue.licences.spdx_id.
# A name whose version is unknown ('GPL', 'CC BY') is left out: guessing the version would be
# guessing the licence. Longer names come first so 'LGPL' is not read as 'GPL'.
_V = r"(?:\s*[-_]?\s*(?:v|ver\.?|version)?\s*)"
_NAMES: tuple[tuple[str, str], ...] = (
    (r"(?:GNU\s+)?(?:Affero\s+General\s+Public\s+Licen[cs]e|AGPL)" + _V + r"3(?:\.0)?", "AGPL-3.0"),
    (r"(?:GNU\s+)?(?:Lesser\s+General\s+Public\s+Licen[cs]e|LGPL)" + _V + r"3(?:\.0)?", "LGPL-3.0"),
    (r"(?:GNU\s+)?(?:Lesser\s+General\s+Public\s+Licen[cs]e|LGPL)" + _V + r"2\.1", "LGPL-2.1"),
    (r"(?:GNU\s+)?(?:General\s+Public\s+Licen[cs]e|GPL)" + _V + r"([23])(?:\.0)?", "GPL-{0}.0"),
    (r"Apache(?:\s+Licen[cs]e)?,?" + _V + r"2(?:\.0)?", "Apache-2.0"),
    (r"Mozilla\s+Public\s+Licen[cs]e" + _V + r"2(?:\.0)?|MPL" + _V + r"2(?:\.0)?", "MPL-2.0"),
    (r"(?:European\s+Union\s+Public\s+Licen[cs]e|EUPL)" + _V + r"1\.2", "EUPL-1.2"),
    (r"Eclipse\s+Public\s+Licen[cs]e" + _V + r"2(?:\.0)?|EPL" + _V + r"2(?:\.0)?", "EPL-2.0"),
    (r"BSD[\s-]*([23])[\s-]*Clause", "BSD-{0}-Clause"),
    (r"CC0(?:[\s-]*1\.0)?|Creative\s+Commons\s+Zero(?:\s+v?1\.0)?", "CC0-1.0"),
    (
        r"(?:CC|Creative\s+Commons)[\s-]*(?:Attribution|BY)[\s-]*(?:ShareAlike|SA)"
        + _V
        + r"([34])\.0",
        "CC-BY-SA-{0}.0",
    ),
    (r"(?:CC|Creative\s+Commons)[\s-]*(?:Attribution|BY)" + _V + r"([34])\.0", "CC-BY-{0}.0"),
    (
        r"(?:Open\s+Government(?:\s+Licen[cs]e)?|OGL(?:[\s-]*UK)?)" + _V + r"3(?:\.0)?"
        r"|Open\s+Government\s+Licen[cs]e",
        "OGL-UK-3.0",
    ),
    (r"(?:The\s+)?Unlicen[cs]e", "Unlicense"),
    (r"MIT", "MIT"),
    (r"ISC", "ISC"),
)
_CASE_SENSITIVE = {"MIT", "ISC"}  # 'mit' is also a word (German 'with'); the ids are capitals
_PATTERNS = [
    re.compile(pattern if spdx in _CASE_SENSITIVE else f"(?i:{pattern})")
    for pattern, spdx in _NAMES
]
_NAME = re.compile(
    "|".join(f"(?<![\\w-])(?:{p.pattern})(?!\\w)(?!-(?!or-later\\b|only\\b)\\w)" for p in _PATTERNS)
)
_OR_LATER = re.compile(r"\s*(?:\+|-or-later\b|or\s+(?:any\s+)?later\b)", re.IGNORECASE)
_ONLY = re.compile(r"-only\b", re.IGNORECASE)

# Headings of a licence section are ingest.readme's TERMS_HEADING, the sections README search
# text leaves out.

_GRANT = re.compile(
    r"\b(licen[cs]ed|released|available|distributed|published|provided|offered|shared|"
    r"open[- ]sourced|rhyddhau|rhyddheir|rhyddhawyd|cyhoeddi|cyhoeddir|ar gael|trwyddedu|"
    r"trwyddedir|dosbarthu)\b[^.;:!?]{0,60}\b(under|dan)\b[^.;:!?]{0,30}$",
    re.IGNORECASE,
)
# Who the sentence is about: this repository (or nobody named: 'Licensed under …').
_SELF = re.compile(
    r"^\W*(?:(?:this|the|our)\s+(?:[\w-]+\s+){0,2}?(?:project|repository|repo|code|codebase|"
    r"software|library|gem|package|module|tool|app|application|service|source(?:\s+code)?|"
    r"work|template|plugin|component|website|site|api|sdk|model|corpus|dataset|data)\b|"
    r"this\b|it\b|(?:all\s+)?(?:source\s+)?code\b|licen[cs]ed\b|released\b|distributed\b|"
    r"available\b|mae\s+hwn\b|mae['’]r\s+(?:prosiect|cod|feddalwedd|ystorfa|llyfrgell|gwaith)\b|"
    r"dyma\b|rhyddheir\b|cyhoeddir\b)",
    re.IGNORECASE,
)
# Words saying the licence belongs to something else, or is not granted.
_ELSEWHERE = re.compile(
    r"\b(uses?|using|used|depends?|dependenc\w*|third[- ]party|based\s+on|built\s+(?:on|with)|"
    r"derived|fork(?:ed)?\s+(?:of|from)|includes?|including|contains?|bundles?|wraps?|"
    r"trained|sourced|from|provided\s+(?:by|to)|vendor\w*|except|not|no|never|"
    r"seiliedig|defnyddio|cynnwys|hyfforddi|deillio|nid|nac)\b",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"\W*(?P<label>licen[cs]e|licensing|trwydded|code|source\s+code|software|cod|meddalwedd|"
    r"content|documentation|docs|cynnwys|dogfennaeth)\s*[:–—=-]\s*(?:the\s+)?",
    re.IGNORECASE,
)
_CONTENT_WORDS = re.compile(
    r"\b(content|contents|documentation|docs|text|data|dataset|images?|cynnwys|dogfennaeth|"
    r"testun)\b",
    re.IGNORECASE,
)
_CODE_WORDS = re.compile(
    r"\b(code|codebase|source|software|library|gem|package|cod|meddalwedd)\b", re.IGNORECASE
)
_LICENCE_WORD = re.compile(r"^[\s\])*_]*(?:licen[cs]e|trwydded)?[\s\])*_.,]*", re.IGNORECASE)
_BARE_REST = re.compile(
    r"^\W*(?:(?:©|\(c\)).*|(?:copyright|hawlfraint|see|gweler)\b.*)?$", re.IGNORECASE
)
_PROPRIETARY = re.compile(r"\b(proprietary|confidential|perchnogol|cyfrinachol)\b", re.IGNORECASE)
# A grant that points at a file instead of naming a licence: 'released under [License](LICENSE)'.
_UNNAMED = re.compile(r"\b(licen[cs]e|trwydded)(\.md|\.txt)?\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BADGES = (
    # shields.io static badges: /badge/<label>-<message>-<colour>, '--' an escaped dash.
    re.compile(
        r"shields\.io/badge/licen[cs]e(?:%20|\s|_)*-((?:[^-/?)\s\]]|--)+)-[\w.]+", re.IGNORECASE
    ),
    re.compile(r"badgen\.net/badge/licen[cs]e/([^/)\s\]]+)/", re.IGNORECASE),
)


@dataclass(frozen=True, slots=True)
class StatedLicence:
    """A licence the repository's own text states: its SPDX id and where it is stated."""

    spdx: str
    source: str  # "readme" or "description"


@dataclass(frozen=True, slots=True)
class _Statement:
    spdx: str
    scope: str  # "code", "content" or "any"


def stated_licence(readme: str | None, description: str | None) -> StatedLicence | None:
    """The one licence the README (else the description) grants the repository, or None."""
    from_readme = _decide(_readme_statements(readme)) if readme else None
    from_description = _decide(_statements(description, in_terms=False)) if description else None
    if from_readme and from_description and from_readme != from_description:
        return None  # they disagree: nobody can tell which is meant
    if from_readme:
        return StatedLicence(from_readme, "readme")
    if from_description:
        return StatedLicence(from_description, "description")
    return None


def _decide(statements: list[_Statement] | None) -> str | None:
    """The licence the statements agree on: the code's (or unscoped) first, else the content's."""
    if not statements:
        return None
    main = {s.spdx for s in statements if s.scope != "content"}
    if main:
        # '' is a grant that names no licence ('released under [License](LICENSE)'): the code's
        # licence is in a file the host did not recognise, so a content licence must not stand in.
        return main.pop() if len(main) == 1 and "" not in main else None
    content = {s.spdx for s in statements}
    return content.pop() if len(content) == 1 else None


def _readme_statements(markdown: str) -> list[_Statement] | None:
    """Statements of the README, or None when its licence section says it is proprietary."""
    markdown = _COMMENT.sub("", markdown[:README_LIMIT])
    found = [_Statement(spdx, "any") for spdx in _badge_licences(markdown)]
    tokens = _MD.parse(markdown)
    in_terms = False
    in_table = False
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            in_terms = bool(TERMS_HEADING.fullmatch(tokens[index + 1].content))
        elif token.type in ("table_open", "table_close"):
            in_table = token.type == "table_open"
        elif token.type == "inline" and tokens[index - 1].type != "heading_open":
            text = _plain(token)
            if in_terms and _PROPRIETARY.search(text):
                return None
            if in_table:
                continue  # a table of licences is most often one of dependencies
            found += _statements(text, in_terms)
    return found


def _plain(inline) -> str:
    """An inline token's text: link text kept, images and markup dropped, line breaks kept."""
    parts = []
    for child in inline.children or []:
        if child.type == "image":
            continue
        if child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type in ("text", "code_inline"):
            parts.append(child.content)
    return "".join(parts)


def _badge_licences(markdown: str) -> list[str]:
    found = []
    for pattern in _BADGES:
        for match in pattern.finditer(markdown):
            message = unquote(match.group(1)).replace("--", "\0").replace("__", "\1")
            message = message.replace("_", " ").replace("\0", "-").replace("\1", "_")
            names = list(_names(message))
            if len(names) == 1 and not message[: names[0][1]].strip(" -"):
                found.append(names[0][0])
    return found


def _names(text: str):
    """(SPDX id, start, end) of each licence name in the text."""
    for match in _NAME.finditer(text):
        name = match.group()
        index, inner = next(
            (i, m) for i, p in enumerate(_PATTERNS) if (m := p.fullmatch(name)) is not None
        )
        spdx_shape = _NAMES[index][1].format(*[g for g in inner.groups() if g])
        end = match.end()
        later = _OR_LATER.match(text, end)
        if "GPL" in spdx_shape and later:
            spdx_shape, end = f"{spdx_shape}-or-later", later.end()
        elif "GPL" in spdx_shape and (only := _ONLY.match(text, end)):
            end = only.end()
        spdx = spdx_id(spdx_shape)
        if spdx:
            yield spdx, match.start(), end


def _statements(text: str | None, in_terms: bool) -> list[_Statement]:
    """Licence grants in one block of text; `in_terms` when it sits in a licence section."""
    if not text:
        return []
    found = []
    for line in text.split("\n"):
        found += _line_statements(line, in_terms)
    for sentence in _SENTENCE_END.split(" ".join(text.split("\n"))):
        found += _sentence_statements(sentence, in_terms)
    return found


def _line_statements(line: str, in_terms: bool) -> list[_Statement]:
    """'Licence: MIT', '**Code:** MIT, **Content:** OGL v3'; in a licence section, a bare 'MIT'."""
    found = []
    names = list(_names(line))
    previous_end = 0
    for spdx, start, end in names:
        clause = line[previous_end:start]
        previous_end = end
        label = _LABEL.fullmatch(clause.split(",")[-1]) if clause.strip() else None
        if label:
            word = label.group("label").lower()
            if not in_terms and not word.startswith(("licen", "trwydded")):
                continue
            scope = "content" if _CONTENT_WORDS.fullmatch(word) else "code"
            if word.startswith(("licen", "trwydded")):
                scope = "any"
            found.append(_Statement(spdx, scope))
        elif in_terms and len(names) == 1 and not line[:start].strip(" \t*_[(-•"):
            rest = _LICENCE_WORD.sub("", line[end:], count=1)
            if _BARE_REST.match(rest):
                found.append(_Statement(spdx, "any"))
    return found


def _sentence_statements(sentence: str, in_terms: bool) -> list[_Statement]:
    """'This project is licensed under the MIT licence'; in a licence section the subject may be
    anything of its own ('Template code released under …') but not something it uses."""
    names = list(_names(sentence))
    unnamed = _UNNAMED.search(sentence)
    if not names and unnamed and _is_grant(sentence[: unnamed.start()], in_terms):
        return [_Statement("", _scope(sentence[: unnamed.start()]))]
    found = []
    previous_end = 0
    for spdx, start, end in names:
        prefix = sentence[:start]
        clause = sentence[previous_end:start]
        previous_end = end
        if _is_grant(prefix, in_terms):
            found.append(_Statement(spdx, _scope(clause)))
    return found


def _is_grant(prefix: str, in_terms: bool) -> bool:
    """Whether the words before a licence grant it to this repository."""
    if not _GRANT.search(prefix) or _ELSEWHERE.search(prefix):
        return False
    return in_terms or bool(_SELF.match(prefix))


def _scope(clause: str) -> str:
    if _CODE_WORDS.search(clause):
        return "code"
    if _CONTENT_WORDS.search(clause):
        return "content"
    return "any"
