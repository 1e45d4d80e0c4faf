"""Welsh words the catalogue's own translations, and LibreOffice's, teach (search/memory.py)."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from search.lexicon import EMPTY, load_lexicon, parse, with_memory
from search.memory import (
    MEMORY,
    SOFTWARE_MEMORY,
    align,
    dumps,
    load_memory,
    mo_messages,
    po_messages,
)

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


def test_compiled_catalogues_are_read_without_their_keyboard_accelerators(tmp_path):
    catalog = Catalog(locale="cy")
    catalog.add("Re~place", "A~mnewid")
    catalog.add("_Folders", "_Ffolderi", context="dialog")
    catalog.add(("%d file", "%d files"), ("%d ffeil", "%d ffeil", "%d ffeil", "%d ffeil"))
    catalog.add("Untranslated", "")
    with (tmp_path / "ui.mo").open("wb") as handle:
        write_mo(handle, catalog)
    (tmp_path / "notes.txt").write_text("not a catalogue")
    assert sorted(mo_messages(tmp_path)) == [
        ("%d file", "%d ffeil"),
        ("Folders", "Ffolderi"),
        ("Replace", "Amnewid"),
    ]


def test_libreoffices_welsh_interface_teaches_the_words_of_software():
    # search/data/libreoffice_memory.tsv, made by `make libreoffice-memory`; its header lines
    # are no pairs.
    memory = load_memory(SOFTWARE_MEMORY)
    assert memory["ffolderi"] == ("folders",)
    assert memory["cyfanrif"] == ("integer",)
    assert not any(word.startswith("#") for word in memory)
    # Where the catalogue's own translations know a word, theirs comes first.
    assert load_memory()["ystorfeydd"] == ("repositories",)
    assert load_lexicon().english("ffolderi") == (("folders",),)
