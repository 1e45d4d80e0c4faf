"""Plain titles for duplicate clusters in English and Welsh, derived from what the members share.

A cluster is named after the concept its links share most (concepts.py), from a small bilingual
vocabulary of what each concept's work is called, plural in both languages. Without a concept the
title says honestly what is known: the members' component type ('Similar libraries' /
'Llyfrgelloedd tebyg') and, after a colon, what they share, in English as found: a phrase that
names or describes members of two or more organisations ('developer hub') where there is one,
else the words they share.
Welsh adjectives soft-mutate after a feminine singular noun ('Dogfennaeth debyg') and not after a
plural ('Llyfrgelloedd tebyg'); catalogue/welsh.py does the mutation.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from catalogue.welsh import soft_mutation
from search.similarity.concepts import CONCEPTS

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
    "blog": ("Team blogs and week notes", "Blogiau timau a nodiadau wythnosol"),
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


def cluster_title(
    terms: Sequence[str], component_type: str, words: int = 3, common: Collection[str] = ()
) -> Title:
    """The title from the cluster's shared terms (strongest first) and its members' usual type.

    The first concept among the terms names the cluster; otherwise the type does, followed by
    the first shared phrase (two words) that is `common`, in the names or descriptions of
    members of two or more organisations, or else by the first few shared words, common first.
    """
    for term in terms:
        key = _LABEL_TO_CONCEPT.get(term)
        if key in CONCEPT_TITLES:
            english, welsh = CONCEPT_TITLES[key]
            return Title(english, welsh, key)
    plain = tuple(dict.fromkeys(t for t in terms if t and t not in _LABEL_TO_CONCEPT))
    phrase = next((t for t in plain if " " in t and t in common), None)
    common_first = tuple(sorted(plain, key=lambda t: t not in common))
    plain = (phrase,) if phrase else common_first[:words]
    english, welsh = similar_heading(component_type)
    if plain:
        listed = ", ".join(plain)
        return Title(f"{english}: {listed}", f"{welsh}: {listed}", None, plain)
    return Title(english, welsh, None)
