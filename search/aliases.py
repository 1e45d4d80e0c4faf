"""What people call a body besides its name: acronyms in both languages and its web address.

A question naming 'ABUHB', 'IGDC', 'DVLA' or 'gov.wales' means that body's work. Search matches
these beside the organisation's names (the organisation field: low weight, so they lift that
body's components among those the other words find, or list them when they are all the question).

    organisation_aliases("Digital Health and Care Wales", "Iechyd a Gofal Digidol Cymru",
                         "https://dhcw.nhs.wales")   # ['dhcw', 'igdc', 'dhcw.nhs.wales']
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from search.brands import BRAND_MAX_WORDS, BRAND_WORDS
from search.querytext import fold

# Words left out of acronyms, as bodies write them ('Office for National Statistics': ONS).
_SMALL = frozenset("and for of the in on a y yr r ac ar i o".split())
_BRACKETS = re.compile(r"\([^)]*\)")
_WORD = re.compile(r"[^\W\d_]+")
MIN_ACRONYM = 3


def acronym(name: str) -> str | None:
    """The initials of a name's words, small words left out ('Aneurin Bevan University Health
    Board' -> 'abuhb'); None when shorter than MIN_ACRONYM letters."""
    initials = [w[0] for w in _name_words(name) if w.casefold() not in _SMALL]
    found = "".join(initials).casefold()
    return found if len(found) >= MIN_ACRONYM else None


def web_brand(website: str | None) -> str | None:
    """The website's host without 'www.' ('https://www.gov.wales' -> 'gov.wales'); None for a
    body whose site is a page on a shared one ('https://www.gov.uk/government/organisations/…')."""
    if not website:
        return None
    try:
        parts = urlsplit(website if "//" in website else f"//{website}")
        host = parts.hostname or ""
    except ValueError:
        return None
    if parts.path.strip("/"):
        return None
    return host.removeprefix("www.") or None


def joined(name: str) -> str | None:
    """A name of two to BRAND_MAX_WORDS words and no small ones, run together ('Cyfoeth Naturiol
    Cymru' -> 'cyfoethnaturiolcymru'): the brand a question spells out when it names the body in
    full (search/brands.py), whatever mutation its first word takes after 'gan' or 'o' ('gan
    Gyfoeth Naturiol Cymru'). None for another name: its words are not all neighbours in a
    question, and a question holding two of them names the body already."""
    found = _name_words(name)
    if not BRAND_WORDS <= len(found) <= BRAND_MAX_WORDS:
        return None
    if any(w.casefold() in _SMALL for w in found):
        return None
    return fold("".join(found))


def _name_words(name: str) -> list[str]:
    """A name's words, as written, leaving out what brackets hold ('NHS Wales (national GitHub
    accounts)')."""
    return _WORD.findall(_BRACKETS.sub(" ", name))


def organisation_aliases(name: str, name_cy: str | None, website: str | None) -> list[str]:
    """Acronyms of the English and Welsh names, the web brand and the names run together (joined),
    each once, in that order."""
    found = [acronym(name), acronym(name_cy or ""), web_brand(website)]
    found += [joined(name), joined(name_cy or "")]
    return list(dict.fromkeys(alias for alias in found if alias))
