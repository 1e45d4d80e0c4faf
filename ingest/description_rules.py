"""Judging README sentences: is this one a description, or an instruction, note or placeholder?

Every test is a set lookup or a plain substring search over one sentence, so the cost is linear
in the README's length whatever its content: READMEs are untrusted and can be long.
"""

from __future__ import annotations

import re

import ingest.description_words as vocab

DESCRIPTION_LIMIT = 300

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
# A sentence ends at . ! ? (possibly closed by quotes or brackets) before a space.
_SPACES = re.compile(r"\s+")


_CLOSERS = "\"'”’)]"


def sentences(text: str) -> list[str]:
    """Split plain text into sentences, not at abbreviations such as 'e.g.' or 'etc.'."""
    found = []
    start = 0
    # Each run of spaces is looked at once and only the characters just before it are read:
    # a pattern such as '[.!?]+\\s+' would backtrack quadratically over a long run of dots.
    word_start = 0
    for gap in _SPACES.finditer(text):
        end = gap.start()
        word, word_start = text[word_start:end], gap.end()
        word = word.rstrip(_CLOSERS)
        if not word.endswith((".", "!", "?")):
            continue
        before = word.lower().rstrip(".!?")
        if before in vocab.ABBREVIATIONS or (len(before) == 1 and before.isalpha()):
            continue
        if _is_initialism(before):
            continue
        found.append(text[start:end])
        start = gap.end()
    rest = text[start:].strip()
    if rest:
        found.append(rest)
    return found


def _is_initialism(word: str) -> bool:
    """'a.k.a', 'e.g', 'h.y': short parts joined by dots."""
    return "." in word and all(len(part) <= 2 for part in word.split("."))


def words_of(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def repeats_name(words: list[str], name: str) -> bool:
    """Whether the words only repeat the repository's name (with 'the' or 'readme' around it)."""
    kept = [w for w in words if w not in ("the", "a", "an", "readme", "y", "yr")]
    squashed = "".join(kept)
    wanted = "".join(words_of(name))
    return bool(wanted) and squashed == wanted


def junk_reason(sentence: str, name: str = "") -> str | None:
    """Why a sentence is not a description (instruction, placeholder, tooling...), or None."""
    words = words_of(sentence)
    prose = [w for w in sentence.split() if "/" not in w and "\\" not in w and "=" not in w]
    if len(words) < 3 or len(prose) < 3 or len(sentence) < 15:
        return "too short"
    if repeats_name(words, name):
        return "repeats the name"
    stripped = sentence.rstrip()
    if stripped.endswith("?"):
        return "question"
    if stripped.endswith(":"):
        return "introduces what follows"
    joined = " " + " ".join(words) + " "
    lead = joined.lstrip()
    first = words[0]
    if first in vocab.COMMANDS and sentence.lstrip("$ ")[:1].islower():
        return "command"
    label = sentence.split(":", 1)[0] if ":" in sentence[:40] else ""
    if label and vocab.METADATA_LABELS.intersection(words_of(label)):
        return "metadata"
    if first in ("it", "they") and words[1] not in ("is", "was", "are"):
        return "refers to something said before"
    if _names_a_file(sentence) or any(_is_path(token) for token in sentence.split()):
        return "about files"
    if " build status " in joined or " badge " in joined:
        return "badge caption"
    if sentence.count("•") + sentence.count("|") >= 2:
        return "row of links"
    letters = [c for c in sentence if c.isalpha()]
    if sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return "notice in capitals"
    if (
        first in vocab.IMPERATIVES
        or (first in vocab.AMBIGUOUS_VERBS and words[1] in vocab.OBJECTS)
        or first in vocab.SEQUENCE_STARTS
        or (first.endswith("wch") and len(first) > 4 and first not in vocab.WCH_NOUNS)
        or first in ("ewch", "dewch")
        or (first in ("to", "i", "i'w") and words[1] in vocab.TO_DO)
        or (first == "ac" and words[1] in vocab.SEQUENCE_STARTS)
        or lead.startswith(vocab.READER_STARTS)
        or any(phrase in joined for phrase in vocab.READER_PHRASES)
    ):
        return "instruction"
    if (
        lead.startswith(vocab.PLACEHOLDER_STARTS)
        or vocab.META_WORDS.intersection(words)
        or any(phrase in joined for phrase in vocab.META_PHRASES)
    ):
        return "placeholder or note about the README"
    if any(phrase in joined for phrase in vocab.TOOLING_PHRASES) or lead.startswith(
        vocab.TOOLING_STARTS
    ):
        return "tooling"
    if any(phrase in joined for phrase in vocab.STATUS_PHRASES):
        return "status notice"
    return None


def says_what_it_is(sentence: str) -> bool:
    """Whether the sentence has the shape of a description: 'X is a ...', 'Provides ...'."""
    words = words_of(sentence)
    joined = " " + " ".join(words) + " "
    # 'This allows you to ...', 'It provides ...': about something said before, not the whole.
    if (
        len(words) > 1
        and words[0] in vocab.POINTERS
        and words[1] not in ("is", "was")
        and not joined.lstrip().startswith(vocab.WHAT_IT_IS_STARTS)
    ):
        return False
    if any(phrase in joined for phrase in vocab.WHAT_IT_IS_PHRASES):
        return True
    first = words[0] if words else ""
    # A third-person verb first: 'Provides ...', 'Converts ...', 'Renders ...'.
    third_person = (
        len(words) > 1
        and sentence.lstrip()[:1].isupper()
        and " - " not in sentence[:40]
        and len(first) > 4
        and first.endswith("s")
        and not first.endswith("ss")
        and words[1] not in vocab.NOT_A_VERB_AFTER
    )
    return joined.lstrip().startswith(vocab.WHAT_IT_IS_STARTS) or third_person


def _names_a_file(sentence: str) -> bool:
    """Whether the sentence starts with a path or file name ('index.html is ...', '/scripts ...')."""
    token = sentence.split(maxsplit=1)[0] if sentence.strip() else ""
    if "/" in token or "\\" in token:
        return True
    stem, dot, extension = token.rpartition(".")
    return bool(
        dot
        and stem
        and extension.isalpha()
        and extension.islower()
        and len(extension) <= 5
        and ("_" in stem or stem.islower())
    )


def _is_path(token: str) -> bool:
    """'src/content/docs/', './scripts', '/phengs/...': a place in a file tree, not prose."""
    token = token.strip(".,;:()'\"")
    if token.lower().endswith(vocab.FILE_EXTENSIONS):
        return True
    return (
        "/" in token
        and any(c.isalpha() for c in token)
        and "://" not in token
        and token == token.lower()
        and (token.startswith(("/", "./", "~/")) or token.endswith("/"))
    )


def without_trailing_colon(sentence: str) -> str:
    if not sentence.endswith(":"):
        return sentence
    words = words_of(sentence)
    if vocab.LEAD_IN_WORDS.intersection(words) or (words and words[-1] in vocab.UNFINISHED_ENDINGS):
        return sentence
    if all(not word[:1].islower() for word in sentence.split()):
        return sentence  # a title introducing a list ('GIG Cymru IGDC Dryw / NHS Wales DHCW Wren:')
    trimmed = sentence[:-1].rstrip()
    for ending in vocab.TRAILING_EXAMPLES:
        if trimmed.lower().endswith(ending):
            trimmed = trimmed[: -len(ending)].rstrip(" ,")
    return trimmed


def shorten(text: str) -> str:
    if len(text) <= DESCRIPTION_LIMIT:
        return text
    cut = text.rfind(", ", 0, DESCRIPTION_LIMIT)
    return text[: DESCRIPTION_LIMIT - 1].rstrip() + "…" if cut < 40 else text[:cut] + "…"
