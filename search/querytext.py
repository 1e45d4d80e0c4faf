"""Reading what people type: folding, words, phrases, stop words, and glossary synonym groups."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Protocol

from search import sentences
from search.backend import (
    FILTER_FIELDS,
    MAX_PER_PAGE,
    MAX_QUERY_LENGTH,
    SORTS,
    InvalidQueryError,
    Query,
)

# Words beyond this many that are not stop words are ignored: they add cost and almost never
# change the top results. (Stop words do not count: a plain description of a need is mostly them.)
MAX_WORDS = 12
# ... and words beyond this many in all, stop words too: a thousand characters of 'the the …'
# would otherwise be read word by word (ten times slower than any real question).
MAX_ALL_WORDS = 32
# Deepest result either engine will page to (Meilisearch's pagination.maxTotalHits is set to it).
MAX_RESULT_WINDOW = 10_000

# Tokens are maximal runs of letters and digits, as SQLite FTS5's unicode61 tokenizer reads them.
WORD = re.compile(r"[^\W_]+")
_PHRASE = re.compile(r'"([^"]*)"')
_SYMBOL_NAMES = (
    (re.compile(r"(?<![^\W_])([cfj])#(?![^\W_])", re.I), r" \1sharp "),
    (re.compile(r"(?<![^\W_])c\+\+(?![^\W_])", re.I), " cpp "),
    (re.compile(r"\.net(?![^\W_])", re.I), " dotnet "),
)
# The Welsh article 'r after a word and an apostrophe ("i'r Gymraeg", "gyda'r"). The apostrophe
# comes first so the search skips to it (a look-behind first is tried at every character).
_ARTICLE = re.compile(r"['’](?<=[^\W_]['’])r(?![^\W_])")
# Combining marks left by NFKD decomposition ('ŵ' -> 'w' + U+0302), removed to fold diacritics.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

STOPWORDS = frozenset(
    # English
    "a an and are as at be by for from has have how i in is it its of on or that the this "
    "to was were what when where which who will with you your my our can do does"
    " something some any also into"
    # The ends of possessives and contractions, split off as words of their own ('organisation's',
    # 'we're', 'we've', 'we'll').
    " s re ve ll"
    # Words that frame a question rather than say what it is about ('is there anything for …',
    # 'does anyone have …'; 'oes unrhyw beth …', 'oes gan rywun …'): asked for, they match any README.
    " anything anyone anybody someone somebody there"
    # Welsh (function words that carry no topic; 'ar gyfer' and 'er mwyn' are 'for')
    " y yr ar ac o i yn ei eu am at gan gyda dan dros drwy mae sy sydd yw ydy hwn hon hyn"
    " fy dy ein eich nid na nad ond fel pan os neu gyfer cyfer er mwyn wrth heb hefyd wedi"
    " bod oes sut beth pa pwy rhywbeth rhyw rhai unrhyw rhywun rywun"
    " mewn ym yng efo hefo gydag chyda dw rwy rydw rydyn ydw ydyn n u w ch ol"
    # 'all' ('fy ngwasanaethau i gyd', 'holl dudalennau'): the dictionaries read 'gyd' as 'joint'.
    " holl gyd".split()
)


# Words that name any software rather than a job ('booking system', 'gwasanaeth archebu'): the
# other words of a question say which. Welsh as radicals (mutated forms: welsh.among).
GENERIC_WORDS = frozenset(
    "system systems service services app apps application applications platform platforms "
    "solution solutions software tool tools website websites online digital "
    "gwasanaeth gwasanaethau ap apiau rhaglen rhaglenni platfform platfformau meddalwedd "
    "offeryn gwefan gwefannau digidol library libraries package packages module modules "
    "framework frameworks llyfrgell llyfrgelloedd pecyn pecynnau fframwaith".split()
)


# The weight of a glossary term reached through another word of the typed word's stem ('crawl'
# -> 'crawler' -> 'ymlusgwr'): the glossary's own weight (Synonym.weight) times the embedded
# engine's weight for a derived form (DERIVED_WEIGHT).
DERIVED_SYNONYM = 0.56


class SynonymSource(Protocol):
    """What parsing asks of a glossary (search.glossary.Glossary is one); no import, no cycle."""

    longest: int

    def synonyms(self, term: tuple[str, ...]) -> list[tuple[str, ...]]: ...

    def known(self, word: str) -> bool:
        """Whether the folded word is a real word, so not to be corrected into another."""
        ...

    def contains(self, term: tuple[str, ...]) -> bool:
        """Whether the folded word sequence is a glossary term."""
        ...

    def english(self, term: tuple[str, ...]) -> list[str]:
        """The glossary's English for a Welsh term, as written ([] for a term English too)."""
        ...

    def english_only(self, word: str) -> bool:
        """Whether the folded word is English and no Welsh word or mutated form of one."""
        ...

    def mutated_only(self, term: tuple[str, ...]) -> bool:
        """Whether the folded word sequence is a glossary term only as a mutated form of one."""
        ...

    def english_word(self, word: str) -> bool:
        """Whether the folded word, as written, is English and no Welsh word ('we', 'air')."""
        ...

    def other_numbers(self, word: str) -> tuple[str, ...]:
        """A folded Welsh noun's other numbers the stem's endings cannot reach ('pynciau' ->
        'pwnc'; search/numbers.py), or ()."""
        ...


def fold(text: str) -> str:
    """Lower-case the text and strip diacritics ('Ŵyl' -> 'wyl'), as the FTS5 tokenizer does."""
    text = text.lower()
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _COMBINING.sub("", unicodedata.normalize("NFKD", text)))


def words(text: str) -> list[str]:
    """The folded words of a text, split the way the index splits them (after spell_symbols),
    without the Welsh article written onto the word before it ("i'r", "o'r": 'r is 'the'; a
    lone 'R', the language, stays)."""
    return WORD.findall(_ARTICLE.sub(" ", spell_symbols(fold(text))))


def spell_symbols(text: str) -> str:
    """The text with the names of languages written with symbols spelt in letters ('C#' ->
    'csharp', 'C++' -> 'cpp', 'ASP.NET' -> 'asp dotnet'), which splitting into runs of letters
    and digits would otherwise leave as 'c', or lose. Questions, the meaning model and the
    similarity analysis read words through it; the embedded index's own text does not (FTS5 reads
    'C#' as 'c'), so such a language is found through the facts from the code (search/facts.py:
    SPELT_LANGUAGES), in both engines."""
    if "#" not in text and "+" not in text and ".net" not in text.lower():
        return text
    for pattern, replacement in _SYMBOL_NAMES:
        text = pattern.sub(replacement, text)
    return text


def spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for each word of the text, in order, for highlighting."""
    return [(m.start(), m.end(), fold(m.group())) for m in WORD.finditer(text)]


def validate(query: Query) -> None:
    """Raise InvalidQueryError, with a message fit to show, when a query cannot be run as given."""
    if query.sort not in SORTS:
        raise InvalidQueryError("Sort results by relevance, recently updated or name.")
    if query.page < 1:
        raise InvalidQueryError("Page numbers start at 1.")
    if not 1 <= query.per_page <= MAX_PER_PAGE:
        raise InvalidQueryError(f"Show between 1 and {MAX_PER_PAGE} results a page.")
    if (query.page - 1) * query.per_page >= MAX_RESULT_WINDOW:
        raise InvalidQueryError(
            f"Only the first {MAX_RESULT_WINDOW:,} results can be paged through; "
            "add words or filters to narrow the search."
        )
    for name in query.filters:
        if name not in FILTER_FIELDS:
            raise InvalidQueryError(f"There is no filter called {name!r}.")


@dataclass
class Group:
    """One typed word, or the words of a quoted phrase, that a document must contain to match it."""

    words: tuple[str, ...]
    phrase: bool = False
    prefix: bool = False
    stop: bool = False

    @property
    def span(self) -> int:
        return len(self.words)


@dataclass(frozen=True)
class Synonym:
    """A glossary term standing in for groups[start:stop]: matching it matches each of them."""

    start: int
    stop: int
    words: tuple[str, ...]
    weight: float = 0.8


@dataclass
class ParsedQuery:
    """The query as groups of words plus glossary synonyms, ready for an engine to match."""

    text: str
    groups: list[Group] = field(default_factory=list)
    synonyms: list[Synonym] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.groups

    @property
    def content(self) -> list[int]:
        """Indexes of groups that carry the match: stop words only count when nothing else does."""
        found = [i for i, group in enumerate(self.groups) if not group.stop]
        return found or list(range(len(self.groups)))

    @property
    def words(self) -> list[str]:
        return [word for group in self.groups for word in group.words]

    @property
    def content_words(self) -> list[str]:
        return [word for i in self.content for word in self.groups[i].words]

    def cleaned(self, stop_words: bool = True) -> str:
        """The query as plain words and balanced quoted phrases, free of any engine syntax; with
        stop_words=False, without the stop words outside phrases."""
        parts = []
        for group in self.groups:
            if group.stop and not stop_words:
                continue
            text = " ".join(group.words)
            parts.append(f'"{text}"' if group.phrase else text)
        return " ".join(parts)


def parse(text: str, glossary: SynonymSource | None = None) -> ParsedQuery:
    """Split typed text into groups; quotes make phrases, everything else is a plain word."""
    text = (text or "")[:MAX_QUERY_LENGTH]
    parsed = ParsedQuery(text=text)
    # A need written out in sentences is read by those that say what is needed, not by who is
    # asking or what it must also do (search/sentences.py).
    text = need_read(text) or text
    segments: list[tuple[bool, list[str]]] = []
    position = 0
    for match in _PHRASE.finditer(text):
        segments.append((False, words(text[position : match.start()])))
        segments.append((True, words(match.group(1))))
        position = match.end()
    segments.append((False, words(text[position:])))

    budget, room = MAX_WORDS, MAX_ALL_WORDS
    for is_phrase, segment in segments:
        segment, content = _within(segment, budget, room)
        budget -= content
        room -= len(segment)
        if is_phrase and len(segment) > 1:
            parsed.groups.append(Group(tuple(segment), phrase=True))
            continue
        first = len(parsed.groups)
        parsed.groups.extend(Group((word,), stop=word in STOPWORDS) for word in segment)
        if glossary:
            parsed.synonyms.extend(_synonyms(segment, first, glossary))
    if glossary:
        for index, group in enumerate(parsed.groups):
            if group.phrase:
                parsed.synonyms.extend(
                    Synonym(index, index + 1, term) for term in glossary.synonyms(group.words)
                )
    # Search as you type: the last word may be unfinished, unless the person typed a space after
    # it, or typed it in capitals: 'ACC' is an acronym (Awdurdod Cyllid Cymru), not 'account' begun.
    last = parsed.groups[-1] if parsed.groups else None
    if last and not last.phrase and text[-1:].isalnum() and not _in_capitals(text):
        last.prefix = True
    return parsed


def need_read(text: str) -> str | None:
    """What a need written out in sentences is searched for: the sentences that say what is
    needed, without the words that frame a request (search/sentences.py); None where the text is
    read whole (its sentences all lead, or none does, it holds a quoted phrase, or its leading
    sentences would leave nothing but the framing)."""
    if '"' in text:
        return None
    lead = sentences.leading(text, _says)
    return lead if lead and _says(lead) else None


def _says(sentence: str) -> bool | None:
    """True where a sentence holds a word that is neither a stop word nor one that frames a request
    ('What we need:'), else None: it says nothing."""
    said = words(sentences.FRAME.sub(" ", sentence))
    return True if any(word not in STOPWORDS for word in said) else None


def _within(segment: list[str], budget: int, room: int) -> tuple[list[str], int]:
    """The segment's words up to the budget's worth of words that are not stop words and `room`
    words in all, and how many of those it kept are not stop words."""
    kept = 0
    for position, word in enumerate(segment[:room]):
        if word not in STOPWORDS:
            if kept == budget:
                return segment[:position], kept
            kept += 1
    return segment[:room], kept


def _in_capitals(text: str) -> bool:
    """Whether the text ends with a word of two letters or more typed in capitals ('ACC')."""
    token = text.rsplit(maxsplit=1)[-1] if text.strip() else ""
    start = len(token)
    while start and token[start - 1].isalnum():
        start -= 1
    word = token[start:]
    return len(word) >= 2 and word.isupper()


def corrected_synonyms(
    parsed: ParsedQuery, corrections: dict[int, str], glossary: SynonymSource, weight: float
) -> list[Synonym]:
    """Glossary synonyms that only appear once misspelt words are corrected ('speach' -> 'speech')."""
    if not corrections or any(group.phrase for group in parsed.groups):
        return []
    fixed = [corrections.get(i, group.words[0]) for i, group in enumerate(parsed.groups)]
    return [
        Synonym(s.start, s.stop, s.words, s.weight * weight)
        for s in _synonyms(fixed, 0, glossary)
        if any(s.start <= i < s.stop for i in corrections)
    ]


def _synonyms(segment: list[str], first: int, glossary: SynonymSource) -> list[Synonym]:
    """Synonyms for every run of words in the segment that is a glossary term."""
    found = []
    # A word inside a longer term the glossary knows means what the term does: 'lein' in
    # 'ar-lein' (online) is not translated on its own as 'line' (search/lexicon.py).
    inside: set[int] = set()
    # Only a source with dictionaries reads a word through its stem (lexicon.Translating, which
    # every engine parses with); a bare glossary has no such method.
    derived = getattr(glossary, "derived_synonyms", None)
    for size in range(min(glossary.longest, len(segment)), 0, -1):
        for start in range(len(segment) - size + 1):
            term = tuple(segment[start : start + size])
            if size == 1 and term[0] in STOPWORDS:
                continue
            if size == 1 and start in inside and not glossary.contains(term):
                continue
            synonyms = glossary.synonyms(term)
            if synonyms and size > 1:
                inside.update(range(start, start + size))
            found.extend(Synonym(first + start, first + start + size, s) for s in synonyms)
            if size == 1 and derived is not None and start not in inside:
                found.extend(
                    Synonym(first + start, first + start + 1, s, DERIVED_SYNONYM)
                    for s in derived(term[0])
                    if s not in synonyms
                )
    found.sort(key=lambda synonym: (synonym.start, synonym.stop))
    return found
