"""Plain titles for duplicate clusters in English and Welsh, derived from what the members share.

A cluster is named after the concept its links share most (concepts.py), from a small bilingual
vocabulary of what each concept's work is called, plural in both languages. Without a concept the
title says honestly what is known: the members' component type ('Similar libraries' /
'Llyfrgelloedd tebyg') and, after a colon, one name for what they share: a phrase that names or
describes members of two or more organisations ('developer hub') where there is one, else one
shared word; never a list of words, never a word twice, never a name ending on a generic word
('app', 'service') or on what it is built with ('react'). Nothing better: the type alone.
The Welsh title gives that name in Welsh where the glossary and dictionary leave no doubt
('proffiliau FHIR', welsh_names.py); otherwise it quotes the English, listed in `words` so pages
mark it lang="en".
Welsh adjectives soft-mutate after a feminine singular noun ('Dogfennaeth debyg') and not after a
plural ('Llyfrgelloedd tebyg'); catalogue/welsh.py does the mutation.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from catalogue.welsh import soft_mutation
from search.querytext import GENERIC_WORDS
from search.similarity.concepts import CONCEPTS
from search.similarity.jobs import JOBS
from search.similarity.language import camel_words, normalise_word
from search.similarity.welsh_names import WelshNames

# concept key -> (English title, Welsh title): what work on the concept is called, plural.
CONCEPT_TITLES: dict[str, tuple[str, str]] = {
    "design-system": (
        "Design systems and component libraries",
        "Systemau dylunio a llyfrgelloedd cydrannau",
    ),
    "prototype-kit": ("Prototype kits", "Pecynnau prototeipio"),
    "address-lookup": ("Address lookup services", "Gwasanaethau chwilio am gyfeiriad"),
    "spc-charts": (
        "Statistical process control charts",
        "Siartiau rheoli prosesau ystadegol",
    ),
    "chart-styling": ("Charts in a house style", "Siartiau yn arddull y sefydliad"),
    "speech-recognition": ("Speech recognition tools", "Offer adnabod lleferydd"),
    "text-to-speech": ("Text to speech tools", "Offer testun i leferydd"),
    "machine-translation": ("Machine translation tools", "Offer cyfieithu peirianyddol"),
    "spell-checking": ("Spell checkers", "Gwirwyr sillafu"),
    "integration-engine": (
        "Clinical messaging and integration engines",
        "Peiriannau integreiddio a negeseuon clinigol",
    ),
    "openehr": ("openEHR clinical records", "Cofnodion clinigol openEHR"),
    "fake-data": ("Fake or synthetic test data", "Data prawf ffug neu synthetig"),
    "blog": ("Team blogs and week notes", "Blogiau tîm a nodiadau wythnos"),
    "authentication": (
        "Sign-in and authentication services",
        "Gwasanaethau mewngofnodi a dilysu",
    ),
    "cookie-consent": ("Cookie consent banners", "Baneri caniatâd cwcis"),
    "notifications": (
        "Email and text message services",
        "Gwasanaethau e-bost a negeseuon testun",
    ),
    "record-linkage": ("Record linkage and matching tools", "Offer cysylltu a pharu cofnodion"),
    "surveys": ("Surveys and questionnaires", "Arolygon a holiaduron"),
    "roadmap": ("Public roadmaps and backlogs", "Cynlluniau gwaith cyhoeddus"),
    "developer-portal": (
        "Developer portals and API catalogues",
        "Pyrth datblygwyr a chatalogau API",
    ),
    "dashboard": ("Dashboards", "Dangosfyrddau"),
    "accessibility": ("Accessibility tools", "Offer hygyrchedd"),
    "petitions": ("Petition services", "Gwasanaethau deisebau"),
    "cms": ("Content management systems", "Systemau rheoli cynnwys"),
    "chatbot": ("Chatbots and digital assistants", "Sgwrsfotiaid a chynorthwywyr digidol"),
    "semantic-search": ("Semantic search and retrieval", "Chwilio semantig ac adalw"),
    "llm": ("Large language model tools", "Offer modelau iaith mawr"),
    "browser-testing": (
        "Automated browser and API testing",
        "Offer profi porwyr ac APIs yn awtomatig",
    ),
    "architecture-records": (
        "Architecture decisions and principles",
        "Penderfyniadau ac egwyddorion pensaernïaeth",
    ),
    "engineering-handbook": ("Playbooks and handbooks", "Llawlyfrau a chanllawiau gwaith"),
    "forms": ("Online form builders", "Offer ffurflenni ar-lein"),
    "payments": ("Payment services", "Gwasanaethau talu"),
    "referrals": ("Referral services", "Gwasanaethau atgyfeirio"),
    "genomics": ("Genomics tools", "Offer genomeg"),
    "open-data": (
        "Statistics and open data publishing",
        "Cyhoeddi ystadegau a data agored",
    ),
    "geospatial": ("Maps and geospatial data", "Mapiau a data geo-ofodol"),
    "logging": ("Logging libraries and formats", "Llyfrgelloedd a fformatau logio"),
    "document-generation": ("PDF and document generators", "Cynhyrchwyr PDF a dogfennau"),
    "feature-flags": ("Feature flag services", "Gwasanaethau baneri nodweddion"),
    "project-template": ("Project templates", "Templedi prosiect"),
    "file-upload": (
        "File upload and transfer services",
        "Gwasanaethau llwytho a throsglwyddo ffeiliau",
    ),
}


CONCEPT_TITLES.update({key: job.title for key, job in JOBS.items()})


@dataclass(frozen=True)
class Head:
    """What a kind of component is called: English plural; Welsh noun, its number and gender."""

    english: str
    welsh: str
    feminine_singular: bool = False  # a Welsh adjective after it soft-mutates


# component type -> the noun a fallback title is built on
TYPE_HEADS: dict[str, Head] = {
    # 'Rhaglen' is Application wherever the catalogue names the type (web/locales/cy).
    "application": Head("applications", "Rhaglenni"),
    "library": Head("libraries", "Llyfrgelloedd"),
    "design-system": Head("design systems", "Systemau dylunio"),
    "infrastructure": Head("infrastructure code", "Cod seilwaith"),
    "data": Head("data", "Data"),
    "documentation": Head("documentation", "Dogfennaeth", feminine_singular=True),
    "other": Head("work", "Gwaith"),
}
_LABEL_TO_CONCEPT = {label: key for key, (label, _) in CONCEPTS.items()}


@dataclass(frozen=True)
class Title:
    """A cluster's title in both languages; `words` are shared terms shown after it, in English."""

    en: str
    cy: str
    concept: str | None
    words: tuple[str, ...] = ()


def similar_heading(component_type: str) -> tuple[str, str]:
    """'Similar libraries' / 'Llyfrgelloedd tebyg', the adjective mutated as Welsh needs."""
    head = TYPE_HEADS.get(component_type, TYPE_HEADS["other"])
    adjective = soft_mutation("tebyg") if head.feminine_singular else "tebyg"
    return f"Similar {head.english}", f"{head.welsh} {adjective}"


# What a component is built with, not what it does: no title names a cluster by these alone.
_TOOLING = frozenset(
    """
    react vue angular svelte next nextjs nuxt django flask fastapi rails spring node nodejs python
    java javascript typescript rust go golang ruby php dotnet docker kubernetes terraform maven
    gradle npm yarn jekyll hugo
    """.split()
)
_NAMES = WelshNames()


def _stem(word: str) -> str:
    return normalise_word(word) or word


def _names_the_work(term: str, heading: str) -> bool:
    """Whether a shared term can name the cluster after its heading: no word twice (nor the
    heading's own noun), and no generic or tooling word last ('react app', 'pdf service')."""
    words = [_stem(w) for w in term.lower().split()]
    taken = {_stem(w) for w in heading.lower().split()[1:]}
    last = term.lower().split()[-1]
    return (
        len(set(words)) == len(words)
        and not taken.intersection(words)
        and last not in GENERIC_WORDS
        and last not in _TOOLING
        and words[-1] not in GENERIC_WORDS
    )


def _is_phrase(term: str) -> bool:
    """Two words or more, written apart ('developer hub') or as one name ('RabbitMQ')."""
    return " " in term or (not term.isupper() and len(camel_words(term)) > 1)


def _shared_name(terms: Sequence[str], heading: str, common: Collection[str]) -> str | None:
    """The phrase common to two organisations that names the work best, else one shared word
    (common ones first); None when no term can name it."""
    usable = [t for t in terms if _names_the_work(t, heading)]
    phrases = [t for t in usable if _is_phrase(t) and t in common]
    single = sorted((t for t in usable if not _is_phrase(t)), key=lambda t: t not in common)
    return next(iter(phrases + single), None)


def cluster_title(
    terms: Sequence[str],
    component_type: str,
    common: Collection[str] = (),
    names: WelshNames | None = None,
) -> Title:
    """The title from the cluster's shared terms (strongest first) and its members' usual type.

    The first concept among the terms names the cluster; otherwise the type does, followed by
    one shared name (see _shared_name), in Welsh where welsh_names.py can say it.
    """
    for term in terms:
        key = _LABEL_TO_CONCEPT.get(term)
        if key in CONCEPT_TITLES:
            english, welsh = CONCEPT_TITLES[key]
            return Title(english, welsh, key)
    plain = tuple(dict.fromkeys(t for t in terms if t and t not in _LABEL_TO_CONCEPT))
    english, welsh = similar_heading(component_type)
    name = _shared_name(plain, english, common)
    if name is None:
        return Title(english, welsh, None)
    translated = (names or _NAMES).phrase(name)
    if translated:
        return Title(f"{english}: {name}", f"{welsh}: {translated}", None)
    return Title(f"{english}: {name}", f"{welsh}: {name}", None, (name,))
