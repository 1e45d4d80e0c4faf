"""Welsh words the catalogue's own translations teach (search/memory.py)."""

from __future__ import annotations

from pathlib import Path

from search.lexicon import EMPTY, parse, with_memory
from search.memory import MEMORY, align, dumps, load_memory, po_messages

ROOT = Path(__file__).resolve().parents[3]

MESSAGES = [
    ("Add a repository", "Ychwanegu ystorfa"),
    ("The repository is public", "Mae’r ystorfa’n gyhoeddus"),
    ("Refuse the repository", "Gwrthod yr ystorfa"),
    ("Forks of the repository", "Fforciau’r ystorfa"),
    ("Design system", "System ddylunio"),
    ("A design system", "System ddylunio"),
    ("Any design system", "Unrhyw system ddylunio"),
    ("Read the GitHub guide", "Darllenwch ganllaw GitHub"),
]


def test_words_that_keep_company_in_the_messages_translate_each_other():
    pairs = {(cy, en) for cy, en, _ in align(MESSAGES)}
    assert ("ystorfa", "repository") in pairs
    # Too few messages ('fforciau' once), a tie ('ddylunio' beside 'design' and 'system'), or a
    # word the English messages use too ('github'): none is taken.
    assert not {cy for cy, _ in pairs} & {"fforciau", "ddylunio", "system", "github"}


def test_the_memory_fills_only_what_the_dictionaries_lack():
    dictionaries = parse(
        "00-database-info\nEurfa\nystorfa /ʌ/ <n>\nstore\n", "00-database-info\nEnglish-Welsh\n"
    )
    memory = {"ystorfa": ("repository",), "ystorfeydd": ("repositories",)}
    lexicon = with_memory(dictionaries, memory)
    assert lexicon.english("ystorfa") == (("store",),)  # the dictionary's
    assert lexicon.english("ystorfeydd") == (("repositories",),)
    assert lexicon.spelt_right("ystorfeydd")
    assert with_memory(EMPTY, memory).english("ystorfa") == (("repository",),)


def test_the_committed_memory_is_made_from_the_current_translations():
    po = ROOT / "web" / "locales" / "cy" / "LC_MESSAGES" / "messages.po"
    assert MEMORY.read_text(encoding="utf-8") == dumps(align(po_messages(po))), (
        "search/data/translation_memory.tsv is out of date: run `make translations`"
    )
    assert load_memory()["ystorfeydd"] == ("repositories",)
