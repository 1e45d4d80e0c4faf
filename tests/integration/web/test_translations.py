"""The Welsh catalogue: in step with the code, complete, well-formed, and compiled."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from babel.support import Translations

ROOT = Path(__file__).resolve().parents[3]
LOCALES = ROOT / "web" / "locales"
WELSH_PO = LOCALES / "cy" / "LC_MESSAGES" / "messages.po"
PYBABEL = Path(sys.executable).with_name("pybabel")


def read(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set:
    """Every message the code and templates use now, extracted as `make messages` does."""
    target = tmp_path_factory.mktemp("messages") / "messages.pot"
    subprocess.run(
        [
            str(PYBABEL),
            "-q",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "N_",
            "-k",
            "_",
            "-k",
            "gettext",
            "-k",
            "ngettext:1,2",
            "--no-location",
            "-o",
            str(target),
            ".",
        ],
        cwd=ROOT,
        check=True,
    )
    return {message.id for message in read(target) if message.id}


def test_welsh_catalogue_is_in_step_with_the_code(extracted):
    welsh = {message.id for message in read(WELSH_PO) if message.id}
    template = {message.id for message in read(LOCALES / "messages.pot") if message.id}
    assert sorted(map(str, extracted - welsh)) == [], (
        "new messages: run `make messages` and translate"
    )
    assert sorted(map(str, welsh - extracted)) == [], "messages no longer used: run `make messages`"
    assert template == extracted, "messages.pot is stale: run `make messages`"


def test_every_message_has_a_welsh_translation():
    untranslated, fuzzy = [], []
    for message in read(WELSH_PO):
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(s.strip() for s in strings):
            untranslated.append(message.id)
        if message.fuzzy:
            fuzzy.append(message.id)
    assert untranslated == [], f"{len(untranslated)} messages have no Welsh translation"
    assert fuzzy == [], "fuzzy translations must be checked by a Welsh speaker"


def test_translations_keep_their_placeholders():
    catalogue = read(WELSH_PO)
    problems = [(message.id, [str(e) for e in errors]) for message, errors in catalogue.check()]
    assert problems == []


def test_compiled_catalogue_matches_the_po_file():
    compiled = Translations.load(str(LOCALES), ["cy"], domain="messages")
    assert isinstance(compiled, Translations), "no compiled catalogue: run `make translations`"
    stale = []
    for message in read(WELSH_PO):
        if not message.id or isinstance(message.id, tuple):
            continue
        if message.context:  # 'Yes' as an answer to 'Works in Welsh' is 'Ydy', elsewhere 'Ie'
            found = compiled.pgettext(message.context, message.id)
        else:
            found = compiled.gettext(message.id)
        if message.string and found != message.string:
            stale.append(message.id)
    assert stale == [], "messages.mo is out of date: run `make translations`"
