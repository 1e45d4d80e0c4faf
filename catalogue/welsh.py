"""Telling whether text or a repository works in Welsh (pure functions).

'Works in Welsh' means the software supports the language: it has Welsh locale files or strings,
sets up i18n with 'cy', offers a Welsh interface or a Welsh version of a bilingual service, or
processes Welsh (speech, text, spelling). Documentation in Welsh is a weaker, separate kind of
evidence: a README_cy.md or a Welsh half of the README shows that its makers write for Welsh
readers, not that the software speaks Welsh, so on its own it never makes the filter say Yes
(Public-Health-Wales/phwcookiecutter has a README_cy.md and makes English-only Python projects).
It is listed beside support that other evidence shows, and welsh_documentation() gives it alone.
A README or description that leads in Welsh does count as support: a project written first in
Welsh is made for Welsh speakers, and in the harvested data every such one is Welsh-language work.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

_WORD = re.compile(r"[a-zA-ZâêîôûŵŷÂÊÎÔÛŴŶäëïöüÿ’']+")
# 'welsh' alone in a path names Welsh data as often as Welsh language ('welsh_net_zero').
_LOCALE_FILE = re.compile(r"(^|[/_.\-])(cy|cy[-_]gb|cym|cymraeg)([/_.\-]|$)", re.IGNORECASE)
# A Welsh README_cy.md is documentation for people, not a locale file the software reads.
_DOCUMENT = re.compile(r"\.(md|markdown|rst|adoc)$", re.IGNORECASE)


# lingua's confidence that a text is Welsh, against English. Between the two bounds it cannot
# tell: a lone "A", "No", "Data" or "Welsh" scores 0.5 to 0.7 for Welsh, so a 0.5 cut read them
# as Welsh. Real descriptions in the bundled data score above 0.9 or below 0.4.
_WELSH_FROM = 0.75
_ENGLISH_UP_TO = 0.25
# Fewer letters than this say nothing about the language ("Y", "Ie", "A").
_MIN_LETTERS = 3


@functools.cache
def _detector():
    """lingua's English/Welsh detector, built once (only these two languages' models load)."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.WELSH).build()


@functools.lru_cache(maxsize=4096)
def _welsh_confidence(text: str) -> float:
    from lingua import Language

    return _detector().compute_language_confidence(text, Language.WELSH)


def welsh_share(text: str | None, limit: int = 1000) -> float:
    """How surely the text is Welsh rather than English (0..1), by lingua's detector."""
    if not text or not _WORD.search(text):
        return 0.0
    return _welsh_confidence(text[:limit])


def text_language(text: str | None) -> str | None:
    """'cy' or 'en' for harvested text, or None when it is too short or too close to tell.

    The one detector every caller uses (lang attributes, Welsh descriptions, Welsh support).
    """
    if sum(len(word) for word in _WORD.findall(text or "")) < _MIN_LETTERS:
        return None
    share = welsh_share(text)
    if share >= _WELSH_FROM:
        return "cy"
    if share <= _ENGLISH_UP_TO:
        return "en"
    return None


def is_welsh_text(text: str | None) -> bool:
    """Whether the text surely reads as Welsh (or leads in Welsh, as bilingual descriptions do)."""
    return text_language(text) == "cy"


# README wording that says the component itself works in Welsh (not merely that a Welsh body made
# it): bilingual interfaces, Welsh translations or content, locale codes set to 'cy'.
# 'Welsh-language' counts only before what the component handles ('Welsh-language texts', 'Welsh
# language speech recognition') or as its subject ('for the Welsh language'): 'Welsh-language
# guidance' or 'Welsh language policy' is about a duty, not a feature.
_HANDLED = (
    r"(?:texts?|speech|voices?|models?|packs?|packages?|support|interface|version|content|"
    r"transcriber|recogni[sz]ers?|recognition|servers?|assistant|apps?|tools?|technolog(?:y|ies)|"
    r"corpus|corpora|data|names|words|spell(?:ing|checker)?|translations?|tagg(?:ing|er)|parser|"
    r"chatbot|site|website|pages|keyboard)"
)
_SUPPORT_PHRASES = re.compile(
    r"\bbilingual\b|\bdwyieithog\b"
    r"|\b(?:english|saesneg)\s*(?:/|and|&|a|or)\s*(?:welsh|cymraeg)\b"
    r"|\b(?:welsh|cymraeg)\s*(?:/|and|&|a|or)\s*(?:english|saesneg)\b"
    rf"|\bwelsh[- ]language[ \t]+(?:[^\s]*[^\s.!?;:,][ \t]+){{0,2}}?{_HANDLED}\b"
    r"|\b(?:for|in|into|of)\s+the\s+welsh\s+language\b"
    r"|\bwelsh\s+(?:\([^)]{0,40}\)\s+)?"
    r"(?:translations?|version|interface|content|locale|speech|text|voices?|words?|sentences?)\b"
    # 'funded by/from Welsh Government', 'reports to Welsh health boards': bodies, not language.
    r"|\b(?:in|into|to|from)\s+welsh\b(?!\s+(?:government|gov|ministers?|parliament|assembly|"
    r"health|nhs|local|councils?|public|water|ambulance|police|universit|schools?|language\s+comm))",
    re.IGNORECASE,
)
# Bilingual service configuration: a setting or field with a Welsh twin ('EPETITIONS_HOST_CY',
# 'url_cy', 'title_cy'), a 'cy:' locale key, 'LOCALE=cy' or a command-line switch for the Welsh
# version ('--welsh': a data grabber that fetches the Welsh-language tables). File names
# ('anonymize_cy.py') are locale files, read from the file list instead.
_WELSH_SETTING = re.compile(
    r"(?<![\w.-])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*_cy\b(?![.-]\w)"
    r"|^\s*[\"']?cy[\"']?\s*:\s|\blocale\s*[:=]\s*[\"']?cy\b"
    r"|(?<![\w-])--(?:welsh|cymraeg|cy)\b(?!-)",
    re.IGNORECASE | re.MULTILINE,
)
# A repository named for Welsh ('docker-kaldi-cy', 'hacio-deepspeech-cymraeg') is a Welsh version
# of something; 'welsh' alone names Welsh data as often ('welsh_net_zero'), so it counts only beside
# words for language work in the name or root files ('welsh-lts' with enumeratePhones.py).
_NAME_TOKEN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_WELSH_IN_NAME = {"cy", "cymraeg", "cymreig", "cymreigio"}
_LANGUAGE_WORK = {
    "lts",
    "g2p",
    "tts",
    "stt",
    "asr",
    "nlp",
    "speech",
    "phone",
    "phones",
    "phoneme",
    "phonemes",
    "lexicon",
    "corpus",
    "corpora",
    "stoplist",
    "spell",
    "spelling",
    "tagger",
    "tokeniser",
    "tokenizer",
    "lemmatiser",
    "lemmatizer",
    "whisper",
    "whisperx",
    "voice",
    "translation",
    "translations",
    "transcription",
    "llef",
    "lleferydd",
    "geiriadur",
    "dictionary",
    "words",
}
# README paragraphs (Markdown or the plain text stored from it) are read for Welsh; code blocks
# are not prose.
_SECTION_BREAK = re.compile(r"\n\s*\n|^\s{0,3}#{1,6}\s", re.MULTILINE)
_CODE_BLOCK = re.compile(r"```.*?(?:```|$)", re.DOTALL)
_MIN_SECTION_WORDS = 15
_BILINGUAL_SHARE = 0.25
MAX_SECTIONS = 40

_LOCALE_CODE = re.compile(
    r"""["'`](?:cy|cy[-_]GB)["'`]|[/_-]cy\.(?:po|json|ya?ml|properties)\b|\b(?:locales?|translations?|i18n|lang)/(?:[\w-]+/)?cy\b""",
    re.IGNORECASE,
)


# What marks a mention of Welsh as a plan or a lack rather than a feature: a roadmap or to-do
# section, a hedge in the same clause ('Welsh translation. Might have to…'), an unticked task box,
# or a negation just before it ('no Welsh version').
_PLAN_HEADING = re.compile(
    r"(?:\d+\.\s*)?(?:roadmap|to[- ]?dos?(?: list)?|future(?: work| plans| development| improvements|"
    r" features| enhancements)?|planned(?: features| work| changes)?|plans|next steps|coming soon|"
    r"upcoming(?: features| work)?|wish ?list|ideas|backlog|known (?:issues|limitations)|"
    r"limitations|what'?s next|work in progress)\s*:?",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    # Not 'may': 'users may switch between English and Welsh' is a feature.
    r"\b(?:might|could|maybe|perhaps|plan(?:s|ning)? to|planned|intend(?:s|ed)?|todo|to[- ]do|tbc|tbd|"
    r"coming soon|in (?:the )?future|eventually|hope to|would like|wip|work in progress|"
    r"(?:will|to) be (?:added|translated|supported|implemented))\b|\[ \]",
    re.IGNORECASE,
)
# Said just after the mention: 'Welsh translations are not yet available'.
_LACK_AFTER = re.compile(
    r"\W*(?:\w+\W+){0,3}?(?:not yet|missing|incomplete|pending|to follow|coming)\b", re.IGNORECASE
)
_NEGATION = re.compile(r"\b(?:not|no|nor|without|never|lacks?|cannot|can't|isn't|aren't|doesn't)\b")
# Clauses end at sentence ends, line ends, semicolons, dashes and ', but'.
_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|\n|[;—–]|,\s+(?:but|although|though|except)\b")
_MARKUP = re.compile(r"^[\s#*_>\-]+|[\s*_]+$")


def _plan_sections(text: str) -> list[tuple[int, int]]:
    """Where roadmap and to-do sections lie: from such a heading to the next heading.

    A heading is a Markdown '#' line or, in plain text, a short line between blank lines without
    closing punctuation. The first line under a plan heading is its content whatever it looks like.
    """
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)

    def blank(index: int) -> bool:
        return not 0 <= index < len(lines) or not lines[index].strip()

    headings: list[tuple[int, str]] = []
    for index, raw in enumerate(lines):
        words = _MARKUP.sub("", raw)
        short = 0 < len(words.split()) <= 6 and not re.search(r"[.,;!?)]$", words)
        if re.match(r"\s*#{1,6}\s", raw) or (short and blank(index - 1) and blank(index + 1)):
            headings.append((index, words))
    sections = []
    starts = [index for index, _ in headings]
    for index, words in headings:
        if not _PLAN_HEADING.fullmatch(words):
            continue
        content = next((i for i in range(index + 1, len(lines)) if not blank(i)), len(lines))
        later = bisect.bisect_right(starts, content)  # the first heading after the content
        sections.append(
            (offsets[index], offsets[starts[later]] if later < len(starts) else len(text))
        )
    return sections


# A clause is looked for this far either side of a mention: reading from the start of a long
# README for every mention made harvested text quadratic (90 KB of mentions took 27 s).
CLAUSE_REACH = 600
# Mentions read, at most, for one kind of evidence: a README that mentions Welsh this often and
# never states support is not made to cost more.
MAX_MENTIONS = 50


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    floor = max(0, start - CLAUSE_REACH)
    before = [m.end() for m in _CLAUSE_END.finditer(text, floor, start)]
    after = _CLAUSE_END.search(text, end, end + CLAUSE_REACH)
    return (before[-1] if before else floor), (
        after.start() if after else min(len(text), end + CLAUSE_REACH)
    )


def _stated(text: str, match: re.Match[str], sections: list[tuple[int, int]]) -> bool:
    """Whether a mention of Welsh states support, rather than planning or denying it."""
    if any(begin <= match.start() < end for begin, end in sections):
        return False
    begin, end = _clause(text, match.start(), match.end())
    window = text[begin:end]
    if len(window.split()) - len(match.group(0).split()) <= 2:
        # A bare item ('Welsh translation.') is explained by the sentence after it.
        following = _clause(text, end + 1, end + 1)[1] if end < len(text) else end
        window = text[begin:following]
    if _HEDGE.search(window) or _LACK_AFTER.match(text, match.end(), end):
        return False
    lead = text[begin : match.start()].split()[-4:]
    return not _NEGATION.search(" ".join(lead).lower())


def _first_stated(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    sections = _plan_sections(text)
    mentions = itertools.islice(pattern.finditer(text), MAX_MENTIONS)
    return next((m for m in mentions if _stated(text, m, sections)), None)


def _name_tokens(name: str) -> list[str]:
    return [token.lower() for token in _NAME_TOKEN.findall(name or "")]


def _welsh_name(name: str, files: list[str]) -> str | None:
    """The repository's name when it says the component is a Welsh version or does Welsh work."""
    tokens = _name_tokens(name)
    if _WELSH_IN_NAME & set(tokens):
        return name
    if "welsh" in tokens:
        files_tokens = {t for path in files for t in _name_tokens(path.rsplit("/", 1)[-1])}
        if _LANGUAGE_WORK & (set(tokens) | files_tokens):
            return name
    return None


def _bilingual_readme(readme: str) -> bool:
    """Whether the README is written in both languages, each a quarter of its prose or more.

    A Welsh example sentence in an English README (ch-node-utils) is not a Welsh version of it.
    """
    prose = _CODE_BLOCK.sub("\n", readme)
    words = {"cy": 0, "en": 0}
    for section in _SECTION_BREAK.split(prose)[:MAX_SECTIONS]:
        count = len(section.split())
        if count >= _MIN_SECTION_WORDS and (language := text_language(section)):
            words[language] += count
    total = words["cy"] + words["en"]
    return bool(total) and min(words.values()) >= total * _BILINGUAL_SHARE


def welsh_documentation(files: list[str], readme: str | None) -> list[tuple[str, str]]:
    """Evidence of documentation in Welsh (Welsh README files, a README half in Welsh).

    Documentation is not support: see the module docstring.
    """
    welsh_files = sorted(path for path in files if _LOCALE_FILE.search(path))
    documents = [path for path in welsh_files if _DOCUMENT.search(path)]
    if not documents and readme and _bilingual_readme(readme):
        documents = ["README"]
    return [("welsh_docs", ", ".join(documents[:3]))] if documents else []


def welsh_evidence(
    publiccode: dict | None,
    files: list[str],
    readme: str | None,
    description: str | None,
    name: str = "",
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(support, documentation): the evidence that a component works in Welsh, and that it is
    documented in Welsh (welsh_documentation), each as (kind, detail) pairs; empty: none.

    Working in Welsh means the component supports the language: publiccode.yml lists it
    ('publiccode'), Welsh locale files ('locale_files') or 'cy' locale codes ('locale_code'),
    settings or fields for the Welsh side of a bilingual service ('welsh_settings': 'url_cy'),
    README or description wording about a bilingual or Welsh interface ('phrase'), a name that
    says it is a Welsh version or does Welsh language work ('welsh_name'), or Welsh-language
    work (its description or README led in Welsh: 'welsh_description', 'welsh_readme'). A Welsh
    body's name ('Welsh Government') is not evidence, nor is a plan ('Roadmap: Welsh
    translation').
    """
    return _support(publiccode, files, readme, description, name), welsh_documentation(
        files, readme
    )


def _support(
    publiccode: dict | None,
    files: list[str],
    readme: str | None,
    description: str | None,
    name: str,
) -> list[tuple[str, str]]:
    evidence: list[tuple[str, str]] = []
    if publiccode:
        languages = (publiccode.get("localisation") or {}).get("availableLanguages") or []
        if any(str(lang).lower().startswith("cy") for lang in languages):
            evidence.append(("publiccode", ""))
    welsh_files = sorted(path for path in files if _LOCALE_FILE.search(path))
    locale_files = [path for path in welsh_files if not _DOCUMENT.search(path)]
    if locale_files:
        evidence.append(("locale_files", ", ".join(locale_files[:3])))
    text = readme or ""
    code = _first_stated(_LOCALE_CODE, text)
    if code:
        evidence.append(("locale_code", code.group(0).strip("\"'`")))
    if setting := _first_stated(_WELSH_SETTING, text):
        evidence.append(("welsh_settings", setting.group(0).strip(" \t\n\"':=")))
    phrase = _first_stated(_SUPPORT_PHRASES, text) or _first_stated(
        _SUPPORT_PHRASES, description or ""
    )
    if phrase:
        evidence.append(("phrase", phrase.group(0)))
    if welsh_name := _welsh_name(name, files):
        evidence.append(("welsh_name", welsh_name))
    if is_welsh_text(description):
        evidence.append(("welsh_description", ""))
    elif is_welsh_text(text[:1000]):
        evidence.append(("welsh_readme", ""))
    return evidence


def welsh_support(
    publiccode: dict | None,
    files: list[str],
    readme: str | None,
    description: str | None,
    name: str = "",
) -> list[tuple[str, str]]:
    """The evidence that a component works in Welsh (see welsh_evidence), with its Welsh
    documentation ('welsh_docs') listed after it when there is any, never on its own."""
    support = _support(publiccode, files, readme, description, name)
    return support + welsh_documentation(files, readme) if support else []


def works_in_welsh(
    publiccode: dict | None,
    files: list[str],
    readme: str | None,
    description: str | None,
    name: str = "",
) -> bool:
    """Whether a component supports Welsh, as far as its metadata shows (see welsh_evidence);
    documentation is not read, as it never decides."""
    return bool(_support(publiccode, files, readme, description, name))


# Radical initial -> (soft, aspirate) form; digraphs first so 'll' is not read as 'l'.
_SOFT_ASPIRATE = (
    ("ll", "l", "ll"),
    ("rh", "r", "rh"),
    ("ch", "ch", "ch"),
    ("ph", "ph", "ph"),
    ("th", "th", "th"),
    ("dd", "dd", "dd"),
    ("ff", "ff", "ff"),
    ("p", "b", "ph"),
    ("t", "d", "th"),
    ("c", "g", "ch"),
    ("b", "f", "b"),
    ("d", "dd", "d"),
    ("g", "", "g"),
    ("m", "f", "m"),
)


def _mutate(word: str, which: int) -> str:
    for radical, *forms in _SOFT_ASPIRATE:
        if word.lower().startswith(radical):
            initial = forms[which]
            if word[:1].isupper():
                initial = initial[:1].upper() + initial[1:]
                return initial + word[len(radical) :] if initial else word[1:2].upper() + word[2:]
            return initial + word[len(radical) :]
    return word


def soft_mutation(word: str) -> str:
    """The word after a soft mutation: cydran -> gydran, Llywodraeth -> Lywodraeth."""
    return _mutate(word, 0)


def aspirate_mutation(word: str) -> str:
    """The word after an aspirate mutation: cydran -> chydran, Llywodraeth unchanged."""
    return _mutate(word, 1)


def after_numeral(noun: str, number: int, feminine: bool) -> str:
    """A singular noun's form after a number: dwy gydran, tair cydran, chwe chydran, tri phecyn."""
    if number == 2 or (number == 1 and feminine):
        return soft_mutation(noun)
    if number == 6 or (number == 3 and not feminine):
        return aspirate_mutation(noun)
    return noun
