"""Turning English and Welsh text into comparable terms: stop words, glossary, light stemming."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from functools import lru_cache

import re2
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# Frequent Welsh function words, with their common mutated forms.
WELSH_STOP_WORDS = frozenset(
    """
    a ac ag am amdano amdani ar arall at atynt y yr yn ym yng o i mae maen mai maent bod fod
    oedd roedd oeddwn bydd fydd byddai byddwn byddant sy sydd hwn hon hyn hynny yma yna yno
    ei eu ein eich fy dy ni chi nhw fe fo hi ef e gan gyda chyda efo hefo heb dros drwy trwy
    tan hyd rhwng wedi newydd ond neu nac na nad nid dim ddim fel pan os er mwyn hefyd iawn mwy
    mwyaf pob holl rhai rhywbeth un dau dwy tri tair yw ydy ydyw ydych ydyn ydynt oes gall
    gallu gellir gallwch gallwn dyma dyma'r dyna felly eto sef beth pa sut pam ble lle hwnnw
    honno ceir cael gael chael wneud gwneud gwnewch cyfer gyfer defnyddio ddefnyddio
    defnyddiwch ddefnyddiwch defnyddir ddefnyddir hwy fod yr unrhyw oll ynghyd megis tua
    yn'r rydym rydyn ni'n chi'n hwnt ati arni arno iddo iddi iddynt ohono ohoni ohonynt
    gweler isod uchod fersiwn
    mewn fewn wrth rhag tuag ymhlith ymysg oddi cyn ol ôl nol nôl ynghylch ynglyn ynglŷn rhaid
    llawer ychydig sawl rhyw pawb popeth bob gyd eisoes bryd wedyn nawr rwan rŵan tra pe petai
    dylai ddylai dylid gallai ganddo ganddi ganddynt gennym gennyf gennych iddyn inni arnom
    arnynt rhain allan lawr ddwy
    """.split()
)

# Words every README uses (installation, licensing, markup residue) that say nothing about purpose.
BOILERPLATE_WORDS = frozenset(
    """
    install installation installing installed run running runs npm pip yarn git clone cd make
    makefile build building built license licence licensed licensing mit apache gpl copyright
    readme repository repositories repo repos project projects code github gitlab http https
    www com org io net md png jpg svg gif img src href nbsp br td tr th div span alt align
    width height badge badges shield shields file files folder folders directory directories
    contributing contribute contribution contributions contributor contributors version
    versions release releases see click please use using used uses need needs needed
    following new also get getting set setup started start local locally development develop
    want like just way ll ve don doesn isn won etc eg ie able allow allows provide provides
    provided contain contains containing includes include including welcome thank thanks
    information info detail details documentation docs doc link links page pages section
    sections table contents instructions step steps simple available currently work
    works working example examples sample samples main master branch branches default
    true false null none yes todo tl dr wip
    """.split()
)

# scikit-learn's English list holds words that name what software does; keep those.
_MEANINGFUL = frozenset(
    """
    system computer name front fire bill call interest part show side top back bottom move
    find fill full empty found
    """.split()
)
STOP_WORDS = (frozenset(ENGLISH_STOP_WORDS) - _MEANINGFUL) | WELSH_STOP_WORDS | BOILERPLATE_WORDS

# Welsh technical words (and their mutated forms) mapped to an English term, so Welsh and
# English descriptions of the same thing share terms. Kept small: a word here must be unambiguous.
_GLOSSARY_GROUPS: dict[str, str] = {
    "speech": "lleferydd leferydd llafar lafar",
    "recognition": "adnabod hadnabod nadnabod",
    "text": "testun destun nhestun thestun testunau destunau",
    "translation": "cyfieithu gyfieithu nghyfieithu chyfieithu cyfieithiad gyfieithiad "
    "cyfieithiadau cyfieithydd",
    "machine": "peirianyddol beirianyddol",
    "language": "iaith ieithoedd ieithyddol",
    "welsh": "cymraeg gymraeg chymraeg nghymraeg cymreig gymreig chymreig cy cym",
    "english": "saesneg",
    "voice": "llais lais lleisiau leisiau",
    "model": "modelau fodel fodelau",
    "server": "gweinydd weinydd gweinyddion weinyddion",
    "library": "llyfrgell lyfrgell llyfrgelloedd",
    "component": "cydran gydran chydran cydrannau gydrannau",
    "spelling": "sillafu",
    "checker": "gwirydd wirydd gwiriwr",
    "word": "geiriau eiriau gair",
    "sentence": "brawddegau frawddegau brawddeg frawddeg",
    "corpus": "corpws gorpws chorpws corpora",
    "transcription": "trawsgrifio drawsgrifio trawsgrifiad drawsgrifiad trawsgrifiadau "
    "drawsgrifiadau trawsgrifiwr drawsgrifiwr",
    "tool": "offer offeryn",
    "data": "ddata",
    "service": "gwasanaeth wasanaeth gwasanaethau wasanaethau",
    "search": "chwilio",
    "design": "dylunio ddylunio",
    "website": "gwefan wefan gwefannau wefannau",
    "app": "ap apiau",
    "assistant": "cynorthwyydd gynorthwyydd",
    "digital": "digidol",
    "training": "hyfforddi hyfforddiant",
    "name": "enwau enw",
    "fake": "ffug",
    "address": "cyfeiriad gyfeiriad cyfeiriadau",
    "health": "iechyd",
    "chart": "siart siartiau",
    "form": "ffurflen ffurflenni",
    "tax": "treth dreth",
    "petition": "deiseb deisebau",
    "accessibility": "hygyrchedd",
    "interface": "rhyngwyneb",
    "tagger": "tagiwr dagiwr",
    "tagging": "tagio dagio",
    "parser": "parsiwr",
    "normalisation": "normaleiddio",
    "dictionary": "geiriadur eiriadur",
    "lexicon": "lecsicon",
    "vector": "fector fectorau",
    "evaluation": "gwerthuso",
    "question": "cwestiynau cwestiwn",
    "documentation": "dogfennaeth ddogfennaeth dogfen ddogfen",
    "open": "agored",
    "computer": "cyfrifiadur gyfrifiadur",
    "phone": "ffon ffonau",
    "mobile": "symudol",
    "example": "enghraifft enghreifftiau",
    "anonymiser": "anonymeiddio anonymeiddiwr",
    "personal": "personol bersonol",
    "punctuation": "atalnodi",
    "map": "mapiau",
    "user": "defnyddiwr defnyddwyr",
}
GLOSSARY: dict[str, str] = {
    word: english for english, words in _GLOSSARY_GROUPS.items() for word in words.split()
}

# Short words that may sit inside a phrase ('text to speech', 'testun i leferydd'): a bigram
# may skip one of these, but no other stop word, so 'test repository for a data' is no phrase.
CONNECTORS = frozenset("to of for the a an and in on i y yr o ac ar gyda yn".split())
# Words that end in 's' without being plurals.
_NOT_PLURAL = frozenset("wales news series species kubernetes jenkins ons aws gis sms cms".split())

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_WORD = re.compile(r"[^\W_]+")
_IDENTIFIER = re.compile(r"\w+")
_IZE = re.compile(r"iz(e|es|ed|er|ers|ing|ation|ations)$")
# Byte table: ASCII letters and digits lowercased, other ASCII bytes become spaces, and bytes
# of multi-byte characters (Welsh â ŵ ŷ, accents) pass through so words stay whole.
_BYTE_TABLE = bytes(
    (ord(chr(b).lower()) if chr(b).isalnum() else 32) if b < 128 else b for b in range(256)
)


def camel_words(raw: str) -> list[str]:
    """The words of one camel-case identifier: 'RabbitMQ' -> ['Rabbit', 'MQ']."""
    return _CAMEL.sub(" ", raw).split()


# Cached: cluster titles read every member's text word by word (surface_forms), and most words
# recur; the cache holds a large catalogue's commonest words.
@lru_cache(maxsize=1 << 18)
def normalise_word(word: str) -> str:
    """Map one lowercase word to its term: '' for stop words, English for glossary words."""
    if len(word) < 2 or word.isdigit() or word in STOP_WORDS:
        return ""
    if word in GLOSSARY:
        return GLOSSARY[word]
    if word.startswith("hl7"):  # 'hl7v2', 'hl7v251': one standard
        return "hl7"
    # British and American spellings meet ('visualization' -> 'visualisation').
    word = _IZE.sub(lambda m: "is" + m.group(1), word)
    # A light plural stemmer: 'components' -> 'component', 'libraries' -> 'library',
    # 'addresses' -> 'address' (not 'addresse').
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 5 and word.endswith("sses"):
        word = word[:-2]
    elif (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ys", "wales"))
        and word not in _NOT_PLURAL
    ):
        word = word[:-1]
    if word in STOP_WORDS:
        return ""
    return word


# An acronym's plural ('LLMs', 'APIs', 'PDFs') is one word, not 'LL' and 'Ms'.
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def _sequence_of_word(raw: str) -> tuple[str | None, ...]:
    whole = raw.islower() or raw.isupper() or _ACRONYM_PLURAL.fullmatch(raw)
    parts = [raw] if whole else _CAMEL.sub(" ", raw).split()
    sequence: list[str | None] = []
    for part in parts:
        word = part.lower()
        term = normalise_word(word)
        sequence.append(term if term else ("" if word in CONNECTORS else None))
    return tuple(sequence)


# Raw word -> its sequence entries; bounded so hostile input cannot grow it without limit.
_WORD_CACHE: dict[str, tuple[str | None, ...]] = {}
_WORD_CACHE_LIMIT = 500_000


def term_sequence(text: str) -> list[str | None]:
    """Terms of a short text in order; '' marks a connector word, None any other stop word."""
    sequence: list[str | None] = []
    cache = _WORD_CACHE
    for raw in _WORD.findall(text):
        entries = cache.get(raw)
        if entries is None:
            entries = _sequence_of_word(raw)
            if len(cache) >= _WORD_CACHE_LIMIT:
                cache.clear()
            cache[raw] = entries
        sequence.extend(entries)
    return sequence


def words_of(text: str) -> list[str]:
    """Terms of a short text, in order (camel case split, stop words dropped)."""
    return [t for t in term_sequence(text) if t]


def raw_tokens(text: str) -> list[bytes]:
    """Split long text into lowercase byte tokens quickly (no regular expressions per word)."""
    return text.encode("utf-8", "replace").translate(_BYTE_TABLE).split()


def bigrams(sequence: list[str | None]) -> list[str]:
    """Adjacent term pairs ('design system'), skipping at most one connector word between them."""
    found = []
    for k, first in enumerate(sequence):
        if not first:
            continue
        second = sequence[k + 1] if k + 1 < len(sequence) else None
        if second == "" and k + 2 < len(sequence):
            second = sequence[k + 2]
        if second and second != first:
            found.append(f"{first} {second}")
    return found


# Paragraphs a tool writes into many repositories' READMEs: a generator's announcement and stock
# instructions (Create React App, Vite, Next.js, Angular and Vue CLIs, Spring Initializr,
# cookiecutter, Rails, GitLab). Two repositories sharing them are no more alike.
_GENERATOR = re.compile(
    r"""
    \bbootstrapped\s+with\b
    | \bscaffolded\s+(with|by|using)\b
    | \b(was|is|been)\s+(generated|created)\s+(with|by|using)\s+[^.\n]{0,40}?
      (\bcli\b|create-|generator|template|cookiecutter|yeoman|initializr)
    | \bthis\s+readme\s+would\s+normally\b
    | \bin\s+the\s+project\s+directory,?\s+you\s+can\s+run\b
    | \bruns\s+the\s+app\s+in\s+(the\s+)?development\s+mode\b
    | \bto\s+(view\s+it|see\s+the\s+result)\s+in\s+(the|your)\s+browser\b
    | \bthe\s+page\s+(will\s+reload|auto-updates)\b
    | \blaunches\s+the\s+test\s+runner\b
    | \bbuilds\s+the\s+app\s+for\s+production\b
    | \byour\s+app\s+is\s+ready\s+to\s+be\s+deployed\b
    | \bone-way\s+operation\b | \beject\b
    | \bthis\s+section\s+has\s+moved\s+here\b
    | \bcreate\s+react\s+app\s+documentation\b | \bto\s+learn\s+react\b
    | \byou\s+will\s+also\s+see\s+any\s+lint\s+errors\b
    | \bcorrectly\s+bundles\s+react\b | \bthe\s+build\s+is\s+minified\b
    | \bsee\s+the\s+section\s+about\s+\W?(deployment|running\s+tests)\b
    | \bfor\s+the\s+project\s+to\s+build,?\s+\W*these\s+files\s+must\s+exist\b
    | \bis\s+the\s+page\s+template\b | \byou\s+can\s+delete\s+or\s+rename\s+the\s+other\b
    | \bminimal\s+setup\s+to\s+get\s+\w+\s+working\s+in\s+vite\b
    | \bofficial\s+plugins\s+are\s+available\b
    | \bexpanding\s+the\s+eslint\s+configuration\b
    | \bfirst,?\s+run\s+the\s+development\s+server\b
    | \bwith\s+your\s+browser\s+to\s+see\s+the\s+result\b
    | \byou\s+can\s+start\s+editing\s+the\s+page\b
    | \bthis\s+project\s+uses\s+\W?next/font\b
    | \bto\s+learn\s+more\s+about\s+next\.?js\b
    | \bdeploy\s+your\s+next\.?js\s+app\b | \bdeploy\s+on\s+vercel\b
    | \brun\s+\W?ng\s+(serve|generate|build|test|e2e)\b
    | \bmore\s+help\s+on\s+the\s+angular\s+cli\b
    | \bcompiles\s+and\s+(hot-reloads|minifies)\s+for\b | \blints\s+and\s+fixes\s+files\b
    | \bsee\s+(the\s+)?configuration\s+reference\b
    | \bfor\s+further\s+reference,?\s+please\s+consider\s+the\s+following\b
    | \bthe\s+following\s+guides\s+illustrate\s+how\s+to\s+use\b
    | \bofficial\s+apache\s+maven\s+documentation\b
    | \bspring\s+boot\s+maven\s+plugin\s+reference\b
    | \bgenerated\s+from\s+[^.\n]{0,60}?\bcookiecutter\b
    | \bto\s+make\s+it\s+easy\s+for\s+you\s+to\s+get\s+started\s+with\s+gitlab\b
    """,
    re.VERBOSE,  # matched on lower-cased text: three times faster than re.IGNORECASE
)
_LICENCE = re.compile(
    r"""
    \bpermission\s+is\s+hereby\s+granted\b
    | \bsoftware\s+is\s+provided\s+\W?as\s+is\b
    | \bthe\s+above\s+copyright\s+notice\b
    | \bunless\s+required\s+by\s+applicable\s+law\b
    | \bfree\s+software:?\s+you\s+can\s+redistribute\b
    | \bopen\s+government\s+(\d[.\d]*\s+)?licen[cs]e\b
    | \bcrown\s+copyright\b
    | \b(released|available|distributed|licen[cs]ed)\s+under\s+(the\s+)?(terms\s+of\s+the\s+)?\W?
      (mit|apache|gnu|gpl|lgpl|bsd|mozilla|mpl|eupl|isc|creative\s+commons|licen[cs]e)\b
    """,
    re.VERBOSE,  # matched on lower-cased text: three times faster than re.IGNORECASE
)


def _at_least(*patterns: re.Pattern[str]) -> re2._Regexp:
    """The patterns, either of them, as one RE2 expression that matches wherever they do, and
    sometimes where they do not: a sieve, read in time linear in the text whatever the number of
    alternatives, where Python's re tries every alternative at every position (12 of the
    duplicate analysis's 86 s at 100,000 components, bench/duplicates.py). RE2's classes are
    ASCII where Python's are Unicode, so each is widened to at least Python's, and word
    boundaries are dropped (without them more matches, never fewer)."""
    wider = {
        r"\s": r"[\t\n\x{0b}\f\r\x{1c}-\x{1f}\x{85}\p{Z}]",
        r"\w": r"[\p{L}\p{M}\p{N}_]",
        r"\d": r"\p{N}",
        r"\b": "",
    }
    alternatives = []
    for pattern in patterns:
        source = re.sub(r"\s+", "", pattern.pattern)  # re.VERBOSE: whitespace is layout
        source = re.sub(r"\\[swdb]", lambda found: wider[found.group()], source)
        alternatives.append(f"(?:{source})")
    return re2.compile("|".join(alternatives))


# Nothing either finds, nothing there: most texts are passed on after one quick read.
_MAY_BE_GENERATED = _at_least(_GENERATOR)
_MAY_BE_BOILERPLATE = _at_least(_GENERATOR, _LICENCE)
_PARAGRAPHS = re.compile(r"\n\s*\n")
_HEADING = re.compile(r"(#{1,6})\s+\S[^\n]*")


def _heading_level(paragraph: str) -> int:
    """A Markdown heading's level (1 for '#'), or 0 for a paragraph that is no lone heading."""
    found = _HEADING.fullmatch(paragraph.strip())
    return len(found.group(1)) if found else 0


def _without_empty_sections(paragraphs: list[str]) -> list[str]:
    """Headings left with nothing under them ('Available Scripts', '`npm start`')."""
    kept: list[str] = []
    for paragraph in reversed(paragraphs):
        level = _heading_level(paragraph)
        following = _heading_level(kept[-1]) if kept else 1
        if level and following and following <= level:
            continue  # its section ends before any text of its own
        kept.append(paragraph)
    return kept[::-1]


def without_boilerplate(text: str, licences: bool = True) -> str:
    """The text without paragraphs a generator wrote (and, unless `licences` is False, licence
    grants and notices), nor the headings they leave empty: a generated README is headings of
    stock text. A licence's paragraph is no sign of copying, yet the GOV.UK Frontend family's
    shared licence wording is a faint sign of kinship, so text vectors may keep it."""
    patterns = (_GENERATOR, _LICENCE) if licences else (_GENERATOR,)
    if not text:
        return text
    lowered = text.lower()
    sieve = _MAY_BE_BOILERPLATE if licences else _MAY_BE_GENERATED
    if sieve.search(lowered) is None or not any(p.search(lowered) for p in patterns):
        return text
    own = [
        p
        for p in _PARAGRAPHS.split(text)
        if not any(pattern.search(p.lower()) for pattern in patterns)
    ]
    return "\n\n".join(_without_empty_sections(own))


def identifier_counts(texts: Iterable[str]) -> Counter[str]:
    """How often each identifier ('FHIR', 'RabbitMQ', 'addresses') is written in the texts:
    counted once, in C, so the forms below read each distinct one once."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(_IDENTIFIER.findall(text))
    return counts


def surface_forms(texts: Iterable[str], terms: Collection[str]) -> dict[str, str]:
    """For each one-word term found in the texts, the word people wrote for it, as they most
    often wrote it: 'addresses' for the stem 'addresse', 'cookies' for 'cooky', 'FHIR' where
    the texts spell it in capitals. Terms the texts never produce are left out."""
    return surface_forms_of(identifier_counts(texts), terms)


def surface_forms_of(counts: Counter[str], terms: Collection[str]) -> dict[str, str]:
    """surface_forms() from identifier_counts()."""
    wanted = set(terms)
    seen: dict[str, Counter[str]] = {}
    for raw, times in counts.items():
        if "_" in raw:  # 'REACT_APP_API_URL' names a setting: its capitals spell no acronym
            parts = [p for p in raw.lower().split("_") if p]
        elif raw.islower() or raw.isupper():
            parts = [raw]
        else:
            parts = _CAMEL.sub(" ", raw).split()
        for part in parts:
            word = part.lower()
            term = normalise_word(word)
            # A Welsh word the glossary maps ('lleferydd') shows as its English term.
            if term in wanted and word not in GLOSSARY:
                seen.setdefault(term, Counter())[part] += times
    found = {}
    for term, forms in seen.items():
        lower: Counter[str] = Counter()
        for form, count in forms.items():
            lower[form.lower()] += count
        # The commonest spelling; on a tie the term itself, then the shortest.
        word = min(lower, key=lambda w: (-lower[w], w != term, len(w), w))
        capitals = sum(n for f, n in forms.items() if f.lower() == word and f.isupper())
        found[term] = word.upper() if len(word) > 1 and 2 * capitals > lower[word] else word
    return found


def compound_forms(texts: Iterable[str], phrases: Collection[str]) -> dict[str, str]:
    """For each two-word term the texts write as one camel-case word, that word as most often
    written: 'rabbit mq' -> 'RabbitMQ', so a product's name is shown whole, not as 'rabbit MQ'."""
    return compound_forms_of(identifier_counts(texts), phrases)


def compound_forms_of(counts: Counter[str], phrases: Collection[str]) -> dict[str, str]:
    """compound_forms() from identifier_counts()."""
    wanted = set(phrases)
    seen: dict[str, Counter[str]] = {}
    if not wanted:
        return {}
    for raw, times in counts.items():
        if "_" in raw or raw.islower() or raw.isupper():
            continue
        terms = [normalise_word(part.lower()) for part in _CAMEL.sub(" ", raw).split()]
        term = " ".join(terms)
        if len(terms) == 2 and all(terms) and term in wanted:
            seen.setdefault(term, Counter())[raw] += times
    return {term: forms.most_common(1)[0][0] for term, forms in seen.items()}
