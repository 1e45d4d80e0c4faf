"""The Welsh catalogue reads as written in Welsh: mutations, counts, gender and terms (issue 18).

Each rule is checked over web/locales/cy/LC_MESSAGES/messages.po, so a message added by anyone is
held to it, and against a few known-bad messages, so a test that stopped looking would be noticed.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po

from catalogue.welsh import after_numeral, aspirate_mutation, soft_mutation

ROOT = Path(__file__).resolve().parents[3]
PO = ROOT / "web/locales/cy/LC_MESSAGES/messages.po"
GLOSSARY = ROOT / "web/locales/cy/glossary.yaml"
TEMPLATES = ROOT / "web/templates"

# Words after which Welsh mutates the next word: a name put straight after one reads wrongly
# ("â Cyngor Gwynedd", "gan Llywodraeth Cymru"), so no placeholder may follow one.
MUTATING = (
    "â ag a ac gan o dan neu i ar am at drwy trwy dros heb wrth gyda tua na nac yn ei fy dy mor pa"
).split()
_AFTER_MUTATING = re.compile(
    r"(?<![\w’'])(" + "|".join(MUTATING) + r")\s+%\((\w+)\)s", re.IGNORECASE
)
# Placeholders that hold digits, dates, addresses or code: Welsh never mutates those.
NOT_MUTATED = frozenset(
    "num count total shown limit max min high rank stars forks issues components organisations "
    "date time url email host hosts login href openapi guide slug identifier".split()
)
# Placeholders that hold a count.
COUNTS = frozenset(
    "num count total shown limit max min high stars forks issues components organisations".split()
)
# Initials that change after a numeral (2, 3, 6...): a counted noun starting with one of these
# needs ngettext, with a form for each number. Nouns starting otherwise (nod, sefydliad) read
# right after any number and may follow a count in a plain message.
_MUTABLE = re.compile(r"(ll|rh|[cptbdgm])", re.IGNORECASE)
_COUNT_THEN_WORD = re.compile(r"%\((\w+)\)s\s+([^\W\d_]+)")


@cache
def catalogue():
    with PO.open("rb") as f:
        return read_po(f, locale="cy")


@cache
def glossary() -> dict:
    return yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))


def english_and_forms(message) -> tuple[str, tuple[str, ...]]:
    """A message's English (its plural, if it has one) and its translated forms."""
    english = message.id[-1] if isinstance(message.id, tuple) else message.id
    forms = message.string if isinstance(message.string, tuple) else (message.string,)
    return english, forms


def welsh_messages() -> list[tuple[str, str, bool]]:
    """(English, Welsh, whether plural) for every form of every translated message."""
    found = []
    for message in catalogue():
        if not message.id:
            continue
        english, forms = english_and_forms(message)
        found += [(english, form, isinstance(message.id, tuple)) for form in forms if form]
    return found


def mutating_word_before_placeholder(welsh: str) -> list[str]:
    return [
        match.group(0)
        for match in _AFTER_MUTATING.finditer(welsh)
        if match.group(2) not in NOT_MUTATED
    ]


def count_outside_ngettext(welsh: str) -> list[str]:
    return [
        match.group(0)
        for match in _COUNT_THEN_WORD.finditer(welsh)
        if match.group(1) in COUNTS and _MUTABLE.match(match.group(2))
    ]


# Counts that vary from page to page (and so can be 1): in English too they go through ngettext.
VARYING_COUNTS = frozenset("num count shown total".split())
_NOT_A_NOUN = frozenset("more of or and to".split())


def english_count_outside_ngettext(english: str) -> list[str]:
    return [
        match.group(0)
        for match in _COUNT_THEN_WORD.finditer(english)
        if match.group(1) in VARYING_COUNTS and match.group(2).lower() not in _NOT_A_NOUN
    ]


def _word(pattern: str) -> re.Pattern:
    """A pattern matched on whole words; a word may end in ’n or ’r (ystorfa’n, i’r)."""
    return re.compile(r"(?<![\w’'])(?:" + pattern + r")(?!\w)", re.IGNORECASE)


def glossary_breaches(english: str, welsh: str, context: str | None = None) -> list[str]:
    found = []
    for term in glossary()["terms"]:
        if "context" in term and term["context"] != context:
            continue  # a term for messages in another context ("works in Welsh")
        applies = "english" in term and _word(term["english"]).search(english)
        if applies and not _word(term["welsh"]).search(welsh):
            found.append(f"needs /{term['welsh']}/")
        found += [f"uses '{bad}'" for bad in term.get("avoid", ()) if _word(bad).search(welsh)]
    for word in glossary()["reserved"]:
        if _word(word["welsh"]).search(welsh) and not _word(word["english"]).search(english):
            found.append(f"/{word['welsh']}/ only means /{word['english']}/")
    return found


# ei, i'w and the 'i that follows a vowel (wedi'i, a'i, o'i, fe'i), then the next word.
_POSSESSIVE = re.compile(
    r"(?<![\w’'])(?:ei|i['’]w|\w*[aeiouwyâ]['’]i)\s+([^\W\d_]+)", re.IGNORECASE
)
_VOWEL = "aeiouwyâêîôûŵŷ"
# The initial a soft mutation leaves, and the radicals it may come from.
_SOFT_FROM = {"dd": ("d",), "f": ("b", "m"), "l": ("ll",), "r": ("rh",), "g": ("c",), "d": ("t",)}
_SOFT_FROM["b"] = ("p",)


@cache
def welsh_vocabulary() -> frozenset[str]:
    """Every word of the Welsh catalogue, and the glossary's radicals: what counts as a word."""
    words = {w.lower() for _, welsh, _ in welsh_messages() for w in re.findall(r"[^\W\d_]+", welsh)}
    return frozenset(words | set(glossary()["feminine"]["radicals"]))


def is_his_form(word: str) -> bool:
    """Whether a word after ei/i'w/wedi'i is mutated as after 'his' (ei enw, ei gynnal, ei fod)."""
    word = word.lower()
    if word[0] in _VOWEL:
        return True  # hers puts an h before a vowel: ei henw, i'w hailddefnyddio
    if word.startswith(("ll", "rh", "ch", "ph", "th", "ff", "ng", "mh", "nh")):
        return False  # a radical or an aspirate (hers): ei llun, ei rhestru, ei chynnal
    for initial, radicals in _SOFT_FROM.items():
        if word.startswith(initial):
            rest = word[len(initial) :]
            return initial == "dd" or any(r + rest in welsh_vocabulary() for r in radicals)
    return False


def _mentions(welsh: str, patterns) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _word("|".join(patterns)).finditer(welsh)]


def masculine_about_a_component(english: str, welsh: str) -> list[str]:
    """His/its forms whose referent is feminine: the nearest noun before the form is a cydran (or
    another feminine noun), or no noun comes before it in a message about a component."""
    feminine = glossary()["feminine"]
    components = _mentions(welsh, feminine["nouns"])
    feminine_nouns = components + _mentions(welsh, feminine["other_feminine"])
    others = _mentions(welsh, feminine["other_nouns"])
    about_one = bool(components) or english in feminine["about_a_component"]
    forms = [
        (m.start(), m.group(0))
        for m in _word("|".join(feminine["masculine_forms"])).finditer(welsh)
    ]
    forms += [
        (m.start(), m.group(0)) for m in _POSSESSIVE.finditer(welsh) if is_his_form(m.group(1))
    ]
    found = []
    for at, form in sorted(forms):
        before = [(end, "feminine") for _, end in feminine_nouns if end <= at]
        before += [(end, "other") for _, end in others if end <= at]
        nearest = max(before, default=None)
        # "disgrifiad y gydran ... wedi'i ddiweddaru", "yr hyn y mae'r ystorfa yn ei ddweud": the
        # genitive's head, or the noun a relative clause hangs on, is the referent.
        if (nearest is None and about_one) or (
            nearest is not None
            and nearest[1] == "feminine"
            and not _governed(welsh, nearest[0], others)
        ):
            found.append(form)
    return found


# Before a feminine noun: another noun and the article (a genitive: "disgrifiad y gydran"), or a
# noun and a relative clause whose subject it is ("yr hyn y mae'r ystorfa hon yn ei ddweud").
_GOVERNED = re.compile(
    r"(\S+)(?:\s+(?:y|yr)\s+|[’']r\s+|\s+|\s+y\s+mae(?:[’']r|\s+y|\s+yr)?\s+)\S+$"
)


def _governed(welsh: str, noun_end: int, others: list[tuple[int, int]]) -> bool:
    """Whether the feminine noun ending here hangs on another noun, which is then the referent."""
    head = _GOVERNED.search(welsh[:noun_end])
    return bool(head) and any(start <= head.start(1) < end for start, end in others)


def numeral_breaches(english: str, forms: tuple[str, ...]) -> list[str]:
    """Plural forms whose counted noun does not take the numeral's mutation."""
    numerals = glossary()["numerals"]
    # The cy plural forms stand for 0, 1, 2, 3, 6 and any other number (see the .po header).
    numbers = (0, 1, 2, 3, 6, 5)
    radical = re.search(r"%\(num\)s\s+(\w+)", forms[-1])
    if len(forms) != len(numbers) or not radical or radical.group(1).lower() not in numerals:
        return []
    noun = radical.group(1).lower()
    found = []
    for number, form in zip(numbers, forms, strict=True):
        said = re.search(r"%\(num\)s\s+(\w+)", form)
        wanted = after_numeral(noun, number, numerals[noun] == "feminine")
        if said and said.group(1).lower() != wanted:
            found.append(f"{number}: '{said.group(1)}', not '{wanted}'")
    return found


def breaches(check) -> list[str]:
    return [
        f"{english!r} -> {welsh!r}: {found}"
        for english, welsh, _ in welsh_messages()
        if (found := check(english, welsh))
    ]


# The rules themselves, shown on Welsh that a reader would stumble on.


def test_a_placeholder_straight_after_a_mutating_word_is_caught():
    assert mutating_word_before_placeholder("cysylltwch â %(organisation)s")
    assert mutating_word_before_placeholder("Gan %(organisation)s")
    assert mutating_word_before_placeholder("o dan %(organisation)s")
    assert mutating_word_before_placeholder("golygyddion %(owner)s neu %(organisation)s")
    assert not mutating_word_before_placeholder("Yn ôl %(organisation)s")
    assert not mutating_word_before_placeholder("ar draws %(count)s cydran")
    assert not mutating_word_before_placeholder("Gan y sefydliad %(organisation)s")


def test_a_count_before_a_noun_that_mutates_is_caught():
    assert count_outside_ngettext("Siart bar o %(count)s gwerth")
    assert count_outside_ngettext("Nid yw’n ddilys (%(count)s problem)")
    assert count_outside_ngettext("Dyma’r %(shown)s clwstwr")
    assert not count_outside_ngettext("Problemau: %(count)s")
    assert not count_outside_ngettext("Rhaid iddo fod yn %(max)s nod neu lai")


def test_an_english_count_before_a_noun_is_caught():
    assert english_count_outside_ngettext("Download all %(num)s results:")
    assert english_count_outside_ngettext("The file is not valid (%(count)s problems)")
    assert not english_count_outside_ngettext("The file is not valid (problems: %(count)s)")
    assert not english_count_outside_ngettext("And %(num)s more: see the full list in the API.")


def test_the_numerals_mutate_as_welsh_does():
    assert [after_numeral("cydran", n, True) for n in (1, 2, 3, 6, 5)] == [
        "gydran",
        "gydran",
        "cydran",
        "chydran",
        "cydran",
    ]
    assert [after_numeral("pecyn", n, False) for n in (1, 2, 3, 6)] == [
        "pecyn",
        "becyn",
        "phecyn",
        "phecyn",
    ]
    assert soft_mutation("Llywodraeth") == "Lywodraeth"
    assert aspirate_mutation("Llywodraeth") == "Llywodraeth"
    assert soft_mutation("Cyngor") == "Gyngor"
    assert aspirate_mutation("Cyngor") == "Chyngor"
    assert soft_mutation("Technolegau") == "Dechnolegau"
    assert aspirate_mutation("Technolegau") == "Thechnolegau"
    assert soft_mutation("Gwynedd") == "Wynedd"
    assert soft_mutation("Uned") == aspirate_mutation("Uned") == "Uned"


def test_wrong_plural_forms_are_caught():
    wrong = ("%(num)s cydran", "%(num)s gydran", "%(num)s gydran", "%(num)s chydran")
    assert numeral_breaches("x", (*wrong, "%(num)s cydran", "%(num)s cydran")) == [
        "3: 'chydran', not 'cydran'",
        "6: 'cydran', not 'chydran'",
    ]
    same = tuple(["%(num)s cofnod"] * 6)
    assert len(numeral_breaches("x", same)) == 3


def test_glossary_breaches_are_caught():
    assert glossary_breaches("Add a project", "Ychwanegu project")
    assert glossary_breaches(
        "%(url)s is already in the catalogue", "Mae %(url)s yn y catalog yn barod"
    )
    assert glossary_breaches("Close match", "Cyfateb yn agos")
    assert glossary_breaches("Yes", "Ydy")
    assert glossary_breaches("Yes", "Ie", context="works in Welsh")
    assert not glossary_breaches("Yes", "Ydy", context="works in Welsh")
    assert not glossary_breaches("No", "Nac ydy", context="works in Welsh")
    assert glossary_breaches("Welsh locale files: %(files)s", "Ffeiliau locale Cymraeg: %(files)s")
    assert glossary_breaches("link or retire the others", "neu eu hymddeol")
    assert glossary_breaches("Words in common:", "Geiriau yn gyffredin:")
    assert not glossary_breaches("Words in common:", "Geiriau sy’n gyffredin:")
    assert glossary_breaches("x", "Nid oes angen allwedd")
    assert glossary_breaches("search results, facet counts", "cyfrifon ar gyfer pob hidlydd")
    assert not glossary_breaches("Close match", "Cyfatebiaeth agos")
    assert not glossary_breaches("Accounts", "Cyfrifon")


def test_masculine_pronouns_for_a_component_are_caught():
    assert masculine_about_a_component("Used by", "Yn cael ei ddefnyddio gan y gydran")
    assert masculine_about_a_component(
        "It is archived: you can copy it, but nobody is maintaining it.",
        "Mae wedi’i archifo: gallwch ei gopïo, ond does neb yn ei gynnal.",
    )
    assert not masculine_about_a_component(
        "It is archived: you can copy it, but nobody is maintaining it.",
        "Mae wedi’i harchifo: gallwch ei chopïo, ond does neb yn ei chynnal.",
    )


def test_this_component_is_hon_not_hwn():
    """'Cyn i chi newid neu ailadeiladu hwn' called the (feminine) component 'this one' in the
    masculine; 'this code' (y cod hwn) and 'this sector' are masculine and stay."""
    advice = (
        "These look like the same kind of work done elsewhere. Before you change or rebuild this,"
        " see whether you can share the work."
    )
    assert masculine_about_a_component(advice, "Cyn i chi newid neu ailadeiladu hwn") == ["hwn"]
    assert not masculine_about_a_component(advice, "Cyn i chi newid neu ailadeiladu’r gydran hon")
    assert not masculine_about_a_component("x", "Gallwch ddefnyddio’r gydran a newid y cod hwn")
    assert not masculine_about_a_component("x", "Chwilio %(num)s cydran yn y sector hwn")


def test_a_his_form_that_refers_to_another_noun_is_not_a_breach():
    """The pronoun's referent is the nearest noun before it, not any cydran in the message."""
    assert not masculine_about_a_component("x", "Popeth y mae’r catalog yn ei wybod am un gydran")
    assert not masculine_about_a_component(
        "x", "Ailddefnydd wedi’i wirio: pa gydrannau sy’n ei defnyddio"
    )
    assert not masculine_about_a_component(
        "x", "Dim ond golygyddion %(organisation)s all gadarnhau ei fod yn defnyddio’r gydran hon"
    )
    assert not masculine_about_a_component("x", "Mae disgrifiad y gydran wedi’i ddiweddaru")
    assert not masculine_about_a_component("x", "Mae’r gydran wedi’i harchifo: gallwch ei chopïo")
    # Words whose radical starts f, l or r are not mutated: 'ei fersiwn' is hers too.
    assert not masculine_about_a_component("x", "Dewiswch y gydran a’i fersiwn")
    assert not masculine_about_a_component("x", "Mae’r gydran yn ei diweddaru ei hun")


def test_a_his_form_that_refers_to_a_component_is_still_a_breach():
    assert masculine_about_a_component("x", "Mae’r gydran wedi’i archifo") == ["wedi’i archifo"]
    assert masculine_about_a_component("x", "Mae’r gydran yn cael ei gynnal") == ["ei gynnal"]
    assert masculine_about_a_component("x", "Mae’r catalog yn dangos y gydran a’i enw")
    assert masculine_about_a_component("x", "Mae’r gydran yn dda: ond does neb amdano")
    assert masculine_about_a_component(
        "It is archived: you can copy it, but nobody is maintaining it.", "Ni ellir ei gopïo"
    )
    # A file, a page and a repository are feminine too, once named before the form.
    assert masculine_about_a_component("x", "Ei ffeil publiccode.yml, wedi’i greu gan y catalog")
    assert not masculine_about_a_component(
        "x", "Rydym yn casglu ei god cyhoeddus nawr; bydd ei dudalen yn llenwi"
    )
    assert not masculine_about_a_component("x", "yr hyn y mae’r ystorfa hon yn ei ddweud amdani")


# The catalogue itself.


def test_no_welsh_message_puts_a_name_straight_after_a_mutating_word():
    assert breaches(lambda _, welsh: mutating_word_before_placeholder(welsh)) == []


def test_counts_in_welsh_go_through_ngettext_or_noun_colon_number():
    assert [
        f"{english!r} -> {welsh!r}"
        for english, welsh, plural in welsh_messages()
        if not plural and count_outside_ngettext(welsh)
    ] == []


def test_counts_in_english_go_through_ngettext_or_noun_colon_number():
    """'1 results' is as wrong as '2 gwerth'; a plural message gives each number its words."""
    assert [
        message.id
        for message in catalogue()
        if isinstance(message.id, str) and english_count_outside_ngettext(message.id)
    ] == []


def test_plural_forms_take_the_numerals_mutations():
    found = []
    for message in catalogue():
        if isinstance(message.id, tuple) and (
            wrong := numeral_breaches(message.id[0], message.string)
        ):
            found.append(f"{message.id[0]!r}: {wrong}")
    assert found == []


def test_welsh_messages_use_the_glossary_terms():
    found = []
    for message in catalogue():
        if not message.id:
            continue
        english, forms = english_and_forms(message)
        for welsh in filter(None, forms):
            if wrong := glossary_breaches(english, welsh, message.context):
                found.append(f"{english!r} -> {welsh!r}: {wrong}")
    assert found == []


def test_a_component_is_feminine():
    """A his/its form that rightly refers to another noun (ailddefnydd, sefydliad, yr hyn) needs
    that noun in feminine.other_nouns in web/locales/cy/glossary.yaml, not an exception."""
    assert breaches(masculine_about_a_component) == []


@pytest.mark.parametrize("template", sorted(TEMPLATES.rglob("*.html")), ids=lambda p: p.name)
def test_templates_put_no_count_beside_untranslated_words(template):
    """A number printed next to literal text ({{ n }} components) never mutates nor agrees."""
    text = template.read_text(encoding="utf-8")
    assert re.findall(r"\{\{[^{}]*\|(?:number|length)[^{}]*\}\}[ \t]*[^\W\d_]+", text) == []


def test_words_quoted_from_a_repository_are_quoted_in_welsh_type_reasons():
    """'…mai handbook yw e' reads as a Welsh sentence with an English word dropped into it."""
    from catalogue.classify import REASON_BUILDS_ON, REASON_NAME, REASON_PUBLICCODE, REASON_WORDS

    welsh = {message.id: message.string for message in catalogue()}
    for reason in (REASON_NAME, REASON_WORDS, REASON_BUILDS_ON, REASON_PUBLICCODE):
        assert "‘%(value)s’" in welsh[reason], welsh[reason]


def test_a_listing_suffix_after_an_english_name_is_welsh_on_welsh_pages():
    from catalogue.models.organisation import name_in

    assert name_in("cy", "Atos (supplier)", None) == "Atos (cyflenwr)"
    assert name_in("en", "Atos (supplier)", None) == "Atos (supplier)"
    assert name_in("cy", "Cyngor Gwynedd", "Cyngor Gwynedd") == "Cyngor Gwynedd"


def test_welsh_messages_use_one_apostrophe():
    """'sy'n' beside 'sy’n' on one page: the catalogue writes the typographic apostrophe."""
    assert [welsh for _, welsh, _ in welsh_messages() if re.search(r"\w'\w", welsh)] == []
