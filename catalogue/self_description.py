"""What a repository says it is ('an R package', 'a small Java web application', 'this library').

A repository's own words about what it is outrank the language it is written in or a word it uses
in passing: Terraform beside a Java API does not make the API infrastructure, nor does 'a working
pipeline' make a web API template a data pipeline. Statements are read from the description, the
README's title and the README's opening, and from install commands that name the repository itself;
in Welsh too ('Mae Paldaruo yn ap …', 'Dyma gorpws …', 'Casgliad o sgriptiau …').
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

# Head nouns, most specific first: 'terraform module' before 'module', 'component library' before
# 'library'. The head of a noun phrase is its last noun: 'an API client library' is a library.
_NOUNS: tuple[tuple[str, str], ...] = (
    ("design-system", r"design system|component library|pattern library|ui kit|style ?guide"),
    (
        "infrastructure",
        r"terraform (?:modules?|library|configuration|code)|helm chart|ansible (?:role|playbook)|"
        r"infrastructure(?: as code| code)?",
    ),
    (
        # A custom visual (Power BI, Looker, Qlik Sense) is a chart type others add to their
        # reports: a plugin.
        "library",
        r"(?:r|python|node|npm|go|java|ruby|php|\.net|nuget) (?:package|module|library)|"
        r"library|package|sdk|client library|gem|plugin|add-?on|client library|wrapper|middleware|"
        r"domain (?:model|layer)|module|extension|custom visuals?|custom visuali[sz]ations?",
    ),
    (
        "application",
        r"web ?application|web ?app|application|app|web ?api|rest api|api|microservice|service|"
        r"website|web site|portal|bot|server|command[ -]line (?:tool|utility|application|app)|cli|"
        r"ui design|user interface",
    ),
    ("data", r"data ?set|data pipeline|corpus"),
    # Standards, specifications and blogs are read, not run: 'Coding standards and guidelines',
    # 'API specifications (OpenAPI 3.0+) for …' (an API's specification is not the API), 'Data
    # Science Unit Test Blog'.
    (
        "documentation",
        r"documentation|handbook|playbook|guidance|manual|standards|guidelines|specifications?|"
        r"blog",
    ),
    # A template or starter is copied to begin a project, not run or imported: none of the types
    # above, so it stays 'other', with its own words as the reason ('a template repo').
    (
        "other",
        r"template repo(?:sitory)?|(?:project |repo(?:sitory)? |cookiecutter )?template|"
        r"starter (?:project|kit|template|repo(?:sitory)?)|web[- ]?starter|starter|boilerplate",
    ),
)
_NOUN = re.compile(
    r"(?<![\w.-])(?:"
    + "|".join(f"(?P<k{i}>{p})" for i, (_, p) in enumerate(_NOUNS))
    + r")\b(?![.-]\w)",
    re.IGNORECASE,
)
# Where a noun phrase ends: a preposition, relative pronoun, verb form or punctuation. What comes
# after ('a library for building services') says what it serves, not what it is.
_PHRASE_END = re.compile(
    r"[.,;:!?()\[\]\n]|\s(?:for|to|that|which|who|with|in|of|on|from|by|and|or|used|designed|"
    r"built|written|made|providing|containing|implementing|where|when|using|is|are|was|has|around|"
    r"over|between|"
    r"across|into|via|at|as|so|but|like|than|aims?|allows?|lets|helps?|holds|contains|provides|"
    r"enables|creates|generates|uses|includes|implements|offers|runs|shows|produces|returns)\b",
    re.IGNORECASE,
)
# 'KASStylesR is a package', 'provided as an API', 'This is a template WebAPI microservice'; not
# 'such as a web app', which names something else.
_IS_A = re.compile(r"\b(?:is|(?<!such )as|it's|provides|implements)\s+(?:a|an)\s+", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?:]\s|\n")
# Who the sentence is about: itself ('This', 'It', 'The service', its own name), not a tool it uses
# ('pyenv is a Python version management tool').
_SELF = re.compile(r"^(?:this|these|it|its|the|our|here)\b", re.IGNORECASE)
_MAX_SUBJECT_WORDS = 12
_SUBJECT_REACH = 300
# 'is a' sentences read, at most, in one text: harvested text may repeat one without end.
MAX_STATEMENTS = 20
_LEADING_ARTICLE = re.compile(r"^\W*(?:a|an)\s+", re.IGNORECASE)
# 'This package has been upgraded', 'build this library', 'run the service'.
_THIS = re.compile(
    r"\b(?P<this_word>this)\s+(?P<this>[\w.-]+(?:\s+[\w.-]+)?)|"
    r"\b(?:build|run|start|deploy|install|use)\s+(?P<verb_word>the|this)\s+(?P<verb>[\w.-]+)",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^\s{0,3}#{1,2}\s+(?P<title>.+)$|^(?P<setext>[^\n]+)\n=+\s*$", re.MULTILINE)
# Install commands, whose package is compared with the repository's own name.
_INSTALL = re.compile(
    r"\b(?:npm\s+(?:install|i|add)|yarn\s+add|pnpm\s+add|pip3?\s+install|poetry\s+add|"
    r"go\s+get|gem\s+install|dotnet\s+add\s+package|install-package|composer\s+require)"
    r"(?:\s+-{1,2}[\w-]+)*\s+(?P<package>@?[A-Za-z0-9][\w./@-]*)|"
    r"\b(?:install_github|install\.packages)\(\s*[\"'](?P<r_package>[\w./-]+)[\"']",
    re.IGNORECASE,
)
_README_OPENING = 1500
_MAX_PHRASE_WORDS = 6
_ASIDE = re.compile(r"\s*\([^()]{0,60}\)")


@dataclass(frozen=True)
class Statement:
    """A type the repository claims for itself, the words that claim it, and where they are."""

    kind: str
    words: str
    # 'description', 'title', 'readme' (an 'is a' sentence), 'mention' ('this library', 'run the
    # service': often copied from a template README) or 'install'.
    source: str


def _head(phrase: str) -> tuple[str, str] | None:
    """The type named by the last noun of a short noun phrase, with the phrase up to that noun."""
    # An aside is no end: 'a National Health Service (NHS) number' is a number.
    phrase = _ASIDE.sub("", phrase)
    end = _PHRASE_END.search(phrase)
    phrase = phrase[: end.start()] if end else phrase
    words = phrase.split()
    if not words:
        return None
    phrase = " ".join(words[:_MAX_PHRASE_WORDS])
    nouns = list(_NOUN.finditer(phrase))
    # The noun must end the phrase: 'a National Health Service number' is a number.
    if not nouns or phrase[nouns[-1].end() :].strip(" '\"*_"):
        return None
    last = nouns[-1]
    # Longer nouns are tried first, so the group that matched names the type.
    index = next(int(name[1:]) for name, value in last.groupdict().items() if value)
    return _NOUNS[index][0], phrase[: last.end()].strip()


def _about_itself(text: str, start: int, name: str) -> bool:
    """Whether the sentence's subject before `start` is the repository itself."""
    # Read back a bounded way: from the start of a long text for every match was quadratic.
    begin = max(0, start - _SUBJECT_REACH)
    for begin_match in _SENTENCE_START.finditer(text, begin, start):
        begin = begin_match.end()
    subject = re.sub(r"[^\w\s.'-]", " ", text[begin:start]).split()
    if not subject:
        return True
    if len(subject) > _MAX_SUBJECT_WORDS:
        return False
    own = _compact(name)
    return bool(_SELF.match(subject[0])) or any(
        len(_compact(word)) >= 4 and (_compact(word) in own or own in _compact(word))
        for word in subject
    )


# 'an implementation of the UI design', 'a Python port of the library': what it is a version of.
_VERSION_OF = re.compile(
    r"^(?P<before>(?:[\w.+#-]+\s+){0,3}?(?:implementation|version|port|copy|fork|build|clone|"
    r"mock-?up)\s+of\s+(?:the\s+|a\s+|an\s+)?)",
    re.IGNORECASE,
)


def _is_a_statements(text: str, name: str) -> list[tuple[str, str]]:
    found = []
    for match in itertools.islice(_IS_A.finditer(text), MAX_STATEMENTS):
        if not _about_itself(text, match.start(), name):
            continue
        phrase = text[match.end() : match.end() + 120]
        if version := _VERSION_OF.match(phrase):
            before = version.group("before")
            if head := _head(phrase[len(before) :]):
                article = match.group(0).split()[-1].lower()
                found.append((head[0], f"{article} {before}{head[1]}"))
            continue
        if head := _head(phrase):
            article = match.group(0).split()[-1].lower()
            found.append((head[0], f"{article} {head[1]}"))
    return found


def _without_markup(text: str) -> str:
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links and badges keep their words
    text = re.sub(r"```.*?(```|$)", " ", text, flags=re.DOTALL)
    return re.sub(r"[`*_]+", "", text)


def _compact(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _names_itself(package: str, repository_name: str) -> bool:
    """Whether an installed package is the repository itself ('@companieshouse/web-security-node')."""
    # Equal names only: 'pip install cookiecutter' in phwcookiecutter installs a tool it uses.
    last = package.rstrip("/").split("/")[-1]
    last = last.split("@")[0] if not last.startswith("@") else last
    return bool(_compact(last)) and _compact(last) == _compact(repository_name)


# Welsh puts the noun first ('ap cynorthwyydd llais': an assistant app), so the head is the first
# noun, not the last. After predicative 'yn' and after 'Dyma' a noun takes the soft mutation
# (rhaglen -> raglen, pecyn -> becyn, gwasanaeth -> wasanaeth), so both forms are listed. 'Geiriau'
# (words) or 'cronfa' alone are no noun here: 'lluosogi geiriau' is what scripts do, 'cronfa cod'
# is a code repository.
_WELSH_NOUNS: tuple[tuple[str, str], ...] = (
    ("design-system", r"l?lyfrgell gydrannau|system ddylunio"),
    (
        "library",
        r"l?lyfrgell|[pb]ecyn|[mf]odiwl|ategyn|[cg]ydran|[td]agiwr|"
        r"[cg]asgliad o (?:sgriptiau|ffwythiannau|swyddogaethau|offer)",
    ),
    (
        "application",
        r"ap|(?:rh|r)aglen|g?wasanaeth|g?wefan|g?weinydd|[mf]eddalwedd|offeryn|[td]eclyn",
    ),
    (
        "data",
        r"set ddata|setiau data|[cg]orpws|[cg]ronfa (?:ddata|o)|[mf]odel(?: iaith)?|g?eiriadur|"
        r"lecsicon|(?:rh|r)estr(?:au)? (?:geiriau|eiriau)",
    ),
    ("documentation", r"d?dogfennaeth|[cg]anllaw(?:iau)?"),
    ("other", r"[td]empled"),
)
_WELSH_NOUN = re.compile(
    "(?:" + "|".join(f"(?P<k{i}>{p})" for i, (_, p) in enumerate(_WELSH_NOUNS)) + r")(?![\w'’-])",
    re.IGNORECASE,
)
# Where a Welsh noun phrase ends: what follows says what it is for ('ap ar gyfer …', 'rhaglen i
# …', 'cydran sy'n …').
_WELSH_PHRASE_END = re.compile(
    r"[.,;:!?()\[\]\n/]|\s(?:ar|i|i'w|sy|sydd|sy'n|sy’n|er|a|ac|gyda|gan|wedi|yw|ydy|o|yn|mewn|"
    r"ond|neu|sef|am|at|y|yr|'r|ei|eu|-|–|—|hwn|hon|yma|yma'n|yma’n)(?=\s|$)",
    re.IGNORECASE,
)
_WELSH_MODIFIERS = 2
# 'Dyma gorpws …', 'Dyma'r ap …' (here is): said of the repository itself.
_DYMA = re.compile(r"\bDyma(?:['’]r|\s+(?:y|yr))?\s+", re.IGNORECASE)
# 'Mae Paldaruo yn ap …', 'Mae hwn yn gronfa o …', 'Mae'n llyfrgell …': the subject may not hold
# another 'yn', or 'Mae'r ffeil yn cynnwys … sy'n ap' would reach a later clause.
_MAE = re.compile(
    r"\bMae(?P<subject>(?:(?!\byn\b)[^.!?:;\n]){0,60}?)(?:\s+yn|['’]n)\s+", re.IGNORECASE
)
# 'Mae'r model hwn yn …', 'Mae'r ap yma'n …': this model, this app (a mention, as 'this library').
_WELSH_THIS = re.compile(
    r"(?:\by|\byr|['’]r)\s+(?P<noun>\w+)\s+(?P<this>hwn|hon|yma)\b", re.IGNORECASE
)
_WELSH_SELF_WORDS = {"hwn", "hon", "hyn", "yma"}
_MAX_WELSH_SUBJECT_WORDS = 6


def _welsh_phrase(text: str, start: int) -> tuple[str, str] | None:
    """The type of the Welsh noun at `start`, with the noun and its first few modifiers."""
    noun = _WELSH_NOUN.match(text, start)
    if not noun:
        return None
    index = next(int(name[1:]) for name, value in noun.groupdict().items() if value)
    rest = text[noun.end() : noun.end() + 80]
    end = _WELSH_PHRASE_END.search(rest)
    modifiers = (rest[: end.start()] if end else rest).split()[:_WELSH_MODIFIERS]
    return _WELSH_NOUNS[index][0], " ".join([noun.group(0), *modifiers])


# 'julius-cy' is Julius for Welsh: 'Mae Julius yn feddalwedd …' speaks of the tool it adapts.
_WELSH_VERSION_OF = re.compile(r"[-_.](?:cy|cym|cymraeg|welsh)$", re.IGNORECASE)


def _welsh_subject_is_itself(subject: str, name: str) -> bool:
    words = re.sub(r"^\s*['’]r\b|[^\w\s'’-]", " ", subject).split()
    if not words:
        return True  # 'Mae'n …': it is
    if len(words) > _MAX_WELSH_SUBJECT_WORDS:
        return False
    own = _compact(name)
    adapted = _compact(_WELSH_VERSION_OF.sub("", name)) if _WELSH_VERSION_OF.search(name) else None
    return any(
        word.lower() in _WELSH_SELF_WORDS
        or (
            len(_compact(word)) >= 4
            and _compact(word) != adapted
            and (_compact(word) in own or own in _compact(word))
        )
        for word in words
    )


def _frame(opening: str, phrase: str) -> str:
    return " ".join((opening + phrase).split())


def _welsh_statements(text: str, name: str, source: str) -> list[Statement]:
    """'Mae X yn ap', 'Dyma gorpws', and 'y model hwn' (a mention) in Welsh text."""
    found = []
    # The quote keeps 'Dyma' or 'Mae … yn': 'ap' alone reads as a misspelt English word.
    for match in itertools.islice(_DYMA.finditer(text), MAX_STATEMENTS):
        if said := _welsh_phrase(text, match.end()):
            found.append(Statement(said[0], _frame(match.group(0), said[1]), source))
    for match in itertools.islice(_MAE.finditer(text), MAX_STATEMENTS):
        itself = _welsh_subject_is_itself(match.group("subject"), name)
        if itself and (said := _welsh_phrase(text, match.end())):
            found.append(Statement(said[0], _frame(match.group(0), said[1]), source))
    for match in itertools.islice(_WELSH_THIS.finditer(text), MAX_STATEMENTS):
        noun = match.group("noun")
        if said := _welsh_phrase(noun, 0):
            article = "yr" if noun[0].lower() in "aeiouwy" else "y"
            found.append(Statement(said[0], f"{article} {noun} {match.group('this')}", "mention"))
    return found


def statements(name: str, description: str, readme: str) -> list[Statement]:
    """What the repository says it is, strongest source first; empty when it does not say."""
    found: list[Statement] = []
    description = _without_markup(description or "")
    for kind, words in _is_a_statements(description, name):
        found.append(Statement(kind, words, "description"))
    # A description that opens with a noun phrase names the thing: 'An R package to …',
    # 'Library containing models …', 'API for …'.
    lead = _LEADING_ARTICLE.match(description)
    opening = description[lead.end() :] if lead else description.lstrip()
    if head := _head(opening):
        article = f"{lead.group(0).strip().lower()} " if lead else ""
        found.append(Statement(head[0], f"{article}{head[1]}", "description"))
    # 'Casgliad o sgriptiau …', 'Llyfrgell Python …': a Welsh description that opens with a noun.
    if said := _welsh_phrase(description, len(description) - len(description.lstrip())):
        found.append(Statement(said[0], said[1], "description"))
    found.extend(_welsh_statements(description, name, "description"))
    readme = readme or ""
    if title := _HEADING.search(readme[:_README_OPENING]):
        heading = _without_markup(title.group("title") or title.group("setext") or "")
        # A title that is only the repository's name ('# gofigure') says nothing more.
        if _compact(heading) != _compact(name) and (head := _head(heading)):
            found.append(Statement(head[0], head[1], "title"))
    opening = _without_markup(readme[:_README_OPENING])
    for kind, words in _is_a_statements(opening, name):
        found.append(Statement(kind, words, "readme"))
    found.extend(_welsh_statements(opening, name, "readme"))
    for match in _THIS.finditer(opening):
        phrase = match.group("this") or match.group("verb")
        # 'this web application' or 'this package provides': two words, else the first alone.
        head = _head(phrase) or _head(phrase.split()[0])
        if head and len(head[1].split()) <= 2:
            determiner = (match.group("this_word") or match.group("verb_word")).lower()
            found.append(Statement(head[0], f"{determiner} {head[1]}", "mention"))
    for match in _INSTALL.finditer(readme):
        package = match.group("package") or match.group("r_package")
        if _names_itself(package, name):
            found.append(Statement("library", match.group(0), "install"))
            break
    return found
