"""Welsh words the catalogue's own translations teach: 'ystorfeydd' -> 'repositories'.

The web interface is translated into Welsh by people (web/locales/cy/LC_MESSAGES/messages.po).
Its 1,200 messages say, in both languages, the words this domain uses and no dictionary holds
(*ystorfa*, *fforciau*, *piblinellau*, *maniffest*). A Welsh word and an English word that keep
appearing in the same messages, and seldom apart, translate each other: their Dice coefficient
(twice the messages holding both over the messages holding each) is at least MIN_DICE, over
MIN_MESSAGES messages or more. The pairs are kept in search/data/translation_memory.tsv, made
again from the translations by `make translations` (a test checks it is up to date), and read
beside the dictionaries (search/lexicon.py) for words they lack.

LibreOffice's Welsh interface (28,000 messages, translated by its Welsh team; Debian's
`libreoffice-l10n-cy`, MPL-2.0) teaches the words of software in general the same way:
*ffolderi* (folders), *consol*, *disgrifydd* (descriptor), *atchweliad* (regression),
*cyfanrif* (integer). Its pairs are kept in search/data/libreoffice_memory.tsv (MPL-2.0, as
the translations they come from), made again by `make libreoffice-memory`, which fetches the
package; the catalogue's own translations come first where both know a word.

    .venv/bin/python -m search.memory web/locales/cy/LC_MESSAGES/messages.po > search/data/translation_memory.tsv
    .venv/bin/python -m search.memory var/libreoffice/usr/lib/libreoffice/program/resource/cy/LC_MESSAGES
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from search.querytext import STOPWORDS, words

MEMORY = Path(__file__).resolve().parent / "data" / "translation_memory.tsv"
SOFTWARE_MEMORY = Path(__file__).resolve().parent / "data" / "libreoffice_memory.tsv"
MIN_DICE = 0.8
MIN_MESSAGES = 3
MIN_LETTERS = 4
# Placeholders and markup, which are neither language.
_NOT_WORDS = re.compile(r"%\(\w+\)[sd]|\{[^}]*\}|<[^>]*>|https?://\S+")
# Keyboard accelerators inside a word: LibreOffice's 'Re~place', its dialogs' 'A_mnewid'.
_ACCELERATOR = re.compile(r"[~_](?=\w)")


def _terms(text: str) -> set[str]:
    return {w for w in words(_NOT_WORDS.sub(" ", text)) if w not in STOPWORDS}


def align(messages: Iterable[tuple[str, str]]) -> list[tuple[str, str, int]]:
    """(Welsh word, English word, messages holding both) for the pairs that translate each other
    in these (English, Welsh) messages, best first for each Welsh word."""
    pairs = [(_terms(en), _terms(cy)) for en, cy in messages if en and cy]
    english = Counter(w for found, _ in pairs for w in found)
    welsh = Counter(w for _, found in pairs for w in found)
    both = Counter((cy, en) for found_en, found_cy in pairs for cy in found_cy for en in found_en)
    dice = {}
    for (cy, en), count in both.items():
        if count < MIN_MESSAGES or len(cy) < MIN_LETTERS or not cy.isalpha() or not en.isalpha():
            continue
        if english[cy]:
            continue  # written in English messages too ('publiccode', 'github'): no Welsh word
        dice[cy, en] = 2 * count / (welsh[cy] + english[en])
    # Each the other's one best partner ('ystorfa' and 'repository'); 'ddylunio' is as often
    # beside 'system' as beside 'design' ('system ddylunio', design system): neither is kept.
    best_en = _best(((cy, en), d) for (cy, en), d in dice.items())
    best_cy = _best(((en, cy), d) for (cy, en), d in dice.items())
    kept = [
        (cy, en, both[cy, en])
        for (cy, en), d in dice.items()
        if d >= MIN_DICE and best_en[cy] == en and best_cy[en] == cy
    ]
    return sorted(kept)


def _best(scored: Iterable[tuple[tuple[str, str], float]]) -> dict[str, str | None]:
    """For each first word, the second word it scores best with; None when two tie for best
    ('diogelwch' is as often beside 'security' as beside 'policy': neither is sure)."""
    found: dict[str, tuple[float, str | None]] = {}
    for (word, other), score in scored:
        held = found.get(word)
        if held is None or score > held[0]:
            found[word] = (score, other)
        elif score == held[0]:
            found[word] = (score, None)
    return {word: other for word, (_, other) in found.items()}


def po_messages(path: Path) -> list[tuple[str, str]]:
    """(English, Welsh) of every translated message of a .po file (the first plural form)."""
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalog = read_po(handle)
    return [
        (english, welsh)
        for message in catalog
        if not message.fuzzy
        and (english := _first(message.id))
        and (welsh := _first(message.string))
    ]


def mo_messages(folder: Path) -> list[tuple[str, str]]:
    """(English, Welsh) of every translated message of the compiled catalogues (.mo) in a
    folder (the first plural form), without keyboard accelerators ('Re~place' -> 'Replace')."""
    from babel.messages.mofile import read_mo

    found = []
    for path in sorted(folder.glob("*.mo")):
        with path.open("rb") as handle:
            catalog = read_mo(handle)
        for message in catalog:
            english, welsh = _first(message.id), _first(message.string)
            if english and welsh:
                found.append((_ACCELERATOR.sub("", english), _ACCELERATOR.sub("", welsh)))
    return found


def _first(text: str | tuple[str, ...] | list[str]) -> str:
    """A message's text, or the first form of a plural one."""
    return text if isinstance(text, str) else text[0]


def dumps(pairs: Iterable[tuple[str, str, int]]) -> str:
    return "".join(f"{cy}\t{en}\t{count}\n" for cy, en, count in pairs)


@lru_cache(maxsize=1)
def load_memory(path: Path = MEMORY) -> dict[str, tuple[str, ...]]:
    """Welsh word -> its English words, best first ({} when the file is missing)."""
    found: dict[str, list[str]] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 3:
            found.setdefault(parts[0], []).append(parts[1])
    return {cy: tuple(en) for cy, en in found.items()}


if __name__ == "__main__":
    source = Path(sys.argv[1])
    messages = mo_messages(source) if source.is_dir() else po_messages(source)
    sys.stdout.write(dumps(align(messages)))
